"""Parts, subsets, averages and quotas of a subject are no count of the subject itself.

``不予行政处罚案件143件`` set no penalty; the second member after ``其中`` is a part as the
first is, whatever figure in another unit stands before ``其中``; ``平均仅有执法人员6名`` is
an average, ``执法人员中具有法律专业背景的仅3名`` a part, ``核定执法人员编制210名`` a quota.
Every text here is invented for its test, in the genre's style.
"""

from __future__ import annotations

import pytest
from _figures import figure_keys as _keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no penalty set, or a lighter one: a part of the cases, by how they ended
        ("对首次轻微违法行为不予行政处罚案件57件。", {"57件": None}),
        ("依法免予行政处罚案件12件。", {"12件": None}),
        ("对轻微违法行为依法不予处罚、减轻处罚41件。", {"41件": None}),
        ("依法从轻处罚、减轻处罚案件23件。", {"23件": None}),
        # parts after 其中, a sum of money between the total and them
        (
            "全年查办行政处罚案件812件,罚没款96.4万元,其中食品案件210件、价格违法案件35件。",
            {"812件": "penalty-cases", "210件": None, "35件": None},
        ),
        (
            "查处环境违法案件98件,处罚金额412万元,其中适用按日连续处罚案件2件、查封扣押案件9件。",
            {"98件": "penalty-cases", "2件": None, "9件": None},
        ),
        # an average, a part named by what it has, a quota of posts
        ("基层所平均仅有执法人员4名。", {"4名": None}),
        ("各站所人均执法人员不足3名。", {"不足3名": None}),
        ("执法人员中具有法律专业背景的仅5名。", {"5名": None}),
        ("在编执法人员中取得律师资格的12名。", {"12名": None}),
        (
            "核定执法人员编制156名,现有持证执法人员140名。",
            {"156名": None, "140名": "enforcement-staff"},
        ),
        ("执法人员编制数88名。", {"88名": None}),
    ],
)
def test_a_part_an_average_or_a_quota_keys_nothing(
    text: str, expected: dict[str, str | None]
) -> None:
    keys = _keys(text)
    assert {f: keys[f] for f in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject itself, however near the words of a part
        ("全年作出行政处罚决定案件326件,罚没款45万元。", {"326件": "penalty-cases"}),
        ("依法处罚案件67件,不予处罚3件。", {"67件": "penalty-cases", "3件": None}),
        ("全县现有执法人员1240名,其中持证执法人员1180名。", {"1240名": "enforcement-staff"}),
        ("全局共有执法人员86名,持证率100%。", {"86名": "enforcement-staff"}),
        ("开展各类培训32期,其中法治培训12期。", {"12期": "trainings"}),
        ("平均办案时限缩短至5天,查处违法案件44件。", {"44件": "penalty-cases"}),
        ("出庭应诉率平均达98%。", {"98%": "court-appearance-rate"}),
    ],
)
def test_the_subject_itself_still_counts(text: str, expected: dict[str, str | None]) -> None:
    keys = _keys(text)
    assert {f: keys[f] for f in expected} == expected

"""Words and units of a subject the cues did not know, and a training that is not law's.

``执法民警2860名`` are enforcement staff, ``执法巡查13.6万次`` and ``检查运输车辆3.2万台次``
inspections, ``处理劳动人事争议案件6843件`` disputes; ``培训高素质农民620人次`` trains
farmers in a trade, no law.  Every text here is invented for its test, in the genre's style.
"""

from __future__ import annotations

import pytest
from _figures import figure_keys as _keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市公安机关共有执法民警1460名。", {"1460名": "enforcement-staff"}),
        ("全县现有执法干警312人。", {"312人": "enforcement-staff"}),
        ("全年开展执法巡查4.2万次。", {"4.2万次": "inspections"}),
        ("开展日常巡查860次,监督巡查120次。", {"860次": "inspections", "120次": "inspections"}),
        ("全年检查运输车辆1.8万台次。", {"1.8万台次": "inspections"}),
        ("检查营运车辆5600辆次。", {"5600辆次": "inspections"}),
        ("共处理劳动人事争议案件2417件。", {"2417件": "disputes"}),
        ("仲裁机构受理劳动争议案件960件。", {"960件": "disputes"}),
        ("调处土地权属争议35起。", {"35起": "disputes"}),
        # the enforcement force a body gathered, its certified staff a part of it
        ("整合执法力量21人，其中持证执法人员15名。", {"21人": "enforcement-staff", "15名": None}),
        ("下沉执法力量86人。", {"86人": "enforcement-staff"}),
    ],
)
def test_a_subjects_other_words_key_it(text: str, expected: dict[str, str]) -> None:
    keys = _keys(text)
    assert {f: keys[f] for f in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trade taught, not the law, in a sentence that speaks of law
        ("开展农业法律法规宣传,培训高素质农民450人次。", {"450人次": None}),
        ("结合普法宣传,开展职业技能培训12期。", {"12期": None}),
        ("依法开展农民培训30场次。", {"30场次": None}),
        ("开展法律知识进农村活动,组织就业创业培训8期。", {"8期": None}),
        # vehicles and staff sent out, not inspections
        ("联合检查出动车辆860台次。", {"860台次": None}),
        ("执法检查中出动执法人员1200人次。", {"1200人次": None}),
        # a dispute over an act is settled by reconsideration; a dispute's rate is no count
        ("通过行政复议化解行政争议120件。", {"120件": "reconsideration-cases"}),
        ("推动复议前置调解,通过调解、和解方式化解争议40件。", {"40件": None}),
        # law training of farmers' leaders is still a law training
        ("举办农村“法律明白人”法治培训6期。", {"6期": "trainings"}),
        ("开展执法人员法律知识培训4期,培训执法人员320人次。", {"4期": "trainings"}),
    ],
)
def test_near_words_keep_their_keys(text: str, expected: dict[str, str | None]) -> None:
    keys = _keys(text)
    assert {f: keys[f] for f in expected} == expected

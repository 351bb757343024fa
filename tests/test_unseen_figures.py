"""Figures a copy or a phrasing makes look like something else: a year run into a place.

Every text here is invented for its test, in the genre's style.
"""

from __future__ import annotations

import pytest

from fzbg.extract.quantities import extract_quantities


def _figures(text: str) -> list[str]:
    return [q.text for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023张渚镇开展普法宣传10次。", ["10次"]),
        ("2022台山街道组织法治讲座8场。", ["8场"]),
        ("全年工作如下。2024家和村调解纠纷15件。", ["15件"]),
        ("一是强化学习。2021名山县举办培训班3期。", ["3期"]),
        ("2023家和社区开展普法活动6场。", ["6场"]),
        ("2020 张庄乡受理法律援助案件9件。", ["9件"]),
        ("2019个旧市审查规范性文件12件。", ["12件"]),
    ],
)
def test_a_year_run_into_a_places_name_is_no_count(text: str, expected: list[str]) -> None:
    """``2023张渚镇``: the 年 or comma lost, the year glued to a name that opens with a unit."""
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure after a verb, or with nothing that ends a place's name after it
        ("发放2023张宣传单。", ["2023张"]),
        ("印制2000张。", ["2000张"]),
        ("制作2023张海报。", ["2023张"]),
        ("全年，2023张宣传单发放到户。", ["2023张"]),
        ("共2023名群众参加。", ["2023名"]),
        # a count of places, a word holding a place word, the village's people
        ("全市，2023个乡镇完成整改。", ["2023个"]),
        ("入户，2023张乡村振兴宣传画。", ["2023张"]),
        ("其中，2023张村民联系卡。", ["2023张"]),
        ("其中，2023张城市宣传画。", ["2023张"]),
        # not a year's shape
        ("1500张渚镇宣传单。", ["1500张"]),
    ],
)
def test_a_count_before_a_name_is_still_a_count(text: str, expected: list[str]) -> None:
    """Only a year at a clause's start, a place's whole name after it, is the year."""
    assert _figures(text) == expected

"""Figures a copy or a phrasing makes look like something else: a year run into a place,
showings of a broadcast, inspections counted in 起.

Every text here is invented for its test, in the genre's style.
"""

from __future__ import annotations

import pytest

import fzbg
from fzbg.extract.quantities import extract_quantities

_MEASURES = "一、主要举措和成效\n"


def _keys(body: str) -> dict[str, str]:
    report = fzbg.parse_report(_MEASURES + body)
    return {i.quantity.text: i.key for i in report.indicators}


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
        ("2019米山镇整治违法建筑12处。", ["12处"]),
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
        ("其中，2023个自然村实现全覆盖。", ["2023个"]),
        ("其中，2023名村干部参训。", ["2023名"]),
        ("累计服务，2023人次到村入户。", ["2023人次"]),
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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("滚动播放法治宣传片1200余次。", {}),
        ("在电子屏轮播普法视频300余次。", {}),
        ("推送普法短视频50余次。", {}),
        ("利用户外大屏滚动播放宪法宣传标语200余次。", {}),
        ("在县电视台播出法治宣传节目24期。", {}),
        ("全年，在村村响广播播放普法宣传音频860余次。", {}),
        ("开展普法宣传10场，循环播放民法典宣传片120次。", {"10场": "publicity-events"}),
    ],
)
def test_a_broadcast_counts_showings_no_events(sentence: str, expected: dict[str, str]) -> None:
    """``滚动播放法治宣传片1200余次``: a film shown so often is no publicity event."""
    assert _keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the broadcast is the means, the events the count
        ("通过播放宣传片等形式开展普法宣传活动12场。", {"12场": "publicity-events"}),
        ("播放宣传片、开展法治讲座12场。", {"12场": "publicity-events"}),
        ("开展法治宣传活动12场，播放宣传片。", {"12场": "publicity-events"}),
        ("组织观看法治宣传片12场。", {"12场": "publicity-events"}),
        ("举办法治讲座8场，线上直播观看1.2万人次。", {"8场": "publicity-events"}),
    ],
)
def test_events_beside_a_broadcast_still_count(sentence: str, expected: dict[str, str]) -> None:
    """Only the figure a broadcast's own words run up to counts showings."""
    assert _keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("开展安全生产执法检查36起。", {"36起": "inspections"}),
        ("全年开展联合执法检查共计24起。", {"24起": "inspections"}),
        ("开展“双随机、一公开”抽查18起，发现问题5起。", {"18起": "inspections"}),
        ("组织专项检查工作12起。", {"12起": "inspections"}),
        ("开展食品安全监督检查十五起。", {"十五起": "inspections"}),
    ],
)
def test_inspections_counted_in_qi_are_inspections(sentence: str, expected: dict[str, str]) -> None:
    """``开展执法检查36起``: a count in 起 straight after an inspection counts inspections."""
    assert _keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what an inspection found, or the cases it opened, are no inspections
        ("检查发现问题15起。", {}),
        ("执法检查中立案12起。", {}),
        ("开展执法检查，立案查处违法案件15起。", {"15起": "penalty-cases"}),
        ("执法检查中查处违法行为9起。", {"9起": "penalty-cases"}),
        ("查处案件15起。", {"15起": "penalty-cases"}),
        ("执法检查中对15起违法案件依法作出处罚。", {"15起": "penalty-cases"}),
        ("（二）执法检查\n全年立案15起。", {}),
        ("在执法检查方面，全年立案15起。", {}),
        ("检查企业36家次，查处违法行为12起。", {"36家次": "inspections", "12起": "penalty-cases"}),
        ("开展执法检查120次，排查化解矛盾纠纷8起。", {"120次": "inspections", "8起": "disputes"}),
    ],
)
def test_cases_an_inspection_found_stay_what_they_were(
    sentence: str, expected: dict[str, str]
) -> None:
    """A count in 起 after what an inspection found counts that, never the inspections."""
    assert _keys(sentence) == expected

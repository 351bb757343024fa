"""Level-1 headings the cue tables learned from unseen reports (issue #13, class 3).

Invented reports of several levels and years: a measures heading that also names the
shortcomings, a duties heading without 第一责任人, a year written without 年, a heading
naming the year's rule-of-law work, and thematic headings with no statutory label at all.
"""

from __future__ import annotations

import pytest

import fzbg
from fzbg.genre.cues import classify_heading

_PREAMBLE = "我局坚持以习近平法治思想为指导，扎实推进法治机关建设。现将有关情况报告如下：\n"


def _outline(title: str, body: str) -> tuple[int | None, int | None, list[tuple[str, str | None]]]:
    report = fzbg.parse_report(f"{title}\n{_PREAMBLE}{body}")
    return report.year, report.plan_year, [(s.kind.value, s.heading) for s in report.sections]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("主要工作举措、成效及存在问题", "measures"),
        ("经验做法", "measures"),
        ("2023年工作亮点", "measures"),
        ("下步工作", "plans"),
        ("下步工作措施", "plans"),
        ("领导班子履行法治建设职责情况", "duties"),
        ("工作开展情况和存在的不足", "measures"),
        ("主要做法、成效及其存在的问题", "measures"),
        ("存在的问题及下一步打算", "shortcomings"),
        ("主要负责人履职情况", "duties"),
        ("述法情况", "duties"),
        ("领导干部述法工作", "duties"),
        ("区长履行推进法治建设第一责任人职责情况", "duties"),
        ("2023工作总结", "measures"),
        ("2019年法治政府建设情况", "measures"),
        ("依法行政工作情况", "measures"),
        ("2024工作计划", "plans"),
        ("需要改进的方面", "shortcomings"),
        ("有待进一步改进的地方", "shortcomings"),
        ("主要负责人述法情况", "duties"),
        ("镇党委书记、镇长履职情况", "duties"),
        ("局党组书记、局长履职情况", "duties"),
        ("主要领导履职尽责情况", "duties"),
        ("主要问题", "shortcomings"),
        ("工作中的问题", "shortcomings"),
        ("当前存在的突出问题", "shortcomings"),
        ("整改措施", "plans"),
        ("特色亮点", "measures"),
        ("典型经验", "measures"),
        ("总体情况", "measures"),
        ("未来工作", "plans"),
        ("未来工作重点", "plans"),
        ("未来一年工作思路", "plans"),
        ("改进方向", "plans"),
        # what the body asks of those above it: neither measures nor plans
        ("意见建议", "other"),
        ("意见和建议", "other"),
        ("几点建议", "other"),
        ("存在问题及建议", "shortcomings"),
        ("对策建议", "plans"),
    ],
)
def test_heading_cues(heading: str, kind: str) -> None:
    """Each wording names its section."""
    found = classify_heading(heading)
    assert found is not None
    assert found.value == kind


@pytest.mark.parametrize("heading", ["办理人大代表建议", "认真办理代表建议和政协提案", "建议"])
def test_a_measure_that_handles_suggestions_names_no_other_section(heading: str) -> None:
    """办理…建议 is the body's own work: 建议 alone names no kind (a cue opens with a word
    of its own, for the cheap scan, so 意见建议 and 几点建议 do)."""
    assert classify_heading(heading) is not fzbg.SectionKind.OTHER


@pytest.mark.parametrize(
    ("title", "body", "years"),
    [
        (
            "关于法治政府建设工作情况的报告",
            "一、2023工作总结\n（一）加强组织领导。\n二、2024工作计划\n（一）深化普法。\n",
            (2023, 2024),
        ),
        (
            "市司法局法治政府建设情况报告",
            "一、2019年法治政府建设情况\n（一）主要举措\n二、2020年法治政府建设主要安排\n（一）深化改革。\n",
            (2019, 2020),
        ),
    ],
)
def test_years_from_headings_with_or_without_nian(
    title: str, body: str, years: tuple[int, int]
) -> None:
    """The year and the plan year stand in the headings, with or without 年."""
    assert _outline(title, body)[:2] == years


def test_measures_with_the_shortcomings_inside_then_plans() -> None:
    """主要工作举措、成效及存在问题 is the measures section; the plans follow it."""
    body = (
        "一、主要工作举措、成效及存在问题\n（一）加强组织领导。召开会议3次。\n"
        "（二）存在问题。宣传不够深入。\n二、下一步工作打算\n（一）深化普法宣传。\n"
    )
    assert _outline("青山镇2022年法治政府建设工作报告", body)[2] == [
        ("measures", "一、主要工作举措、成效及存在问题"),
        ("plans", "二、下一步工作打算"),
    ]


def test_thematic_headings_after_a_preamble_are_measures() -> None:
    """Headings naming topics of the year's work, with no statutory label, are measures."""
    body = (
        "一、坚持党的领导，坚决扛牢法治政府建设政治责任\n（一）加强组织领导。\n"
        "二、深化依法行政，推进政府职能转变\n（一）深化改革。\n"
        "三、存在的问题\n（一）宣传不够。\n"
    )
    assert [
        k for k, _ in _outline("云岭省人民政府关于2023年度法治政府建设情况的报告", body)[2]
    ] == [
        "measures",
        "measures",
        "shortcomings",
    ]


@pytest.mark.parametrize("plans", ["2024年工作举措", "2024年重点任务", "2024年主要措施"])
def test_a_section_heading_naming_next_year_is_the_plans(plans: str) -> None:
    """In a report on 2023, a heading opening with 2024 announces the plans, whatever else
    it says; the plan year is read from it."""
    body = (
        "一、主要工作及成效\n（一）加强组织领导。召开会议3次。\n"
        "二、存在的不足\n（一）宣传不够深入。\n"
        "三、主要负责人履行推进法治建设第一责任人职责情况\n局长主持召开会议2次。\n"
        f"四、{plans}\n（一）深化普法宣传。\n"
    )
    year, plan_year, outline = _outline("北溪县水利局2023年度法治政府建设情况报告", body)
    assert [k for k, _ in outline] == ["measures", "shortcomings", "duties", "plans"]
    assert (year, plan_year) == (2023, 2024)


def test_sections_numbered_in_digits_with_the_plan_year_after_the_dot() -> None:
    """``4.2024年工作计划`` is the fourth heading, not the number 4.2024."""
    body = (
        "1.法治政府建设主要举措及成效\n(1)加强组织领导。召开专题会议4次。\n"
        "2.存在的不足\n(1)学习不够深入。(2)执法能力不足。\n"
        "3.2024年工作计划\n(1)加强学习。(2)规范执法。\n"
    )
    year, plan_year, outline = _outline("南岭县交通运输局2023年度法治政府建设情况报告", body)
    assert [k for k, _ in outline] == ["measures", "shortcomings", "plans"]
    assert (year, plan_year) == (2023, 2024)


def test_unnumbered_headings_named_by_what_they_report() -> None:
    """Headings without numbers that name their section by its matter, not by 工作 or
    问题 (取得的主要成效, 存在的薄弱环节, 努力方向), head sections beside a numbered one."""
    body = (
        "取得的主要成效\n（一）加强组织领导。召开专题会议4次。\n"
        "（二）规范执法行为。评查案卷20卷。\n"
        "存在的薄弱环节\n（一）法治宣传不够深入。\n"
        "努力方向\n（一）深化普法宣传。\n"
        "四、其他需要报告的情况\n（一）无。\n"
    )
    outline = _outline("北溪县水利局2023年度法治政府建设情况报告", body)[2]
    assert outline == [
        ("measures", "取得的主要成效"),
        ("shortcomings", "存在的薄弱环节"),
        ("plans", "努力方向"),
        ("other", "四、其他需要报告的情况"),
    ]


def test_next_year_is_told_from_the_preamble_when_the_title_names_no_year() -> None:
    """关于法治政府建设工作情况的报告 names no year: 2023年，我局… does."""
    body = (
        "一、主要工作及成效\n（一）加强组织领导。召开专题会议4次。\n"
        "二、存在的不足\n（一）宣传不够深入。\n三、2024年工作举措\n（一）深化普法宣传。\n"
    )
    text = f"关于法治政府建设工作情况的报告\n县人民政府：\n2023年，我局扎实推进依法行政。\n{body}"
    report = fzbg.parse_report(text)
    assert [s.kind.value for s in report.sections] == ["measures", "shortcomings", "plans"]
    assert (report.year, report.plan_year) == (2023, 2024)


@pytest.mark.parametrize("heading", ["打造未来社区法治样板", "推进未来乡村建设"])
def test_a_programme_named_for_the_future_is_no_plan(heading: str) -> None:
    """未来社区, 未来乡村 name programmes a measure builds, not next year's work."""
    assert classify_heading(heading) is not fzbg.SectionKind.PLANS

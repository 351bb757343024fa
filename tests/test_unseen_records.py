"""Sections, items and typed records of unseen reports: headings, parts, duties, plans.

Every text here is invented for its test, in the genre's style.
"""

from __future__ import annotations

import pytest

import fzbg

_DEPT = "某区水务局2022年法治政府建设情况报告\n"


@pytest.mark.parametrize(
    "duty",
    [
        "党政主要负责人履行推进法治建设职责情况",
        "主要负责同志切实履行法治建设第一责任人职责",
        "局主要负责人带头述法",
        "述法情况",
        "开展年终述职述法",
        "镇党委书记、镇长履职情况",
        "局长履职尽责情况",
    ],
)
def test_a_measures_point_on_the_heads_duties_is_a_duty(duty: str) -> None:
    """A measures point naming the 主要负责人 and their 职责 states the duties section."""
    text = _DEPT + (
        "一、主要举措和成效\n"
        f"（一）{duty}。局长主持学法4次。\n"
        "（二）推进依法行政。\n"
        "二、存在的不足\n"
        "执法力量不足。\n"
        "三、下一步工作安排\n"
        "（一）加强执法队伍建设。\n"
    )
    report = fzbg.parse_report(text)
    assert [d.title for d in report.duties] == [duty]
    assert [m.title for m in report.measures] == ["推进依法行政"]
    assert fzbg.SectionKind.DUTIES not in report.missing_sections


@pytest.mark.parametrize(
    "measure", ["压实领导干部法治建设职责", "推行领导干部述法制度", "督促主要领导履职尽责"]
)
def test_a_point_on_strengthening_duties_in_general_is_a_measure(measure: str) -> None:
    """Duties of leaders in general, or a 述法 scheme, are a measure like any other."""
    text = _DEPT + (f"一、主要举措和成效\n（一）{measure}。\n（二）推进依法行政。\n")
    report = fzbg.parse_report(text)
    assert report.duties == ()
    assert len(report.measures) == 2


def test_a_point_whose_closing_bracket_was_lost_is_read_and_noted() -> None:
    """（一加强… is point one, and a broken-marker diagnostic says its ) was lost."""
    text = _DEPT + (
        "一、主要举措和成效\n"
        "（一加强组织领导。召开专题会议3次。\n"
        "（二）推进依法决策。\n"
        "(三 规范行政执法。\n"
    )
    report = fzbg.parse_report(text)
    assert [(m.ordinal, m.title) for m in report.measures] == [
        (1, "加强组织领导"),
        (2, "推进依法决策"),
        (3, "规范行政执法"),
    ]
    noted = [d for d in report.diagnostics if d.code == "broken-marker"]
    assert [report.text[d.span.start : d.span.end] for d in noted if d.span] == ["（一", "(三"]


@pytest.mark.parametrize("part", ["第{}部分", "第{}章"])
def test_a_report_cut_into_parts_or_chapters(part: str) -> None:
    """第一部分 or 第一章 heads a section, and the 一、 within it number its items."""
    heads = [part.format(n) for n in "一二三"]
    text = "某市2021年法治政府建设情况报告\n" + (
        f"{heads[0]} 主要举措和成效\n"
        "一、加强组织领导\n"
        "二、推进依法行政\n"
        f"{heads[1]} 存在的不足\n"
        "一、执法队伍素质有待提高\n"
        f"{heads[2]} 下一步工作安排\n"
        "一、深化法治宣传\n"
    )
    report = fzbg.parse_report(text)
    assert [(s.kind.value, s.heading, len(s.items)) for s in report.sections] == [
        ("measures", f"{heads[0]} 主要举措和成效", 2),
        ("shortcomings", f"{heads[1]} 存在的不足", 1),
        ("plans", f"{heads[2]} 下一步工作安排", 1),
    ]


def test_lettered_and_worded_points_under_a_point_are_its_children() -> None:
    """A. B. under (一), and 首先, 其次, 最后, in (二)'s paragraph, are their points' points."""
    text = _DEPT + (
        "一、主要举措和成效\n"
        "（一）深化放管服改革\n"
        "A.推行一网通办。网上可办率达98%。\n"
        "B.优化营商环境。\n"
        "（二）规范行政执法。首先，推行三项制度；其次，开展案卷评查；最后，强化执法监督。\n"
        "（三）深化普法宣传。首先要抓好领导干部学法。\n"
    )
    report = fzbg.parse_report(text)
    assert [[(c.ordinal, c.title) for c in m.children] for m in report.measures] == [
        [(1, "推行一网通办"), (2, "优化营商环境")],
        [(1, "推行三项制度"), (2, "开展案卷评查"), (3, "强化执法监督")],
        [],
    ]


def test_plans_led_by_a_paragraph_with_no_heading() -> None:
    """2020年,我乡将…以下几项工作: over (一) (二) is the plans, though it has no heading."""
    text = (
        "某乡2019年依法行政工作报告\n"
        "一、主要工作开展情况\n"
        "（一）加强学法用法。\n"
        "二、存在的问题\n"
        "乡干部法治意识有待提高。\n"
        "2020年，我乡将着力抓好以下几项工作：\n"
        "（一）加强法治宣传。\n"
        "（二）规范执法行为。\n"
    )
    report = fzbg.parse_report(text)
    assert [(s.kind.value, s.heading) for s in report.sections] == [
        ("measures", "一、主要工作开展情况"),
        ("shortcomings", "二、存在的问题"),
        ("plans", None),
    ]
    assert [p.title for p in report.plans] == ["加强法治宣传", "规范执法行为"]
    assert "hidden-section" in {d.code for d in report.diagnostics}


def test_a_list_of_what_was_done_about_problems_stays_in_the_measures() -> None:
    """针对检查中发现的问题…: over (一) (二) in the measures is what was done, no section."""
    text = _DEPT + (
        "一、主要举措和成效\n"
        "针对执法检查中发现的问题，我局采取了以下措施：\n"
        "（一）完善执法制度。\n"
        "（二）加强执法培训。\n"
        "二、下一步工作安排\n"
        "（一）加强执法队伍建设。\n"
    )
    report = fzbg.parse_report(text)
    assert [s.kind.value for s in report.sections] == ["measures", "plans"]
    assert [m.title for m in report.measures] == ["完善执法制度", "加强执法培训"]


def _three_sections(first: str, second: str, third: str) -> str:
    """A department's report: two measures points, a shortcomings line, one plans point."""
    return (
        f"某县司法局2023年法治政府建设年度报告\n{first}\n（一）强化组织领导。\n（二）推进依法行政。\n"
        f"{second}\n执法力量不足。\n{third}\n（一）加强学习。\n"
    )


def _sections(text: str) -> list[tuple[str, str | None, int]]:
    """Each section's kind, heading and number of items."""
    return [(s.kind.value, s.heading, len(s.items)) for s in fzbg.parse_report(text).sections]


def test_sections_numbered_in_block_brackets_over_bracketed_points() -> None:
    """【一】 【二】 head the sections of a copy that sets them so, over (一) (二) points.

    Under a 一、 heading, 【一】 lines are its points, as (一) lines would be.
    """
    text = _three_sections("【一】主要举措和成效", "【二】存在的不足", "【三】下一步工作打算")
    assert _sections(text) == [
        ("measures", "【一】主要举措和成效", 2),
        ("shortcomings", "【二】存在的不足", 0),
        ("plans", "【三】下一步工作打算", 1),
    ]
    nested = _DEPT + "一、主要举措和成效\n【一】强化组织领导。\n【二】推进依法行政。\n"
    assert [m.title for m in fzbg.parse_report(nested).measures] == ["强化组织领导", "推进依法行政"]


def test_a_section_heading_set_in_the_points_style_fills_the_gap_in_the_count() -> None:
    """(二)存在的问题 between 一、 and 三、 is section 二, set in its points' style.

    A point numbered so that names no section of its own kind stays a point.
    """
    text = _three_sections("一、主要工作举措和成效", "（二）存在的问题", "三、下一步打算")
    assert _sections(text) == [
        ("measures", "一、主要工作举措和成效", 2),
        ("shortcomings", "（二）存在的问题", 0),
        ("plans", "三、下一步打算", 1),
    ]
    kept = text.replace("（二）存在的问题", "（三）推进依法决策")
    assert [heading for _, heading, _ in _sections(kept)] == [
        "一、主要工作举措和成效",
        "三、下一步打算",
    ]


# What heads an attachment: under the signature with its name, or alone, or named, unsigned.
_ANNEXES = (
    "某区水务局\n2023年1月20日\n附件1：2022年度行政执法情况统计表\n",
    "附件\n",
    "附件：2022年度重大行政决策事项目录\n",
)


@pytest.mark.parametrize("annex", _ANNEXES)
def test_an_attachments_own_sections_are_not_the_reports(annex: str) -> None:
    """An attachment numbering its own parts from 一、 again adds no section to the report."""
    text = _DEPT + (
        "一、主要举措和成效\n（一）推进依法行政。\n二、存在的不足\n执法力量不足。\n"
        "三、下一步工作安排\n（一）加强执法队伍建设。\n"
        + annex
        + "一、行政处罚情况\n全年办理案件120件。\n二、行政许可情况\n办理许可事项300件。\n"
    )
    report = fzbg.parse_report(text)
    assert [s.heading for s in report.sections] == [
        "一、主要举措和成效",
        "二、存在的不足",
        "三、下一步工作安排",
    ]
    assert [p.title for p in report.plans] == ["加强执法队伍建设"]

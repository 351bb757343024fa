"""A shortcomings heading that names the plans too: its points turn to the plans.

Every text here is invented for its test, in the genre's style.
"""

from __future__ import annotations

import pytest

import fzbg
from fzbg.genre.cues import classify_heading
from fzbg.model import SectionKind

_HEAD = "某区2023年法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n"


def _typed(report: fzbg.Report) -> dict[str, list[str | None]]:
    return {
        "shortcomings": [i.title for i in report.shortcomings],
        "plans": [i.title for i in report.plans],
    }


@pytest.mark.parametrize(
    "heading", ["存在的问题与展望", "问题与展望", "存在问题及对策", "困难问题及努力方向"]
)
def test_a_heading_of_problems_and_what_follows_names_the_shortcomings(heading: str) -> None:
    """The problems come first: the section is the shortcomings'."""
    assert classify_heading(heading) is SectionKind.SHORTCOMINGS


def test_points_titled_as_the_plans_are_plans() -> None:
    """(二)下一步打算 under 存在的不足和下一步打算 is a plan, with its children."""
    text = _HEAD + (
        "二、存在的不足和下一步打算\n"
        "（一）存在的不足\n"
        "一是普法形式单一；二是执法人员素质不高。\n"
        "（二）下一步打算\n"
        "一是创新普法形式；二是加强执法培训。\n"
    )
    borrowed = text.replace("（一）存在的不足", "（一）工作计划性不强")
    report = fzbg.parse_report(text)
    assert _typed(report) == {"shortcomings": ["存在的不足"], "plans": ["下一步打算"]}
    assert [type(c).__name__ for c in report.plans[0].children] == ["Plan", "Plan"]
    assert report.missing_sections == {SectionKind.DUTIES}
    (note,) = [d for d in report.diagnostics if d.code == "combined-section"]
    assert note.span is not None
    assert report.text[note.span.start : note.span.end] == "（二）"
    # A shortcoming whose title borrows a plans cue is no turn.
    assert _typed(fzbg.parse_report(borrowed))["shortcomings"] == ["工作计划性不强"]


def test_points_after_a_lead_that_introduces_the_plans_are_plans() -> None:
    """Points after 2024年,我局将重点做好以下工作: are plans, and so are run-in ones."""
    listed = _HEAD + (
        "二、存在问题及2024年工作计划\n"
        "我局执法力量仍显不足。2024年，我局将重点做好以下工作：\n"
        "（一）加强执法队伍建设。\n"
        "（二）深化法治宣传教育。\n"
    )
    run_in = _HEAD + (
        "二、存在的不足及今后工作打算\n"
        "存在的不足：一是法治意识有待增强；二是普法针对性不强。"
        "今后打算：一是强化学习；二是创新普法。\n"
    )
    assert _typed(fzbg.parse_report(listed)) == {
        "shortcomings": [],
        "plans": ["加强执法队伍建设", "深化法治宣传教育"],
    }
    assert _typed(fzbg.parse_report(run_in)) == {
        "shortcomings": ["法治意识有待增强", "普法针对性不强"],
        "plans": ["强化学习", "创新普法"],
    }
    will = run_in.replace("今后打算：", "对此，我县将：")
    assert _typed(fzbg.parse_report(will)) == _typed(fzbg.parse_report(run_in))


def test_a_plain_shortcomings_section_keeps_its_points() -> None:
    """Under 存在的不足, a point whose words borrow a plans cue stays a shortcoming."""
    text = _HEAD + "二、存在的不足\n（一）工作思路不够开阔。\n（二）下一步工作谋划不足。\n"
    assert _typed(fzbg.parse_report(text)) == {
        "shortcomings": ["工作思路不够开阔", "下一步工作谋划不足"],
        "plans": [],
    }


def test_countermeasures_name_the_plans() -> None:
    """对策 is what will be done: 对策建议 heads the plans, 问题及对策 turns to them."""
    assert classify_heading("对策建议") is SectionKind.PLANS
    text = _HEAD + (
        "二、存在问题及对策\n"
        "主要问题：一是执法力量薄弱；二是普法形式单一。对此，我县将：一是加强队伍建设；二是创新普法方式。\n"
    )
    assert _typed(fzbg.parse_report(text)) == {
        "shortcomings": ["执法力量薄弱", "普法形式单一"],
        "plans": ["加强队伍建设", "创新普法方式"],
    }

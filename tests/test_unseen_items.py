"""Items of unseen reports, one class of marker damage or numbering at a time.

Every text here is invented for its test, in the genre's style.
"""

from __future__ import annotations

import pytest
from test_unseen_structure import _outline

import fzbg

_HEAD = "某县2023年法治政府建设情况报告\n现将有关情况报告如下：\n"


def test_points_numbered_within_their_part() -> None:
    """1.1 1.2 under 一、 (or 2.1 under (二)) are points one and two of their part.

    A figure or a dated day opening a line (1.5万件, 3.15消费者权益日) is no point.
    """
    text = _HEAD + (
        "一、主要举措和成效\n"
        "1.1 强化组织领导。县政府常务会议学法5次。\n"
        "1.2 推进依法决策。\n"
        "二、存在的不足和原因\n"
        "（一）执法力量薄弱\n"
        "1.1执法人员不足。\n"
        "1.5万件案件由12名执法人员办理。\n"
        "3.15消费者权益日开展宣传时人手紧张。\n"
        "1.2执法装备落后。\n"
    )
    report = fzbg.parse_report(text)
    assert _outline(text) == [
        ("measures", "一、主要举措和成效", [(1, "强化组织领导"), (2, "推进依法决策")]),
        ("shortcomings", "二、存在的不足和原因", [(1, "执法力量薄弱")]),
    ]
    children = report.shortcomings[0].children
    assert [(c.ordinal, c.title) for c in children] == [(1, "执法人员不足"), (2, "执法装备落后")]


def test_a_report_with_no_headings_whose_parts_open_with_their_lead_words() -> None:
    """存在的问题:一是… and 下步打算:一是… open the shortcomings and the plans of a prose report.

    The sections are guessed, so the no-sections diagnostic stays.
    """
    text = (
        "某街道2023年法治政府建设工作报告\n"
        "今年以来，我街道扎实推进法治政府建设，现将有关情况报告如下。\n"
        "一是强化组织领导。街道党工委专题研究4次。\n"
        "二是深化普法宣传。开展活动20场。\n"
        "存在的问题：一是基层法治力量薄弱；二是群众法治意识不强。\n"
        "下步打算：一是加强队伍建设；二是创新普法形式。\n"
    )
    report = fzbg.parse_report(text)
    assert [i.title for i in report.measures] == ["强化组织领导", "深化普法宣传"]
    assert [i.title for i in report.shortcomings] == ["基层法治力量薄弱", "群众法治意识不强"]
    assert [i.title for i in report.plans] == ["加强队伍建设", "创新普法形式"]
    assert all(report.text[i.span.start : i.span.end] == i.text for i in report.plans)
    assert "no-sections" in {d.code for d in report.diagnostics}


# Each row: how the two points of the measures and of the shortcomings are marked.
_MARKED = {
    # A copy or OCR lost the closing bracket, of some points or of all.
    "lost-bracket": ("（一{}\n（二）{}", "(一 {}\n（二{}"),
    # A typist or OCR put a comma or a space for the 、; a figure after a space is none.
    "comma-or-space": ("1，{}\n2，{}", "1 {}\n2 {}\n12 名执法人员负责全县执法。"),
    # 其一, 其二, count as 第一, 第二, do, on their own lines or run into one.
    "qi-yi": ("其一，{}\n其二，{}", "主要有：其一，{}；其二，{}"),
    # 首先, 其次, … 最后, count points in words, on their own lines or run into one.
    "shou-xian": ("首先，{}\n其次，{}", "主要表现在：首先，{}；最后，{}"),
    # Lettered points: A. B、 (a) (b) a) b), full-width letters too.
    "letters": ("A.{}\nB、{}", "(a){}\n(b){}"),
    "letters-closed": ("（Ａ）{}\n（Ｂ）{}", "a){}\nb){}"),
}


@pytest.mark.parametrize(("measures", "shortcomings"), _MARKED.values(), ids=list(_MARKED))
def test_points_marked_in_a_damaged_or_uncommon_way(measures: str, shortcomings: str) -> None:
    """Points whose markers lost a bracket, or use a rarer form, are read as points."""
    text = _HEAD + (
        "一、主要举措和成效\n"
        + measures.format("加强组织领导。召开会议4次。", "规范行政执法。")
        + "\n二、存在的不足\n"
        + shortcomings.format("执法力量薄弱", "普法形式单一。")
        + "\n"
    )
    assert _outline(text) == [
        ("measures", "一、主要举措和成效", [(1, "加强组织领导"), (2, "规范行政执法")]),
        ("shortcomings", "二、存在的不足", [(1, "执法力量薄弱"), (2, "普法形式单一")]),
    ]


def test_a_paragraph_after_the_last_point_that_turns_to_the_shortcomings() -> None:
    """同时也要看到…存在一些短板 after the measures' last point is the shortcomings, guessed.

    Not when a shortcomings heading follows, nor when the paragraph only sums up.
    """
    measures = (
        "一、主要举措和成效\n"
        "（一）加强组织领导。召开会议4次。\n"
        "（二）规范行政执法。\n"
        "同时也要看到，我县法治政府建设还存在一些短板，主要是执法力量不足。\n"
    )
    plans = "二、下一步工作安排\n（一）加强队伍建设。\n"
    report = fzbg.parse_report(_HEAD + measures + plans)
    assert [(s.kind.value, s.heading) for s in report.sections] == [
        ("measures", "一、主要举措和成效"),
        ("shortcomings", None),
        ("plans", "二、下一步工作安排"),
    ]
    assert report.sections[1].text.startswith("同时也要看到")
    assert len(report.measures) == 2
    assert "hidden-section" in {d.code for d in report.diagnostics}
    headed = _HEAD + measures + "二、存在的不足\n执法力量不足。\n" + plans
    assert [s.heading for s in fzbg.parse_report(headed).sections] == [
        "一、主要举措和成效",
        "二、存在的不足",
        "二、下一步工作安排",
    ]
    summed = measures.replace("同时也要看到", "总之").replace("还存在一些短板，主要是", "")
    assert len(fzbg.parse_report(_HEAD + summed + plans).sections) == 2


def test_a_heading_with_a_comma_for_its_mark_runs_on_into_its_points() -> None:
    """一，依法履职。一是…: OCR's comma for 、 on a heading whose points run on after it.

    A line that a copy wrapped inside a word (统 / 一，规范…。) is no heading.
    """
    text = _HEAD + (
        "一，依法全面履行政府职能。一是深化放管服改革。二是优化营商环境。\n"
        "二，存在的不足和原因。一是执法力量不足。二是宣传不够深入。\n"
    )
    assert _outline(text) == [
        ("measures", "一，依法全面履行政府职能", [(1, "深化放管服改革"), (2, "优化营商环境")]),
        ("shortcomings", "二，存在的不足和原因", [(1, "执法力量不足"), (2, "宣传不够深入")]),
    ]
    wrapped = fzbg.parse_report(_HEAD + "全县统\n一，规范执法行为，提升执法水平。\n")
    assert wrapped.sections == ()

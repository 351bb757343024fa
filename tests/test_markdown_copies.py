"""A report copied through Markdown or out of a table cell reads as the report itself."""

from __future__ import annotations

import pytest

import fzbg
from fzbg.page.debris import find_inline_debris

_HEAD = "某区2023年法治政府建设情况报告\n现将有关情况报告如下：\n"
_BODY = [
    "一、主要举措和成效",
    "（一）强化组织领导。召开专题会议3次。",
    "（二）规范行政执法。",
    "二、存在的不足和原因",
    "执法力量薄弱，普法形式单一。",
    "三、下一步工作安排",
    "（一）加强学习培训。",
]


def _copy(prefix: str, suffix: str = "") -> str:
    return _HEAD + "".join(f"{prefix}{line}{suffix}\n" for line in _BODY)


@pytest.mark.parametrize(
    "text",
    [
        _copy("> "),
        _copy(">"),
        _copy("＞ "),
        _copy("| ", " |"),
        _copy("｜", "｜"),
        _HEAD + "".join(f"- {line}\n" if "）" in line else f"{line}\n" for line in _BODY),
        _HEAD + "".join(f"  * {line}\n" if "）" in line else f"{line}\n" for line in _BODY),
    ],
    ids=["quote", "quote-tight", "quote-full-width", "table", "table-full-width", "dash", "star"],
)
def test_marks_of_a_copy_do_not_hide_sections_or_points(text: str) -> None:
    """Quote marks, list bullets and cell borders go; headings and points read as written."""
    report = fzbg.parse_report(text)
    assert [s.heading for s in report.sections] == [
        "一、主要举措和成效",
        "二、存在的不足和原因",
        "三、下一步工作安排",
    ]
    assert [m.title for m in report.measures] == ["强化组织领导", "规范行政执法"]
    assert [p.title for p in report.plans] == ["加强学习培训"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("> 一、主要举措和成效", "markdown-quote"),
        (">> （一）强化组织领导", "markdown-quote"),
        ("- （一）强化组织领导", "markdown-list"),
        ("   + 执法力量薄弱。", "markdown-list"),
        ("| 一、主要举措和成效 |", "table-border"),
        ("**一是**执法力量薄弱。**二是**普法形式单一。", "markdown-emphasis"),
        ("1. **强化组织领导。**召开专题会议3次。", "markdown-emphasis"),
        # an article's decoration before a title or a heading
        ("▌一、主要举措和成效", "decoration-glyph"),
        ("■ 某县2023年度法治政府建设情况报告", "decoration-glyph"),
        ("  ◆（一）强化组织领导", "decoration-glyph"),
    ],
)
def test_a_copys_mark_is_debris_of_its_kind(text: str, kind: str) -> None:
    """Each mark is found as debris of its own kind, the line's words left."""
    pieces = list(find_inline_debris(text))
    assert pieces
    assert {k for k, _, _ in pieces} == {kind}
    kept = "".join(c for i, c in enumerate(text) if not any(s <= i < e for _, s, e in pieces))
    assert "*" not in kept
    assert kept.strip() == text.strip(" >-+|▌■◆").replace("*", "")


@pytest.mark.parametrize(
    "text",
    [
        ">60岁老人免费法律援助",  # a comparison opens the line
        ">=90%",
        "- 2 -",  # a page number
        "-----",
        "| 项目 | 件数 |",  # a row with more cells than one keeps its borders
        "|",
        "首页 | 政务公开",
        "某**区**人民政府",  # a name anonymised in a repost, not bold
        "文中**重点**词语",
        "2023-2025年规划",
        "满意度★★★★★",  # a glyph inside a line
        "▌",  # a glyph alone
    ],
)
def test_text_that_looks_like_a_mark_stays(text: str) -> None:
    """Comparisons, page numbers, rules and rows of a real table are no copy's marks."""
    assert list(find_inline_debris(text)) == []


def test_bold_run_in_points_inside_a_paragraph_are_read() -> None:
    """**一是**…。**二是**… in one paragraph are two points, their marks gone."""
    text = _HEAD + (
        "一、主要举措和成效\n（一）强化组织领导。\n二、存在的不足\n"
        "**一是**执法力量薄弱。**二是**普法形式单一。\n"
    )
    report = fzbg.parse_report(text)
    assert [s.title for s in report.shortcomings] == ["执法力量薄弱", "普法形式单一"]


def test_a_glyph_before_the_title_and_the_headings_is_no_part_of_them() -> None:
    """▌ before the title and each heading, as an article sets them: read without it."""
    text = (
        "▌青禾县医疗保障局2023年法治政府建设年度报告\n2023年，我局坚持依法行政。\n"
        "▌一、主要举措和成效\n（一）加强组织领导。召开会议3次。\n▌二、存在的不足\n宣传不够。\n"
    )
    report = fzbg.parse_report(text)
    assert report.title == "青禾县医疗保障局2023年法治政府建设年度报告"
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", "二、存在的不足"]

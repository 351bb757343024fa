"""The page stage's quick checks and bulk steps give what the plain ones gave.

The head of a page skips its slow field pattern where no bracket opens a line and no
date stands in it, the frame scan skips a page with none of the frame's words at its
top, a title line with no tag skips the tag pattern, and the diagnostics say each kind
and text once.  Each is held here to the plain code it stands for, on texts built from
the characters and words it is about.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg.model import Debris, Diagnostic, Span
from fzbg.page import strip as strip_module
from fzbg.page import title as title_module

_SETTINGS = settings(max_examples=500, deadline=None)


def _pieces(*words: str, size: int = 40) -> st.SearchStrategy[str]:
    """Texts strung together from ``words`` (each a character or a word)."""
    return st.lists(st.sampled_from(words), max_size=size).map("".join)


# --- the head's fields -----------------------------------------------------------------

_FIELD_WORDS = (
    "发布时间", "发 布 时 间", "来源", "日期", "时间", "主题分类", "[", "]", "【", "】", " ",
    ":", "|", "\t", "2024-01-08", "2024年1月8日", "2024.1.8", "20241", "19", "-", "年",
    "09:30", "某市人民政府", "法治", "门户网站", "www.example.gov.cn",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_FIELD_WORDS))
def test_a_field_line_holds_a_bracket_first_or_a_date(words: str) -> None:
    """Where the quick check says no, neither field pattern matches."""
    if not title_module._may_hold_fields(words):
        assert title_module._FIELD_LINE.match(words) is None
        assert title_module._BARE_DATE.fullmatch(words) is None


def test_the_quick_check_passes_the_lines_of_fields() -> None:
    for words in ("[ 主题分类 ] 司法", "时间:2023-03-09 来源:某市", "2025-01-08 09:40"):
        assert title_module._may_hold_fields(words)
    assert not title_module._may_hold_fields("某县2024年法治政府建设年度报告")


# --- the frame at the top of a page ----------------------------------------------------


def _frame_reference(view: str) -> list[tuple[int, int, str]]:
    cuts: list[tuple[int, int, str]] = []
    pos = 0
    for _ in range(title_module._FRAME_LINES):
        end = view.find("\n", pos)
        end = len(view) if end < 0 else end
        words = view[pos:end].strip()
        if title_module._MARKED.match(words):
            return cuts
        if words and title_module._FRAME.fullmatch(words):
            cuts.append(title_module._whole(pos, end, view, "page-chrome"))
        if end >= len(view):
            return cuts
        pos = end + 1
    return cuts


_FRAME_WORDS = (
    "范文", "(精选3篇)", "以下是", "为大家整理的", "欢迎阅读", "欢迎品鉴!", "第一篇", ":",
    "某某报告.docx", ".pdf", ".DOC", "一、", "(一)", "法治", "报告", "\n", "\n", "\n", " ",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_FRAME_WORDS, size=60))
def test_frame_cuts_are_those_of_every_line_tried(view: str) -> None:
    cuts: list[tuple[int, int, str]] = []
    title_module._frame_cuts(view, cuts)
    assert cuts == _frame_reference(view)


# --- the tags around a title -----------------------------------------------------------


_TAG_WORDS = (
    "【", "】", "[", "]", "《", "》", "(", "〔", "〕", "号", "某府文", "2023", "12",
    "工作报告", "法治政府建设年度报告", " ",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_TAG_WORDS, size=12).filter(bool))
def test_a_line_the_quick_check_passes_by_holds_no_tag(words: str) -> None:
    """A line with no bracket first and no 号 holds no tag, no 文号 and no 《》 to unwrap."""
    if not (words.startswith(("【", "[", "《")) or "号" in words):
        assert title_module._TITLE_TAG.match(words) is None
        line = title_module._Line(0, len(words) + 3, words, 3)
        assert title_module._unwrap(line) == (line, [])


def test_a_tagged_title_is_unwrapped() -> None:
    words = "【工作报告】《某县法治政府建设年度报告》"
    line = title_module._Line(0, len(words), words, 0)
    unwrapped, cuts = title_module._unwrap(line)
    assert unwrapped.words == "某县法治政府建设年度报告"
    assert [words[s:e] for s, e, _ in cuts] == ["【工作报告】", "《", "》"]


# --- diagnostics -----------------------------------------------------------------------


def _diagnostics_reference(debris: list[Debris]) -> tuple[Diagnostic, ...]:
    said = strip_module._SAID
    return tuple(
        Diagnostic(d.kind, f"{said[d.kind]}: {d.text.strip()[:40]!r}", Span(d.at, d.at))
        for d in debris
    )


@_SETTINGS
@given(
    st.lists(
        st.builds(
            Debris,
            st.sampled_from(["page-chrome", "page-number", "running-head", "gbk-shift", "odd"]),
            st.sampled_from(["— 3 —\n", "某县人民政府\n", " 打印 ", "", "x" * 50]),
            st.integers(0, 100),
        ),
        max_size=20,
    )
)
def test_diagnostics_say_what_each_piece_said(debris: list[Debris]) -> None:
    made = strip_module._diagnostics(debris, [], strip_module._Cuts([]))
    assert made == _diagnostics_reference(debris)


def test_the_top_of_a_page_is_its_first_lines() -> None:
    view = "".join(f"第{n}行\n" for n in range(20))
    top = title_module._TOP.match(view)
    assert top is not None
    assert re.findall("\n", view[: top.end()]) == ["\n"] * (title_module._FRAME_LINES - 1)

"""A glued closing is read on the whole text's view, which fold keeps for the seams.

:func:`~fzbg.page.glued.glued_closing` folded the text's last line on its own, which put
the whole text's view out of fold's memory, and the seams folded the whole text again
right after.  From a line's start the whole view reads as the line's own: these tests
hold the closing found on the one to the closing found on the other, and fold's memory
to the text.
"""

from __future__ import annotations

from genre_strategies import genre_text
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fzbg.page import glued
from fzbg.text import normalize

_SETTINGS = settings(max_examples=300, deadline=None)
_PIECES = st.sampled_from(
    ("特此报告。", "特此汇报", "某县司法局", "2024年1月26日", "2O24年l月26日", "日。", "日",
     "\n", " ", "。", "法冶", "A2O", "x", "继续推进依法行政。", "二〇二四年一月二十六日")
)  # fmt: skip
_TEXTS = st.lists(st.one_of(_PIECES, genre_text(4)), max_size=30).map("".join)


@_SETTINGS
@given(_TEXTS)
@example("继续推进依法行政。特此报告。某县司法局 2O24年l月26日")
@example("A\n2O24年1月26日")
def test_closing_on_the_whole_view_is_the_lines_own(text: str) -> None:
    view = normalize.fold(text)
    for start in (0, *(at + 1 for at, char in enumerate(text) if char == "\n")):
        whole = glued._GLUED_CLOSING.search(view[start:])
        own = glued._GLUED_CLOSING.search(normalize.fold(text[start:]))
        assert (whole and whole.regs) == (own and own.regs)


def test_fold_keeps_the_texts_view() -> None:
    text = "一、工作情况\n召开会议4次。\n继续推进依法行政。特此报告。某县司法局 2024年1月26日"
    normalize.fold(text)
    glued.glued_closing(text)
    assert normalize._LAST_FOLDED[0][0] is text

"""Patterns rewritten to open with a character class find what their plain forms found.

Stdlib ``re`` skips in C to where a search can start only when a pattern opens with a
literal or a class; one that opens with a repeat (``[…]+``) or a lookbehind is tried at
every position.  Each rewrite is held here to the plain pattern it stands for, on texts
built from the characters it is about, at every start and end.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg.structure import lead

_SETTINGS = settings(max_examples=300, deadline=None)


def _pieces(*words: str, size: int = 24) -> st.SearchStrategy[str]:
    """Texts strung together from ``words`` (each a character or a word)."""
    return st.lists(st.sampled_from(words), max_size=size).map("".join)


def _same_everywhere(fast: re.Pattern[str], plain: re.Pattern[str], text: str) -> None:
    """``fast`` and ``plain`` find the same matches between any two offsets of ``text``."""
    n = len(text)
    for start in range(n + 1):
        for end in range(start, n + 1):
            got = fast.search(text, start, end)
            want = plain.search(text, start, end)
            assert (got and got.span()) == (want and want.span()), (text, start, end)


# --- a title's gap of spaces -----------------------------------------------------------

_PLAIN_SPACES = re.compile("[ \t\u3000]+(?=[\u4e00-\u9fff])")


@_SETTINGS
@given(_pieces(" ", "\t", "\u3000", "  ", "加", "强", "领导", "。", "1", "a", "\n", "【"))
def test_a_gap_of_spaces_is_found_where_the_plain_pattern_finds_it(text: str) -> None:
    """The class before its repeat finds the runs of spaces before a Han character."""
    _same_everywhere(lead.SPACES, _PLAIN_SPACES, text)


def test_a_gap_between_a_title_and_its_sentence_is_found() -> None:
    view = "(一)加强组织领导  镇党委召开专题会议4次,研究部署法治政府建设工作。"
    found = lead.SPACES.search(view)
    assert found is not None
    assert found.span() == (9, 11)

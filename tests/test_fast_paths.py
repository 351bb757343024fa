"""The fast paths of references and debris give what the plain scans gave.

Each fast path skips a scan where a literal shows no match can stand; these tests hold
each to the plain scan on texts built from the characters and words it is about.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg.references import PATTERNS, _matches

_SETTINGS = settings(max_examples=500, deadline=None)


def _pieces(*words: str) -> st.SearchStrategy[str]:
    """Texts strung together from ``words`` (each a character or a word)."""
    return st.lists(st.sampled_from(words), max_size=40).map("".join)


# --- references ------------------------------------------------------------------------


def _matches_reference(view: str) -> list[tuple[int, int, str]]:
    found = sorted((m.start(), m.end(), n) for n, p in PATTERNS.items() for m in p.finditer(view))
    out: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if not out or start >= out[-1][1]:
            out.append((start, end, name))
    return out


_REFERENCE_WORDS = (
    "《", "》", "〈", "〉", "〔", "〕", "﹝", "﹞", "[", "]", "【", "】", "(", ")", "〖", "〗",
    "2021", "19", "7", "第", "号", "令", "年", "三十一", " ", " " * 20, "\n", "某府发",
    "国务院", "根据", "1" * 30, "法治",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_REFERENCE_WORDS))
def test_reference_matches_are_those_of_the_plain_scans(view: str) -> None:
    assert _matches(view) == _matches_reference(view)


@pytest.mark.parametrize(
    "view",
    [
        "某府发〔2021〕" + " " * 40 + "7号",  # the run before 号 is longer than the window
        "〔2021〕7号" + " " * 40 + "〔2022〕8号",
        "《某〔2021〕7号办法》〔2022〕8号国务院令第7号",
        "号〔2021〕7号",
    ],
)
def test_document_numbers_far_from_their_bracket(view: str) -> None:
    assert _matches(view) == _matches_reference(view)

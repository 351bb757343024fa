"""normalize and fold keep what they gave before their fast paths.

normalize scans once for a character to replace or to fold, and tells fold when a text
has neither; fold remembers the last text it folded.  These tests hold both to the plain
versions they replaced, on genre text and on arbitrary Unicode.
"""

from __future__ import annotations

import re

from genre_strategies import any_text, genre_text
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fzbg.text import normalize as n

_SETTINGS = settings(max_examples=300, deadline=None)
_TEXTS = st.one_of(genre_text(), any_text())


def _plain_normalize(text: str) -> str:
    """normalize as one replace after another, with nothing skipped."""
    text = text.replace("\r\n", "\n")
    return re.sub(n._UNCANONICAL, lambda found: n._REPLACE[found.group()], text)


@_SETTINGS
@given(_TEXTS)
@example("")
@example("（一）法治建設\u3000１２")  # only characters to fold
@example("（一）\r\n\u200b建設")  # to fold, then to replace
@example("\xa0（一）")  # to replace, then to fold
@example("一、主要举措和成效")  # neither
def test_normalize_and_fold_give_the_plain_results(source: str) -> None:
    """normalize gives what replacing every character gives; fold what folding it gives."""
    text = n.normalize(source)
    assert text == _plain_normalize(source)
    assert n.fold(text) == n._folded(text) == text.translate(n._FOLD)
    assert n.fold(text) == n._folded(text)  # asked again: remembered


@_SETTINGS
@given(_TEXTS, _TEXTS)
def test_fold_answers_for_the_text_it_is_given(first: str, second: str) -> None:
    """Folding one text, then another, then the first again gives each its own view."""
    for text in (first, second, first, n.normalize(first), second):
        assert n.fold(text) == text.translate(n._FOLD)


def test_normalize_folds_a_text_it_has_nothing_to_replace_in() -> None:
    """A text with characters to fold only is folded by normalize's one scan, and remembered."""
    source = "（一）法治建設\u3000１２"
    text = n.normalize(source)
    assert text is source
    assert n._LAST_FOLDED[0][0] is text
    assert n._LAST_FOLDED[0][1] == source.translate(n._FOLD)


_ODD_CHARS = st.sampled_from(
    sorted({*map(chr, list(n._FOLD_TABLE)[:40]), *n._CHAINED, *n._REPLACE, "\r\n"})
)


@_SETTINGS
@given(st.lists(st.one_of(_ODD_CHARS, st.sampled_from("一、法治（）１２ 年")), max_size=60))
@example(list("".join(map(chr, range(0xFF21, 0xFF21 + 20)))))  # more than _MAX_REPLACES
@example(["（", sorted(n._CHAINED)[0], "\r"])  # one that folds twice, then one to replace
def test_normalize_after_many_characters_to_fold(chars: list[str]) -> None:
    """Past many distinct characters to fold, or one that folds twice, normalize gives the plain."""
    source = "".join(chars)
    text = n.normalize(source)
    assert text == _plain_normalize(source)
    assert n.fold(text) == text.translate(n._FOLD)

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


def _plain_fold(text: str) -> str:
    """fold as one translate, then misread words, numbers and stops read, nothing skipped."""
    view = text.translate(n._FOLD)
    for misread, word in n._MISREAD_WORDS.items():
        view = view.replace(misread, word)
    return n._HALF_STOP.sub("。", n._NUMBER_RUN.sub(n._as_number, view))


@_SETTINGS
@given(_TEXTS)
@example("")
@example("2O23年召开会议l2次")  # OCR's letters in numbers, and nothing else to fold
@example("２O２３年（一）")  # and full-width digits to fold first
@example("（一）法治建設\u3000１２")  # only characters to fold
@example("（一）\r\n\u200b建設")  # to fold, then to replace
@example("\xa0（一）")  # to replace, then to fold
@example("一、主要举措和成效")  # neither
def test_normalize_and_fold_give_the_plain_results(source: str) -> None:
    """normalize gives what replacing every character gives; fold what folding it gives."""
    text = n.normalize(source)
    assert text == _plain_normalize(source)
    assert n.fold(text) == n._folded(text) == _plain_fold(text)
    assert n.fold(text) == n._folded(text)  # asked again: remembered


@_SETTINGS
@given(_TEXTS, _TEXTS)
def test_fold_answers_for_the_text_it_is_given(first: str, second: str) -> None:
    """Folding one text, then another, then the first again gives each its own view."""
    for text in (first, second, first, n.normalize(first), second):
        assert n.fold(text) == _plain_fold(text)


def test_normalize_folds_the_text_in_its_one_scan() -> None:
    """normalize's one scan folds the text it makes, and fold is told the view."""
    source = "（一）法治建設\u3000１２"  # characters to fold only: the text is its own
    text = n.normalize(source)
    assert text is source
    assert n._LAST_FOLDED[0][0] is text
    assert n._LAST_FOLDED[0][1] == source.translate(n._FOLD)
    text = n.normalize("\xa0（一）\r\n建設法冶\u200b")  # and characters to replace
    assert text == " （一）\n建設法冶"
    assert n._LAST_FOLDED[0] == (text, " (一)\n建设法治")


def test_what_normalize_replaces_is_neither_folded_nor_a_fold() -> None:
    """normalize replaces on the view as on the text: fold neither reads nor writes those."""
    assert not set(n._REPLACE) & {*map(chr, n._FOLD_TABLE), *n._FOLD_TABLE.values()}


_ODD_CHARS = st.sampled_from(
    sorted({*map(chr, list(n._FOLD_TABLE)[:40]), *n._CHAINED, *n._REPLACE, "\r\n"})
)


@_SETTINGS
@given(st.lists(st.one_of(_ODD_CHARS, st.sampled_from("一、法治冶（）１２ 年")), max_size=60))
@example(list("".join(map(chr, range(0xFF21, 0xFF21 + 20)))))  # more than _MAX_REPLACES
@example(["（", sorted(n._CHAINED)[0], "\r"])  # one that folds twice, then one to replace
@example(["\xa0", "（", "\u200b", "１", "\r\n", "（"])  # to replace, fold, delete, fold again
def test_normalize_on_characters_to_replace_and_to_fold(chars: list[str]) -> None:
    """Characters to replace and to fold, many, or one that folds twice: as the plain."""
    source = "".join(chars)
    text = n.normalize(source)
    assert text == _plain_normalize(source)
    assert n.fold(text) == _plain_fold(text)

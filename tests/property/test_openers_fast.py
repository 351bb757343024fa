"""The seam's anchor opens every branch with a literal, and finds what it found before.

``SEAM_ANCHOR`` was one alternation whose first branch opened with a look behind
(``(?<![统同唯])一是``): stdlib ``re`` then tries every branch at every place of a line.
Written with the look behind after the 一 and as one flat alternation, every branch
opens with a literal, and ``re`` scans for their first characters.  These tests hold the
patterns built from the new ``_STRONG`` to the ones built from the old one.
"""

from __future__ import annotations

import importlib
import re

import pytest
import regex
from genre_strategies import any_text, genre_text
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fzbg.genre import openers
from fzbg.genre.dates import UNDATED_OPENING
from fzbg.page import seams

_SETTINGS = settings(max_examples=300, deadline=None)
# The words the anchor keys on, and what stands around them, strung in any order.
_PIECES = st.sampled_from(
    ("一是", "统一是", "同一是", "唯一是", "一是,", "首先,", "今年以来", "近年来", "虽然", "??",
     "2025年,", "1999年3月,", "2024年5月6日,", "2023年以来,", "20", "19", "年", "坚持", "将",
     "在", "把", "对", "全年", "我局", "本镇", "街道", "政府", " ", "。", ",", "\n")
)  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.one_of(_PIECES, genre_text(6)), max_size=40).map("".join), any_text()
)

# The old definition, the reference the new one is held to.
_OLD_STRONG = (
    rf"(?<![统同唯])一是(?![,:的否为])|首先[,]|{UNDATED_OPENING}|虽然|尽管"
    r"|\?\?(?=[\u4e00-\u9fff])"
    r"|(?:19|20)[0-9][0-9]年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?|以来|来)?,"
)
# (what a body does next, or the year it did it in: 某镇2023年共…, 20xx年 of a template)
_OLD_ANCHOR = re.compile(
    rf"{_OLD_STRONG}|(?:{openers._VERB}|将|在|把|对|(?:19|20)[0-9][0-9]年|20[xX×*_][xX×*_]年)"
)
_OLD_STRONG_OPENS = regex.compile(rf"{openers._AFTER_WORD}(?={_OLD_STRONG})")


@_SETTINGS
@given(_TEXTS, st.integers(0, 8), st.integers(0, 80))
@example("统一是同一是一是坚持", 0, 80)
@example("2025年,本镇1999年3月,", 2, 80)
def test_anchor_finds_what_it_found(text: str, pos: int, reach: int) -> None:
    spans = [m.span() for m in openers.SEAM_ANCHOR.finditer(text)]
    assert spans == [m.span() for m in _OLD_ANCHOR.finditer(text)]
    new, old = (
        openers.SEAM_ANCHOR.search(text, pos, pos + reach),
        _OLD_ANCHOR.search(text, pos, pos + reach),
    )
    assert (new and new.span()) == (old and old.span())
    strong = [m.span() for m in openers.STRONG_OPENS.finditer(text, overlapped=True)]
    assert strong == [m.span() for m in _OLD_STRONG_OPENS.finditer(text, overlapped=True)]


def test_anchor_scans_for_first_characters() -> None:
    """re knows the characters every match of the anchor opens with (a fast scan)."""
    try:
        parser = importlib.import_module("re._parser")
        compiler = importlib.import_module("re._compiler")
    except ImportError:  # pragma: no cover - Python 3.11 to 3.14 have both
        pytest.skip("this Python's re keeps its parser elsewhere")
    parsed = parser.parse(openers.SEAM_ANCHOR.pattern)
    assert compiler._get_charset_prefix(parsed, 0) is not None


@_SETTINGS
@given(_TEXTS, st.integers(0, 8), st.integers(0, 80))
@example("工作一是宣传", 0, 80)
@example("统一是 一是", 1, 6)
def test_strong_from_its_words_finds_what_the_search_found(text: str, pos: int, reach: int) -> None:
    """The seam's strong opening, looked for from its words only, is the plain search's."""
    found, plain = (
        seams._strong(text, pos, pos + reach),
        openers.STRONG_OPENS.search(text, pos, pos + reach),
    )
    assert (found and found.span()) == (plain and plain.span())

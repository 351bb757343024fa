"""Patterns moved between ``regex`` and stdlib ``re`` for speed match as their twins do.

A pattern of literals, plain classes and bounded repeats (no ``\\s``, ``\\d``, ``\\w`` or
case folding, where the two engines' Unicode tables differ) means the same in both; each
moved one is held to a pattern compiled from the same source on the other engine, on
genre text strung from the very words the patterns look for.
"""

from __future__ import annotations

import re

import regex
from genre_strategies import any_text, genre_text
from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg.extract import metadata, openings
from fzbg.genre import bodies, cues, dates
from fzbg.page import title_line
from fzbg.structure import closing, index, tree

_SETTINGS = settings(max_examples=300, deadline=None)


# The moved patterns: every one of the cue tables, and these one by one.
_ONE_BY_ONE = (
    dates._DATE,
    dates._CN_DATE,
    bodies._ENDS_AS_BODY,
    bodies._NOT_A_NAME,
    bodies.GENRE_WORDS,
    bodies._ALL_OF_IT,
    closing._CLOSING,
    closing._NOTE,
    closing._MONTH,
    tree._YEAR,
    tree._PREAMBLE_YEAR,
    metadata._NO_BODY,
    openings.VERB,
    title_line._LOCATION,
)


def _moved() -> list[re.Pattern[str]]:
    """Every pattern that moved to stdlib ``re``."""
    found: dict[str, re.Pattern[str]] = {}

    def walk(value: object) -> None:
        if isinstance(value, re.Pattern):
            found.setdefault(value.pattern, value)
        elif isinstance(value, tuple):
            for part in value:
                walk(part)

    for value in vars(cues).values():
        walk(value)
    walk(_ONE_BY_ONE)
    return list(found.values())


# And the other way, to regex: the literal openers of the run-in counts (第一, 首先).
TO_REGEX: list[regex.Pattern[str]] = [p for ps in index._FIRST.values() for p in ps]
MOVED = _moved()
_FLAGS = ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII")
TWINS = [
    regex.compile(
        p.pattern,
        sum(getattr(regex, name) for name in _FLAGS if p.flags & getattr(re, name)),
    )
    for p in MOVED
]
RE_TWINS = [re.compile(p.pattern) for p in TO_REGEX]
# Matches of the moved patterns and the words they look for, with punctuation, line breaks
# and characters the engines class apart (\x1c-\x1f are ``\s`` to re only, 𝟎 a digit to regex).
_WORDS = sorted({w for p in MOVED + RE_TWINS for w in re.findall(r"[\u4e00-\u9fff]+", p.pattern)})
_PIECES = st.one_of(
    *(st.from_regex(p) for p in MOVED + RE_TWINS),  # a match, with anything around it
    st.sampled_from(_WORDS),
    st.sampled_from(("2025", "1", "12", "一", "十二", "年", "月", "日", "(", ")", "度", "以来")),
    st.sampled_from((",", "。", ":", "、", ";", "!", "?", ".", " ", "\n", "\r", "报告", "如下")),
    st.sampled_from(("\x1c", "\x1f", "\x85", "\xa0", "\u3000", "\u2028", "\U0001d7ce", "Ⅰ", "ſ")),
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=3),
)
_TEXTS = st.one_of(st.lists(_PIECES, max_size=40).map("".join), genre_text(), any_text())


def _seen(found: re.Match[str] | regex.Match[str] | None) -> object:
    return None if found is None else (found.span(), found.groups())


def test_the_moved_patterns_are_found() -> None:
    assert len(MOVED) > 25
    assert all(isinstance(p, re.Pattern) for p in MOVED)
    assert len(TO_REGEX) >= 3
    assert all(isinstance(p, regex.Pattern) for p in TO_REGEX)


@_SETTINGS
@given(_TEXTS, st.integers(0, 60))
def test_each_moved_pattern_matches_as_its_twin(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    pairs: list[tuple[re.Pattern[str] | regex.Pattern[str], re.Pattern[str] | regex.Pattern[str]]]
    pairs = [*zip(MOVED, TWINS, strict=True), *zip(TO_REGEX, RE_TWINS, strict=True)]
    for ours, twin in pairs:
        assert _seen(ours.search(text, pos)) == _seen(twin.search(text, pos)), ours.pattern
        assert _seen(ours.match(text, pos)) == _seen(twin.match(text, pos)), ours.pattern
        assert _seen(ours.fullmatch(text)) == _seen(twin.fullmatch(text)), ours.pattern
        assert [_seen(m) for m in ours.finditer(text)] == [_seen(m) for m in twin.finditer(text)], (
            ours.pattern
        )

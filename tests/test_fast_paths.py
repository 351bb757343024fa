"""The fast paths of references, debris and metadata give what the plain scans gave.

Each fast path skips a scan where a literal shows no match can stand; these tests hold
each to the plain scan on texts built from the characters and words it is about.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg.extract.metadata import _RUN_ON_REACH, _addressee
from fzbg.extract.references import _EMPTY, PATTERNS, _matches
from fzbg.genre.bodies import ADDRESSEE_LINE, ADDRESSEE_RUN_ON
from fzbg.page.debris import INLINE_DEBRIS, find_inline_debris
from fzbg.text.normalize import fold

_SETTINGS = settings(max_examples=500, deadline=None)


def _pieces(*words: str) -> st.SearchStrategy[str]:
    """Texts strung together from ``words`` (each a character or a word)."""
    return st.lists(st.sampled_from(words), max_size=40).map("".join)


# --- references ------------------------------------------------------------------------


def _matches_reference(view: str) -> list[tuple[int, int, str]]:
    found = sorted(
        (m.start(), m.end(), n)
        for n, p in PATTERNS.items()
        for m in p.finditer(view)
        if not (n == "law" and _EMPTY.fullmatch(m[0]))  # 《》 cites nothing
    )
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


# --- inline debris ---------------------------------------------------------------------


def _debris_reference(text: str) -> list[tuple[str, int, int]]:
    view = fold(text)
    found = sorted(
        (m.start(), order, rule.kind, m.end())
        for order, rule in enumerate(INLINE_DEBRIS)
        for m in rule.pattern.finditer(view)
    )
    out, end_so_far = [], 0
    for start, _, kind, end in found:
        if start >= end_so_far:
            out.append((kind, start, end))
            end_so_far = end
    return out


_DEBRIS_WORDS = (
    "[", "]", "(", ")", "（", "）", "{", "}", "#", "[bookmark: _GoBack]", "[BOOKMARK:x]",
    "[]{#_Toc1 .anchor}", "[]{#x}", "bookmark:", "統", "區", "建設", "shè", "tǒng", "qū",
    "(shè)", "(tǒng)", "（qū）", "(LED)", "a", "ü", "ǖ", " ", "\n", "法治",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_DEBRIS_WORDS))
def test_inline_debris_is_that_of_every_rule_scanned(text: str) -> None:
    assert list(find_inline_debris(text)) == _debris_reference(text)


# --- metadata --------------------------------------------------------------------------


def _addressee_reference(preamble: str) -> tuple[int, int] | None:
    """The addressee alone on a line above the first 。; else one run on into the opening
    whose colon stands near the start, before the 。 (or in a preamble with none)."""
    m = ADDRESSEE_LINE.search(preamble)
    if m and "。" not in preamble[: m.start()]:
        return None if "如下" in m["who"] else m.span("who")
    dot = preamble.find("。")
    colon = preamble.find(":")
    reach = _RUN_ON_REACH if dot < 0 else min(dot, _RUN_ON_REACH)
    if 0 <= colon < reach and (run_on := ADDRESSEE_RUN_ON.match(preamble)):
        return run_on.span("who")
    return None


_PREAMBLE_WORDS = (
    "区人民政府", "各单位", ":", ":", " ", "\n", "\n", "。", ",", "现将", "报告如下", "如下",
    "《", "》", "2024年", "根据",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_PREAMBLE_WORDS))
def test_addressee_is_that_of_a_search_of_the_whole_preamble(preamble: str) -> None:
    m = _addressee(preamble)
    assert (m.span("who") if m else None) == _addressee_reference(preamble)

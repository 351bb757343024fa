"""The shortcuts of extract_quantities read what the plain patterns read, and no more."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fzbg.extract import quantities
from fzbg.extract.quantities import FIXED_TERMS, QUALIFIERS, RULES, extract_quantities
from fzbg.extract.quantity_quotes import unquoted
from fzbg.extract.quantity_ranges import with_ranges
from fzbg.extract.quantity_wraps import rejoined, unwrapped, whole_clauses
from fzbg.genre.units import UNITS, unit_pattern
from fzbg.model import Quantity
from fzbg.text.normalize import fold

# What the scan keys on, in the Basic Multilingual Plane: numbers, units, qualifiers and
# the characters around them, digits of other scripts and the spaces re reads apart.
BMP_PIECES = (
    *"0123456789零〇一二两三四五六七八九十百千万亿点,. 余多第每数几若好上成在到-~—–至",
    *"《》“”\n\t\x1c\u3000个件人次元%分之以内左右及最附签赶大不将接近约超逾性常日A_",
    *(u.written for u in UNITS),
    *(q.word for q in QUALIFIERS),
    "\u0663", "\uff13", "\u0e52", "百分之", "１２,３４５", "6.1万余",
)  # fmt: skip


def test_no_fixed_term_overlaps_another() -> None:
    """Every occurrence of a fixed term is a match, so each candidate looks only around it."""
    for a in FIXED_TERMS:
        for b in FIXED_TERMS:
            assert a == b or b not in a, (a, b)
            assert not any(a[-k:] == b[:k] for k in range(1, min(len(a), len(b)))), (a, b)


def test_no_fixed_term_holds_a_title_mark_or_a_line_break() -> None:
    """Titles and fixed terms are found apart: no fixed term reaches into or out of a title."""
    assert not any(c in term for term in FIXED_TERMS for c in "《》\n")


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("发放3千家万户宣传册。", []),  # a fixed term that starts inside the candidate
        ("落实“三项制度”3项。", ["3项"]),  # a fixed term that ends before it
        ("坚决做到两个维护3次。", ["3次"]),
        ("印发《关于3件事的规定》3件。", ["3件"]),  # a title before it
        ("印发《关于《3件事》的规定》，办结3件。", ["3件"]),  # a nested title
        ("印发《关于《3件事》的规定，办结3件。", ["3件"]),  # an unclosed one
        ("印发《关于\n3件事》。", ["3件"]),  # no title crosses a line break
        ("推行“一户一档”3户。", ["3户"]),  # a slogan before it
        ("三元里3家，三台县5家。", ["3家", "5家"]),  # place names before it
        ("受理申请一件，办结一件。", ["一件", "一件"]),
        ("作为一项任务，组建一支队伍。", []),  # articles, by the rules
    ],
)
def test_blocked_spans_cover_what_they_overlap_and_no_more(sentence: str, texts: list[str]) -> None:
    """A title, fixed term, slogan or place drops the candidates it overlaps, not the next."""
    assert [q.text for q in extract_quantities(sentence)] == texts


def test_every_rule_says_why() -> None:
    """Each rule for Chinese numerals carries its reason as a docstring."""
    assert RULES
    assert all(rule.__doc__ for rule in RULES)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(BMP_PIECES), max_size=40))
def test_the_bmp_scan_reads_a_bmp_view_as_the_scan_does(pieces: list[str]) -> None:
    """With no character above U+FFFF, reading digits from the BMP alone changes nothing."""
    view = "".join(pieces)
    bmp = [(m.span(), m.groups()) for m in quantities._bmp_scan().finditer(view)]
    assert bmp == [(m.span(), m.groups()) for m in quantities._SCAN.finditer(view)]


def test_a_view_with_a_character_above_the_bmp_gets_the_full_scan() -> None:
    """An astral digit (𝟐, 𐴱3 is one number) or any other astral character selects _SCAN."""
    prose = "街道深入推进法治政府建设，" * 100
    assert quantities._scan(prose) is quantities._bmp_scan()
    assert quantities._scan(prose + "受理𝟐件") is quantities._SCAN
    assert quantities._scan("𠀀3件" + prose) is quantities._SCAN
    assert quantities._scan("受理𝟐件") is quantities._SCAN
    assert [q.text for q in extract_quantities("受理𝟐件，𐌰3件，𐴱3件")] == ["𝟐件", "3件", "𐴱3件"]


def test_the_scan_skips_exactly_what_starts_no_candidate() -> None:
    """The skip class, spelled out for speed, is every character but those that start one."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    skipped = re.findall(f"[{quantities._SKIP}]", every)
    assert skipped == re.findall(f"[^{quantities._STARTS}]", every)


def test_units_grouped_by_first_character_match_as_one_flat_alternation() -> None:
    """Grouping the unit forms by first character keeps which form matches, longest first."""
    flat = "|".join(
        re.escape(u.written) + (f"(?!{'|'.join(u.not_before)})" if u.not_before else "")
        for u in sorted(UNITS, key=lambda u: -len(u.written))
    )
    grouped = re.compile(unit_pattern())
    tails = {"", "。", "日", *(c for u in UNITS for c in u.not_before), *(u.written for u in UNITS)}
    for u in UNITS:
        for tail in tails:
            text = u.written + tail
            got = grouped.match(text)
            want = re.match(flat, text)
            assert (got and got[0]) == (want and want[0]), text


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(("1", "2", "345", "6789", " ", "件", "万", "余", ",", ".")), max_size=60
    )
)
def test_spaced_digits_are_skipped_only_where_no_candidate_starts(pieces: list[str]) -> None:
    """Digits spaced out one by one (1 2 1 2…) are passed over, 3 456件 and 1 2件 still read."""
    view = "".join(pieces)
    want = [m.span() for m in quantities.QUANTITY.finditer(view)]
    for scan in (quantities._SCAN, quantities._bmp_scan()):
        assert [m.span("q") for m in scan.finditer(view) if m.start("q") >= 0] == want


@pytest.mark.parametrize(
    ("view", "texts"),
    [("1 2 1 2 3件", ["3件"]), ("1 2 1 2 345件", ["2 345件"]), ("1 2 1 2件", ["2件"])],
)
def test_a_run_of_spaced_digits_ends_in_what_it_counts(view: str, texts: list[str]) -> None:
    """After digits spaced one by one, the number before the unit is read as before."""
    assert [q.text for q in extract_quantities(view)] == texts


def test_a_run_of_spaced_digits_is_one_match_of_the_scan() -> None:
    """1 2 1 2… is skipped in one match, not a match a digit (which cost 0.5 s a megabyte)."""
    view = "1 2 " * 1000
    assert sum(1 for _ in quantities._bmp_scan().finditer(view)) <= 2


def _read_in_full(text: str) -> tuple[Quantity, ...]:
    """extract_quantities with every candidate read the long way, no fast path.

    As there, a line break between a number and its unit is read as a space, and a
    break inside a number read across; then the same passes over what was read (ranges,
    quoted names, tables) run as there, so that only the reading of candidates differs.
    """
    view = fold(text)
    blocked = quantities._Blocked(view)
    scanned, breaks = unwrapped(view)
    candidates = (m for m in quantities._scan(scanned).finditer(scanned) if m.start(1) >= 0)
    read = [q for m in candidates if (q := quantities._read(text, view, blocked, m)) is not None]
    kept = whole_clauses(view, read, breaks) if breaks else read
    return _after_reading(text, view, kept)


def _after_reading(text: str, view: str, kept: list[Quantity]) -> tuple[Quantity, ...]:
    """What extract_quantities does after reading: joins across wraps, ranges, names in
    quotes, tables; the same for every reference, so that only the reading differs."""
    joined = rejoined(text, view, kept, extract_quantities)
    ranged = list(with_ranges(text, view, joined, extract_quantities))
    return quantities._with_tables(text, view, unquoted(view, ranged))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from((*BMP_PIECES, *FIXED_TERMS, "《", "》", "每月", "不少于", "连续", "三个")),
        max_size=40,
    )
)
@example(["1", "到", "1", "0", "人次"])
def test_plain_figures_read_as_the_long_way_reads_them(pieces: list[str]) -> None:
    """61件, 近50余次: the short way for digits and plain words gives what the long way gives."""
    text = "".join(pieces)
    assert extract_quantities(text) == _read_in_full(text)


# The plain candidate pattern, its whole match as group 1 as in the scan: what the scan
# finds faster, read here at every match.
_EVERY_CANDIDATE = re.compile(f"({quantities.QUANTITY.pattern})", re.VERBOSE)


def _read_every_candidate(text: str) -> tuple[Quantity, ...]:
    """extract_quantities with no scan: every match of QUANTITY read the long way.

    As there, a line break between a number and its unit is read as a space, and the
    figure it makes kept where it ends its clause.
    """
    view = fold(text)
    blocked = quantities._Blocked(view)
    scanned, breaks = unwrapped(view)
    read = (quantities._read(text, view, blocked, m) for m in _EVERY_CANDIDATE.finditer(scanned))
    kept = whole_clauses(view, [q for q in read if q is not None], breaks)
    return _after_reading(text, view, kept)


YEAR_PIECES = ("2024", "1000", "099", "99", "100", "1", "0", "年", "年度", "年内", "以上", "近")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from((*BMP_PIECES, *YEAR_PIECES, "连续", "《", "》")), max_size=40))
@example(["1", "到", "1", "0", "个"])
def test_the_scan_drops_only_what_no_candidate_states(pieces: list[str]) -> None:
    """The scan passes over years' names (2024年); what it reads is what every candidate states."""
    text = "".join(pieces)
    assert extract_quantities(text) == _read_every_candidate(text)


@pytest.mark.parametrize(
    ("view", "texts"),
    [
        ("2024年，连续3年", ["3年"]),
        ("近2000年，2024年以上，1000年", []),
        ("连续099年", ["099年"]),  # 99 years: a duration, read the long way
        ("1,000年，连续10年", ["10年"]),
    ],
)
def test_years_names_are_no_quantities(view: str, texts: list[str]) -> None:
    """A number of more years than a duration counts names a year, however it is found."""
    assert [q.text for q in extract_quantities(view)] == texts
    assert [q.text for q in _read_every_candidate(view)] == texts


def test_the_scan_passes_over_years_names() -> None:
    """2024年 is no candidate of the scan: one match for a text of dates, not one a year."""
    view = "2024年3月，2023年5月，" * 50
    assert not any(m.start("q") >= 0 for m in quantities._bmp_scan().finditer(view))

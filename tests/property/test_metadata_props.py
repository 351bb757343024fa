"""Properties of the metadata's genre facts: levels, dates and signatures, on any text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import fzbg
from fzbg.genre.dates import parse_date, year_closed
from fzbg.genre.levels import LEVELS, level_of

_PLACES = st.sampled_from(["云溪", "青禾", "长林", "白马"])
_UNITS = st.sampled_from(["县", "区", "市", "镇", "街道", "乡", "苏木", "地区"])
_ENDINGS = st.sampled_from(["", "人民政府", "政府", "司法局", "管理委员会", "党委"])
_NAMES = st.builds(lambda p, u, e: p + u + e, _PLACES, _UNITS, _ENDINGS)


@given(st.one_of(st.text(max_size=40), _NAMES))
def test_a_level_is_a_known_level_or_none(words: str) -> None:
    """Any words get one of the table's levels, or None; never an error."""
    assert level_of(words) in {None, *(level for level, _ in LEVELS)}


@given(_NAMES, _NAMES)
def test_joint_issuers_take_the_level_of_the_last_that_shows_one(first: str, last: str) -> None:
    """Two bodies named together read as the second when it shows a level."""
    if (level := level_of(last)) is not None:
        assert level_of(f"{first} {last}") == level
        assert level_of(f"{first}、{last}") == level


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(["{y}年{m}月{d}日", "{y}年{m}月{d}号", "{y}-{m:02}-{d:02}", "{y}.{m}.{d}。"]),
    _NAMES,
)
def test_a_signing_line_gives_its_date(day: dt.date, shape: str, signer: str) -> None:
    """A signer and a date on one line under a report give that date, in any shape."""
    date = shape.format(y=day.year, m=day.month, d=day.day)
    assert parse_date(date) == day
    text = f"2023年，我单位坚持依法行政。\n一、主要举措和成效\n（一）加强学习。\n{signer} {date}\n"
    report = fzbg.parse_report(text)
    assert (report.signed, report.issuer) == (day, signer)


_MISREAD = str.maketrans("01", "Ol")  # how OCR misreads the digits 0 and 1 in a scan


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(["{y}年{m}月{d}日", "{y}-{m:02}-{d:02}", "{y}.{m}.{d}"]),
)
def test_a_date_with_ocr_slips_reads_as_its_digits(day: dt.date, shape: str) -> None:
    """A date with O for 0 and l for 1 reads as the date its digits say."""
    written = shape.format(y=day.year, m=day.month, d=day.day)
    assert parse_date(written.translate(_MISREAD)) == day


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_a_date_closes_its_own_year_or_the_one_before(day: dt.date) -> None:
    """The year a 今年以来 report dated ``day`` covers is its own, the one before, or none."""
    assert year_closed(day) in {day.year, day.year - 1, None}


@given(
    _PLACES,
    st.sampled_from(["县", "区", "市", "镇", "乡", "街道"]),
    st.sampled_from(["党委", "党工委"]),
    st.sampled_from(["人民政府", "政府", "办事处"]),
)
def test_a_committee_run_together_with_its_government_is_its_place(
    place: str, unit: str, committee: str, government: str
) -> None:
    """某镇党委政府, 某街道党工委办事处: the joint issuers' place gives the level."""
    assert level_of(f"{place}{unit}{committee}{government}") == level_of(place + unit)

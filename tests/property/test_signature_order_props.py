"""The date typed before the signer on the signature's line: 2024年1月26日  某县司法局.

Invented closings.  Some documents set the date first and the body after it on one line
(or a copy ran the two together in that order); the signer is still the issuer, the date
still the signed date, and neither is read into the last section's text.
"""

from __future__ import annotations

import datetime as dt

from genre_strategies import LAST_PLAN, UNSIGNED, written_date
from hypothesis import given
from hypothesis import strategies as st

import fzbg

_PLACES = st.sampled_from(["云溪", "青禾", "长林", "白马", "松岭"])
_BODIES = st.sampled_from(
    ["县人民政府", "市人民政府", "镇人民政府", "街道办事处", "县司法局", "区市场监督管理局",
     "县自然资源和规划局", "市卫生健康委员会", "乡人民政府", "区教育局"]
)  # fmt: skip
_DAYS = st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2026, 12, 31))


@given(
    _PLACES,
    _BODIES,
    _DAYS,
    st.booleans(),
    st.sampled_from([" ", "  ", "    ", "\u3000\u3000"]),
    st.booleans(),
)
def test_a_date_before_the_signer_on_its_line(
    place: str, body: str, day: dt.date, words: bool, gap: str, closed: bool
) -> None:
    """2024年1月26日  某县司法局 (or 二〇二四年一月二十六日 …) signs the report."""
    signer = place + body
    closing = ("特此报告。\n" if closed else "") + f"{written_date(day, words)}{gap}{signer}\n"
    report = fzbg.parse_report(UNSIGNED + closing)
    assert (report.issuer, report.signed) == (signer, day)
    assert report.plans[-1].text == LAST_PLAN

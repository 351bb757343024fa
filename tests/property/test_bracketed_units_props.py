"""A figure whose unit stands in brackets right after it: ``受理行政复议案件45（件）``.

A summary written as a form, or a table flattened to prose, gives the unit of a figure
in brackets after it (``45（件）``, ``120(次)``, ``125.6（万元）``).  Generated clauses, in
full- and half-width brackets, read the whole figure with its unit; an alternative unit
in brackets after a written one (``12场（次）``) keeps the unit written first, as the
gold reads it.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_UNITS = (
    ("件", "件", 1),
    ("次", "次", 1),
    ("人次", "人次", 1),
    ("万元", "元", 10000),
    ("场", "场", 1),
)
_LEADS = ("全年受理行政复议案件", "开展执法检查", "累计培训", "罚没款", "共举办讲座")
_BRACKETS = (("（", "）"), ("(", ")"))


@st.composite
def _clauses(draw: st.DrawFn) -> tuple[str, str, Decimal, str]:
    written, unit, scale = draw(st.sampled_from(_UNITS))
    opens, closes = draw(st.sampled_from(_BRACKETS))
    number = draw(st.integers(1, 99999))
    figure = f"{number}{opens}{written}{closes}"
    stop = draw(st.sampled_from(("。", "，其余均已办结。", "；")))
    return f"{draw(st.sampled_from(_LEADS))}{figure}{stop}", figure, Decimal(number * scale), unit


@settings(max_examples=200, deadline=None)
@given(_clauses())
def test_a_unit_in_brackets_after_its_figure_is_read(drawn: tuple[str, str, Decimal, str]) -> None:
    text, figure, value, unit = drawn
    found = fzbg.extract_quantities(text)
    assert [(q.text, q.value, q.unit) for q in found] == [(figure, value, unit)], text


def test_no_unit_in_brackets_after_an_ordinal_or_a_year() -> None:
    assert fzbg.extract_quantities("依照第12（条）规定，2023（年）全年。") == ()


def test_an_alternative_unit_keeps_the_written_one() -> None:
    found = fzbg.extract_quantities("开展普法活动12场（次）。")
    assert [(q.text, q.unit) for q in found] == [("12场", "场")]

"""A figure that a hard wrap the layout stage could not see cut in two.

Text from a PDF keeps its printed lines' breaks; where the lines are of uneven width the
layout stage cannot join them, and a break may fall inside a number (``具体举措1`` /
``5项``) or between a number and its unit (``累计开展16`` / ``场法治宣传活动``).  Generated
sentences cut at every place inside their figure read the figure whole; a table's rows,
whose cells stand apart, join nothing.
"""

from __future__ import annotations

import os
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_PREFIXES = (
    "2023年，全县累计开展",
    "围绕重点领域推出具体举措和工作办法",
    "全年组织行政执法人员参加专题培训",
)
_UNITS = ("场", "项", "人次", "件", "个")
_AFTERS = ("法治宣传活动。", "，取得良好效果。", "。")


@st.composite
def _cut_sentences(draw: st.DrawFn) -> tuple[str, int, str]:
    """A sentence with one figure, broken by a line break somewhere inside the figure."""
    prefix, unit, after = (draw(st.sampled_from(x)) for x in (_PREFIXES, _UNITS, _AFTERS))
    value = draw(st.integers(10, 99_999))
    figure = f"{value}{unit}"
    cut = draw(st.integers(1, len(str(value))))  # inside the number, or before its unit
    return prefix + figure[:cut] + "\n" + figure[cut:] + after, value, unit


@settings(max_examples=int(os.environ.get("FZBG_PROPERTY_EXAMPLES", "60")))
@given(_cut_sentences())
def test_a_figure_cut_by_a_wrap_is_read_whole(case: tuple[str, int, str]) -> None:
    """One quantity, of the whole number, its text the figure with the break as written."""
    text, value, unit = case
    found = fzbg.extract_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(Decimal(value), unit)]
    assert found[0].text.replace("\n", "") == f"{value}{unit}"
    assert text[found[0].span.start : found[0].span.end] == found[0].text


@given(st.integers(1, 999), st.integers(1, 999))
def test_a_tables_rows_join_nothing(first: int, second: int) -> None:
    """A row's figure stands apart from its name: no wrap is read across the rows."""
    text = f"行政复议案件受理数量 {first}\n{second}件办结\n"
    assert [q.value for q in fzbg.extract_quantities(text)] == [Decimal(second)]

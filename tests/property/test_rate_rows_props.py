"""A year-headed table's rate rows give percentages though no ``%`` is written.

``出庭应诉率 | 95 | 100`` under ``指标 | 2022年 | 2023年``: the row's label names a rate, so
its bare cells are shares.  Generated tables (years or periods as heads, in any order,
tab, space or Markdown cells, whole and decimal figures) read every cell as a percentage
and key the report year's figure of each row with the row's key.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_RATES = (
    ("行政机关负责人出庭应诉率", "court-appearance-rate"),
    ("执法人员持证率", "certification-rate"),
    ("行政复议纠错率", "reconsideration-correction-rate"),
    ("行政诉讼败诉率", "litigation-loss-rate"),
    ("群众满意率", "satisfaction-rate"),
)
_FIGURES = st.one_of(
    st.integers(0, 100).map(str),
    st.tuples(st.integers(0, 99), st.integers(1, 9)).map(lambda p: f"{p[0]}.{p[1]}"),
)


@st.composite
def _tables(draw: st.DrawFn) -> tuple[str, dict[str, tuple[str, str]]]:
    """A report with a table of rate rows; per cell its key (or "" for the other year)."""
    year = draw(st.integers(2017, 2025))
    heads = draw(
        st.sampled_from(
            (
                (f"{year - 1}年", f"{year}年"),
                (f"{year - 1}年度", f"{year}年度"),
                ("上年同期", "本期"),
            )
        )
    )
    this_first = draw(st.booleans())
    sep = draw(st.sampled_from(("\t", " ", "  ", " | ")))
    lines = [sep.join(["指标", *(heads[::-1] if this_first else heads)])]
    rows = draw(st.lists(st.sampled_from(_RATES), min_size=1, max_size=4, unique=True))
    cells = draw(st.lists(_FIGURES, min_size=2 * len(rows), max_size=2 * len(rows)))
    want: dict[str, tuple[str, str]] = {}
    for (label, key), now, before in zip(rows, cells[::2], cells[1::2], strict=True):
        pair = [now, before] if this_first else [before, now]
        lines.append(sep.join([label, *pair]))
        want[f"{label}:{now}"] = (key, now)
    if sep == " | ":
        lines = [f"| {line} |" for line in lines]
    table = "\n".join(lines)
    opening = f"某某县{year}年法治政府建设年度报告\n一、{year}年推进法治政府建设的主要举措和成效\n"
    text = f"{opening}（一）主要指标。完成情况如下：\n{table}\n\n二、存在的问题\n执法力量不足。"
    return text, want


@settings(max_examples=200, deadline=None)
@given(_tables())
def test_a_rate_rows_bare_cells_are_percentages(
    drawn: tuple[str, dict[str, tuple[str, str]]],
) -> None:
    text, want = drawn
    report = fzbg.parse_report(text)
    start, end = report.text.index("指标"), report.text.index("二、存在")
    in_table = [q for q in report.quantities if start <= q.span.start < end]
    assert len(in_table) == 2 * len(want), text
    assert all(q.unit == "%" and Decimal(0) <= q.value <= 100 for q in in_table)
    keyed = sorted((i.key, i.quantity.text) for i in report.indicators)
    assert keyed == sorted(want.values()), text

"""A table's columns by year: which figure of a row is the report year's.

A table copied as text heads its figures with years (``项目 2022年 2023年 增减``) and
gives a row's figures in that order (``行政复议案件 45 52 +7``).  The row's label names
the subject of the report year's figure only: the earlier year's figure and the change
column key nothing.  :func:`by_year_column` corrects the indicators found clause by
clause, which key a row's first figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fzbg.extract.cue_search import _nearest
from fzbg.extract.quantity_columns import head_cells, table_rows
from fzbg.extract.year_rows import by_year_row
from fzbg.genre.dates import PERIOD_COLUMNS_GATE, YEAR_COLUMN, YEAR_COLUMNS_GATE
from fzbg.genre.registry import Registry
from fzbg.model import Indicator, Quantity, Span

__all__ = ["by_year_column"]

# Two year heads side by side: a year-headed table (or one headed by periods, 本期 上年同期).
# Each gate opens with a literal, which re scans for in C; the whole head row is read only
# where one finds it.
_GATES = (re.compile(YEAR_COLUMNS_GATE), re.compile(PERIOD_COLUMNS_GATE))
_YEAR_CELL = re.compile(YEAR_COLUMN)


def by_year_column(
    text: str,
    view: str,
    quantities: Sequence[Quantity],
    found: tuple[Indicator, ...],
    *,
    year: int | None,
    registry: Registry,
) -> tuple[Indicator, ...]:
    """``found``, with each year-headed table row keyed by its report-year figure.

    A figure in another column of such a row keys nothing; the report year's figure
    takes the row's label as its subject, when a cue of ``registry`` fits.  A table with
    one row a year is read the other way round (:func:`~fzbg.extract.year_rows.by_year_row`).
    """
    if year is None:
        return found
    found = by_year_row(text, view, quantities, found, year, registry=registry)
    gates = [gate for gate in _GATES if gate.search(view)]
    if not gates:
        return found
    own: dict[int, int] = {}  # a report-year figure's start: where its row's label starts
    others: set[int] = set()  # the starts of the figures in other columns
    for gate in gates:  # a head row both find is read twice, to the same end
        for head in gate.finditer(view):
            _columns(view, head.start(), year, own, others)
    if not own and not others:
        return found
    kept = [i for i in found if i.quantity.span.start not in others]
    keyed = {i.quantity.span.start for i in kept}
    for q in quantities:
        label = own.get(q.span.start)
        if label is None or q.span.start in keyed:
            continue
        cues = [(r, c) for r, c, _ in registry.for_unit(q.unit).cues]
        hit = _nearest(view, cues, label, q.span.start, True, view[label : q.span.end])
        if hit is not None:
            row, m_start, m_end = hit
            kept.append(Indicator(row.key, q, text[m_start:m_end], Span(label, q.span.end)))
    return tuple(sorted(kept, key=lambda i: i.quantity.span.start))


def _columns(view: str, at: int, year: int, own: dict[int, int], others: set[int]) -> None:
    """Sort the figures of the rows below the header line holding ``at`` by column."""
    end, heads = head_cells(view, at)
    years = [_year(h, year) for h in heads]
    if year not in years:
        return
    for row_start, cells in table_rows(view, end + 1):
        # Right-aligned: a header may leave out the label's column (2022年 2023年).
        for k, (cell_start, cell) in enumerate(reversed(cells)):
            if k >= len(heads) or (not cell[0].isdigit() and cell[0] not in "+-"):
                break
            column = years[len(heads) - 1 - k]
            if column == year:
                own[cell_start] = row_start
            else:
                others.add(cell_start)


def _year(cell: str, year: int) -> int | None:
    """The year a column head names; ``year`` is the one reported on."""
    m = _YEAR_CELL.fullmatch(cell)
    if m is None:
        return None
    return int(m["year"]) if m["year"] else year if m["this"] else year - 1

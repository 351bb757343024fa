"""A table's rows by year: the report year's row keys its figures by their column heads.

A table copied as text may give one row per year under a head row of subjects
(``年份 行政复议案件（件） 行政应诉案件（件）`` / ``2022 45 12`` / ``2023 52 15``), the
years' turn of :mod:`fzbg.extract.year_columns`.  The report year's row keys its figures,
each with its column's head as subject, when a cue of the registry fits that head; the
other years' rows key nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fzbg.extract.cue_search import _nearest
from fzbg.extract.quantity_columns import CELL, table_rows
from fzbg.genre.dates import YEAR_COLUMN, YEAR_ROW, YEAR_ROWS_HEAD
from fzbg.genre.registry import Registry
from fzbg.model import Indicator, Quantity, Span

__all__ = ["by_year_row"]

# The head row's first cell: a literal first, which re scans for in C.
_HEAD = re.compile(YEAR_ROWS_HEAD, re.MULTILINE)
_YEAR = re.compile(YEAR_ROW)
_PERIOD = re.compile(YEAR_COLUMN)
_LINE_END = re.compile("\n|$")


def by_year_row(
    text: str,
    view: str,
    quantities: Sequence[Quantity],
    found: tuple[Indicator, ...],
    year: int,
    *,
    registry: Registry,
) -> tuple[Indicator, ...]:
    """``found``, with a year-rowed table's report-year figures keyed by their column heads.

    A figure in another year's row keys nothing; one in the report year's row whose head
    names no cue of ``registry`` keeps what the clause around it keyed.
    """
    if "年" not in view:
        return found
    own: dict[int, tuple[int, int]] = {}  # a report-year figure's start: its head's span
    others: set[int] = set()  # the starts of the figures in other years' rows
    for head in _HEAD.finditer(view):
        at = head.start("head")
        line_start = view.rfind("\n", 0, at) + 1
        if not view[line_start:at].strip(" \t|"):  # the head opens its line
            _rows(view, at, year, own, others)
    if not own and not others:
        return found
    keyed: dict[int, Indicator] = {}
    for q in quantities:
        cell = own.get(q.span.start)
        if cell is None:
            continue
        cues = [(r, c) for r, c, _ in registry.for_unit(q.unit).cues]
        hit = _nearest(view, cues, cell[0], cell[1], True, view[cell[0] : cell[1]])
        if hit is not None:
            row, m_start, m_end = hit
            subject = text[m_start:m_end]
            keyed[q.span.start] = Indicator(row.key, q, subject, Span(cell[0], q.span.end))
    kept = [
        i
        for i in found
        if i.quantity.span.start not in others and i.quantity.span.start not in keyed
    ]
    return tuple(sorted([*kept, *keyed.values()], key=lambda i: i.quantity.span.start))


def _rows(view: str, at: int, year: int, own: dict[int, tuple[int, int]], others: set[int]) -> None:
    """Sort the figures of the rows below the head row opening at ``at`` by year."""
    line_end = _LINE_END.search(view, at)
    assert line_end is not None  # matches at the text's end
    heads = [m.span() for m in CELL.finditer(view, at, line_end.start())]
    for _, cells in table_rows(view, line_end.start() + 1):
        row_year = _row_year(cells[0][1], year)
        if row_year is None or len(cells) != len(heads):
            continue  # a row with no year first, or cells that do not fall under heads
        mine = row_year == year
        for head, (cell_start, cell) in zip(heads[1:], cells[1:], strict=True):
            if not cell[0].isdigit():
                continue
            if mine:
                own[cell_start] = head
            else:
                others.add(cell_start)


def _row_year(cell: str, year: int) -> int | None:
    """The year a row's first cell names: 2023, 2023年, 本年度 or 上年度.

    本年度 is the report year and 上年度 the one before, as a column head names them.
    """
    if m := _YEAR.fullmatch(cell):
        return int(m["year"])
    if m := _PERIOD.fullmatch(cell):
        return int(m["year"]) if m["year"] else year if m["this"] else year - 1
    return None

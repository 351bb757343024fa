"""Figures whose unit a label names in brackets before them: ``罚没款（万元）：125.6``.

A table flattened to text, or a summary written as a form, names each figure's unit once,
in the label's brackets (``案件数（件）：38``, ``行政复议案件(件) 12 9``), and gives the
figure bare; or sets the unit in brackets right after the figure (``受理案件45（件）``).
:func:`labelled_quantities` reads the first figure after such a label as a
quantity of that unit; :func:`fzbg.extract.quantities.extract_quantities` adds them to the
figures that carry their own unit.  In a table headed by years or periods (``项目 上年同期
本期 增减``) the row's other figures are the same count in other years: they are read too,
for :mod:`fzbg.extract.year_columns` to tell the report year's.  There a row whose label
names a rate (``出庭应诉率 | 95 | 100``) gives percentages, though no ``%`` is written.
"""

from __future__ import annotations

import re

from fzbg.genre.dates import PERIOD_COLUMNS_GATE, YEAR_COLUMNS_GATE
from fzbg.genre.numerals import arabic_value
from fzbg.genre.units import BY_WRITTEN
from fzbg.model import Approx, Quantity, Span

__all__ = ["LABELLED", "labelled_quantities"]

LABELLED = re.compile(
    r"""
    \(                                   # the bracket, folded to half width; then only
    (?:(?<=[0-9]\()|(?<=[0-9][ ]\()      # one after a figure (45(件)), or a label's,
      |(?=[^()\s:]{1,7}\)[ \t|]*:?[ \t]*[0-9]))  # before one: the rest fail in C
    (?P<mult>[百千]?万|[千万]?亿|千|)      # 万元: the figure is in ten thousands
    (?P<unit>[^()\s:]{1,4})              # 件, 人次, 元, %: a unit (looked up after)
    \)
    (?:
      [ \t|]*:?[ \t]*                    # 案件数(件):38, 案件数(件) 38, a cell's | border
      (?P<number>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)
      (?![0-9]|[.,][0-9])                # the whole number (not 12 of 12.5, nor of 1,234)
      (?![ ]?[年月日号])                  # not a date after the label: 资金(万元) 2023年
    )?                                   # none: the figure before it has it (45(件))
    """,
    re.VERBOSE,
)
"""A bracketed unit and the bare figure right after it (a label's), if any, on the folded
view.  One scan for both kinds: the bracket is a literal that re skips to in C."""

# Units a bare figure never stands in: a year (时间(年):2023) names the year itself.
_NOT_LABELS = frozenset(("年",))
# A head row of years or periods somewhere in the text: only then are a row's figures
# after its first read (a signed change, +7, ends them).
_YEAR_HEADS = (re.compile(YEAR_COLUMNS_GATE), re.compile(PERIOD_COLUMNS_GATE))
# The figure right before a unit in brackets (受理案件45（件）, 罚没款125.6（万元）).
_FIGURE_BEFORE = re.compile(r"(?<![0-9.,第])[0-9]+(?:\.[0-9]+)?[ ]?$")
_FIGURE_REACH = 16  # how far before its bracket a figure is looked for
_NEXT_CELL = re.compile(r"[ \t|]+([0-9]+(?:\.[0-9]+)?)(?=[ \t|]|$)", re.MULTILINE)
# A table row's label that names a rate, then its first bare cell: 出庭应诉率 | 95 | 100.
_RATE_ROW = re.compile(r"率[ \t|]+(?=[0-9]+(?:\.[0-9]+)?(?:[ \t|]|$))", re.MULTILINE)


def labelled_quantities(text: str, view: str) -> list[Quantity]:
    """The bare figures after a label that names their unit in brackets.

    Args:
        text: The text.
        view: Its folded view (same length).

    Returns:
        The quantities in text order: the figure is the quantity's text, the unit the
        label's (reported as :data:`~fzbg.genre.units.BY_WRITTEN` says), times its 万.

    Example:
        >>> from fzbg.text.normalize import fold
        >>> text = "案件数（件）：38，罚没款（万元）：125.6"
        >>> [(q.text, str(q.value), q.unit) for q in labelled_quantities(text, fold(text))]
        [('38', '38', '件'), ('125.6', '1256000', '元')]

    """
    found: list[Quantity] = []
    if "率" in view and (rates := _RATE_ROW.search(view)) and _year_headed(view):
        found.extend(_rate_rows(text, view, rates.start()))
    if "(" not in view:
        return found
    rows: bool | None = None  # a year-headed table in the text: looked for once, if asked
    for m in LABELLED.finditer(view):
        unit = BY_WRITTEN.get(m["unit"])
        if unit is None or unit.unit in _NOT_LABELS or (m["mult"] and unit.unit == "%"):
            continue
        if view[m.start() - 1 : m.start()].isdigit() or m["number"] is None:
            if figure := _figure_before(text, view, m, unit.unit):
                found.append(figure)
            continue
        value = arabic_value(m["number"].replace(",", ""), m["mult"] or None)
        if value is None:
            continue
        start, end = m.span("number")
        found.append(Quantity(value, unit.unit, Approx.EXACT, text[start:end], Span(start, end)))
        if _NEXT_CELL.match(view, end) and (
            rows if rows is not None else (rows := _year_headed(view))
        ):
            found.extend(_cells(text, view, end, unit.unit, m["mult"] or None))
    return sorted(found, key=lambda q: q.span.start)


def _year_headed(view: str) -> bool:
    """Whether a head row of years or periods stands somewhere in ``view``."""
    return any(gate.search(view) for gate in _YEAR_HEADS)


def _cells(text: str, view: str, end: int, unit: str, mult: str | None) -> list[Quantity]:
    """The figures in the cells after ``end``: a row's other years' columns."""
    found = []
    while cell := _NEXT_CELL.match(view, end):
        value = arabic_value(cell[1], mult)
        start, end = cell.span(1)
        if value is not None:
            found.append(Quantity(value, unit, Approx.EXACT, text[start:end], Span(start, end)))
    return found


def _rate_rows(text: str, view: str, first: int) -> list[Quantity]:
    """The bare figures of a year-headed table's rows whose label names a rate.

    ``出庭应诉率 | 95 | 100`` under ``指标 | 2022年 | 2023年``: a rate is a share, its cells
    percentages though no ``%`` is written; a row has a cell a year, two at least.
    ``first`` is where the first such row's 率 is.
    """
    found: list[Quantity] = []
    for m in _RATE_ROW.finditer(view, first):
        cells = _cells(text, view, m.end() - 1, "%", None)  # from the separator before it
        if len(cells) > 1 and all(q.value <= 100 for q in cells):
            found.extend(cells)
    return found


def _figure_before(text: str, view: str, m: re.Match[str], unit: str) -> Quantity | None:
    """The figure right before the unit in brackets of ``m``, with it: ``45（件）``."""
    figure = _FIGURE_BEFORE.search(view, max(0, m.start() - _FIGURE_REACH), m.start())
    if figure is None:
        return None
    value = arabic_value(figure[0].rstrip(), m["mult"] or None)
    if value is None:
        return None
    start, end = figure.start(), m.start("unit") + len(m["unit"]) + 1  # through the )
    return Quantity(value, unit, Approx.EXACT, text[start:end], Span(start, end))

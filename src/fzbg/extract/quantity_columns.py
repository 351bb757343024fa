"""Bare figures under a column head that names their unit: ``数量（件）`` over ``45``.

A table copied as text may give each column's unit in its head (``案件类型 数量（件） 占比``)
and the figures of the rows below bare (``行政复议 45 30%``).  :func:`column_quantities`
reads each bare figure of such a column as a quantity of the head's unit, down to the end
of the table.  Columns are counted from the right: a row's label may hold a space, and a
head row may leave the label's column out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fzbg.genre.numerals import arabic_value
from fzbg.genre.units import BY_WRITTEN, COUNTED_HEAD, COUNTED_HEADS, Unit
from fzbg.model import Approx, Quantity, Span

__all__ = ["CELL", "column_quantities", "head_cells", "table_rows"]

# A head's bracket closing a cell: a border or the line's end after it.  A literal first,
# which re skips to in C; the unit inside is read backwards from it.
_CLOSE = re.compile(r"\)(?=[ \t|]|$)", re.MULTILINE)
_UNIT = re.compile(r"\((?P<mult>[百千]?万|[千万]?亿|千|)(?P<unit>[^()\s:]{1,4})\)$")
_LINE = re.compile(r"[^\n]*")
CELL = re.compile(r"(?:19|20)[0-9]{2}[ ]年度?|[^ \t|\n]+")  # 2023 年: a copy's space
"""A table cell of a line: what stands between borders (spaces, tabs, |)."""
_RULE = re.compile(r":?-+:?")  # a cell of a Markdown table's rule under its head row
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_MAX_ROWS = 200  # a table longer than this is no table a report gives in text
_REACH = 7  # the bracket's length at most: (千万亿) and a unit of four
_COUNTED = re.compile(COUNTED_HEAD, re.MULTILINE)
_COUNTED_END = re.compile(f"(?:{'|'.join(sorted(COUNTED_HEADS, key=len, reverse=True))})$")


def table_rows(view: str, pos: int) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """The rows of a table from ``pos``: each row's start and cells, to a line of words."""
    for _ in range(_MAX_ROWS):
        line = _LINE.match(view, pos)
        assert line is not None  # matches empty
        if pos >= len(view) or not view[pos : line.end()].strip():
            return  # the text's end or a blank line
        cells = [(c.start(), c[0]) for c in CELL.finditer(view, pos, line.end())]
        if not any(c[0].isdigit() for _, c in cells):
            if all(_RULE.fullmatch(c) for _, c in cells):  # | --- | --- |: a Markdown rule
                pos = line.end() + 1
                continue
            return  # a line of words: the table ended
        yield pos, cells
        pos = line.end() + 1


def head_cells(view: str, at: int) -> tuple[int, list[str]]:
    """The end of the line that holds ``at``, and that line's cells."""
    start = view.rfind("\n", 0, at) + 1
    line = _LINE.match(view, start)
    assert line is not None  # matches empty
    return line.end(), [c[0] for c in CELL.finditer(view, start, line.end())]


def column_quantities(text: str, view: str) -> list[Quantity]:
    r"""The bare figures below the column heads of ``view`` that name a unit, in text order.

    A head names it in brackets (``数量（件）``) or counts a noun (``收案数``, ``参训人数``:
    :data:`~fzbg.genre.units.COUNTED_HEADS`).

    Example:
        >>> from fzbg.text.normalize import fold
        >>> text = "类型 数量（件） 占比\n行政复议 45 30%\n\n年份 收案数\n2023 52\n\n正文。"
        >>> [(q.text, q.unit) for q in column_quantities(text, fold(text))]
        [('45', '件'), ('52', '件')]

    """
    found: list[Quantity] = []
    done = -1  # the end of the last head line read: a line with two units is read once
    for at in _heads(view):
        if at < done:
            continue
        done, heads = head_cells(view, at)
        units = [_unit_of(cell) for cell in heads]
        if len(heads) < 2 and _UNIT.search(heads[0] if heads else "") is None:
            continue  # a line of words ending in 人数 heads no column
        for _, cells in table_rows(view, done + 1):
            for k, (start, cell) in enumerate(reversed(cells)):
                column = len(units) - 1 - k
                if column < 0 or (known := units[column]) is None:
                    continue
                value = arabic_value(cell, known[1] or None) if _FIGURE.fullmatch(cell) else None
                if value is not None:
                    end = start + len(cell)
                    found.append(
                        Quantity(
                            value, known[0].unit, Approx.EXACT, text[start:end], Span(start, end)
                        )
                    )
    return sorted(found, key=lambda q: q.span.start)


def _heads(view: str) -> list[int]:
    """Where a head cell naming a unit ends, in order: a bracket's close, or a counted noun's."""
    places = []
    for m in _CLOSE.finditer(view):
        head = _UNIT.search(view, max(0, m.start() - _REACH), m.end())
        unit = BY_WRITTEN.get(head["unit"]) if head else None
        if unit is not None and unit.unit not in ("年", "%"):
            places.append(m.start())
    if "数" in view:
        places += [m.start() for m in _COUNTED.finditer(view)]
        places.sort()
    return places


def _unit_of(cell: str) -> tuple[Unit, str] | None:
    """The unit a head cell names in its brackets, and its 万 or 亿; or the noun it counts."""
    m = _UNIT.search(cell)
    if m is None and (noun := _COUNTED_END.search(cell)) is not None:
        return BY_WRITTEN[COUNTED_HEADS[noun[0]]], ""
    unit = BY_WRITTEN.get(m["unit"]) if m else None
    if m is None or unit is None or unit.unit in ("年", "%"):
        return None
    return unit, m["mult"]

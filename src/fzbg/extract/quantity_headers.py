"""Bare figures under a unit header: ``（单位：件）`` above a table or a list.

A table copied as text often names its unit once, above it (``单位：万元``, or in brackets
at the end of the heading line), and gives every figure bare: ``行政复议案件 45 52``.
:func:`headed_quantities` reads each bare figure of the rows below such a header as a
quantity of that unit, up to where the table ends (the first line after its rows that
holds no bare figure).
"""

from __future__ import annotations

import re

from fzbg.genre.numerals import arabic_value
from fzbg.genre.units import BY_WRITTEN, UNIT_HEADER
from fzbg.model import Approx, Quantity, Span

__all__ = ["headed_quantities"]

# A cell that is a bare figure: a number alone between cell borders (spaces, tabs, |) or
# the line's ends, or after a label's colon (行政复议案件：45, a list written as a form).
# Not +7 (a change), 2023年 or 15.6% (their own units), nor 1.2.3.
_BARE = re.compile(
    r"(?:^|(?<=[ \t|:]))([0-9]+(?:\.[0-9]+)?)(?=[ \t|]*$|[ \t|])(?![ \t]*[年月日])",
    re.MULTILINE,
)
# A row's serial number: a figure first on its line, with words after it (1 行政复议 45).
_SERIAL = re.compile(r"[ \t|]*[0-9]+[ \t|]+[^\s|0-9]")
_LINE = re.compile(r"[^\n]*")
# Lines between the header and the first row: the column heads (项目 2022年 2023年), a
# Markdown rule (|---|---|).
_HEAD_ROWS = 3
_MAX_ROWS = 200  # a table longer than this is no table a report gives in text
# Units a bare figure never stands in: a year names itself; a share is written with %.
_NOT_HEADERS = frozenset(("年", "%"))


def headed_quantities(text: str, view: str) -> list[Quantity]:
    r"""The bare figures of the rows below each unit header of ``view``, in text order.

    Example:
        >>> from fzbg.text.normalize import fold
        >>> text = "（单位：件）\n项目 2022年 2023年\n行政复议 45 52\n\n正文12。"
        >>> [(q.text, q.unit) for q in headed_quantities(text, fold(text))]
        [('45', '件'), ('52', '件')]

    """
    found: list[Quantity] = []
    for m in UNIT_HEADER.finditer(view):
        unit = BY_WRITTEN.get(m["unit"])
        if unit is None or unit.unit in _NOT_HEADERS:
            continue
        before = view[view.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip(" \t")
        if before and before[-1] != "(":
            continue  # 单位 inside a sentence, not a header of its own nor in a bracket
        for start, digits in _rows(view, m.end()):
            value = arabic_value(digits, m["mult"] or None)
            if value is not None:
                end = start + len(digits)
                found.append(
                    Quantity(value, unit.unit, Approx.EXACT, text[start:end], Span(start, end))
                )
    return found


def _rows(view: str, at: int) -> list[tuple[int, str]]:
    """The bare figures of the table's rows after the header line ending at ``at``."""
    out: list[tuple[int, str]] = []
    heads = rows = 0
    pos = at + 1
    while pos < len(view) and rows < _MAX_ROWS:
        line = _LINE.match(view, pos)
        assert line is not None  # matches empty
        end = line.end()
        if not view[pos:end].strip():
            break  # a blank line ends the table
        cells = [(c.start(1), c[1]) for c in _BARE.finditer(view, pos, end)]
        if cells and _SERIAL.match(view, pos, end):
            del cells[0]
        if cells:
            out.extend(cells)
            rows += 1
        elif rows or (heads := heads + 1) > _HEAD_ROWS:
            break  # the first line after the rows, or no rows under the heads
        pos = end + 1
    return out

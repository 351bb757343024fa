"""Figures a hard wrap split from their unit: ``受理行政复议案件12`` / ``件，均已审结``.

Text taken from a PDF or a Word file keeps the line breaks of its printed lines, and
where the layout stage cannot tell such a break from a paragraph's end (lines of uneven
width), one may fall between a number and its unit.  :func:`unwrapped` gives the
quantity scan a view with each such break read as a space, as a copy's stray space
before a unit is (``118 项``); the quantity's text keeps the break, as written.

A break is read so only after a digit or a multiplier or qualifier written after one
(``2.3`` / ``万份``, ``120余`` / ``场次``) and before a unit's first character, and the
figure it makes must end its clause (:func:`whole_clauses`): a table's row that ends on a
figure, above a row whose name opens with such a character (``行政复议 12`` / ``人民调解
30``), makes none.
"""

from __future__ import annotations

import bisect
import re

from fzbg.extract.quantity_patterns import _SPACE, _UNIT_FIRST
from fzbg.model import Quantity

__all__ = ["unwrapped", "whole_clauses"]

# A line break before a unit's first character, a multiplier or 余/多; what stands before
# it is checked apart.
_BREAK = re.compile(rf"\n(?=[{re.escape(_UNIT_FIRST)}万亿千余多])")
# What the line before must end with: a digit, or 万, 亿, 千, 余, 多 written after a number.
_NUMBER_END = frozenset("0123456789万亿千余多")
# What may stand after a figure a break split for it to be one: the clause ends there.
_CLAUSE_END = re.compile(rf"$|[{_SPACE},，。.;；:：、)）]")


def unwrapped(view: str) -> tuple[str, tuple[int, ...]]:
    r"""``view`` with each break between a number and its unit as a space, and where they were.

    Args:
        view: The folded view of a text.

    Returns:
        The view, of the same length, and the offsets of the breaks read as spaces.

    Example:
        >>> unwrapped("受理行政复议案件12\n件，审结11件。\n一、")
        ('受理行政复议案件12 件，审结11件。\n一、', (10,))

    """
    breaks = tuple(
        m.start() for m in _BREAK.finditer(view) if m.start() and view[m.start() - 1] in _NUMBER_END
    )
    if not breaks:
        return view, ()
    chars = list(view)
    for at in breaks:
        chars[at] = " "
    return "".join(chars), breaks


def whole_clauses(view: str, found: list[Quantity], breaks: tuple[int, ...]) -> list[Quantity]:
    r"""The quantities of ``found`` that span none of ``breaks``, or end their clause.

    >>> from fzbg import extract_quantities
    >>> [q.text for q in extract_quantities("行政复议 12\n人民调解 30\n")]
    []
    """
    kept = []
    for quantity in found:
        start, end = quantity.span.start, quantity.span.end
        i = bisect.bisect_right(breaks, start)  # the first break after the quantity's start
        if i == len(breaks) or breaks[i] >= end or _CLAUSE_END.match(view, end):
            kept.append(quantity)
    return kept

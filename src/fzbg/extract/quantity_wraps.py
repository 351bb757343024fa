"""Figures a hard wrap split from their unit: ``受理行政复议案件12`` / ``件，均已审结``.

Text taken from a PDF or a Word file keeps the line breaks of its printed lines, and
where the layout stage cannot tell such a break from a paragraph's end (lines of uneven
width), one may fall between a number and its unit.  :func:`unwrapped` gives the
quantity scan a view with each such break read as a space, as a copy's stray space
before a unit is (``118 项``); the quantity's text keeps the break, as written.

A break is read so only after a digit or a multiplier or qualifier written after one
(``2.3`` / ``万份``, ``120余`` / ``场次``) and before a unit's first character, and the
figure it makes must end its clause, or stand glued to the words of a long line
(:func:`whole_clauses`): a table's row that ends on a figure, above a row whose name opens
with such a character (``行政复议 12`` / ``人民调解 30``), makes none.  A break inside a
number (``具体举措1`` / ``5项``) is read across by :func:`rejoined`, on the same terms.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from fzbg.extract.quantity_patterns import _SPACE, _UNIT_FIRST
from fzbg.model import Quantity, Span

__all__ = ["rejoined", "unwrapped", "whole_clauses"]

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
        if (
            i == len(breaks)
            or breaks[i] >= end
            or _CLAUSE_END.match(view, end)
            or _in_prose(view, start)  # 累计开展16 / 场法治宣传活动: a wrapped sentence's
        ):
            kept.append(quantity)
    return kept


def _in_prose(view: str, start: int) -> bool:
    """Whether the figure at ``start`` is glued to the words of a long line before it.

    A table's cell stands apart from its row's name, on a short line (行政复议 12).
    """
    if start < _WRAPPED_LINE or view[start - 1] in _APART:
        return False
    line_start = view.rfind("\n", 0, start) + 1
    return start - line_start >= _WRAPPED_LINE


_APART = frozenset(" \t|\n")


# The digits a break cut off a figure's start (具体举措1 / 5项): glued to the words before
# them (a table's cell stands apart), on a line long enough to have been wrapped.
_CUT_DIGITS = re.compile(r"(?<![0-9.,%\s|])(?<=.)[0-9]{1,6}\n")
_WRAPPED_LINE = 8  # the fewest characters before the cut digits on a wrapped line


def rejoined(
    text: str,
    view: str,
    found: list[Quantity],
    read: Callable[[str], Sequence[Quantity]],
) -> list[Quantity]:
    r"""``found``, each figure a hard wrap cut inside its number read whole.

    ``read`` reads the figure's digits rejoined (``extract_quantities``).  The quantity's
    text keeps the break, as written.

    >>> from fzbg import extract_quantities
    >>> [(q.text, int(q.value)) for q in extract_quantities("推出具体举措和工作办法1\n5项。")]
    [('1\n5项', 15)]
    """
    out = found
    for k, q in enumerate(found):
        start = q.span.start
        if start < 2 or view[start - 1] != "\n" or view[start - 2] not in _DIGIT:
            continue  # nearly every figure: one look at the character before it
        cut = _cut_digits(view, start)
        if cut is None or view[start] not in _DIGIT or (k and out[k - 1].span.end > cut):
            continue  # no cut digits, or a figure of their own
        whole = read(view[cut : start - 1] + view[start : q.span.end])
        if len(whole) != 1 or whole[0].text != view[cut : start - 1] + view[start : q.span.end]:
            continue
        if out is found:
            out = list(found)
        out[k] = Quantity(
            whole[0].value, q.unit, q.approx, text[cut : q.span.end], Span(cut, q.span.end)
        )
    return out


_DIGIT = frozenset("0123456789")


def _cut_digits(view: str, start: int) -> int | None:
    """Where the digits that end the line before ``start`` start, if a wrap cut them off."""
    line_start = view.rfind("\n", 0, start - 1) + 1
    low = max(line_start, start - 8)
    for m in _CUT_DIGITS.finditer(view, low, start):
        if m.end() == start and m.start() - line_start >= _WRAPPED_LINE:
            return m.start()
    return None

"""A range of counts: one quantity for the range, its upper end, approx UNDER.

``3—5天``, ``3至5个工作日``, ``10-15人``, ``5~8家``, ``三至五次``, ``百分之八十至九十``:
the ends share one unit, written after the upper end.  The quantity scan reads neither
end (a number before a dash is no count, and the end of a range is not read alone), so
the range is read here, as written from its lower end through its unit: its value is
the upper end and its approx :attr:`~fzbg.model.Approx.UNDER` (no more than it, as
``以内`` says); ``1万至2万元`` is one too.  Ends written each with its unit (``5%-10%``)
are two quantities, read by the scan.  A range of years (``2021-2025年``), of months of a year
(``3-5月``), of clauses (``第3-5条``) or a phone number (``0571-8888``) is no range of
counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from fzbg.genre.numerals import arabic_value, chinese_value
from fzbg.model import Approx, Quantity, Span

__all__ = ["with_ranges"]

_CN = "零〇一二两三四五六七八九十百千"
# A lower end, its dash or 至, and where the upper end starts: in Arabic digits (not after
# a digit, a letter, a dot or 第), or in Chinese numerals; or a percentage in words.  Tried
# only a little before each dash or 至 that stands between numbers (_joins).
_RANGE = re.compile(
    r"(?<![0-9A-Za-z_.第/:-])(?P<low>[1-9][0-9]{0,3})(?P<mult>[万亿]?)[余多]?"  # 10余至20人
    r"[ ]?[-~—–至到][ ]?(?=[1-9])"
    rf"|(?<![{_CN}第之])(?P<cn_low>[{_CN}]{{1,4}})[ ]?[-~—–至到][ ]?(?=[{_CN}])"
    r"|百分之(?P<pct_low>[" + _CN + r"]{1,4})[至到](?P<pct_high>[" + _CN + r"]{1,4})(?!分之)"
)
# What stands right before a dash or 至 that joins two numbers, and right after it: the
# places are found by str.find, one scan a joining character, far cheaper than a pattern's.
_JOIN_CHARS = "-~—–至到"
_BEFORE = frozenset("0123456789一二两三四五六七八九十万亿余多 ")
_AFTER = frozenset("123456789一二两三四五六七八九十百 ")
_BACK = 8  # how far before its dash a range may open: 百分之八十至
_BOUNDED = (Approx.EXACT, Approx.UNDER)
_REACH = 16  # how far past the dash a range's upper end and its unit may reach


def with_ranges(
    text: str,
    view: str,
    found: Sequence[Quantity],
    read: Callable[[str], Sequence[Quantity]],
) -> Sequence[Quantity]:
    """``found`` and the ranges of counts in ``view``, which replace what they cover.

    ``read`` reads the quantities of a short text (the upper end and its unit).
    """
    joins = _joins(view)
    if not joins:
        return found
    ranges: list[Quantity] = []
    for at in joins:
        if ranges and at < ranges[-1].span.end:
            continue  # the dash of a range read already
        m = _RANGE.search(view, max(0, at - _BACK), at + _BACK)  # no further: it ends by then
        if m is not None and m.start() <= at < m.end() and (q := _range(text, m, read)):
            ranges.append(q)
    if not ranges:
        return found
    covered = [(q.span.start, q.span.end) for q in ranges]
    kept = [q for q in found if not any(s < q.span.end and q.span.start < e for s, e in covered)]
    return sorted([*kept, *ranges], key=lambda q: q.span.start)


def _joins(view: str) -> list[int]:
    """Where a dash or 至 stands between what may end and open numbers, in order."""
    places = []
    for char in _JOIN_CHARS:
        at = view.find(char, 1)
        while at >= 0:
            if view[at - 1] in _BEFORE and view[at + 1 : at + 2] in _AFTER:
                places.append(at)
            at = view.find(char, at + 1)
    return sorted(places)


def _range(
    text: str, m: re.Match[str], read: Callable[[str], Sequence[Quantity]]
) -> Quantity | None:
    """The range ``m`` opens, if its ends count up and the upper end has its unit."""
    if m["pct_low"] is not None:  # 百分之八十至九十: the unit before the lower end
        low, high = chinese_value(m["pct_low"]), chinese_value(m["pct_high"].removeprefix("百分之"))
        if low is None or high is None or not low < high:
            return None
        return Quantity(high, "%", Approx.UNDER, text[m.start() : m.end()], Span(*m.span()))
    low = arabic_value(m["low"], m["mult"] or None) if m["low"] else chinese_value(m["cn_low"])
    at = m.end()
    ends = read(text[at : at + _REACH])
    if low is None or not ends or ends[0].span.start != 0:
        return None
    upper = ends[0]
    if not low < upper.value or upper.unit == "年":
        return None
    # 3-5天以内 is no more than 5 too; 3-5天以上 says both more and less: about
    approx = Approx.UNDER if upper.approx in _BOUNDED else Approx.ABOUT
    end = at + upper.span.end
    return Quantity(upper.value, upper.unit, approx, text[m.start() : end], Span(m.start(), end))

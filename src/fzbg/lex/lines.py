"""Lines and enumeration markers: the flat token stream the structure is built from.

Every pattern runs on the folded matching view (:func:`fzbg.text.normalize.fold`), whose
offsets are offsets into the report text.  A marker is a :class:`Style` plus the
ordinal it stands for; styles are ranked, higher levels first, the way the genre nests
them: ``一、`` › ``(一)`` › ``1、`` › ``(1)`` › ``①`` › ``一是``.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator

import attrs
import regex

from fzbg.lex.strays import restyle_strays
from fzbg.lex.styles import (
    AR_DUN_AT,
    BARE_PAREN,
    LINE_MARKER_SOURCE,
    LOST_FIRST,
    OPENERS,
    READ,
    RUN_IN,
    RUN_ON,
    SHI_YAO,
    STOP_DIGIT,
    STOPS,
    Style,
)
from fzbg.text.normalize import may_be_astral

__all__ = ["RUN_ON", "Line", "Marker", "Style", "lex", "lost_at", "lost_first", "run_in_markers"]


# Markers and lines are made by the hundred per report and never changed: plain slotted
# classes, since a frozen attrs class takes twice as long to make.
@attrs.define
class Marker:
    """An enumeration marker found in the text."""

    style: Style
    ordinal: int | None
    """The number it stands for; None for a marker that lost its number."""
    start: int
    end: int
    """Offsets of the marker itself (``(一)``), not of what follows it."""

    @property
    def broken(self) -> bool:
        """True for a marker whose number was lost (``)以政治建设为统领``)."""
        return self.ordinal is None


@attrs.define
class Line:
    """A non-blank line, trimmed of indentation and trailing space."""

    start: int
    end: int
    marker: Marker | None
    """The marker the line opens with, if any."""


# ``ASTRAL`` stands where a lookahead rejects characters; see _LINE_MARKER_FAST.
_LINE_MARKER = regex.compile(LINE_MARKER_SOURCE.replace("ASTRAL", ""), regex.VERBOSE)
# The same on stdlib re, which matches it in half the time, but whose \d (Python's
# Unicode) lacks some digits past the BMP that regex knows, and whose \s adds \x1c-\x1f.
# Its lookaheads also reject every character past the BMP: where it finds none, or one
# that such a character follows, regex decides.
_LINE_MARKER_FAST = re.compile(
    LINE_MARKER_SOURCE.replace("ASTRAL", "\U00010000-\U0010ffff"), re.VERBOSE
)
# Looked up once per style: on Python 3.11 every Style.X costs a descriptor call, too
# slow to repeat per marker.
_READ = READ
_START = operator.attrgetter("start")
_RUN_IN = RUN_IN
# No literal opens _RUN_IN[AR_DUN], so regex tries its lookbehind at every position.
# _ar_dun_points finds the stops first instead (STOP_DIGIT); the point itself is matched
# only there.
_AR_DUN_AT = AR_DUN_AT
# Where a count of 一要 points may stand, SHI_YAO scans for them: a literal search first
# (re's is faster than str's ``in`` on such a text); 二 要 with a space OCR read inside.
_YAO = re.compile("二 ?要")

# A line from its first to its last character that is not indentation ([ \t\u3000]);
# a line of nothing else has none.  A plain class: stdlib ``re`` is faster than ``regex``.
_LINE = re.compile("[^\n \t\u3000](?:[^\n]*[^\n \t\u3000])?")
# What a line must open with to open with a marker; other lines are not tried.  Any
# digit can open one too: str.isdecimal, or past the BMP, where ``regex`` knows digits of
# a later Unicode version than Python does.
_MARKER_OPENERS = OPENERS


# The style each of _LINE_MARKER's groups stands for and how its numeral reads, by group
# number; None for BROKEN.
_GROUPS = {
    index: None if name == "BROKEN" else (Style[name], _READ[Style[name]])
    for name, index in _LINE_MARKER.groupindex.items()
}


# A short line is read once per wording (per call of lex): marker-dense text repeats the
# same few lines ("一、", "(一)") by the hundred thousand; a line of words is read where
# it stands.
_SHORT = 12
_Shape = tuple[Style, int | None, int]
_UNSEEN: _Shape = (Style.PART, None, -1)  # a line not read before


def _marker_at(view: str, pos: int, end: int, astral: bool) -> Marker | None:
    m: re.Match[str] | regex.Match[str] | None = _LINE_MARKER_FAST.match(view, pos, end)
    # A lookahead of the fast pattern that met a character past the BMP (一 .😀) may have
    # turned it to a shorter branch: in a view that may hold one, regex decides.
    if m is None or (astral and max(view[m.end() : m.end() + 3], default="") > "\uffff"):
        m = _LINE_MARKER.match(view, pos, end)
    if m is None:
        return None
    index = m.lastindex  # one group per branch, none nested: the branch that matched
    assert index is not None
    group = _GROUPS[index]
    if group is None:
        return Marker(Style.CN_PAREN, None, pos, m.end())
    style, read = group
    ordinal = read(m[index])
    if ordinal is None:
        return None
    return Marker(style, ordinal, pos, m.end())


def lex(view: str, start: int = 0, end: int | None = None) -> tuple[Line, ...]:
    r"""Split the matching view into non-blank lines and read the marker each opens with.

    >>> [(v[l.start:l.end], l.marker.style.name if l.marker else None)
    ...  for v in ["一、工作情况\n  (一)加强领导\n正文。"] for l in lex(v)]
    [('一、工作情况', 'CN_DUN'), ('(一)加强领导', 'CN_PAREN'), ('正文。', None)]
    """
    end = len(view) if end is None else end
    lines: list[Line] = []
    shapes: dict[str, _Shape | None] = {}
    astral = may_be_astral(view)
    # Names looked up once, not per line: a report has lines by the hundred thousand.
    add, openers, unseen, new_line, new_marker = (
        lines.append,
        _MARKER_OPENERS,
        _UNSEEN,
        Line,
        Marker,
    )
    blocks = False  # whether a line opens with 【
    for m in _LINE.finditer(view, start, end):
        s, e = m.span()
        first = view[s]
        marker = None
        if first in openers or first.isdecimal() or first > "\uffff":
            blocks = blocks or first == "【"
            line = view[s:e] if e - s <= _SHORT else None
            if line is None or (shape := shapes.get(line, unseen)) is unseen:
                marker = _marker_at(view, s, e, astral)
                if line is not None:
                    shapes[line] = (
                        (marker.style, marker.ordinal, marker.end - s) if marker else None
                    )
            elif shape is not None:
                marker = new_marker(shape[0], shape[1], s, s + shape[2])
        add(new_line(s, e, marker))
    if blocks:  # a copy's block markers: some may be strays among (一) points
        restyle_strays(lines)
    return tuple(lines)


def run_in_markers(view: str, style: Style, start: int, end: int) -> Iterator[Marker]:
    """Markers of ``style`` run into the text between ``start`` and ``end``, in order."""
    if style is Style.AR_DUN:
        matches = _ar_dun_points(view, start, end)
    elif style is Style.SHI and _YAO.search(view, start, end):  # 一要……;二要……
        matches = SHI_YAO.finditer(view, start, end)
    elif (pattern := _RUN_IN.get(style)) is not None:
        matches = pattern.finditer(view, start, end)
    else:
        return
    if style is Style.AR_PAREN and (bare := _bare_parens(view, start, end)):
        yield from sorted([*_markers(matches, style), *bare], key=_START)  # 1)……;2)……
    else:
        yield from _markers(matches, style)


def _markers(matches: Iterator[regex.Match[str]], style: Style) -> Iterator[Marker]:
    """The markers of ``style`` that ``matches`` found, those whose numeral reads."""
    read = _READ[style]
    for m in matches:
        if (ordinal := read(m[1])) is not None:  # the numeral, group n: the only group
            yield Marker(style, ordinal, *m.span())


def _bare_parens(view: str, start: int, end: int) -> list[Marker]:
    """The ``1)`` points, their ``(`` left out, after a stop in ``start..end``."""
    found = []
    for at in _stop_digits(view, start, end):
        before = view[at - 1]
        if (before in STOPS or (before == " " and view[at - 2] in STOPS)) and (
            m := BARE_PAREN.match(view, at)
        ):
            found.append(Marker(Style.AR_PAREN, int(m[1]), at, m.end()))
    return found


def lost_first(view: str, style: Style, start: int, end: int) -> Marker | None:
    """The remains of a first ``style`` point that lost its numeral, last in ``start..end``.

    Its ordinal is 1 where the numeral is left (``一)``, ``(一``: a bracket lost), else None.

    >>> m = lost_first("下一步:)强化领导;(二)深化改革", Style.CN_PAREN, 0, 13)
    >>> m.start, m.end, m.ordinal
    (4, 5, None)
    """
    pattern = LOST_FIRST.get(style)
    found = None
    for match in pattern.finditer(view, start, end) if pattern else ():
        found = match  # the last: the one nearest the second point
    return None if found is None else _lost(style, found)


def lost_at(view: str, style: Style, pos: int) -> Marker | None:
    """The remains of a first ``style`` point that lost its numeral, right at ``pos``."""
    pattern = LOST_FIRST.get(style)
    found = pattern.match(view, pos) if pattern else None
    return None if found is None else _lost(style, found)


def _lost(style: Style, found: regex.Match[str]) -> Marker:
    """The marker the remains make: ordinal 1 where the numeral is left (``一)``, ``(1``)."""
    remains = found.group()
    return Marker(style, 1 if "一" in remains or "1" in remains else None, *found.span())


def _ar_dun_points(view: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """What ``_RUN_IN[Style.AR_DUN].finditer(view, start, end)`` finds, stops first.

    A point holds no stop, so no point can hide the stop of the next one: every stop
    before a digit is a place to try, and the points found there are the same.
    """
    for at in _stop_digits(view, start, end):
        if m := _AR_DUN_AT.match(view, at, end):
            yield m


# The last scan's view, bounds and places: the 1、 and the 1) points of a view are found
# at the same places, so the view is scanned for them once.
_LAST_SCAN: list[tuple[str, int, int, list[int]]] = []


def _stop_digits(view: str, start: int, end: int) -> list[int]:
    """Where a digit stands after a stop (or a first point's 1 after its lead), in order."""
    if _LAST_SCAN and (last := _LAST_SCAN[0])[0] is view and last[1:3] == (start, end):
        return last[3]
    # The lookbehind sees a stop and a space before ``start``; so does the scan.
    low = max(0, start - 2)
    places = {m.end() - 1 for scan in STOP_DIGIT for m in scan.finditer(view, low, end)}
    found = sorted(at for at in places if at >= start)
    _LAST_SCAN[:] = [(view, start, end, found)]
    return found

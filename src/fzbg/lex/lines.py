"""Lines and enumeration markers: the flat token stream the structure is built from.

Every pattern runs on the folded matching view (:func:`fzbg.text.normalize.fold`), whose
offsets are offsets into the report text.  A marker is a :class:`Style` plus the
ordinal it stands for; styles are ranked, higher levels first, the way the genre nests
them: ``一、`` › ``(一)`` › ``1、`` › ``(1)`` › ``①`` › ``一是``.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Callable, Iterator

import attrs
import regex

__all__ = ["RUN_ON", "Line", "Marker", "Style", "cn_ordinal", "lex", "run_in_markers"]


class Style(enum.IntEnum):
    """Enumeration styles, ranked: a lower value is a higher level."""

    PART = 1
    """``第一部分``: the parts a long report is cut into, above its ``一、``."""
    CN_DUN = 2
    """``一、`` (also ``一,、`` with a converter's stray comma, ``一．``)."""
    DI = 3
    """``第一,`` ``第一、``."""
    CN_PAREN = 4
    """``(一)`` / ``（一）``, maybe with a stray ``、`` after it or without its ``(``; also a
    lone ``)`` that lost its opening bracket and number."""
    AR_DUN = 5
    """``1、`` ``1.`` ``1．``."""
    AR_PAREN = 6
    """``(1)`` / ``（1）`` / ``1)``, maybe with a stray ``、`` after it."""
    CIRCLED = 7
    """``①``."""
    SHI = 8
    """``一是`` — a point run into the sentence."""


RUN_ON = frozenset({Style.SHI, Style.DI})
"""Styles whose points are sentences run together, even when the first opens a line
(``一是……;二是……``, ``第一,……。第二,……``): a semicolon ends their lead phrase."""


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


_CN = "一二三四五六七八九十"
_CN_VALUE = {c: i for i, c in enumerate(_CN[:9], start=1)}


def cn_ordinal(numeral: str) -> int | None:
    """The value of a small Chinese numeral as used in markers (一 … 九十九).

    Markers are ordinals, not quantities, so this stays out of cn2an's way.

    >>> [cn_ordinal(s) for s in ("一", "十", "十二", "二十", "三十四", "两")]
    [1, 10, 12, 20, 34, None]
    """
    if not numeral or any(c not in _CN for c in numeral):
        return None
    if "十" not in numeral:
        return _CN_VALUE[numeral] if len(numeral) == 1 else None
    tens, _, units = numeral.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    return _CN_VALUE.get(tens, 1) * 10 + _CN_VALUE.get(units, 0)


# Every numeral a marker's pattern admits ([一二…十]{1,3}), read once.
_CN_ORDINALS = {
    "".join(digits): cn_ordinal("".join(digits))
    for size in (1, 2, 3)
    for digits in itertools.product(_CN, repeat=size)
}


def _read_cn(numeral: str) -> int | None:
    return _CN_ORDINALS[numeral] if numeral in _CN_ORDINALS else cn_ordinal(numeral)


def _read_arabic(numeral: str) -> int | None:
    # ``regex`` knows digits of a later Unicode than Python (U+10D40): int() rejects them.
    return int(numeral) if numeral.isdecimal() else None


def _read_circled(numeral: str) -> int:
    return ord(numeral) - ord("①") + 1


# How the numeral of each style reads as an ordinal.  Looked up once per style: on
# Python 3.11 every Style.X costs a descriptor call, too slow to repeat per marker.
_READ: dict[Style, Callable[[str], int | None]] = {
    **dict.fromkeys(Style, _read_cn),
    Style.AR_DUN: _read_arabic,
    Style.AR_PAREN: _read_arabic,
    Style.CIRCLED: _read_circled,
}


# A marker at the start of a line (after indentation), on the folded view.  ``ASTRAL``
# stands where a lookahead rejects characters; see _LINE_MARKER_FAST.
_LINE_MARKER_SOURCE = r"""
    (?: (?P<CN_DUN>[一二三四五六七八九十]{1,3}) [ ]? ,? [ ]? (?:、|\.(?![\dASTRAL]))
          # 一、  一．  and 一,、 where a converter left a stray comma
      | 第(?P<PART>[一二三四五六七八九十]{1,3})部分
          # 第一部分
      | 第(?P<DI>[一二三四五六七八九十]{1,3})[,、:]
          # 第一,
      | \(?[ ]?(?P<CN_PAREN>[一二三四五六七八九十]{1,3})[ ]?\)(?:[ ]?、)?
          # (一)  （一） after folding, (一)、 with a stray 、, 一) that lost its (
      | \(?[ ]?(?P<AR_PAREN>\d{1,2})[ ]?\)(?:[ ]?、)?
          # (1)  (1)、  1)
      | (?P<AR_DUN>\d{1,2})[ ]?(?:、|\.(?![\d.ASTRAL]))
          # 1、 1.  but not 1.2万 or 12.4宪法日
      | (?P<CIRCLED>[①-⑳])
      | (?P<SHI>[一二三四五六七八九十]{1,3})是
          # 一是 opening a paragraph
      | (?P<BROKEN>\))(?=[^\s\d)ASTRAL])
          # )以政治建设为统领: the opening bracket and number were lost
    )
    """
_LINE_MARKER = regex.compile(_LINE_MARKER_SOURCE.replace("ASTRAL", ""), regex.VERBOSE)
# The same on stdlib re, which matches it in half the time, but whose \d (Python's
# Unicode) lacks some digits past the BMP that regex knows, and whose \s adds \x1c-\x1f.
# Its lookaheads also reject every character past the BMP, so wherever it finds a marker
# regex finds the same one (the pattern can match only one way at a position); where it
# finds none, regex decides.
_LINE_MARKER_FAST = re.compile(
    _LINE_MARKER_SOURCE.replace("ASTRAL", "\U00010000-\U0010ffff"), re.VERBOSE
)

# Markers run into a paragraph.  A point starts after sentence punctuation (or a comma
# for 一是, which the genre also writes as "……,二是……").
_STOPS = "。;:"
_AFTER_STOP = rf"(?<=[{_STOPS}][ ]?)"
_AR_DUN_POINT = r"(?P<n>\d{1,2})[ ]?(?:、|\.(?![\d.]))"
_RUN_IN = {
    Style.SHI: regex.compile(r"(?:(?<=[。;:,、!?\s])|^)(?P<n>[一二三四五六七八九十]{1,3})是"),
    Style.DI: regex.compile(r"(?:(?<=[。;:!?\s])|^)第(?P<n>[一二三四五六七八九十]{1,3})[,、:]"),
    Style.AR_DUN: regex.compile(_AFTER_STOP + _AR_DUN_POINT),
    Style.CN_PAREN: regex.compile(_AFTER_STOP + r"\((?P<n>[一二三四五六七八九十]{1,3})\)"),
    Style.AR_PAREN: regex.compile(_AFTER_STOP + r"\((?P<n>\d{1,2})\)"),
    Style.CIRCLED: regex.compile(_AFTER_STOP + r"(?P<n>[①-⑳])"),
}
# No literal opens _RUN_IN[AR_DUN], so regex tries its lookbehind at every position.
# _ar_dun_points finds the stops first instead, with one stdlib re literal scan for each:
# a stop, maybe a space, then a digit (or anything past the BMP, where regex knows more
# digits than Python); the point itself is matched only there.
_AR_DUN_AT = regex.compile(_AR_DUN_POINT)
_STOP_DIGIT = tuple(re.compile(f"{stop} ?[\\d\U00010000-\U0010ffff]") for stop in _STOPS)

# A line from its first to its last character that is not indentation ([ \t\u3000]);
# a line of nothing else has none.  A plain class: stdlib ``re`` is faster than ``regex``.
_LINE = re.compile("[^\n \t\u3000](?:[^\n]*[^\n \t\u3000])?")
# What a line must open with to open with a marker; other lines are not tried.  Any
# digit can open one too: str.isdecimal, or past the BMP, where ``regex`` knows digits of
# a later Unicode version than Python does.
_MARKER_OPENERS = frozenset("一二三四五六七八九十第()①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳0123456789")


# The style each of _LINE_MARKER's groups stands for and how its numeral reads, by group
# number; None for BROKEN.
_GROUPS = {
    index: None if name == "BROKEN" else (Style[name], _READ[Style[name]])
    for name, index in _LINE_MARKER.groupindex.items()
}


def _marker_at(view: str, pos: int, end: int) -> Marker | None:
    m = _LINE_MARKER_FAST.match(view, pos, end) or _LINE_MARKER.match(view, pos, end)
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
    for m in _LINE.finditer(view, start, end):
        s, e = m.span()
        first = view[s]
        opens = first in _MARKER_OPENERS or first.isdecimal() or first > "\uffff"
        lines.append(Line(s, e, _marker_at(view, s, e) if opens else None))
    return tuple(lines)


def run_in_markers(view: str, style: Style, start: int, end: int) -> Iterator[Marker]:
    """Markers of ``style`` run into the text between ``start`` and ``end``, in order."""
    if style is Style.AR_DUN:
        matches = _ar_dun_points(view, start, end)
    elif (pattern := _RUN_IN.get(style)) is not None:
        matches = pattern.finditer(view, start, end)
    else:
        return
    read = _READ[style]
    for m in matches:
        ordinal = read(m[1])  # the numeral, group n: the pattern's only group
        if ordinal is not None:
            yield Marker(style, ordinal, *m.span())


def _ar_dun_points(view: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """What ``_RUN_IN[Style.AR_DUN].finditer(view, start, end)`` finds, stops first.

    A point holds no stop, so no point can hide the stop of the next one: every stop
    before a digit is a place to try, and the points found there are the same.
    """
    # The lookbehind sees a stop and a space before ``start``; so does the scan.
    low = max(0, start - 2)
    places = {m.end() - 1 for scan in _STOP_DIGIT for m in scan.finditer(view, low, end)}
    for at in sorted(places):
        if at >= start and (m := _AR_DUN_AT.match(view, at, end)):
            yield m

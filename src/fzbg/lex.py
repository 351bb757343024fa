"""Lines and enumeration markers: the flat token stream the structure is built from.

Every pattern runs on the folded matching view (:func:`fzbg.normalize.fold`), whose
offsets are offsets into the report text.  A marker is a :class:`Style` plus the
ordinal it stands for; styles are ranked, higher levels first, the way the genre nests
them: ``一、`` › ``(一)`` › ``1、`` › ``(1)`` › ``①`` › ``一是``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs
import regex

__all__ = ["Line", "Marker", "Style", "cn_ordinal", "lex", "run_in_markers"]


class Style(enum.IntEnum):
    """Enumeration styles, ranked: a lower value is a higher level."""

    CN_DUN = 1
    """``一、`` (also ``一,、`` with a converter's stray comma, ``一．``)."""
    DI = 2
    """``第一部分``, ``第一,``."""
    CN_PAREN = 3
    """``(一)`` / ``（一）``; also a lone ``)`` that lost its opening bracket."""
    AR_DUN = 4
    """``1、`` ``1.`` ``1．``."""
    AR_PAREN = 5
    """``(1)`` / ``（1）``."""
    CIRCLED = 6
    """``①``."""
    SHI = 7
    """``一是`` — a point run into the sentence."""


@attrs.frozen
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


@attrs.frozen
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


def _ordinal(style: Style, numeral: str) -> int | None:
    if style in (Style.AR_DUN, Style.AR_PAREN):
        return int(numeral)
    if style is Style.CIRCLED:
        return ord(numeral) - ord("①") + 1
    return cn_ordinal(numeral)


# A marker at the start of a line (after indentation), on the folded view.
_LINE_MARKER = regex.compile(
    r"""
    (?: (?P<CN_DUN>[一二三四五六七八九十]{1,3}) [ ]? ,? [ ]? (?:、|\.(?!\d))
          # 一、  一．  and 一,、 where a converter left a stray comma
      | 第(?P<DI>[一二三四五六七八九十]{1,3})(?:部分|[,、:])
          # 第一部分  第一,
      | \([ ]?(?P<CN_PAREN>[一二三四五六七八九十]{1,3})[ ]?\)
          # (一)  （一） after folding
      | \([ ]?(?P<AR_PAREN>\d{1,2})[ ]?\)
          # (1)
      | (?P<AR_DUN>\d{1,2})[ ]?(?:、|\.(?![\d.]))
          # 1、 1.  but not 1.2万 or 12.4宪法日
      | (?P<CIRCLED>[①-⑳])
      | (?P<SHI>[一二三四五六七八九十]{1,3})是
          # 一是 opening a paragraph
      | (?P<BROKEN>\))(?=[^\s\d)])
          # )以政治建设为统领: the opening bracket and number were lost
    )
    """,
    regex.VERBOSE,
)

# Markers run into a paragraph.  A point starts after sentence punctuation (or a comma
# for 一是, which the genre also writes as "……,二是……").
_RUN_IN = {
    Style.SHI: regex.compile(r"(?:(?<=[。;:,、!?\s])|^)(?P<n>[一二三四五六七八九十]{1,3})是"),
    Style.AR_DUN: regex.compile(r"(?<=[。;:][ ]?)(?P<n>\d{1,2})[ ]?(?:、|\.(?![\d.]))"),
    Style.CN_PAREN: regex.compile(r"(?<=[。;:][ ]?)\((?P<n>[一二三四五六七八九十]{1,3})\)"),
    Style.AR_PAREN: regex.compile(r"(?<=[。;:][ ]?)\((?P<n>\d{1,2})\)"),
    Style.CIRCLED: regex.compile(r"(?<=[。;:][ ]?)(?P<n>[①-⑳])"),
}

_LINE = regex.compile(r"[^\n]+")
_SPACE = " \t\u3000"


def _marker_at(view: str, pos: int, end: int) -> Marker | None:
    m = _LINE_MARKER.match(view, pos, end)
    if m is None:
        return None
    name = m.lastgroup
    assert name is not None
    if name == "BROKEN":
        return Marker(Style.CN_PAREN, None, m.start(), m.end())
    style = Style[name]
    ordinal = _ordinal(style, m.group(name))
    if ordinal is None:
        return None
    return Marker(style, ordinal, m.start(), m.end())


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
        while s < e and view[s] in _SPACE:
            s += 1
        while e > s and view[e - 1] in _SPACE:
            e -= 1
        if s < e:
            lines.append(Line(s, e, _marker_at(view, s, e)))
    return tuple(lines)


def run_in_markers(view: str, style: Style, start: int, end: int) -> Iterator[Marker]:
    """Markers of ``style`` run into the text between ``start`` and ``end``, in order."""
    pattern = _RUN_IN.get(style)
    if pattern is None:
        return
    for m in pattern.finditer(view, start, end):
        ordinal = _ordinal(style, m.group("n"))
        if ordinal is not None:
            yield Marker(style, ordinal, m.start(), m.end())

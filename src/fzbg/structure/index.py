"""The one read-only index every structure pass reads: lines, markers, run-in points.

Made once per report by :meth:`LineIndex.of`; the passes (closing, headings, kinds,
hidden, items) look things up in it and never change it.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, compress
from typing import NamedTuple

import attrs
import regex

from fzbg.genre.markers import LAST
from fzbg.lex.lines import Line, Marker, run_in_markers
from fzbg.lex.styles import BY_STYLE, RUN_IN_ORDER, Style
from fzbg.model import Quantity, Span

__all__ = ["SPACE", "TITLE_END", "LineIndex", "Region", "bounds", "counting", "of_style", "trim"]

SPACE = " \t\u3000\n"
# A lead phrase ends at the first full stop or colon; a run-in point's also at a semicolon.
# Plain stdlib ``re``: it finds one of a class of a few characters faster than ``regex``,
# or than a str.find for each.
TITLE_END = {False: re.compile("[。:\n]"), True: re.compile("[。:;\n]")}


class Region(NamedTuple):
    """A stretch of the report: text offsets start..end, and its lines first..last."""

    start: int
    end: int
    first: int
    last: int


def bounds(text: str, start: int, end: int) -> tuple[int, int]:
    r"""``start, end`` moved in past surrounding white space.

    >>> bounds(" 一、 \n", 0, 5)
    (1, 3)
    """
    while end > start and text[end - 1] in SPACE:
        end -= 1
    while start < end and text[start] in SPACE:
        start += 1
    return start, end


def trim(text: str, start: int, end: int) -> Span:
    """The span ``start..end`` without the white space around it."""
    return Span(*bounds(text, start, end))


def of_style(style: Style, markers: Iterable[Marker]) -> list[Marker]:
    """The markers of one style."""
    return [m for m in markers if m.style is style]


def counting(markers: Iterable[Marker]) -> list[Marker]:
    """Keep the run-in markers that count up from one (一是, 二是, …).

    A count may restart at one; fewer than two markers is no enumeration.  A last point
    (最后, read as :data:`~fzbg.genre.markers.LAST`) takes the next number of its count.
    """
    out: list[Marker] = []
    for m in markers:
        expected = out[-1].ordinal + 1 if out and out[-1].ordinal else 1
        if m.ordinal == expected or (out and m.ordinal == 1):
            out.append(m)
        elif m.ordinal == LAST and out:
            out.append(Marker(m.style, expected, m.start, m.end))
    return out if len(out) >= 2 else []


def _plain(text: str) -> Callable[[int, int], str]:
    return lambda start, end: text[start:end]


@attrs.frozen
class LineIndex:
    """A report's lines with what the passes look up in them, made once.

    Regions nest, so the view is scanned once for every run-in marker and each region
    looks its own up, rather than every region scanning its text again.
    """

    text: str
    """The report text."""
    view: str
    """Its matching view, the same length."""
    lines: Sequence[Line]
    """The non-blank lines of ``view``."""
    written: Callable[[int, int], str]
    """``text[start:end]`` as the source wrote it, for titles and headings."""
    quantities: tuple[Quantity, ...]
    """The quantities of ``text`` in order, none overlapping another."""
    starts: list[int]
    """Each line's start; one more entry, ``len(text)``, past the last line."""
    markers: list[Marker | None]
    """The marker each line opens with."""
    quantity_starts: list[int]
    quantity_ends: list[int]
    run_in_starts: list[int]
    run_in_found: list[Marker]
    """Every run-in marker of the view, in order."""
    marked_lines: list[int]
    """The lines that open with a marker, in order."""
    marked: list[Marker]
    """Their markers: a region's are found without passing its unmarked lines."""
    marked_styles: list[Style]
    """Their markers' styles."""
    run_in_styles: dict[Style, tuple[list[int], list[Marker]]]
    """The run-in markers of each style found, in order, and where they start."""

    @classmethod
    def of(
        cls,
        text: str,
        view: str,
        lines: Sequence[Line],
        written: Callable[[int, int], str] | None = None,
        quantities: Sequence[Quantity] = (),
    ) -> LineIndex:
        """Index ``lines`` of ``view`` (``written`` defaults to plain slices of ``text``).

        >>> from fzbg.lex.lines import lex
        >>> index = LineIndex.of("一是学习;二是落实。", "一是学习;二是落实。", ())
        >>> [(m.style.name, m.ordinal) for m in index.run_in(0, 10)]
        [('SHI', 1), ('SHI', 2)]
        """
        styles = {
            style: list(run_in_markers(view, style, 0, len(view))) for style in _scanned(view)
        }
        each = [markers for markers in styles.values() if markers]
        # One style's markers are in order already; several are merged in order.
        found = each[0] if len(each) == 1 else sorted(chain.from_iterable(each), key=_START)
        starts = list(map(_START, lines))
        starts.append(len(text))
        markers = list(map(_MARKER, lines))
        marked: list[Marker] = list(filter(None, markers))  # a Marker is always true
        spans = list(map(_SPAN, quantities))
        return cls(
            text,
            view,
            lines,
            written or _plain(text),
            tuple(quantities),  # a tuple's slice is the tuple an item holds
            starts,
            markers,
            list(map(_START, spans)),
            list(map(_END, spans)),
            list(map(_START, found)),
            found,
            list(compress(range(len(markers)), markers)),
            marked,
            list(map(_STYLE, marked)),
            {style: (list(map(_START, ms)), ms) for style, ms in styles.items() if ms},
        )

    def run_in(self, start: int, end: int, style: Style | None = None) -> list[Marker]:
        """The run-in markers between ``start`` and ``end`` (of ``style`` only, if given)."""
        starts, found = self._run_in(style)
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        return [m for m in found[lo:hi] if m.end <= end]

    def has_run_in(self, start: int, end: int, style: Style | None = None) -> bool:
        """Whether a run-in marker (of ``style``, if given) starts in ``start..end``."""
        starts = self.run_in_starts if style is None else self.run_in_styles.get(style, _NONE)[0]
        lo = bisect_left(starts, start)
        return lo < len(starts) and starts[lo] < end

    def _run_in(self, style: Style | None) -> tuple[list[int], list[Marker]]:
        if style is None:
            return self.run_in_starts, self.run_in_found
        return self.run_in_styles.get(style, _NONE)

    def markers_in(self, first: int, last: int) -> list[Marker]:
        """The markers that open lines ``first..last``, in order."""
        lo = bisect_left(self.marked_lines, first)
        return self.marked[lo : bisect_left(self.marked_lines, last, lo)]

    def styles_in(self, first: int, last: int) -> list[Style]:
        """The styles of the markers that open lines ``first..last``, in order."""
        lo = bisect_left(self.marked_lines, first)
        return self.marked_styles[lo : bisect_left(self.marked_lines, last, lo)]

    def quantities_in(self, start: int, end: int) -> tuple[Quantity, ...]:
        """The quantities between ``start`` and ``end``, in order."""
        lo = bisect_left(self.quantity_starts, start)
        # Quantities do not overlap, so their ends are in order too, and one that ends by
        # ``end`` starts before it.
        return self.quantities[lo : bisect_right(self.quantity_ends, end, lo)]

    def words(self, i: int) -> str:
        """The words of line ``i``, on the view."""
        line = self.lines[i]
        return self.view[line.start : line.end]


_NONE: tuple[list[int], list[Marker]] = ([], [])
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_MARKER = operator.attrgetter("marker")
_SPAN = operator.attrgetter("span")
_STYLE = operator.attrgetter("style")


def _openers(first: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    """One pattern per first character of ``first`` (第, 其: 第一, 第二, 其一 …).

    A scan for a literal prefix is fast, and costs about the same for one character as
    for two; one for an alternation of prefixes is not.  On ``regex``, whose search for a
    literal prefix skips ahead faster than stdlib ``re``'s.
    """
    rests: dict[str, list[str]] = {}
    for literal in first:
        rests.setdefault(literal[:1], []).append(regex.escape(literal[1:]))
    return tuple(regex.compile(regex.escape(p) + f"(?:{'|'.join(r)})") for p, r in rests.items())


# Each style's count openers: one scan of the text per prefix, not one per literal.
_FIRST = {
    row.style: _openers(row.first) for row in map(BY_STYLE.__getitem__, RUN_IN_ORDER) if row.first
}


# A style's own test that a count can stand in the text (二、 after a stop), for ``regex``.
_GATE = {
    style: regex.compile(gate)
    for style in RUN_IN_ORDER
    if (gate := BY_STYLE[style].gate) is not None
}


# What each style's points hold (a character or a stop before them): a short report
# holds few of them, and a scan that cannot find a point is spared with ``in`` tests.
_HOLDS = {style: BY_STYLE[style].holds for style in RUN_IN_ORDER}


def _scanned(view: str) -> list[Style]:
    """The run-in styles worth a scan: those whose counts can open somewhere in ``view``."""
    return [
        style
        for style in RUN_IN_ORDER
        # the cheap ``in`` tests first: most texts hold no A or a to open lettered points
        if _holds_one(view, _HOLDS[style])
        and ((first := _FIRST.get(style)) is None or any(p.search(view) for p in first))
        and ((gate := _GATE.get(style)) is None or gate.search(view))
    ]


def _holds_one(view: str, chars: str) -> bool:
    """Whether one of ``chars`` stands in ``view``; True for none to look for."""
    for c in chars:
        if c in view:
            return True
    return not chars

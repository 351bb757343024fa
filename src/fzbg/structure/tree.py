"""Lines → sections and items: the tree of a report, built by passes over one line index.

The genre nests ``一、`` › ``(一)`` › ``1、`` › ``一是``, but any report may skip a level,
run a level into a paragraph, lose a bracket or a number, or put a whole section inside
another's paragraph.  :func:`build` runs the passes in order over one read-only
:class:`~fzbg.structure.index.LineIndex`:

1. :func:`~fzbg.structure.closing.closing_start` — where the closing starts;
2. :func:`~fzbg.structure.headings.heads` — which lines head sections;
3. :func:`~fzbg.structure.kinds.kinds` — which statutory section each heading opens;
4. :func:`~fzbg.structure.hidden.hidden` — a section hidden in a paragraph;
5. :func:`~fzbg.structure.items.items` — each section's items, nested.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

import attrs

from fzbg.genre.dates import OPENING_YEAR, YEAR, year_of
from fzbg.lex.lines import Line
from fzbg.lex.styles import Style
from fzbg.model import Diagnostic, Item, Quantity, Section, SectionKind, Span
from fzbg.structure.closing import closing_start
from fzbg.structure.combined import combined
from fzbg.structure.headings import Head, HeadingSpan, heading_span, heads
from fzbg.structure.hidden import hidden, prose_sections
from fzbg.structure.index import LineIndex, Region, bounds, trim
from fzbg.structure.items import items
from fzbg.structure.kinds import kinds

__all__ = ["Body", "build"]

_YEAR = re.compile(YEAR)
# ...or, failing the title, the year the preamble opens with: 2023年,我局坚持…
_PREAMBLE_YEAR = re.compile(rf"^[ ]*{OPENING_YEAR},", re.MULTILINE)
_NO_SECTIONS = (Diagnostic("no-sections", "found no section headings"),)
# Looked up once: an enum member costs a descriptor call.
_AR_DUN, _CN_DUN, _MEASURES = Style.AR_DUN, Style.CN_DUN, SectionKind.MEASURES
_SHORTCOMINGS = SectionKind.SHORTCOMINGS
_LOST = "sections counted from 二、: the points above it make the first, its heading lost"


@attrs.frozen
class Body:
    """The report body: where the preamble, sections and closing stand."""

    preamble: Span
    sections: tuple[Section, ...]
    closing: Span
    diagnostics: tuple[Diagnostic, ...]


def build(
    text: str,
    view: str,
    lines: Sequence[Line],
    first: int,
    *,
    written: Callable[[int, int], str] | None = None,
    quantities: Sequence[Quantity] = (),
) -> Body:
    r"""Build the sections of a report from its lines, the body starting at line ``first``.

    Args:
        text: The report text.
        view: Its matching view (same length).
        lines: The lines of ``view`` (see :func:`fzbg.lex.lines.lex`).
        first: Index of the first line after the title.
        written: Gives ``text[start:end]`` as the source wrote it (see
            :meth:`fzbg.page.strip.Page.written`), for titles and headings; plain slices when
            None.
        quantities: The quantities of ``text`` in order, none overlapping another (as
            :func:`fzbg.extract.quantities.extract_quantities` gives them); each item gets those
            inside it.

    Returns:
        Where the preamble, each section with its items, and the closing stand.

    Example:
        >>> from fzbg.lex.lines import lex
        >>> text = "一、主要举措\n(一)学法。\n二、存在的不足\n一是少;二是弱。"
        >>> body = build(text, text, lex(text), 0)
        >>> [(s.kind.value, len(s.items)) for s in body.sections]
        [('measures', 1), ('shortcomings', 2)]

    """
    index = LineIndex.of(text, view, lines, written, quantities)
    last = closing_start(index, first)
    offset = index.starts  # line index → text offset, and len(text) past the last line
    closing = trim(text, offset[last], len(text))
    found = heads(index, first, last)
    if not found:
        return _prose(index, first, last, closing)
    # Where each section starts: its heading line, or the fragment glued above it.
    starts = [offset[h.line] if h.start is None else h.start for h in found] + [offset[last]]
    spans = [heading_span(index, h) for h in found]
    # The year the title names (or the preamble opens with): a heading opening with the
    # next one announces the plans.
    titled = _YEAR.search(view, 0, offset[first]) or _PREAMBLE_YEAR.search(
        view, offset[first], starts[0]
    )
    year = year_of(titled["year"]) if titled else None
    sections, notes = _sections(index, found, spans, starts, last, year=year)
    if (lost := _lost_first(index, first, found[0])) is not None:
        # The first heading is lost: its points stand above 二、, after the preamble.
        line = index.lines[lost]
        region = (offset[lost], starts[0], lost, found[0].line)
        sections = (_section(index, _MEASURES, None, None, region, notes=[]), *sections)
        notes = (*notes, Diagnostic("lost-heading", _LOST, Span(line.start, line.end)))
        starts[0] = offset[lost]
    preamble = trim(text, offset[first], starts[0])
    return Body(preamble, sections, closing, notes)


def _lost_first(index: LineIndex, first: int, head: Head) -> int | None:
    """The line of the first point of a first section whose heading was lost, if any.

    Sections counted from 二、 lost their first heading; points counted from one
    between the preamble and 二、 are that section's.
    """
    marker = head.marker
    if marker is None or marker.style is not _CN_DUN or marker.ordinal != 2:
        return None
    above = index.markers_in(first, head.line)
    if not above or above[0].ordinal != 1 or above[0].style is _CN_DUN:
        return None
    return bisect_left(index.starts, above[0].start, first, head.line)


def _sections(
    index: LineIndex,
    found: Sequence[Head],
    spans: Sequence[HeadingSpan],
    starts: Sequence[int],
    last: int,
    *,
    year: int | None,
) -> tuple[tuple[Section, ...], tuple[Diagnostic, ...]]:
    """The sections under headings ``found``, the ones hidden in their paragraphs too.

    ``starts`` holds where each section starts, and last where the closing does;
    ``last`` is the closing's first line; ``year`` the one reported on, as the title
    or the preamble names it.
    """
    offset = index.starts
    found_kinds = kinds(index, found, spans, year)
    present = set(found_kinds)
    sections: list[Section] = []
    notes: list[Diagnostic] = []
    bottoms = [h.line for h in found[1:]]
    bottoms.append(last)
    for n, (head, kind, bottom) in enumerate(zip(found, found_kinds, bottoms, strict=True)):
        top = head.line
        split = hidden(index, top + 1, bottom, kind, present) if top + 1 < bottom else None
        if split is None:
            region = (starts[n], starts[n + 1], top, bottom)
            sections.append(_section(index, kind, head, spans[n], region, notes=notes))
            continue
        at, hidden_kind = split
        region = (starts[n], offset[at], top, at)
        sections.append(_section(index, kind, head, spans[n], region, notes=notes))
        region = (offset[at], starts[n + 1], at, bottom)
        sections.append(_section(index, hidden_kind, None, None, region, notes=notes))
        line = index.lines[at]
        message = f"a {hidden_kind.value} section with no heading, inside a paragraph"
        notes.append(Diagnostic("hidden-section", message, Span(line.start, line.end)))
    return tuple(sections), tuple(notes)


def _section(
    index: LineIndex,
    kind: SectionKind,
    head: Head | None,
    span: HeadingSpan | None,
    r: tuple[int, int, int, int],
    *,
    notes: list[Diagnostic],
) -> Section:
    """The section over region ``r``, whose first line is its heading (if it has one).

    ``r`` holds a :class:`Region`'s fields; ``span`` is the heading's (see
    :func:`~fzbg.structure.headings.heading_span`).
    """
    text = index.text
    region_start, region_end, first, last = r  # a Region's fields, made one only for items
    heading = ordinal = parent = None
    under = region_start  # where the text below the heading starts, and from line ``first``
    if head is not None and span is not None:
        start, end, under = span
        heading = index.written(*bounds(text, start, end)).rstrip(":：")
        if marker := head.marker:
            ordinal, parent = marker.ordinal, marker.style
            if parent is _AR_DUN or parent in index.styles_in(head.line + 1, last):
                # 1、 heads sections only in a report with no 一、, which may rank it
                # over (一); a section may number its points in its own style (see
                # headings): its items are the highest style under it.
                parent = None
        first = head.line + 1
    start, end = bounds(text, region_start, region_end)
    found: tuple[Item, ...] = ()
    # A heading with nothing below it (no line, no run-in point) holds no items.
    if first < last or (
        (run_in := index.run_in_starts)
        and (i := bisect_left(run_in, under)) < len(run_in)
        and run_in[i] < end
    ):
        listed = items(index, kind, Region(under, end, first, last), parent)
        notes += listed.diagnostics
        found = listed.items
        if kind is _SHORTCOMINGS and head is not None and span is not None:
            found, turned = combined(index.view, index.view[span[0] : span[1]], under, found)
            notes += turned
    return Section(kind, heading, ordinal, text[start:end], Span(start, end), found)


def _prose(index: LineIndex, first: int, last: int, closing: Span) -> Body:
    """The body of a report with no headings: sections where its paragraphs turn, if any.

    The ``no-sections`` diagnostic stays: no heading was found, whatever was inferred.
    """
    text, offset = index.text, index.starts
    opened = prose_sections(index, first, last)
    if not opened:
        return Body(trim(text, offset[first], offset[last]), (), closing, _NO_SECTIONS)
    notes: list[Diagnostic] = []
    bottoms = [line for line, _ in opened[1:]] + [last]
    sections = tuple(
        _section(index, kind, None, None, (offset[top], offset[bottom], top, bottom), notes=notes)
        for (top, kind), bottom in zip(opened, bottoms, strict=True)
    )
    preamble = trim(text, offset[first], offset[opened[0][0]])
    return Body(preamble, sections, closing, (*_NO_SECTIONS, *notes))

"""The items pass: the points of a region, their ordinals and children, nested.

A region's items are the highest-ranked marker style found at its line starts (below
its parent's); where no line opens with a marker, run-in markers that count up from one
(``一是……二是……``) stand in.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import compress
from typing import NamedTuple

import attrs

from fzbg.genre.cues import DUTY_ITEM
from fzbg.lex.lines import Marker
from fzbg.lex.styles import RUN_IN_ORDER, RUN_ON, Style
from fzbg.model import Diagnostic, Duty, Item, SectionKind, Span
from fzbg.structure.index import SPACE, TITLE_END, LineIndex, Region, counting, of_style
from fzbg.structure.lead import SPACES as _SPACES
from fzbg.structure.lead import title_span
from fzbg.structure.lost_first import with_lost_first, with_lost_line

__all__ = ["Items", "item_heads", "items"]

_TRAILING = ":：;；,，、"  # punctuation a title does not end in
_WRAPS = ",、"  # a line ending in one of these (folded) goes on in the next
_MAX_DEPTH = 3
_OPENS = "(〔【"  # (folded) what a bracketed marker opens with...
_CLOSED = re.compile(r"[)〕】]")  # ...and closes with, unless a copy lost it


class Items(NamedTuple):
    """What the items pass found in a region."""

    items: tuple[Item, ...]
    diagnostics: tuple[Diagnostic, ...]
    """Broken markers and odd sequences, in the order of the markers."""


def items(
    index: LineIndex, kind: SectionKind, region: Region, parent: Style | None = None
) -> Items:
    r"""The items in ``region`` of a section of ``kind``, below markers of style ``parent``.

    >>> from fzbg.lex.lines import lex
    >>> text = "(一)加强领导。\n(三)规范执法。"
    >>> index = LineIndex.of(text, text, lex(text))
    >>> found = items(index, SectionKind.MEASURES, Region(0, len(text), 0, 2))
    >>> [(i.ordinal, i.title) for i in found.items], [d.code for d in found.diagnostics]
    ([(1, '加强领导'), (3, '规范执法')], ['ordinal-gap'])
    """
    notes: list[Diagnostic] = []
    found = _items(index, _TOP[kind], region, parent, notes)
    return Items(found, tuple(notes))


def item_heads(index: LineIndex, r: Region, parent: Style | None) -> tuple[list[Marker], bool]:
    """The markers that open the items of region ``r``, and whether they are run in."""
    lines = index.marked_lines
    lo = bisect_left(lines, r.first)
    hi = bisect_left(lines, r.last, lo)
    styles = index.marked_styles[lo:hi]
    if len(styles) == 1:  # one marked line: its style, if below the parent's
        style = styles[0] if parent is None or styles[0] > parent else None
    else:
        style = _top(styles, parent) if styles else None
    if style is not None:
        heads = index.marked[lo:hi]
        if styles.count(style) < len(styles):  # not a region of one style: pick its own
            heads = list(compress(heads, map(style.__eq__, styles)))
        if style in index.run_in_styles and index.has_run_in(r.start, r.end, style):
            heads = _continued(heads, index.run_in(r.start, r.end, style))
        if heads[0].ordinal == 2:  # 是学法不够。/二是……: the first line's marker broken
            heads = with_lost_line(index, r, heads)
        return heads, False
    run_in = index.run_in(r.start, r.end)
    present = {m.style for m in run_in}  # a style with no point here counts none
    for style in RUN_IN_ORDER if present else ():
        # 一、 run into a paragraph is a point under a 一、 heading, not a heading
        if style in present and (style is not parent or style is _CN_DUN):
            points = of_style(style, run_in)
            if found := counting(points) or with_lost_first(index, r, points):
                return found, True
    return [], False


def _top(styles: list[Style], parent: Style | None) -> Style | None:
    """The highest style of ``styles`` below ``parent``, if any."""
    top = min(styles)
    if parent is None or top > parent:
        return top
    return min([s for s in styles if s > parent], default=None)


def _continued(line_starts: list[Marker], run_in: list[Marker]) -> list[Marker]:
    """Join line-start points (一是, ①) with the run-in ones that continue their count.

    The genre writes "一是……。二是……" as one paragraph after a line-start 一是.  A run-in
    point whose number a line-start point has is no continuation: "1.……:1.……2.……"
    above a line "2.……" is a list inside the first point.
    """
    if not run_in or list(map(_START, run_in)) == list(map(_START, line_starts)):
        return line_starts  # none, or the run-in scan found the line-start points again
    at_line_start = {m.start for m in line_starts}
    numbered = {m.ordinal for m in line_starts}
    more = [m for m in run_in if m.start not in at_line_start and m.ordinal not in numbered]
    if not more:  # the run-in scan found the line-start points again, and no others
        return line_starts
    merged = sorted([*line_starts, *more], key=_START)
    out: list[Marker] = []
    for m in merged:  # a run-in first point opens the count: 三、安排。(一)……\n(二)……
        if m.start in at_line_start or m.ordinal == ((out[-1].ordinal or 0) if out else 0) + 1:
            out.append(m)
    return out


_START = operator.attrgetter("start")
_new = object.__new__
# Item's slot setters, in its fields' order: an item is made straight into its slots, as
# its attrs __init__ would, without a frozen class's setattr per field (a report has
# items by the hundred).
_SET_KIND, _SET_MARKER, _SET_ORDINAL, _SET_TITLE, _SET_TEXT, _SET_SPAN, _SET_CHILDREN, _SET_QS = (
    Item.__dict__[field.name].__set__ for field in attrs.fields(Item)
)
_CN_DUN = Style.CN_DUN
_MEASURES = SectionKind.MEASURES  # looked up once: an enum member costs a descriptor call


class _Under(NamedTuple):
    """Where a list of items stands: its section's kind, its item class, its depth."""

    kind: SectionKind
    cls: type[Item]
    depth: int


_TOP = {kind: _Under(kind, Item.class_for(kind), 0) for kind in SectionKind}
# Where the children of an item stand, by where the item stands: one level down, and as
# duties (a duty stated as a measures item).  Made once, not once per list of items.
_BELOW = {
    _Under(kind, cls, depth): (
        _Under(kind, cls, depth + 1),
        _Under(SectionKind.DUTIES, Duty, depth + 1),
    )
    for kind in SectionKind
    for cls in (Item.class_for(kind), Duty)
    for depth in range(_MAX_DEPTH)
}


def _items(
    index: LineIndex, at: _Under, r: Region, parent: Style | None, notes: list[Diagnostic]
) -> tuple[Item, ...]:
    """The items of region ``r`` below markers of style ``parent``, with their children."""
    kind, _, depth = at
    heads, run_in = item_heads(index, r, parent) if depth < _MAX_DEPTH else ([], False)
    if not heads:
        return ()
    text, view, written, starts = index.text, index.view, index.written, index.starts
    # 一是 points are sentences run together even when the first opens a line, so a
    # semicolon ends their lead phrase as it does a run-in point's.
    title_end = TITLE_END[run_in or heads[0].style in RUN_ON].search
    deeper = depth + 1 < _MAX_DEPTH
    may_be_duty = depth == 0 and kind is _MEASURES
    below, duty = _BELOW[at]
    # LineIndex.has_run_in and .quantities_in, inlined: a method call per item costs.
    run_in_at, qs = index.run_in_starts, index.quantities
    q_at, q_end = index.quantity_starts, index.quantity_ends  # none overlap: ends in order
    ends = [*map(_START, heads[1:]), r.end]
    out: list[Item] = []
    previous: int | None = None
    for marker, next_start in zip(heads, ends, strict=True):
        start, end = marker.start, next_start
        while text[end - 1] in SPACE:  # never past the marker: it is not white space
            end -= 1
        ordinal = marker.ordinal
        if ordinal is None or (previous is not None and ordinal != previous + 1):
            ordinal = _ordinal(text, marker, previous, notes)  # broken or out of sequence
        previous = ordinal
        if view[start] in _OPENS and not _CLOSED.search(view, start, marker.end):
            _note_lost_close(text, marker, notes)  # (一加强组织领导: its ) lost
        title_start, title_stop, under, wrapped = _title_bounds(
            text, view, title_end, marker.end, end, run_in=run_in
        )
        item, title = below, None
        if title_start < title_stop:  # else a marker with no words: no title
            # A point that runs up to the next ("①开展培训；②……") ends in its stop.
            title = written(title_start, title_stop).rstrip(_TRAILING) or None
            if wrapped and title:
                title = title.replace("\n", "")
            if may_be_duty and DUTY_ITEM.search(view, title_start, title_stop):
                item = duty  # a duty stated as a measure
        children: tuple[Item, ...] = ()
        if deeper:  # the lines below the item's own line, up to the item's end
            first = bisect_right(starts, start, r.first, r.last)
            last = bisect_left(starts, end, first, r.last)
            if first < last or (  # or a run-in point below
                (i := bisect_left(run_in_at, under)) < len(run_in_at) and run_in_at[i] < end
            ):
                children = _items(index, item, Region(under, end, first, last), marker.style, notes)
        out.append(made := _new(item.cls))  # as cls(...) makes it; see _SET_KIND
        _SET_KIND(made, item.kind)
        _SET_MARKER(made, text[start : marker.end] or None)  # None: a first point's lost
        _SET_ORDINAL(made, ordinal)
        _SET_TITLE(made, title)
        _SET_TEXT(made, text[start:end])
        _SET_SPAN(made, Span(start, end))
        _SET_CHILDREN(made, children)
        _SET_QS(made, qs[(i := bisect_left(q_at, start)) : bisect_right(q_end, end, i)])
    return tuple(out)


def _title_bounds(
    text: str,
    view: str,
    title_end: Callable[[str, int, int], re.Match[str] | None],
    at: int,
    end: int,
    *,
    run_in: bool,
) -> tuple[int, int, int, bool]:
    """Where the title of a marker ending at ``at`` (its item ending at ``end``) stands.

    Returns:
        Where its words start and stop, trimmed as :func:`~fzbg.structure.lead.title_span`
        trims them (start ≥ stop: no title), where the text under them starts, and whether
        the title goes on into the next line (a heading line broken off after its comma:
        (一)坚持党的领导, / 全面加强组织建设。).  Its words start after the marker, and a
        colon right after it (一是:加强学习;), or on the next line when the marker stands
        alone.

    """
    while at < end and view[at] in " \t:":
        at += 1
    if not run_in and at < end and view[at] == "\n":
        at += 1
    found = title_end(view, at, end)
    if found is None:
        stop = under = end
        wrapped = False
    else:
        stop = found.start()
        under, wrapped = stop + 1, False
        if (
            view[stop] == "\n"
            and stop > at
            and view[stop - 1] in _WRAPS
            and (more := title_end(view, stop + 1, end)) is not None
        ):
            stop, under, wrapped = more.start(), more.end(), True
    if at < stop and (
        # title_span's own test, so that most titles (no 【, no space) need no call
        view[at] == "【"
        or _SPACES.search(view, at, stop) is not None
        or text[at] in SPACE
        or text[stop - 1] in SPACE
    ):
        return (*title_span(text, view, at, stop), under, wrapped)
    return at, stop, under, wrapped


def _note_lost_close(text: str, marker: Marker, notes: list[Diagnostic]) -> None:
    """Note a marker read as a point although its closing bracket was lost."""
    written = text[marker.start : marker.end]
    message = f"marker {written!r} lost its closing bracket; read as point {marker.ordinal}"
    notes.append(Diagnostic("broken-marker", message, Span(marker.start, marker.end)))


def _ordinal(text: str, marker: Marker, previous: int | None, notes: list[Diagnostic]) -> int:
    """The marker's ordinal, inferred for a broken marker; odd sequences noted."""
    written = text[marker.start : marker.end]
    span = Span(marker.start, marker.end)
    if marker.ordinal is None:
        ordinal = (previous or 0) + 1
        message = f"marker {written!r} lost its number; taken as {ordinal}"
        if not written:  # the whole marker lost (see lost_first)
            message = f"point with no marker; taken as {ordinal}"
        notes.append(Diagnostic("broken-marker", message, span))
        return ordinal
    if previous is not None and marker.ordinal != previous + 1:
        code = "ordinal-repeat" if marker.ordinal <= previous else "ordinal-gap"
        notes.append(Diagnostic(code, f"{written!r} follows number {previous}", span))
    return marker.ordinal

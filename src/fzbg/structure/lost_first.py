"""A count whose first point a copy or OCR broke: ``:)强化……;(二)深化……;(三)……``.

The scan for run-in points finds ``(二)`` and ``(三)`` but not the first, which lost its
numeral or a bracket; a count must start at one, so without the first the points are
lost too.  What is left of the first marker (``)``, ``一)``, ``是`` of ``一是``) stands
after a stop before the second point: read there, it opens the count again.  Points on
lines of their own lose their first the same way (``是学法不够。`` / ``二是用法不够。``):
the remains then open a line above the second.

A copy may lose the whole first marker, leaving no remains (``主要做法:健全制度;2.规范……;
3.强化……``, or a line ``健全制度体系。`` over ``(二)`` and ``(三)``): where the rest count
two, three, … the first point is read where it must stand, with no marker.
"""

from __future__ import annotations

from bisect import bisect_left

from fzbg.lex.lines import Marker, lost_at, lost_first
from fzbg.structure.index import LineIndex, Region, counting

__all__ = ["with_lost_first", "with_lost_line"]


def with_lost_first(index: LineIndex, r: Region, markers: list[Marker]) -> list[Marker]:
    """The count of run-in ``markers`` (one style, in order) with its lost first point.

    Empty unless the markers count up from two and the first point's remains stand
    before the second in its paragraph.  A remains with no numeral has no ordinal, so
    the items pass infers it and notes the broken marker.
    """
    second = markers[0]
    if second.ordinal != 2:
        return []
    # The first point opens the paragraph of the second, or follows a stop in it.
    start = max(r.start, index.view.rfind("\n", r.start, second.start) + 1)
    first = lost_first(index.view, second.style, start, second.start)
    if first is None:
        first = _bare_run_in(index.view, start, markers)
    if first is None:
        return []
    counted = counting([Marker(first.style, 1, first.start, first.end), *markers])
    return [first, *counted[1:]] if counted else []


def with_lost_line(index: LineIndex, r: Region, heads: list[Marker]) -> list[Marker]:
    """``heads`` (line-start points counted from two), after the line the first opens.

    That line is the last of ``r`` above the second point that opens with no marker but
    with the remains of one of the points' style; ``heads`` as they are if none does.
    """
    second = heads[0]
    above = bisect_left(index.starts, second.start, r.first, r.last)
    for i in range(above - 1, r.first - 1, -1):
        line = index.lines[i]
        if index.markers[i] is None and (first := lost_at(index.view, second.style, line.start)):
            return [first, *heads]
    if len(heads) < 2 or heads[1].ordinal != 3:  # a lone 2 or 2, 4: no count to complete
        return heads
    first = _bare_line(index, r.first, above, heads)
    return heads if first is None else [first, *heads]


def _bare_run_in(view: str, start: int, markers: list[Marker]) -> Marker | None:
    """A first run-in point with no marker left: after the colon of its lead phrase.

    Only where the rest count two, three: one number after a colon may be anything.
    """
    if len(markers) < 2 or markers[1].ordinal != 3:
        return None
    second = markers[0].start
    colon = view.rfind(":", start, second)
    if colon < 0:
        return None
    at = colon + 1
    while at < second and view[at] in " \t":
        at += 1
    # Words up to the stop that ends them: a point, not a figure or the lead's own list.
    if second - at < 3 or view[second - 1] not in "。;" or not "\u4e00" <= view[at] <= "\u9fff":
        return None
    return Marker(markers[0].style, None, at, at)


def _bare_line(index: LineIndex, first: int, above: int, heads: list[Marker]) -> Marker | None:
    """The line a first point with no marker left opens, above line ``above``, if any.

    One line above the second point is that point.  Of more, where the points open with
    a heading line (no full stop on it), the last such line; else the line right above,
    unless it is a lead phrase (it ends in a colon).
    """
    view, lines = index.view, index.lines
    unmarked = [i for i in range(first, above) if index.markers[i] is None]
    if not unmarked:
        return None
    pick: int | None = unmarked[-1]
    if len(unmarked) > 1:
        second = lines[above]  # the line the second point opens
        if "。" not in view[second.start : second.end]:  # a heading line: the first's too
            shaped = [i for i in unmarked if _heading_shaped(view, lines[i].start, lines[i].end)]
            pick = shaped[-1] if shaped else None
    if pick is None:
        return None
    line = lines[pick]
    if view[line.end - 1] == ":" or not "\u4e00" <= view[line.start] <= "\u9fff":
        return None
    return Marker(heads[0].style, None, line.start, line.start)


def _heading_shaped(view: str, start: int, end: int) -> bool:
    """Whether a line reads as a point's heading: short, no full stop, no colon at its end."""
    return end - start <= 40 and "。" not in view[start:end] and view[end - 1] != ":"

"""A count whose first point a copy or OCR broke: ``:)强化……;(二)深化……;(三)……``.

The scan for run-in points finds ``(二)`` and ``(三)`` but not the first, which lost its
numeral or a bracket; a count must start at one, so without the first the points are
lost too.  What is left of the first marker (``)``, ``一)``, ``是`` of ``一是``) stands
after a stop before the second point: read there, it opens the count again.  Points on
lines of their own lose their first the same way (``是学法不够。`` / ``二是用法不够。``):
the remains then open a line above the second.
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
    return heads

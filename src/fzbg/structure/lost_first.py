"""A run-in count whose first point a copy or OCR broke: ``:)强化……;(二)深化……;(三)……``.

The scan for run-in points finds ``(二)`` and ``(三)`` but not the first, which lost its
numeral or a bracket; a count must start at one, so without the first the points are
lost too.  What is left of the first marker (``)``, ``一)``, ``是`` of ``一是``) stands
after a stop before the second point: read there, it opens the count again.
"""

from __future__ import annotations

from fzbg.lex.lines import Marker, lost_first
from fzbg.structure.index import LineIndex, Region, counting

__all__ = ["with_lost_first"]


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

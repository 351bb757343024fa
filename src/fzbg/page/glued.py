"""Points glued after a word: a copy that lost the stop and the line break before a point.

A copy runs a point into the one before it (（二）推进依法决策。……取得实效（三）规范行政执法。)
with nothing between them; :mod:`fzbg.page.seams` puts a line break where it finds one.
Patterns run on the folded matching view.
"""

from __future__ import annotations

import re

from fzbg.genre.markers import cn_ordinal
from fzbg.page.wraps import STOPS  # a point or heading after one is run in, not glued

__all__ = ["STOPS", "glued_points"]

# A (二) … (十) point after a word (or a stop) and before one: not (三)项, 第十条(三).
_GLUED_POINT = re.compile(
    r"\((?<=[\u4e00-\u9fff。;]\()(?<!条\()([二三四五六七八九十])\)(?=[\u4e00-\u9fff])(?![项款目条号])"
)
# The point a line opens with, after its indent: (一) … (九).
_LINE_POINT = re.compile(r"[ \t\u3000]*\(([一二三四五六七八九])\)")


def glued_points(view: str) -> list[tuple[int, int]]:
    """Where a (三) glued straight after a word of point (二)'s line starts, as cuts.

    A (N) after a word, before a word, on a line that opens with (N-1) or holds it so,
    opens point N.  Each cut is empty (start, start): a line break goes there.

    >>> view = "(二)推进依法决策。决策取得实效(三)规范执法。"
    >>> [(at, view[at:at + 3]) for at, _ in glued_points(view)]
    [(16, '(三)')]
    """
    cuts: list[tuple[int, int]] = []
    counts: dict[int, int | None] = {}  # a line's start: the last point's number on it
    line = seen = 0  # the current line's start, and how far the text was read for it
    for found in _GLUED_POINT.finditer(view):
        line = max(line, view.rfind("\n", seen, found.start()) + 1)  # read once: linear
        seen = found.start()
        if line not in counts:
            opening = _LINE_POINT.match(view, line)
            counts[line] = cn_ordinal(opening[1]) if opening else None
        ordinal = cn_ordinal(found[1])
        last = counts[line]
        if last is not None and ordinal == last + 1:
            counts[line] = ordinal
            if view[found.start() - 1] not in STOPS:  # after a stop it is run in: kept
                cuts.append((found.start(), found.start()))
    return cuts

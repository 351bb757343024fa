"""Where a row's cue stands in a window of the folded view: the first, or the last.

The searches that :mod:`fzbg.extract.indicators` runs over a clause, cue by cue
(:func:`_nearest`), or only over the cues whose first characters are there
(:func:`_each`, :func:`_longest`).  At one place an earlier row wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fzbg.genre.registry import Cue, IndicatorSpec, UnitCues

__all__: list[str] = []


def _nearest(  # noqa: PLR0917 - a window and how to read it
    view: str,
    cues: Sequence[tuple[IndicatorSpec, Cue]],
    start: int,
    end: int,
    first: bool,
    context: str,
) -> tuple[IndicatorSpec, int, int] | None:
    """The cue in ``view[start:end]`` first (``first``) or last, and its row.

    At one place an earlier row wins.
    """
    best: tuple[int, IndicatorSpec, re.Match[str]] | None = None
    for row, cue in cues:
        m = _match(cue, view, start, end, first)
        if m is None or not cue.allows(context):
            continue
        score = m.start() if first else -m.end()
        if best is None or score < best[0]:
            best = (score, row, m)
    if best is None:
        return None
    return best[1], best[2].start(), best[2].end()


def _each(  # noqa: PLR0917 - a window and how to read it
    view: str, cues: UnitCues, start: int, end: int, first: bool, context: str
) -> tuple[IndicatorSpec, int, int] | None:
    """What :func:`_nearest` finds, trying only the cues whose first characters are there.

    Whether a cue is allowed does not depend on where it is, so it is asked only of a cue
    that would win.
    """
    present = set(view[start:end])
    best: tuple[int, IndicatorSpec, re.Match[str]] | None = None
    unbeaten = start if first else -end  # a cue at the window's edge: no later one wins
    for row, cue, chars in cues.cues:
        if chars.isdisjoint(present):
            continue
        if first:
            m = cue.regex.search(view, start, end)
        else:
            m = None
            for m in cue.regex.finditer(view, start, end):  # noqa: B007 - the last is wanted
                pass
        if m is None:
            continue
        score = m.start() if first else -m.end()
        if (best is None or score < best[0]) and cue.allows(context):
            best = (score, row, m)
            if score == unbeaten:
                break
    return None if best is None else (best[1], best[2].start(), best[2].end())


def _longest(
    view: str, cues: UnitCues, place: re.Match[str], end: int, context: str
) -> tuple[IndicatorSpec, int, int] | None:
    """The last cue in ``view[:end]`` when every cue there starts where ``place`` does.

    ``place`` is the joined pattern's match: its cue is the first that matches there, so
    only the later ones that can start with that character may match longer.
    """
    at, first = place.start(), (place.lastindex or 1) - 1
    best: IndicatorSpec | None = None
    best_end = -1
    for i in cues.by_first[view[at]]:
        if i < first:
            continue
        row, cue, _ = cues.cues[i]
        if i == first:
            stop = place.end()
        elif (m := cue.regex.match(view, at, end)) is not None:
            stop = m.end()
        else:
            continue
        if stop > best_end and cue.allows(context):
            best, best_end = row, stop
    return None if best is None else (best, at, best_end)


def _match(cue: Cue, view: str, start: int, end: int, first: bool) -> re.Match[str] | None:
    if first:
        return cue.regex.search(view, start, end)
    last = None
    for last in cue.regex.finditer(view, start, end):  # noqa: B007 - the last one is wanted
        pass
    return last

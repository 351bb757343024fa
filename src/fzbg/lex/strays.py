"""A ``【一】`` that stands among ``(一)`` points: a copy's stray bracket, not a section.

A WeChat or web copy may number its sections 【一】 over (一) points (Style.CN_BLOCK);
but a copy or OCR that took one bracket for another leaves a 【二】 among (一) (三), one
count with its siblings.  A block marker counts with its round neighbours where the
markers of both styles, read in order, count up through it by one, and no block marker
before it counts to it (as 【一】 (一) 【二】 does, sections over their points).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from fzbg.lex.styles import Style

__all__ = ["restyle_strays"]

_FAMILY = (Style.CN_BLOCK, Style.CN_PAREN)
_ROUND = Style.CN_PAREN


class _Marker(Protocol):
    style: Style
    ordinal: int | None


class _Line(Protocol):
    @property
    def marker(self) -> _Marker | None: ...


def restyle_strays(lines: Sequence[_Line]) -> None:
    """Give each stray ``【n】`` among ``(n)`` points the ``(n)`` style, in place."""
    run = [
        (m, m.ordinal) for line in lines if (m := line.marker) and m.style in _FAMILY and m.ordinal
    ]
    if all(m.style is Style.CN_BLOCK for m, _ in run):  # none, or sections over none
        return
    # A round marker right after a block one counts on from it (【二】 (三)): never so
    # in sections over points, whose points count from (一).  Right to left, so that a
    # run of strays (【一】 【二】 (三)) goes over whole.
    for n in reversed(range(len(run) - 1)):
        (marker, number), (after, following) = run[n], run[n + 1]
        if marker.style is Style.CN_BLOCK and after.style is _ROUND and following == number + 1:
            marker.style = _ROUND
    # The last of a count (…(二) 【三】): unless a block marker before it counts to it.
    block = -1  # the number of the last block marker kept as one
    for n, (marker, number) in enumerate(run):
        if marker.style is not Style.CN_BLOCK:
            continue
        if block != number - 1 and _round_beside(run, n, number):
            marker.style = _ROUND
        else:
            block = number


def _round_beside(run: list[tuple[_Marker, int]], n: int, number: int) -> bool:
    """Whether a round marker next to ``run[n]`` counts on to it or from it."""
    return any(
        0 <= k < len(run) and run[k][0].style is _ROUND and run[k][1] == number + step
        for k, step in ((n - 1, -1), (n + 1, 1))
    )

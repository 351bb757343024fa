"""Figures that are part of a name in quotes: ``“15分钟”法律服务圈``, ``“2小时”办结``.

A number with a unit inside a short quoted phrase names a service, a campaign or a
slogan; it reports nothing the year counted.  The genre quotes such names, and quotes no
figure of its own: where it reports one, the quote stops before it (``“双随机”抽查120次``).
A number in Chinese is dropped there already, with the slogans of
:mod:`fzbg.extract.quantity_patterns`; this drops the ones in digits.  A quote that holds
a clause's stop (``，``) quotes a sentence, not a name, and keeps its figures.
"""

from __future__ import annotations

import bisect
import re

from fzbg.model import Quantity

__all__ = ["unquoted"]

# The pairs of quote marks, on the folded view (where the full-width " is ASCII).  A scan
# pairs straight quotes from the left, as it reads them.
_PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ('"', '"'))
# A name in quotes: a short phrase between a pair, on one line, with no clause's stop.
_QUOTED = re.compile(
    "|".join(
        f"{re.escape(o)}[^{re.escape(o + c)}\\n,。;:]{{1,20}}{re.escape(c)}" for o, c in _PAIRS
    )
)
# Any of the opening marks: a text with none of them needs no scan.
_OPENS = "".join(o for o, _ in _PAIRS)


def unquoted(view: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` without the quantities that stand inside a name in quotes."""
    if not found or not any(mark in view for mark in _OPENS):
        return found
    starts: list[int] = []
    ends: list[int] = []
    for m in _QUOTED.finditer(view):
        starts.append(m.start())
        ends.append(m.end())
    if not starts:
        return found
    kept = []
    for q in found:
        i = bisect.bisect_right(starts, q.span.start) - 1  # the last quote opened before it
        if i < 0 or ends[i] <= q.span.end:
            kept.append(q)
    return kept

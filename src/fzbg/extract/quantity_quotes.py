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
import operator
import re

from fzbg.model import Quantity

__all__ = ["unquoted"]

# The pairs of quote marks, on the folded view (where the full-width " is ASCII).  A scan
# pairs straight quotes from the left, as it reads them.
_PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ('"', '"'))
# A name in quotes that holds a digit: a short phrase between a pair, on one line, with no
# clause's stop.  One pattern per pair, each opening with its literal mark, which re skips
# to in C (one pattern for all would be tried at every position); the quotes that hold no
# digit (most) fail in C too.
_QUOTED = tuple(
    (
        o,
        re.compile(
            f"{re.escape(o)}(?=[^{re.escape(o + c)}\\n,。;:]{{0,19}}[0-9])"
            f"[^{re.escape(o + c)}\\n,。;:]{{1,20}}{re.escape(c)}"
        ),
    )
    for o, c in _PAIRS
)
_START = operator.attrgetter("span.start")


def unquoted(view: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (in text order) without the quantities inside a name in quotes."""
    if not found:
        return found
    inside: set[int] = set()  # the positions in ``found`` of the quantities to drop
    for mark, pattern in _QUOTED:
        if mark not in view:
            continue
        for m in pattern.finditer(view):  # a few quotes: each looks its quantities up
            start, end = m.span()
            i = bisect.bisect_right(found, start, key=_START)
            while i < len(found) and found[i].span.end <= end:
                inside.add(i)
                i += 1
    if not inside:
        return found
    return [q for i, q in enumerate(found) if i not in inside]

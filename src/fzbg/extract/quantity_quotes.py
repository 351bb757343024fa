"""Figures that are part of a name in quotes: ``“15分钟”法律服务圈``, ``“2小时”办结``.

A number with a unit that opens a short quoted phrase names a service, a campaign or a
slogan; it reports nothing the year counted.  The genre quotes such names, and quotes no
figure of its own: where it reports one, the quote stops before it (``“双随机”抽查120次``).
A number in Chinese is dropped there already, with the slogans of
:mod:`fzbg.extract.quantity_patterns`; this drops the ones in digits.  A quote that holds
a clause's stop (``，``) quotes a sentence, not a name, and keeps its figures.
"""

from __future__ import annotations

import re

from fzbg.model import Quantity

__all__ = ["unquoted"]

# The pairs of quote marks, on the folded view (where the full-width " is ASCII).
_PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ('"', '"'))
# A name in quotes: a short phrase between a pair, on one line, with no clause's stop.
_QUOTED = {
    o: re.compile(f"{re.escape(o)}[^{re.escape(o + c)}\\n,。;:]{{1,20}}{re.escape(c)}")
    for o, c in _PAIRS
}


def unquoted(view: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` without the quantities that open a name in quotes (``“15分钟”服务圈``).

    Only the character before each quantity is looked at, not the whole text: a name
    opens with its figure (``“2小时”办结``, ``“30分钟公共法律服务圈”``).
    """
    kept = found
    for k, q in enumerate(found):
        start = q.span.start
        if start and (quoted := _QUOTED.get(view[start - 1])) is not None:
            m = quoted.match(view, start - 1)
            if m is not None and m.end() >= q.span.end:
                if kept is found:
                    kept = found[:k]  # the ones before it are kept
                continue
        if kept is not found:
            kept.append(q)
    return kept

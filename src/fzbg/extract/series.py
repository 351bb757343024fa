"""A figure in a series of figures that one verb governs.

``全年审查议题53件、规范性文件11件、行政合同78份``: 审查 governs each object of the series,
so ``规范性文件11件`` is eleven documents reviewed, not eleven issued.  The object's own
noun is a cue of another row (``规范性文件`` names normative-documents), and the nearest
cue would key it so; the row that keyed the figure before it, with that figure's verb
put before this noun (``审查`` + ``规范性文件``), says what the series counts.  Only a
figure that follows the one before with nothing but ``、`` between them and its noun is a
member of the series: ``制定规范性文件8件、审查合同20份`` has a verb of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fzbg.extract.clauses import CLAUSE_ENDS
from fzbg.genre.registry import IndicatorSpec, Registry
from fzbg.model import Indicator, Quantity
from fzbg.text.normalize import fold

__all__ = ["governed"]

_SERIES = "、"  # what joins the members of a series of figures
_CLAUSE_ENDS = re.compile(f"[{re.escape(CLAUSE_ENDS)}]")  # a series ends with its clause


def governed(
    view: str,
    found: Sequence[Indicator],
    q: Quantity,
    hit: tuple[IndicatorSpec, int, int],
    registry: Registry,
) -> tuple[IndicatorSpec, int, int]:
    """``hit``, or the row of the last of ``found`` if ``q`` is the next member of its series.

    ``hit`` is the cue found for ``q``'s own noun.  Only ``、`` may stand between the last
    indicator's figure and the noun, so that figure is the one right before ``q``.
    """
    row, start, end = hit
    if not found or view[start - 1 : start] != _SERIES:  # one character: the cheap test first
        return hit
    last = found[-1]
    if last.key == row.key or last.quantity.span.end != start - 1 or last.key not in registry:
        return hit
    ruling = registry[last.key]
    if not ruling.fits(q.unit):
        return hit
    noun = view[start:end]
    for member in reversed(found):  # the series' members back to the one its verb opens
        if member.key != last.key or _CLAUSE_ENDS.search(view, member.quantity.span.end, start):
            break
        if _governs(ruling, fold(member.subject), noun):
            return ruling, start, end
    return hit


def _governs(ruling: IndicatorSpec, subject: str, noun: str) -> bool:
    """Whether a head of ``subject`` ending on its verb, then ``noun``, is a cue of ``ruling``."""
    for k in range(1, len(subject)):  # 合法性审查 + 规范性文件: the verb ends the head
        words = subject[:k] + noun
        for j in range(k):
            if any(cue.regex.fullmatch(words, j) for cue in ruling.cues):
                return True
    return False

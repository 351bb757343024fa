"""A share stated after the count of an outcome: ``败诉3件，占比7.9%`` is the loss rate.

A report counts the cases of an outcome (败诉, 纠错, 出庭应诉) and then gives their share
in a clause of its own that names no subject (``占比7.9%``, ``占审结案件的12%``).  The
share is the rate of that outcome: the row whose cue names the outcome's rate
(``败诉率``), if the registry has one.  A share of anything else (``胜诉…占比``, or a
count that states no outcome) keys nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fzbg.genre.indicators import OUTCOME
from fzbg.genre.registry import IndicatorSpec, UnitCues
from fzbg.model import Quantity

__all__ = ["share_of"]

# A clause that opens with the share, right before the figure: ,占比 / ,占全部审结案件的.
_SHARE = re.compile(r"[,:]\s*占(?:比|[^,:;。%\d]{1,12}?的)?(?:为|达到?)?\s*$")
_SHARE_REACH = 20  # the share clause's words at most, with its comma
_OUTCOME_REACH = 8  # OUTCOME's longest match, and a few spaces


def share_of(
    view: str, quantities: Sequence[Quantity], i: int, cues: UnitCues, *, s_start: int, context: str
) -> tuple[IndicatorSpec, int, int] | None:
    """The rate row that the share ``quantities[i]`` states, and the outcome's span.

    Args:
        view: The folded text.
        quantities: Its quantities, in order.
        i: The figure's index; its sentence starts at ``s_start``.
        cues: The cues of the rows that fit the figure's unit.
        s_start: Where the figure's sentence starts.
        context: The figure's sentence up to its clause's end, for the cues' context.

    Returns:
        The row whose cue names the outcome's rate, and where the outcome is written.

    Example:
        >>> from fzbg import INDICATORS, extract_quantities
        >>> view = "行政诉讼案件中败诉3件,占比7.9%。"
        >>> qs = extract_quantities(view)
        >>> hit = share_of(view, qs, 1, INDICATORS.for_unit("%"), s_start=0, context=view)
        >>> hit[0].key, view[hit[1] : hit[2]]
        ('litigation-loss-rate', '败诉')

    """
    q = quantities[i]
    if (
        q.unit != "%"
        or not i
        or _SHARE.search(view, max(s_start, q.span.start - _SHARE_REACH), q.span.start) is None
    ):
        return None
    count = quantities[i - 1].span
    if count.start < s_start or quantities[i - 1].unit == "%":
        return None
    outcome = OUTCOME.search(view, max(s_start, count.start - _OUTCOME_REACH), count.start)
    if outcome is None:
        return None
    word = outcome[0].rstrip("了 ")
    for row, cue, _ in cues.cues:
        if cue.regex.fullmatch(word + "率") and cue.allows(context):
            return row, outcome.start(), outcome.start() + len(word)
    return None

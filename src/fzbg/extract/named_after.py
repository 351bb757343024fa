"""A subject named after its figure, in a clause of its own: ``共办理45件,均为行政复议案件``.

A report counts first and says what it counted in the next clause, opened by a word that
the whole count is of one kind (均为, 全部为, 均系).  The figure then states the indicator
that clause names, if nothing else is counted there; a breakdown (``其中…``) names a part,
not the whole, and keys as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fzbg.extract.cue_search import _nearest
from fzbg.genre.indicators import ALL_OF
from fzbg.genre.registry import IndicatorSpec, UnitCues
from fzbg.model import Quantity

__all__ = ["named_after"]

_CLAUSE = re.compile("[^。;!?！？\n,:]*+")  # on to the naming clause's end


def named_after(
    view: str, quantities: Sequence[Quantity], i: int, cues: UnitCues, *, s_start: int, context: str
) -> tuple[IndicatorSpec, int, int] | None:
    """The row named by the clause after ``quantities[i]``, if it says what all of it is.

    ``context`` is the figure's sentence from ``s_start`` to its clause's end.

    Example:
        >>> from fzbg import INDICATORS, extract_quantities
        >>> view = "全年共办理45件,均为行政复议案件。"
        >>> qs = extract_quantities(view)
        >>> hit = named_after(view, qs, 0, INDICATORS.for_unit("件"), s_start=0, context=view[:8])
        >>> hit[0].key, view[hit[1] : hit[2]]
        ('reconsideration-cases', '行政复议')

    """
    c_end = s_start + len(context)
    if view[c_end : c_end + 1] != ",":  # most clauses: a stop ends them, or the text
        return None
    if view[quantities[i].span.end : c_end].strip() or (m := ALL_OF.match(view, c_end)) is None:
        return None  # the figure does not end its clause, or no 均为 clause follows
    tail = _CLAUSE.match(view, m.end())
    assert tail is not None  # matches empty
    end = tail.end()
    if i + 1 < len(quantities) and quantities[i + 1].span.start < end:
        return None  # the clause counts something of its own
    pairs = [(row, cue) for row, cue, _ in cues.cues]
    return _nearest(view, pairs, m.end(), end, True, view[s_start:end])

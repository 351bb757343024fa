"""A part named after ``其中`` whose total keyed nothing: the part is the indicator.

``全年共开展各类培训32期,其中法治培训12期``: the 32 count every training, no indicator;
the 12 count law trainings, the first figure of the sentence that states one.  A
breakdown keys only its total (``合法性审查61件,其中合同40件``) because the total
states the indicator already; where it states none, nothing is counted twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from fzbg.genre.indicators import BREAKDOWN, keys_nothing
from fzbg.model import Indicator, Quantity

__all__ = ["part_of_unkeyed"]

_RECENT = 4  # how many indicators back the total may have keyed (its parts key too)


def part_of_unkeyed(  # noqa: PLR0917 - the places around one figure
    view: str,
    quantities: Sequence[Quantity],
    found: Sequence[Indicator],
    i: int,
    s_start: int,
    c_start: int,
    start: int,
) -> bool:
    """Whether ``quantities[i]`` is a part after ``其中`` of a total in its sentence keying nothing.

    Only a breakdown keeps it from counting: a target, a frequency or an outcome still
    does (``其中败诉3件``), and a part with no total before it in the sentence stays one.
    The total is the last figure before ``其中`` in the part's unit, or, if none is, the
    last figure before it.
    """
    at = quantities[i].span.start
    if keys_nothing(view, s_start, c_start, start, at, parts=False):
        return False
    marker = BREAKDOWN.search(view, c_start, at)
    if marker is None:
        return False
    j = i - 1
    while j >= 0 and quantities[j].span.end > marker.start():
        j -= 1
    if j < 0 or quantities[j].span.start < s_start:
        return False
    # 案件1132件,罚没款186万元,其中食品案件327件: the total is counted in the part's unit
    unit, k = quantities[i].unit, j
    while k >= 0 and quantities[k].span.start >= s_start and quantities[k].unit != unit:
        k -= 1
    if k >= 0 and quantities[k].span.start >= s_start:
        j = k
    total = quantities[j].span
    return all(f.quantity.span != total for f in found[-_RECENT:])

"""The combined-section pass: a shortcomings section that goes on to the plans.

A heading such as ``三、存在的不足和下一步打算`` or ``四、问题与展望`` opens one section of
the shortcomings (the problems come first), but the points below it turn to the plans at
some point: a point titled as the plans (``(二)下一步打算``), or a lead that introduces
them (``2024年,我局将重点做好以下工作:``, ``今后打算:``).  From there on the points are
plans, typed :class:`~fzbg.model.Plan`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from fzbg.genre.cues import PLANS_CUE, classify_lead, is_unnumbered_heading
from fzbg.model import Diagnostic, Item, Plan, SectionKind, Span

__all__ = ["combined"]

_K = SectionKind
_LEAD_STOPS = "。;\n"  # what ends the sentence before a lead
_LONGEST_LEAD = 60  # how far before a point its lead may start
# A title that says something falls short (工作计划性不强, 思路不够开阔) is a shortcoming,
# whatever plans cue it borrows.
_SHORTFALL = regex.compile(r"[不缺弱欠差难低少滞]")


def combined(
    view: str, heading: str, under: int, found: Sequence[Item]
) -> tuple[tuple[Item, ...], tuple[Diagnostic, ...]]:
    r"""Type as plans the points of a shortcomings section from where they turn to them.

    Args:
        view: The report's matching view.
        heading: The matching view of the section's heading words.
        under: Where the text below the heading starts.
        found: The section's items, in order.

    Returns:
        The items, those from the turn on as plans, and a ``combined-section``
        diagnostic at the turn, if there is one.

    Example:
        >>> from fzbg.model import Shortcoming
        >>> view = "(一)存在的不足\n(二)下一步打算\n"
        >>> found = [Shortcoming(_K.SHORTCOMINGS, "(一)", 1, "存在的不足", "", Span(0, 8)),
        ...          Shortcoming(_K.SHORTCOMINGS, "(二)", 2, "下一步打算", "", Span(9, 17))]
        >>> items, notes = combined(view, "存在的不足和下一步打算", 0, found)
        >>> [type(i).__name__ for i in items], [n.code for n in notes]
        (['Shortcoming', 'Plan'], ['combined-section'])

    """
    if not found or not PLANS_CUE.search(heading):
        return tuple(found), ()
    previous = under
    for n, item in enumerate(found):
        start = item.span.start
        if _turns(view, previous, start, item.title):
            turned = tuple(_as_plan(i) for i in found[n:])
            message = "the points of a shortcomings section turn to the plans here"
            note = Diagnostic(
                "combined-section", message, Span(start, start + len(item.marker or ""))
            )
            return (*found[:n], *turned), (note,)
        previous = start + len(item.marker or "")
    return tuple(found), ()


def _turns(view: str, previous: int, start: int, title: str | None) -> bool:
    """Whether the point at ``start`` opens the plans: by its title or the lead before it."""
    if title is not None and is_unnumbered_heading(title) is _K.PLANS:
        return not _SHORTFALL.search(title)
    low = max(previous, start - _LONGEST_LEAD)
    before = view[low:start].rstrip(" \n")
    if not before.endswith(":"):
        return False
    cut = max(before.rfind(stop, 0, len(before) - 1) for stop in _LEAD_STOPS)
    return classify_lead(before[cut + 1 : -1]) is _K.PLANS  # the lead, without its colon


def _as_plan(item: Item) -> Plan:
    """``item`` and its children as plans."""
    return Plan(
        _K.PLANS,
        item.marker,
        item.ordinal,
        item.title,
        item.text,
        item.span,
        tuple(map(_as_plan, item.children)),
        item.quantities,
    )

"""Changes against an earlier year: which figure is one, and which the level reached after.

``行政诉讼案件比上年增加6件,达到38件``: the 6 is a change (:data:`~fzbg.genre.indicators.
CHANGE`) and keys nothing; the 38 is the level the year reached.  ``由上年的120件增至
156件``: the 120 is where the change starts, and keys nothing either.  Both kinds of
figure are *turning points*: a figure right after one, joined to it by
:data:`~fzbg.genre.indicators.LEVEL`, counts the subject named before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fzbg.genre.indicators import (
    CHANGE,
    CHANGE_ENDS,
    CHANGE_GOES_ON,
    CHANGE_REACH,
    FROM_BASE,
    LEVEL,
)
from fzbg.model import Quantity

__all__ = ["changed", "is_change", "joins_level", "starts_change", "turns"]

_JOINT = 16  # the longest join of a change to the level after it (LEVEL) worth a match
_SPACES = 3  # the most spaces a copy sets between a change's verb and its figure
_SEPARATORS = " ,、:"  # what LEVEL reads between two figures besides its words
_TO = re.compile("[至到为]")  # one of them stands between where a change starts and its level


def changed(view: str, start: int, at: int) -> bool:
    """Whether the figure at ``at`` is a change against an earlier year (:data:`CHANGE`).

    ``start`` is where its sentence starts (``与上年相比,行政复议案件增加6件``).

    >>> view = "受理45件,同比增加12件"
    >>> changed(view, 0, view.index("45")), changed(view, 0, view.index("12"))
    (False, True)
    """
    end = _unspaced(view, start, at)
    if view[end - 1 : end] not in CHANGE_ENDS:  # most figures: one look-up
        return False
    near = end - CHANGE_REACH
    if near <= start:
        return CHANGE.search(view, start, end) is not None
    if CHANGE.search(view, near, end):
        return True
    return view.find("相比", start, near) >= 0 and CHANGE.search(view, start, end) is not None


def _unspaced(view: str, start: int, at: int) -> int:
    """Where the words before ``at`` end, back past the spaces a copy set (增加 6 件)."""
    end = at
    while end > start and view[end - 1] == " " and at - end < _SPACES:
        end -= 1
    return end


def is_change(
    view: str, quantities: Sequence[Quantity], i: int, s_start: int, c_start: int
) -> bool:
    """Whether ``quantities[i]`` is a change, or goes on with the one before it.

    ``s_start`` and ``c_start`` are where its sentence and its clause start; a clause of a
    change verb alone after a change is one too (``同比增加30件,增长12%``).

    >>> from fzbg.extract.quantities import extract_quantities
    >>> view = "同比增加30件,增长12%,达到280件"
    >>> qs = extract_quantities(view)
    >>> [is_change(view, qs, i, 0, view.rfind(",", 0, q.span.start) + 1) for i, q in enumerate(qs)]
    [True, True, False]
    """
    at = quantities[i].span.start
    if changed(view, s_start, at):
        return True
    if not i or quantities[i - 1].span.start < s_start:
        return False
    end = _unspaced(view, c_start, at)
    if view[end - 1 : end] not in CHANGE_ENDS:
        return False
    return CHANGE_GOES_ON.fullmatch(view, c_start, at) is not None and changed(
        view, s_start, quantities[i - 1].span.start
    )


def starts_change(view: str, quantities: Sequence[Quantity], i: int, c_start: int) -> bool:
    """Whether ``quantities[i]`` is where a change starts, not the year's figure.

    It stands after 由 or 从 in its clause (from ``c_start``), and a change to the next
    figure (:data:`LEVEL`, to 至, 到 or 为) follows.

    >>> from fzbg.extract.quantities import extract_quantities
    >>> view = "处罚案件由上年的120件增至156件"
    >>> qs = extract_quantities(view)
    >>> starts_change(view, qs, 0, 0), starts_change(view, qs, 1, 0)
    (True, False)
    """
    end = quantities[i].span.end
    if i + 1 >= len(quantities) or quantities[i + 1].span.start - end > _JOINT:
        return False
    if _TO.search(view, end, quantities[i + 1].span.start) is None:  # most: a short look
        return False
    joint = LEVEL.fullmatch(view, end, quantities[i + 1].span.start)
    return (
        joint is not None
        and joint.group("to") is not None
        and FROM_BASE.search(view, c_start, quantities[i].span.start) is not None
    )


def joins_level(view: str, before: Quantity, q: Quantity) -> bool:
    """Whether :data:`LEVEL` joins ``before`` to ``q``, with a word (not a list's 、 alone).

    >>> from fzbg.extract.quantities import extract_quantities
    >>> view = "同比增加6件,达到38件;分别增加3件、2件"
    >>> a, b, c, d = extract_quantities(view)
    >>> joins_level(view, a, b), joins_level(view, c, d)
    (True, False)
    """
    if q.span.start - before.span.end > _JOINT:
        return False
    joint = LEVEL.fullmatch(view, before.span.end, q.span.start)
    return joint is not None and bool(joint.group().strip(_SEPARATORS))


def turns(view: str, quantities: Sequence[Quantity], i: int, s_start: int, clause: int) -> bool:
    """Whether ``quantities[i]`` is a turning point: a change, or where one starts.

    ``s_start`` and ``clause`` are where its sentence and its clause start.  The figure
    after it that :func:`joins_level` states the level reached, of the subject named
    before.

    >>> from fzbg.extract.quantities import extract_quantities
    >>> view = "行政诉讼案件比上年增加6件,达到38件"
    >>> turns(view, extract_quantities(view), 0, 0, 0)
    True
    """
    q = quantities[i]
    # Most figures: a look-up and a subtraction say that neither search can find one.
    if _may_end_change(view, q.span.start) and is_change(view, quantities, i, s_start, clause):
        return True
    near = i + 1 < len(quantities) and quantities[i + 1].span.start - q.span.end <= _JOINT
    return near and starts_change(view, quantities, i, clause)


def _may_end_change(view: str, at: int) -> bool:
    """Whether a change can end right before ``at``, as :func:`changed` reads one.

    It ends on one of :data:`CHANGE_ENDS`, or on the spaces a copy set after one.
    """
    before = view[at - 1 : at]  # "" before the first character
    return before in CHANGE_ENDS or before == " "

"""Figures after 分别: the n-th figure states the n-th subject listed before the word.

``办理行政复议、行政应诉案件分别为25件、13件``: the subjects are listed first, joined by
``、`` or ``和``, then :data:`~fzbg.genre.indicators.RESPECTIVELY` and as many figures in the
same order.  Each figure takes the cue of its own subject, looked for in that subject's
words only; a list whose figures and subjects differ in number pairs nothing, and a
figure whose subject is no row's keys nothing.  A change stated for each subject
(``备案率、审查率分别由上年的88%、90%提高到95%、98%``) pairs its levels, the second
list; the figures it starts from key nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from fzbg.extract.changes import joins_level
from fzbg.extract.cue_search import _nearest
from fzbg.genre.indicators import (
    FROM_BASE,
    RESPECTIVE_FIGURE_JOIN,
    RESPECTIVE_SUBJECT_JOIN,
    RESPECTIVELY,
)
from fzbg.genre.registry import Cue, IndicatorSpec, UnitCues
from fzbg.model import Quantity

__all__ = ["Paired", "paired"]

_LONGEST_LIST = 8  # the most figures one 分别 pairs: a list's cost stays constant
_VERB = 2  # the longest subject read as a verb of the next one's noun (受理, 审结)


class Paired(NamedTuple):
    """A figure of a respective list, and the cue of its subject (None: no row's)."""

    hit: tuple[IndicatorSpec, int, int] | None


def paired(  # noqa: PLR0917 - a figure and where it stands
    view: str,
    quantities: Sequence[Quantity],
    i: int,
    cues: UnitCues,
    s_start: int,
    context: str,
) -> Paired | None:
    """The subject of ``quantities[i]`` when it is a figure of a list after 分别.

    Args:
        view: The folded text.
        quantities: The text's quantities, in order.
        i: The figure's index in ``quantities``.
        cues: The cues of the rows that fit the figure's unit.
        s_start: Where the figure's sentence starts in ``view``.
        context: The sentence, for the cues' context and exclusion.

    Returns:
        None when the figure is in no such list; else its subject's cue, if any.

    Example:
        >>> from fzbg import INDICATORS, extract_quantities
        >>> view = "行政复议、行政应诉案件分别为25件、13件"
        >>> qs = extract_quantities(view)
        >>> pair = paired(view, qs, 1, INDICATORS.for_unit("件"), 0, view)
        >>> pair.hit[0].key, view[pair.hit[1] : pair.hit[2]]
        ('litigation-cases', '行政应诉')

    """
    at = quantities[i].span.start
    word = view.rfind("分别", s_start, at)
    if word < 0:
        return None
    opened = RESPECTIVELY.match(view, word)
    opens = opened.end() if opened else -1
    first = _first_figure(quantities, i, opens)
    if first is None:
        base = _base_list(view, quantities, i, opens)
        if base is None:
            return None
        if i <= base[1]:
            return Paired(None)  # where each change starts: keys nothing
        first = base[1] + 1  # the levels reached
    last = _last_figure(view, quantities, first)
    if i > last:
        return None
    subjects = _subjects(view, s_start, word)
    if len(subjects) != last - first + 1:
        return Paired(None)  # lists that do not pair: no figure is sure of its subject
    every = [(row, cue) for row, cue, _ in cues.cues]
    units = {q.unit for q in quantities[first : last + 1]}
    if len(units) == 1 and _shared(view, subjects, every, context):  # 受理、审结…25件、23件
        start, end = subjects[-1]
        return Paired(_nearest(view, every, start, end, False, context) if i == first else None)
    start, end = subjects[i - first]
    return Paired(_nearest(view, every, start, end, False, context))


def _base_list(
    view: str, quantities: Sequence[Quantity], i: int, opens: int
) -> tuple[int, int] | None:
    """The first and last index of the figures a change after 分别 starts from.

    ``分别由上年的20件、15件下降到16件、12件``: the list after 由 (:data:`FROM_BASE`), when
    a list of levels follows it (:func:`~fzbg.extract.changes.joins_level`) and
    ``quantities[i]`` is a figure of one of the two; else None.
    """
    if opens < 0:
        return None
    first = None
    for j in range(i, max(-1, i - 2 * _LONGEST_LIST), -1):
        if quantities[j].span.start < opens:
            break
        first = j
    if first is None or not FROM_BASE.fullmatch(view, opens, quantities[first].span.start):
        return None
    last = _last_figure(view, quantities, first)
    level = last + 1
    if level >= len(quantities) or not joins_level(view, quantities[last], quantities[level]):
        return None
    return (first, last) if i <= _last_figure(view, quantities, level) else None


def _last_figure(view: str, quantities: Sequence[Quantity], first: int) -> int:
    """The index of the last figure of the list that opens with ``quantities[first]``."""
    last = first
    while (
        last + 1 < len(quantities)
        and last - first + 1 < _LONGEST_LIST
        and RESPECTIVE_FIGURE_JOIN.fullmatch(
            view, quantities[last].span.end, quantities[last + 1].span.start
        )
    ):
        last += 1
    return last


def _shared(
    view: str, subjects: list[tuple[int, int]], every: list[tuple[IndicatorSpec, Cue]], context: str
) -> bool:
    """Whether the subjects but the last are a verb each (``受理``), of the last one's noun.

    Each is short and names no row (of the cues ``every``), and the figures share a
    unit: what was done to what the last one names (``受理、审结行政复议案件``).  The first
    figure states that row, as the total, and the others what became of it (as
    ``受理32件,审结28件``, whose 28 keys nothing).
    """
    return (
        len(subjects) > 1
        and all(end - start <= _VERB for start, end in subjects[:-1])
        and not any(_nearest(view, every, s, e, False, context) for s, e in subjects[:-1])
    )


def _first_figure(quantities: Sequence[Quantity], i: int, opens: int) -> int | None:
    """The index of the figure that starts at ``opens``, at most a list's length before ``i``."""
    for j in range(i, max(-1, i - _LONGEST_LIST), -1):
        start = quantities[j].span.start
        if start == opens:
            return j
        if start < opens:
            return None
    return None


def _subjects(view: str, s_start: int, word: int) -> list[tuple[int, int]]:
    """The spans of the subjects listed in the clause before 分别 at ``word``."""
    start = max(s_start, view.rfind(",", s_start, word) + 1, view.rfind(":", s_start, word) + 1)
    spans = []
    for join in RESPECTIVE_SUBJECT_JOIN.finditer(view, start, word):
        spans.append((start, join.start()))
        start = join.end()
    spans.append((start, word))
    return spans

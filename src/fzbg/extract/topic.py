"""A figure whose subject only the topic its sentence opens with names.

``在合法性审查方面，全年共审查78件。``, ``关于信访工作，全年受理126件``: the clause of the
figure says what was done (审查, 受理) but not to what; the sentence's first clause,
a topic (:data:`~fzbg.genre.indicators.TOPIC`), does.  As under a title
(:mod:`fzbg.extract.titled`), only the sentence's first figure takes it, and only when
a verb alone stands before it: words that name a subject of any row
(``出动执法人员3200人次``) or a meeting count something of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fzbg.extract.cue_search import _nearest
from fzbg.genre.indicators import MEETING, TOPIC, TOPIC_ENDS, TOPIC_OPENS, right_after_only
from fzbg.genre.registry import IndicatorSpec, Registry, UnitCues
from fzbg.model import Quantity

__all__ = ["topic"]

_POINT = re.compile(r"\s*[一二三四五六七八九十]是")  # a run-in point's marker before its topic
_LONGEST_VERB = 8  # the words between the topic and the figure (全年共审查): a verb, no more


def topic(  # noqa: PLR0917 - the figure, its sentence, and what to key it by
    view: str,
    quantities: Sequence[Quantity],
    i: int,
    cues: UnitCues,
    registry: Registry,
    s_start: int,
    context: str,
) -> tuple[IndicatorSpec, int, int] | None:
    """The cue of the topic ``quantities[i]``'s sentence opens with, if it names one.

    >>> from fzbg import INDICATORS, extract_quantities
    >>> view = "关于信访工作,全年受理126件,办结120件。"
    >>> qs = extract_quantities(view)
    >>> hit = topic(view, qs, 0, INDICATORS.for_unit("件"), INDICATORS, 0, view)
    >>> hit[0].key, view[hit[1] : hit[2]]
    ('petitions', '信访')
    >>> topic(view, qs, 1, INDICATORS.for_unit("件"), INDICATORS, 0, view)
    """
    at = quantities[i].span.start
    if i and quantities[i - 1].span.end > s_start:
        return None  # not the sentence's first figure
    if point := _POINT.match(view, s_start):  # 一是加强合法性审查工作,…: the point's topic
        s_start = point.end()
    comma = view.find(",", s_start, at)
    if comma < 0 or (
        view[comma - 1] not in TOPIC_ENDS and view[s_start:comma].lstrip()[:1] not in TOPIC_OPENS
    ):
        return None
    if TOPIC.fullmatch(view, s_start, comma) is None:
        return None
    words = view[comma + 1 : at]
    if len(words.strip()) > _LONGEST_VERB or "," in words or MEETING.search(words):
        return None
    if any(cue.regex.search(words) for row in registry for cue in row.cues):
        return None  # 出动执法人员3200人次: the clause names what it counts
    every = [(row, cue) for row, cue, _ in cues.cues]
    hit = _nearest(view, every, s_start, comma, False, view[s_start:comma] + context)
    return None if hit and right_after_only(hit[0].key, quantities[i].unit) else hit

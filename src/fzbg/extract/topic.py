"""A figure whose subject only the topic its sentence opens with names, or the clause before.

``在合法性审查方面，全年共审查78件。``, ``关于信访工作，全年受理126件``: the clause of the
figure says what was done (审查, 受理) but not to what; the sentence's first clause,
a topic (:data:`~fzbg.genre.indicators.TOPIC`), does.  As under a title
(:mod:`fzbg.extract.titled`), only the sentence's first figure takes it, and only when
a verb alone stands before it: words that name a subject of any row
(``出动执法人员3200人次``) or a meeting count something of their own.

``开展行政规范性文件清理,清理文件89件``: the figure's clause names the subject by its
head noun alone (:data:`~fzbg.genre.indicators.HEAD_NOUN`), the clause before it in full,
with the same noun at its end; the sentence's first figure, again, and only that clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fzbg.extract.cue_search import _nearest
from fzbg.genre.indicators import (
    HEAD_NOUN,
    MEETING,
    TOPIC,
    TOPIC_ENDS,
    TOPIC_OPENS,
    right_after_only,
)
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
    figure = quantities[i]
    if i and quantities[i - 1].span.end > s_start:
        return None  # not the sentence's first figure
    hit = _opened(view, figure, registry, s_start, (cues, context))
    return hit or _head_noun(view, figure.span.start, cues, s_start, context)


def _opened(
    view: str,
    figure: Quantity,
    registry: Registry,
    s_start: int,
    cues_in: tuple[UnitCues, str],
) -> tuple[IndicatorSpec, int, int] | None:
    """The cue of a topic the sentence opens with (TOPIC), a verb alone before ``figure``.

    ``cues_in`` are the cues of its unit and the sentence they must be allowed in.
    """
    cues, context = cues_in
    at = figure.span.start
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
    return None if hit and right_after_only(hit[0].key, figure.unit) else hit


def _head_noun(
    view: str, at: int, cues: UnitCues, s_start: int, context: str
) -> tuple[IndicatorSpec, int, int] | None:
    """The cue ending on the noun that alone names the subject of the figure at ``at``.

    >>> from fzbg import INDICATORS
    >>> view = "开展规范性文件清理,清理文件89件"
    >>> hit = _head_noun(view, view.index("89"), INDICATORS.for_unit("件"), 0, view)
    >>> hit[0].key, view[hit[1] : hit[2]]
    ('normative-documents', '规范性文件')
    """
    comma = max(view.rfind(",", s_start, at), view.rfind(":", s_start, at))
    if comma < 0 or (noun := HEAD_NOUN.fullmatch(view, comma + 1, at)) is None:
        return None
    before = max(view.rfind(",", s_start, comma), view.rfind(":", s_start, comma)) + 1
    every = [(row, cue) for row, cue, _ in cues.cues]
    hit = _nearest(view, every, max(before, s_start), comma, False, context)
    if hit is None or not view.endswith(noun[1], hit[1], hit[2]):
        return None  # 开展合同清理,清理文件20件: no subject the noun heads
    return hit

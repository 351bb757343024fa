"""The kinds pass: which statutory section each heading opens."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from fzbg.genre.cues import DONE_CUE, classify_heading
from fzbg.genre.dates import HEADING_YEAR, year_of
from fzbg.model import SectionKind
from fzbg.structure.headings import Head, HeadingSpan, heading_span
from fzbg.structure.index import LineIndex

__all__ = ["kinds"]

_K = SectionKind
_LATE = frozenset({_K.SHORTCOMINGS, _K.PLANS, _K.DUTIES})
# A heading that opens with the year after the one reported on announces that year's
# work (2024年工作举措, 2024年重点任务 in a report on 2023), unless it says the work is done.
_OPENING_YEAR = regex.compile(rf"[ ]*(?:关于|推进)?(?:{HEADING_YEAR})")
_MAY_BE_AHEAD = frozenset({None, _K.MEASURES})  # what the words said: nothing, or measures


def kinds(
    index: LineIndex,
    heads: Sequence[Head],
    spans: Sequence[HeadingSpan] | None = None,
    year: int | None = None,
) -> list[SectionKind]:
    r"""Decide each heading's kind.

    Its cue words decide; failing those, measures while the report is still telling
    what it did (also after duties that open it), other once the later statutory
    sections have begun.  A heading that
    opens with the year after ``year`` (the year the title names, or the preamble opens
    with; failing both, the earliest a heading opens with) names the plans, unless its
    words name another section or say the work is done.  ``spans`` are the headings'
    :func:`~fzbg.structure.headings.heading_span`, when already found.

    >>> from fzbg.lex.lines import lex
    >>> text = "一、依法行政\n二、存在的不足\n三、普法宣传"
    >>> index = LineIndex.of(text, text, lex(text))
    >>> [k.value for k in kinds(index, [Head(i, None, index.markers[i]) for i in range(3)])]
    ['measures', 'shortcomings', 'other']
    >>> text = "一、2023年工作举措\n二、存在的不足\n三、2024年工作举措"
    >>> index = LineIndex.of(text, text, lex(text))
    >>> [k.value for k in kinds(index, [Head(i, None, index.markers[i]) for i in range(3)])]
    ['measures', 'shortcomings', 'plans']
    """
    view = index.view
    said: dict[str, SectionKind | None] = {}  # what the words of a heading seen before say
    cues: list[SectionKind | None] = []
    opening: list[int | None] = []  # the year each heading's words open with
    done: set[int] = set()  # the headings that say their year's work is done
    for n, h in enumerate(heads):
        start, end, _ = heading_span(index, h) if spans is None else spans[n]
        words = view[h.marker.end if h.marker else start : end]
        if h.wrapped:
            words = words.replace("\n", "")
        if (cue := h.kind) is None:
            cue = said[words] if words in said else said.setdefault(words, classify_heading(words))
        cues.append(cue)
        m = _OPENING_YEAR.match(words)
        opening.append(year_of(m["year"]) if m else None)
        if m and DONE_CUE.search(words):  # the year it names is the one reported on
            done.add(n)
    named = [y for y in opening if y is not None]
    base = year if year is not None else min(named, default=None)
    ahead = None if base is None else base + 1
    out: list[SectionKind] = []
    late = False
    for n, (cue, opens) in enumerate(zip(cues, opening, strict=True)):
        said_plans = ahead is not None and opens == ahead and cue in _MAY_BE_AHEAD
        kind = _K.PLANS if said_plans and n not in done else cue
        kind = kind or (_K.OTHER if late else _K.MEASURES)
        # duties that open the report (一、履行第一责任人职责) come before its measures
        late = late or (kind in _LATE and (kind is not _K.DUTIES or _K.MEASURES in out))
        out.append(kind)
    return out

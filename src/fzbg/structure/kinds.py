"""The kinds pass: which statutory section each heading opens."""

from __future__ import annotations

from collections.abc import Sequence

from fzbg.genre.cues import classify_heading
from fzbg.model import SectionKind
from fzbg.structure.headings import Head, heading_span
from fzbg.structure.index import LineIndex

__all__ = ["kinds"]

_K = SectionKind
_LATE = frozenset({_K.SHORTCOMINGS, _K.PLANS, _K.DUTIES})


def kinds(index: LineIndex, heads: Sequence[Head]) -> list[SectionKind]:
    r"""Decide each heading's kind.

    Its cue words decide; failing those, measures while the report is still telling
    what it did, other once the later statutory sections have begun.

    >>> from fzbg.lex.lines import lex
    >>> text = "一、依法行政\n二、存在的不足\n三、普法宣传"
    >>> index = LineIndex.of(text, text, lex(text))
    >>> [k.value for k in kinds(index, [Head(i, None, index.markers[i]) for i in range(3)])]
    ['measures', 'shortcomings', 'other']
    """
    out: list[SectionKind] = []
    late = False
    view = index.view
    for h in heads:
        start, end, _ = heading_span(index, h)
        words = view[h.marker.end if h.marker else start : end]
        kind = h.kind or classify_heading(words.replace("\n", "") if h.wrapped else words)
        kind = kind or (_K.OTHER if late else _K.MEASURES)
        late = late or kind in _LATE
        out.append(kind)
    return out

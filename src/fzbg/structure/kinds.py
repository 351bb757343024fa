"""The kinds pass: which statutory section each heading opens."""

from __future__ import annotations

from collections.abc import Sequence

from fzbg.genre.cues import classify_heading
from fzbg.model import SectionKind
from fzbg.structure.headings import Head, HeadingSpan, heading_span
from fzbg.structure.index import LineIndex

__all__ = ["kinds"]

_K = SectionKind
_LATE = frozenset({_K.SHORTCOMINGS, _K.PLANS, _K.DUTIES})
_OTHER, _MEASURES = _K.OTHER, _K.MEASURES  # looked up once, not per heading


def kinds(
    index: LineIndex, heads: Sequence[Head], spans: Sequence[HeadingSpan] | None = None
) -> list[SectionKind]:
    r"""Decide each heading's kind.

    Its cue words decide; failing those, measures while the report is still telling
    what it did, other once the later statutory sections have begun.  ``spans`` are the
    headings' :func:`~fzbg.structure.headings.heading_span`, when already found.

    >>> from fzbg.lex.lines import lex
    >>> text = "一、依法行政\n二、存在的不足\n三、普法宣传"
    >>> index = LineIndex.of(text, text, lex(text))
    >>> [k.value for k in kinds(index, [Head(i, None, index.markers[i]) for i in range(3)])]
    ['measures', 'shortcomings', 'other']
    """
    out: list[SectionKind] = []
    late = False
    view = index.view
    said: dict[str, SectionKind | None] = {}  # what the words of a heading seen before say
    for n, h in enumerate(heads):
        start, end, _ = heading_span(index, h) if spans is None else spans[n]
        words = view[h.marker.end if h.marker else start : end]
        if h.wrapped:
            words = words.replace("\n", "")
        if (kind := h.kind) is None:
            kind = said[words] if words in said else said.setdefault(words, classify_heading(words))
        kind = kind or (_OTHER if late else _MEASURES)
        late = late or kind in _LATE
        out.append(kind)
    return out

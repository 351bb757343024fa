"""The hidden-sections pass: a paragraph that opens a section of another kind."""

from __future__ import annotations

from collections.abc import Set

from fzbg.genre.cues import classify_lead
from fzbg.lex.styles import Style
from fzbg.model import SectionKind
from fzbg.structure.index import LineIndex, counting, of_style

__all__ = ["hidden"]

_LONGEST_LEAD = 80  # how far into its line a lead's colon may stand


def hidden(
    index: LineIndex, first: int, last: int, kind: SectionKind, present: Set[SectionKind]
) -> tuple[int, SectionKind] | None:
    r"""Find a paragraph among lines ``first..last`` that opens a section with no heading.

    "我们也清醒地看到……困难和挑战:一是……;二是……" inside the measures section is the
    shortcomings section.  Only a kind other than ``kind`` and none of ``present`` counts.

    Returns:
        The paragraph's line and the kind it opens, or None.

    Example:
        >>> from fzbg.lex.lines import lex
        >>> text = "一、主要举措\n我们也看到存在的不足:一是学习少;二是宣传弱。"
        >>> index = LineIndex.of(text, text, lex(text))
        >>> hidden(index, 1, 2, SectionKind.MEASURES, {SectionKind.MEASURES})
        (1, <SectionKind.SHORTCOMINGS: 'shortcomings'>)

    """
    lines, view = index.lines, index.view
    for i in range(first, last):
        line = lines[i]
        if line.marker is not None:
            continue
        reach = min(line.end, line.start + _LONGEST_LEAD + 1)
        colon = view.find(":", line.start, reach) - line.start
        if not 0 < colon <= _LONGEST_LEAD:
            continue
        lead = classify_lead(view[line.start : line.start + colon])
        if lead is None or lead is kind or lead in present:
            continue
        runs = counting(of_style(Style.SHI, index.run_in(line.start + colon, line.end)))
        follows = i + 1 < last and (m := lines[i + 1].marker) is not None and m.style is Style.SHI
        if runs or follows:
            return i, lead
    return None

"""The hidden-sections pass: a paragraph that opens a section of another kind."""

from __future__ import annotations

from collections.abc import Set

import regex

from fzbg.genre.cues import LEAD_CUES, classify_lead
from fzbg.lex.lines import Marker
from fzbg.lex.styles import Style
from fzbg.model import SectionKind
from fzbg.structure.index import LineIndex, counting, of_style

__all__ = ["hidden", "prose_sections"]

_PLANS = SectionKind.PLANS
_LONGEST_LEAD = 80  # how far into its line a lead's colon may stand
# In a report written as prose, a first sentence that turns from the year's work to what
# fell short says so before its cue (…但也存在一些不足。 当前,我镇…还存在一些问题:);
# one that turns to what comes next opens with its cue (下一步,我镇将…).
_TURN = regex.compile(r"[但也还仍]|同时|然而|当前|目前")
_PLANS_AT = 2  # the plans' cue opens the line: 下一步, 在新的一年里 (not 研究今后的…)
# The preamble's last words, when it announces the report: 现将有关情况报告如下:
_ANNOUNCED = regex.compile(r"如下:?[ ]*$")


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
        if runs or (i + 1 < last and _opens_points(lines[i + 1].marker, lead)):
            return i, lead
    return _closing_turn(index, first, last, kind, present)


def _opens_points(marker: Marker | None, lead: SectionKind) -> bool:
    """Whether a line opening with ``marker``, under a lead to a ``lead`` section, opens it.

    一是 lines follow any lead; a list counting from one ((一) 1、) follows a lead to the
    plans (2024年,我们将重点抓好以下工作:), which no measure or problem opens with.
    """
    if marker is None:
        return False
    return marker.style is Style.SHI or (lead is _PLANS and marker.ordinal == 1)


def _closing_turn(
    index: LineIndex, first: int, last: int, kind: SectionKind, present: Set[SectionKind]
) -> tuple[int, SectionKind] | None:
    """A paragraph after a section's last point that turns to what fell short or comes next.

    "同时也要看到,我县……还存在一些短板,主要是……" after the measures' last point, in a
    report with no shortcomings heading, is its shortcomings section, points or none.
    """
    lines, view = index.lines, index.view
    tail = last
    while tail > first and lines[tail - 1].marker is None:
        tail -= 1
    if tail == first:  # no point above: a lone paragraph, which the lead rule reads
        return None
    for i in range(tail, last):
        line = lines[i]
        end = min(line.end, line.start + _LONGEST_LEAD)
        stop = min(
            (j for j in (view.find(c, line.start, end) for c in ":。") if j >= 0), default=end
        )
        turn = _turns_to(view[line.start : stop], listed=view.startswith(":", stop))
        if turn is not None and turn is not kind and turn not in present:
            return i, turn
    return None


def prose_sections(index: LineIndex, first: int, last: int) -> list[tuple[int, SectionKind]]:
    r"""The sections of a report among lines ``first..last`` that has no headings at all.

    A paragraph whose first sentence turns to what fell short or to what comes next opens
    that section (see :data:`~fzbg.genre.cues.LEAD_CUES`); the measures run from the line
    after the preamble (its first paragraph, or through its 报告如下:) to the first one.
    None when no paragraph turns so: the report stays without sections.

    Returns:
        The first line of each section and its kind, in order.

    Example:
        >>> from fzbg.lex.lines import lex
        >>> text = "现将有关情况报告如下:\n开展培训4次。\n但也存在一些不足。\n下一步,将继续努力。"
        >>> index = LineIndex.of(text, text, lex(text))
        >>> [(i, k.value) for i, k in prose_sections(index, 0, 4)]
        [(1, 'measures'), (2, 'shortcomings'), (3, 'plans')]

    """
    lines, view = index.lines, index.view
    opened: list[tuple[int, SectionKind]] = []
    for i in range(first + 1, last):  # the first line is the preamble's
        line = lines[i]
        end = min(line.end, line.start + _LONGEST_LEAD)
        stop = min(
            (j for j in (view.find(c, line.start, end) for c in ":。") if j >= 0), default=end
        )
        kind = _turns_to(view[line.start : stop], listed=view.startswith(":", stop))
        if kind is not None and (not opened or opened[-1][1] is not kind):
            opened.append((i, kind))
    if not opened:
        return []
    start = next(
        (i + 1 for i in range(first, opened[0][0]) if _ANNOUNCED.search(index.words(i))), first + 1
    )
    return [(start, SectionKind.MEASURES), *opened] if start < opened[0][0] else opened


def _turns_to(sentence: str, *, listed: bool) -> SectionKind | None:
    """The section a prose paragraph's first sentence turns to, if any.

    ``listed``: the sentence ends in a colon, before the list it announces
    (存在的问题主要有:), which says as much as a turn does.
    """
    kind = classify_lead(sentence)
    if kind is SectionKind.PLANS:
        cue = _PLANS_CUE.search(sentence)
        return kind if cue is not None and cue.start() < _PLANS_AT else None
    if kind is SectionKind.SHORTCOMINGS:
        cue = _SHORTCOMINGS_CUE.search(sentence)
        turn = _TURN.search(sentence)
        if cue is None:
            return None
        return kind if listed or (turn is not None and turn.start() < cue.start()) else None
    return None


_CUES = dict(LEAD_CUES)
_SHORTCOMINGS_CUE, _PLANS_CUE = _CUES[SectionKind.SHORTCOMINGS], _CUES[SectionKind.PLANS]

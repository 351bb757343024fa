"""The headings pass: which lines head sections, and where a heading's words stand."""

from __future__ import annotations

import itertools
import operator
from bisect import bisect_left
from typing import NamedTuple

import regex

from fzbg.genre.cues import (
    LONGEST_HEADING,
    SECTION_FINAL,
    classify_heading,
    is_unnumbered_heading,
)
from fzbg.genre.dates import SIGNING_DATE
from fzbg.genre.openers import HEADING_GOES_ON
from fzbg.lex.lines import Marker
from fzbg.lex.styles import Style
from fzbg.model import SectionKind
from fzbg.structure.index import TITLE_END, LineIndex
from fzbg.structure.parts import part_points, stopped_part
from fzbg.structure.restarts import restarted_heads

__all__ = ["Head", "HeadingSpan", "heading_span", "heads"]

HeadingSpan = tuple[int, int, int]
"""Where a heading's words start and end, and where the text under it starts."""

_PUNCTUATED = regex.compile(r"[。,;:!?]")
_WRAPPED_FRAGMENT = 20  # the longest line taken for the rest of a wrapped heading
# A heading that lost its number: a short line with no sentence punctuation.  When a
# report has no other headings, such a line before a paragraph is one, and a fragment
# glued after the last 。 of the line above it is its first half.
_BARE_HEADING = regex.compile(r"[^。;!?:]{4,40}(?<![,、])")
_GLUED = regex.compile(r"。(?P<fragment>[^。;!?:,、]{2,30})$")


class Head(NamedTuple):
    """A section heading: its line, and its kind when its words alone decide it.

    A named tuple, not an attrs class: a report of marker lines has one per line.
    """

    line: int
    """The index of its line."""
    kind: SectionKind | None
    marker: Marker | None
    start: int | None = None
    """Where the heading starts when not at its line's start (glued to the line above)."""
    wrapped: bool = False
    """Its words go on into the next line ("一、2023年推进法治政府建设的主要 / 举措和成效")."""


def heads(index: LineIndex, first: int, last: int) -> list[Head]:
    r"""The section headings among lines ``first..last``, in order.

    >>> from fzbg.lex.lines import lex
    >>> text = "一、主要举措\n正文。\n二、存在的不足\n正文。"
    >>> [h.line for h in heads(LineIndex.of(text, text, lex(text)), 0, 4)]
    [0, 2]
    """
    numbered, wrapped = _numbered(index, first, last)
    lines, markers = index.lines, index.markers
    continued = {i + 1 for i in numbered if (m := markers[i]) and m.end == lines[i].end}
    continued |= {i + 1 for i in wrapped}
    unnumbered = _unnumbered(index, first, last, continued)
    restarted: list[int] = []
    if not numbered:  # 一是主要举措和成效。……: parts run in as points head the sections
        numbered = part_points(index, first, last)
    if not numbered:
        top = _top_style(index, first, last)
        if _name_sections(index, top) or _beside(index, top, unnumbered):
            numbered = top  # (一)主要举措和成效 … (二)存在的问题: sections
        else:  # points: headings that lost their numbers may stand over their counts
            restarted = restarted_heads(index, top, first)
            numbered = [] if unnumbered or restarted else top
    if not numbered:
        # Nothing numbered: headings that lost their numbers stand beside the ones
        # whose words name a section.
        known = {h.line for h in unnumbered}
        bare = [Head(i, None, None) for i in restarted] or _bare_heads(index, first, last)
        unnumbered = sorted([*unnumbered, *(h for h in bare if h.line not in known)], key=_LINE)
    if wrapped:
        found = [Head(i, None, markers[i], None, i in wrapped) for i in numbered]
    else:
        found = [Head(i, None, markers[i]) for i in numbered]
    if found and unnumbered:
        unnumbered = _beneath(index, found, unnumbered)
    if not unnumbered:
        return found  # in order, and no numbering restarts under an unnumbered heading
    return _demoted(index, sorted([*found, *unnumbered], key=_LINE))


_LINE = operator.itemgetter(0)  # a Head's line
_NUMBERED = operator.attrgetter("marker")  # a Head with a marker (truthy)
# Looked up once: on Python 3.11 every Style.X costs a descriptor call, too slow per line.
_CN_DUN, _PART, _AR_DUN = Style.CN_DUN, Style.PART, Style.AR_DUN


def _numbered(index: LineIndex, first: int, last: int) -> tuple[list[int], set[int]]:
    """Lines numbered as sections (一、, or 第一部分 when there are parts).

    Returns:
        Those lines, and the ones of them whose words wrap into the next line.

    """
    lo = bisect_left(index.marked_lines, first)
    hi = bisect_left(index.marked_lines, last, lo)
    marked = list(zip(index.marked_lines[lo:hi], index.marked_styles[lo:hi], strict=True))
    numbered = [i for i, style in marked if style is _CN_DUN]
    parts = [i for i, style in marked if style is _PART]
    if len(parts) >= 2:
        numbered = parts  # 第一部分, 第二部分 …: the 一、 within them number their items
    elif len(numbered) >= 2 and _counts_again(index, numbered):
        numbered = _outer(index, numbered)
    if len(numbered) >= 2 and numbered is not parts:
        numbered = _gaps_filled(index, numbered, marked)
    # The words of a bare "一、" stand on the next line; that line is no heading of its own.
    markers = index.markers
    return numbered, {
        i for i in numbered if i + 1 < last and markers[i + 1] is None and _wraps(index, i)
    }


def _counts_again(index: LineIndex, numbered: list[int]) -> bool:
    """Whether the ordinals of ``numbered`` lines ever fail to go up."""
    markers = index.markers
    ordinals = [m.ordinal or 0 for i in numbered if (m := markers[i])]
    return any(b <= a for a, b in itertools.pairwise(ordinals))


def _outer(index: LineIndex, numbered: list[int]) -> list[int]:
    """Drop the 一、 points that count again from 一 right under a 一、 heading.

    "二、存在的问题 / 一、基层力量薄弱。/ 二、…… / 三、下一步计划": the section numbers its
    points in its own style, and the outer count goes on past them.  A point whose
    number is also the outer count's next is a heading when its words name a section
    and are no sentence.
    """
    markers = index.markers
    out: list[int] = []
    inner = 0  # the last number of the points under the last heading; 0: none
    for i in numbered:
        ordinal = markers[i].ordinal  # type: ignore[union-attr]
        if out and ordinal == 1 and not inner and _right_under(index, out[-1], i):
            inner = 1
            continue
        if inner and ordinal == inner + 1:
            outer = markers[out[-1]].ordinal  # type: ignore[union-attr]
            words = index.view[markers[i].end : index.lines[i].end]  # type: ignore[union-attr]
            if ordinal != (outer or 0) + 1 or "。" in words or classify_heading(words) is None:
                inner = ordinal
                continue
        inner = 0
        out.append(i)
    return out


def _gaps_filled(
    index: LineIndex, numbered: list[int], marked: list[tuple[int, Style]]
) -> list[int]:
    """Fill a gap in the count of 一、 headings with the line of another style that heads it.

    "一、主要举措和成效 / (一)… / (二)… / (二)存在的问题 / 三、下一步打算": the writer set
    二's heading in the points' style.  A marked line numbered as the missing heading,
    whose words are a section's heading of a kind of its own, is that heading.
    """
    markers = index.markers
    out = [numbered[0]]
    for above, below in itertools.pairwise(numbered):
        low, high = markers[above].ordinal, markers[below].ordinal  # type: ignore[union-attr]
        if low is not None and high == low + 2:
            kind = _heading_kind(index, above)
            out += [
                i
                for i, style in marked
                if above < i < below
                and style is not _CN_DUN
                and markers[i].ordinal == low + 1  # type: ignore[union-attr]
                and (named := _heading_kind(index, i)) is not None
                and named is not kind
            ][:1]
        out.append(below)
    return out


def _heading_kind(index: LineIndex, i: int) -> SectionKind | None:
    """The kind the words of marked line ``i`` name as a heading of their own line, if any."""
    marker, line = index.markers[i], index.lines[i]
    words = index.view[marker.end if marker else line.start : line.end]
    return is_unnumbered_heading(words)


def _right_under(index: LineIndex, heading: int, i: int) -> bool:
    """Whether line ``i`` stands right under heading line ``heading`` (or its lead)."""
    return i == heading + 1 or (i == heading + 2 and "。" not in index.words(heading + 1))


def _unnumbered(index: LineIndex, first: int, last: int, continued: set[int]) -> list[Head]:
    """Lines without a number whose words name a section (下一步工作打算)."""
    lines, markers, view = index.lines, index.markers, index.view
    said: dict[str, SectionKind | None] = {}  # what the words of a line seen before say
    found: list[Head] = []
    for i in range(first, last):
        line = lines[i]
        # measured before it is sliced: a paragraph is never copied to be turned down
        if markers[i] is None and line.end - line.start <= LONGEST_HEADING and i not in continued:
            words = view[line.start : line.end]
            kind = (
                said[words]
                if words in said
                else said.setdefault(words, is_unnumbered_heading(words))
            )
            if kind is None and words[-1:] == "。":  # 存在的不足和原因。 alone on its line
                kind = stopped_part(words)
            if kind:
                found.append(Head(i, kind, None))
    return found


def _top_style(index: LineIndex, first: int, last: int) -> list[int]:
    """With no 一、 anywhere, the lines of the highest style present ((一), 1、).

    A report may rank its own numbering: 1、 lines that open before the first line of a
    higher style and all name sections head them, over (一) points ("1、主要举措和成效 /
    (一)加强组织领导").
    """
    markers = index.markers
    present = {
        m.style: i
        for i in range(last - 1, first - 1, -1)
        if (m := markers[i]) and m.ordinal and m.style <= _AR_DUN
    }  # each style present, at its first line
    top = min(present, default=None)
    if (
        top is not None
        and top is not _AR_DUN
        and present.get(_AR_DUN, last) < present[top]
        and _name_sections(index, arabic := _of_style(index, first, last, _AR_DUN))
    ):
        return arabic
    return _of_style(index, first, last, top)


def _of_style(index: LineIndex, first: int, last: int, style: Style | None) -> list[int]:
    """The lines among ``first..last`` that open with a numbered marker of ``style``."""
    markers = index.markers
    return [i for i in range(first, last) if (m := markers[i]) and m.style is style and m.ordinal]


def _name_sections(index: LineIndex, lines: list[int]) -> bool:
    """Whether marked ``lines`` are all headings naming sections, of more than one kind.

    With no 一、 in a report, (一)主要举措和成效 … (二)存在的问题 head its sections beside
    an unnumbered 下一步工作打算; (一)…计划 (二)…安排 under it are its items.
    """
    kinds = set()
    for i in lines:
        if (kind := _names_section(index, i)) is None:
            return False
        kinds.add(kind)
    return len(kinds) > 1


def _beside(index: LineIndex, lines: list[int], unnumbered: list[Head]) -> bool:
    """Whether marked ``lines`` head sections beside the headings that lost their numbers.

    "1.2024年工作总结 / (1)… / 2025年工作安排 / (1)…": a report numbered 1、 whose later
    headings lost their numbers keeps its first.  The marked lines open the report, before
    its first unnumbered heading, and each names a section of a kind none of those name
    (an item under 存在的问题 that reads 1、存在问题 is an item).
    """
    if not lines or not unnumbered or lines[0] > unnumbered[0].line:
        return False
    kinds = {h.kind for h in unnumbered}
    return all((kind := _names_section(index, i)) is not None and kind not in kinds for i in lines)


def _names_section(index: LineIndex, i: int) -> SectionKind | None:
    """The kind marked line ``i`` names as a heading: its words are no sentence, and name one."""
    marker, line = index.markers[i], index.lines[i]
    words = index.view[marker.end if marker else line.start : line.end]
    return None if _PUNCTUATED.search(words) else classify_heading(words)


def _beneath(index: LineIndex, found: list[Head], unnumbered: list[Head]) -> list[Head]:
    """Drop the unnumbered headings that name the kind of the numbered one above them.

    "二、存在的不足和原因 / (一)… / 存在不足的原因 / 一是…": the line heads a part of the
    same section, not a section of its own.
    """
    kinds = {h.line: classify_heading(index.words(h.line)) for h in found}
    numbered = [h.line for h in found]
    out = []
    for h in unnumbered:
        k = bisect_left(numbered, h.line)
        if not k or h.kind is None or kinds[numbered[k - 1]] is not h.kind:
            out.append(h)
    return out


def _demoted(index: LineIndex, found: list[Head]) -> list[Head]:
    """Drop numbering that restarts at 一 right under an unnumbered heading.

    Such numbering numbers that section's items: "2025年工作安排 / 一、… / 二、…".  But
    where the first heading of all stands over a count whose headings all name sections,
    of more than one kind (:func:`_name_sections`), the count is the report's and the line
    over it a headline, dropped instead: "工作情况通报 / …报告如下: / 一、2019年…情况 /
    二、存在的问题".
    """
    out: list[Head] = []
    demoting = False
    for k, h in enumerate(found):
        if h.marker is None:
            demoting = False
        elif out and out[-1].marker is None and h.marker.ordinal == 1:
            count = itertools.takewhile(_NUMBERED, found[k:])
            if len(out) == 1 and _name_sections(index, [c.line for c in count]):
                out.pop()  # a headline over the report's own sections
            else:
                demoting = True
        if not (demoting and h.marker is not None):
            out.append(h)
    return out


def _bare_heads(index: LineIndex, first: int, last: int) -> list[Head]:
    """Headings that lost their numbers, in a report that has no other headings."""
    out: list[Head] = []
    for i in range(first, last - 1):
        words = index.words(i)
        following = index.words(i + 1)
        if index.markers[i] or not _BARE_HEADING.fullmatch(words):
            continue
        if words.startswith("(") or SIGNING_DATE.search(words):
            continue  # （2025年1月10日）: a date, not a heading
        if "。" not in following and len(following) <= 40:
            continue  # not before a paragraph
        start = None
        if i > first and (glued := _GLUED.search(index.words(i - 1))):
            start = index.lines[i - 1].start + glued.start("fragment")
        out.append(Head(i, None, None, start))
    return out


def _wraps(index: LineIndex, i: int) -> bool:
    """Whether numbered heading line ``i`` goes on into the next line.

    A heading wrapped like "一、2023年推进法治政府建设的主要 / 举措和成效" names its
    section only when joined, and the short fragment below has no punctuation.  One
    that names it already goes on when broken after a linking word (…存在的不足和 /
    原因), or mid-phrase with the fragment ending as a section's heading does
    (…第一责任人 / 职责、加强法治政府建设的有关情况).
    """
    line, below = index.lines[i], index.lines[i + 1]
    if below.marker is not None or below.end - below.start > _WRAPPED_FRAGMENT:
        return False
    marker = line.marker
    own = index.view[marker.end if marker else line.start : line.end]
    fragment = index.words(i + 1)
    if not own or _PUNCTUATED.search(own) or _PUNCTUATED.search(fragment):
        return False
    if (kind := classify_heading(own)) is None:
        return classify_heading(own + fragment) is not None
    if own[-1] in HEADING_GOES_ON:
        return True
    return (
        SECTION_FINAL.search(fragment) is not None
        and SECTION_FINAL.search(own) is None
        and classify_heading(own + fragment) is kind
    )


def heading_span(index: LineIndex, head: Head) -> HeadingSpan:
    r"""Where a heading's words start and end, and where the text under it starts.

    >>> from fzbg.lex.lines import lex
    >>> text = "一、\n主要举措:正文。"
    >>> heading_span(LineIndex.of(text, text, lex(text)), Head(0, None, lex(text)[0].marker))
    (0, 7, 8)
    """
    lines = index.lines
    line = lines[head.line]
    start = line.start if head.start is None else head.start
    if head.wrapped:
        line = lines[head.line + 1]
    elif head.marker and head.marker.end == line.end and head.line + 1 < len(lines):
        following = lines[head.line + 1]  # "一、" alone, its words on the next line
        if following.marker is None:
            line = following
    # The words end at their stop, looked for past the marker (一:主要举措和成效).
    words = head.marker.end if head.marker and line is lines[head.line] else line.start
    if stop := TITLE_END[False].search(index.view, words, line.end):
        return start, stop.start(), stop.end()
    return start, line.end, line.end

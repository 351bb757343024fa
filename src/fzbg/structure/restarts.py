"""Headings that lost their numbers, found by the points under them counting again.

A copy can lose the 一、 of every heading (a Word list's automatic numbers, dropped on the
way to a web page) and keep the (一) of the points: "加强组织领导 / (一)… / (二)… / 推进依法
行政 / (一)… ".  The count of the points starting again at 一 says where a section starts,
and the bare line over each new count is its heading.
"""

from __future__ import annotations

import regex

from fzbg.genre.bodies import BODY_ENDINGS
from fzbg.genre.cues import LONGEST_HEADING
from fzbg.genre.dates import SIGNING_DATE
from fzbg.structure.index import LineIndex

__all__ = ["restarted_heads"]

# A heading's line: no sentence ends in it, and it does not stop on a comma.
_SENTENCE = regex.compile(r"[。:;]")  # a lead paragraph's: 。, or the colon before points
_HEADING_LINE = regex.compile(rf"[^。;!?:]{{4,{LONGEST_HEADING}}}(?<![,、])")
_PARAGRAPH_END = regex.compile(r"[。:]$")  # a paragraph's last words, or its lead's
_ISSUER = regex.compile(rf"(?:{BODY_ENDINGS})$")  # a body's name ends so


def restarted_heads(index: LineIndex, points: list[int], first: int) -> list[int]:
    """The bare heading lines over each count of ``points`` that starts again at 1.

    ``points`` are the lines of the report's highest numbered style, none of them a
    section's.  Every count must start right under a bare line (or under a bare line and
    one paragraph of lead), and there must be two counts at least, or one right under a
    bare line that itself stands under a paragraph (an opening's first section): else
    nothing.
    """
    markers = index.markers
    starts = [i for i in points if markers[i].ordinal == 1]  # type: ignore[union-attr]
    if len(starts) == 1:
        return _one_count(index, starts[0], first)
    if len(starts) < 2:
        return []
    found: list[int] = []
    for i in starts:
        above = i - 1
        if above > first and markers[above] is None and _SENTENCE.search(index.words(above)):
            above -= 1  # a lead paragraph between the heading and its first point
        if above < first or above in found or not _bare(index, above):
            return []
        found.append(above)
    return found


def _bare(index: LineIndex, i: int) -> bool:
    """Whether line ``i`` reads as a heading that lost its number."""
    if index.markers[i] is not None:
        return False
    words = index.words(i)
    return (
        _HEADING_LINE.fullmatch(words) is not None
        and not words.startswith("(")
        and SIGNING_DATE.search(words) is None  # （2025年1月10日）: a date, not a heading
    )


def _one_count(index: LineIndex, start: int, first: int) -> list[int]:
    """The bare line right over a report's one count, under a paragraph or the first line.

    An opening that lost the 一、 of its first heading: "……报告如下: / 依法全面履行政府职能 /
    (一)…".  Not a body's name over the count (某某县司法局), which signs or issues it.
    """
    above = start - 1
    if above < first or not _bare(index, above) or _ISSUER.search(index.words(above)):
        return []
    if above > first and not _PARAGRAPH_END.search(index.words(above - 1)):
        return []
    return [above]

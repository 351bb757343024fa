"""Points glued after a word, and the closing after the last sentence: a copy's lost breaks.

A copy runs a point into the one before it (（二）推进依法决策。……取得实效（三）规范行政执法。)
with nothing between them, and the closing into the last sentence (…继续推进。特此报告。
某县司法局 2024年1月26日); :mod:`fzbg.page.seams` puts a line break where it finds one.
Patterns run on the folded matching view.
"""

from __future__ import annotations

import re

import regex

from fzbg.genre.bodies import SIGNATURE
from fzbg.genre.chrome import chrome_lines
from fzbg.genre.cues import CLOSING_WORDS
from fzbg.genre.dates import DAY_ENDS, SIGNING_DATE
from fzbg.genre.markers import cn_ordinal
from fzbg.page.wraps import STOPS  # a point or heading after one is run in, not glued
from fzbg.text.normalize import fold

__all__ = ["STOPS", "glued_closing", "glued_points", "glued_tools"]

# A (二) … (十) point after a word (or a stop) and before one: not (三)项, 第十条(三).
_GLUED_POINT = re.compile(
    r"\((?<=[\u4e00-\u9fff。;]\()(?<!条\()([二三四五六七八九十])\)(?=[\u4e00-\u9fff])(?![项款目条号])"
)
# The point a line opens with, after its indent: (一) … (九).
_LINE_POINT = re.compile(r"[ \t\u3000]*\(([一二三四五六七八九])\)")
# The closing after a stop at the very end of the text: 特此报告 maybe, the signer maybe,
# and the date; or the signer glued so and the date on the line below it.
_GLUED_CLOSING = regex.compile(
    rf"(?<=[。!;])[ \t]*(?:(?P<words>{CLOSING_WORDS})[。.!]?[ \t]*)?"
    rf"(?P<signed>(?:(?:{SIGNATURE})?|(?:{SIGNATURE})[ \t]*\n)[ \t]*(?:{SIGNING_DATE.pattern}))\s*$"
)
_CLOSING_REACH = 80  # how far before the text's end a glued closing may start
_TOOLS_REACH = 200  # how far before the text's end a glued tool bar or footer may start
_LAST_STOPS = re.compile("[。!]")
_DATE_LINE = regex.compile(rf"[ \t]*(?:{SIGNING_DATE.pattern})[ \t]*")


def glued_points(view: str) -> list[tuple[int, int]]:
    """Where a (三) glued straight after a word of point (二)'s line starts, as cuts.

    A (N) after a word, before a word, on a line that opens with (N-1) or holds it so,
    opens point N.  Each cut is empty (start, start): a line break goes there.

    >>> view = "(二)推进依法决策。决策取得实效(三)规范执法。"
    >>> [(at, view[at:at + 3]) for at, _ in glued_points(view)]
    [(16, '(三)')]
    """
    cuts: list[tuple[int, int]] = []
    counts: dict[int, int | None] = {}  # a line's start: the last point's number on it
    line = seen = 0  # the current line's start, and how far the text was read for it
    for found in _GLUED_POINT.finditer(view):
        line = max(line, view.rfind("\n", seen, found.start()) + 1)  # read once: linear
        seen = found.start()
        if line not in counts:
            opening = _LINE_POINT.match(view, line)
            counts[line] = cn_ordinal(opening[1]) if opening else None
        ordinal = cn_ordinal(found[1])
        last = counts[line]
        if last is not None and ordinal == last + 1:
            counts[line] = ordinal
            if view[found.start() - 1] not in STOPS:  # after a stop it is run in: kept
                cuts.append((found.start(), found.start()))
    return cuts


def glued_closing(text: str) -> list[tuple[int, int]]:
    """Where a closing glued after the text's last sentence starts, as cuts.

    A cut before the closing and, after 特此报告, one before the signature: each empty
    (start, start), for a line break.

    >>> text = "继续推进依法行政。特此报告。某县司法局 2024年1月26日"
    >>> [text[at:at + 4] for at, _ in glued_closing(text)]
    ['特此报告', '某县司法']
    """
    tail = len(text.rstrip())
    last = text[max(tail - 2, 0) : tail]  # a date's 日, or 日。: most texts end on prose
    if not last or (last[-1] not in DAY_ENDS and (len(last) < 2 or last[0] not in DAY_ENDS)):
        return []
    start = max(text.rfind("\n", 0, tail) + 1, tail - _CLOSING_REACH)
    if start and _DATE_LINE.fullmatch(text, start, tail):  # the date alone: the signer above
        start = max(text.rfind("\n", 0, start - 1) + 1, tail - _CLOSING_REACH)
    # From a line's start, the whole text's view reads as the line's own (fold reads a
    # misread number or word inside one line), and fold keeps it for the seams next: a
    # line's own view would put it out.  A part of a long line is folded on its own.
    whole = start == 0 or text[start - 1] == "\n"
    found = _GLUED_CLOSING.search(fold(text)[start:] if whole else fold(text[start:]))
    if found is None:
        return []
    cuts = [(start + found.start(), start + found.start())]
    if found["words"] is not None:
        cuts.append((start + found.start("signed"), start + found.start("signed")))
    return cuts


def glued_tools(text: str) -> list[tuple[int, int]]:
    """Where a page's tool bar or footer glued after the text's last sentence starts.

    A copy that lost its line breaks runs the page's chrome under the article into its
    last sentence (…人才队伍。分享到:); the first stop after which all the rest of the
    line is one line of chrome ends the text.  One empty cut (start, start), or none.

    >>> text = "做强法治人才队伍。分享到:"
    >>> [text[at:] for at, _ in glued_tools(text)]
    ['分享到:']
    """
    tail = len(text.rstrip())
    start = max(text.rfind("\n", 0, tail) + 1, tail - _TOOLS_REACH)
    view = fold(text)[start:tail]  # the whole text's view, which fold keeps: no line's own
    for stop in _LAST_STOPS.finditer(view):
        rest = view[stop.end() :].lstrip()
        line = next(chrome_lines(rest), None) if rest else None
        if line is not None and line[:2] == (0, len(rest)):  # all the rest is that line
            return [(start + stop.end(), start + stop.end())]
    return []

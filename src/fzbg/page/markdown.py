"""The marks a copy through Markdown leaves around a report's lines.

A report converted from Word to Markdown (pandoc), pasted from a Markdown editor or
quoted in a forum post keeps the marks of the format: ``**`` around a bold heading, ``#``
before one, ``>`` before each quoted line, ``-`` or ``*`` before each point of a list, and
the ``|`` borders of the table cell a paragraph was copied out of.  None of them is the
report's text; :mod:`fzbg.page.debris` cuts them out as inline debris, so that a heading
reads ``一、主要举措和成效`` again and its marker opens its line.

Each pattern is written for the matching view (:func:`fzbg.text.normalize.fold`), where
full-width ``＞ ｜ －`` read as ``> | -``; each takes only the mark and the space after it,
never a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from fzbg.genre.markers import CN_NUMERAL, ORDER_NUMERAL

__all__ = [
    "DECORATION_GLYPH",
    "MARKDOWN_BOLD",
    "MARKDOWN_HEADING",
    "MARKDOWN_LIST",
    "MARKDOWN_MARKS",
    "MARKDOWN_QUOTE",
    "TABLE_BORDER",
]

# What a bold run-in point holds inside a line: its run-in marker (一是, 首先, 第一,) or
# its lead sentence up to its stop (强化组织领导。); an anonymised name (**街道**) neither.
_RUN_IN = (
    rf"(?:{CN_NUMERAL}是|其{CN_NUMERAL}|第{CN_NUMERAL}[,、]?|{ORDER_NUMERAL}|[^*\n]{{1,60}}[。:,])"
)

MARKDOWN_BOLD = regex.compile(
    rf"""
    (?<=^[ ]*)\*\*(?=[^*\n]+\*\*)    # a docx-to-markdown converter (pandoc) bolds a heading:
    | (?<=^[ ]*\*\*[^*\n]+)\*\*      # **一、主要举措和成效**, **（一）加强领导。**正文
    | \*\*(?={_RUN_IN}\*\*)            # or a run-in point inside a paragraph or after a
    | (?<=\*\*{_RUN_IN})\*\*           # list's number: **一是**…。**二是**…, 1. **强化领导。**正文
    """,
    regex.VERBOSE | regex.MULTILINE,
)

MARKDOWN_HEADING = regex.compile(
    r"""
    (?<=^[ ]*)\#{1,6}[ ]+(?=\S)   # pandoc writes a docx heading as an ATX heading: # 一、主要举措
    """,
    regex.VERBOSE | regex.MULTILINE,
)

MARKDOWN_QUOTE = regex.compile(
    r"""
    >(?<=^[ ]*>)(?:[ ]?>)*+[ ]?  # a report quoted in a forum post or a Markdown note opens
    (?=[^\s>=0-9])               # each line with >: > 一、主要举措和成效, >>（一）加强领导
                                 # (a comparison, >60岁 or >=, is text)
    """,
    regex.VERBOSE | regex.MULTILINE,
)

MARKDOWN_LIST = regex.compile(
    r"""
    [-*+](?<=^[ ]*[-*+])[ ]++ # a Markdown list item's bullet before a point's own marker
    (?=[^\s\-*+0-9])          # or words: - （一）加强领导, * 执法力量薄弱 (a page number,
                              # - 2 -, and a rule of dashes are not bullets)
    """,
    regex.VERBOSE | regex.MULTILINE,
)

TABLE_BORDER = regex.compile(
    r"""
    \|(?<=^[ ]*\|)[ ]*+(?=[^|\s][^|\n]*+\|[ ]*+$)
        # a paragraph copied out of a one-column table keeps the cell's borders:
        # | 一、主要举措和成效 | (the left border, and the right one below; a line with
        # more cells inside, | 项目 | 件数 |, keeps them)
    | (?<=[^|\s])[ ]*+\|[ ]*+$(?<=^[ ]*\|[^|\n]*\|[ ]*)
        # (each branch tests what is cheap first, so no run of spaces is read twice)
    """,
    regex.VERBOSE | regex.MULTILINE,
)

_GLYPHS = "▌▍▎▋▊■◆◇●○▶►★☆◤"  # what a WeChat article sets before a title or a heading
DECORATION_GLYPH = regex.compile(
    rf"(?<=^[ \t]*)[{_GLYPHS}]+[ \t]*(?=[^\s{_GLYPHS}])",  # ▌一、主要举措: a glyph, then words
    regex.MULTILINE,
)
_GLYPH = re.compile(f"[{_GLYPHS}]")

_BULLET = r"[ ]*[-*+][ ]+[^\s\-*+0-9]"
_FIRST_BULLET, _LINE_BULLET = re.compile(_BULLET), re.compile(rf"\n{_BULLET}")


def _may_hold_bullet(view: str) -> bool:
    """Whether a line of ``view`` may open with a list's bullet.

    The scan goes from line break to line break, not a ``^`` tried at every character.
    """
    return _FIRST_BULLET.match(view) is not None or _LINE_BULLET.search(view) is not None


MARKDOWN_MARKS: tuple[tuple[str, regex.Pattern[str], str, str | Callable[[str], bool]], ...] = (
    (
        "markdown-emphasis",
        MARKDOWN_BOLD,
        "The ** around a bold line that a docx-to-markdown converter wrote: **一、主要举措**.",
        "*",
    ),
    (
        "markdown-heading",
        MARKDOWN_HEADING,
        "The # that a docx-to-markdown converter writes before a heading: # 一、主要举措.",
        "#",
    ),
    (
        "markdown-quote",
        MARKDOWN_QUOTE,
        "The > before each line of a report quoted in Markdown: > 一、主要举措.",
        ">",
    ),
    (
        "markdown-list",
        MARKDOWN_LIST,
        "The bullet of a Markdown list item before a point: - （一）加强领导.",
        _may_hold_bullet,
    ),
    (
        "decoration-glyph",
        DECORATION_GLYPH,
        "A glyph an article sets before a title or a heading as decoration: ▌一、主要举措.",
        lambda view: _GLYPH.search(view) is not None,
    ),
    (
        "table-border",
        TABLE_BORDER,
        "The | borders of the table cell a paragraph was copied out of: | 一、主要举措 |.",
        "|",
    ),
)
"""The rows :data:`fzbg.page.debris.INLINE_DEBRIS` takes in this order: ``(kind, pattern,
comment, hint)``, the hint a character or a stdlib pattern without which no match can be."""

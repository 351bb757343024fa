"""Marker styles: one row each, from which every marker pattern of lex is built.

A row says how a style's marker looks at the start of a line and run into a paragraph,
how its numeral reads, and which characters it can open with.  The ranks are
:class:`Style`'s values.  Teaching fzbg a new marker style is a member of :class:`Style`
and one row of :data:`STYLES`; the patterns below are derived from the table.
Patterns run on the folded matching view.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable

import attrs
import regex

from fzbg.genre.dates import ARABIC_YEAR
from fzbg.genre.markers import (
    AR_NUMERAL,
    AR_POINT_NUMERAL,
    CIRCLED_NUMERAL,
    CN_DIGITS,
    CN_DUN_NUMERAL,
    CN_NUMERAL,
    DIGIT_STOPS,
    ENCLOSED_CN,
    LETTER_NUMERAL,
    LOST_CLOSE,
    OCR_DASHES,
    OCR_TWO,
    ORDER_NUMERAL,
    PAREN_DIGITS,
    PART_NOUNS,
    STEMS,
    read_arabic,
    read_circled,
    read_cn,
    read_cn_dun,
    read_letter,
    read_order,
)
from fzbg.genre.units import unit_pattern

__all__ = [
    "BARE_PAREN",
    "LOST_FIRST",
    "RUN_IN_ORDER",
    "RUN_ON",
    "SHI_YAO",
    "STYLES",
    "MarkerStyle",
    "Style",
]


class Style(enum.IntEnum):
    """Enumeration styles, ranked: a lower value is a higher level."""

    PART = 1
    """``第一部分``, ``第一章``: the parts a long report is cut into, above its ``一、``."""
    CN_DUN = 2
    """``一、`` (also ``一,、`` with a converter's stray comma, ``一．``)."""
    CN_BLOCK = 3
    """``【一】``: a copy's section number set in block brackets, over its ``(一)``."""
    DI = 4
    """``第一,`` ``第一、``, and ``其一,`` counted the same way."""
    CN_PAREN = 5
    """``(一)`` / ``（一）``, maybe with a stray ``、`` after it or without its ``(``; also a
    lone ``)`` that lost its opening bracket and number."""
    AR_DUN = 6
    """``1、`` ``1.`` ``1．``."""
    DECIMAL = 7
    """``1.1`` ``2.3``: a point numbered within its part (1. or 一、), read as its second
    number."""
    AR_PAREN = 8
    """``(1)`` / ``（1）`` / ``1)``, maybe with a stray ``、`` after it."""
    LETTER = 9
    """``A.`` ``B、`` ``(a)`` ``c)``: lettered points under a numbered heading."""
    CIRCLED = 10
    """``①``."""
    SHI = 11
    """``一是`` — a point run into the sentence."""
    ORDER = 12
    """``首先,`` ``其次,`` ``最后,`` — points counted in words, read where they count."""


@attrs.frozen
class MarkerStyle:
    """One marker style: its patterns (``{n}`` stands for the numeral) and its reader."""

    style: Style
    """The style; its value is the rank."""
    numeral: str
    """The pattern of the numeral the marker holds."""
    read: Callable[[str], int | None]
    """The numeral's ordinal; None when it reads as no number."""
    openers: str
    """Every character a marker of this style can open a line with."""
    line: str | None
    """A verbose pattern for the marker at a line's start.  ``ASTRAL`` stands in a
    lookahead's class for the characters past the BMP it rejects (see lex).  None for a
    style read only where its points count up (see :func:`fzbg.structure.index.counting`),
    at a line's start or run in."""
    run_in: str | None = None
    """A pattern for the marker run into a paragraph; None for a style never run in."""
    run_in_rank: int = 0
    """The order in which run-in styles are tried when no line opens with a marker."""
    run_on: bool = False
    """Whether its points are sentences run together even when the first opens a line
    (``一是……;二是……``): a semicolon then ends their lead phrase."""
    first: tuple[str, ...] = ()
    """Literals a count of run-in points of this style opens with; with none of them in
    the text, the run-in scan is spared.  Empty: always scan."""
    holds: str = ""
    """Characters one of which every run-in point of this style holds (or stands right
    after); with none of them in the text, the run-in scan is spared.  Empty: always scan."""
    gate: str | None = None
    """A pattern (for ``regex``) that matches somewhere in any text holding a count of
    run-in points of this style; where it does not, the run-in scan is spared."""
    lost: str | None = None
    """What is left of a first run-in point whose numeral (or bracket) a copy or OCR lost
    (``:)强化……;(二)……``, ``:是加强……;二是……``), after a stop or at a line's start;
    its ordinal is inferred.  None for a style whose first point leaves nothing behind."""


# A point starts after sentence punctuation (or a comma for 一是, which the genre also
# writes as "……,二是……").
STOPS = "。;:"
_AFTER_STOP = rf"(?<=[{STOPS}][ ]?)"
# A first point may also follow the lead phrase it completes with no stop between
# (下一步,我区将(一)强化……;(二)……, 我们将①……;②……): the count still needs its second
# point after a stop.  Not after 第 (第(一)项 cites a clause).
# Each checks what stands before after its literal opening, which the engine scans for.
_PAREN_POINT = (
    rf"\((?:(?<=[{STOPS}][ ]?\()|(?<=[\u4e00-\u9fff,]\()(?<!第\()(?=[ ]?[一1][ ]?\)))"
    r"[ ]?{n}[ ]?\)"  # ( 二) (2 ): a space OCR read inside the brackets
)
_CIRCLED_POINT = r"{n}(?:(?<=[" + STOPS + r"][ ]?.)|(?<=[\u4e00-\u9fff,]①)(?<!第①))"
# 一要……;二要……: the genre's 一是 with 要, not 要 opening a word (要求, 要素, 要点).
# OCR may read a space between the numeral and its 是 (一 是加强……): still the marker.
_SHI_WORD = "[ ]?(?:是|要(?![求素点件案务闻害职员]))"
# Before a run-in 一是: a stop, a line's start, 将 (我们将一是), or its doer (执法股一是, 我们一是);
# 二是 on after a word whose stop was lost (不强二是…), never 一是 there (统一是, 唯一是).
_SHI_BY = r"(?<=[局股科室所队办委镇乡道处站们区县市])(?=一)"
_SHI_BEFORE = r"(?:(?<=[。;:,、!?\s将])|^|(?<=\p{{Han}})(?=[二三四五六七八九十])|" + _SHI_BY + ")"
# 一、 run into a paragraph after a stop (本年度:一、健全……;二、规范……), before a word; not a
# list of numerals (:一、二级医院).
_CN_DUN_POINT = (
    rf"(?<=[{STOPS}][ ]?){{n}}[ ]?、(?=[ ]?[\u4e00-\u9fff])(?![ ]?[一二三四五六七八九十])"
)
AR_DUN_POINT = r"{n}[ ]?(?:、|\.(?![\d.]))"
"""A run-in ``1、`` point, after its stop (the stop is found first; see lex)."""
# A dot before a year (四.2024年工作计划) ends a marker: no number is written so.
_DOT_YEAR = rf"\.(?={ARABIC_YEAR}[ ]?年)"
_DIGITS = "0123456789"
# Right after a ( and a marker's Chinese numeral of one to three digits (maybe after a
# space): fixed-width lookbehinds, one per width.
_OPENED = (
    "(?:"
    + "|".join(
        rf"(?<=\({space}{f'[{CN_DIGITS}]' * width})" for space in ("", "[ ]") for width in (1, 2, 3)
    )
    + ")"
)
# A lettered point run in: after a stop or a comma, maybe in brackets, not after a letter
# or a digit (5A级, A.I.), before a word.
_BEFORE_WORD = rf"(?=[ ]?[\u4e00-\u9fff])(?![ ]?[{STEMS}])"  # not 甲、乙双方, a contract's parties
_LETTER_POINT = r"(?<=[" + STOPS + r",][ ]?)(?:\([ ]?)?{n}(?:[ ]?\)|[、.])" + _BEFORE_WORD
_CIRCLED = "".join(chr(c) for c in range(ord("①"), ord("⑳") + 1))

# A number before a word, not before a unit (1.5万件, 2.3亿元, 3 月), a qualifier of a
# count (10 余人, a line that a copy wrapped before its number) or a day it dates:
# what a point's number stands before when its 、 is a comma, a space or a second number.
_BEFORE_WORDS = (
    rf"(?=[ ]?[\u4e00-\u9fff])(?![ ]?(?:[万亿千百年月日号时余]|多?(?:{unit_pattern()})))"
)
# A decimal point number (1.1 强化组织领导) stands before a word, and not before the name
# of a day it dates (12.4宪法宣传日开展活动, 3.15消费者权益日).
_DECIMAL = (
    r"{n}(?![\d.])(?:[ ]?[、.](?!\d))?" + _BEFORE_WORDS + r"(?![^。,;\n]{{0,10}}[日节]"
    r"(?:$|[,.:;、。\s]|开展|期间|当天|前后|活动|主题|宣传|来临))"
)

# In the order the line patterns are tried: no two can match at the same place.
STYLES: tuple[MarkerStyle, ...] = (
    MarkerStyle(
        Style.CN_DUN,
        CN_DUN_NUMERAL,  # and —、 where OCR read 一 as a dash, =、 where it read 二 as =
        read_cn_dun,
        CN_DIGITS + OCR_DASHES + OCR_TWO,
        # 一、  一．  and 一,、 where a converter left a stray comma; 一, or 一: alone (a
        # typist's or OCR's comma or colon for 、), or a space where OCR lost the 、, only
        # before a heading's words: a short line with no 。, or one sentence run on into
        # its points (一,依法履职。一是…), which no line a copy wrapped mid-word (统/一,…) is
        r"{n} [ ]? (?: ,? [ ]? (?:、|\.(?![\dASTRAL])|" + _DOT_YEAR + r")"
        r" | (?:[,:]|(?<=[ ])[ ]*)(?![一二三四五六七八九十是\s])"
        r"(?=[^。\n]{{2,60}}(?:\n|\Z|。[ ]?[一二三四五六七八九十]是)) )",
        _CN_DUN_POINT,
        run_in_rank=8,
        # a count run into a paragraph (主要做法:一、……;二、……) holds 二、 after a stop, even
        # where a copy lost the first point's marker: the literal 二、 is rare, cheap to find
        gate=rf"二、(?<=[{STOPS}][ ]?二、)",
    ),
    # 第一部分, 第一章
    MarkerStyle(Style.PART, CN_NUMERAL, read_cn, "第", rf"第{{n}}(?:{PART_NOUNS})"),
    MarkerStyle(
        Style.DI,
        CN_NUMERAL,
        read_cn,
        "第其",
        # 第一, and 其一, which counts the same way; 第 一, with a space OCR read between
        r"[第其][ ]?{n}[,、:]",
        r"(?:(?<=[。;:!?\s])|^)[第其][ ]?{n}[,、:]",  # 。第二, : a new sentence
        run_in_rank=2,
        run_on=True,
        # a count opens with 第一, or, where a copy lost the first point's marker, 第二,
        first=tuple(
            f"{lead}{space}{n}{mark}"
            for lead in "第其"
            for space in ("", " ")
            for n in "一二"
            for mark in ",、:"
        ),
    ),
    # 【一】: a WeChat or web copy's section number, over the (一) of its points; where
    # the report has 一、 too, the highest style below it, its points
    MarkerStyle(Style.CN_BLOCK, CN_NUMERAL, read_cn, "【", r"【[ ]?{n}[ ]?】(?:[ ]?、)?"),
    MarkerStyle(
        Style.CN_PAREN,
        # and (=), where OCR read 二 as =: only in its brackets
        rf"{CN_NUMERAL}|[{ENCLOSED_CN}]|(?:(?<=\()|(?<=\([ ])){OCR_TWO}(?=[ ]?\))",
        read_cn,
        "(〔<〈[" + CN_DIGITS + ENCLOSED_CN,
        # (一)  （一） after folding, (一)、 with a stray 、, 一) that lost its (; 〔一〕;
        # 〈一〉 <一> ［一］, look-alike brackets that OCR or a copy put for the round ones;
        # ㈠, Word's one character for (一); (一 that lost its ) before a word
        rf"[(〔<〈\[]?[ ]?{{n}}(?:(?<=[{ENCLOSED_CN}])|[ ]?[)〕】>〉\]]|{_OPENED}{LOST_CLOSE})"
        r"(?:[ ]?、)?",
        _PAREN_POINT,
        run_in_rank=4,
        holds="(",
        # ) or 一) that lost the (, (一 that lost the ), (-) whose 一 OCR read as a dash
        lost=rf"\(?[ ]?[{OCR_DASHES}一]?[ ]?\)|\(一{LOST_CLOSE}",
    ),
    MarkerStyle(
        Style.AR_PAREN,
        f"{AR_NUMERAL}|[{PAREN_DIGITS}]",
        read_arabic,
        "(<〈" + _DIGITS + PAREN_DIGITS,
        # (1)  (1)、  1)  and ⑴, Word's one character for (1); 〈1〉 <1>, as OCR or a copy
        # reads its brackets (not [1], a note's number)
        rf"[(<〈]?[ ]?{{n}}(?:(?<=[{PAREN_DIGITS}])|[ ]?[)>〉])(?:[ ]?、)?",
        _PAREN_POINT,
        run_in_rank=5,
        holds=")",  # (1) and 1), whose ( the writer left out (see BARE_PAREN)
        # ) or 1) that lost the (, (1 that lost the ), l where OCR read 1 as the letter
        lost=r"\(?[ ]?[1l]?[ ]?\)|\([ ]?[1l]",
    ),
    MarkerStyle(
        Style.AR_DUN,
        f"{AR_POINT_NUMERAL}|[{DIGIT_STOPS}]",
        read_arabic,
        _DIGITS + "l" + DIGIT_STOPS,
        # 1、 1.  but not 1.2万 or 12.4宪法日; 4.2024年工作计划 is a heading, not a number;
        # l、 where OCR read the digit 1 as the letter; ⒈, Word's one character for 1.;
        # 1, or 1 where a typist or OCR put a comma or a space for the 、, before words
        rf"{{n}}(?:(?<=[{DIGIT_STOPS}])|[ ]?(?:、|\.(?![\d.ASTRAL])|{_DOT_YEAR}|,{_BEFORE_WORDS})"
        rf"|[ ]{_BEFORE_WORDS})",
        # a first 1、 may follow its lead phrase with no stop or after a comma (我局将1、加强
        # ……;2、……, 重点抓好三项工作,1.……;2.……), not 第1、
        rf"(?:{_AFTER_STOP}|(?<=[\u4e00-\u9fff,])(?<!第)(?=1[ ]?[、.]))" + AR_DUN_POINT,
        run_in_rank=3,
        holds=STOPS + "1",  # 1 for a first point after its lead phrase
        lost="[l]?[、.]",  # 、 or . that lost its 1, l、 where OCR read 1 as l
    ),
    MarkerStyle(
        Style.DECIMAL,
        AR_NUMERAL,
        read_arabic,
        _DIGITS,
        r"\d{{1,2}}\." + _DECIMAL,  # 1.1 2.3: the second number is the point's
    ),
    MarkerStyle(
        Style.LETTER,
        LETTER_NUMERAL,
        read_letter,
        "(" + "ABCDEFGHabcdefgh" + STEMS,
        # A. B、 (a) c) 甲、 before a word: not A级, AAA, A、B两类, a Latin word, nor the
        # parties 甲、乙双方
        r"\(?[ ]?{n}(?:[ ]?\)|[、.])" + _BEFORE_WORD,
        # run into a paragraph after a stop or a comma (主要做法:A.……;B.……), before a
        # word: not A.I., B超, 5A级, a URL; the count still needs A then B
        _LETTER_POINT,
        run_in_rank=9,
        # a count opens with A or a and its stop or bracket: spared where none stands, and
        # first where no A or a does at all (a cheap ``in`` test)
        first=tuple(f"{letter}{mark}" for letter in "Aa甲" for mark in ".、)"),
        holds="Aa甲",
    ),
    MarkerStyle(
        Style.CIRCLED,
        CIRCLED_NUMERAL,
        read_circled,
        _CIRCLED,
        r"{n}",
        _CIRCLED_POINT,
        run_in_rank=6,
        holds=STOPS + "①",  # ① for a first point after its lead phrase
    ),
    MarkerStyle(
        Style.SHI,
        CN_NUMERAL,
        read_cn,
        CN_DIGITS,
        r"{n}" + _SHI_WORD,  # 一是 (一要) opening a paragraph
        # 一是 run into the sentence; 一要 only where 二要 stands (SHI_YAO): the literal 是
        # is what the engine scans for
        _SHI_BEFORE + r"{n}[ ]?是",
        run_in_rank=1,
        run_on=True,
        holds="是要",
        # 是 that lost its 一, or whose 一 OCR read as a dash; not 是否, 是年 opening a sentence
        lost=f"[{OCR_DASHES}]?是(?![否年日指])",
    ),
    MarkerStyle(
        Style.ORDER,
        ORDER_NUMERAL,
        read_order,
        "",
        None,  # 首先, opening a line counts only with the 其次, after it: read run in
        # 首先, 其次: after a stop or at a line's start, and only with their comma: not
        # 首先要…, 最后一公里
        r"(?:(?<=[。;:!?\s])|^)(?:{n})[,:]",
        run_in_rank=7,
        run_on=True,
        first=("首先,", "首先:"),
    ),
)
assert {row.style for row in STYLES} == set(Style), "one row per style"

BY_STYLE = {row.style: row for row in STYLES}
RUN_ON = frozenset(row.style for row in STYLES if row.run_on)
"""Styles whose points are sentences run together, even when the first opens a line
(``一是……;二是……``, ``第一,……。第二,……``): a semicolon ends their lead phrase."""
RUN_IN_ORDER = tuple(
    row.style for row in sorted(STYLES, key=lambda row: row.run_in_rank) if row.run_in
)
"""Run-in styles, in the order they are looked for when no line opens with a marker."""


def _named(row: MarkerStyle, pattern: str, group: str) -> str:
    return pattern.format(n=f"(?P<{group}>{row.numeral})")


# A marker at the start of a line: one branch per style, named for it, and last a lone
# ``)`` whose opening bracket and number were lost (``)以政治建设为统领``), or a ``(-)``
# whose 一 OCR read as a dash: broken markers, their number inferred from their place.
LINE_MARKER_SOURCE = (
    "(?:"
    + "|".join(f"\n      {_named(row, row.line, row.style.name)}" for row in STYLES if row.line)
    + rf"""
      | (?P<BROKEN>\)|\([ ]?[{OCR_DASHES}][ ]?\))(?=[^\s\d)ASTRAL])
    )"""
)
OPENERS = frozenset("".join(row.openers for row in STYLES) + ")")
"""What a line must open with to open with a marker (or a digit past these; see lex)."""
READ: dict[Style, Callable[[str], int | None]] = {row.style: row.read for row in STYLES}
"""How the numeral of each style reads as an ordinal."""
RUN_IN: dict[Style, regex.Pattern[str]] = {
    row.style: regex.compile(_named(row, row.run_in, "n")) for row in STYLES if row.run_in
}
"""Each run-in style's pattern; group ``n`` is the numeral."""
SHI_YAO = regex.compile(_named(BY_STYLE[Style.SHI], _SHI_BEFORE + "{n}" + _SHI_WORD, "n"))
"""The run-in 一是 pattern with 一要 too, for a text where 二要 stands."""
# A first point's remains stand after a stop or at a line's start, before a word; a
# bracketed one also right after its lead phrase (我们将(-)强化……), as _PAREN_POINT.
LOST_FIRST: dict[Style, regex.Pattern[str]] = {
    row.style: regex.compile(
        rf"(?:(?<=[{STOPS}][ ]?)|(?<=^[ \t]*)|(?<!第)(?=\())(?:{row.lost})"
        r"(?=[ ]?[\u4e00-\u9fff])",
        regex.MULTILINE,
    )
    for row in STYLES
    if row.lost
}
"""Each style's pattern for what is left of a first run-in point that lost its numeral."""
BARE_PAREN = re.compile(r"(\d{1,2})\)(?= ?[\u4e00-\u9fff])")
"""A run-in ``1)`` point whose ``(`` the writer left out (主要做法:1)健全……;2)规范……), from
its digit, which stands after a stop (see lex); group 1 is the numeral."""
AR_DUN_AT = regex.compile(_named(BY_STYLE[Style.AR_DUN], AR_DUN_POINT, "n"))
# Before a run-in 1、: a stop, maybe a space, then a digit (or anything past the BMP,
# where regex knows more digits than Python); one stdlib re literal scan for each stop.
STOP_DIGIT = (
    *(re.compile(f"{stop} ?[\\d\U00010000-\U0010ffff]") for stop in STOPS),
    # or a first point right after its lead phrase or its comma (我局将1、加强……;2、……),
    # not 第1、
    re.compile("1(?<=[\u4e00-\u9fff,]1)(?<!第1)(?= ?[、.])"),
)

"""The shapes of enumeration markers (``一、`` ``(一)`` ``1、`` ``①``), defined once.

The numerals a marker may hold, how they read as ordinals, and the loose shape of a line
that opens like a marker.  :mod:`fzbg.lex.styles` builds each marker style's patterns from
these pieces; :mod:`fzbg.page.strip` uses :data:`MARKED` to tell the report's first line
from the page head above it.  Patterns run on the folded matching view.
"""

from __future__ import annotations

import itertools

import regex

__all__ = [
    "AR_NUMERAL",
    "AR_POINT_NUMERAL",
    "CIRCLED_NUMERAL",
    "CN_DIGITS",
    "CN_DUN_NUMERAL",
    "CN_NUMERAL",
    "DIGIT_STOPS",
    "ENCLOSED_CN",
    "LAST",
    "LETTER_NUMERAL",
    "LOST_CLOSE",
    "MARKED",
    "OCR_DASHES",
    "OCR_TWO",
    "ORDER_NUMERAL",
    "PAREN_DIGITS",
    "PART_NOUNS",
    "STEMS",
    "cn_ordinal",
    "read_arabic",
    "read_circled",
    "read_cn",
    "read_cn_dun",
    "read_letter",
    "read_order",
]

CN_DIGITS = "一二三四五六七八九十"
"""The characters of a Chinese marker numeral (一 … 九十九; markers never reach 百)."""
CN_NUMERAL = f"[{CN_DIGITS}]{{1,3}}"
"""A Chinese marker numeral, as a pattern: 一, 十二, 二十三."""
AR_NUMERAL = r"\d{1,2}"
"""An Arabic marker numeral, as a pattern: 1 … 99."""
# OCR of a scan reads the digit 1 as the letter l: "l、加强组织领导" is point 1.  Only
# right before the marker's 、 or . and a Chinese word, so no Latin word is a marker.
AR_POINT_NUMERAL = rf"{AR_NUMERAL}|l(?=[、.][\u4e00-\u9fff])"
"""An Arabic marker numeral as it opens a line, OCR's l for 1 included."""
OCR_DASHES = "-‐–—―ー"
"""What OCR of a scan reads the one stroke of 一 as: "(-)加强组织领导" is (一)."""
OCR_TWO = "="
"""What OCR of a scan reads the two strokes of 二 as: "(=)规范执法" is (二), "=、" 二、."""
CN_DUN_NUMERAL = rf"{CN_NUMERAL}|[{OCR_DASHES}{OCR_TWO}](?=[ ]?、)"
"""A 一、 heading's numeral as a line opens with it, OCR's dash for 一 included (—、)."""
CIRCLED_NUMERAL = "[①-⑳]"
# Word and WPS number lists with one character for the whole marker.
ENCLOSED_CN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
"""Parenthesized ideographs, one character each for (一) … (十)."""
PAREN_DIGITS = "".join(map(chr, range(ord("⑴"), ord("⒇") + 1)))
"""Parenthesized digits, one character each for (1) … (20)."""
DIGIT_STOPS = "".join(map(chr, range(ord("⒈"), ord("⒛") + 1)))
"""Digits with a full stop, one character each for 1. … 20."""
# A copy or OCR drops the closing bracket: "(一加强组织领导" is (一).  The numeral must
# then be followed by a Chinese word it does not begin: 一般, 一些, 一定, 十分 … are words.
_WORD_AFTER_NUMERAL = "般些定直致律起样切同体批系次年把站网件项个名级类流线心时旦道分是"
LOST_CLOSE = rf"(?=[ ]?、|[ ]?(?![{_WORD_AFTER_NUMERAL}])[\u4e00-\u9fff])"
"""What follows the numeral of a ``(一`` whose closing bracket was lost, as a lookahead."""
"""A circled numeral, as a pattern: ① … ⑳."""

# Lettered points (A. B、 (a) c)) under a numbered heading: A to H, no list runs longer,
# and no Latin word opens a point with a letter and a stop.
STEMS = "甲乙丙丁戊己庚辛"  # the heavenly stems, which count points as letters do
LETTER_NUMERAL = f"[A-Ha-h{STEMS}]"
"""A letter that numbers a point, as a pattern: A … H, a … h, 甲 … 辛."""
# Points counted in words: 首先,…其次,…再次,…最后,… The last is the next number,
# whatever it is: it reads as LAST, for the count to number.
LAST = -1
"""The ordinal of 最后: whatever number comes next in its count."""
_ORDER_WORDS = {"首先": 1, "其次": 2, "再次": 3, "最后": LAST}
ORDER_NUMERAL = "|".join(_ORDER_WORDS)
"""The words that count points (首先, 其次, 再次, 最后), as a pattern."""

# What a long report cuts itself into above its 一、: 第一部分, or 第一章 in a report
# written like a book.
PART_NOUNS = "部分|章"
"""The nouns of a part's marker (第一部分, 第一章), as a pattern's alternatives."""

# A line opening like a marker (一、 一. (一) 1、 第一部分 第一章) is report text, not page head.
# Looser than the marker styles of lex: any ( and a stray comma after 一 count, since the
# page head never opens so.
MARKED = regex.compile(
    rf"{CN_NUMERAL}[、.,]|\(|{AR_NUMERAL}[、.](?!\d)|第{CN_NUMERAL}(?:{PART_NOUNS})"
)

_CN_VALUE = {c: i for i, c in enumerate(CN_DIGITS[:9], start=1)}


def cn_ordinal(numeral: str) -> int | None:
    """The value of a small Chinese numeral as used in markers (一 … 九十九).

    Markers are ordinals, not quantities, so this stays out of cn2an's way.

    >>> [cn_ordinal(s) for s in ("一", "十", "十二", "二十", "三十四", "两")]
    [1, 10, 12, 20, 34, None]
    """
    if not numeral or any(c not in CN_DIGITS for c in numeral):
        return None
    if "十" not in numeral:
        return _CN_VALUE[numeral] if len(numeral) == 1 else None
    tens, _, units = numeral.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    return _CN_VALUE.get(tens, 1) * 10 + _CN_VALUE.get(units, 0)


# Every numeral CN_NUMERAL admits, read once: markers are read by the hundred thousand.
_CN_ORDINALS = {
    "".join(digits): cn_ordinal("".join(digits))
    for size in (1, 2, 3)
    for digits in itertools.product(CN_DIGITS, repeat=size)
}


_CN_ORDINALS.update((c, n) for n, c in enumerate(ENCLOSED_CN, start=1))
_CN_ORDINALS[OCR_TWO] = 2  # only where a marker's pattern admits it: (=) and =、
_ENCLOSED_ARABIC = {
    **{c: n for n, c in enumerate(PAREN_DIGITS, start=1)},
    **{c: n for n, c in enumerate(DIGIT_STOPS, start=1)},
    "l": 1,  # OCR's letter for the digit (see AR_POINT_NUMERAL)
}


def read_cn(numeral: str) -> int | None:
    """:func:`cn_ordinal`, looked up for the numerals a marker pattern admits.

    >>> read_cn("十二"), read_cn("一一"), read_cn("㈢")
    (12, None, 3)
    """
    return _CN_ORDINALS[numeral] if numeral in _CN_ORDINALS else cn_ordinal(numeral)


def read_cn_dun(numeral: str) -> int | None:
    """:func:`read_cn`, and 1 for OCR's dash for 一 (see :data:`CN_DUN_NUMERAL`).

    >>> read_cn_dun("三"), read_cn_dun("—"), read_cn_dun("=")
    (3, 1, 2)
    """
    return 1 if numeral in OCR_DASHES else read_cn(numeral)


def read_arabic(numeral: str) -> int | None:
    r"""An Arabic marker numeral's value; None for a digit Python cannot read.

    ``regex`` knows digits of a later Unicode than Python (U+10D40): int() rejects them.
    OCR's letter l for the digit 1 reads as 1 (see :data:`AR_POINT_NUMERAL`), and a
    one-character marker (⑴, ⒈) as the number it holds.

    >>> read_arabic("12"), read_arabic("\U00010d40"), read_arabic("l"), read_arabic("⒓")
    (12, None, 1, 12)
    """
    if numeral.isdecimal():
        return int(numeral)
    return _ENCLOSED_ARABIC.get(numeral)


def read_circled(numeral: str) -> int:
    """A circled numeral's value.

    >>> read_circled("③")
    3
    """
    return ord(numeral) - ord("①") + 1


def read_letter(numeral: str) -> int:
    """A point letter's place in the alphabet.

    >>> read_letter("A"), read_letter("c"), read_letter("丙")
    (1, 3, 3)
    """
    if (stem := STEMS.find(numeral)) >= 0:
        return stem + 1
    return ord(numeral.upper()) - ord("A") + 1


def read_order(numeral: str) -> int:
    """The place a word that counts points stands for; :data:`LAST` for 最后.

    >>> read_order("其次"), read_order("最后") == LAST
    (2, True)
    """
    return _ORDER_WORDS[numeral]

"""The genre's one grammar of years and dates, for every stage that reads them.

Reports and their pages write a date as 2025-01-08, 2025/1/8, 2025.01.08 or 2025年1月8日,
and a year in Arabic digits or, as the genre also does, in Chinese ones (二〇二三年).
Patterns here run on the folded view (:func:`fzbg.text.normalize.fold`).
"""

from __future__ import annotations

import datetime as dt
import re

import regex

from fzbg.genre.markers import cn_ordinal
from fzbg.text.normalize import MISREAD_DIGITS, READ_AS_DIGITS

__all__ = [
    "ARABIC_YEAR",
    "BARE_YEAR",
    "BASIS_WORDS",
    "CLOCK",
    "CN_YEAR",
    "DATE",
    "DATED_LINE",
    "DAY_ENDS",
    "HEADING_YEAR",
    "LAST_YEAR",
    "MASKED_YEAR",
    "MASK_DIGIT",
    "MONTH_ONLY",
    "MONTH_OR_DAY",
    "OPENING",
    "OPENING_YEAR",
    "PERIOD_COLUMNS_GATE",
    "SHORT_YEAR",
    "SIGNING_DATE",
    "THIS_YEAR",
    "UNDATED_OPENING",
    "WORDED_DATE",
    "YEAR",
    "YEARS",
    "YEAR_COLUMN",
    "YEAR_COLUMNS_GATE",
    "YEAR_ROW",
    "YEAR_ROWS_HEAD",
    "field_date",
    "parse_date",
    "year_closed",
    "year_of",
]

# The zero of a year in Chinese digits, as typed: 〇, 零, and the letter O or the digit 0
# that many a typist puts in its place (二O二四年).
_ZERO = "〇零Oo0"
_CN_YEAR_DIGIT = f"[{_ZERO}一二三四五六七八九]"
CN_YEAR = rf"(?:一九|二[{_ZERO}])(?:{_CN_YEAR_DIGIT}){{2}}"
"""A year in Chinese digits: 二〇二三, 二零一九, 二O二四."""
ARABIC_YEAR = r"(?:19|20)[0-9][0-9]"
"""A year in Arabic digits, without groups: 2023."""
# OCR's misreadings of digits in a scan (O for 0, l for 1): the view reads them inside
# a number (fold), and a date reads them where the view does not (2O24年l月l8日).
_SLIP = f"[0-9{MISREAD_DIGITS}]"
_MISREAD_YEAR = rf"(?:[1lI]9|2[0Oo〇]){_SLIP}{{2}}"  # 2O23, 2O2l: tried after the digits
_YEAR_NUMERAL = rf"(?P<year>{ARABIC_YEAR}|{CN_YEAR}|{_MISREAD_YEAR})"
YEAR = rf"{_YEAR_NUMERAL} ?年"
"""A year and its 年, the numeral in the group ``year``: 2023年, 二〇二三年, and 2O23年 as
OCR misreads 0 (year_of reads each)."""
YEARS = rf"(?:(?:{ARABIC_YEAR}|{CN_YEAR}) ?年?度? ?[-—–~至到、和] ?)?{YEAR}"
"""A year, or a span of years that a report covering several names (2021-2023年,
2021年至2023年), or the two years of a report on both (2022年和2023年, 2022、2023年):
its last year in the group ``year``, the year the report closes on."""
SHORT_YEAR = r"(?<![0-9.第近这多几十])(?P<short>1[5-9]|[2-4][0-9]) ?年度?"
"""A year given by its last two digits, as a hurried opening writes it (23年,我县…;
现将我局23年度…): 2015 on, in the group ``short``; never after a digit or a word that
makes it a count of years (近20年)."""
OPENING_YEAR = rf"{_YEAR_NUMERAL} ?(?:年(?:度|以?来)?|(?<=[0-9])以来)"
"""The year a report's opening clause names: 2023年, 2023年度, 2023年以来, 2023年来, and
2023以来 with its 年 left out (then its comma)."""
THIS_YEAR = r"今年以?来|一年来|过去的?一年|本年度"  # 今年来: 以 left out, as in 2023年来
"""How an opening sentence names the one year reported on without its number: 今年以来."""
LAST_YEAR = r"上一?年度"
"""How a report written early in a year names the year before, the one it reports on:
上一年度 (the statute's words, 上一年度推进法治政府建设的主要举措和成效), 上年度."""
YEAR_COLUMN = (
    rf"(?P<year>{ARABIC_YEAR}) ?年度?"
    r"|(?P<this>(?:本(?:年度?|期)|今年|当年)(?:累计)?数?)"
    r"|(?P<last>(?:(?:上一?年度?|去年)(?:同期)?|同期)(?:累计)?数?)"
)
"""A table's column head naming a year: 2023年, 本年度 (the year reported on), 上年同期
(the year before; a column head, not the 上一年度 of a report's opening); or a period of
it, as a statistics table heads its columns: 本期 (this year's), 同期 and 去年同期 (the
same period a year before), maybe with 累计 or 数 (本年累计, 本期数).  A head row holds two
side by side (see YEAR_COLUMNS_GATE)."""
_NEXT_COLUMN = rf"(?:累计)?数?[ \t|]+(?:{ARABIC_YEAR}|本[年期]|上一?年|今年|去年|同期|当年)"
YEAR_COLUMNS_GATE = rf"年度?{_NEXT_COLUMN}"
"""Two year heads side by side, from the first's 年: a literal first, cheap to scan for."""
PERIOD_COLUMNS_GATE = rf"期{_NEXT_COLUMN}"
"""Two heads side by side, the first a period (本期, 上年同期): from its 期, a literal first;
apart from YEAR_COLUMNS_GATE, as one pattern opening with either would be scanned for at
every position."""
YEAR_ROWS_HEAD = r"(?P<head>年[份度])(?=[ \t|]+[^\s|])"
"""A table's head cell over a column of years, one row a year (年份 收案数 结案数), with a
cell after it: a literal first, cheap to scan for; whether it opens its line is checked
where it is found."""
YEAR_ROW = rf"(?P<year>{ARABIC_YEAR})(?: ?年度?)?"
"""A row's first cell under such a head: 2023, 2023年, 2023年度."""
UNDATED_OPENING = rf"{THIS_YEAR}|近年来"
"""How an opening sentence names the year reported on without its number: 今年以来."""
MASK_DIGIT = "[xX×*_]"
"""What a template (范文) writes for a digit of a year it leaves to be filled in: 20xx年."""
MASKED_YEAR = rf"(?:(?:19|20)?{MASK_DIGIT}{{2}}|(?:19|20)[0-9]{MASK_DIGIT}|{MASK_DIGIT}{{4}})年"
"""A template's year, its digits masked (20xx年, 201X年, xxxx年, 20__年): it names no year."""
BASIS_WORDS = "根据|按照|依据|遵照"
"""What a clause of basis opens with (根据…要求, 按照…部署): no title, no name holds it."""
OPENING = rf"(?:{OPENING_YEAR}|{UNDATED_OPENING}),"
"""How a preamble's first sentence opens: the year reported on and its comma (2023年,
今年以来,), on the folded view."""
BARE_YEAR = rf"(?P<year>{ARABIC_YEAR}) ?(?=工作|法治|依法)"
"""A year that drops its 年 before the genre's words: 2023法治政府建设, 2024工作计划, as a
title or a heading may write it (the numeral in the group ``year``)."""
HEADING_YEAR = rf"{YEAR}|{BARE_YEAR}"
"""The year a heading names, which may drop its 年 (2023工作总结, 2024工作计划); for
``regex``, which allows the group ``year`` twice."""
DATE = r"(?:19|20)[0-9][0-9] ?[-/.年] ?[0-9]{1,2} ?[-/.月] ?[0-9]{1,2}"
"""A date in Arabic digits, without groups, for patterns that embed it."""
CLOCK = r"[ T]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
"""The time a web page may give after a date: `` 09:32``, ``T09:32:05``."""
DAY_ENDS = "日号曰目"
"""How a date's day ends: 日, or 号 as some write it, or 曰 or 目 as OCR reads 日 in a scan."""
_DAY = f"[{DAY_ENDS}]"
_DAY_DIGIT = f"[\\d{MISREAD_DIGITS}零一二三四五六七八九十]"  # of a month or a day, OCR's slips too
# A year written with its last two digits only, as a hurried signer may (24年1月26日,
# 二四年一月二十六日): read only in a whole date, never after another digit.
_CN_DIGIT_CLASS = f"[{_ZERO}一二三四五六七八九]"
_SHORT_YEAR = rf"(?<![0-9])[0-9]{{2}}|(?<!{_CN_DIGIT_CLASS}){_CN_DIGIT_CLASS}{{2}}"
# The weekday a date may carry after it: 2024年1月26日（星期五）, 2024年1月26日 周五.
_WEEKDAY = r"(?: ?\(?(?:星期|礼拜|周)[一二三四五六日天]\)?)?"
_WORDED = (
    rf"(?:(?:19|20)\d\d|{CN_YEAR}|{_MISREAD_YEAR}|{_SHORT_YEAR}) ?年"
    rf" ?(?:{_DAY_DIGIT}{{1,3}}|元) ?月"
    rf" ?{_DAY_DIGIT}{{1,3}} ?{_DAY}"
)
SIGNING_DATE = regex.compile(rf"(?:{_WORDED}|{DATE}){_WEEKDAY}[。.]?")
"""A signing date as the line under a report writes it: 2025年1月10日, 二〇二五年一月十日,
2025年元月10日 (元月 is January), 2025年1月10号, 25年1月10日 (the year's last two
digits), maybe spaced out, maybe with its weekday or a stop after it; or in digits,
2025.1.10."""
WORDED_DATE = rf"(?:{_WORDED}){_WEEKDAY}"
"""A signing date that writes its 年, 月 and 日 (2025年1月10日, 二〇二五年一月十日), as a
document dates itself; a site's list dates a page in digits and dashes (2025-01-10)."""
DATED_LINE = regex.compile(
    rf"[ \t]*\([ ]?(?:{SIGNING_DATE.pattern})(?:[ ]?在[^()\n]{{2,40}}上(?:的[^()\n]{{1,6}})?)?"
    r"[ ]?\)[ \t]*"
)
"""A document's date in brackets, alone on the line under its title (folded view):
（2024年3月5日）, or with where it was delivered: （2024年3月5日在某县人大常委会会议上）."""
_DATE = re.compile(r"((?:19|20)[0-9][0-9]) ?[-/.年] ?([0-9]{1,2}|元) ?[-/.月] ?([0-9]{1,2})")
_CN_DATE = re.compile(
    rf"({CN_YEAR}|(?<!{_CN_DIGIT_CLASS}){_CN_DIGIT_CLASS}{{2}}) ?年 ?"
    rf"([一二三四五六七八九十]{{1,3}}|元) ?月 ?([一二三四五六七八九十]{{1,3}}) ?{_DAY}"
)
# A date whose year gives its last two digits only (24年1月26日): with 年, 月 and 日 all
# written, and no digit before it, it is no count of years.
_SHORT_DATE = re.compile(
    rf"(?<![0-9])([0-9]{{2}}) ?年 ?([0-9]{{1,2}}|元) ?月 ?([0-9]{{1,2}}) ?{_DAY}"
)
# What a date with a misread digit has, and few texts do: a letter beside a digit, or
# a letter alone for the month's digit (2022年l月20日).
_MISREAD_HINT = re.compile(
    f"[0-9][{MISREAD_DIGITS}]|[{MISREAD_DIGITS}][0-9]|年 ?[{MISREAD_DIGITS}] ?月"
)
MONTH_ONLY = r"(?:19|20)[0-9]{2} ?年 ?[0-9]{1,2} ?月"
MONTH_OR_DAY = (
    rf"(?:{ARABIC_YEAR}|{CN_YEAR}) ?年 ?(?P<month>{_DAY_DIGIT}{{1,3}}|元) ?月"
    rf"(?: ?{_DAY_DIGIT}{{1,3}} ?{_DAY})?"
)
"""A month or a day written out, in either kind of digit: 2023年12月, 二〇二四年一月二十六日
(the month's numeral in the group ``month``)."""
"""A month with no day (2024年1月): under a signer it dates no signing, but it is a date line."""

# A date with a digit as OCR misreads it (2O24年1月l8日): letters among the date's digits.
_MISREAD_DATE = regex.compile(rf"{_MISREAD_YEAR} ?[-/.年] ?{_SLIP}{{1,2}} ?[-/.月] ?{_SLIP}{{1,2}}")
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | dict.fromkeys(_ZERO, 0)


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date(view: str) -> dt.date | None:
    """The first date in ``view``: ``2025-01-08``, ``2022年2月10日``, ``二〇二二年二月十日``.

    >>> parse_date("2022年2月10日"), parse_date("二〇二二年二月十日"), parse_date("13月")
    (datetime.date(2022, 2, 10), datetime.date(2022, 2, 10), None)
    >>> parse_date("二O二四年一月十五日"), parse_date("2024年元月8日")
    (datetime.date(2024, 1, 15), datetime.date(2024, 1, 8))
    >>> parse_date("二〇二四年三月五曰")  # 曰: how OCR reads 日 in a scan
    datetime.date(2024, 3, 5)
    >>> parse_date("2O24年1月l8日"), parse_date("2024年l月8日")  # O, l: OCR's 0 and 1
    (datetime.date(2024, 1, 18), datetime.date(2024, 1, 8))
    >>> parse_date("24年1月26日"), parse_date("二四年一月二十六日")  # the century left out
    (datetime.date(2024, 1, 26), datetime.date(2024, 1, 26))
    """
    if not view:  # a report's closing often is: no search for nothing
        return None
    if (date := _parsed(view)) is not None or not _MISREAD_HINT.search(view):
        return date
    m = _MISREAD_DATE.search(view)
    return _parsed(m[0].translate(READ_AS_DIGITS)) if m else None


def _parsed(view: str) -> dt.date | None:
    """The first date in ``view`` (:func:`parse_date`), its digits all read as digits."""
    if m := _DATE.search(view):
        return _valid(int(m[1]), 1 if m[2] == "元" else int(m[2]), int(m[3]))
    if "月" not in view:  # no date without its 月 but one in digits
        return None
    if m := _SHORT_DATE.search(view):
        return _valid(2000 + int(m[1]), 1 if m[2] == "元" else int(m[2]), int(m[3]))
    if m := _CN_DATE.search(view):
        year = int("".join(str(_CN_DIGIT[c]) for c in m[1]))
        year += 2000 if year < 100 else 0  # 二四年: the century left unwritten
        month = 1 if m[2] == "元" else cn_ordinal(m[2])  # the one small-numeral reader
        day = cn_ordinal(m[3])
        return _valid(year, month, day) if month and day else None
    return None


# A page field's date typed without separators: 20240301, maybe with its time after it.
_COMPACT_DATE = regex.compile(rf"((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:{CLOCK})?")


def field_date(value: str) -> dt.date | None:
    """The date a page's field gives (folded): as :func:`parse_date` reads, or 20240301.

    A date without separators is read only where it is the whole value: in a text, eight
    digits are as often a number as a date.

    >>> field_date("2024-03-01 09:30"), field_date("20240301"), field_date("20240301号")
    (datetime.date(2024, 3, 1), datetime.date(2024, 3, 1), None)
    """
    if (date := parse_date(value)) is not None:
        return date
    m = _COMPACT_DATE.fullmatch(value.strip())
    return _valid(int(m[1]), int(m[2]), int(m[3])) if m else None


def year_closed(date: dt.date) -> int | None:
    """The year that a report dated ``date`` and saying only 今年以来 (一年来) reports on.

    Such a report is signed or published at the year's end or early in the next: a date
    in the first half of a year closes the year before, one in its last quarter its own,
    and a date between the two says nothing.

    >>> year_closed(dt.date(2024, 1, 16)), year_closed(dt.date(2023, 12, 20))
    (2023, 2023)
    >>> print(year_closed(dt.date(2023, 8, 1)))
    None
    """
    if date.month <= 6:
        return date.year - 1
    return date.year if date.month >= 10 else None


def year_of(numeral: str) -> int:
    """The year a four-digit numeral stands for: ``2023`` or ``二〇二三``.

    >>> year_of("2023"), year_of("二〇二三"), year_of("二零一九"), year_of("2O2l")
    (2023, 2023, 2019, 2021)
    """
    if numeral[0] in "12lI":  # Arabic digits, or OCR's letters for them (2O23, 2〇23)
        return int(numeral.translate(READ_AS_DIGITS))
    return int("".join(str(_CN_DIGIT[c]) for c in numeral))

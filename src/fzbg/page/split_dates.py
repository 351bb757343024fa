"""A date a hard wrap split over two lines, joined again before any span is taken.

A copy from a PDF or a narrow page breaks a line wherever the page's edge falls, inside
a date as well (``2023年1`` / ``2月``), and a signature block may set its date over two
lines (``2024年1月`` / ``26日``, ``二〇二四年一月`` / ``二十六日``).  Read line by line,
the halves are no date, the signing date is lost and a half reads as a count (``26日``).
A break is joined when the line before it ends in a date's opening (a year and its 年,
maybe the month's first digit or the month) and the two halves make a month or a day
(:data:`fzbg.genre.dates.MONTH_OR_DAY`) that reaches past the break: no line of the
genre ends in ``年`` or ``年1`` on purpose.
"""

from __future__ import annotations

import re

import regex

from fzbg.genre.dates import CN_YEAR, DAY_ENDS, MONTH_OR_DAY, parse_date
from fzbg.genre.markers import cn_ordinal

__all__ = ["join_split_dates"]

_DIGITS = "0-9〇零一二三四五六七八九十元"
# What a date's first half ends in, in the text (full-width digits too: no view is made).
_END = "年月0-9０-９〇零一二三四五六七八九十元"
# A break after what may end a date's first half (maybe a space) and before what may open
# its rest: found at speed by its \n, the characters around it tried only there.
_SPACE = r"[ \t\u3000]"
_BREAK = re.compile(
    r"\n(?:"
    + "|".join(rf"(?<=[{_END}]{_SPACE * n}\n)" for n in range(3))  # 0-2 spaces after
    + rf"){_SPACE}*(?=[{_DIGITS}０-９月日])"
)
_REACH = 16  # a date's first half is no longer than this, spaces and all
# The few characters around a break read as the view reads them (fold's cache of one
# whole text is left alone): full-width digits and spaces.
_HALF = str.maketrans("０１２３４５６７８９\u3000\t", "0123456789  ")
_ACROSS = regex.compile(MONTH_OR_DAY)
_OPENS = regex.compile(rf"(?:[0-9]{{4}}|{CN_YEAR}) ?年[ {_DIGITS}月]*$")


def join_split_dates(text: str) -> tuple[str, list[str]]:
    r"""``text`` with each date a line break splits joined across it, and where they were.

    >>> text, joins = join_split_dates("某某县人民政府\n2024年1月\n26日")
    >>> print(text)
    某某县人民政府
    2024年1月26日
    >>> joins
    ['\n2024年1月⏎26日']
    """
    joins: list[str] = []
    if "年" not in text:  # (no date to split)
        return text, joins
    cuts = []
    for found in _BREAK.finditer(text):
        start = found.start()
        while text[start - 1] in " \t\u3000":  # the spaces the line ends with go too
            start -= 1
        if start:
            at = max(0, start - _REACH)  # the view of the few characters around the break
            view = text[at : found.end() + _REACH].translate(_HALF)
            if _splits_a_date(view, start - at, found.end() - at):
                cuts.append((start, found.end()))
    for start, end in reversed(cuts):
        joins.append(text[max(start - 8, 0) : start] + "⏎" + text[end : end + 6])
        text = text[:start] + text[end:]
    return text, joins


def _splits_a_date(view: str, start: int, end: int) -> bool:
    """Whether the break from ``start`` to ``end`` parts a date's opening from its rest."""
    head = _OPENS.search(view, max(0, start - _REACH), start)
    if head is None:
        return False
    halves = view[head.start() : start] + view[end : end + _REACH]
    date = _ACROSS.match(halves)
    if date is None or date.end() <= start - head.start():
        return False
    if date.group().endswith(tuple(DAY_ENDS)):
        return parse_date(date.group()) is not None
    month = date["month"]
    number = int(month) if month.isdigit() else (1 if month == "元" else cn_ordinal(month))
    return 1 <= (number or 0) <= 12

"""The year an opening gives by its last two digits: 23年,我县…, 现将我局23年度….

A hurried opening may write the year reported on as 23年; read where the opening names
its year (the first clause, or the sentence in which the report names itself), and only
when the signing allows it.  Elsewhere two digits and 年 are as often a count of years.
"""

from __future__ import annotations

import datetime as dt

import regex

from fzbg.genre.bodies import SELF_WORDS
from fzbg.genre.dates import SHORT_YEAR

__all__ = ["short_year"]

# 23年,我县… / 21年度我区… opening the preamble (23年来 is as often twenty-three years:
# not read); 现将我局23年度…报告如下, the report naming itself.
_SHORT_OPENING = regex.compile(rf"\s*{SHORT_YEAR}(?:以来)?(?:,|(?=[我本全]))")
_SHORT_SELF = regex.compile(rf"(?:{'|'.join(SELF_WORDS)})[^。,;:0-9]{{0,30}}?{SHORT_YEAR}")


def short_year(preamble: str, start: int, signed: dt.date | None) -> int | None:
    """The year the preamble's opening gives by its last two digits, if the signing allows it.

    ``preamble`` is folded, its opening at ``start``.  A report is signed in the year it
    covers or the next one: a short year that is neither is no year of the report.

    >>> short_year("23年,我县坚持依法行政。", 0, dt.date(2024, 1, 26))
    2023
    >>> print(short_year("近20年来,我县坚持依法行政。", 0, None))
    None
    """
    m = _SHORT_OPENING.match(preamble, start) or _SHORT_SELF.search(preamble, start)
    if m is None:
        return None
    year = 2000 + int(m["short"])
    return year if signed is None or signed.year - 1 <= year <= signed.year else None

"""A year a copy ran into the name of the place after it: 2023张渚镇开展….

A clause may open with the year and the place that did something in it (2023年，某某镇
开展…).  A copy that lost the 年, or the comma after it, glues the year to the place's
name, and where the name opens with a character that is also a unit (张, 口, 家, 天, 名 …)
the pair reads as a count: 2023张 of 2023张渚镇.  A year-shaped number at a clause's start,
straight before a name of a few characters that ends in a place word (镇, 乡, 街道, 县,
区 …, or a village's 村, a community's 社区), is that year, not a count.  After a verb the
same figure is one (发放2023张宣传单): the pattern asks for a clause's start.
"""

from __future__ import annotations

import re

from fzbg.genre.bodies import _NO_PLACE, PLACE_WORDS
from fzbg.genre.dates import ARABIC_YEAR

__all__ = ["SETTLEMENT_WORDS", "YEAR_INTO_PLACE"]

SETTLEMENT_WORDS = ("社区", "村")
"""What a community's or a village's name ends in (某某社区, 某某村): a place below a town."""

_LEVEL_CHARS = "".join(w for w in PLACE_WORDS if len(w) == 1) + "村"
_HAN = r"\u4e00-\u9fff"
YEAR_INTO_PLACE = re.compile(
    rf"""
    (?<![^\n,。.;:!?()、\ ])        # a clause's start: a line's, or after a stop or a comma
    {ARABIC_YEAR}
    (?=
        [ ]?(?!个)[{_HAN}]          # the name: 张渚, 台山, 家和 (not 2023个自然村)
        (?![{_LEVEL_CHARS}])[{_HAN}]{{1,2}}?   # (not 2023名村干部, 2023张乡村振兴…)
        (?:
            (?!{_NO_PLACE})(?<!城|社)(?:{"|".join(PLACE_WORDS)})  # 镇, 街道 (not 市场, 区域)
          | (?<!乡)(?:{"|".join(SETTLEMENT_WORDS)})            # 某某社区, 某某村 (not 乡村)
        )
        (?!民)                      # 村民: the village's people, no place's name
    )
    """,
    re.VERBOSE,
)
"""A year (19xx, 20xx) that opens a clause and that a place's name follows at once, on the
folded view (:func:`fzbg.text.normalize.fold`): 2023张渚镇, 2022口前街道, 2024家和村.  The
match is the year; the name is the lookahead's."""

"""The year of a report that names it only in its body: an opening cut off above its text.

A copy may begin at ``一、主要举措和成效``, its title and preamble lost.  Its points still
open sentences with the year they report on (``2022年我镇新制发规范性文件1件``); the year
most of them open with is the report's.  A year with its month is a date, and one with
以来 or a range starts a period, not the year reported on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from fzbg.genre.dates import ARABIC_YEAR
from fzbg.model import Section, SectionKind

__all__ = ["body_year"]

_OPENS = regex.compile(
    rf"(?:^|(?<=[。;:\n]))[ \t\u3000]*(?P<year>{ARABIC_YEAR})年(?!度?工作要点)"
    r"(?![0-9]{1,2}月|以来|至|[—-])"
)


def body_year(view: str, sections: Sequence[Section]) -> int | None:
    r"""The year the measures' sentences open with most often (the first of a tie), if any.

    >>> from fzbg.model import Span
    >>> text = "一、主要举措\n2022年我镇制发文件1件。2022年,开展检查。2021年以来,推进改革。"
    >>> body_year(text, [Section(SectionKind.MEASURES, "一、主要举措", 1, text, Span(0, 40))])
    2022
    """
    counts: Counter[int] = Counter()
    for section in sections:
        if section.kind is SectionKind.MEASURES:
            span = section.span
            counts.update(int(m["year"]) for m in _OPENS.finditer(view, span.start, span.end))
    return counts.most_common(1)[0][0] if counts else None

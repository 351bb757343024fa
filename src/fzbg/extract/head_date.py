"""The date the head of a report gives, for a report that is not dated under its text.

A report printed as a 公文 read out or filed may carry its date under its title, in
brackets (…情况的报告 / （2024年3月5日）), or in its form's fields above the text
(填报日期：2024年1月15日): that dates the document as a signing date under it would.
"""

from __future__ import annotations

import datetime as dt

from fzbg.extract.form_fields import form_date
from fzbg.genre.dates import DATED_LINE, parse_date
from fzbg.model import Span

__all__ = ["head_date"]


def head_date(view: str, preamble: Span) -> dt.date | None:
    """The date in brackets on the ``preamble``'s first line, or its form's filing date."""
    start = preamble.start
    if view.find("(", start, start + 3) >= 0:  # most preambles open with no bracket
        end = view.find("\n", start, preamble.end)
        if dated := DATED_LINE.fullmatch(view, start, preamble.end if end < 0 else end):
            return parse_date(dated[0])
    return form_date(view, preamble)

"""A title inside a page head that lost its line breaks, behind a field's label or a crumb.

A page scraped to one line runs its fields, its breadcrumb and its title together
(``…成文日期:发布单位:某街道2024年度法治政府建设情况报告 • 日期:2025-01-08…``): the
title opens where a field's label (its colon) or the breadcrumb's last arrow ends, holds
no colon, bracket or arrow of its own, and names its year: a column's name, the last crumb
(``> 法治政府建设年度报告``), names none.  It stands before the body's first sentence.
"""

from __future__ import annotations

import re

from fzbg.genre.chrome import LABEL
from fzbg.genre.dates import DATE, YEAR
from fzbg.page.wraps import TITLE

__all__ = ["crumbs_end", "title_in_run"]

_LABEL_END = re.compile(r"[:>]")  # a field's label ends at its colon, a crumb at the arrow
_MARKS = re.compile(r"[\[\]>]")  # a label's brackets or a breadcrumb's arrow
_DATED = re.compile(rf"[ ]*{DATE}")  # a title opening with a date is a field's value
_YEAR = re.compile(YEAR)
_REACH = 400  # the head of a page: so far into the run
_LAST_CRUMB = 24  # the longest last crumb a field's label may follow (a column's name)


def title_in_run(view: str, at: int) -> re.Match[str] | None:
    """The title behind a label or a crumb in the run that opens at ``at``, if one is there.

    A title behind the breadcrumb's arrow is matched from the arrow: its column's name
    may be glued before it, and the page stage reads the title behind that.

    >>> view = "首页 > 计划总结索引号:发布单位:某街道2024年度法治政府建设情况报告 • 日期:2025-01"
    >>> title_in_run(view, 0).group()
    '某街道2024年度法治政府建设情况报告'
    """
    stop = view.find("。", at, at + _REACH)  # the body's first sentence ends the head
    stop = min(len(view), at + _REACH) if stop < 0 else stop
    for mark in _LABEL_END.finditer(view, at, stop):
        start = mark.end()
        while start < stop and view[start] == " ":
            start += 1
        title = TITLE.match(view, start, stop)
        if (
            title is not None
            and _MARKS.search(title.group()) is None
            and _DATED.match(title.group()) is None
            and _YEAR.search(title.group()) is not None
        ):
            return title if mark.group() == ":" else TITLE.match(view, mark.start(), stop)
    return None


def crumbs_end(view: str, at: int, stop: int) -> int | None:
    """Where a field's label opens right after the breadcrumb the run opens with, if so.

    ``首页>政务公开>乡镇街道[ 索引号 ] …``: the breadcrumb's line is chrome and goes
    whole, so the fields that a copy ran on after it are put on a line of their own.

    >>> crumbs_end("首页>政务公开>乡镇[ 发布日期 ] 2026-02-10", 0, 40)
    10
    """
    arrow = view.rfind(">", at, min(stop, at + _REACH))
    if arrow < 0 or (label := LABEL.search(view, arrow + 1, stop)) is None:
        return None
    return label.start() if 0 < label.start() - arrow <= _LAST_CRUMB else None

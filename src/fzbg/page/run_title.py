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
from fzbg.genre.dates import CLOCK, DATE, OPENING, YEAR
from fzbg.page.field_ends import DATED_FIELD
from fzbg.page.wraps import TITLE

__all__ = ["head_cuts", "title_in_run"]

_LABEL_END = re.compile(r"[:>]")  # a field's label ends at its colon, a crumb at the arrow
_MARKS = re.compile(r"[\[\]>]")  # a label's brackets or a breadcrumb's arrow
_DATED = re.compile(rf"[ ]*{DATE}")  # a title opening with a date is a field's value
_YEAR = re.compile(YEAR)
_REACH = 400  # the head of a page: so far into the run
_LAST_CRUMB = 24  # the longest last crumb a field's label may follow (a column's name)
# A page's date (and time) with the preamble's opening right after it, no space between.
_DATE_THEN_OPENING = re.compile(rf"{DATE}日?(?:{CLOCK})?(?={OPENING})")
_GLUED_TO = re.compile(r"[\u4e00-\u9fff)]")  # a field glued to words, or to a bracket
_HEADLINE = range(6, 81)  # how long a headline repeated after the breadcrumb may be
_NAME = range(3, 21)  # how long a field's value glued before a title that repeats it may be


def _head_end(view: str, at: int) -> int:
    """Where the page head of the run at ``at`` ends: at the body's first sentence's end."""
    stop = view.find("。", at, at + _REACH)
    return min(len(view), at + _REACH) if stop < 0 else stop


def title_in_run(view: str, at: int) -> re.Match[str] | None:
    """The title behind a label or a crumb in the run that opens at ``at``, if one is there.

    A title behind the breadcrumb's arrow is matched from the arrow: its column's name
    may be glued before it, and the page stage reads the title behind that.

    >>> view = "首页 > 计划总结索引号:发布单位:某街道2024年度法治政府建设情况报告 • 日期:2025-01"
    >>> title_in_run(view, 0).group()
    '某街道2024年度法治政府建设情况报告'
    """
    stop = _head_end(view, at)
    for mark in _LABEL_END.finditer(view, at, stop):
        start = mark.end()
        while start < stop and view[start] == " ":
            start += 1
        start += _repeated_name(view, start)
        title = TITLE.match(view, start, stop)
        if (
            title is not None
            and _MARKS.search(title.group()) is None
            and _DATED.match(title.group()) is None
            and _YEAR.search(title.group()) is not None
        ):
            return title if mark.group() == ":" else TITLE.match(view, mark.start(), stop)
    return None


def _repeated_name(view: str, start: int) -> int:
    """How long a field's value is that the title after it opens with again, if it does.

    ``发布机构:某某街道办事处某某街道办事处2023年度…报告``: the value, then the title.
    """
    for size in _NAME:
        name = view[start : start + size]
        after = start + size
        while view[after : after + 1] == " ":  # (the break between them, turned a space)
            after += 1
        if view.startswith(name, after):
            return after - start if len(name) == size and "年" not in name else 0
    return 0


def head_cuts(view: str, at: int, title: int) -> list[int]:
    """Where the lines of a page head run into one (opening at ``at``) part, besides the title's.

    ``title`` is where the title starts, if found (else the view's end); the head's lines
    part after the breadcrumb, between the copies of a headline it repeats, before a date
    field glued to words and after a date the preamble's opening is glued to.
    """
    places = (crumbs_end(view, at, title), *(repeated_headline(view, at) or ()))
    places += (body_after_fields(view, at), dated_field(view, at))
    return [place for place in places if place is not None]


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


def repeated_headline(view: str, at: int) -> tuple[int, int] | None:
    """Where the page's headline, the breadcrumb's last crumb, ends twice, if it repeats.

    A page's breadcrumb ends with its headline, and the page repeats it above the story
    (``…> 某某发布法治政府建设报告某某发布法治政府建设报告更新时间:…``): the second copy
    is the page's headline, on a line of its own.

    >>> view = "首页 > 资讯 > 某省政府发布报告某省政府发布报告更新时间:2022-10-21"
    >>> [view[:end] for end in repeated_headline(view, 0)][1]
    '首页 > 资讯 > 某省政府发布报告某省政府发布报告'
    """
    arrow = view.rfind(">", at, at + _REACH)
    start = arrow + 1
    while 0 < start < len(view) and view[start] == " ":
        start += 1
    for size in _HEADLINE if arrow >= 0 else ():
        if view.startswith(view[start : start + size], start + size):
            return start + size, start + 2 * size
    return None


def dated_field(view: str, at: int) -> int | None:
    """Where the page's date field opens, glued to the words before it (a headline's).

    >>> view = "某某情况范文(精选3篇)更新时间:2021-07-10 来源:某站"
    >>> view[dated_field(view, 0):][:5]
    '更新时间:'
    """
    found = DATED_FIELD.search(view, at, _head_end(view, at))
    if found is None or found.start() == at or not _GLUED_TO.match(view, found.start() - 1):
        return None
    return found.start()


def body_after_fields(view: str, at: int) -> int | None:
    """Where the preamble opens right after the page's date, with not even a space between.

    >>> view = "更新时间:2022-10-21 09:15:362021年,在省委的坚强领导下"
    >>> view[body_after_fields(view, 0):][:8]
    '2021年,在省'
    """
    found = _DATE_THEN_OPENING.search(view, at, _head_end(view, at))
    return None if found is None else found.end()

"""A report reposted as a WeChat (公众号) article: the app's page around the article.

A copy of the article carries the app's chrome as lines.  :data:`fzbg.genre.chrome.CHROME`
finds each of them (its group ``posted`` for the article's header, ``end`` for a line
that ends the article); :mod:`fzbg.page.strip` cuts them, and asks here for what a line
alone does not tell: the header's date, the account's name on the line above a header
that names no poster, and the tail after the article's end, which is cut to the page's
end with the account's other headlines in it.
"""

from __future__ import annotations

import re

from fzbg.genre.dates import DATE
from fzbg.genre.markers import MARKED
from fzbg.page.head_fields import Cut
from fzbg.page.title_line import TITLE

__all__ = ["POSTED_LABEL", "article_tail", "posted_date", "poster_above"]

POSTED_LABEL = "发布时间"
"""The field a WeChat header's date is read as: it dates the page as a site's 发布时间 does."""
_DATE = re.compile(DATE)
# A line opening with an enumeration marker (一、 (一) 1、 第一部分): a report's heading.
_MARKED = re.compile(MARKED.pattern)
# The account's name on a line of its own: a short name, no clause, no number.
_POSTER_LINE = re.compile(r"[ \t]*[^\s0-9。,;:]{2,24}[ \t]*")


def posted_date(view: str, start: int, end: int) -> str | None:
    """The date of the WeChat header on the line ``start..end`` of the folded ``view``.

    Example:
        >>> posted_date("原创 东山司法 2024-02-01 08:30 发表于湖南", 0, 33)
        '2024-02-01'

    """
    found = _DATE.search(view, start, end)
    return None if found is None else found.group()


def poster_above(view: str, start: int) -> Cut | None:
    r"""The cut of the account's name above the header at ``start``, if the header names none.

    The header's second form puts the account's name on a line of its own above the date
    (东山司法 / 2024年02月01日 08:30 湖南).  A title above the date is no account's name.

    Returns:
        ``(start, end, kind)`` of the name's line and the blank lines under it, or None.

    Example:
        >>> view = "东山司法\n\n2024年02月01日 08:30 湖南\n"
        >>> poster_above(view, 6)
        (0, 6, 'page-chrome')
        >>> poster_above("东山县2023年度法治政府建设情况报告\n2024-02-01 08:30 湖南", 21)

    """
    if not view[start : start + 1].isdigit():
        return None  # the header names its poster itself: 原创 东山司法 2024-02-01 …
    end = start
    while end and view[end - 1].isspace():  # past the blank lines between them
        end -= 1
    begin = view.rfind("\n", 0, end) + 1
    line = view[begin:end]
    if not _POSTER_LINE.fullmatch(line) or TITLE.fullmatch(line.strip()):
        return None
    return begin, start, "page-chrome"


def article_tail(view: str, ends: list[int], title: tuple[int, int] | None) -> Cut | None:
    r"""The cut of a WeChat article's tail: from the line that ends it to the page's end.

    The first line that ends the article (END, 往期推荐, 阅读原文 …) below the title opens
    the tail, if it stands past the middle of the page or no report heading (一、, (一),
    1、) follows it: what the app shows under an article (the account's other headlines,
    its bars and prompts) is no part of the report, while a report that follows such a
    line at its top is.

    Args:
        view: The folded text of the page.
        ends: Where the lines that end an article start, in order.
        title: Where the title stands, if the page has one.

    Returns:
        ``(start, end, kind)`` of the tail, or None.

    Example:
        >>> view = "一、主要举措\n正文。\nEND\n另一篇文章的标题\n"
        >>> article_tail(view, [11], None)
        (11, 24, 'page-chrome')
        >>> article_tail("阅读原文\n一、主要举措\n正文。\n" * 2, [0], None)

    """
    below = title[1] if title else 0
    for at in ends:
        if at < below:
            continue
        if at >= len(view) // 2 or not any(
            _MARKED.match(line.strip()) for line in view[at:].splitlines()
        ):
            return at, len(view), "page-chrome"
    return None

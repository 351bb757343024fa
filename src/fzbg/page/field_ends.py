"""Where a line of page fields ends when a copy ran the report on into it.

A copy that lost a line break leaves the report's first sentence behind the page's last
field (发布时间:2024-03-28 2023年,我县…, 浏览次数:2024年,…); the chrome cut of the
fields' line must stop before it.  And a page's date run on into a line of chrome that
is no fields' line (…年度报告日期:2022-03-31) is still the page's date.
"""

from __future__ import annotations

import re

from fzbg.genre.bodies import ADDRESSEE_RUN_ON
from fzbg.genre.chrome import COUNT_LABELS, PUBLISHED_LABELS, WIDGET_WORDS
from fzbg.genre.dates import DATE, OPENING

__all__ = ["DATED_FIELD", "fields_end"]

# A labelled date (日期:2022-03-31) that a copy ran on into a line of chrome.
DATED_FIELD = re.compile(rf"(?:{'|'.join(PUBLISHED_LABELS)})[ ]?:[ ]?{DATE}")


def fields_end(view: str, start: int, end: int) -> int:
    """Where a line of fields ends: at ``end``, or where it runs on into the report's prose.

    A copy that lost the break after the fields (发布时间:2024-03-28 2023年,我县…) leaves
    the report's first sentence behind the last field's value, and that is no chrome.  A
    value holds no clause's stop: the prose is what follows the last space before the
    line's first stop, past the last label's colon.  The fields end before that space,
    the break it stood for (their cut takes it, as it takes a line's break).
    """
    if (addressed := _addressee(view, start, end)) >= 0:
        return addressed
    stop = _STOP.search(view, start, end)
    if stop is None or end - stop.start() < _PROSE:
        return end
    colon = view.rfind(":", start, stop.start())
    if colon > 0 and view.endswith(COUNT_LABELS, start, colon):
        empty = _EMPTY_COUNT.match(view, colon + 1, stop.start())
        if empty and not view.startswith(_TOOL_WORDS, empty.end()):
            # 浏览次数:2024年,我县… a count with no value, the report right behind
            return empty.end() - 1  # (the cut takes one more: it takes the line's break)
    space = max(view.rfind(" ", colon, stop.start()), view.rfind("\t", colon, stop.start()))
    if colon >= 0 and space < 0:  # 有效性:有效某县…报告县人民政府:2024年,…: no space at all
        return _opening(view, start, stop.end(), end)
    if colon < 0 or not (
        view[colon + 1 : space].strip() or view.endswith(_TOOL_WORDS, start, colon)
    ):
        return end  # (a tool's label, 分享到:, has no value: the prose follows it)
    return space


def _addressee(view: str, start: int, end: int) -> int:
    """The space before an addressee run on behind the fields, or -1.

    字体:【 区人民政府:根据…如下:: the report's prose opens with its addressee, whose colon
    is no field's, and may hold no stop at all.
    """
    at = start
    while (space := view.find(" ", at, end)) >= 0:
        if ADDRESSEE_RUN_ON.match(view, space + 1, end):
            return space
        at = space + 1
    return -1


def _opening(view: str, start: int, stop: int, end: int) -> int:
    """Where the opening run on into the last field's value starts, less one; else ``end``.

    The line runs from ``start``, its first stop ending at ``stop``.  The value gives way
    at the opening's year (2024年,); an addressee right before it (县人民政府:) is the
    report's too, where a title's last word (报告, 总结) ends before its name.
    """
    opening = _OPENING.search(view, start, stop)
    if opening is None or opening.end() != stop or view.find(":", start, opening.start()) < 0:
        return end
    at = opening.start()
    if view[at - 1] == ":":  # the addressee's colon: its name starts after the title
        ends = max(view.rfind(word, start, at - 1) for word in _TITLE_ENDS)
        named = ADDRESSEE_RUN_ON.match(view, ends + 2, stop) if ends >= 0 else None
        at = ends + 2 if named and named.end() == at - 1 else at
    return at - 1 if view.find(":", start, at) >= 0 else end


_OPENING = re.compile(OPENING)
_TITLE_ENDS = ("报告", "总结")
_STOP = re.compile(r"[,。;]")
_TOOL_WORDS = tuple(word for word in WIDGET_WORDS if len(word) > 1)  # 打印, 关闭: no report
# What may follow a count's label when it has no value (the type sizes' words at most),
# before the report's first words: a year, or a word.
_EMPTY_COUNT = re.compile(
    r"[ ]*(?:【?[ ]*[大中小](?:[ ]*[大中小])*[ ]*】?)?[ ]*(?=(?:19|20)\d{2}年|[\u4e00-\u9fff])"
)
_PROSE = 12  # a sentence runs on so far past its first stop at least; a list in a value not

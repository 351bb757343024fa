"""A title glued to the report's opening on its line: the line break between them lost.

A copy that lost one line break, the title's, holds the title and the preamble's first
sentence (or the addressee) on one line: ``某县2023年度法治政府建设情况报告2023年，某县坚持…``,
``…情况的报告县委、县政府：2023年，…``, ``…工作报告 县委、县政府：``.  Read as it is, the
line is a paragraph: the report has no title, and its issuer is lost with it.

:func:`split_glued_title` puts a line break after such a title, among the first lines of
the text, where what follows it opens a preamble: the year reported on and its comma
(``2023年，``, ``今年以来，``), or an addressee and its colon before such an opening or
at the end of the line.
"""

from __future__ import annotations

import regex

from fzbg.genre.bodies import ADDRESSEE_RUN_ON, BODY_NAME
from fzbg.genre.chrome import LABEL_WORDS
from fzbg.genre.dates import OPENING
from fzbg.page.title_line import PLANS_JOINED
from fzbg.page.wraps import TITLE, TITLE_WORDS
from fzbg.text.normalize import fold

__all__ = ["HEAD_LINES", "split_glued_title"]

# What opens a preamble right after the title, on the folded view: the year reported on
# (or a phrase for it) and its comma, after any spaces.
_OPENING = regex.compile(rf"[ ]*{OPENING}")
# ...or the addressee, its colon closing the line: 某局…工作报告 县委、县政府:
_ADDRESSEE = regex.compile(rf"[ ]*{BODY_NAME}[ ]?:[ ]*(?:\n|\Z)")
# A title (a report's or a summary's) right over the report's first part, no preamble
# between: 某局2021年法治建设工作总结 一、突出制度建设….
_TITLE_WORDS = ("报告", "報告", "总结", "總結")
_PARTED_TITLE = regex.compile(rf"{TITLE_WORDS}(?:报告|总结)")
# A summary's title (…工作总结 2017年,…), maybe with next year's plans (…总结及2019年工作安排).
_SUMMARY_TITLE = regex.compile(
    rf"{TITLE_WORDS}(?:总结|报告)(?:{PLANS_JOINED})?"
    r"(?![ ]?如下)"
)
_FIRST_PART = regex.compile(r"[ ]*(?:一、|\(一\)|第一部分)")
HEAD_LINES = 8
"""Among how many first lines with words a title stands, page chrome or a file's name
above it (the layout stage looks there for a run-together body's long line too)."""
# How far into its line a title glued to the opening ends, with the opening's first words:
# a title's longest (wraps.TITLE) and an addressee's.
_REACH = 160
_FIELDS_REACH = 3 * _REACH  # a row of a page's fields and the title behind it


def split_glued_title(text: str, splits: list[str]) -> str:
    r"""``text`` with a line break after a title that runs on into the preamble's opening.

    Each split is noted in ``splits`` (a few characters either side of it).

    >>> splits: list[str] = []
    >>> print(split_glued_title("某县2023年度法治政府建设情况报告2023年,某县依法行政。", splits))
    某县2023年度法治政府建设情况报告
    2023年,某县依法行政。
    >>> split_glued_title("2023年,某县法治政府建设情况报告如下。", []) == (
    ...     "2023年,某县法治政府建设情况报告如下。")
    True
    """
    if not any(word in text for word in _TITLE_WORDS):  # no title at all
        return text
    # The whole text's view: the page stage folds the same text next, and fold keeps the
    # last it made, so this costs no fold of its own (a view of a line would evict it).
    view = fold(text)
    at, seen = 0, 0
    while seen < HEAD_LINES and at < len(view):
        end = view.find("\n", at)
        end = len(view) if end < 0 else end
        if end > at:
            seen += 1
            reach = min(end, at + _REACH)
            start, cut = at, 0
            # What every title says (most lines do not), a row of fields maybe before it.
            named = view.find("报告", at, min(end, at + _FIELDS_REACH))
            if named < 0 or named >= reach:  # …工作总结 一、… or 2017年,…: a summary's
                summed = view.find("总结", at, reach)
                named = summed if summed >= 0 else named
            if named >= 0:
                cut = _glued(view, at, reach, end) if named < reach else 0
                if not cut and (start := _behind_fields(view, at, end)) > at:
                    cut = _glued(view, start, min(end, start + _REACH), end)
            if cut:
                gap = len(view[cut:end]) - len(view[cut:end].lstrip(" "))
                splits.append(text[max(cut - 8, 0) : cut] + "⏎" + text[cut + gap : cut + gap + 6])
                text = text[:cut] + "\n" + text[cut + gap :]
                if start > at:  # the fields' last value ends where the title starts
                    splits.append(text[max(start - 8, 0) : start] + "⏎" + text[start : start + 6])
                    text = text[: start - 1] + "\n" + text[start:]
                return text
        at = end + 1
    return text


def _glued(view: str, at: int, reach: int, end: int) -> int:
    """Where a title at ``at`` ends that runs on into the preamble or the first part."""
    for title in (TITLE.match(view, at, reach), _SUMMARY_TITLE.match(view, at, reach)):
        if title is None:
            continue
        ends = title.end() + 2 * view.startswith("材料", title.end())  # …工作报告材料
        if (
            _OPENING.match(view, ends, reach)
            or ADDRESSEE_RUN_ON.match(view, ends, reach)
            or _ADDRESSEE.match(view, ends, end + 1)
        ):
            return ends
    parted = _PARTED_TITLE.match(view, at, reach)
    return parted.end() if parted and _FIRST_PART.match(view, parted.end()) else 0


# A page's field, its label and colon: 索引号:, 发布机构:.
_FIELD = regex.compile(rf"(?:{LABEL_WORDS})[ ]?:[ ]*")
_CLAUSE_STOP = regex.compile(r"[,。]")
_VALUE = regex.compile(r"[^ ]+[ ]+")  # a field's value is one word, then the space


def _behind_fields(view: str, at: int, end: int) -> int:
    """Where the words after a row of page fields start on the line ``at..end``, or ``at``.

    A page copied as one line runs its fields on into the title (索引号:11xx/2024-0012
    发布机构:某街道办事处 某街道办事处2023年度…报告 2023年,…): the last field's value is one
    word, and what follows the space after it may be the title.
    """
    stop = _CLAUSE_STOP.search(view, at, end)  # the preamble's first: no title holds one
    limit = stop.start() if stop else end
    if view.find(":", at, limit) < 0:
        return at  # most lines: no field's colon before the first stop
    fields = list(_FIELD.finditer(view, at, limit))
    last = fields[-1] if fields else None
    if last is None or (value := _VALUE.match(view, last.end(), end)) is None:
        return at
    return value.end()

"""The head lines of a page that hold its metadata fields: read, and cut.

:mod:`fzbg.page.title` gathers the lines above the report proper; those that are page
metadata though no chrome line took them (a disclosure table's row, a line with a
labelled date, a date alone, a title with its date after it) are read and cut here, and
the rest handed back for the title to be found among them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from fzbg.genre.chrome import LABEL_WORDS
from fzbg.genre.dates import DATE
from fzbg.page.head_dates import BARE_DATE as _BARE_DATE
from fzbg.page.head_dates import DATE_THEN_BODY, DATE_THEN_FIELDS, DATE_THEN_PROSE
from fzbg.page.rows import cell_row, colon_cells, listed_date, row_start, titled_row
from fzbg.page.rows import head_row_fields as _fields
from fzbg.page.title_line import TITLE as _TITLE

__all__ = ["FIELD_LINE", "Cut", "HeadLine", "add_dated", "head_fields", "may_hold_fields", "whole"]

# Plain stdlib ``re``: the date is ASCII digits and separators, which it finds faster.
_DATE = re.compile(DATE)


class HeadLine(NamedTuple):  # a tuple: made for every head line, it must be cheap
    """A line above the report proper, as :mod:`fzbg.page.title` reads it."""

    start: int  # of the line
    end: int  # before its "\n"
    words: str  # folded and trimmed, inline debris blanked out
    first: int  # where the words start


Cut = tuple[int, int, str]  # start, end, Debris kind


def add_dated(head: list[HeadLine], words: str, pos: int, line: str) -> None:
    """Add a page's date run on into the line where the head ends (2024-03-28 2023年,…).

    It is a head line up to the space that stood for the lost break, and cut with it (a
    byline's name before the date with it: the source, no field the report keeps).
    """
    if head and may_hold_fields(words) and (dated := DATE_THEN_PROSE.match(words)):
        first = pos + len(line) - len(line.lstrip())
        head.append(HeadLine(pos, first + dated.end("date"), dated["date"], first))


# A head line that is page metadata though no chrome row took it: a row of an
# information-disclosure table ("[ 主题分类 ] 司法 [ 体裁分类 ] 工作报告"), or a line with a
# labelled date somewhere in it ("某市人民政府门户网站 www… 时间:2023-03-09 来源:…"),
# or glued to the title's last word ("某县…报告发布时间:2024-02-05").
FIELD_LINE = regex.compile(
    rf"[\[【][ ]?(?:{LABEL_WORDS})[ ]?[\]】]"
    rf"|.{{0,40}}?[ \t]*?(?:(?<![\p{{Han}}])|(?<=报告|总结|年报))"  # spaces padding a column
    rf"(?:{LABEL_WORDS})[ \t|]{{0,3}}:?[ \t|]{{0,3}}{_DATE.pattern}"
)


def may_hold_fields(words: str) -> bool:
    """Whether ``FIELD_LINE`` or ``_BARE_DATE`` may match ``words``: the quick checks.

    The first branch of ``FIELD_LINE`` opens with a bracket; its second, and
    ``_BARE_DATE``, hold a date, which the stdlib ``_DATE`` finds fast.  Most head lines
    have neither, and the slow match (a label tried at forty places) is skipped.
    """
    return words.startswith(("[", "【")) or _DATE.search(words) is not None


_META = "page-metadata"


def head_fields(
    head: list[HeadLine], view: str, cuts: list[Cut], fields: list[tuple[str, str]]
) -> list[HeadLine]:
    """Cut the head lines that are page metadata, reading their fields; keep the rest."""
    kept: list[HeadLine] = []
    for line in head:
        if not may_hold_fields(line.words):
            if row := cell_row(line.words) or colon_cells(line.words):  # no date
                fields.extend(row)  # | 索引号 | … | 发布机构 | 某局 |, | 标题:某县…报告 | |
                if (given := titled_row(row, anywhere=True)) and (at := line.words.find(given)) > 0:
                    tail = line.first + at + len(given)
                    cuts += [(line.first, line.first + at, _META), (tail, line.end, _META)]
                    kept.append(line._replace(words=given, first=line.first + at))
                else:
                    cuts.append(whole(line.start, line.end, view, _META))
            else:
                kept.append(line)  # what most head lines are
        elif m := FIELD_LINE.match(line.words):
            start = row_start(line.words, m[0][0])
            fields.extend(row := _fields(line.words[start:]))
            if start and _TITLE.fullmatch(titled := line.words[:start].rstrip()):
                # 某县…报告 发布时间:2024-03-28: the title, its page's fields after it
                cuts.append((line.first + len(titled), line.end, "page-metadata"))
                kept.append(line._replace(words=titled))
            elif (given := titled_row(row)) and (at := line.words.rfind(given)) > 0:
                # 【标题】某县…报告: the title, given as a field alone on its line
                cuts.append((line.first, line.first + at, "page-metadata"))
                kept.append(line._replace(words=given, first=line.first + at))
            else:
                cuts.append(whole(line.start, line.end, view, "page-metadata"))
        elif _BARE_DATE.fullmatch(line.words):
            fields.append(("日期", line.words))
            cuts.append(whole(line.start, line.end, view, "page-metadata"))
        elif m := DATE_THEN_FIELDS.match(line.words):  # 2024年03月28日 10:21 来源:…
            fields.extend([("日期", m["date"]), *_fields(line.words[m.end() :])])
            cuts.append(whole(line.start, line.end, view, "page-metadata"))
        elif m := DATE_THEN_BODY.fullmatch(line.words):  # 2026-01-20 17:01 | 某市水务局
            fields.extend([("日期", m["date"]), ("来源", m["body"])])
            cuts.append(whole(line.start, line.end, view, _META))
        elif m := listed_date(line.words):  # 某县…报告 [2024-03-28], 某局…报告 某局 2024-03-28
            fields.extend([("日期", m["date"]), *([("来源", m["body"])] if m["body"] else [])])
            cuts.append((line.first + m.start(), line.end, "page-metadata"))
            kept.append(line._replace(words=line.words[: m.start()]))
        else:
            kept.append(line)
    return kept


def whole(start: int, end: int, view: str, kind: str) -> Cut:
    """Cut the whole line ``start..end``, its line break included."""
    return (start, min(end + 1, len(view)), kind)

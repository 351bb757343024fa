"""Rows of page fields on a head line: their labels and values, and a listed title's date.

:mod:`fzbg.page.title` reads the head lines of a page; a line that holds page metadata
(发布时间:2024-03-28 来源:某县司法局) is split here into its labelled fields, a row whose
first field is the title (标题:某县…报告) gives the title, and a title that a site's list
shows with its date after it (某县…报告 [2024-03-28]) gives that date.
"""

from __future__ import annotations

import itertools
import re

import regex

from fzbg.genre.chrome import FIELD_TRIM, LABEL, LABEL_WORDS, TITLE_LABELS
from fzbg.page.head_dates import GAP_THEN_YEAR, LISTED_DATE, VALUE_THEN_DATE
from fzbg.page.title_line import TITLE

__all__ = [
    "cell_row",
    "head_row_fields",
    "listed_date",
    "row_fields",
    "row_start",
    "titled_row",
]


def listed_date(words: str) -> regex.Match[str] | None:
    """The date a site's list shows after the title that ``words`` (folded) open with.

    Args:
        words: A head line of the folded view, trimmed.

    Returns:
        The match, the date in its group ``date``; None where no title stands before a
        date at the line's end.

    Example:
        >>> listed_date("某县2023年法治政府建设年度报告 [2024-03-28]")["date"]
        '2024-03-28'
        >>> listed_date("某县2023年法治政府建设年度报告 2024-03-28")["date"]
        '2024-03-28'
        >>> print(listed_date("省政府办公厅 2022-03-15"))
        None

    """
    date = LISTED_DATE.search(words)
    if date is None or date.start() == 0:
        return None
    return date if date["open"] or TITLE.fullmatch(words, 0, date.start()) else None


def row_fields(words: str) -> list[tuple[str, str]]:
    """The labelled fields in a row of page metadata, in order, labels unspaced.

    A value runs up to the next label, but a date after a space ends it: 来源:某县司法局
    2024-03-28 gives the page's date too.

    Args:
        words: A head line of the folded view from its first label on.

    Returns:
        (label, value) pairs; a date that ends a value is a pair of its own, ``日期``.

    Example:
        >>> row_fields("发布时间:2024-03-28 来源:某县司法局")
        [('发布时间', '2024-03-28'), ('来源', '某县司法局')]
        >>> row_fields("来源:某县司法局 2024-03-28")
        [('来源', '某县司法局'), ('日期', '2024-03-28')]

    """
    # ["before", label, value, label, value …]
    parts = LABEL.split(words)
    out: list[tuple[str, str]] = []
    for label, value in zip(parts[1::2], parts[2::2], strict=True):
        trimmed = value.strip(FIELD_TRIM)
        dated = VALUE_THEN_DATE.fullmatch(trimmed) if GAP_THEN_YEAR.search(trimmed) else None
        if dated is None:
            out.append((label.replace(" ", ""), trimmed))
        else:
            out += [(label.replace(" ", ""), dated["value"]), ("日期", dated["date"])]
    return out


_CELL_LABEL = re.compile(f"(?:{LABEL_WORDS})")
# A row of a copied table opening with a label's cell, its value in the next (the tab
# between them folded to a space): 发布机构 某县司法局 发布日期 2024-01-15.
_CELL_ROW = re.compile(rf"(?:{LABEL_WORDS}) (?=[^ :])")


def row_start(words: str, opener: str) -> int:
    """Where the row of fields on a head line starts: at its first label.

    Or at 0, where the row opens with a label in brackets (``opener``, the first character
    of the match that found the row) or with a copied table's label cell.

    >>> row_start("某县2023年度报告 发布时间:2024-03-28", "某"), row_start("发布机构 某局", "发")
    (10, 0)
    """
    if opener in "[【" or _CELL_ROW.match(words):
        return 0
    found = LABEL.search(words)
    return found.start() if found else 0


def head_row_fields(words: str) -> list[tuple[str, str]]:
    """:func:`row_fields` of a head line, which may be a copied table's row of cells.

    >>> head_row_fields("发布机构 某县司法局 发布日期 2024-01-15")
    [('发布机构', '某县司法局'), ('发布日期', '2024-01-15')]
    """
    cells = _cell_pairs(words) if ":" not in words and _CELL_ROW.match(words) else []
    return cells or row_fields(words)  # 发布机构 某县司法局 …: a copied table's, no colons


def _cell_pairs(words: str) -> list[tuple[str, str]]:
    """The fields of a table's row copied with its cells parted by tabs, label then value.

    One line only: a line break parts no cells.

    >>> _cell_pairs("发布机构 某县司法局 发布日期 2024-01-15")
    [('发布机构', '某县司法局'), ('发布日期', '2024-01-15')]
    """
    cells = [cell for cell in words.split(" ") if cell]
    return [
        (label, value)
        for label, value in itertools.pairwise(cells)
        if _CELL_LABEL.fullmatch(label) and not _CELL_LABEL.fullmatch(value)
    ]


# The cells of a table's row copied with its borders (| 索引号 | … | 发布机构 | 某局 |) or
# tabs (folded to spaces): what parts them, and what a label's cell may open with.
_CELLS = re.compile(r"[ |]+")
_CELL_OPENERS = frozenset(label[0] for label in LABEL_WORDS.split("|")) | {"|"}


def cell_row(words: str) -> list[tuple[str, str]]:
    """The fields of a head line that is a table's row of label and value cells, no date.

    Every cell pairs off, a label's then its value's; a line that does not (a title, a
    column's name, a label and prose) gives none.  A row with a date is read by
    :func:`head_row_fields`, as a line that may hold fields.

    >>> cell_row("| 索引号 | 0012/2024-01 | 发布机构 | 某县司法局 |")
    [('索引号', '0012/2024-01'), ('发布机构', '某县司法局')]
    >>> cell_row("发布机构 某县司法局 索引号"), cell_row("某县2023年法治政府建设年度报告")
    ([], [])
    """
    if not words or words[0] not in _CELL_OPENERS:
        return []  # most head lines: no label's cell first
    if words[0] == "|":
        return _bordered_cells(words)
    cells = _CELLS.split(words.strip("| "))
    if len(cells) % 2:
        return []
    pairs = list(zip(cells[::2], cells[1::2], strict=True))
    if all(
        _CELL_LABEL.fullmatch(label) and not _value_is_label(label, value) for label, value in pairs
    ):
        return pairs
    return []


def _bordered_cells(words: str) -> list[tuple[str, str]]:
    """The fields of a row whose cells a ``|`` borders, a value's cell maybe left empty.

    >>> _bordered_cells("| 关键词 | 发布机构 | 某县林草局 | |")
    [('关键词', ''), ('发布机构', '某县林草局')]
    >>> _bordered_cells("| 某县2023年法治政府建设年度报告 |")
    []
    """
    cells = [cell.strip() for cell in words.strip(" |").split("|")]
    pairs: list[tuple[str, str]] = []
    at = 0
    while at < len(cells):
        label = cells[at]
        if not _CELL_LABEL.fullmatch(label):
            if label:  # a value with no label before it: no row of fields
                return []
            at += 1
            continue
        value = cells[at + 1] if at + 1 < len(cells) else ""
        if _CELL_LABEL.fullmatch(value) or ":" in value:
            value, at = "", at + 1  # its value's cell left empty, the next label's after
        else:
            at += 2
        pairs.append((label.replace(" ", ""), value))
    return pairs


# A row whose cells each hold a label and its value, some of them empty: | 发文机关:某局 | 主题词: |
_BORDERS = re.compile(r"[ ]*\|[ ]*")
_COLON_CELL = re.compile(rf"(?P<label>{LABEL_WORDS})[ ]?:[ ]?(?P<value>[^:]*)")


def colon_cells(words: str) -> list[tuple[str, str]]:
    """The fields of a table's row whose every cell holds a label and its value, no date.

    A row of one cell may have lost its borders before the head is read (发文机关:某局).

    >>> colon_cells("| 发文机关:某县司法局 | 主题词: |"), colon_cells("| 一、主要举措 | 3 |")
    ([('发文机关', '某县司法局'), ('主题词', '')], [])
    """
    if ":" not in words:
        return []  # most head lines
    cells = [cell for cell in _BORDERS.split(words.strip("| ")) if cell]
    found = [m for cell in cells if (m := _COLON_CELL.fullmatch(cell))]
    if not cells or len(found) < len(cells):
        return []
    return [(m["label"], m["value"]) for m in found]


# A label that classes the page: its value may be the genre's name (组配分类 法治政府建设年报).
_CLASS_LABEL = re.compile(r".*(?:分[ ]*类|主[ ]*题[ ]*词|关[ ]*键[ ]*词)")


def _value_is_label(label: str, value: str) -> bool:
    """Whether a cell that should hold a value is a label's, or a title (no value cell)."""
    if _CELL_LABEL.fullmatch(value) or ":" in value:
        return True
    return not _CLASS_LABEL.fullmatch(label) and TITLE.fullmatch(value) is not None


def titled_row(row: list[tuple[str, str]], *, anywhere: bool = False) -> str | None:
    """The title that a row of fields gives alone or first (标题:某县…报告), or None.

    Args:
        row: The fields of one row, as :func:`row_fields` reads them.
        anywhere: Look at every field, not the first only: a table's row of cells, each a
            label and its value (| 主题分类: | 标题:某县…报告 |), may give it in any cell.

    Returns:
        The first field's value where its label is a title's and it reads as a title.

    Example:
        >>> titled_row([("标题", "某县2023年法治政府建设年度报告"), ("日期", "2024-03-28")])
        '某县2023年法治政府建设年度报告'
        >>> print(titled_row([("来源", "某县司法局")]))
        None

    """
    for label, value in row if anywhere else row[:1]:
        if label in TITLE_LABELS and TITLE.fullmatch(value):
            return value
    return None  # most rows of fields: a date, a source, an index number

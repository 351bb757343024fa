"""Spaces in a run-together body: which were line breaks, and which a scan put in a word.

A page that lost its line breaks often kept a space where each one was (``…进步。 一、统筹
规划…``); :func:`split_spaces` turns those back into breaks.  But a scan's OCR or a PDF's
spacing also leaves single spaces inside words (``建设法治 政府``), and these are no
breaks: a space between two Han characters inside a clause (the clause holds a comma, a
heading's words run on to the next space) or inside the title stays, and in a text none
of whose spaces stands where a line ends or opens, no space between Han characters is
taken for a break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fzbg.genre.chrome import LABEL_WORDS
from fzbg.genre.cues import is_unnumbered_heading
from fzbg.page.gaps import WORD
from fzbg.page.seams import cut
from fzbg.page.wraps import CLOSING, DATE, HEADING, STOPS, TITLE
from fzbg.text.normalize import fold

__all__ = ["ARABIC", "SHORT_LINE", "split_spaces"]

SHORT_LINE = 8  # in a run-together body even a short line may hold breaks (特此报告。 2024年…)
_MIN_SPLITS = 3  # so many spaces between Chinese words in a run-together body were breaks
# On the view, a run of spaces that was a break: two spaces or more, even beside a number
# (时间 11:47  2021年), or one with no number or Latin word beside it (see ``inline``).
# (The pattern opens with the class of its first space, which re scans for at speed.)
# One space inside a label's brackets or after them (``[ 发布日期 ] 2026-02-10``) pads
# a field, and was never a break.
_LOST_BREAK = re.compile(
    rf"[ \t](?<![ \t][ \t])(?:[ \t]+|(?<!{WORD}[ \t])(?<![\[\]][ \t])(?![ \t]|{WORD}|\]))"
)
# A space inside a clause, which OCR or a PDF's spacing put between two characters of a
# word (建设法治 政府,全区…): the clause before it, since its sentence's stop, holds a comma
# or an enumeration comma (a page's chrome and a heading's words hold none), opens with no
# heading's marker, and runs on into a Han character that opens no line of its own.
_CLAUSE_MARKS = frozenset(",、")
_LONGEST_TITLE = 60  # a line no longer than this that a title's words fill is the title
_HEADING_REST = 30  # how far a heading's words may run on past a stray space
_SECTION_NAME = 4  # words that name a section of their own (扛牢责任); 安排 ends one
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A point numbered in Arabic digits (1. 2、 3) (4)), which runs on only in sequence: 建设1.统筹.
ARABIC = re.compile(r"\(?(?P<arabic>[1-9][0-9]?)[.、)](?![0-9])")


def split_spaces(text: str, splits: list[str]) -> str:
    r"""In a run-together body with no wraps, each space between Chinese words was a break.

    Not a space inside a clause (see :func:`_inside_clause`), nor, in a text none of whose
    spaces stands where a line ends or opens, any space between two Han characters: there
    the breaks were lost with no trace, and a space is OCR's or a PDF's, inside a word.

    Args:
        text: A run-together body, with no hard wraps.
        splits: A short excerpt around each place split is appended to it.

    Returns:
        The text with a line break for each space that was one.

    Example:
        >>> splits: list[str] = []
        >>> print(split_spaces("一、主要举措 全年审查合同12件,推进法治 政府建设。 "
        ...                    "二、存在的不足 宣传不够。", splits))
        一、主要举措
        全年审查合同12件,推进法治 政府建设。
        二、存在的不足
        宣传不够。
        >>> len(splits)
        3

    """
    found = _spaces(fold(text))
    evident = any(_evident(line, start, end) for _, line, start, end in found)
    cuts = [
        (at + start, at + end)
        for at, line, start, end in found
        if evident or not _between_han(line, start, end)
        if not _inside_clause(line, start, end) and not _after_label(line, start, end)
    ]
    if len(cuts) < _MIN_SPLITS:
        return text
    return cut(text, cuts, splits)


def _spaces(view: str) -> list[tuple[int, str, int, int]]:
    """The runs of spaces inside the lines of ``view`` that may have been breaks.

    Each as where its line starts, the line, and its start and end in the line.
    """
    return [
        (at, line, space.start(), space.end())
        for at, line in _lines_at(view)
        if len(line) > SHORT_LINE
        for space in _LOST_BREAK.finditer(line)
        if space.start() > 0 and space.end() < len(line)
    ]


def _lines_at(view: str) -> Iterator[tuple[int, str]]:
    """Each line of ``view`` with the offset it starts at."""
    at = 0
    for line in view.split("\n"):
        yield at, line
        at += len(line) + 1


# A page's field label and its colon (文号: 无, 发布机构: 某局): the space after it pads the
# value, and was never a break.
_LABELLED = re.compile(rf"(?:{LABEL_WORDS})[ ]?:$")
_LABEL_END = re.compile(rf"(?:{LABEL_WORDS})$")
_LABEL_REACH = 16  # a label's length, spaced out, and its colon
# A label spaced out to justify it (名       称:, 索 引 号:): the spaces inside it, too.
_SPACED_LABEL = re.compile(rf"(?:{LABEL_WORDS})[ ]?:")


def _after_label(line: str, start: int, end: int) -> bool:
    """Whether the space ``line[start:end]`` pads a page field's label and its colon.

    After the colon (文号: 无), between the label and its colon (文号 :无), or inside a
    label spaced out (名   称:).
    """
    if line[start - 1] == ":":
        return bool(_LABELLED.search(line, max(0, start - _LABEL_REACH), start))
    colon = line.find(":", end, end + _LABEL_REACH)
    if colon < 0:
        return False
    if colon == end:
        return bool(_LABEL_END.search(line, max(0, start - _LABEL_REACH), start))
    return any(
        label.start() < start
        for label in _SPACED_LABEL.finditer(line, max(0, start - _LABEL_REACH), colon + 1)
        if label.end() == colon + 1
    )


def _between_han(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` is one space between two Han characters."""
    return end - start == 1 and bool(_HAN.match(line, start - 1) and _HAN.match(line, end))


def _evident(line: str, start: int, end: int) -> bool:
    """Whether the space ``line[start:end]`` stands where a line ended or opens.

    It does after a sentence's stop, before a heading's marker, the date or 特此报告, and
    where spaces run (a page's fields, a poem's lines of chrome).
    """
    return (
        end - start > 1
        or line[start - 1] in STOPS
        or bool(HEADING.match(line, end) or DATE.match(line, end) or CLOSING.match(line, end))
    )


def _inside_clause(line: str, start: int, end: int) -> bool:
    """Whether the single space ``line[start:end]`` stands inside a clause, not at a break.

    >>> _inside_clause("全面推进依法行政,加快建设法治 政府,各级政府", 15, 16)
    True
    >>> _inside_clause("取得进步。一、统筹规划,法治 政府建设整体推进", 14, 15)
    False
    """
    if not _between_han(line, start, end) or _evident(line, start, end):
        return False  # what follows opens a line: a heading, the date, 特此报告
    if len(line) <= _LONGEST_TITLE and TITLE.fullmatch(line):
        return True  # the title, which the page's head was cut from
    clause = start
    while clause > 0 and line[clause - 1] not in STOPS and not line[clause - 1].isspace():
        clause -= 1
    head = HEADING.match(line, clause) or ARABIC.match(line, clause)
    if head:
        return _inside_heading(line, head.end(), end)
    return any(line[place] in _CLAUSE_MARKS for place in range(clause, start))


def _inside_heading(line: str, words: int, end: int) -> bool:
    """Whether a heading's words run on past a space at ``end``, to its own end.

    They do when no more than a heading's length follows before the next space, with no
    punctuation (一、坚持党的领导 扛牢责任 县政府…), but not where a heading whole is
    followed by words of a heading's length naming another (two characters, 下一步工作
    安排, only end it).  Where a stop comes first, the space ended the heading and its
    paragraph's first sentence follows.
    """
    for place in range(end, min(len(line), end + _HEADING_REST)):
        char = line[place]
        if char.isspace():  # (after a heading whole, words naming a section are another)
            return place > end and not (
                place - end >= _SECTION_NAME
                and is_unnumbered_heading(line[words : end - 1])
                and is_unnumbered_heading(line[end:place])
            )
        if not _HAN.match(char) and not char.isalnum():
            return False
    return False

"""What separates two lines of a page: a line break, or a space where the breaks were lost.

Text pulled out of a PDF or a Word file keeps a break at every old wrap point of the
page; a copy that lost its line breaks keeps a space there instead.  The patterns here
find those gaps on the text; :func:`page_lines` cuts a text into the page's lines at them,
for :mod:`fzbg.page.wraps` to measure.  A space beside a number or a Latin word is set
on purpose (召开 2 次): see :func:`inline`.
"""

from __future__ import annotations

import itertools
import re

from fzbg.text.normalize import unfolded

__all__ = ["BREAKS", "BREAKS_OR_SPACES", "SPACES", "WORD", "inline", "page_lines", "without_rows"]

_ASCII_WORD = re.compile(r"[A-Za-z0-9%.>-]")  # a space beside these is set on purpose
_WORD_CHARS = "".join(c for c in map(chr, range(128)) if _ASCII_WORD.match(c))
_WORD = frozenset(_WORD_CHARS)
WORD = f"[{re.escape(_WORD_CHARS)}]"  # the class of those characters, for patterns on the view

# What separates two lines of the page: a line break (with the spaces around it), or,
# on a page whose breaks were lost, a space.  Two breaks (a blank line) are never a wrap.
# An ideographic space is never a wrap: it is set on purpose (第一部分\u3000…, an indent).
# Each pattern opens with the class of its first character, which re scans for at speed;
# what follows reads back what that character was: a break is a run of spaces and line
# breaks holding one line break at least, taken whole; a space is a run of spaces.
_BREAK_RUN = (
    r"(?<=\n)[ \t\u3000]*(?:\n[ \t\u3000]*)*"  # opened by a line break
    r"|(?<=[ \t\u3000])[ \t\u3000]*(?:\n[ \t\u3000]*)+"  # by a space, before one
)
BREAKS = re.compile(rf"[ \t\u3000\n](?:{_BREAK_RUN})")
SPACES = re.compile(r"[ \t]+")
BREAKS_OR_SPACES = re.compile(rf"[ \t\u3000\n](?:{_BREAK_RUN}|(?<=[ \t])[ \t]*+)")
# Of those, the ones that always split a page whose breaks were lost: a break, or a run
# of spaces with no number or Latin word beside it in the view (see :func:`inline`).
_ON_TEXT = unfolded(_WORD_CHARS)  # on the text: what is such a word's in the view
_SPLITTING = re.compile(
    rf"[ \t\u3000\n](?:{_BREAK_RUN}|(?<=[ \t])(?<![ \t{_ON_TEXT}][ \t])[ \t]*+(?![{_ON_TEXT}]))"
)


def inline(view: str, start: int, end: int) -> bool:
    """Whether the space between start and end stands beside a number or a Latin word.

    >>> inline("召开 2 次", 2, 3), inline("法治 建设", 2, 3)
    (True, False)
    """
    return view[start - 1] in _WORD or view[end : end + 1] in _WORD


def page_lines(text: str, view: str, *, spaces: bool, edge: int = 0) -> list[str]:
    r"""The page's lines: split at line breaks, and at spaces between two Chinese words.

    A space beside a number or a Latin word is set on purpose (召开 2 次), unless it
    stands right at the ``edge`` (合同2 1件, cut at a page's edge): then it splits too.

    >>> page_lines("召开会议 2 次 审查合同\n 3件", "召开会议 2 次 审查合同\n 3件", spaces=True)
    ['召开会议 2 次', '审查合同', ' 3件']
    """
    if not spaces:
        return [line.rstrip() for line in view.split("\n")]
    # Only the gaps that split whatever came before them are scanned for; a gap beside a
    # number (one between two of those) splits only at the edge, looked up among all gaps.
    gaps = {m.start(): m.end() for m in BREAKS_OR_SPACES.finditer(text)} if edge else {}
    out, start, size = [], 0, len(view)
    for found in itertools.chain(_SPLITTING.finditer(text), (None,)):
        at, end = found.span() if found else (size, size)
        while edge and 0 < start + edge < at and gaps.get(start + edge, size) < size:
            out.append(view[start : start + edge])
            start = gaps[start + edge]
        if found and at and end < size:
            out.append(view[start:at])
            start = text.rfind("\n", at, end) + 1 or end  # with its indent
    out.append(view[start:])
    return out


# A table's row as a copy gives it: two cells at least, parted by | or tabs.  Anchored at
# each line's start and held to its line, so one scan is linear however long the lines.
_TABLE_ROW = re.compile(r"^[^\n|\t]*[|\t][ \t|]*[^\s|][^\n|\t]*[|\t][^\n]*$", re.MULTILINE)
# ...or parted by spaces, a row ends on two figures at least (出庭应诉率 95 100): the
# scan looks for its space (a literal re skips to), and the row's line is then emptied.
_FIGURES_END = re.compile(r" [-+]?[0-9][0-9.,]*%?(?: +[-+]?[0-9][0-9.,]*%?)+ *$", re.MULTILINE)


def without_rows(text: str) -> str:
    r"""``text`` with each table row's line left empty, for measuring a page's width.

    Rows of like lengths that end no sentence look like a page's wrapped lines, but a
    table's row is never wrapped.

    >>> without_rows("如下:\n| 指标 | 2023年 |\n| 出庭率 | 100 |\n持证率  98  99.5\n正文。")
    '如下:\n\n\n\n正文。'
    """
    if "|" in text or "\t" in text:
        text = _TABLE_ROW.sub("", text)
    if " " not in text or not (rows := list(_FIGURES_END.finditer(text))):
        return text  # most texts: no row of figures
    kept, at = [], 0
    for row in rows:
        start = text.rfind("\n", 0, row.start()) + 1
        kept.append(text[at:start])
        at = row.end()
    return "".join(kept) + text[at:]

"""What a copy set on every line alike: a blank line after each, the same indentation.

A PDF's text pasted into a web page one line to a paragraph leaves a blank line after
every line, hard wraps and all (``受理投诉举报1.2`` / blank / ``6万件``); a copy quoted as a
block indents every line by the same spaces.  Set on every line, neither says where a
paragraph ends, yet the layout stage reads a blank line or an indent as one, and would
keep the halves of a wrapped figure apart.  :func:`uniform` takes such decoration away
first: a gap of one blank line becomes a line break (a gap of more, one blank line), and
the indentation every line shares goes.
"""

from __future__ import annotations

import re

from fzbg.page.width import Width
from fzbg.page.wraps import page_width

__all__ = ["even_page", "uniform"]

_BLANK_LINE = re.compile(r"\n[ \t]*\n")

_LEAST_LINES = 8  # fewer lines with words say too little of a copy's habit
_DOUBLED_SHARE = 0.75  # the share of gaps that must be one blank line each (page feet aside)


def uniform(text: str) -> str:
    r"""``text`` without the blank line and the indentation a copy set on every line.

    >>> print(uniform("\n\n".join(f"第{n}行写到这里还没有写完" for n in range(8))))
    第0行写到这里还没有写完
    第1行写到这里还没有写完
    第2行写到这里还没有写完
    第3行写到这里还没有写完
    第4行写到这里还没有写完
    第5行写到这里还没有写完
    第6行写到这里还没有写完
    第7行写到这里还没有写完
    >>> uniform("一、工作情况\n\n召开会议4次。")  # too few lines to tell
    '一、工作情况\n\n召开会议4次。'
    """
    if _BLANK_LINE.search(text) or text[:1] in (" ", "\t"):
        lines = text.split("\n")
        if sum(1 for line in lines if line.strip()) >= _LEAST_LINES:
            return _undoubled(_unindented(lines))
    return text


def even_page(text: str) -> tuple[str, Width] | None:
    """``text`` without what a copy set on every line, and its page's width; or None.

    None unless that hid a wrapped page: no wrap spans a blank line or a new indent.
    """
    if (even := uniform(text)) == text:
        return None
    width = page_width(even, even.split("\n"))
    return None if width is None else (even, width)


def _unindented(lines: list[str]) -> list[str]:
    """The lines without the ASCII indentation every line with words has."""
    words = [line for line in lines if line.strip()]
    first = words[0]
    indent = first[: len(first) - len(first.lstrip(" \t"))]
    if not indent or not all(line.startswith(indent) for line in words):
        return lines
    return [line[len(indent) :] if line.strip() else line for line in lines]


def _undoubled(lines: list[str]) -> str:
    """The lines joined, a gap of one blank line a break where nearly every gap is one."""
    gaps: list[int] = []  # the blank lines between each two lines with words
    blank = -1  # none before the first line with words
    for line in lines:
        if line.strip():
            if blank >= 0:
                gaps.append(blank)
            blank = 0
        elif blank >= 0:
            blank += 1
    if not gaps or sum(gap == 1 for gap in gaps) < _DOUBLED_SHARE * len(gaps):
        return "\n".join(lines)
    out: list[str] = []
    blank = 0
    for line in lines:
        if line.strip():
            if out and blank > 1:
                out.append("")  # a wider gap: one blank line, a paragraph's end
            out.append(line)
            blank = 0
        elif out:
            blank += 1
        else:
            out.append(line)  # blank lines above the text stay as they are
    return "\n".join(out) + "\n" * (blank > 0)

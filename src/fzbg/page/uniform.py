"""What a copy set on every line alike: a blank line after each, the same indentation.

A PDF's text pasted into a web page one line to a paragraph leaves a blank line after
every line, hard wraps and all (``受理投诉举报1.2`` / blank / ``6万件``); a copy quoted as a
block indents every line by the same spaces.  Set on every line, neither says where a
paragraph ends, yet the layout stage reads a blank line or an indent as one, and would
keep the halves of a wrapped figure apart.  :func:`uniform` takes such decoration away
first, where it hides a wrapped page (:func:`even_page`): a gap of one blank line becomes
a line break (a wider gap keeps a blank line: a paragraph's end), and the indentation
every line shares goes.
"""

from __future__ import annotations

import re

from fzbg.page.width import Width
from fzbg.page.wraps import page_width

__all__ = ["even_page", "uniform"]

_GAP = re.compile(r"\n(?:[ \t]*\n)*")  # a gap between two lines: its breaks, blank lines and all
_BLANK = re.compile(r"\n[ \t]*\n")  # (most texts hold no blank line: no gap is read)
_SINGLE_BLANK = re.compile(r"\n[ \t]*\n(?![ \t]*\n)")  # (a wider gap keeps one blank line)
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
    if text[:1] in (" ", "\t"):
        text = _unindented(text)
    if _BLANK.search(text) is None:
        return text
    gaps = _GAP.findall(text.strip())
    ones = sum(gap.count("\n") == 2 for gap in gaps)  # one blank line between two lines
    if ones + 1 < _LEAST_LINES or ones < _DOUBLED_SHARE * len(gaps):
        return text
    return _SINGLE_BLANK.sub("\n", text)


def even_page(text: str) -> tuple[str, Width] | None:
    """``text`` without what a copy set on every line, and its page's width; or None.

    None unless that hid a wrapped page: no wrap spans a blank line or a new indent.
    """
    if (even := uniform(text)) == text:
        return None
    width = page_width(even, even.split("\n"))
    return None if width is None else (even, width)


def _unindented(text: str) -> str:
    """``text`` without the ASCII indentation every line with words has."""
    lines = text.split("\n")
    words = [line for line in lines if line.strip()]
    first = words[0] if words else ""
    indent = first[: len(first) - len(first.lstrip(" \t"))]
    if len(words) < _LEAST_LINES or not indent or not all(w.startswith(indent) for w in words):
        return text
    return "\n".join(line[len(indent) :] if line.strip() else line for line in lines)

"""A page field whose value stands on the line below its label: a table's cells copied.

Copying a page's disclosure table cell by cell puts each label on a line of its own and
its value on the next (``发布机构:`` / ``某街道办事处``).  The label's line is page
metadata with an empty value; the value's line, left alone, reads as a head line — a
body's name that the title below is joined to, a 其他 above it.  The value is the line
below: a few words, no sentence, no title, no marker, no label of its own.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from fzbg.genre.chrome import COUNT_LABELS, LABEL, LABEL_WORDS, TITLE_LABELS
from fzbg.genre.markers import MARKED
from fzbg.page.title_line import TITLE, named_first

__all__ = ["labels_alone", "value_below"]

Cut = tuple[int, int, str]  # start, end, Debris kind (fzbg.page.title.Cut)

_WORDS = re.compile(r"\s*")
_LONGEST = 40  # a value's length at most: an index number, a body's name, a date
_NO_VALUE = (*COUNT_LABELS, *TITLE_LABELS)  # a count's or a title's: read elsewhere
_MARKED = re.compile(MARKED.pattern)


def value_below(view: str, end: int, row: list[tuple[str, str]]) -> tuple[int, int, str] | None:
    r"""The value on the line after a row of fields (ending at ``end``) whose last is empty.

    Returns:
        The value line's start and end (its break included) and its words, or None.

    Example:
        >>> view = "发布机构:\n\n某街道办事处\n某街道2023年法治政府建设报告"
        >>> value_below(view, 5, [("发布机构", "")])
        (7, 14, '某街道办事处')

    """
    if not row or row[-1][1] or row[-1][0] in _NO_VALUE:
        return None
    start = _WORDS.match(view, end).end()  # type: ignore[union-attr]
    stop = view.find("\n", start)
    stop = len(view) if stop < 0 else stop
    words = view[start:stop].strip()
    after = _WORDS.match(view, stop).end()  # type: ignore[union-attr]
    below = view[after : max(view.find("\n", after), after)].strip()
    line = view.rfind("\n", end, start) + 1 or start  # its indentation is the line's too
    return (line, min(stop + 1, len(view)), words) if _value_like(words, below) else None


def _value_like(words: str, below: str) -> bool:
    """Whether ``words`` may be a field's value: a few words, no sentence, title or label.

    Nor the first half of a title that ``below`` (the line after it) ends, when that
    half names the body and ``below`` names none (青石街道 / 2023年度…报告).
    """
    if not words or len(words) > _LONGEST or any(stop in words for stop in "。,;:!?"):
        return False
    if _MARKED.match(words) or TITLE.fullmatch(words) or LABEL.search(words):
        return False
    return not (TITLE.fullmatch(words + below) and not named_first(below))


class _Line(Protocol):  # fzbg.page.title's head line
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def words(self) -> str: ...


_Head = TypeVar("_Head", bound=_Line)
_LABEL_ALONE = re.compile(rf"(?:{LABEL_WORDS})[ ]?:?")
_LABEL_LONGEST = 16  # a label spaced out, and its colon: a longer line is none


def labels_alone(head: list[_Head], view: str, cuts: list[Cut]) -> list[tuple[str, str]]:
    """Read and cut the head lines that are a label alone and the value on the line below.

    A table copied cell by cell without its colons (发布机构 / 某街道办事处) leaves no
    chrome line; both lines are cut here (``head`` loses them), their field returned.
    """
    fields: list[tuple[str, str]] = []
    n = 0
    while n + 1 < len(head):
        label, value = head[n], head[n + 1]
        below = head[n + 2].words if n + 2 < len(head) else ""
        words = label.words
        if (
            len(words) <= _LABEL_LONGEST
            and _LABEL_ALONE.fullmatch(words)
            and _value_like(value.words, below)
        ):
            fields.append((words.rstrip(":").replace(" ", ""), value.words))
            cuts += [
                (line.start, min(line.end + 1, len(view)), "page-metadata")
                for line in (label, value)
            ]
            del head[n : n + 2]
        else:
            n += 1
    return fields

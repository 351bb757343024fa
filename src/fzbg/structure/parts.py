"""Parts: the statutory parts a copy named without a heading's shape.

A short report (a town's, a department's) may run its parts in as points, each opening
its paragraph with 一是 and the part's name (一是主要举措和成效。…… 二是存在的不足。……),
and a copy may end a heading with a 。 on its own line (存在的不足和原因。).  Only a
part's whole name (:func:`~fzbg.genre.parts.part_name`) makes either a heading.
"""

from __future__ import annotations

from fzbg.genre.cues import classify_heading
from fzbg.genre.parts import part_name
from fzbg.lex.styles import Style
from fzbg.model import SectionKind
from fzbg.structure.index import TITLE_END, LineIndex

__all__ = ["part_points", "stopped_part"]

_LONGEST_NAME = 40  # a part's name, with its year and work, is no longer than this
_SHORTEST_STOPPED = 5  # 存在问题。 alone may be a paragraph's lead-in: 存在的问题。 is a heading


def stopped_part(words: str) -> SectionKind | None:
    """The kind a line names that is a statutory part's whole name and a final 。.

    >>> stopped_part("存在的不足和原因。")
    <SectionKind.SHORTCOMINGS: 'shortcomings'>
    >>> stopped_part("我们也存在一些不足。") is None
    True
    """
    name = words[:-1]
    if not _SHORTEST_STOPPED <= len(name) <= _LONGEST_NAME or "。" in name or not part_name(name):
        return None
    return classify_heading(name)


def part_points(index: LineIndex, first: int, last: int) -> list[int]:
    r"""The lines among ``first..last`` that open a part as a run-in 一是 point.

    Each names its part whole before its first 。 or colon; two parts at least, of two
    kinds, or the points are a section's own.

    >>> from fzbg.lex.lines import lex
    >>> text = "一是主要举措和成效。开展培训。\n二是存在的不足。宣传弱。\n三是下一步工作安排。"
    >>> part_points(LineIndex.of(text, text, lex(text)), 0, 3)
    [0, 1, 2]
    """
    lines, markers, view = index.lines, index.markers, index.view
    found: list[int] = []
    kinds: set[SectionKind | None] = set()
    for i in range(first, last):
        marker = markers[i]
        if marker is None or marker.style is not Style.SHI:
            continue
        stop = TITLE_END[False].search(view, marker.end, lines[i].end)
        if stop is None or stop.start() - marker.end > _LONGEST_NAME:
            continue
        name = view[marker.end : stop.start()]
        if part_name(name):
            found.append(i)
            kinds.add(classify_heading(name))
    return found if len(found) > 1 and len(kinds) > 1 else []

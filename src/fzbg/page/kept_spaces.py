"""Kept spaces: whether a copy that lost its line breaks kept a space where each one was.

A page run together by a scraper often kept a space at each break (``…进步。 一、统筹规划
全区…``), and a space between a heading's last word and its paragraph's first is then
the seam.  A scan's OCR, or a PDF's spacing, puts single spaces between the Han of one
word instead (``坚持党的全面 领导,确保…``); a copy that lost its breaks to that leaves no
space at any place a break evidently stood: after a stop or a comma.  Only in a copy
that shows such a space is a space between two words a seam, or a page's wrap.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable

import regex

from fzbg.genre.openers import BODY_OPENS, HEADING_GOES_ON, MIN_BODY_SENTENCE
from fzbg.text.normalize import fold

__all__ = ["breaks_kept", "gap_seam", "opened_gap", "read_closed", "spaces_kept"]

# On the folded view, a space where a break evidently stood: after a stop or a comma (a
# page's line ends at one as often as between two words), or a run of spaces between two
# characters (an indent that stayed).  Not beside a figure, nor before a marker: a page's
# head sets its date so (某局 2024-01-08), and OCR's space may fall inside 统一、.  The
# pattern opens with the space, which re scans for at speed.
_KEPT = re.compile(r"[ ](?:(?<=[。!?;:,、][ ])|(?<=\S[ ])[ ]+(?=\S))")
# A scan's space: one, between two Han.
_SCAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
# A space between two words, or before a clause about the year (…方面 2016年2月,我市…).
_GAP = regex.compile(r"(?<=\p{Han})[ ]+(?=\p{Han}|(?:19|20)[0-9]{2}年[^ ,]{0,6},)")


def breaks_kept(view: str) -> bool:
    """Whether the spaces of ``view`` may stand for its lost breaks (see the module).

    >>> breaks_kept("全年审查合同12件。 一、主要举措 全区推进")
    True
    >>> breaks_kept("一、坚持党的全面 领导,确保法治政府建设推进。全年审查合同12件。")
    False
    """
    return " " not in view or _KEPT.search(view) is not None


def spaces_kept(text: str) -> bool:
    """Whether the spaces of ``text`` may stand for lost breaks, or a page's wraps.

    As :func:`breaks_kept` says, or where they stand about a page's width apart, a share
    beside a figure or a mark (``…困难和挑 战``, ``② 推进``): a copy that lost its wraps
    to spaces need not have lost a break after a stop, but its wraps fall between any
    two characters, where a scan's spaces fall between two Han only.
    """
    return " " not in text or breaks_kept(view := fold(text)) or _even(view)


_EVEN = 3  # how far from the most common distance a page's wraps may stand (a PDF's edge)
_EVEN_SHARE = 0.5  # ...how many do so: a scan's spaces stand at random
_EVEN_LEAST = 4  # ...and how many distances at least tell it
_NOT_HAN_SHARE = 0.1  # a page's wraps beside a figure or a mark: about one in four
_SPACE = re.compile("(?<! ) (?! )")
_NOT_HAN = re.compile(r" (?:(?<=[^\s\u4e00-\u9fff] )(?=\S)|(?<=\S )(?=[^\s\u4e00-\u9fff]))")


def _even(view: str) -> bool:
    """Whether most single spaces inside the lines of ``view`` stand one distance apart.

    The first of a line stands that far from the line's start.

    And whether a share of them stand beside a character other than a Han one.
    """
    places = [space.start() for space in _SPACE.finditer(view)]
    if len(_NOT_HAN.findall(view)) < _NOT_HAN_SHARE * len(places):
        return False
    # each one's distance from the one before it, or from its line's start
    steps = Counter(
        after - max(before, view.rfind("\n", 0, after))
        for before, after in itertools.pairwise([-1, *places])
    )
    total = sum(steps.values())
    if total < _EVEN_LEAST:
        return False
    most = steps.most_common(1)[0][0]
    return sum(n for step, n in steps.items() if abs(step - most) <= _EVEN) >= _EVEN_SHARE * total


def gap_seam(line: str, start: int, end: int, stop: int) -> int | None:
    """Where a space kept in ``line[start:end]`` opens a heading's paragraph, if one does.

    The paragraph's sentence runs on to ``stop``, long enough for one of its own, and the
    heading's words do not go on past the space (面临的 困难).
    """
    if line.find(" ", start, end) < 0:
        return None  # (a heading without one has none, found without the pattern)
    gap = _GAP.search(line, start, end)
    if (
        gap is not None
        and stop - gap.end() >= MIN_BODY_SENTENCE
        and line[gap.start() - 1] not in HEADING_GOES_ON
    ):
        return gap.end()
    return None


def opened_gap(line: str, start: int, end: int, stop: int) -> int | None:
    """A space that opens a paragraph after a heading even where no break was kept.

    ``二、加强普法宣传教育 全年共开展…。``: a web copy set its heading and paragraph on
    one line, a space between; the words after it open a paragraph as only a paragraph
    opens, with a clause about the year or a verb (:data:`~fzbg.genre.openers.BODY_OPENS`
    without a body's name, which a scan's space may leave: 政府 职能县政府全年).
    """
    gap = gap_seam(line, start, end, stop)
    if gap is None:
        return None
    space = len(line[:gap].rstrip(" "))  # read as if closed up: 深入推进 严格规范 goes on
    opens = BODY_OPENS.match(line[:space] + line[gap:], space)
    return gap if opens is not None and opens.group("body") is None else None


def read_closed(line: str, at: int, find: Callable[[str, int], int | None]) -> int | None:
    """What ``find(line, at)`` finds with a scan's spaces closed up, as a place in ``line``.

    In a copy that kept no break as a space, a space between two Han is a scan's, and
    the words it parts (县 政府, 严 格) are read whole.

    >>> read_closed("一、依法行政 县 政府全年审查", 2, lambda line, at: line.find("县政府", at))
    7
    """
    removed = [space.start() for space in _SCAN_SPACE.finditer(line)]
    if not removed:
        return find(line, at)
    landed = [place - k for k, place in enumerate(removed)]  # each one's place, closed up
    found = find(_SCAN_SPACE.sub("", line), at - bisect_left(removed, at))
    return None if found is None else found + bisect_right(landed, found)

"""Page furniture: the running head or foot a printed report repeats on its pages.

A report read from a PDF, a scan or a fixed-layout file keeps what was printed around
its text: the page number at the foot (cut by the chrome table as ``page-number``) and,
in many, a running head or foot — the issuer's name, the report's short title, 内部资料
— printed on every page.  Such a line says nothing the report does not say once, and
where it stands it breaks a paragraph in two.

The rule is general, with no list of words: a short line that recurs, identically, on
most pages of a long text is furniture.  When the text holds page numbers (``— 3 —``),
a repeat counts only where a head or foot stands, within :data:`NEAR_NUMBER` lines of a
page number, and there must be such repeats on at least half as many pages as there are
page numbers (two at least), and they must be at least half of all the line's repeats:
the issuer's name printed as a running head is cut, the same name signing the report at
its end is not.  Without page numbers a line must recur at least :data:`MIN_REPEATS`
times, each repeat at least a page's worth of lines (:data:`MIN_APART`) from the last,
as a head does and a repeated line of the report itself (a table's ``合计``) does not.
Lines that open with a heading marker or end a sentence are never furniture.

A line holding only a number is a page number when such lines count up (1, 2, 3), each
at least :data:`MIN_APART` lines after the last; so is a page number as OCR misreads it
(``一1一``, ``~2~``).  Both are cut as ``page-number``, like the page numbers of
the chrome table.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict

import regex

from fzbg.genre.chrome import PAGE_NUMBER
from fzbg.genre.markers import MARKED

__all__ = ["MIN_APART", "MIN_REPEATS", "NEAR_NUMBER", "furniture_lines", "running_heads"]

MIN_REPEATS = 3
"""Without page numbers, a line must recur at least this often to be furniture."""

MIN_APART = 12
"""Without page numbers, repeats stand at least this many lines apart (a page holds 20+)."""

NEAR_NUMBER = 1
"""With page numbers, a head or foot stands at most this many lines from one."""

_LONGEST = 30  # characters: a running head is a short line
# A heading marker (一、 （一） 1. 第一部分), a sentence's end, or a page number (which
# the chrome table cuts as page-number): never a running head.
_NOT_FURNITURE = regex.compile(rf"^(?:{MARKED.pattern})|[。;!?]$")

_PAGE_NUMBER = re.compile(rf"(?:{PAGE_NUMBER})")
_BARE_NUMBER = re.compile(r"\d{1,3}")
# The page number as OCR misreads it: the dashes of — 3 — read as 一, ~ or _ (a line
# such as "-3", one dash only, may be a table's figure and stays).
_MISREAD_NUMBER = re.compile(r"[-—–一~_][ \t]?\d{1,3}[ \t]?[-—–一~_]")


def running_heads(view: str, keep: tuple[int, int] | None = None) -> list[tuple[int, int, str]]:
    r"""Find the running heads and foots of a printed text.

    Args:
        view: The folded view of normalised text (see :func:`fzbg.text.normalize.fold`).
        keep: A span not to cut (the title, which a running head may repeat).

    Returns:
        ``(start, end, "running-head")`` per line of furniture, the line break included.

    Example:
        >>> def page(p):
        ...     return "".join(f"第{p}页正文的第{n}行,写到这里还没写完\n" for n in range(20))
        >>> text = "".join(f"{page(p)}— {p} —\n某县人民政府\n" for p in range(1, 4))
        >>> [text[s:e] for s, e, _ in running_heads(text)]
        ['某县人民政府\n', '某县人民政府\n', '某县人民政府\n']

    """
    numbers: list[int] = []
    bare: list[tuple[int, int, int, int]] = []  # (no, start, end, value)
    misread: list[tuple[int, int, str]] = []
    places: list[list[tuple[int, int, int]]] = []
    # Each short line is read once however often it recurs, and a line standing once is
    # no furniture: the slower _NOT_FURNITURE is tried only on lines that recur.
    for words, found in _short_lines(view).items():
        if _PAGE_NUMBER.fullmatch(words):
            numbers += (n for n, _, _ in found)
        elif _MISREAD_NUMBER.fullmatch(words):
            numbers += (n for n, _, _ in found)
            misread += ((s, min(e + 1, len(view)), "page-number") for _, s, e in found)
        elif _BARE_NUMBER.fullmatch(words):
            bare += ((n, s, e, int(words)) for n, s, e in found)
        elif len(found) > 1 and not _NOT_FURNITURE.search(words):
            places.append(found)
    bare.sort()  # in line order, as _counting reads them
    pages = _counting(bare)
    cuts = [(s, min(e + 1, len(view)), "page-number") for _, s, e in pages] + misread
    numbers = sorted([*numbers, *(n for n, _, _ in pages)])
    for found in places:
        for _, s, e in _furniture(found, numbers):
            if keep is None or e <= keep[0] or s >= keep[1]:
                cuts.append((s, min(e + 1, len(view)), "running-head"))
    return sorted(cuts)


def furniture_lines(view: str) -> dict[int, int]:
    r"""Find every line of page furniture: page numbers and running heads and foots.

    A page number is ``— 3 —``, ``第3页 共9页`` or a bare number counting pages.  The
    layout stage reads them before it joins hard wraps, so that a paragraph broken at a
    page's foot is joined across them (see :func:`fzbg.page.wraps.unwrap`); the
    page stage cuts them later, as :func:`running_heads` and the chrome table find them.

    Args:
        view: The folded view of normalised text.

    Returns:
        Where each line's words start (after its indentation) → where they end.

    Example:
        >>> def page(p):
        ...     return "".join(f"第{p}页第{n}行,写到这里还没写完\n" for n in range(20))
        >>> text = "".join(f"{page(p)}  — {p} —\n某县人民政府\n" for p in (1, 2, 3))
        >>> sorted({text[s:e] for s, e in furniture_lines(text).items()})
        ['— 1 —', '— 2 —', '— 3 —', '某县人民政府']

    """
    lines = [(s, e) for s, e, _ in running_heads(view)]
    for words, places in _short_lines(view).items():
        if _PAGE_NUMBER.fullmatch(words):
            lines += ((s, e) for _, s, e in places)
    return dict(map(_words, (view[s:e] for s, e in lines), (s for s, _ in lines)))


def _words(line: str, start: int) -> tuple[int, int]:
    """Where the words of a line starting at ``start`` start and end (no spaces, no break)."""
    words = line.strip()
    at = start + line.index(words)
    return at, at + len(words)


def _short_lines(view: str) -> dict[str, list[tuple[int, int, int]]]:
    """Each short line of ``view``, stripped, with where it stands: ``(no, start, end)``."""
    lines: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    start = 0
    for number, line in enumerate(view.split("\n")):
        end = start + len(line)
        words = line.strip()
        if words and len(words) <= _LONGEST:
            lines[words].append((number, start, end))
        start = end + 1
    return lines


def _furniture(found: list[tuple[int, int, int]], numbers: list[int]) -> list[tuple[int, int, int]]:
    """Which repeats of one line are furniture (see the module's docstring)."""
    if numbers:
        near = [
            place
            for place in found
            if any(abs(place[0] - n) <= NEAR_NUMBER for n in _around(numbers, place[0]))
        ]
        enough = len(near) >= max(2, (len(numbers) + 1) // 2) and 2 * len(near) >= len(found)
        return near if enough else []
    if len(found) < MIN_REPEATS:
        return []
    if min(b[0] - a[0] for a, b in itertools.pairwise(found)) < MIN_APART:
        return []
    return found


def _counting(bare: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int]]:
    """The lines holding only a number that count pages: 1, 2, 3 … a page apart.

    Each line extends the run that waits for its number when it stands at least
    :data:`MIN_APART` lines after that run's last; runs of two or more are page numbers.
    """
    runs: dict[int, list[tuple[int, int, int]]] = {}  # the number a run waits for → run
    done: list[list[tuple[int, int, int]]] = []
    for number, start, end, value in bare:
        run = runs.pop(value, None)
        if run is not None and number - run[-1][0] < MIN_APART:
            runs[value] = run  # too close: a table's numbers, not the next page's
            continue
        run = [*(run or []), (number, start, end)]
        if value + 1 in runs:
            done.append(runs.pop(value + 1))
        runs[value + 1] = run
    return sorted(place for run in (*done, *runs.values()) if len(run) >= 2 for place in run)


def _around(numbers: list[int], line: int) -> list[int]:
    """The page numbers' lines just before and just after ``line``."""
    at = bisect.bisect_left(numbers, line)
    return numbers[max(0, at - 1) : at + 1]

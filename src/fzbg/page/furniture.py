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
at least :data:`MIN_APART` lines after the last, and so is a page of pages (``1/5``,
``2 / 5``) counting up over one total; so is a page number as OCR misreads it
(``一1一``, ``~2~``).  Both are cut as ``page-number``, like the page numbers of
the chrome table.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Container, Iterable

import regex

from fzbg.genre.chrome import PAGE_FRACTION, PAGE_NUMBER
from fzbg.genre.markers import MARKED

__all__ = ["MIN_APART", "MIN_REPEATS", "NEAR_NUMBER", "furniture_lines", "running_heads"]

MIN_REPEATS = 3
"""Without page numbers, a line must recur at least this often to be furniture."""

MIN_APART = 12
"""Without page numbers, repeats stand at least this many lines apart (a page holds 20+)."""

NEAR_NUMBER = 1
"""With page numbers, a head or foot stands at most this many lines from one (blank
lines not counted)."""

_LONGEST = 30  # characters: a running head is a short line
# A heading marker (一、 （一） 1. 第一部分), a sentence's end, or a page number (which
# the chrome table cuts as page-number): never a running head.
_NOT_FURNITURE = regex.compile(rf"^(?:{MARKED.pattern})|[。;!?]$")

_SPACED_FRACTION = PAGE_FRACTION.replace("/", r"[ \t]?/[ \t]?")
# A line holding only a page number (named "page"), the same as OCR misreads it: the dashes
# of — 3 — read as 一, ~ or _ ("misread"; a line such as "-3", one dash only, may be a
# table's figure and stays), or a bare number ("bare"), tried in this order.
_NUMBER_LINE = re.compile(
    rf"(?P<page>{PAGE_NUMBER})"
    r"|(?P<misread>[-—–一~_][ \t]?\d{1,3}[ \t]?[-—–一~_])"
    r"|(?P<bare>\d{1,3})"
    rf"|(?P<fraction>{_SPACED_FRACTION})"  # 3/12, 3 / 12: a page of pages
)


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
    return _furniture_of(_Lines(view), keep)[0]


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
    cuts, numbered = _furniture_of(_Lines(view), None)
    lines = [(s, e) for s, e, _ in cuts] + [(s, e) for _, s, e in numbered]
    return dict(map(_words, (view[s:e] for s, e in lines), (s for s, _ in lines)))


def _words(line: str, start: int) -> tuple[int, int]:
    """Where the words of a line starting at ``start`` start and end (no spaces, no break)."""
    words = line.strip()
    at = start + line.index(words)
    return at, at + len(words)


class _Lines:
    """The lines of a view, each stripped and counted; where a line stands, on demand.

    Splitting, stripping and counting run in C over every line; a line's place is looked
    up only for the few words that may be furniture, so a text of a hundred thousand
    lines that are all headings builds no tuple per line.
    """

    def __init__(self, view: str) -> None:
        self.end = len(view)
        self.lines = view.split("\n")
        self.words = list(map(str.strip, self.lines))
        # Each short line, once however often it recurs, with how often it does.  Only
        # the short lines are counted: hashing a paragraph costs as much as reading it.
        self.short = Counter([w for w in self.words if 0 < len(w) <= _LONGEST])

    def places(self, wanted: Iterable[str]) -> dict[str, list[tuple[int, int, int]]]:
        """Where each line whose words are ``wanted`` stands: ``(no, start, end)``."""
        found: dict[str, list[tuple[int, int, int]]] = {w: [] for w in wanted}
        if not found:
            return found
        lines, words = self.lines, self.words
        ends = list(itertools.accumulate(map(len, lines)))  # without the line breaks
        for no in itertools.compress(itertools.count(), map(found.__contains__, words)):
            end = ends[no] + no
            found[words[no]].append((no, end - len(lines[no]), end))
        return found


def _furniture_of(
    lines: _Lines, keep: tuple[int, int] | None
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, int]]]:
    """The furniture's cuts (see :func:`running_heads`), and where the page numbers stand."""
    kinds = {w: m.lastgroup for w in lines.short if (m := _NUMBER_LINE.fullmatch(w))}
    # A line standing once is no running head: the slower _NOT_FURNITURE is tried only
    # on lines that recur.
    recurring = [
        w
        for w, n in lines.short.items()
        if n > 1 and w not in kinds and not _NOT_FURNITURE.search(w)
    ]
    if not kinds and not recurring:
        return [], []  # most texts: no page number, no line that recurs
    found = lines.places(kinds)
    bare = sorted(
        (n, s, e, int(w)) for w, places in found.items() if kinds[w] == "bare" for n, s, e in places
    )  # in line order, as _counting reads them
    pages = _counting(bare)
    if "fraction" in kinds.values():
        pages += _fractions(found, kinds)
    numbered = [p for w, places in found.items() if kinds[w] == "page" for p in places]
    misread = [p for w, places in found.items() if kinds[w] == "misread" for p in places]
    cuts = [(s, min(e + 1, lines.end), "page-number") for _, s, e in (*pages, *misread)]
    numbers = sorted(n for n, _, _ in (*numbered, *misread, *pages))
    wanted = [w for w in recurring if _may_be_furniture(lines.short[w], numbers, len(lines.words))]
    beside = _beside(lines.words, numbers) if wanted else set()
    for places in lines.places(wanted).values():
        for _, s, e in _furniture(places, len(numbers), beside):
            if keep is None or e <= keep[0] or s >= keep[1]:
                cuts.append((s, min(e + 1, lines.end), "running-head"))
    return sorted(cuts), numbered


def _beside(words: list[str], numbers: list[int]) -> set[int]:
    """The lines within :data:`NEAR_NUMBER` lines of a page number's, not counting blanks.

    A copy of a PDF's text sets blank lines around its page numbers.
    """
    near: set[int] = set()
    for n in numbers:
        near.add(n)
        for step in (-1, 1):
            at, left = n + step, NEAR_NUMBER
            while left and 0 <= at < len(words):
                near.add(at)
                left -= bool(words[at])
                at += step
    return near


def _may_be_furniture(count: int, numbers: list[int], lines: int) -> bool:
    """Whether a line recurring ``count`` times in ``lines`` may be furniture by its count.

    :func:`_furniture` decides; this rules out, before the line's places are looked up,
    what it would rule out whatever they are.  Near page numbers, at most two repeats
    stand beside each (one above it, one below), and they must be half of all repeats;
    without page numbers, repeats stand :data:`MIN_APART` lines apart, so few fit.
    """
    if numbers:
        return max(2, (len(numbers) + 1) // 2) <= count <= 4 * len(numbers)
    return count >= MIN_REPEATS and (count - 1) * MIN_APART < lines


def _furniture(
    found: list[tuple[int, int, int]], numbers: int, beside: Container[int]
) -> list[tuple[int, int, int]]:
    """Which repeats of one line are furniture (see the module's docstring).

    Args:
        found: Where the line stands, ``(no, start, end)`` in line order.
        numbers: How many page numbers the text holds.
        beside: The lines at most :data:`NEAR_NUMBER` from a page number.

    """
    if numbers:
        near = [place for place in found if place[0] in beside]
        enough = len(near) >= max(2, (numbers + 1) // 2) and 2 * len(near) >= len(found)
        return near if enough else []
    if len(found) < MIN_REPEATS:
        return []
    if min(b[0] - a[0] for a, b in itertools.pairwise(found)) < MIN_APART:
        return []
    return found


def _fractions(
    found: dict[str, list[tuple[int, int, int]]], kinds: dict[str, str | None]
) -> list[tuple[int, int, int]]:
    """The lines holding only ``3/12`` that count pages: 1/12, 2/12 … a page apart.

    A PDF printed from a browser or a viewer numbers its pages of pages; such lines count
    up over one total from 1, each :data:`MIN_APART` lines after the last, as
    :func:`_counting` reads bare numbers; the last page, which may be short, counts
    wherever it stands after them.
    """
    totals: dict[int, list[tuple[int, int, int, int]]] = {}
    for w, places in found.items():
        if kinds[w] == "fraction":
            page, _, of = w.replace(" ", "").replace("\t", "").partition("/")
            totals.setdefault(int(of), []).extend((n, s, e, int(page)) for n, s, e in places)
    pages: list[tuple[int, int, int]] = []
    for total, lines in totals.items():
        run: list[tuple[int, int, int]] = []  # 1/5, 2/5 … in line order, a page apart
        for n, s, e, at in sorted(lines):
            if at == len(run) + 1 and (not run or n - run[-1][0] >= MIN_APART or at == total):
                run.append((n, s, e))
        pages += run if len(run) >= 2 else []
    return pages


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
        run = run or []
        run.append((number, start, end))  # in place, not copied for each page
        if value + 1 in runs:
            done.append(runs.pop(value + 1))
        runs[value + 1] = run
    return sorted(place for run in (*done, *runs.values()) if len(run) >= 2 for place in run)

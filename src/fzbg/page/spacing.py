"""Letter-spaced lines: characters a page set apart, closed up again.

A PDF sets a title, a heading, a signature or a date with wide tracking or "distributed"
alignment, and a copy pulled out of it (pdftotext, a viewer's copy and paste) keeps a
space between every two characters: ``二 、 存 在 的 不 足``, ``2 0 2 4 年 1 月 1 5 日``.
Read as it is, such a heading names no section and such a title is no title.

:func:`close_up` decides from the evidence on one line: a run of at least
:data:`_MIN_RUN` characters that stand alone — Han characters, digits and the
punctuation set among them (、 ( ) 《》) — each from the next by the very same spacing
(one space, two, an ideographic space or a tab; a copy laid out in columns may
alternate one space and two).  A number left whole inside the run
(``关 于 2023 年 度``) is part of it, and so is a character glued to either end
(``一、主 要 举 措``).  What is legitimately spaced stays as it is: a Latin word, a number
and its word (``2023 年``), a name padded to width (``张  三``: two characters), a table
row of longer cells (``序号  项目  数量``), page furniture (``- 3 -``), a field line's date
and time.  A run of digits alone (``1 2 3 4``) is not taken either: it may be a table's.
Names padded and listed with the spacing that pads them (``李  四  王  五``) read like
letter-spaced words and are closed up too; the line holds no more evidence than that.
"""

from __future__ import annotations

import re

from fzbg.genre.chrome import PAGE_NUMBER
from fzbg.text.normalize import fold

__all__ = ["close_up"]

# The spacing between letter-spaced characters: spaces, ideographic spaces, tabs.
_GAP = re.compile(r"[ \t\u3000]+")
# A character set on its own in a letter-spaced line (on the folded view): Han, a digit,
# and the punctuation a title or a heading holds (、 of a marker, its brackets, 《》 of a
# law's title, the stops of a date line).  Latin letters and dashes are not: words and
# page numbers (- 3 -) are spaced on purpose.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNIT = f"[{_HAN}0-9、()《》“”〔〕﹝﹞,.:;·]"
_SINGLE = re.compile(_UNIT)
_WORDLIKE = re.compile(f"[{_HAN}、()《》“”〔〕﹝﹞]")  # a unit that is not a digit or a stop
# A number a letter-spaced line may leave whole (关 于 2023 年 度, 1 5 . 6 %).
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?%?")
_UNIT_WORD = re.compile(f"{_UNIT}|{_NUMBER.pattern}")  # one unit, or a whole number
# Four units, each after a gap: the least a line needs to be looked at any closer.  Found
# from its first gap, which re finds at speed (a unit stands at almost every character of
# a report, a gap at few): three gaps and the units after them, then the unit before.
# Tried only where a run of gaps starts, each run taken whole: the scan stays linear on
# a page of spaces.
_SPACED = re.compile(rf"(?<![ \t\u3000])([ \t\u3000]++){_UNIT}(?:[ \t\u3000]++{_UNIT}){{2}}")
_FEW_GAPS = 20  # a text with fewer gaps than one in this many characters: try each run


def _spaced(view: str) -> bool:
    """Whether the folded ``view`` holds four units in a row, each after a gap (_SPACED).

    A report holds few gaps: each run of them is tried where it starts, found by
    ``str.find``; a text of many (a page of spaces) is scanned by the pattern instead.
    The view is folded (:func:`~fzbg.text.normalize.fold`): its tabs and ideographic
    spaces are spaces, so a space is the only gap to count and find.
    """
    if view.count(" ") * _FEW_GAPS > len(view):
        return _spaced_scan(view)
    at = view.find(" ")
    while at >= 0:
        if at and view[at - 1] != " " and _starts_run(view, at):
            return True
        at = view.find(" ", at + 1)
    return False


def _spaced_scan(view: str) -> bool:
    """:func:`_spaced` by one scan of the pattern.

    The next try is at the next run of gaps, which may lie inside a match whose unit
    before it is none.
    """
    at = 0
    while (m := _SPACED.search(view, at)) is not None:
        if m.start() and _SINGLE.match(view, m.start() - 1):
            return True
        at = m.end(1)
    return False


def _starts_run(view: str, at: int) -> bool:
    """Whether the run of gaps at ``at`` opens three units after gaps, with one before."""
    return _SPACED.match(view, at) is not None and _SINGLE.match(view, at - 1) is not None


# A page number the print set apart on purpose (第 4 页 共 9 页): the page stage cuts it.
_FURNITURE = re.compile(rf"[ \t]*(?:{PAGE_NUMBER})[ \t]*")
# A whole line of two or three characters, each after a gap (see _close_short_lines).
_SHORT = re.compile(
    rf"[ \t]*{_WORDLIKE.pattern}([ \t]+){_WORDLIKE.pattern}(?:([ \t]+){_WORDLIKE.pattern})?[ \t]*"
)
_MIN_RUN = 4  # units in a row, each after the same gap, a glued end counted
_MIN_LONE = 3  # ... of which so many stand alone between two gaps
_MIN_WORDS = 2  # ... and so many are no digit (1 2 3 4 is a table's row of numbers)


def close_up(text: str, closed: list[str]) -> str:
    r"""Close up the letter-spaced runs of each line; note each line closed up.

    Args:
        text: Normalised text (see :func:`~fzbg.text.normalize.normalize`).
        closed: Receives each line closed up, as it now reads.

    Returns:
        The text with the spacing inside each letter-spaced run removed; the text itself
        when no line holds one.

    Example:
        >>> closed = []
        >>> print(close_up("二 、 存 在 的 不 足\n发布时间: 2024-01-20 10:00", closed))
        二、存在的不足
        发布时间: 2024-01-20 10:00
        >>> close_up("张  三\n2023 年\n序号  项目  数量\n- 3 -", closed) == (
        ...     "张  三\n2023 年\n序号  项目  数量\n- 3 -")
        True
        >>> closed
        ['二、存在的不足']

    """
    view = fold(text)
    if not _spaced(view):
        return text
    lines, originals = view.split("\n"), text.split("\n")  # (of the same lengths)
    # A run needs _MIN_WORDS units that are no digit: a line without one (1 2 3 …, a
    # table's numbers) is not read unit by unit.
    gaps = [
        _closed_gaps(line, original)
        if _spaced(line) and _WORDLIKE.search(line) and not _FURNITURE.fullmatch(line)
        else []
        for line, original in zip(lines, originals, strict=True)
    ]
    _close_short_lines(lines, originals, gaps)
    for k, closing in enumerate(gaps):
        if closing:
            originals[k] = _without(originals[k], closing)
            closed.append(originals[k].strip())
    return "\n".join(originals)


def _close_short_lines(
    lines: list[str], originals: list[str], gaps: list[list[tuple[int, int]]]
) -> None:
    """Take a short line set apart (``云 溪 县``) beside a line closed up with its gaps.

    Two or three characters are too few to tell alone (``张  三`` is a name padded to
    width); in a block set apart as a whole — the title over two lines, a heading's
    last words wrapped, the signer over the date — the next line says it.
    """
    spacing = [
        {original[slice(*gap)] for gap in closing}
        for original, closing in zip(originals, gaps, strict=True)
    ]
    spacing.append(set())  # (as spacing[-1], beside the first line or the last: none)
    filled = [k for k, line in enumerate(lines) if line.strip()]
    for before, k, after in zip([-1, *filled], filled, [*filled[1:], -1], strict=False):
        short = _SHORT.fullmatch(lines[k])
        if short is None or gaps[k]:
            continue
        closing = [short.span(group) for group in (1, 2) if short.group(group)]
        written = {originals[k][slice(*gap)] for gap in closing}
        if _alike(written) and written <= spacing[before] | spacing[after]:
            gaps[k] = closing


def _without(line: str, gaps: list[tuple[int, int]]) -> str:
    """``line`` with the gaps (start, end), in order, taken out."""
    kept: list[str] = []
    copied = 0
    for start, end in gaps:
        kept.append(line[copied:start])
        copied = end
    kept.append(line[copied:])
    return "".join(kept)


def _closed_gaps(line: str, original: str) -> list[tuple[int, int]]:
    """The gaps (start, end) of ``line`` (on the folded view) inside letter-spaced runs.

    The gaps are compared as written in the ``original`` line: the view folds an
    ideographic space and a tab to a space.  A run goes on while its gaps are alike
    (:func:`_alike`), which its first gap's character and its narrowest and widest gap
    tell, kept as the run grows: a line of letters set apart holds a gap every other
    character, and comparing sets of gaps at each took most of the time.
    """
    gaps = [found.span() for found in _GAP.finditer(line)]
    if gaps and gaps[0][0] == 0:  # not its indentation
        del gaps[0]
    if gaps and gaps[-1][1] == len(line):  # nor its end
        del gaps[-1]
    # The words between the gaps: words[k] is before gaps[k], words[-1] after the last.
    starts = [0, *(end for _, end in gaps)]
    stops = [*(start for start, _ in gaps), len(line)]
    words = [line[a:b].strip() for a, b in zip(starts, stops, strict=True)]
    units = [_UNIT_WORD.fullmatch(word) is not None for word in words]
    written = [original[start:end] for start, end in gaps]
    # A gap's one character, or "" where it mixes two (then it is like no other gap).
    kinds = [gap[0] if gap.count(gap[0]) == len(gap) else "" for gap in written]
    closed: list[tuple[int, int]] = []
    first = 0  # the first gap of the run being read
    kind, narrowest, widest = (kinds[0], len(written[0]), len(written[0])) if gaps else ("", 0, 0)
    for k in range(1, len(gaps) + 1):
        if k < len(gaps) and units[k] and kind and kinds[k] == kind:
            width = len(written[k])
            if max(widest, width) - min(narrowest, width) <= 1:  # the run goes on
                narrowest, widest = min(narrowest, width), max(widest, width)
                continue
        glued = _run(words[first : k + 1])
        if glued is not None:
            closed += gaps[first + (not glued[0]) : k - (not glued[1])]
        if k < len(gaps):
            first, kind, narrowest, widest = k, kinds[k], len(written[k]), len(written[k])
    return closed


def _alike(spacing: set[str]) -> bool:
    """Whether gaps are the same spacing: one kind of space, one wide or a space wider.

    A copy laid out in columns (``pdftotext -layout``) rounds each character's place
    to a column, so a line set apart at a width and a half alternates one space and two.
    """
    widths = [len(gap) for gap in spacing]
    return len(set("".join(spacing))) == 1 and max(widths) - min(widths) <= 1


def _lone(word: str) -> bool:
    """Whether ``word`` is one character that stands alone in a letter-spaced run."""
    return len(word) == 1 and _SINGLE.match(word) is not None


def _run(words: list[str]) -> tuple[bool, bool] | None:
    """Whether words, each after the same gap, are a letter-spaced run: its ends, or None.

    The inner words are units (one character, or a whole number); the first and the
    last may be longer words glued to the run (``一、主 要 举 措``), whose character next
    to the run then counts as one of it.  The run needs :data:`_MIN_RUN` characters in a
    row, :data:`_MIN_LONE` of them standing alone and :data:`_MIN_WORDS` no digit.

    Returns:
        Whether the first word and whether the last word belong to the run (the gap after
        or before it closes), or None when the words are no letter-spaced run.

    """
    lone = [_lone(word) for word in words]
    ends = (
        _SINGLE.match(words[0][-1]) is not None,
        _SINGLE.match(words[-1][0]) is not None,
    )
    best = row = 0
    for alone in (ends[0], *lone[1:-1], ends[1]):
        row = row + 1 if alone else 0
        best = max(best, row)
    if best < _MIN_RUN or sum(lone) < _MIN_LONE:  # (most spaces of a report end here)
        return None
    wordlike = sum(
        1 for word, alone in zip(words, lone, strict=True) if alone and _WORDLIKE.match(word)
    )
    return ends if wordlike >= _MIN_WORDS else None

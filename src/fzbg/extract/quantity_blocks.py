"""Where no quantity stands although a candidate does: titles, fixed terms, slogans.

:class:`_Blocked` answers, for the candidates of :mod:`fzbg.extract.quantities` in text
order, whether a book title, one of the genre's fixed terms or (for a number in Chinese)
a slogan in quotes or a place name covers it.  The patterns are in
:mod:`fzbg.extract.quantity_patterns`.
"""

from __future__ import annotations

import bisect
import re
import sys

from fzbg.extract.quantity_patterns import (
    _BLOCK_CHINESE,
    _FIXED,
    _FIXED_REACH,
    _TERM_CHARS,
    _TERM_OPENERS,
    _TITLE,
)

__all__: list[str] = []

_NEVER = sys.maxsize  # where a title that is not there starts and ends

_Spans = tuple[list[int], list[int]]  # the starts and the ends of matches, in text order


def _spans(pattern: re.Pattern[str], view: str, start: int, end: int) -> _Spans:
    starts: list[int] = []
    ends: list[int] = []
    for m in pattern.finditer(view, start, end):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _overlaps(spans: _Spans, start: int, end: int) -> bool:
    starts, ends = spans
    i = bisect.bisect_left(starts, end) - 1  # the last span that starts before end
    return i >= 0 and ends[i] > start


class _Blocked:
    """Where no quantity stands in one view, found as candidates ask, in text order.

    Titles come from one scan of the view, as far as the candidates go: re skips to 《
    in C.  Fixed terms are looked for around each candidate only.  No match of
    :data:`_BLOCK_CHINESE` crosses a line break, so only the lines with a number in
    Chinese are scanned for slogans and places.  No fixed term holds 《 or 》, so apart
    these cover what one scan for both would.
    """

    __slots__ = ("_chinese", "_line", "_stop", "_title_end", "_title_start", "_titles", "view")

    def __init__(self, view: str) -> None:
        self.view = view
        self._titles = _TITLE.finditer(view)
        self._title_start = self._title_end = -1  # the first title not yet passed
        self._line = self._stop = 0  # the current line, up to its line break
        self._chinese: _Spans | None = None

    def in_title(self, start: int, end: int) -> bool:
        """Whether a title covers ``view[start:end]``."""
        while self._title_end <= start:  # titles that end before it end before the rest
            title = next(self._titles, None)
            self._title_start, self._title_end = title.span() if title else (_NEVER, _NEVER)
        return self._title_start < end

    def covers(self, start: int, end: int, *, chinese: bool) -> bool:
        """Whether a title, a fixed term (or, for ``chinese``, a slogan or place) does."""
        if self.in_title(start, end):
            return True
        view = self.view
        if view[start] in _TERM_CHARS or not _TERM_OPENERS.isdisjoint(view[start + 1 : end]):
            term = _FIXED.search(view, max(0, start - _FIXED_REACH), end + _FIXED_REACH)
            while term is not None and term.end() <= start:  # one that ends before it
                term = _FIXED.search(view, term.end(), end + _FIXED_REACH)
            if term is not None and term.start() < end:
                return True
        return chinese and self._in_slogan(start, end)

    def _in_slogan(self, start: int, end: int) -> bool:
        if start >= self._stop:  # a later line: the search back ends at the last break
            self._line = self.view.rfind("\n", self._stop, start) + 1
            stop = self.view.find("\n", end)
            self._stop = len(self.view) if stop < 0 else stop
            self._chinese = None
        if self._chinese is None:
            self._chinese = _spans(_BLOCK_CHINESE, self.view, self._line, self._stop)
        return _overlaps(self._chinese, start, end)

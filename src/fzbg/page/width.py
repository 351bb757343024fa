"""How wide a line of a page is: in characters, or in the columns a printer sets.

A program that hard-wraps a text cuts it at so many characters.  A printer sets a line
in columns, where a digit or a Latin letter takes half a Chinese character's width: a
printed line holding numbers holds more characters than one without.  :class:`Width`
is a page's right edge, in either measure; :func:`fzbg.page.wraps.page_width` finds it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Width", "columns"]

# Characters a page sets at half a Chinese character's width: digits, Latin letters, the
# signs set among them (4·15, 3.5%, 2021-2025) and a space.  Punctuation is folded to
# ASCII on the view but was full-width on the page, so it is not among them.
_NARROW = re.compile(r"[A-Za-z0-9%.·/ -]")


def columns(line: str) -> float:
    """How wide ``line`` (on the folded view) is printed, in Chinese characters.

    >>> columns("发放温馨提示1100余份")
    10.0
    """
    return len(line) - len(_NARROW.findall(line)) / 2


class Width(NamedTuple):
    """The page's right edge: lines of ``width`` characters (exactly, or about) are full.

    Example:
        >>> printed = Width(28, exact=False, spaces=False, columns=True)
        >>> line = "传活动。利用“4·15”国家安全日、民法典宣传月、“6·26”禁毒日"
        >>> len(line), columns(line), printed.full(line, first=False)
        (34, 30.0, True)
        >>> printed._replace(columns=False).full(line, first=False)
        False

    """

    width: int
    exact: bool
    spaces: bool
    """A space stands at the wraps (and at the paragraphs' ends) instead of a line break."""
    columns: bool = False
    """The edge is ragged and set in columns, as a printed page's (see :meth:`full`)."""

    def full(self, line: str, *, first: bool) -> bool:
        """Whether ``line`` (on the folded view) reaches the edge (a first line: indented).

        A page cut at a fixed width counts characters.  A printed page's edge is ragged
        and set in columns: a digit or a Latin letter takes half a Chinese character's
        width, so a line holding numbers reaches the edge with more characters
        (``…发放温馨提示1100``); it is full when either count is about the width.
        """
        size = len(line)
        if self.exact:
            return size == self.width
        low, high = self.width - (3 if first else 1), self.width + 3
        if low <= size <= high:
            return True
        return self.columns and low <= columns(line) <= high

"""A browser's print header and footer: page furniture of a printed web page.

The shapes are :mod:`fzbg.genre.printed`'s.  A browser prints its header and footer
together, the header first: a text whose first line is no header has neither.  A footer
(the page's address and the sheet's number, ``www.….gov.cn/… 1/4``) is cut wherever it
stands.  A header (the printing
date, then the page's title) is cut only where the print shows itself otherwise: the
text holds a footer too, or the same header stands over two sheets or more, or it holds
a clock and is the text's first line (a report's own line never opens 2024/3/15 09:32).
Where the print shows itself so, a line that is the page's address alone is its footer.
Its date is the printing's, never the report's: it is cut before dates are read.
"""

from __future__ import annotations

import re
from collections import Counter

from fzbg.genre.printed import PRINT_ADDRESS, PRINT_FOOTER, PRINT_HEADER, URL_OPENERS

__all__ = ["print_marks"]

_FOOTER = re.compile(PRINT_FOOTER, re.MULTILINE)
_HEADER = re.compile(PRINT_HEADER, re.MULTILINE)
_ADDRESS = re.compile(PRINT_ADDRESS, re.MULTILINE)
_FIRST_WORD = re.compile(r"\s*")


def print_marks(view: str) -> list[tuple[int, int, str]]:
    r"""The lines of ``view`` that a browser printed around a web page, as cuts.

    Example:
        >>> view = "2024/3/15 09:32 某区报告-某区网\n正文。\nwww.x.gov.cn/a.html 1/2\n"
        >>> [view[s:e] for s, e, _ in print_marks(view)]
        ['2024/3/15 09:32 某区报告-某区网\n', 'www.x.gov.cn/a.html 1/2\n']

    """
    opening = _FIRST_WORD.match(view)  # matches anywhere, white space or none
    first = opening.end() if opening else 0
    first = view.rfind("\n", 0, first) + 1  # the first line with words, from its start
    if not (view[first : first + 8].strip()[:4].isdigit() and _HEADER.match(view, first)):
        return []  # nearly every text: no printing date on its first line
    footers = _footers(view) if any(url in view for url in URL_OPENERS) else []
    headers = list(_HEADER.finditer(view))
    repeats = Counter(m["page"] for m in headers)
    cuts = [
        (m.start(), _line_end(view, m.end()), "running-head")
        for m in headers
        if footers or repeats[m["page"]] > 1 or (m.start() == first and m["clock"])
    ]
    if (cuts or footers) and any(url in view for url in URL_OPENERS):
        cuts += [
            (m.start(), _line_end(view, m.end()), "running-head") for m in _ADDRESS.finditer(view)
        ]
    return sorted(cuts + footers)


def _footers(view: str) -> list[tuple[int, int, str]]:
    return [(m.start(), _line_end(view, m.end()), "running-head") for m in _FOOTER.finditer(view)]


def _line_end(view: str, end: int) -> int:
    """``end`` past its line break, when one follows."""
    return end + 1 if view.startswith("\n", end) else end

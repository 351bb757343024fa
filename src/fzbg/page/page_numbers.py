"""A page number glued to the text: a copy that lost its line breaks around a page's foot.

A printed page's number stands on a line of its own, and the page stage cuts that line
(:data:`fzbg.genre.chrome.PAGE_NUMBER`).  A copy that lost the breaks around it glues it
after the page's last words, at the line's end or before the next page's text on the
same line: ``…开展普法活动9场。 - 3 -``, ``…12件,第3页 共12页 审查…``, ``…。3/12``.  It is
cut as inline debris (:data:`fzbg.page.debris.INLINE_DEBRIS`) with the spaces around
it, so it is no quantity and the words on either side meet again.

Only shapes no sentence uses count: a number between dashes, both halves of 第3页 共12页
(详见第3页 alone is a reference), and 3/12 only after a sentence's stop, where no figure
opens a sentence with a slash.
"""

from __future__ import annotations

import re

import regex

from fzbg.genre.chrome import PAGE_FRACTION, PAGE_NUMBER

__all__ = ["GLUED_PAGE_NUMBER", "may_hold_page_number"]

_NUMBER = rf"(?=[-—–]|第[ \t]?\d{{1,3}}[ \t]?页[ \t]?[,/]?[ \t]?共|共)(?:{PAGE_NUMBER})(?![0-9])"
GLUED_PAGE_NUMBER = regex.compile(
    rf"""
    (?<=[\p{{Han}}。!?;:,、)\]”"])[ \t]{{0,8}}
        # glued to a word or a stop before it, never to a figure (2024-3-1)
    (?:{_NUMBER}
          # - 3 -, — 3 —, 第3页 共12页, 共12页 第3页: never a bare 第3页
    | (?<=[。!?;][ \t]{{0,8}}){PAGE_FRACTION}(?![0-9/.%日号月])
          # 3/12 after a page's last sentence
    )[ \t]{{0,8}}
    | ^[ \t]{{0,8}}{_NUMBER}[ \t]{{0,8}}(?=\p{{Han}})
        # opening a line, before the next page's words (alone on its line, it is the
        # page stage's to cut)
    """,
    regex.VERBOSE | regex.MULTILINE,
)
"""A page number glued to the text around it, with the spaces on either side."""

_OPENS = re.compile(r"[-—–][ \t]?[0-9]|页|[0-9]/[0-9]")


def may_hold_page_number(view: str) -> bool:
    """Whether ``view`` may hold a glued page number: a cheap scan for what opens one."""
    return _OPENS.search(view) is not None

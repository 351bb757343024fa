"""A page number glued to the text: a copy that lost its line breaks around a page's foot.

A printed page's number stands on a line of its own, and the page stage cuts that line
(:data:`fzbg.genre.chrome.PAGE_NUMBER`).  A copy that lost the breaks around it glues it
after the page's last words, at the line's end or before the next page's text on the
same line: ``…开展普法活动9场。 - 3 -``, ``…12件,第3页 共12页 审查…``, ``…。3/12``.  It is
cut as inline debris (:data:`fzbg.page.debris.INLINE_DEBRIS`) with the spaces around
it, so it is no quantity and the words on either side meet again.

Only shapes no sentence uses count: a number between dashes, both halves of 第3页 共12页
(详见第3页 alone is a reference), and 3/12 only after a sentence's stop, where no figure
opens a sentence with a slash.  Glued after the words before it only: a line that opens
with such a shape (- 3 -月份) is text.
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
    """,
    regex.VERBOSE,
)
"""A page number glued to the text around it, with the spaces on either side."""

# A glued page number's core, for a cheap look before the full pattern: each tried only
# where its rare first character stands (a dash, 页 and its 第 or 共, a slash).  Most
# reports have none, and their dashes are a date's (2024-01-26: a digit before the dash).
_DASHED = re.compile(r"[-—–][ \t]?[0-9]{1,3}[ \t]?[-—–]")
_OF_PAGES = (
    re.compile(r"第[ \t]?[0-9]{1,3}[ \t]?页[ \t]?[,/]?[ \t]?共"),
    re.compile(r"共[ \t]?[0-9]{1,3}[ \t]?页[ \t]?[,/]?[ \t]?第"),
)
_BEFORE_SLASH = re.compile(r"[。!?;][ \t]{0,8}[1-9][0-9]{0,2}/[1-9]")
_SLASH_REACH = 12  # how far before its slash a page fraction's sentence stop stands
_PAGE_REACH = 14  # how far from one 页 the other half of 第3页 共12页 stands


def may_hold_page_number(view: str) -> bool:
    """Whether ``view`` may hold a glued page number: a cheap scan for what makes one."""
    at = view.find("页")
    while at >= 0:  # 第3页 共12页 around each 页
        if any(p.search(view, max(0, at - _PAGE_REACH), at + _PAGE_REACH) for p in _OF_PAGES):
            return True
        at = view.find("页", at + 1)
    for dash in "-—–":
        at = view.find(dash)
        while at >= 0:
            if _DASHED.match(view, at) and (not at or not view[at - 1].isdigit()):
                return True
            at = view.find(dash, at + 1)
    at = view.find("/")
    while at >= 0:
        if _BEFORE_SLASH.search(view, max(0, at - _SLASH_REACH), at + 2):
            return True
        at = view.find("/", at + 1)
    return False

"""A page's summary of its article: the report's opening, repeated over it.

A site's article page may set a summary field over the text (``摘要：2023年，某县深入推进
法治政府建设，全年开展培训12次…``), filled with the article's first sentences, often cut
short.  It is the page's, not the report's: read as the report's, every figure in it
would be counted twice.  On a page whose chrome was found (the field comes with it), a
labelled line near the head whose words the text says again below it is cut as
``page-summary`` debris.
"""

from __future__ import annotations

import re

from fzbg.genre.chrome import SUMMARY_LABELS

__all__ = ["summary_lines"]

_LABEL = "|".join(sorted(SUMMARY_LABELS, key=len, reverse=True))
# The label, bare with a colon (摘要:) or in brackets (【摘要】, [内容提要]), at a line's
# start; the rest of its line is the summary.  On the folded view (: for ：).
_SUMMARY = re.compile(
    rf"[ ]*(?:[【\[][ ]?(?:{_LABEL})[ ]?[】\]][ ]?:?|(?:{_LABEL})[ ]?:)[ ]*(?P<words>[^\n]*)\n?"
)
_LABEL_ENDS = frozenset(label[-2:] for label in SUMMARY_LABELS)
_MARKS = (":", "】", "]")  # what stands after a label (a space between them at most)
_HEAD = 2000  # how far into the text a page's summary field may stand
_PROBE = 16  # the summary's first characters, looked for again below it
_CUT_SHORT = "….。 "  # what a summary cut short ends with


def summary_lines(view: str) -> list[tuple[int, int, str]]:
    r"""The lines near the head of ``view`` that are a page's summary of the text below.

    >>> opening = "2023年,某县深入推进法治政府建设,开展培训12次。"
    >>> view = f"某县报告\n摘要:{opening[:24]}…\n{opening}\n"
    >>> [view[s:e] for s, e, _ in summary_lines(view)]
    ['摘要:2023年,某县深入推进法治政府建设,开展培训1…\n']
    >>> summary_lines("摘要:本文介绍法治政府建设的主要做法。\n一、主要举措\n")
    []
    """
    found = []
    head = min(len(view), _HEAD)
    for mark in _MARKS:  # each label stands before one: found by one character, quickly
        at = view.find(mark, 0, head)
        while at >= 0:
            if view[at - 2 : at] in _LABEL_ENDS or view[at - 3 : at - 1] in _LABEL_ENDS:
                line = view.rfind("\n", 0, at) + 1
                end = view.find("\n", at, at + _HEAD)  # a summary is a line, not a page
                m = _SUMMARY.match(view, line, at + _HEAD if end < 0 else end + 1)
                if m and _repeated(view, m):
                    found.append((m.start(), m.end(), "page-summary"))
            at = view.find(mark, at + 1, head)
    return sorted(set(found))


def _repeated(view: str, m: re.Match[str]) -> bool:
    """Whether the summary ``m`` holds says again, below it, what the text opens with."""
    words = m["words"].rstrip(_CUT_SHORT)
    probe, after = words[:_PROBE], m.end()
    return len(words) >= _PROBE and view.find(probe, after, after + _HEAD) >= 0

"""The lines of page chrome in a view, found by one fast scan.

:data:`~fzbg.genre.chrome.CHROME` run on every line would cost a report's every paragraph
a try of each of its branches.  :func:`chrome_lines` scans the view once instead: a cheap
look (the hint) at the opening of each line rules out almost all of them, and only the
few it lets through are matched.  The vocabulary is :mod:`fzbg.genre.chrome`'s; this
module holds only how to scan for it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from fzbg.genre.chrome import (
    _BULLETS,
    _CHROME_LINE,
    _CLOCK_REACH,
    _CRUMB_REACH,
    _END_SEP,
    _ENDS,
    _FOLLOW,
    _FOLLOW_VERBS,
    _FOOTER_LABEL,
    _FOOTER_REACH,
    _LABEL_WORDS,
    _LABELS,
    _LOCATION,
    _LOCATION_WORDS,
    _MODE_FORMS,
    _MODE_REACH,
    _MODE_USERS,
    _MODE_VERBS,
    _NEIGHBOUR,
    _NO_CLOCK_LINE,
    _PAGE_NUMBER_OPENERS,
    _WIDGET_ALL,
    _WIDGET_SEP,
    _WIDGET_SEPARATORS,
    _WIDGETS,
    FOOTER_LABELS,
    FOOTER_WORDS,
    NEIGHBOUR_WORDS,
    PAGE_NUMBER,
    WECHAT_END_WORDS,
    WECHAT_WORDS,
    WIDGET_WORDS,
    _firsts,
)

__all__ = ["chrome_lines"]

# What every chrome line has, right after its line break and indentation: the opening
# of an anchored branch of CHROME, or, near enough for an unanchored branch, one of these
# characters, rare in report prose, of which each word those branches need holds one:
# 模 or 版 of a mode, 码 of 网站标识码, I of ICP备, 办 of 主办, C of Copyright …, and the
# breadcrumb's arrows.
_RARE = "模版码I备图单术办护>»›Cp©"


def _first_rare(words: tuple[str, ...]) -> int:
    """Where the first _RARE character stands in each of ``words``, at the latest."""
    return max(min(i for i, char in enumerate(word) if char in _RARE) for word in words)


def _rare_reach() -> int:
    """How far into a chrome line the first of the _RARE characters can stand."""
    before_form = _MODE_REACH + max(map(len, _MODE_VERBS)) + max(map(len, _MODE_USERS))
    mode = before_form + _first_rare(_MODE_FORMS)
    footer = _first_rare((*FOOTER_WORDS, *(f"{label}单位" for label in FOOTER_LABELS)))
    return max(mode, _CRUMB_REACH, _FOOTER_REACH + footer)


# One scan of the view finds the few lines worth trying CHROME on: ``re`` skips from line
# break to line break in a tight loop, and on each line looks no further than that reach,
# so a long paragraph costs no more than a short line.
_OPENING_WORDS = (
    *_LABELS, *WIDGET_WORDS, *WECHAT_WORDS, *WECHAT_END_WORDS, *_FOLLOW_VERBS, "关注",
    *_LOCATION_WORDS, *NEIGHBOUR_WORDS, *FOOTER_LABELS,
)  # fmt: skip
_LINE_OPENERS = "".join(
    sorted(
        {*_BULLETS, *_WIDGET_SEPARATORS, *_PAGE_NUMBER_OPENERS, *"-—–_=~*#T原"}
        | {word[0] for word in _OPENING_WORDS}
    )
)
# A WeChat header's clock (2024-02-01 08:30), its first colon, as far into a line as it
# stands: the hint's last look.  A view's few clocks are found by one scan instead
# (:func:`_clocked_lines`), and only their lines are looked at so.
_CLOCK_LOOK = rf"[^\n:]{{0,{_CLOCK_REACH}}}+(?<=[0-9]):[0-5][0-9]"
# Every clock the look or CHROME's header takes has this; one scan of a view finds it.
_CLOCK_COLON = re.compile(r":(?<=[0-9]:)[0-9][0-9]")


def _chrome_hint(clock: str, look: Callable[..., str] = _firsts) -> str:
    """The look that rules a line in or out, its header-clock alternative ``clock``."""
    widgets, ends = look(*_WIDGET_ALL), look("THE", *WECHAT_END_WORDS)
    return rf"""
    [ \t]*+(?:
      (?=[{re.escape(_LINE_OPENERS)}])
      (?:{PAGE_NUMBER}|[{re.escape(_BULLETS)}]|{look(*_LABELS)}(?:{_LABEL_WORDS})
        |{_WIDGET_SEP}*{widgets}(?:{_WIDGETS})|{_END_SEP}*{ends}{_ENDS}
        |{_LOCATION}|{_NEIGHBOUR}|{_FOOTER_LABEL}|原创|{_FOLLOW})
    | [^\n{re.escape(_RARE)}]{{0,{_rare_reach()}}}+[{re.escape(_RARE)}]
    {clock}
    )
    """


_CHROME_HINT = _chrome_hint(f"| {_CLOCK_LOOK}")
_NO_CLOCK_HINT = _chrome_hint("")


@functools.cache
def _scan(opening: str, hint: str, line: str) -> re.Pattern[str]:
    """The pattern of a chrome line that the ``hint`` lets through, after ``opening``.

    Compiled on first use: ``import fzbg`` compiles none of these large patterns.
    """
    return re.compile(rf"{opening}(?={hint}){line}", re.MULTILINE | re.VERBOSE)


# A chrome line after a line break (r"\n"), or the first line (""): the search jumps from
# break to break, the hint but its clock's look rules out a line in a few steps, and only
# then is the line matched.  A view with a clock is matched by the whole line, one with
# none by the line whose only header is one with 原创.  The lines the clock's look alone
# lets through are looked at by the whole hint (_clocked_lines).
_BREAK = r"\n"


def chrome_lines(view: str) -> Iterator[tuple[int, int, str | None]]:
    r"""The lines of page chrome in the folded ``view``, as ``CHROME`` finds them.

    (:data:`fzbg.genre.chrome.CHROME`, the pattern of a whole chrome line.)

    One scan finds them all, trying only the lines ``_CHROME_HINT`` points at; the
    lines its look for a WeChat header's clock points at are found from the view's
    clocks (:func:`_clocked_lines`).

    Yields:
        ``(start, end, what)`` per line, from its indentation to its end: ``what`` is
        ``"metadata"`` or ``"number"`` where it is page metadata or a page number.

    Example:
        >>> list(chrome_lines("当前位置:首页 > 政务公开\n正文。\n打印 关闭\n— 2 —"))
        [(0, 14, None), (19, 24, None), (25, 30, 'number')]

    """
    clocks = [m.start() for m in _CLOCK_COLON.finditer(view)]
    line = _CHROME_LINE if clocks else _NO_CLOCK_LINE
    first, after_break = _scan("", _NO_CLOCK_HINT, line), _scan(_BREAK, _NO_CLOCK_HINT, line)
    found = [(m.start(), m.end(), m.lastgroup) for m in [first.match(view)] if m]
    found += [(m.start() + 1, m.end(), m.lastgroup) for m in after_break.finditer(view)]
    if clocks and (clocked := _clocked_lines(view, clocks)):
        found = sorted(found + clocked)
    yield from found


def _clocked_lines(view: str, clocks: list[int]) -> list[tuple[int, int, str | None]]:
    """The chrome lines that only the hint's look for a clock (_CLOCK_LOOK) lets through.

    Each line that holds one of the ``clocks`` (where their colons stand) and that the
    rest of the hint rules out is looked at by the whole hint, and matched.
    """
    found: list[tuple[int, int, str | None]] = []
    looked = -1
    for colon in clocks:
        start = view.rfind("\n", 0, colon) + 1
        clocked = start != looked and not _scan("", _NO_CLOCK_HINT, "").match(view, start)
        looked = start
        if clocked and (m := _scan("", _CHROME_HINT, _CHROME_LINE).match(view, start)):
            found.append((m.start(), m.end(), m.lastgroup))
    return found

"""Where an item's lead phrase, its title, stops inside its line before any stop.

An item's title runs from its marker to the first full stop or colon (see
:data:`~fzbg.structure.index.TITLE_END`).  Two layouts end it sooner, without a stop:

- a title in 【】 (``（一）【加强组织领导】召开专题会议…``): the brackets are the title;
- a bold title that a copy set off by spaces, not punctuation, before a sentence
  (``（一）加强组织领导  镇党委召开专题会议4次，研究部署…``): the title ends at the spaces,
  unless the words before them go on (``…面临的 困难和挑战``), too few stand before them
  for a title (``落 实权利``: a scan's space) or too little follows for a sentence
  (``强化组织领导 压实主体责任。``, two halves of one title).
"""

from __future__ import annotations

import re

from fzbg.genre.openers import HEADING_GOES_ON, MIN_BODY_SENTENCE, MIN_HEAD
from fzbg.structure.index import SPACE, bounds

__all__ = ["SPACES", "lead", "title_span"]

_HAN = "\u4e00-\u9fff"
# A gap is a run of spaces between two Han characters.  The run is searched for first,
# its character before checked after: a pattern opening with a lookbehind is tried at
# every position, one opening with a class skips to where the class matches.  So does
# one opening with a repeat (``[…]+``): the class stands once before the repeat.
SPACES = re.compile(rf"[ \t\u3000][ \t\u3000]*(?=[{_HAN}])")
_SHORTEST = 2  # a bracketed title has at least two characters


def lead(view: str, words: int, stop: int) -> tuple[int, int]:
    """The start and end of the title whose words start at ``words``, its stop at ``stop``.

    >>> view = "(一)【加强组织领导】召开专题会议4次。"
    >>> start, end = lead(view, 3, view.index("。"))
    >>> view[start:end]
    '加强组织领导'
    >>> view = "(一)加强组织领导  镇党委召开专题会议4次,研究部署法治政府建设工作。"
    >>> start, end = lead(view, 3, view.index("。"))
    >>> view[start:end]
    '加强组织领导'
    >>> view = "(二)强化组织领导 压实主体责任。"
    >>> start, end = lead(view, 3, view.index("。"))
    >>> view[start:end]
    '强化组织领导 压实主体责任'
    """
    start = words
    if view.startswith("【", start):
        close = view.find("】", start, stop)
        if close > start + _SHORTEST:
            return start + 1, close
    if SPACES.search(view, start, stop) is None:  # most titles hold no space at all
        return start, stop
    gap = _gap(view, start + MIN_HEAD, stop)  # (a scan's space in a title's first words)
    if (
        gap is not None
        and stop - gap[1] >= MIN_BODY_SENTENCE
        and view[gap[0] - 1] not in HEADING_GOES_ON
    ):
        return start, gap[0]
    return start, stop


def title_span(text: str, view: str, words: int, stop: int) -> tuple[int, int]:
    """Where the title whose words start at ``words`` (before ``stop``) stands, trimmed.

    :func:`lead` then :func:`~fzbg.structure.index.bounds`, in one call: a title is
    found for every item.  Most titles open with no 【 and hold no space, so ``lead``
    is called only for the others.

    >>> view = "(一) 加强领导  镇党委召开专题会议4次,研究部署法治政府建设工作。"
    >>> start, end = title_span(view, view, 3, view.index("。"))
    >>> view[start:end]
    '加强领导'
    """
    if view[words] == "【" or SPACES.search(view, words, stop) is not None:
        return bounds(text, *lead(view, words, stop))
    if text[words] in SPACE or text[stop - 1] in SPACE:
        return bounds(text, words, stop)
    return words, stop  # most titles: no white space to trim


def _gap(view: str, start: int, stop: int) -> tuple[int, int] | None:
    """The first gap between two Han characters in ``start..stop``: where it starts and ends.

    A gap's first character before ``start`` is seen (a run that began before it is no
    gap), its Han character after must stand before ``stop``.
    """
    pos = start
    while (run := SPACES.search(view, pos, stop)) is not None:
        at, pos = run.span()
        if at and "\u4e00" <= view[at - 1] <= "\u9fff":
            return at, pos
    return None

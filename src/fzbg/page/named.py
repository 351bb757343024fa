"""A heading's seam at a verb inside its words, when a body's name opens the paragraph later.

A copy that lost its line breaks runs a heading into its paragraph; the seam found
nearest a verb (:mod:`fzbg.page.seams`) may stand inside the heading's own words,
whose later phrase opens with a verb too (``确保法治政府建设|始终沿着正确方向推进某省委、
省政府始终将…``).  Where a body's name and what it does follow a heading's last word
before the first comma, the paragraph opens with the body: no paragraph opens with a
verb and then names its subject with no comma between.
"""

from __future__ import annotations

from fzbg.genre.openers import BODY_OPENS, HEADING_FINAL

__all__ = ["named_after"]


def named_after(line: str, start: int, seam: int, stop: int) -> int:
    """The seam, moved on to a body's name when it stands at a verb inside the heading.

    The heading's words start at ``start``; names are read up to ``stop``.

    >>> line = "一、坚持党的领导,确保建设始终沿着正确方向推进某省委、省政府始终将法治摆在首位。"
    >>> line[: named_after(line, 2, 13, 40)]
    '一、坚持党的领导,确保建设始终沿着正确方向推进'
    """
    verb = BODY_OPENS.match(line, seam, stop)
    if verb is None or verb.group("body") or verb.group("strong") is not None:
        return seam  # a body's name or a strong opening: no verb's seam
    comma = line.find(",", seam, stop)
    named, name_end = seam, stop if comma < 0 else comma
    for at in range(seam + 1, name_end):  # the last place that opens the first name read
        found = BODY_OPENS.match(line, at, stop)
        if found and found.group("body"):
            name_end = min(name_end, found.end("body"))
            named = at if HEADING_FINAL.search(line, start, at) else named
    return named

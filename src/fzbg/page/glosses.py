"""Pinyin glosses taken out before the page is read, and put back among its debris.

A simplified-to-traditional converter leaves a gloss after some characters (發(fā), 區(qū)),
and one may stand inside the words the page stage reads: a field's label (發(fā)布日期), the
報(bào)告 that ends a title.  So :func:`~fzbg.page.strip.strip_page` reads the page without
them, and each goes back as the piece of debris it is, or into the text of the chrome
that was cut around it, so that the debris still restores the input.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from fzbg.model import Debris
from fzbg.page.debris import PINYIN_GLOSS, pinyin_glosses
from fzbg.text.normalize import fold

__all__ = ["Glosses", "put_back", "take_glosses"]


class Glosses(NamedTuple):
    """A text without its glosses, and each gloss with where it stood in that text."""

    text: str
    at: tuple[tuple[int, str], ...]


def take_glosses(text: str) -> Glosses | None:
    """``text`` without its pinyin glosses; ``None`` where it has none (most texts).

    >>> take_glosses("發(fā)布日期:2023-03-09")
    Glosses(text='發布日期:2023-03-09', at=((1, '(fā)'),))
    """
    spans = pinyin_glosses(fold(text))
    if not spans:
        return None
    parts, at, last, removed = [], [], 0, 0
    for start, end in spans:
        parts.append(text[last:start])
        at.append((start - removed, text[start:end]))
        removed += end - start
        last = end
    parts.append(text[last:])
    return Glosses("".join(parts), tuple(at))


def put_back(debris: Sequence[Debris], glosses: Glosses) -> tuple[list[Debris], list[Debris]]:
    """The page's ``debris`` with the glosses back in, and the glosses that stand alone.

    ``debris`` was cut from the text without glosses, in order.  A gloss whose character
    was cut with a piece (a field's label cut as page metadata) goes into that piece's
    text; any other is a piece of its own, right after its character in the page's text.
    """
    pieces = list(debris)
    starts, removed = [], 0  # each piece's start in the text without glosses
    for piece in pieces:
        starts.append(piece.at + removed)
        removed += len(piece.text)
    inside: dict[int, list[tuple[int, str]]] = {}
    alone: list[Debris] = []
    n, removed = 0, 0  # the pieces wholly before the gloss, and their length
    for at, gloss in glosses.at:
        while n < len(pieces) and starts[n] + len(pieces[n].text) < at:
            removed += len(pieces[n].text)
            n += 1
        # The gloss follows the character at at - 1: in piece n if the piece holds it.
        if n < len(pieces) and starts[n] < at <= starts[n] + len(pieces[n].text):
            inside.setdefault(n, []).append((at - starts[n], gloss))
        else:
            alone.append(Debris(PINYIN_GLOSS, gloss, at - removed))
    for n, spliced in inside.items():
        text, last = pieces[n].text, 0
        parts: list[str] = []
        for offset, gloss in spliced:
            parts += (text[last:offset], gloss)
            last = offset
        pieces[n] = Debris(pieces[n].kind, "".join(parts) + text[last:], pieces[n].at)
    # A gloss goes back right after its character: before any piece cut at the same place.
    merged = sorted([*alone, *pieces], key=lambda d: (d.at, d.kind != PINYIN_GLOSS))
    return merged, alone

"""Debris that masks the page's words, taken out before the page is read and put back after.

A simplified-to-traditional converter leaves a pinyin gloss after some characters (發(fā),
區(qū)), and one may stand inside the words the page stage reads: a field's label
(發(fā)布日期), the 報(bào)告 that ends a title.  A page that wrote its indentation in an
encoding it could not show opens each line with ?? (??某县2023年度…报告).  So
:func:`~fzbg.page.strip.strip_page` reads the page without them, and each goes back as the
piece of debris it is, or into the text of the chrome cut around it, so that the debris
still restores the input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from fzbg.model import Debris
from fzbg.page.debris import _GLOSS_HINT, _PINYIN_GLOSS, LOST_INDENT, LOST_INDENT_KIND, PINYIN_GLOSS
from fzbg.text.normalize import fold

__all__ = ["Unmasked", "put_back", "unmask"]

# The gloss's hint as the unfolded text may write its bracket: full width.
_WIDE_GLOSS_HINT = re.compile(_GLOSS_HINT.pattern.replace("\\(", "（", 1))


class Unmasked(NamedTuple):
    """A text without its masking debris, and each piece with where it stood in that text."""

    text: str
    pieces: tuple[Debris, ...]


def _may_mask(text: str) -> bool:
    """Whether ``text`` (not folded) may hold masking debris: a (（ before a tone, a ?？.

    Four literal scans, far faster than folding the text to look.
    """
    return (
        "?" in text
        or "？" in text
        or _GLOSS_HINT.search(text) is not None
        or _WIDE_GLOSS_HINT.search(text) is not None
    )


def _masking_debris(view: str) -> list[tuple[int, int, str]]:
    """Glosses in words (發(fā)布日期) and lost indents (??) in ``view``: (start, end, kind)."""
    found: list[tuple[int, int, str]] = []
    if _GLOSS_HINT.search(view) is not None:
        found += [(*m.span(), PINYIN_GLOSS) for m in _PINYIN_GLOSS.finditer(view)]
    if "?" in view:
        found += [(*m.span(), LOST_INDENT_KIND) for m in LOST_INDENT.finditer(view)]
    return sorted(found)


def unmask(text: str) -> Unmasked | None:
    """``text`` without its masking debris; ``None`` where it has none (most texts).

    >>> unmask("??發(fā)布日期:2023-03-09").pieces
    (Debris(kind='lost-indent', text='??', at=0), Debris(kind='pinyin-gloss', text='(fā)', at=1))
    """
    found = _masking_debris(fold(text)) if _may_mask(text) else []
    if not found:
        return None
    parts, pieces, last, removed = [], [], 0, 0
    for start, end, kind in found:
        parts.append(text[last:start])
        pieces.append(Debris(kind, text[start:end], start - removed))
        removed += end - start
        last = end
    parts.append(text[last:])
    return Unmasked("".join(parts), tuple(pieces))


def put_back(debris: Sequence[Debris], unmasked: Unmasked) -> tuple[list[Debris], list[Debris]]:
    """The page's ``debris`` with the masking pieces back in, and those that stand alone.

    ``debris`` was cut from the unmasked text, in order.  A masking piece belongs to a
    character: a gloss to the one before it, a lost indent to the one after.  Where that
    character was cut with a piece of ``debris`` (a gloss in a field's label cut as page
    metadata), the masking piece goes into that piece's text; any other stands alone.
    """
    cut = list(debris)
    starts, removed = [], 0  # each cut piece's start in the unmasked text
    for piece in cut:
        starts.append(piece.at + removed)
        removed += len(piece.text)
    inside: dict[int, list[Debris]] = {}
    alone: list[tuple[int, Debris]] = []  # with its place among cut pieces at one offset
    n, removed = 0, 0  # the cut pieces wholly before the owning character, and their length
    for piece in unmasked.pieces:
        gloss = piece.kind == PINYIN_GLOSS
        owner = piece.at - 1 if gloss else piece.at
        while n < len(cut) and starts[n] + len(cut[n].text) <= owner:
            removed += len(cut[n].text)
            n += 1
        if n < len(cut) and starts[n] <= owner:  # its character was cut with piece n
            inside.setdefault(n, []).append(piece)
        else:  # at one offset, a gloss goes before what was cut after its character, an
            # indent after what was cut before its line
            alone.append((0 if gloss else 2, Debris(piece.kind, piece.text, piece.at - removed)))
    for n, spliced in inside.items():
        text, last = cut[n].text, 0
        parts: list[str] = []
        for piece in spliced:
            parts += (text[last : piece.at - starts[n]], piece.text)
            last = piece.at - starts[n]
        cut[n] = Debris(cut[n].kind, "".join(parts) + text[last:], cut[n].at)
    keyed = [(d.at, side, i, d) for i, (side, d) in enumerate(alone)]
    keyed += [(d.at, 1, i, d) for i, d in enumerate(cut)]
    return [d for *_, d in sorted(keyed, key=lambda k: k[:3])], [d for _, d in alone]

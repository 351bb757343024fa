"""Characters a GBK misreading lost, told again from the bytes left of them.

A tool that reads a UTF-8 page as GBK, replacing what does not decode, loses one byte
wherever two bytes make no GBK character (``建设`` reads as ``寤鸿�``): the UTF-8
character that byte belonged to cannot be written back.  Its other bytes are still
there, and the lost byte is one that made no GBK character with the byte after it: of
the characters those bytes allow, the one that makes the genre's words, or the report's
own, with its neighbours is taken.  Where none stands out, the character stays lost, as
U+FFFD.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import NamedTuple

from fzbg.genre.vocabulary import COMMON_WORDS

__all__ = ["LOST_BYTE", "restored"]

LOST_BYTE = 0xFF
"""What stands for a lost byte in the bytes: no UTF-8 holds it."""
# The pairs of characters the genre's words make, each as often as words make it.
_GENRE_PAIRS = Counter(word[i : i + 2] for word in COMMON_WORDS for i in range(len(word) - 1))
_LOST_RUN = re.compile("\ufffd+")  # a lost byte cuts its character short: one U+FFFD
_CONTINUATION = range(0x80, 0xC0)
# The lead bytes of U+4E00..U+9FFF, and of the genre's full-width punctuation (U+2000..
# U+2FFF, U+3000..U+3FFF, U+F000..U+FFFF), each three bytes long in UTF-8.
_LEADS = (*range(0xE4, 0xEA), 0xE2, 0xE3, 0xEF)
_PUNCTUATION = frozenset("。、，：；（）！？“”‘’《》…—·")


def restored(data: bytes) -> tuple[str, int, int]:
    """``data`` decoded as UTF-8, each lost byte (:data:`LOST_BYTE`) told where it can be.

    Returns:
        The text, with U+FFFD for each character still lost; how many bytes were lost
        (a character each), and how many of their characters were told again.

    Example:
        >>> misread = "法治政府建设情况报告".encode().decode("gbk", errors="replace")
        >>> misread
        '娉曟不鏀垮簻寤鸿\ufffd炬儏鍐垫姤鍛\ufffd'
        >>> restored(bytes([LOST_BYTE]).join(p.encode("gb18030") for p in misread.split("\ufffd")))
        ('法治政府建设情况报告', 2, 2)

    """
    holes = _holes(data)
    if not holes:
        return _decoded(data), 0, 0
    known = data.decode("utf-8", errors="replace")
    pairs = Counter(known[i : i + 2] for i in range(len(known) - 1)) + _GENRE_PAIRS
    found = [hole for at in holes if (hole := _hole(data, at)) is not None]
    # A word lost at each mention, a different byte each time: its mentions' candidates
    # (between the same neighbours) have one character in common.
    shared: dict[tuple[str, str], set[str]] = {}
    for hole in found:
        seen = shared.setdefault(hole.around, set(hole.chars))
        seen &= set(hole.chars)
    mended = bytearray(data)
    told = 0
    best: dict[tuple[tuple[str, str], tuple[str, ...]], str | None] = {}  # told once a shape
    for hole in found:
        key = (hole.around, hole.chars)
        char = best[key] if key in best else best.setdefault(key, _best(hole, pairs))
        if char is None and len(common := shared[hole.around]) == 1:
            char = next(iter(common))
        if char is not None:
            mended[hole.start : hole.start + 3] = char.encode()
            told += 1
    return _decoded(mended), len(holes), told


def _holes(data: bytes) -> list[int]:
    """Where the lost bytes stand, found by ``bytes.find`` (a byte at a time is slow)."""
    found = []
    at = data.find(LOST_BYTE)
    while at >= 0:
        found.append(at)
        at = data.find(LOST_BYTE, at + 1)
    return found


class _Hole(NamedTuple):
    """A character a lost byte cut short: where it starts, its neighbours, what it may be."""

    start: int
    around: tuple[str, str]
    chars: tuple[str, ...]


def _decoded(data: bytes | bytearray) -> str:
    """``data`` as UTF-8, each character cut short by a lost byte one U+FFFD."""
    return _LOST_RUN.sub("\ufffd", data.decode("utf-8", errors="replace"))


def _hole(data: bytes, at: int) -> _Hole | None:
    """The character the lost byte at ``at`` cut short, with what it may have been."""
    start = _char_start(data, at)
    if start is None:
        return None
    following = data[at + 1] if at + 1 < len(data) else None
    chars = _candidates(bytes(data[start:at]), bytes(data[at + 1 : start + 3]), following)
    before = data[max(0, start - 3) : start].decode("utf-8", errors="replace")[-1:]
    after = data[start + 3 : start + 6].decode("utf-8", errors="replace")[:1]
    return _Hole(start, (before, after), chars) if chars else None


@functools.lru_cache(maxsize=4096)
def _candidates(head: bytes, tail: bytes, following: int | None) -> tuple[str, ...]:
    """What a character of bytes ``head``, a lost byte, then ``tail`` may have been.

    ``following`` is the byte after the lost one.  Asked once for each such shape: a
    report loses the same characters of its everyday words again and again.
    """
    chars = []
    for byte in _CONTINUATION if head else _LEADS:
        if following is not None and _pairs_in_gbk(byte, following):
            continue  # GBK would have read it with the byte after: it was not lost
        char = (head + bytes([byte]) + tail).decode("utf-8", errors="replace")
        if len(char) == 1 and ("\u4e00" <= char <= "\u9fff" or char in _PUNCTUATION):
            chars.append(char)
    return tuple(chars)


def _char_start(data: bytes, at: int) -> int | None:
    """Where the three-byte character holding the lost byte at ``at`` starts, if one does."""
    for start in (at, at - 1, at - 2):
        if start < 0 or start + 3 > len(data):
            continue
        lead, rest = data[start], data[start + 1 : start + 3]
        if (start == at or lead in _LEADS) and all(
            b in _CONTINUATION or i == at for i, b in zip((start + 1, start + 2), rest, strict=True)
        ):
            return start
    return None


def _best(hole: _Hole, pairs: Counter[str]) -> str | None:
    """Of what ``hole`` may have been, the one that makes the most words with its neighbours."""
    before, after = hole.around
    scored = sorted(((pairs[before + c] + pairs[c + after], c) for c in hole.chars), reverse=True)
    if scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None  # nothing tells it, or two tell it alike
    return scored[0][1]


def _pairs_in_gbk(lead: int, trail: int) -> bool:
    """Whether two bytes make a GBK character."""
    try:
        bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return False
    return True

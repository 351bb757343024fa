"""Text a reposting site decoded one byte off: GBK read from the second byte of a character.

A traditional-script repost may have been decoded from GBK starting one byte late: every
character after the slip is made of the second byte of one and the first byte of the
next (``（一）加強組織領導`` reads ``?。ㄒ唬┘訌娊M織領導``) until a byte below 0x80
puts the reading back in step.  Such a run shows bopomofo and box-drawing characters,
which reports never use.  Encoding the run as GBK again, dropping its first byte and
decoding gives the text back; where that is valid GBK with none of those characters
left, the run is repaired and the repair recorded (kind ``gbk-shift``: the run as it
stood), else it is kept and diagnosed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["GBK_SHIFT", "repair_gbk_shifts", "repaired"]

GBK_SHIFT = "gbk-shift"
"""The :attr:`Debris.kind <fzbg.model.Debris.kind>` of a repaired run."""

# What betrays a run read one byte off: bopomofo and box drawing, which the genre's
# brackets become (（ gives ㄒ, ） gives ┘) and no report writes; or a line opening with
# a lost byte and then 。 or ∫, which its indentation and 一 become.  Pinyin letters and
# circled numbers are no sign: glosses and markers use them.  Plain stdlib ``re``: it
# runs over every text, and finds nothing in nearly all of them.
_TELL = re.compile(r"[\u3100-\u312f\u2500-\u257f]|^[ \t\u3000]*[?\ufffd]+[。∫]", re.MULTILINE)
# The first alternative of _TELL alone: a character class, which a scan finds (or not)
# far faster than the alternation with its anchored second branch, and that branch needs
# a lost byte, which ``in`` finds faster still.  Most texts have neither, and stop there.
# Faster again: a tell character's high byte (bits 8 to 15) is 0x25 or 0x31, which a byte
# search finds in the text's high bytes; the class scan starts there, if anywhere.
_TELL_CHAR = re.compile(r"[\u3100-\u312f\u2500-\u257f]")
_TELL_HIGH = (b"\x25", b"\x31")
_STRANGE = re.compile(r"[\u3100-\u312f\u2500-\u257f?\ufffd]")  # left in a good repair: none
_LOST = "?\ufffd"  # a byte the reading could not pair, as a page shows it


def repaired(run: str) -> str | None:
    """``run`` read in step again, or None when that gives no clean text.

    >>> bad = "?" + "\u3000（一）加強組織領導".encode("gbk")[1:].decode("gbk")
    >>> repaired(bad)
    '（一）加強組織領導'
    >>> repaired("（一）加強組織領導") is None
    True
    """
    words = run[1:] if run[:1] in _LOST else run
    try:
        fixed = words.encode("gbk")[1:].decode("gbk")
    except UnicodeError:
        return None
    if not fixed or _STRANGE.search(fixed):
        return None
    return fixed


def _may_be_shifted(text: str) -> bool:
    """Whether ``_TELL`` finds anything in ``text``: the cheap checks first."""
    if (at := _first_high(text)) >= 0 and _TELL_CHAR.search(text, at):
        return True
    if "?" not in text and "\ufffd" not in text:
        return False
    return _TELL.search(text) is not None


def _first_high(text: str) -> int:
    """Where a tell character may first stand in ``text``, or -1 where none can.

    Each character's bits 8 to 15 are the third byte of its UTF-32 (big-endian), which
    encodes faster than UTF-16 and has one code unit per character; past the BMP such a
    byte may match falsely, which only starts the class scan early.
    """
    high = text.encode("utf-32-be", "surrogatepass")[2::4]  # bits 8 to 15 of each character
    found = [at for at in (high.find(byte) for byte in _TELL_HIGH) if at >= 0]
    return min(found) if found else -1


def _runs(text: str) -> Iterator[tuple[int, int]]:
    """Each stretch of a line, from its lost byte or indentation to its end, with a tell."""
    pos = 0
    while m := _TELL.search(text, pos):
        tell = m.end() - 1
        start = text.rfind("\n", 0, tell) + 1
        end = text.find("\n", tell)
        end = len(text) if end < 0 else end
        lost = max(text.rfind(c, start, tell) for c in _LOST)
        start = (
            lost
            if lost >= 0
            else start + len(text[start:end]) - len(text[start:end].lstrip(" \t\u3000"))
        )
        yield start, end
        pos = end


def repair_gbk_shifts(
    text: str, *, repair: bool = True
) -> tuple[str, list[tuple[int, str]], list[int]]:
    r"""``text`` with every repairable run read in step again.

    Returns:
        The repaired text; ``(at, run)`` for each repair, ``at`` an offset into the
        repaired text where ``repaired(run)`` stands; and the offsets of the runs that
        look shifted but could not be repaired (with ``repair=False``: of them all), for
        a diagnostic.

    Example:
        >>> run = "?" + "\u3000（一）加強組織領導".encode("gbk")[1:].decode("gbk")
        >>> repair_gbk_shifts("正文\n" + run + "\n")
        ('正文\n（一）加強組織領導\n', [(3, '?。ㄒ唬┘訌娊M織領導')], [])

    """
    if not _may_be_shifted(text):
        return text, [], []
    parts: list[str] = []
    done: list[tuple[int, str]] = []
    failed: list[int] = []
    last = shift = 0
    for start, line_end in _runs(text):
        run = text[start:line_end]
        fixed = repaired(run) if repair else None
        if fixed is None and repair and run[-1:] in _LOST:  # the last byte lost its pair
            run = run[:-1]
            fixed = repaired(run)
        if fixed is None:
            failed.append(start - shift)
            continue
        parts += [text[last:start], fixed]
        done.append((start - shift, run))
        shift += len(run) - len(fixed)
        last = start + len(run)
    parts.append(text[last:])
    return "".join(parts), done, failed

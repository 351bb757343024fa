"""A text that is a report's bytes read with the wrong encoding: mojibake.

A scraper that takes a page's encoding from its headers reads a UTF-8 or GBK page that
declares none as ISO-8859-1 (``requests`` does, for any ``text/*``): ``2023年`` becomes
``2023å¹´``.  Such a ``str`` holds no character above U+00FF but Windows-1252's (``€``,
``“``, ``…``), and its characters, written back as the bytes they were read from, decode
as the report.  A text with one character that no such misreading makes (a Chinese
character, a full-width comma) is left as it is; so is one whose bytes do not decode as
a report (a text in French).  A text of which only a paragraph was so misread (a page
pasted together from two sources) has that paragraph read again, where its bytes decode
as the genre's words (:func:`reread_runs`).

A tool that reads every page as GBK reads a UTF-8 one as ``娉曟不鏀垮簻`` (法治政府): its
characters, written back as GB18030, are the UTF-8 bytes again, but for the odd byte the
misreading lost (``�``).  Its tell is the full-width comma and stop, whose UTF-8 bytes
read as ``锛`` and ``銆``; a Chinese text written back so decodes as UTF-8 hardly at all.
"""

from __future__ import annotations

import re

import regex

from fzbg.errors import DecodeError
from fzbg.read.decode import decode
from fzbg.read.lost_bytes import LOST_BYTE, restored

__all__ = ["reread", "reread_runs"]

# Windows-1252's characters for the bytes 0x80-0x9F, each back to the byte it was read
# from (as a code point, for the Latin-1 encoder); the five bytes it leaves undefined
# browsers read as Latin-1's controls, which need nothing.
_CP1252 = {
    char: byte
    for byte in range(0x80, 0xA0)
    if len(char := bytes([byte]).decode("cp1252", errors="ignore")) == 1
}
_BACK = str.maketrans({char: chr(byte) for char, byte in _CP1252.items()})
# A character no misreading makes: above U+00FF and not one of Windows-1252's.
_NOT_MISREAD = re.compile(f"[^\\x00-\\xff{''.join(_CP1252)}]")
_HIGH = re.compile(f"[\\x80-\\xff{''.join(_CP1252)}]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_MIN_HAN = 4  # so many Chinese characters at least in what the bytes decode as
_HIGH_PER_HAN = 4  # a Chinese character takes two bytes (GBK) or three (UTF-8); some slack


def reread(text: str) -> tuple[str, str, str] | None:
    """The text that ``text`` is the misreading of, its bytes' encoding, and what read them.

    Args:
        text: A ``str`` handed to the parser.

    Returns:
        ``(text, encoding, misread_as)`` when ``text`` is a report's bytes read as Latin-1
        or Windows-1252 (``misread_as`` is ``"Latin-1"``), or UTF-8 bytes read as GBK
        (``"GBK"``); None when it is not (the usual case, told at its first Chinese
        character, or by the lack of the GBK misreading's tell).

    Example:
        >>> reread("一、主要举措".encode("utf-8").decode("latin-1"))
        ('一、主要举措', 'utf-8', 'Latin-1')
        >>> text, encoding, misread_as = reread(
        ...     "2023年，推进法治政府建设，全面依法行政。".encode().decode("gbk", "replace"))
        >>> text
        '2023年，推进法治政府建设，全面依法行政\ufffd'
        >>> misread_as
        'GBK, 2 characters lost, 1 of them told from their bytes'
        >>> reread("一、主要举措") is None
        True

    """
    if text.isascii():
        return None
    if _NOT_MISREAD.search(text):
        return _read_as_gbk(text)
    high = len(_HIGH.findall(text))
    try:
        decoded = decode(text.translate(_BACK).encode("latin-1"), strict=True)
    except DecodeError:
        return None
    # Chinese: Han, and the ideographic space and full-width marks that indent and
    # bracket it (a line of them, "\u3000\u3000（一）、", holds few Han)
    if (
        len(_HAN.findall(decoded.text)) < _MIN_HAN
        or len(_CJK.findall(decoded.text)) < high // _HIGH_PER_HAN
    ):
        return None  # the bytes decode, but not as Chinese: the text was what it says
    return decoded.text, decoded.encoding, "Latin-1"


# What UTF-8's full-width comma and stop (EF BC 8C, E3 80 82) read as in GBK.
_GBK_TELLS = ("锛", "銆")
_LOST = "\ufffd"  # a byte the GBK reading could not pair, lost
# The genre's commonest characters: the report holds many, its misreading hardly any.
_COMMON = re.compile("[的法治政府建设年工作一是和在推进行依开展全面制度执规范]")
_MIN_COMMON, _MORE_COMMON = 10, 5  # at least so many, and so many times the misreading's


def _read_as_gbk(text: str) -> tuple[str, str, str] | None:
    """The text whose UTF-8 bytes ``text`` is the GBK reading of, if it is one.

    A byte that the reading lost (``�``: it paired with no next byte) leaves its
    character lost, as U+FFFD, unless the bytes left of it and its neighbours tell it
    (:func:`~fzbg.read.lost_bytes.restored`); what read it says how many.
    """
    if not any(tell in text for tell in _GBK_TELLS):
        return None  # a report's text: it holds no 锛 and no 銆
    # A lost byte is written back as 0xFF, which no UTF-8 holds: its character, cut
    # short, is told again or reads as one U+FFFD.
    lost_byte = bytes([LOST_BYTE])
    data = lost_byte.join(piece.encode("gb18030") for piece in text.split(_LOST))
    decoded, lost, told = restored(data)
    common = len(_COMMON.findall(decoded))
    if common < max(_MIN_COMMON, _MORE_COMMON * len(_COMMON.findall(text))):
        return None  # the bytes do not read as a report: the text was what it says
    if not lost:
        return decoded, "utf-8", "GBK"
    return decoded, "utf-8", f"GBK, {lost} characters lost, {told} of them told from their bytes"


# A stretch of a line that a misreading may have made: no character above U+00FF but
# Windows-1252's, and no line break; it is read again when it holds this many high ones.
_RUN = re.compile(f"[\\x00-\\x09\\x0b-\\xff{''.join(_CP1252)}]+")
# What a Chinese character misread leaves, which a scan finds first: GBK's two high
# bytes, twice (but ×××, a placeholder, is three), or UTF-8's lead byte and two more.
# Both open with a high byte's class, which ``regex`` scans a text of Chinese for some
# eight times as fast as the stdlib ``re`` (most texts hold none: the whole scan).
_MISREAD_HAN = regex.compile(
    f"[\\xa1-\\xfe](?:[\\xa1-\\xfe]{{3}}|(?<=[\\xe4-\\xe9])[\\x80-\\xbf{''.join(_CP1252)}]{{2}})"
)
_MIN_HIGH = 6  # a Chinese character misread is two or three high characters
_MIN_RUN_COMMON = 2  # what a run's bytes decode as holds so many of the genre's commonest


def reread_runs(text: str) -> tuple[str, str] | None:
    r"""``text`` with each stretch that is bytes read as Latin-1 read again, and its encoding.

    For a text of which only some lines were misread: the rest of it is Chinese, which
    :func:`reread` leaves alone.  A stretch is read again only when its bytes decode as
    UTF-8 or GB18030, strictly, into words that hold the genre's commonest characters:
    ``×××`` or a name's accents stay.

    Args:
        text: A ``str`` handed to the parser, which :func:`reread` left as it is.

    Returns:
        The text read again and the stretches' encoding, or None when no stretch was.

    Example:
        >>> part = "推进依法行政。".encode("gbk").decode("latin-1")
        >>> reread_runs("一、主要举措\n" + part + "\n二、存在的不足")
        ('一、主要举措\n推进依法行政。\n二、存在的不足', 'gb18030')
        >>> reread_runs("×××同志,Café") is None
        True

    """
    if not _MISREAD_HAN.search(text):
        return None  # (nearly every text: one scan)
    found: list[str] = []

    def again(run: re.Match[str]) -> str:
        words = run.group()
        if len(_HIGH.findall(words)) < _MIN_HIGH:
            return words
        data = words.translate(_BACK).encode("latin-1")
        for encoding in ("utf-8", "gb18030"):
            try:
                read = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if (
                len(_COMMON.findall(read)) >= _MIN_RUN_COMMON
                and len(_HAN.findall(read)) >= _MIN_HAN
            ):
                found.append(encoding)
                return read
        return words

    text = _RUN.sub(again, text)
    return (text, found[0]) if found else None

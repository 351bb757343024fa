"""A text that is a report's bytes read as Latin-1 or Windows-1252: mojibake.

A scraper that takes a page's encoding from its headers reads a UTF-8 or GBK page that
declares none as ISO-8859-1 (``requests`` does, for any ``text/*``): ``2023年`` becomes
``2023å¹´``.  Such a ``str`` holds no character above U+00FF but Windows-1252's (``€``,
``“``, ``…``), and its characters, written back as the bytes they were read from, decode
as the report.  A text with one character that no such misreading makes (a Chinese
character, a full-width comma) is left as it is; so is one whose bytes do not decode as
a report (a text in French).
"""

from __future__ import annotations

import re

from fzbg.errors import DecodeError
from fzbg.read.decode import decode

__all__ = ["reread"]

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
_MIN_HAN = 4  # so many Chinese characters at least in what the bytes decode as
_HIGH_PER_HAN = 4  # a Chinese character takes two bytes (GBK) or three (UTF-8); some slack


def reread(text: str) -> tuple[str, str] | None:
    """The text that ``text`` is the misreading of, and the encoding of its bytes.

    Args:
        text: A ``str`` handed to the parser.

    Returns:
        ``(text, encoding)`` when ``text`` is a report's bytes read as Latin-1 or
        Windows-1252; None when it is not (the usual case, told at its first Chinese
        character).

    Example:
        >>> misread = "一、主要举措".encode("utf-8").decode("latin-1")
        >>> reread(misread)
        ('一、主要举措', 'utf-8')
        >>> reread("一、主要举措") is None
        True

    """
    if text.isascii() or _NOT_MISREAD.search(text):
        return None
    high = len(_HIGH.findall(text))
    try:
        decoded = decode(text.translate(_BACK).encode("latin-1"), strict=True)
    except DecodeError:
        return None
    han = len(_HAN.findall(decoded.text))
    if han < max(_MIN_HAN, high // _HIGH_PER_HAN):
        return None  # the bytes decode, but not as Chinese: the text was what it says
    return decoded.text, decoded.encoding

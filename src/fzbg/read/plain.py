"""Plain text files: their bytes decoded, the encoding detected (see :mod:`fzbg.read.decode`)."""

from __future__ import annotations

from fzbg.read.decode import decode_bytes
from fzbg.read.record import Source

__all__ = ["read_text"]


def read_text(data: bytes, name: str) -> Source:
    """Read a plain-text report.

    Args:
        data: The file's bytes, in any supported encoding.
        name: What to call the file in error messages.

    Returns:
        The text and the encoding it was in.

    Raises:
        DecodeError: The bytes are in no supported encoding.

    Example:
        >>> read_text("一、主要举措".encode("gb18030"), "报告.txt")
        Source(text='一、主要举措', name='报告.txt', encoding='gb18030', format='text', fields=())

    """
    text, encoding = decode_bytes(data, name=name)
    return Source(text=text, name=name, encoding=encoding)

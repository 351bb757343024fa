"""What a file is by its first bytes, whatever its suffix says.

A PDF renamed ``.txt``, a Word file saved as ``.doc`` that is really a web page, a
``.docx`` that is an OFD: reports reach users under the wrong suffix often enough that
the content, not the name, decides the reader.  :func:`sniff` looks at the leading bytes
and names the row of :data:`~fzbg.read.sources.READERS` that reads them, or None for
anything else (plain text, or a format it does not know), which is left to the suffix.
"""

from __future__ import annotations

import codecs
import zipfile
from io import BytesIO

import regex

__all__ = ["FORMAT_NAMES", "sniff"]

_PDF = b"%PDF-"
_ZIP = b"PK\x03\x04"
_OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")
# How far into the file a page's first tag may be (after a mark and white space), and
# how far its <head> or <meta> may be when the page has no <!doctype> or <html>.
_LEAD = 1024
# A page: an XML declaration and comments (a browser's "saved from url"), then its
# doctype, <html>, or, in a fragment a site serves, <head> or <meta>.
_HTML = regex.compile(
    rb"(?is)\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,512}?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|meta)[\s>/]"
)
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError)

FORMAT_NAMES = {
    ".pdf": "a PDF",
    ".docx": "a Word (.docx) document",
    ".ofd": "an OFD document",
    ".doc": "a Word 97–2003 (.doc) document",
    ".html": "a web page",
}
"""What each suffix :func:`sniff` returns is, in words, for messages."""


def sniff(data: bytes) -> str | None:
    r"""The suffix of the :data:`~fzbg.read.sources.READERS` row that reads ``data``.

    Args:
        data: The file's bytes (or at least its first kilobytes; a ZIP needs all of them).

    Returns:
        ``".pdf"`` (``%PDF-``), ``".docx"`` (a ZIP holding ``word/document.xml``),
        ``".ofd"`` (a ZIP holding ``OFD.xml``), ``".doc"`` (an OLE2 compound file),
        ``".html"`` (after an optional byte-order mark and white space, ``<!doctype
        html``, ``<html`` or a ``<head>``/``<meta>``), or None: text, or nothing known.

    Example:
        >>> sniff(b"%PDF-1.7\n"), sniff(b"\xef\xbb\xbf  <!DOCTYPE html><p>"), sniff("一、".encode())
        ('.pdf', '.html', None)

    """
    if data.startswith(_PDF):
        return ".pdf"
    if data.startswith(_OLE2):
        return ".doc"
    if data.startswith(_ZIP):
        return _zip(data)
    head = data[: _LEAD + 4]
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    head = head[:_LEAD]
    if _HTML.match(head):
        return ".html"
    return None


def _zip(data: bytes) -> str | None:
    """A ZIP's format by what it holds: OOXML Word, or OFD; None for any other ZIP."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
    except _ZIP_ERRORS:
        return None
    if "word/document.xml" in names:
        return ".docx"
    if "OFD.xml" in names:
        return ".ofd"
    return None

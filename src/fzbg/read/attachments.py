"""The attachment readers as rows of :data:`~fzbg.read.sources.READERS`.

The PDF, Word 97–2003 and OFD readers give the text and the fields they found (pages,
pages read with low OCR confidence); each function here makes that a
:class:`~fzbg.read.sources.Source`, as every row of the table returns.  Each reader
imports its optional library itself and names the extra when it is missing.
"""

from __future__ import annotations

from fzbg.read.doc import read_doc
from fzbg.read.ofd import read_ofd
from fzbg.read.pdf import read_pdf
from fzbg.read.sources import Source

__all__ = ["doc", "ofd", "pdf"]


def pdf(data: bytes, name: str) -> Source:
    """A PDF's text layer, or its pages read by OCR (see :func:`fzbg.read.pdf.read_pdf`)."""
    text, fields = read_pdf(data, name)
    return Source(text=text, name=name, fields=fields)


def doc(data: bytes, name: str) -> Source:
    """A Word 97–2003 file's text (see :func:`fzbg.read.doc.read_doc`)."""
    text, fields = read_doc(data, name)
    return Source(text=text, name=name, fields=fields)


def ofd(data: bytes, name: str) -> Source:
    """An OFD file's text, page by page (see :func:`fzbg.read.ofd.read_ofd`)."""
    text, fields = read_ofd(data, name)
    return Source(text=text, name=name, fields=fields)

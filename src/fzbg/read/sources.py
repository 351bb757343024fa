"""Sources: whatever the user hands :func:`fzbg.parse_report`, made into text.

A report reaches users as a ``str``, as ``bytes`` in one of the encodings Chinese
government sites and offices use, or as a file: plain text, a saved web page or a Word
document.  :func:`load_source` turns each into a :class:`Source` (the text, the name and
encoding that error messages need, and the fields a reader found beside the text);
:func:`read_source` returns just the text.

A file is read by the reader its first bytes name (:func:`fzbg.read.sniff.sniff`: a PDF,
a Word file, an OFD, a web page, whatever the suffix says), else by the one its suffix
names in :data:`READERS`, one row a format, like
Python-Markdown's registries: a reader is a function ``(data: bytes, name: str) ->
Source`` in a module of its own, imported the first time a file needs it, so that
``import fzbg`` stays fast and a format whose library is an optional extra costs nothing
until it is read.  Bytes are decoded by :mod:`fzbg.read.decode`, which every reader shares.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path

import attrs

from fzbg.errors import (
    DecodeError,
    MissingExtraError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from fzbg.read.decode import decode_bytes, decoding, replaced_field
from fzbg.read.misread import reread, reread_runs
from fzbg.read.record import Source
from fzbg.read.sniff import FORMAT_NAMES, sniff

__all__ = ["READERS", "SUFFIXES", "Reader", "Source", "decode_bytes", "load_source", "read_source"]


@attrs.frozen
class Reader:
    """One row of :data:`READERS`: what reads the files of a suffix, and what it needs.

    Example:
        >>> READERS[".docx"]
        Reader(format='docx', function='fzbg.read.docx:read_docx', extra='docx', needs='docx')

    """

    format: str
    """What the file is read as, for :attr:`Source.format`: ``text``, ``html``, ``docx``."""
    function: str
    """Where the reader is, as ``module:function``; the function takes the file's bytes
    and its name for messages and returns a :class:`Source`."""
    extra: str | None = None
    """The optional extra (``pip install 'fzbg[EXTRA]'``) the reader needs, if any."""
    needs: str | None = None
    """The module of that extra (``selectolax``): a reader module that cannot import it
    raises :class:`~fzbg.errors.MissingExtraError` naming the extra."""

    def load(self) -> Callable[[bytes, str], Source]:
        """Import the reader.

        Raises:
            MissingExtraError: The reader's module needs an extra that is not installed.

        """
        module_name, _, function = self.function.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            missing = (error.name or "").partition(".")[0]
            if self.needs is None or missing != self.needs.partition(".")[0]:
                raise
            raise MissingExtraError(
                f"reading {self.format} files needs {self.needs}: pip install 'fzbg[{self.extra}]'"
            ) from error
        reader: Callable[[bytes, str], Source] = getattr(module, function)
        return reader


_TEXT = Reader("text", "fzbg.read.plain:read_text")
_HTML = Reader("html", "fzbg.read.html:read_html", extra="html", needs="selectolax")
_MHTML = Reader("html", "fzbg.read.mhtml:read_mhtml", extra="html", needs="selectolax")

READERS: dict[str, Reader] = {
    ".txt": _TEXT,
    ".text": _TEXT,
    ".htm": _HTML,
    ".html": _HTML,
    ".shtml": _HTML,  # the pages of many government sites are served as .shtml
    ".xhtml": _HTML,
    ".mht": _MHTML,  # a page saved as one file (web archive) by a browser
    ".mhtml": _MHTML,
    ".docx": Reader("docx", "fzbg.read.docx:read_docx", extra="docx", needs="docx"),
    ".pdf": Reader("pdf", "fzbg.read.attachments:pdf", extra="pdf"),
    ".doc": Reader("doc", "fzbg.read.attachments:doc", extra="doc"),
    ".ofd": Reader("ofd", "fzbg.read.attachments:ofd", extra="ofd"),
}
"""The file suffixes fzbg reads (lower case), each with its :class:`Reader`."""

SUFFIXES = {suffix: reader.format for suffix, reader in READERS.items()}
"""The file suffixes fzbg reads (lower case) and what it reads them as."""


def load_source(
    source: str | bytes | os.PathLike[str], *, name: str | None = None, strict: bool = False
) -> Source:
    """Make any supported source into text.

    Args:
        source: The report: its text (``str``), its bytes, or a path (``os.PathLike``, for
            example :class:`pathlib.Path`) to a ``.txt``, a web page (``.html``, ``.htm``,
            ``.shtml``, ``.xhtml``, or a browser's web archive ``.mht``/``.mhtml``) or a
            ``.docx``, ``.pdf``, ``.doc`` or ``.ofd`` file.  A ``str`` is always the text
            itself, never a path.  Bytes and files are read as what their first bytes say
            they are (a PDF saved as ``.txt`` is read as a PDF, with a ``read-as`` field
            saying so), else as their suffix says (bytes: as text).
        name: What to call the input in messages; by default its path, ``<bytes>`` or
            ``<text>``.
        strict: Raise :class:`~fzbg.errors.DecodeError` for any byte that fits no
            character.  By default, bytes that one encoding fits all but a few of (one in
            a thousand, in at most 16 places) are decoded with U+FFFD for those, and a
            ``decode-replaced`` field names the encoding and the bytes.

    Returns:
        The :class:`~fzbg.Source`; for a web page, with the date and source the page
        states in :attr:`~fzbg.Source.fields`.

    Raises:
        DecodeError: Bytes (or a text or HTML file) that no supported encoding decodes;
            empty bytes or an empty file (there is no report in them).
        SourceNotFoundError: A path that does not exist or is not a file.
        UnsupportedFormatError: A path with a suffix fzbg does not read.
        MissingExtraError: A file of a format whose extra is not installed (``fzbg[html]``,
            ``fzbg[docx]``, ``fzbg[pdf]``, …); when the content decided the format, the
            message says what the file is (``report.txt is a PDF: …``).
        OSError: A file that exists but cannot be read.

    Example:
        >>> load_source("一、主要举措".encode("gb18030"))
        Source(text='一、主要举措', name='<bytes>', encoding='gb18030', format='text', fields=())

    """
    if isinstance(source, str):
        if (found := reread(source)) is None:
            if (part := reread_runs(source)) is None:
                return Source(text=source, name=name or "<text>")
            said = f"in part {part[1]} bytes read as Latin-1"
            return Source(part[0], name or "<text>", fields=(("misread-text", said),))
        text, encoding, misread_as = found  # bytes a scraper read as Latin-1: read again
        said = f"{encoding} bytes read as {misread_as}"
        return Source(text, name or "<text>", encoding, fields=(("misread-text", said),))
    if isinstance(source, bytes | bytearray | memoryview):
        return _read(bytes(source), name or "<bytes>", None, strict=strict)
    if isinstance(source, os.PathLike):
        return _load_path(Path(source), name, strict=strict)
    raise TypeError(
        f"parse_report() takes a str, bytes or os.PathLike, not {type(source).__name__}"
    )


def read_source(source: str | bytes | os.PathLike[str]) -> str:
    r"""Return the text of any supported source (see :func:`load_source`).

    Args:
        source: The report as text, bytes or a path.

    Returns:
        The decoded text, not yet normalised.

    Raises:
        FzbgError: As :func:`load_source` does.

    Example:
        >>> read_source("\ufeff一、主要举措".encode("utf-8"))
        '一、主要举措'

    """
    return load_source(source).text


def _load_path(path: Path, name: str | None, *, strict: bool) -> Source:
    label = name or str(path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        known = ", ".join(sorted(READERS))
        raise UnsupportedFormatError(
            f"{label}: cannot read {path.suffix or 'files without a suffix'!r} files "
            f"(fzbg reads {known})"
        )
    if not path.is_file():
        what = "is a directory, not a file" if path.is_dir() else "does not exist"
        raise SourceNotFoundError(f"{label}: {what}")
    return _read(path.read_bytes(), label, suffix, strict=strict)


def _read(data: bytes, label: str, suffix: str | None, *, strict: bool) -> Source:
    """Read ``data`` by the reader its content names, else by its suffix (bytes: text).

    When the content names another format than the suffix, the content wins, and the
    :class:`Source` says so in a ``read-as`` field; bytes decoded leniently are named in
    a ``decode-replaced`` field.
    """
    if not data:
        what = "input" if suffix is None else "file"
        raise DecodeError(f"{label}: the {what} is empty: there is no report in it", name=label)
    reader = READERS[suffix or ".txt"]
    content = sniff(data)
    if content is not None and READERS[content].format == reader.format:
        content = None  # the suffix's own reader: a page saved as .mht stays a web archive
    fields: tuple[tuple[str, str], ...] = ()
    if content is not None:
        reader = READERS[content]
        if suffix is not None:
            fields = (
                (
                    "read-as",
                    f"{reader.format}: its content is {FORMAT_NAMES[content]}, "
                    f"whatever its suffix {suffix} says",
                ),
            )
    try:
        with decoding(strict=strict) as decoded:
            source = reader.load()(data, label)
    except MissingExtraError as error:
        if content is None:
            raise
        raise MissingExtraError(f"{label} is {FORMAT_NAMES[content]}: {error}") from error
    fields += tuple(("decode-replaced", replaced_field(d)) for d in decoded if d.replaced)
    return attrs.evolve(source, name=label, format=reader.format, fields=(*fields, *source.fields))

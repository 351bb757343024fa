"""Word 97–2003 documents: the text of a ``.doc`` report (``fzbg[doc]``).

No maintained pure-Python library reads the text of a ``.doc`` (antiword and catdoc are
C programs, textract calls them), so :func:`read_doc` follows the public [MS-DOC]
specification on top of ``olefile``, which opens the compound file:

1. the ``WordDocument`` stream opens with the File Information Block (FIB): its magic
   number, whether the file is encrypted, which table stream (``0Table`` or ``1Table``)
   holds the tables, how many characters the main text has (``ccpText``), and where the
   piece table is (``fcClx``/``lcbClx``);
2. the piece table (``Clx`` → ``Pcdt`` → ``PlcPcd``) cuts the text into pieces, each a
   run of character positions stored at a file offset, either as 8-bit text (code page
   1252, the "compressed" pieces) or as UTF-16;
3. the main text is the first ``ccpText`` characters; Word's special characters are
   turned into text: a paragraph mark, a line break, a page or section break end a line,
   a table's cell mark becomes a tab and its row mark ends the line; of a field only its
   result is kept (the ``PAGE`` or ``HYPERLINK`` code between the field's begin and
   separator marks is dropped); pictures, drawn objects and note references are dropped.

Headers, footers, footnotes and comments are stored after the main text and left out,
as the ``.docx`` reader leaves them out.  Automatic list numbers are not rebuilt: they
live in the list tables and paragraph properties, which this reader does not read (a
report whose headings Word numbers loses the numbers; most reports type them).
"""

from __future__ import annotations

import io
import struct
from typing import Any

from fzbg.errors import MissingExtraError, UnsupportedFormatError

__all__ = ["OLE_MAGIC", "read_doc"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""What every compound file (``.doc``, ``.xls``, ``.ppt``) opens with."""

_WORD_MAGIC = 0xA5EC
_ENCRYPTED, _WHICH_TABLE = 0x0100, 0x0200
_OLDEST_FIB = 0x00C1  # Word 97; Word 6 and 95 files are older and not read here
# Special characters of the main text and what they become.
_SPECIAL = {
    "\r": "\n",  # paragraph mark
    "\x0b": "\n",  # line break (Shift+Enter)
    "\x0c": "\n",  # page or section break
    "\x0e": "\n",  # column break
    "\x1e": "-",  # non-breaking hyphen
    "\x1f": "",  # optional hyphen
    "\x01": "",  # picture
    "\x08": "",  # drawn object
    "\x02": "",  # footnote or endnote reference
    "\x05": "",  # comment reference
}
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_CELL = "\x07"
# A row ends with its last cell's mark and the row's own mark: two cell marks in a row
# (an empty cell before the last one reads as a row end too, and loses only a tab).
_ROW_END = "\x07\x07"


def _olefile() -> Any:
    try:
        import olefile  # noqa: PLC0415 - an optional extra, imported when needed
    except ImportError as error:
        raise MissingExtraError(
            "reading .doc files needs olefile: pip install 'fzbg[doc]'"
        ) from error
    return olefile


def read_doc(data: bytes, name: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Read the main text of a Word 97–2003 document.

    Args:
        data: The bytes of the ``.doc`` file.
        name: What to call it in messages (its path or ``<bytes>``).

    Returns:
        The text, one paragraph a line, and no fields.

    Raises:
        MissingExtraError: ``fzbg[doc]`` is not installed.
        UnsupportedFormatError: A file that is not a Word 97–2003 document, an encrypted
            (password-protected) one, or a damaged one.

    Example:
        >>> from fzbg.read.doc import read_doc
        >>> read_doc(b"not a doc", "a.doc")
        Traceback (most recent call last):
        ...
        fzbg.errors.UnsupportedFormatError: a.doc: not a Word 97-2003 document (...)

    """
    olefile = _olefile()
    if not data.startswith(OLE_MAGIC):
        raise UnsupportedFormatError(f"{name}: not a Word 97-2003 document (no OLE header)")
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                raise UnsupportedFormatError(
                    f"{name}: not a Word 97-2003 document (no WordDocument stream)"
                )
            word = ole.openstream("WordDocument").read()
            table_name, ccp_text, fc_clx, lcb_clx = _fib(word, name)
            if not ole.exists(table_name):
                raise UnsupportedFormatError(f"{name}: a damaged .doc (no {table_name} stream)")
            table = ole.openstream(table_name).read()
    except (OSError, ValueError, struct.error) as error:
        if isinstance(error, UnsupportedFormatError):
            raise
        raise UnsupportedFormatError(f"{name}: a damaged .doc ({error})") from None
    raw = _pieces(word, table[fc_clx : fc_clx + lcb_clx], ccp_text, name)
    return _clean(raw), ()


def _fib(word: bytes, name: str) -> tuple[str, int, int, int]:
    """From the FIB: the table stream's name, ``ccpText``, ``fcClx`` and ``lcbClx``."""
    if len(word) < 0x22 or struct.unpack_from("<H", word, 0)[0] != _WORD_MAGIC:
        raise UnsupportedFormatError(f"{name}: a damaged .doc (no Word header)")
    fib_version, flags = struct.unpack_from("<H", word, 2)[0], struct.unpack_from("<H", word, 10)[0]
    if flags & _ENCRYPTED:
        raise UnsupportedFormatError(f"{name}: an encrypted (password-protected) .doc")
    if fib_version < _OLDEST_FIB:
        raise UnsupportedFormatError(f"{name}: a Word 6 or Word 95 document, older than 97")
    at = 32
    csw = struct.unpack_from("<H", word, at)[0]
    at += 2 + 2 * csw
    cslw = struct.unpack_from("<H", word, at)[0]
    ccp_text = struct.unpack_from("<i", word, at + 2 + 4 * 3)[0]
    at += 2 + 4 * cslw
    cb_rg_fc_lcb = struct.unpack_from("<H", word, at)[0]
    if cb_rg_fc_lcb <= 33:
        raise UnsupportedFormatError(f"{name}: a damaged .doc (its FIB is too short)")
    fc_clx, lcb_clx = struct.unpack_from("<II", word, at + 2 + 8 * 33)
    table = "1Table" if flags & _WHICH_TABLE else "0Table"
    return table, max(ccp_text, 0), fc_clx, lcb_clx


def _pieces(word: bytes, clx: bytes, ccp_text: int, name: str) -> str:
    """The main text from the piece table in ``clx``."""
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: formatting, skipped
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at + 5 > len(clx) or clx[at] != 0x02:
        raise UnsupportedFormatError(f"{name}: a damaged .doc (no piece table)")
    lcb = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5 : at + 5 + lcb]
    count = (len(plc) - 4) // 12
    if count <= 0:
        raise UnsupportedFormatError(f"{name}: a damaged .doc (an empty piece table)")
    cps = struct.unpack_from(f"<{count + 1}i", plc, 0)
    parts: list[str] = []
    for k in range(count):
        start, end = cps[k], min(cps[k + 1], ccp_text)
        if start >= end:
            break
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * k + 2)[0]
        length = end - start
        if fc & 0x40000000:  # compressed: 8-bit text in code page 1252 at fc / 2
            offset = (fc & 0x3FFFFFFF) // 2
            parts.append(word[offset : offset + length].decode("cp1252", errors="replace"))
        else:
            offset = fc & 0x3FFFFFFF
            chunk = word[offset : offset + 2 * length]
            parts.append(chunk.decode("utf-16-le", errors="replace"))
    return "".join(parts)


def _clean(raw: str) -> str:
    """The main text with Word's special characters made into text."""
    out: list[str] = []
    depth = 0  # nesting of fields whose code is being skipped
    stack: list[bool] = []  # per open field: whether its code is still being skipped
    for char in raw.replace(_ROW_END, "\r"):
        if char == _FIELD_BEGIN:
            stack.append(True)
            depth += 1
        elif char == _FIELD_SEPARATOR and stack:
            if stack[-1]:
                stack[-1] = False
                depth -= 1
        elif char == _FIELD_END and stack:
            if stack.pop():
                depth -= 1
        elif depth:
            continue
        elif char == _CELL:
            out.append("\t")
        else:
            out.append(_SPECIAL.get(char, char))
    lines = (line.rstrip("\t ") for line in "".join(out).split("\n"))
    return "\n".join(lines).rstrip("\n")  # the last paragraph's mark ends no line

"""Word documents: a ``.docx`` report as text, automatic numbering included (``fzbg[docx]``).

Word keeps the numbers of an automatically numbered list out of the paragraph's text:
the paragraph only says "numbering instance 3, level 1", and the definitions in
``numbering.xml`` say that level 1 counts ``chineseCounting`` with the text ``（%2）``.
A report whose headings are numbered that way would lose every ``一、`` and ``（一）``, so
:func:`docx_to_text` counts the lists the way Word does and writes each marker back in
front of its paragraph:

- a paragraph is numbered by its own ``w:numPr``, else by its paragraph style's (and the
  styles that style is based on);
- instances (``w:num``) of one list definition (``w:abstractNum``) share their counters,
  except where an instance restarts a level (``w:lvlOverride/w:startOverride``);
- a level counts on from its ``w:start``; numbering a level restarts every level below it;
- ``%1``…``%9`` in a level's text stand for the current count of that level, in that
  level's format (``decimal``, ``chineseCounting``, ``decimalEnclosedCircle``, …); bullets
  are not numbers and are left out.

Tables come out one row a line, cells separated by a tab, except a table of one column,
a frame around text, whose paragraphs come out one a line.  Line breaks (Shift+Enter) end
lines, except in the first paragraph when it is a title laid out over lines.  Headers,
footers, footnotes, text boxes (but one holding the title above the body's first text)
and hidden text are left out.  A paragraph numbered by a
style that names the list but not the level is at the level that names that style
(``w:lvl/w:pStyle``), and a list made from a multilevel list style (``w:numStyleLink``)
counts with that style's list.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from fzbg.errors import MissingExtraError, UnsupportedFormatError
from fzbg.read.docx_lists import Numbering, paragraph_numbering, qn
from fzbg.read.numbering import format_number
from fzbg.read.record import Source

__all__ = ["docx_to_text", "format_number", "read_docx"]

# The runs' characters, in order; not tab stops (w:pPr/w:tabs/w:tab), not the text boxes
# anchored in the paragraph (w:txbxContent), not tracked deletions (w:delText is not w:t)
# nor the old place of moved text (w:moveFrom), not hidden text (w:vanish), not the
# placeholder a template's empty content control shows (单击或点击此处输入文字。).
_RUN_CONTENT = (
    ".//w:r[not(ancestor::w:txbxContent) and not(ancestor::w:moveFrom)"
    " and not(w:rPr/w:vanish[not(@w:val) or not(@w:val='0' or @w:val='false'"
    " or @w:val='off')]) and not(ancestor::w:sdt[w:sdtPr/w:showingPlcHdr])]"
    "/*[self::w:t or self::w:tab or self::w:br or self::w:cr or self::w:noBreakHyphen]"
)


def _paragraph_text(paragraph: Any) -> str:
    parts = []
    for element in paragraph.xpath(_RUN_CONTENT):
        tag = element.tag
        if tag == qn("w:t"):
            parts.append(element.text or "")
        elif tag == qn("w:tab"):
            parts.append("\t")
        elif tag == qn("w:noBreakHyphen"):
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def _iter_blocks(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables of ``parent`` in order, inside content controls and custom XML."""
    for child in parent.iterchildren():
        if child.tag in {qn("w:p"), qn("w:tbl")}:
            yield child
        elif child.tag == qn("w:sdt"):
            properties = child.find(qn("w:sdtPr"))
            if properties is not None and properties.find(qn("w:showingPlcHdr")) is not None:
                continue  # an empty control showing its placeholder (单击此处输入文字)
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _iter_blocks(content)
        elif child.tag == qn("w:customXml"):  # an office system's tags around paragraphs
            yield from _iter_blocks(child)


def read_docx(data: bytes, name: str) -> Source:
    r"""Read a Word document's text, rebuilding its automatic list numbers.

    Args:
        data: The ``.docx`` file's bytes.
        name: What to call it in error messages.

    Returns:
        The body's text, one paragraph a line, each numbered paragraph with its marker
        (``一、``, ``（一）``, ``1.``) written in front; no encoding and no fields.

    Raises:
        MissingExtraError: python-docx is not installed.
        UnsupportedFormatError: The file is not a Word 2007+ document.

    Example:
        >>> import io, docx
        >>> document, saved = docx.Document(), io.BytesIO()
        >>> _ = document.add_paragraph("一、主要举措和成效")
        >>> document.save(saved)
        >>> read_docx(saved.getvalue(), "报告.docx").text
        '一、主要举措和成效\n'

    """
    return Source(text=_text(io.BytesIO(data), name), name=name, format="docx")


def docx_to_text(path: Path, *, name: str | None = None) -> str:
    r"""Read the text of the Word document at ``path`` (see :func:`read_docx`).

    Args:
        path: The ``.docx`` file.
        name: What to call it in error messages; its path by default.

    Returns:
        The body's text, one paragraph a line, list numbers written back.

    Raises:
        MissingExtraError: python-docx is not installed.
        UnsupportedFormatError: The file is not a Word 2007+ document.

    Example:
        >>> import tempfile, docx
        >>> document = docx.Document()
        >>> _ = document.add_paragraph("一、主要举措和成效")
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     document.save(f"{folder}/报告.docx")
        ...     docx_to_text(Path(f"{folder}/报告.docx"))
        '一、主要举措和成效\n'

    """
    return _text(str(path), name or str(path))


def _text(file: str | IO[bytes], label: str) -> str:
    """The text of the Word document in ``file`` (a path or a binary stream)."""
    try:
        import docx  # noqa: PLC0415 - an optional extra
    except ImportError as error:
        raise MissingExtraError(
            "reading .docx files needs python-docx: pip install 'fzbg[docx]'"
        ) from error
    try:
        document = docx.Document(file)
    except Exception as error:  # zip, XML and package errors alike: not a Word file
        raise UnsupportedFormatError(
            f"{label}: not a Word 2007+ (.docx) document ({type(error).__name__}: {error})"
        ) from error
    styles = {
        str(style.get(qn("w:styleId"))): style
        for style in document.styles.element.findall(qn("w:style"))
    }
    numbering = Numbering.of(document, styles)
    lines: list[str] = []
    for block in _iter_blocks(document.element.body):
        if block.tag == qn("w:p"):
            line = _numbered(block, numbering, styles)
            if not any(x.strip() for x in lines):
                lines.extend(_title_in_text_box(block))
                line = _one_line_title(line)
            lines.append(line)
        else:
            lines.extend(_table_rows(block, numbering, styles))
    return "\n".join(lines) + "\n" if lines else ""


# Text boxes, once: Word writes each twice, as a drawing (mc:Choice) and as VML for
# older readers (mc:Fallback).
_TEXT_BOXES = ".//w:txbxContent[not(ancestor::*[local-name()='Fallback'])]"
_REPORT_WORDS = re.compile(r"报告|总结")


def _title_in_text_box(paragraph: Any) -> list[str]:
    """The title, when a text box above the body's first text holds it.

    Text boxes are left out of the text (a red letterhead, a stamp, a page number in
    a frame), except one anchored before any text of the body that names a report
    (报告, 总结): a title set in a text box, its lines joined.
    """
    for box in paragraph.xpath(_TEXT_BOXES):
        text = "".join(t.text or "" for t in box.iter(qn("w:t"))).strip()
        if _REPORT_WORDS.search(text) and len(text) <= _MAX_TITLE:
            return [text]
    return []


# What a title broken over lines never holds: a sentence's punctuation, or a date.
_NOT_A_TITLE = re.compile(r"[。；，：;:,]|[0-9]{4}\s*年\s*[0-9]{1,2}\s*月")
_MAX_TITLE = 60


def _one_line_title(line: str) -> str:
    """The document's first paragraph as one line when it is a title laid out in lines.

    A long title is broken over two or three lines with Shift+Enter; those breaks only
    lay it out.  A first paragraph with a sentence's punctuation or a date is not such a
    title and keeps its lines.
    """
    if "\n" not in line or _NOT_A_TITLE.search(line):
        return line
    parts = [part.strip() for part in line.split("\n")]
    joined = "".join(parts)
    return joined if 0 < len(joined) <= _MAX_TITLE else line


def _numbered(paragraph: Any, numbering: Numbering, styles: dict[str, Any]) -> str:
    text = _paragraph_text(paragraph)
    where = paragraph_numbering(paragraph, styles)
    return numbering.marker(*where) + text if where else text


def _has_text(cell: Any) -> bool:
    return any((t.text or "").strip() for t in cell.iter(qn("w:t")))


def _table_rows(table: Any, numbering: Numbering, styles: dict[str, Any]) -> list[str]:
    """A table one row a line, cells separated by a tab.

    A table with text in no more than one cell of a row is the page's frame, not data
    (a report typed into a table cell, beside an empty margin column; a boxed note):
    its paragraphs come out one a line, as in the body.
    """
    rows = []
    if all(
        sum(_has_text(cell) for cell in row.iterchildren(qn("w:tc"))) <= 1
        for row in table.iterchildren(qn("w:tr"))
    ):
        for cell in table.iterfind(f"{qn('w:tr')}/{qn('w:tc')}"):
            if not _has_text(cell):  # the margin beside the text
                continue
            for block in _iter_blocks(cell):
                if block.tag == qn("w:p"):
                    rows.append(_numbered(block, numbering, styles))
                else:
                    rows.extend(_table_rows(block, numbering, styles))
        return rows
    for row in table.iterchildren(qn("w:tr")):
        cells = []
        for cell in row.iterchildren(qn("w:tc")):
            texts = []
            for block in _iter_blocks(cell):
                if block.tag == qn("w:p"):
                    texts.append(_numbered(block, numbering, styles))
                else:
                    texts.extend(_table_rows(block, numbering, styles))
            cells.append(" ".join(t.strip() for t in texts if t.strip()))
        rows.append("\t".join(cells))
    return rows

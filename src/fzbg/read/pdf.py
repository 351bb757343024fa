"""PDF files: the text layer, one line per printed line, page by page (``fzbg[pdf]``).

A PDF holds no lines, only characters placed on the page, in whatever order the program
that made it drew them.  :func:`read_pdf` reads every character with its box through
PDFium (``pypdfium2``), groups the characters whose boxes share a baseline into a line,
puts the lines in order from the top of the page down and the characters of a line from
left to right, and writes one line of text per printed line — so the reading order does
not depend on the order of drawing.  A gap wider than a character inside a line (between
the cells of a table, between 日期 and 来源) becomes a space.

What a print puts around the text stays in it, each on a line of its own: the page number
at the foot (``— 3 —``) and a running head or foot.  The page stage cuts those as debris
(``page-number``, ``running-head``), so that nothing is lost.  Hard wraps are not joined
here: that is the layout-recovery stage's work, for every source whose lines were broken.

A page with no text on it is a scan: with ``fzbg[ocr]`` installed it is read by
:func:`fzbg.read.ocr.ocr_page`; without it, a PDF none of whose pages has text raises
:class:`~fzbg.errors.NoTextLayerError`.

Measured on the seeds printed as an office prints them (GB/T 9704, 13 pages; one core):
PDFium with this line building reads about 300 pages a second and gets the order right
even when the lines were drawn bottom-up; ``pdfminer.six`` reads about 28 pages a second
(its layout analysis gets the order right too); PDFium's own ``get_text_range`` is
fastest (600 pages a second) but follows the order of drawing.
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from typing import Any

from fzbg.errors import MissingExtraError, NoTextLayerError, UnsupportedFormatError
from fzbg.read.ocr import OCR_HINT, have_ocr, ocr_page

__all__ = ["PDF_MAGIC", "Fields", "read_pdf"]

PDF_MAGIC = b"%PDF-"
"""What a PDF file opens with (some writers put a few bytes of junk before it)."""

Fields = tuple[tuple[str, str], ...]
"""What a reader learnt besides the text: ``(label, value)`` pairs."""

# A page with fewer characters than this is taken to have no text layer: a scan may
# still carry a stamp's or a scanner's few words.
_MIN_TEXT = 8
# Two characters are on one line when their vertical centres are closer than this share
# of the line's character height.
_SAME_LINE = 0.5
# A gap wider than this share of the character height inside a line becomes a space.
_GAP = 1.0

Char = tuple[float, float, float, float, str]  # left, bottom, right, top, character


def _pdfium() -> Any:
    try:
        import pypdfium2  # noqa: PLC0415 - an optional extra, imported when needed
    except ImportError as error:
        raise MissingExtraError(
            "reading .pdf files needs pypdfium2: pip install 'fzbg[pdf]'"
        ) from error
    return pypdfium2


def read_pdf(data: bytes, name: str) -> tuple[str, Fields]:
    """Read the text of a PDF, one line per printed line, page after page.

    Args:
        data: The bytes of the PDF.
        name: What to call it in messages (its path or ``<bytes>``).

    Returns:
        The text, and fields: ``("pages", "13")``, and for a scan read by OCR one
        ``("ocr-low-confidence", "page 3: 0.71")`` per page read with low confidence
        (see :func:`fzbg.read.ocr.ocr_page`), or ``("pages-without-text", "2, 5")`` for pages that
        had no text and could not be read without ``fzbg[ocr]``.

    Raises:
        MissingExtraError: ``fzbg[pdf]`` is not installed.
        UnsupportedFormatError: An encrypted (password-protected), damaged or non-PDF file.
        NoTextLayerError: No page has a text layer (a scan) and ``fzbg[ocr]`` is not
            installed.

    Example:
        >>> from fzbg.read.pdf import read_pdf
        >>> read_pdf(b"not a pdf", "a.pdf")
        Traceback (most recent call last):
        ...
        fzbg.errors.UnsupportedFormatError: a.pdf: not a PDF, or a damaged one (...)

    """
    pdfium = _pdfium()
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise _unreadable(name, error) from None
    try:
        pages = [_page_text(document, index) for index in range(len(document))]
        missing = [n for n, text in enumerate(pages) if len(text.strip()) < _MIN_TEXT]
        fields: list[tuple[str, str]] = [("pages", str(len(pages)))]
        if missing and have_ocr():
            for n in missing:
                pages[n], confidence = ocr_page(document[n])
                if confidence is not None:
                    fields.append(("ocr-low-confidence", f"page {n + 1}: {confidence:.2f}"))
        elif missing and len(missing) == len(pages):
            raise NoTextLayerError(
                f"{name}: a PDF without a text layer (a scan?); reading it needs OCR: {OCR_HINT}"
            )
        elif missing:
            fields.append(("pages-without-text", ", ".join(str(n + 1) for n in missing)))
    except pdfium.PdfiumError as error:  # a page that does not load: "Failed to load page."
        raise _unreadable(name, error) from None
    finally:
        document.close()
    return "\n".join(page.rstrip("\n") for page in pages if page.strip()), tuple(fields)


def _unreadable(name: str, error: Exception) -> UnsupportedFormatError:
    why = str(error)
    if "password" in why.lower():
        return UnsupportedFormatError(f"{name}: an encrypted (password-protected) PDF ({why})")
    return UnsupportedFormatError(f"{name}: not a PDF, or a damaged one ({why})")


def _page_text(document: Any, index: int) -> str:
    """The text of one page: its characters as lines, top to bottom."""
    page = document[index]
    textpage = page.get_textpage()
    try:
        return _lines(_chars(textpage))
    finally:
        textpage.close()
        page.close()


def _chars(textpage: Any) -> list[Char]:
    """Every character drawn on the page with its box; generated breaks left out."""
    from pypdfium2 import raw  # noqa: PLC0415 - the extra is there: _pdfium() said so

    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    if count <= 0:
        return []
    # All the page's characters in one call (UTF-16, one unit a character index).
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    raw.FPDFText_GetText(handle, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    codes: Sequence[int] = memoryview(buffer.raw).cast("H")[:count]
    if any(0xD800 <= code < 0xE000 for code in codes):
        # A character beyond the BMP (a rare name's 𬱖) takes two units of the text but
        # one index: read such a page one character at a time.
        codes = [raw.FPDFText_GetUnicode(handle, i) for i in range(count)]
    box = raw.FS_RECTF()
    out: list[Char] = []
    for i, code in enumerate(codes):
        if code < 0x20 or code in (0xFFFE, 0xFFFF) or 0xD800 <= code < 0xE000:
            continue  # breaks, and a surrogate PDFium could not pair
        if code == 0x20 and raw.FPDFText_IsGenerated(handle, i):
            continue  # a space PDFium guessed: gaps are measured below
        # The loose box spans the font's ascent and descent: the same height for every
        # character of a line, so that a comma or a quotation mark stays on its line.
        if not raw.FPDFText_GetLooseCharBox(handle, i, box):
            continue
        out.append((box.left, box.bottom, box.right, box.top, chr(code)))
    return out


def _lines(chars: list[Char]) -> str:
    """The characters as lines: grouped by baseline, top down, left to right."""
    if not chars:
        return ""
    boxes = sorted(chars, key=lambda c: -(c[1] + c[3]))
    rows: list[list[Char]] = []
    centre = height = 0.0
    for char in boxes:
        mid, size = (char[1] + char[3]) / 2, max(char[3] - char[1], 1.0)
        if rows and abs(centre - mid) <= _SAME_LINE * max(height, size):
            rows[-1].append(char)
            continue
        rows.append([char])
        centre, height = mid, size
    return "".join(_row(row) + "\n" for row in rows)


def _row(row: list[Char]) -> str:
    row.sort(key=lambda c: c[0])
    height = max(c[3] - c[1] for c in row)
    parts: list[str] = []
    last = None
    for left, _, right, _, char in row:
        if last is not None and left - last > _GAP * height and char != " ":
            parts.append(" ")
        parts.append(char)
        last = right
    return "".join(parts).strip()

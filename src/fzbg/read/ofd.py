"""OFD files (GB/T 33190): the text of every page, in reading order (``fzbg[ofd]``).

An OFD is a zip of XML: ``OFD.xml`` names each document's root (``Doc_0/Document.xml``),
the document lists its pages (``Pages/Page_0/Content.xml``), and a page's layers hold
text objects: a ``TextObject`` has a boundary box on the page (millimetres, y growing
downwards) and one or more ``TextCode`` runs placed inside it (``X``, ``Y`` the baseline;
``DeltaX`` the advance of each character, ``g 5 5.6`` meaning five advances of 5.6).
No maintained light reader exists on PyPI (the OFD packages there render to images or
PDF through heavy dependencies), so :func:`read_ofd` reads the XML with the standard
library: the runs of a page are grouped by baseline into lines, top down, each line's
runs left to right, and one line of text is written per printed line, the page number
and a running head included (the page stage cuts them as debris).  Templates, annotations
and seals (``Signs``) are left out: a seal is a picture, not text.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from io import BytesIO
from xml.etree import ElementTree as ET

from fzbg.errors import UnsupportedFormatError

__all__ = ["ZIP_MAGIC", "is_ofd", "read_ofd"]

ZIP_MAGIC = b"PK\x03\x04"
"""What a zip, and so an OFD (with ``OFD.xml`` inside), opens with."""

_NS = "{http://www.ofdspec.org/2016}"
_LARGEST_PART = 64 * 1024 * 1024  # bytes: a page's XML is far smaller; a zip bomb is not
_SAME_LINE = 0.5  # share of the font size within which two baselines are one line

# What zipfile, zlib and the XML parser raise on damaged bytes (NotImplementedError: an
# unknown compression method or zip version; RuntimeError: an encrypted member).
_BROKEN = (
    zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError,
    ET.ParseError, OverflowError,
)  # fmt: skip

Run = tuple[float, float, float, float, str]  # baseline y, left, right, size, text


def is_ofd(data: bytes) -> bool:
    r"""Whether ``data`` is an OFD: a zip with ``OFD.xml`` at its root.

    Example:
        >>> is_ofd(b"PK\x03\x04 not really a zip")
        False

    """
    if not data.startswith(ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "OFD.xml" in archive.namelist()
    except _BROKEN:
        return False


def read_ofd(data: bytes, name: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Read the text of an OFD file, one line per printed line, page after page.

    Args:
        data: The bytes of the ``.ofd`` file.
        name: What to call it in messages (its path or ``<bytes>``).

    Returns:
        The text, and ``("pages", "N")``.

    Raises:
        UnsupportedFormatError: A file that is no OFD, an encrypted one, or a damaged one.

    Example:
        >>> from fzbg.read.ofd import read_ofd
        >>> read_ofd(b"%PDF-1.7", "a.ofd")
        Traceback (most recent call last):
        ...
        fzbg.errors.UnsupportedFormatError: a.ofd: not an OFD file (not a zip)

    """
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except _BROKEN:
        raise UnsupportedFormatError(f"{name}: not an OFD file (not a zip)") from None
    with archive:
        names = set(archive.namelist())
        if "OFD.xml" not in names:
            raise UnsupportedFormatError(f"{name}: not an OFD file (no OFD.xml in the zip)")
        try:
            pages = [_page_text(archive, path, name) for path in _pages(archive, names, name)]
        except _BROKEN as error:  # zipfile says "File … is encrypted" with a RuntimeError
            what = "an encrypted" if "encrypted" in str(error) else "a damaged"
            raise UnsupportedFormatError(f"{name}: {what} OFD file ({error})") from None
    text = "\n".join(page for page in pages if page)
    return text, (("pages", str(len(pages))),)


def _xml(archive: zipfile.ZipFile, path: str, name: str) -> ET.Element:
    try:
        info = archive.getinfo(path)
    except KeyError:
        raise UnsupportedFormatError(f"{name}: a damaged OFD file ({path} is missing)") from None
    if info.file_size > _LARGEST_PART:
        raise UnsupportedFormatError(f"{name}: a damaged OFD file ({path} is too large)")
    return ET.fromstring(archive.read(info))


def _resolve(base: str, location: str) -> str:
    """A location in the package: absolute (``/Doc_0/…``) or relative to ``base``'s folder."""
    location = location.strip().replace("\\", "/")
    if location.startswith("/"):
        return posixpath.normpath(location.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), location))


def _pages(archive: zipfile.ZipFile, names: set[str], name: str) -> list[str]:
    """The paths of every page's content, document after document, in page order."""
    if any(n.lower().endswith("encryptions.xml") for n in names):
        raise UnsupportedFormatError(f"{name}: an encrypted OFD file")
    root = _xml(archive, "OFD.xml", name)
    paths: list[str] = []
    for doc_root in root.iter(f"{_NS}DocRoot"):
        document_path = _resolve("OFD.xml", doc_root.text or "")
        document = _xml(archive, document_path, name)
        for page in document.iter(f"{_NS}Page"):
            location = page.get("BaseLoc")
            if location:
                paths.append(_resolve(document_path, location))
    if not paths:
        raise UnsupportedFormatError(f"{name}: a damaged OFD file (no pages)")
    return paths


def _page_text(archive: zipfile.ZipFile, path: str, name: str) -> str:
    return _lines(list(_runs(_xml(archive, path, name))))


def _floats(value: str | None) -> list[float]:
    return [float(v) for v in (value or "").split()]


def _advances(delta: str | None, count: int, size: float) -> list[float]:
    """The advance of each character: ``DeltaX`` expanded (``g 3 5.6`` → three 5.6s)."""
    out: list[float] = []
    words = (delta or "").split()
    k = 0
    while k < len(words):
        if words[k] == "g" and k + 2 < len(words):
            out += [float(words[k + 2])] * min(int(words[k + 1]), count)
            k += 3
        else:
            out.append(float(words[k]))
            k += 1
    return [*[*out, *[size] * count][: max(count - 1, 0)], size]


def _runs(page: ET.Element) -> list[Run]:
    runs: list[Run] = []
    for obj in page.iter(f"{_NS}TextObject"):
        box = [*_floats(obj.get("Boundary")), 0.0, 0.0]
        size = float(obj.get("Size") or 3.5)
        x = y = 0.0
        for code in obj.iter(f"{_NS}TextCode"):
            text = code.text or ""
            x = float(code.get("X") or x)
            y = float(code.get("Y") or y)
            width = sum(_advances(code.get("DeltaX"), len(text), size)) if text else 0.0
            if text.strip():
                left = box[0] + x
                runs.append((box[1] + y, left, left + width, size, text))
    return runs


def _lines(runs: list[Run]) -> str:
    """The runs as lines: grouped by baseline, top down, left to right."""
    rows: list[list[Run]] = []
    for run in sorted(runs):
        if rows and run[0] - rows[-1][0][0] <= _SAME_LINE * max(run[3], rows[-1][0][3]):
            rows[-1].append(run)
        else:
            rows.append([run])
    lines = []
    for row in rows:
        row.sort(key=lambda r: r[1])
        parts: list[str] = []
        last = None
        for _, left, right, size, text in row:
            if last is not None and left - last > size:
                parts.append(" ")
            parts.append(text)
            last = right
        lines.append("".join(parts).strip())
    return "\n".join(line for line in lines if line)

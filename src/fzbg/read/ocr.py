"""Scanned pages: optical character recognition, offline (``fzbg[ocr]``).

A scan has no text layer, only a picture of each page.  :func:`ocr_page` renders a PDF
page at 150 dpi and reads it with RapidOCR (``rapidocr-onnxruntime``), whose Chinese
PP-OCR v4 detection and recognition models ship inside the wheel: nothing is fetched at
run time.  The text-direction classifier is not run (a scanned report stands upright), and
150 dpi reads 3号 print as well as 200 dpi does (mean confidence 0.997 against 0.996 on
the tests' scans) in two thirds of the time.  The recogniser returns a box, a text and
a confidence per run of text; :func:`boxes_to_lines` rebuilds the printed lines from the
boxes (runs whose vertical centres are close are one line, read left to right; a wide
gap becomes a space).  A line set in from the lines around it (a paragraph's first line,
two characters in) keeps its indentation as ideographic spaces, so that the layout stage
knows a paragraph opens there even when the line before fills the measure; and a page
number whose dashes were read as 一, - or ~ (``一3一``) is written as printed, ``— 3 —``,
and a marker whose 一 was read as a dash (``—、``, ``（-）``) as ``一、``, ``（一）``.

A seal stamped over the signature is red: before recognition, red ink is turned white
(a pixel much redder than it is green and blue), so the seal's ring and star do not
become characters and do not hide the signer's name and the date under it.

Quality shows as a field, not as silence: a page whose mean confidence (weighted by the
characters of each run) is below :data:`LOW_CONFIDENCE` is returned with it, and
:func:`fzbg.read.pdf.read_pdf` reports it as ``("ocr-low-confidence", "page 3: 0.71")``.
"""

from __future__ import annotations

import importlib.util
import re
import statistics
from collections.abc import Sequence
from functools import cache
from typing import Any

from fzbg.errors import MissingExtraError

__all__ = ["LOW_CONFIDENCE", "OCR_HINT", "boxes_to_lines", "have_ocr", "ocr_page"]

OCR_HINT = "pip install 'fzbg[ocr]'"
"""What to install to read scans."""

LOW_CONFIDENCE = 0.85
"""Below this mean confidence a page is reported as read with low confidence."""

DPI = 150
"""The resolution pages are rendered at for recognition."""

_NOT_A_PAGE = 8  # a page longer than eight times its width is no page of text
_LONGEST_SIDE = 2500  # pixels: 420 mm (A3) at 150 dpi
# Runs whose vertical centres are closer than this share of their height are one line.
_SAME_LINE = 0.5
# A line whose left edge stands right of the page's margin by more than _INDENT of its
# height is indented: a paragraph's first line, a centred one.  The margin may lean by
# _TILT pixels a pixel down the page (a scan turned by up to about one degree).
_INDENT, _TILT = 1.2, 0.02
# What the recogniser reads a dash, or the numeral 一, as: the two look the same in print.
_DASH = "-—–~_－ー"
# A page number (— 3 —) whose dashes the recogniser read as 一, -, ~ or _.
_MISREAD_FOLIO = re.compile(rf"[{_DASH}一][ ]?(\d{{1,3}})[ ]?[{_DASH}一]")
# A line opening with the marker 一、 or （一） whose 一 was read as a dash: —、 （-）.
_MISREAD_ONE = re.compile(rf"[(（][ ]?(?P<dash>[{_DASH}])[ ]?[)）]|(?P<lone>[{_DASH}])[ ]?、")

Box = tuple[Sequence[Sequence[float]], str, float]  # four corners, text, confidence


def have_ocr() -> bool:
    """Whether ``fzbg[ocr]`` is installed (without importing it).

    Example:
        >>> isinstance(have_ocr(), bool)
        True

    """
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@cache
def _engine() -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR  # noqa: PLC0415 - optional extra
    except ImportError as error:
        raise MissingExtraError(f"reading scanned pages needs OCR: {OCR_HINT}") from error
    # Detection at the page's own size, 2000 pixels at most on its long side (an A4 page
    # at DPI is 1754): the default scales the SHORT side up to 736 pixels, which makes a
    # strip-shaped page tens of thousands of pixels long and its OCR take minutes.
    return RapidOCR(use_cls=False, det_limit_type="max", det_limit_side_len=2000)


def ocr_page(page: Any) -> tuple[str, float | None]:
    """Read one page of a PDF (a ``pypdfium2`` page) by OCR.

    Args:
        page: The page.

    Returns:
        Its text, one line per printed line, and its mean confidence when that is below
        :data:`LOW_CONFIDENCE` (else None); ``("", 0.0)`` for a page that cannot be read
        (a strip eight times longer than wide, an image the recogniser rejects).

    Raises:
        MissingExtraError: ``fzbg[ocr]`` is not installed.

    """
    import numpy  # noqa: PLC0415 - comes with the extra

    engine = _engine()
    width, height = page.get_size()
    if min(width, height) < 1 or max(width, height) > _NOT_A_PAGE * min(width, height):
        return "", 0.0  # a strip, not a page: nothing worth reading, and said so
    # A damaged or hostile page may claim to be metres wide: never render more pixels
    # than an A3 page at DPI.
    scale = min(DPI / 72, _LONGEST_SIDE / max(width, height))
    image = numpy.asarray(page.render(scale=scale).to_pil().convert("RGB"))
    image = _without_red(image)
    try:
        result, _ = engine(image)
    except Exception:  # the engine's own errors on odd images: the page is unread
        return "", 0.0
    boxes: list[Box] = [(corners, text, float(score)) for corners, text, score in result or ()]
    total = sum(len(text) for _, text, _ in boxes)
    confidence = sum(len(t) * s for _, t, s in boxes) / total if total else 0.0
    return boxes_to_lines(boxes), confidence if confidence < LOW_CONFIDENCE else None


def _without_red(image: Any) -> Any:
    """The image with red ink (a seal) turned white."""
    rgb = image.astype("int16")
    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    seal = (red - green > 60) & (red - blue > 60)
    out = image.copy()
    out[seal] = 255
    return out


def boxes_to_lines(boxes: Sequence[Box]) -> str:
    """Rebuild printed lines from recognised runs of text.

    Args:
        boxes: ``(corners, text, confidence)`` per run, corners as four ``(x, y)``
            points in image coordinates (y grows downwards).

    Returns:
        One line per printed line, top to bottom, each line's runs left to right, a wide
        gap between runs written as one space; a line standing right of the lines near
        it by more than a character opens with an ideographic space per character it is
        set in, and a misread page number (``一3一``) is written ``— 3 —``.

    Example:
        >>> boxes = [
        ...     ([(300, 10), (400, 10), (400, 40), (300, 40)], "来源:某县", 0.9),
        ...     ([(10, 12), (200, 12), (200, 42), (10, 42)], "日期:2025年", 0.9),
        ...     ([(10, 60), (200, 60), (200, 90), (10, 90)], "正文。", 0.9),
        ... ]
        >>> print(boxes_to_lines(boxes))
        日期:2025年 来源:某县
        正文。

    """
    runs = sorted(
        (
            (min(y for _, y in c) + max(y for _, y in c)) / 2,
            max(max(y for _, y in c) - min(y for _, y in c), 1.0),
            min(x for x, _ in c),
            max(x for x, _ in c),
            text,
        )
        for c, text, _ in boxes
        if text.strip()
    )
    rows: list[list[tuple[float, float, float, float, str]]] = []
    for run in runs:
        if rows and abs(run[0] - rows[-1][0][0]) <= _SAME_LINE * rows[-1][0][1]:
            rows[-1].append(run)
        else:
            rows.append([run])
    texts: list[str] = []
    lefts: list[tuple[float, float]] = []
    heights: list[float] = []
    for row in rows:
        row.sort(key=lambda r: r[2])
        parts, last = [], None
        for _, height, left, right, text in row:
            if last is not None and left - last > height:
                parts.append(" ")
            parts.append(text)
            last = right
        texts.append(_as_printed("".join(parts)))
        lefts.append((row[0][0], row[0][2]))
        heights.append(statistics.median(r[1] for r in row))
    return "\n".join(
        "\u3000" * _indent(lefts, i, heights[i]) + text for i, text in enumerate(texts)
    )


def _indent(lefts: Sequence[tuple[float, float]], at: int, height: float) -> int:
    """How many characters line ``at`` stands right of the page's left margin.

    ``lefts`` holds each line's ``(vertical centre, left edge)``.  The margin at a line is
    the leftmost edge of all lines, a far line's given the room a page turned by up to
    :data:`_TILT` would move it: a turned page sets in no line it does not indent.
    """
    y, left = lefts[at]
    margin = min(x + _TILT * abs(y - other) for other, x in lefts)
    offset = left - margin
    return max(1, round(offset / height)) if offset > _INDENT * height else 0


def _as_printed(line: str) -> str:
    """``line`` as printed where the recogniser misread a dash or the numeral 一.

    A page number read ``一3一`` is written ``— 3 —``; a marker 一、 or （一） at the line's
    start read as a dash (``—、``, ``（-）``) is written with its 一.
    """
    found = _MISREAD_FOLIO.fullmatch(line.strip())
    if found:
        return f"— {found.group(1)} —"
    if marker := _MISREAD_ONE.match(line):
        at = marker.start("dash") if marker["dash"] else marker.start("lone")
        return f"{line[:at]}一{line[at + 1 :]}"
    return line

"""Scanned PDFs: OCR offline with fzbg[ocr], lines rebuilt from boxes, quality as fields.

One page is scanned and read (OCR takes seconds a page): a short report printed as an
office prints it, turned a little, specked, with a red seal over the signature.
"""

from __future__ import annotations

import difflib
import io
import socket
from typing import Any

import pytest

import fzbg
from fzbg.read import ocr
from fzbg.read.pdf import read_pdf

pytest.importorskip("pypdfium2")
pytest.importorskip("rapidocr_onnxruntime")

from _print import layout, print_pdf, scan_pdf
from PIL import Image

ONE_PAGE = """白沙镇2025年度法治政府建设情况报告
一、主要举措和成效
（一）加强组织领导。镇党委召开专题会议4次，制定工作要点18项。
（二）规范行政决策。审查合同和规范性文件37件，审查率达到100%。
（三）强化矛盾化解。建成调解室12个，调处纠纷150余起。
二、存在的不足
一是法治宣传形式单一；二是执法力量不足。
三、下一步工作安排
（一）深化法治宣传。开展“法律进乡村”活动10场次。
特此报告。
白沙镇人民政府
2026年1月20日
"""


@pytest.fixture(scope="module")
def scanned() -> tuple[str, tuple[tuple[str, str], ...]]:
    """The one-page report scanned and read, with the network shut (nothing is fetched)."""
    assert len(layout(ONE_PAGE)) == 1
    scan = scan_pdf(print_pdf(ONE_PAGE), dpi=200)
    connect = socket.socket.connect

    def refuse(*args: Any) -> None:
        raise AssertionError(f"OCR tried to reach the network: {args[1:]}")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    try:
        return read_pdf(scan, "scan.pdf")
    finally:
        socket.socket.connect = connect  # type: ignore[method-assign]


def test_a_scan_reads_line_by_line(scanned: tuple[str, tuple[tuple[str, str], ...]]) -> None:
    """The printed lines come back nearly as printed, in order; the seal makes no text."""
    text, _ = scanned
    printed = "\n".join(line for _, line in layout(ONE_PAGE)[0])
    assert difflib.SequenceMatcher(None, printed, text, autojunk=False).ratio() >= 0.95
    assert text.split("\n")[-2:] == ["白沙镇人民政府", "2026年1月20日"]  # under the seal


def test_a_scan_parses_like_its_text(scanned: tuple[str, tuple[tuple[str, str], ...]]) -> None:
    """Sections and metadata right; items and quantities at least 90% the text's."""
    text, fields = scanned
    report, plain = fzbg.parse_report(text), fzbg.parse_report(ONE_PAGE)
    assert (report.title, report.issuer, report.signed) == (plain.title, plain.issuer, plain.signed)
    assert [s.kind for s in report.sections] == [s.kind for s in plain.sections]
    titles = {m.title for m in report.measures}
    assert sum(m.title in titles for m in plain.measures) >= 0.9 * len(plain.measures)
    found = {(q.value, q.unit) for q in report.quantities}
    assert sum((q.value, q.unit) in found for q in plain.quantities) >= 0.9 * len(plain.quantities)
    assert not [f for f in fields if f[0] == "ocr-low-confidence"]


def test_a_page_read_with_low_confidence_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose mean confidence is low comes back with a field naming it."""

    def engine(image: Any) -> tuple[list[Any], None]:
        box = [(10, 10), (300, 10), (300, 40), (10, 40)]
        return [(box, "法治政府建设年度报告", 0.61), (box, "正文", 0.99)], None

    monkeypatch.setattr(ocr, "_engine", lambda: engine)

    out = io.BytesIO()
    Image.new("RGB", (100, 140), "white").save(out, "PDF", resolution=20)
    _, fields = read_pdf(out.getvalue(), "blurred.pdf")
    assert ("ocr-low-confidence", "page 1: 0.67") in fields  # (10 × 0.61 + 2 × 0.99) / 12


@pytest.mark.parametrize("box", ["0 0 200 14400", "0 0 14400 20", "0 0 0.5 0.5"])
def test_a_page_that_is_no_page_is_reported_unread(box: str) -> None:
    """A strip metres long or a dot is not rendered for OCR; the field says it was unread."""
    pdf = (
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
        f"/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[{box}]>>endobj "
        "trailer<</Root 1 0 R>>\n%%EOF"
    ).encode()
    text, fields = read_pdf(pdf, "strip.pdf")
    assert text == ""
    assert ("ocr-low-confidence", "page 1: 0.00") in fields

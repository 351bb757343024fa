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
    text = scanned[0].replace("\u3000", "")  # the indents (see the tests below)
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


def _runs(lines: list[tuple[float, str]], lean: float = 0.8) -> list[ocr.Box]:
    """Recognised runs as a page shows them: 30-pixel characters, 60 pixels a line, each
    line ``lean`` pixels further right than the one above (a page turned a little)."""
    out: list[ocr.Box] = []
    for row, (indent, line) in enumerate(lines):
        x, y = 100 + 30 * indent + lean * row, 100 + 60 * row
        right = x + 30 * len(line)
        out.append(([(x, y), (right, y), (right, y + 32), (x, y + 32)], line, 0.99))
    return out


PARAGRAPHS = """青石县2025年度法治政府建设情况报告
一、主要举措和成效
（一）加强组织领导。县政府常务会议专题研究法治政府建设工作6次，印发年度工作要点，分解任务42项，明确责任单位和完成时限，对考核排名靠后的3个单位进行约谈。
（二）规范行政决策。编制并公布年度重大行政决策事项目录8项，开展专家论证和风险评估12次，审查政府合同156件，提出法律意见310条。
二、存在的不足和原因
对照新要求和群众新期待，法治政府建设仍存在以下问题：
一是部分单位重视不够，主要负责人履职还有差距，学法用法的自觉性不强。
二是基层执法力量较为薄弱，执法人员专业化水平有待提高。
三、下一步工作安排
（一）持续深化学习贯彻。全年开展专题学习不少于4次。
特此报告。
青石县人民政府
2026年1月20日
"""


def test_an_indented_line_opens_a_paragraph() -> None:
    """A paragraph's first line is set in by two characters and comes back so: a line that
    fills the measure and ends in ： is not joined to the 一是 on the next line."""
    (page,) = layout(PARAGRAPHS)
    assert any(len(line) == 26 and indent for indent, line in page)  # ends at the edge
    text = ocr.boxes_to_lines(_runs(page))
    assert "\n\u3000\u3000对照新要求和群众新期待，法治政府建设仍存在以下问题：\n" in text
    report, plain = fzbg.parse_report(text), fzbg.parse_report(PARAGRAPHS)
    assert [i.title for i in report.shortcomings] == [i.title for i in plain.shortcomings]
    assert len(plain.shortcomings) == 2


@pytest.mark.parametrize("lean", [0.0, 1.5, -1.5])
def test_indents_are_measured_from_the_margin(lean: float) -> None:
    """A page turned so that its lines drift 45 pixels (a character and a half) over the
    page sets in only the paragraphs' first lines, and the closing lines of a page, each
    a paragraph set in, are set in too."""
    opens = [row % 5 == 0 or row >= 22 for row in range(30)]
    lines = [(2.0, "法" * 10) if first else (0.0, "法" * 28) for first in opens]
    text = ocr.boxes_to_lines(_runs(lines, lean))
    assert [line.startswith("\u3000") for line in text.split("\n")] == opens


@pytest.mark.parametrize(
    ("read", "line"),
    [
        ("一3一", "— 3 —"),
        ("-12—", "— 12 —"),
        ("~7 ~", "— 7 —"),
        ("一一对应", "一一对应"),
        ("-3", "-3"),
    ],
)
def test_a_misread_page_number_is_written_as_printed(read: str, line: str) -> None:
    """The dashes of — 3 — read as 一, - or ~ are written back as dashes, so the page
    number is cut like any other; a line that only looks a little like one stays."""
    lines = [(0.0, "法" * 28), (0.0, "法" * 28), (13.0, read)]
    assert ocr.boxes_to_lines(_runs(lines)).split("\n")[-1].lstrip("\u3000") == line


@pytest.mark.parametrize(
    ("read", "line"),
    [
        ("—、主要举措和成效", "一、主要举措和成效"),
        ("-、主要举措和成效", "一、主要举措和成效"),
        ("（-）加强组织领导", "（一）加强组织领导"),
        ("(—)加强组织领导", "(一)加强组织领导"),
        ("（ ー ）加强组织领导", "（ 一 ）加强组织领导"),
        ("——在县人大常委会上", "——在县人大常委会上"),
        ("-某某县司法局", "-某某县司法局"),
        ("二、存在的不足", "二、存在的不足"),
    ],
)
def test_a_marker_whose_one_was_read_as_a_dash_is_written_as_printed(read: str, line: str) -> None:
    """一、 and （一） read as —、 and （-） are written back with 一, so the first section and
    the first item keep their markers; a dash that opens a line otherwise stays."""
    lines = [(0.0, "法" * 28), (0.0, read)]
    assert ocr.boxes_to_lines(_runs(lines)).split("\n")[-1] == line


def test_a_centred_title_and_a_signature_set_right_keep_their_meaning() -> None:
    """Lines set far in (a centred title, the signer and date on the right) open with many
    ideographic spaces; the title, the issuer and the date signed are read all the same."""
    (page,) = layout(PARAGRAPHS)
    page[0] = (5.0, page[0][1])
    page[-2:] = [(14.0, line) for _, line in page[-2:]]
    text = ocr.boxes_to_lines(_runs(page))
    first = text.split("\n")[0]
    assert first.startswith("\u3000" * 3)
    assert first.lstrip("\u3000") == page[0][1]
    report, plain = fzbg.parse_report(text), fzbg.parse_report(PARAGRAPHS)
    assert (report.title, report.issuer, report.signed) == (plain.title, plain.issuer, plain.signed)
    assert [s.kind for s in report.sections] == [s.kind for s in plain.sections]

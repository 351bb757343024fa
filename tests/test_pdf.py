"""PDF reports: the text layer read in reading order, page furniture cut as debris.

The PDFs are made here, from text written for the tests (and from the seeds, when
../shared is beside the project), printed as an office prints a report (GB/T 9704).
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

import fzbg
from fzbg.read.pdf import read_pdf

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

from _print import (
    FONT,
    HEIGHT,
    LEADING,
    LEFT,
    REPORT,
    RUNNING_HEAD,
    SIZE,
    TOP,
    WIDTH,
    acceptance_shape,
    drawable,
    layout,
    print_pdf,
)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def printed_lines(text: str, head: str | None = None, dash: str = "—") -> list[str]:
    """The lines a print of ``text`` shows, in reading order: what read_pdf must give."""
    lines: list[str] = []
    for number, page in enumerate(layout(text), start=1):
        if head and number > 1:
            lines.append(head)
        lines += [line for _, line in page]
        lines.append(f"{dash} {number} {dash}")
    return lines


@pytest.fixture(scope="module")
def report_pdf() -> bytes:
    return print_pdf(REPORT, running_head=RUNNING_HEAD)


def test_a_printed_report_reads_one_line_per_printed_line(report_pdf: bytes) -> None:
    """Every printed line comes out as a line, the page numbers and running heads too."""
    text, fields = read_pdf(report_pdf, "report.pdf")
    assert text.split("\n") == printed_lines(REPORT, RUNNING_HEAD)
    assert ("pages", str(len(layout(REPORT)))) in fields


def test_reading_order_does_not_depend_on_the_order_of_drawing() -> None:
    """Lines drawn bottom-up, the page number first, still read top-down."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    _, page_height = A4
    for number, lines in enumerate(layout(REPORT), start=1):
        canvas.setFont(FONT, 14)
        canvas.drawCentredString(
            LEFT + WIDTH / 2, page_height - TOP - HEIGHT - 7 * mm, f"- {number} -"
        )
        canvas.setFont(FONT, SIZE)
        for row, (indent, line) in reversed(list(enumerate(lines))):
            half = len(line) // 2 if len(line) >= 4 else 0  # two pieces, the right one first
            y = page_height - TOP - (row + 1) * LEADING
            x = LEFT + indent * SIZE + stringWidth(line[:half], FONT, SIZE)
            canvas.drawString(x, y, drawable(line[half:]))
            if half:
                canvas.drawString(LEFT + indent * SIZE, y, line[:half])
        canvas.showPage()
    canvas.save()
    text, _ = read_pdf(out.getvalue(), "drawn-backwards.pdf")
    assert text.split("\n") == printed_lines(REPORT, dash="-")


def test_the_parse_cuts_page_numbers_and_running_heads_as_debris(report_pdf: bytes) -> None:
    """The title, issuer, sections and signature survive; the furniture is debris."""
    text, _ = read_pdf(report_pdf, "report.pdf")
    report = fzbg.parse_report(text)
    plain = fzbg.parse_report(REPORT)
    assert report.title == plain.title == "青石县2025年度法治政府建设情况报告"
    assert (report.issuer, report.year, report.signed) == (plain.issuer, plain.year, plain.signed)
    assert [s.kind for s in report.sections] == [s.kind for s in plain.sections]
    assert [s.heading for s in report.sections] == [s.heading for s in plain.sections]
    kinds = [d.kind for d in report.debris]
    pages = len(layout(REPORT))
    assert kinds.count("page-number") == pages
    assert kinds.count("running-head") == pages - 1
    assert RUNNING_HEAD not in report.text
    assert "— 2 —" not in report.text


def test_a_running_head_that_names_the_issuer_leaves_the_signature() -> None:
    """The issuer's name over every page is cut; the same name signing the report stays."""
    text, _ = read_pdf(print_pdf(REPORT, running_head="青石县人民政府"), "report.pdf")
    report = fzbg.parse_report(text)
    assert report.text.rstrip().endswith("青石县人民政府\n2026年1月15日")
    assert [d.kind for d in report.debris].count("running-head") == len(layout(REPORT)) - 1


def test_a_damaged_file_says_so() -> None:
    """Bytes that are no PDF, or a PDF cut short, raise an error naming the file."""
    with pytest.raises(fzbg.UnsupportedFormatError, match=r"broken\.pdf: not a PDF, or a damaged"):
        read_pdf(b"%PDF-1.4\n%\xe2\xe3 garbage", "broken.pdf")


def test_a_page_that_does_not_load_says_so() -> None:
    """A page tree pointing at no page (found by the fuzz target) is a damaged PDF."""
    pdf = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
        b"/Count 1>>endobj 3 0 obj 5 endobj trailer<</Root 1 0 R>>\n%%EOF"
    )
    with pytest.raises(fzbg.UnsupportedFormatError, match=r"damaged one \(Failed to load page"):
        read_pdf(pdf, "tree.pdf")


def test_an_encrypted_file_says_so() -> None:
    """A PDF that needs a password is named as encrypted."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, encrypt="secret")
    canvas.setFont(FONT, SIZE)
    canvas.drawString(100, 700, "某县2025年法治政府建设年度报告")
    canvas.save()
    with pytest.raises(fzbg.UnsupportedFormatError, match=r"locked\.pdf: an encrypted"):
        read_pdf(out.getvalue(), "locked.pdf")


def image_only_pdf() -> bytes:
    from PIL import Image  # noqa: PLC0415

    out = io.BytesIO()
    Image.new("RGB", (400, 560), "white").save(out, "PDF", resolution=50)
    return out.getvalue()


def test_a_scan_without_ocr_names_the_file_and_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """No text layer and no OCR: NoTextLayerError says which file and what to install."""
    monkeypatch.setattr("fzbg.read.pdf.have_ocr", lambda: False)
    with pytest.raises(fzbg.NoTextLayerError, match=r"scan\.pdf: .*pip install 'fzbg\[ocr\]'"):
        read_pdf(image_only_pdf(), "scan.pdf")


def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pypdfium2, reading a PDF asks for fzbg[pdf]."""
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(fzbg.MissingExtraError, match=r"pip install 'fzbg\[pdf\]'"):
        read_pdf(b"%PDF-1.4", "a.pdf")


def test_the_readers_import_their_libraries_only_when_they_read() -> None:
    """Importing fzbg and every reader loads no PDF, OCR or OLE library (import stays fast)."""
    code = (
        "import sys, fzbg, fzbg.read.pdf, fzbg.read.ocr, fzbg.read.doc, fzbg.read.ofd\n"
        "fzbg.read.ocr.have_ocr()\n"
        "heavy = {'pypdfium2', 'rapidocr_onnxruntime', 'olefile', 'numpy', 'cv2'}\n"
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def seed_texts() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.mark.parametrize("path", seed_texts(), ids=lambda p: p.stem)
def test_a_seed_printed_as_pdf_keeps_what_wraps_do_not_change(path: Path) -> None:
    """Title, metadata and the opening of every section heading read as from the text.

    With a running head over every page but the first.  Hard wraps are joined by the
    layout-recovery stage, not by the reader; the acceptance test below compares all.
    """
    source = path.read_text(encoding="utf-8")
    text, _ = read_pdf(print_pdf(source, running_head="内部资料"), path.name)
    report, plain = fzbg.parse_report(text), fzbg.parse_report(source)
    # A title longer than a printed line is read up to the line's end until the wrap is
    # joined; a name broken over two lines keeps the break.
    assert (report.title is None) == (plain.title is None)
    assert plain.title is None or plain.title.startswith(report.title or "")
    assert (report.issuer or "").replace("\n", "") == (plain.issuer or "")
    assert (report.year, report.signed) == (plain.year, plain.signed)
    assert "内部资料" not in report.text
    for section in plain.sections:
        assert (section.heading or "")[:24] in report.text


_CHECKS = "，".join(f"第{n}批次检查企业{100 + 37 * n}家、发现问题{12 * n}个" for n in range(1, 10))
_ACROSS = f"""青石县2025年度法治政府建设情况报告
市人民政府：
{{lead}}现将青石县2025年度法治政府建设情况报告如下：
一、2025年推进法治政府建设的主要举措和成效
（一）强化执法监督，规范执法行为。全年分批次开展涉企行政执法专项检查，{_CHECKS}，均已整改到位。开展执法案卷评查，评查案卷200卷，执法规范化水平明显提高，群众对执法工作的满意度持续提升。
（二）深化普法宣传。落实“谁执法谁普法”责任制，举办法治讲座38场，覆盖群众2万余人次，发放宣传资料15000余份，群众法治意识明显增强，矛盾纠纷化解率达到98.5%，社会大局和谐稳定，法治环境持续优化，群众满意度持续提升。
（三）加强队伍建设。组织执法人员参加业务培训4期，培训860人次，新增持证执法人员56名，执法队伍专业化水平进一步提高，为严格规范公正文明执法提供了有力保障，全县执法工作质量和水平稳步提升。
（四）推进依法决策。全年审查重大行政决策事项12件、行政合同37份，法律顾问列席会议28次，合法性审查率达到100%，未发生因决策违法引发的行政诉讼案件，依法决策水平明显提高。
二、存在的不足和原因
一是基层执法力量较为薄弱；二是法治宣传的针对性还需增强；三是部分单位主要负责人履职还有差距。
三、2026年推进法治政府建设的主要安排
（一）着力提升执法质效。组织执法人员培训不少于3期，推进执法监督平台全覆盖，开展执法案卷评查不少于2次，进一步规范执法行为，提升执法水平和群众满意度。
（二）不断强化法治宣传。实施“八五”普法总结验收，打造法治文化阵地10个，推动普法宣传进社区、进企业、进学校、进农村，营造尊法学法守法用法的良好氛围。
（三）持续深化学习贯彻。把习近平法治思想纳入理论学习中心组学习重点内容，全年开展专题学习不少于4次，推动领导干部带头尊法学法守法用法，不断提高运用法治思维和法治方式的能力。
特此报告。
青石县人民政府
2026年1月15日
"""
"""An invented report whose first point is a page of figures (more characters a line)."""
# With a lead of this many phrases, the first page ends in the middle of a word (…专业化
# 水平进一 / 步提高; …培训4期，培 / 训860人次) and the second at the signature or 特此报告.
_LEADS = {"mid-word": 3, "mid-number-phrase": 5}


@pytest.mark.parametrize("lead", sorted(_LEADS))
@pytest.mark.parametrize("head", [None, RUNNING_HEAD], ids=["no-head", "head"])
def test_a_paragraph_broken_at_a_page_foot_reads_as_one_line(lead: str, head: str | None) -> None:
    """Every paragraph of a printed report comes back as one line, the furniture cut.

    Lines holding figures hold more characters than the others (a digit is printed half
    as wide), and a paragraph runs from one page onto the next under a page number.
    """
    source = _ACROSS.format(lead="坚持以习近平法治思想为指导，" * _LEADS[lead])
    pages = layout(source)
    assert len(pages) == 3  # the case under test: the first page ends in mid-sentence
    assert pages[0][-1][1][-1] not in "。；："
    text, _ = read_pdf(print_pdf(source, running_head=head), "report.pdf")
    report, plain = fzbg.parse_report(text), fzbg.parse_report(source)
    assert report.text.strip().split("\n") == [line for line in source.split("\n") if line]
    assert [(q.value, q.unit) for q in report.quantities] == [
        (q.value, q.unit) for q in plain.quantities
    ]
    kinds = [d.kind for d in report.debris]
    assert kinds.count("page-number") == 3
    assert kinds.count("running-head") == (2 if head else 0)


@pytest.mark.parametrize("path", seed_texts(), ids=lambda p: p.stem)
def test_acceptance_a_seed_as_pdf_parses_as_its_text(path: Path) -> None:
    """Issue 14's acceptance: metadata, sections, items and quantities as from the .txt."""
    source = path.read_text(encoding="utf-8")
    text, _ = read_pdf(print_pdf(source), path.name)
    assert acceptance_shape(fzbg.parse_report(text)) == acceptance_shape(fzbg.parse_report(source))

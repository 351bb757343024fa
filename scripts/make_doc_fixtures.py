"""Make the Word 97-2003 (.doc) fixtures of tests/fixtures/attachments, once.

The .doc files are made from .docx files built here with python-docx, converted by
LibreOffice (``soffice --headless --convert-to doc``), and committed: the tests do not
need LibreOffice.  The text is the invented report of tests/_print.py (no real report).

Run from the project root:  python scripts/make_doc_fixtures.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from _print import REPORT  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "attachments"


def report_docx(path: Path, *, with_extras: bool) -> None:
    """The invented report as Word writes one; with a header, a table and a field."""
    document = Document()
    lines = REPORT.strip().split("\n")
    if with_extras:
        document.sections[0].header.paragraphs[0].text = "青石县人民政府文件"
        document.sections[0].footer.paragraphs[0].text = "— 1 —"
    for n, line in enumerate(lines):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line)
        run.font.size = Pt(16)
        if with_extras and n == 5:  # a table of figures inside the measures
            table = document.add_table(rows=3, cols=3)
            for r, row in enumerate(
                (("项目", "数量", "单位"), ("审查合同", "156", "件"), ("培训", "860", "人次"))
            ):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        if with_extras and n == 1:  # a line broken by Shift+Enter, and English text
            paragraph.add_run().add_break()
            paragraph.add_run("(Rule of Law Report, plain ASCII)")
    document.save(str(path))


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("needs LibreOffice: apt-get install -y libreoffice-writer-nogui")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        report_docx(work / "report.docx", with_extras=False)
        report_docx(work / "report-table.docx", with_extras=True)
        subprocess.run(
            [
                soffice,
                "--headless",
                "--convert-to",
                "doc",
                "--outdir",
                str(OUT),
                str(work / "report.docx"),
                str(work / "report-table.docx"),
            ],
            check=True,
            capture_output=True,
        )
    for path in sorted(OUT.glob("*.doc")):
        print(path.relative_to(ROOT), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()

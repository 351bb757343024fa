"""Word 97–2003 (.doc) reports: the main text through the piece table.

The fixtures were made once by scripts/make_doc_fixtures.py (python-docx, then
LibreOffice) from the invented report of tests/_print.py.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.read.doc import read_doc

pytest.importorskip("olefile")

from _print import REPORT

FIXTURES = Path(__file__).parent / "fixtures" / "attachments"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_a_doc_reads_paragraph_by_paragraph() -> None:
    """The main text comes out exactly, one paragraph a line."""
    text, fields = read_doc(fixture("report.doc"), "report.doc")
    assert text == REPORT.strip()
    assert fields == ()


def test_tables_breaks_and_the_header() -> None:
    """A table reads one row a line, cells by tabs; a line break ends a line; no header."""
    text, _ = read_doc(fixture("report-table.doc"), "report-table.doc")
    lines = text.split("\n")
    assert lines[7:10] == ["项目\t数量\t单位", "审查合同\t156\t件", "培训\t860\t人次"]
    assert lines[1:3] == ["市人民政府：", "(Rule of Law Report, plain ASCII)"]
    assert "青石县人民政府文件" not in text


def test_a_doc_parses_as_its_text() -> None:
    """Metadata, sections, items and quantities are those of the plain text."""
    text, _ = read_doc(fixture("report.doc"), "report.doc")
    report, plain = fzbg.parse_report(text), fzbg.parse_report(REPORT.strip())
    assert fzbg.to_dict(report) == fzbg.to_dict(plain)


def damaged(data: bytes, old: bytes, new: bytes) -> bytes:
    assert old in data
    return data.replace(old, new, 1)


def encrypted(data: bytes) -> bytes:
    """The fixture with its FIB's fEncrypted flag set."""
    for at in range(0, len(data), 512):
        if data[at : at + 2] == b"\xec\xa5":
            flags = data[at + 10] | 0x01  # bit 8 of the little-endian word at 10
            return data[: at + 11] + bytes([flags]) + data[at + 12 :]
    raise AssertionError("no FIB")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 a zip, not a doc", "not a Word 97-2003 document"),
        (fixture("report.doc")[:3000], "damaged"),
        (
            damaged(
                fixture("report.doc"),
                "WordDocument".encode("utf-16-le"),
                "XordDocument".encode("utf-16-le"),
            ),
            "no WordDocument stream",
        ),
        (encrypted(fixture("report.doc")), "encrypted"),
    ],
    ids=["zip", "truncated", "no-word-stream", "encrypted"],
)
def test_a_file_that_cannot_be_read_says_why(data: bytes, message: str) -> None:
    """Not a .doc, cut short, without its text, or locked: an error that says so."""
    with pytest.raises(fzbg.UnsupportedFormatError, match=message):
        read_doc(data, "x.doc")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_bytes_raise_only_fzbg_errors(data: st.DataObject) -> None:
    """Whatever bytes of a .doc are changed, the reader returns text or a FzbgError."""
    raw = bytearray(fixture("report-table.doc"))
    for _ in range(data.draw(st.integers(1, 20))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    try:
        text, _ = read_doc(bytes(raw), "fuzzed.doc")
    except fzbg.FzbgError:
        return
    assert isinstance(text, str)


def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without olefile, reading a .doc asks for fzbg[doc]."""
    monkeypatch.setitem(sys.modules, "olefile", None)
    with pytest.raises(fzbg.MissingExtraError, match=r"pip install 'fzbg\[doc\]'"):
        read_doc(fixture("report.doc"), "report.doc")


SOFFICE = shutil.which("soffice")


@pytest.fixture(scope="module")
def seed_docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Every seed as a .doc: written as .docx, converted by LibreOffice in one run."""
    docx = pytest.importorskip("docx")
    work = tmp_path_factory.mktemp("seed-docs")
    paths = []
    for seed in sorted(SEEDS.glob("*.txt")):
        document = docx.Document()
        for line in seed.read_text(encoding="utf-8").split("\n"):
            document.add_paragraph(line)
        document.save(str(work / f"{seed.stem}.docx"))
        paths.append(str(work / f"{seed.stem}.docx"))
    command = [str(SOFFICE), "--headless", "--convert-to", "doc", "--outdir", str(work)]
    subprocess.run([*command, *paths], check=True, capture_output=True, timeout=300)
    return {p.stem: p.read_bytes() for p in work.glob("*.doc")}


@pytest.mark.skipif(SOFFICE is None or not SEEDS.is_dir(), reason="needs LibreOffice and seeds")
@pytest.mark.parametrize(
    "seed", sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [], ids=lambda p: p.stem
)
def test_acceptance_a_seed_as_doc_parses_as_its_text(
    seed: Path, seed_docs: dict[str, bytes]
) -> None:
    """Issue 14's acceptance: every seed as .doc parses exactly as its .txt."""
    text, _ = read_doc(seed_docs[seed.stem], seed.name)
    plain = seed.read_text(encoding="utf-8").rstrip()  # a .doc ends in no line break
    assert fzbg.to_dict(fzbg.parse_report(text)) == fzbg.to_dict(fzbg.parse_report(plain))

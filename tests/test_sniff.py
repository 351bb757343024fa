"""Formats are known by their first bytes, whatever the suffix says; empty input is an error."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from _texts import TEXT
from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.errors import DecodeError, MissingExtraError, UnsupportedFormatError
from fzbg.read.sniff import sniff
from fzbg.read.sources import load_source

ATTACHMENTS = Path(__file__).parent / "fixtures" / "attachments"


def _zip(*names: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return out.getvalue()


def _docx(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
    "<div id='zoom'><p>一、主要举措和成效</p><p>（一）加强组织领导。</p></div></body></html>"
)


@pytest.mark.parametrize(
    ("data", "suffix"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", ".pdf"),
        (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504), ".doc"),
        (_zip("[Content_Types].xml", "word/document.xml"), ".docx"),
        (_zip("OFD.xml", "Doc_0/Document.xml"), ".ofd"),
        (_zip("content.xml"), None),  # a ZIP of something else
        (b"PK\x03\x04 not a zip", None),
        (b"\xef\xbb\xbf\r\n  <!doctype HTML>\n<html>", ".html"),
        (b"<HTML lang=zh>", ".html"),
        (b"\n<head><title>x</title>", ".html"),
        (b"<!-- saved -->\n<meta http-equiv='Content-Type'>", ".html"),
        (b"<!-- saved from url=(0041)http://x.gov.cn/ -->\r\n<!DOCTYPE html PUBLIC>", ".html"),
        (
            b"<?xml version='1.0' encoding='utf-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>",
            ".html",
        ),
        ("一、主要举措和成效\n<html>".encode(), None),  # a tag inside text is text
        (b"<p>only a paragraph</p>", None),
        ("一、主要举措".encode("gb18030"), None),
        (b"", None),
    ],
)
def test_leading_bytes_name_the_reader(data: bytes, suffix: str | None) -> None:
    """Each format's signature names its READERS row; text and unknown bytes name none."""
    assert sniff(data) == suffix


def test_a_pdf_renamed_txt_is_read_as_a_pdf(tmp_path: Path) -> None:
    """A PDF saved as .txt is read by the PDF reader, and the Source says so."""
    pytest.importorskip("pypdfium2")
    pytest.importorskip("reportlab")
    from _print import REPORT, print_pdf  # noqa: PLC0415 - needs reportlab

    data = print_pdf(REPORT)
    (tmp_path / "report.pdf").write_bytes(data)
    (tmp_path / "report.txt").write_bytes(data)
    source = load_source(tmp_path / "report.txt")
    assert source.format == "pdf"
    assert "%PDF" not in source.text
    assert source.text == load_source(tmp_path / "report.pdf").text
    assert dict(source.fields)["read-as"].startswith("pdf: its content is a PDF")
    as_bytes = fzbg.parse_report(data)
    assert as_bytes == fzbg.parse_report(tmp_path / "report.pdf")
    assert as_bytes.sections


def test_a_damaged_pdf_renamed_txt_is_never_parsed_as_text(tmp_path: Path) -> None:
    """PDF syntax under .txt is a PDF that cannot be read, not a report to cut chrome from."""
    pytest.importorskip("pypdfium2")
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    with pytest.raises(UnsupportedFormatError, match=r"report\.txt: not a PDF, or a damaged"):
        fzbg.parse_report(path)
    with pytest.raises(UnsupportedFormatError, match=r"<bytes>: not a PDF"):
        fzbg.parse_report(path.read_bytes())


def test_a_pdf_renamed_txt_without_the_extra_says_it_is_a_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without pypdfium2, the error says the file is a PDF and which extra reads it."""
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(MissingExtraError, match=r"report\.txt is a PDF: .*fzbg\[pdf\]"):
        load_source(path)
    with pytest.raises(MissingExtraError, match=r"<bytes> is a PDF: .*fzbg\[pdf\]"):
        fzbg.parse_report(b"%PDF-1.7\n")


@pytest.mark.parametrize("suffix", [".txt", ".doc", ".html", ".pdf"])
def test_a_docx_under_another_suffix_is_read_as_a_docx(tmp_path: Path, suffix: str) -> None:
    """A .docx's ZIP is read as Word whatever the file is called."""
    data = _docx(TEXT)
    path = tmp_path / f"report{suffix}"
    path.write_bytes(data)
    source = load_source(path)
    assert source.format == "docx"
    assert source.text.split() == TEXT.split()
    assert fzbg.parse_report(data) == fzbg.parse_report(path)


def test_a_doc_renamed_docx_is_read_as_a_doc(tmp_path: Path) -> None:
    """An OLE2 Word 97–2003 file saved as .docx or .txt is read by the .doc reader."""
    pytest.importorskip("olefile")
    data = (ATTACHMENTS / "report.doc").read_bytes()
    expected = load_source(ATTACHMENTS / "report.doc").text
    for name in ("report.docx", "report.txt"):
        (tmp_path / name).write_bytes(data)
        source = load_source(tmp_path / name)
        assert (source.format, source.text) == ("doc", expected)


def test_an_ofd_renamed_docx_is_read_as_an_ofd(tmp_path: Path) -> None:
    """A ZIP holding OFD.xml is an OFD, whatever its suffix."""
    from _ofd import write_ofd  # noqa: PLC0415
    from _print import REPORT  # noqa: PLC0415

    data = write_ofd(REPORT)
    (tmp_path / "report.ofd").write_bytes(data)
    (tmp_path / "report.docx").write_bytes(data)
    source = load_source(tmp_path / "report.docx")
    assert source.format == "ofd"
    assert source.text == load_source(tmp_path / "report.ofd").text


@pytest.mark.parametrize("suffix", [".txt", ".doc", ".docx"])
def test_a_web_page_under_another_suffix_is_read_as_a_page(tmp_path: Path, suffix: str) -> None:
    """Sites serve pages as .doc; a page saved as .txt is a page: its tags are not text."""
    path = tmp_path / f"report{suffix}"
    path.write_bytes(_PAGE.encode())
    source = load_source(path)
    assert source.format == "html"
    assert source.text == "一、主要举措和成效\n（一）加强组织领导。\n"
    assert "whatever its suffix" in dict(source.fields)["read-as"]
    assert load_source(_PAGE.encode()).text == source.text  # bytes too


def test_a_matching_suffix_adds_no_field(tmp_path: Path) -> None:
    """When suffix and content agree, nothing is said; a .mht page stays a web archive."""
    for name in ("report.html", "report.mht"):
        path = tmp_path / name
        path.write_bytes(_PAGE.encode())
        assert load_source(path).fields == ()


@pytest.mark.parametrize("empty", [b"", bytearray(), memoryview(b"")])
def test_empty_bytes_are_an_error(empty: bytes) -> None:
    """No bytes, no report: a DecodeError saying the input is empty."""
    with pytest.raises(DecodeError, match=r"^<bytes>: the input is empty"):
        fzbg.parse_report(empty)


@pytest.mark.parametrize("name", ["空.txt", "空.html", "空.docx", "空.pdf", "空.ofd"])
def test_an_empty_file_is_an_error_whatever_its_suffix(tmp_path: Path, name: str) -> None:
    """An empty file is empty, not a damaged .docx or PDF."""
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(DecodeError, match=r"空\.\w+: the file is empty: there is no report in it"):
        load_source(path)


def test_an_empty_str_is_still_text() -> None:
    """A str is never an error, not even an empty one."""
    assert fzbg.parse_report("").text == ""


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=200))
def test_pdf_bytes_never_parse_as_text(tail: bytes) -> None:
    """Whatever follows %PDF-, the bytes are a PDF: read as one, or an error naming it."""
    pytest.importorskip("pypdfium2")
    with pytest.raises(UnsupportedFormatError, match="PDF"):
        fzbg.parse_report(b"%PDF-" + tail)

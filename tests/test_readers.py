"""The readers table, the fields a reader hands on beside the text, and one chrome table.

Pages and texts are invented in the style of government sites; none is copied.
"""

from __future__ import annotations

import ast
import datetime
import importlib.util
import sys
from pathlib import Path

import pytest

import fzbg
from fzbg.errors import MissingExtraError
from fzbg.genre import chrome
from fzbg.page.strip import strip_page
from fzbg.read import sources
from fzbg.read.html import html_to_text, read_html
from fzbg.read.sources import READERS, Reader, load_source
from fzbg.text.normalize import normalize

needs_html = pytest.mark.skipif(
    importlib.util.find_spec("selectolax") is None, reason="fzbg[html] is not installed"
)

TITLE = "白沙镇2025年法治政府建设年度报告"
LINES = [
    "2025年，白沙镇坚持依法行政，扎实推进法治政府建设。现将有关情况报告如下。",
    "一、主要举措和成效",
    "（一）健全决策机制。全年审核重大行政决策事项6件。",
    "二、存在的不足",
    "（一）法治宣传形式单一。",
    "三、2026年工作安排",
    "（一）深化法治宣传。",
]


def page(article: str, *, head: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
        f"<h1>{TITLE}</h1><div class='zw'>{article}</div></body></html>"
    )


def paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


DATED = (
    '<meta name="PubDate" content="2026-02-03 10:00"><meta name="ContentSource" content="白沙鎮">'
)


# --- fields travel as data -----------------------------------------------------------------


@needs_html
def test_a_pages_date_and_source_are_fields_not_a_line_of_text(tmp_path: Path) -> None:
    """The reader hands on the page's date and source as fields; the text holds neither."""
    path = tmp_path / "报告.html"
    path.write_text(page(paragraphs(LINES), head=DATED), encoding="utf-8")
    source = load_source(path)
    assert source.fields == (("发布时间", "2026-02-03"), ("来源", "白沙鎮"))
    assert source.text.splitlines() == [TITLE, *LINES]
    assert (source.format, source.encoding) == ("html", "utf-8")


@needs_html
def test_html_to_text_still_writes_the_fields_under_the_title() -> None:
    """The text view of a page shows its fields as the page does, under the title."""
    text, _ = html_to_text(page(paragraphs(LINES), head=DATED))
    assert text.splitlines()[:2] == [TITLE, "发布时间：2026-02-03　来源：白沙鎮"]


@needs_html
def test_the_reports_date_and_issuer_come_from_the_readers_fields(tmp_path: Path) -> None:
    """A page's date is the report's ``published``; its folded source stands in for an issuer."""
    path = tmp_path / "报告.html"
    unnamed = ["一、主要举措和成效", "（一）健全决策机制。", "二、存在的不足", "（一）宣传不够。"]
    path.write_text(page(paragraphs(unnamed), head=DATED), encoding="utf-8")
    report = fzbg.parse_report(path)
    assert report.published == datetime.date(2026, 2, 3)
    assert report.issuer == "白沙镇"  # folded to simplified, as the page's own fields are
    assert not any(d.kind == "page-metadata" for d in report.debris)  # nothing was cut


@needs_html
def test_the_readers_fields_come_before_the_labelled_fields_of_the_text(tmp_path: Path) -> None:
    """A date the page states in its <meta> wins over a 发布时间 line inside the article."""
    path = tmp_path / "报告.html"
    lines = ["发布时间：2025-12-30", *LINES]
    path.write_text(page(paragraphs(lines), head=DATED), encoding="utf-8")
    assert fzbg.parse_report(path).published == datetime.date(2026, 2, 3)
    path.write_text(page(paragraphs(lines)), encoding="utf-8")
    assert fzbg.parse_report(path).published == datetime.date(2025, 12, 30)


def test_a_str_and_bytes_have_no_fields() -> None:
    """Only a reader that finds fields outside the text gives any."""
    assert load_source(TITLE).fields == ()
    assert load_source(TITLE.encode("gb18030")).fields == ()


# --- the readers table ---------------------------------------------------------------------


def test_every_reader_row_loads_a_function_of_bytes_and_a_name() -> None:
    """Each row names a module and a function that exist."""
    for suffix, reader in READERS.items():
        assert suffix == suffix.lower()
        assert callable(reader.load()), suffix


def test_a_reader_whose_extra_is_missing_says_which_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row's module that cannot import its extra raises MissingExtraError naming the extra."""
    (tmp_path / "fzbg_test_pdf_reader.py").write_text(
        "import fzbg_no_such_pdf_library\n\ndef read_pdf(data, name):\n    raise AssertionError\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    row = Reader(
        "pdf", "fzbg_test_pdf_reader:read_pdf", extra="pdf", needs="fzbg_no_such_pdf_library"
    )
    monkeypatch.setitem(READERS, ".pdf", row)
    path = tmp_path / "报告.pdf"
    path.write_bytes(b"%PDF-1.7")
    with pytest.raises(MissingExtraError, match=r"pip install 'fzbg\[pdf\]'"):
        load_source(path)
    sys.modules.pop("fzbg_test_pdf_reader", None)


def test_a_new_reader_is_one_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A row for a new suffix is all it takes: its reader's Source comes back, named."""
    (tmp_path / "fzbg_test_upper_reader.py").write_text(
        "from fzbg import Source\n\n"
        "def read(data, name):\n"
        "    return Source(data.decode().upper(), name, fields=(('来源', 'x'),))\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(READERS, ".up", Reader("upper", "fzbg_test_upper_reader:read"))
    path = tmp_path / "a.up"
    path.write_bytes(b"abc")
    source = load_source(path)
    assert (source.text, source.format, source.name, source.fields) == (
        "ABC",
        "upper",
        str(path),
        (("来源", "x"),),
    )
    sys.modules.pop("fzbg_test_upper_reader", None)


def test_decoding_imports_no_reader() -> None:
    """The decoder is below every reader: it imports none of them."""
    tree = ast.parse(Path(sources.__file__).with_name("decode.py").read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert not {m for m in imported if m.startswith("fzbg.read")}


# --- one chrome table ----------------------------------------------------------------------

_FOOTERS = [
    *(f"{word} 2026 白沙镇人民政府" for word in chrome.FOOTER_WORDS),
    *(f"{label}单位：白沙镇人民政府办公室" for label in chrome.FOOTER_LABELS),
    *(f"{label}：白沙镇人民政府办公室" for label in chrome.FOOTER_LABELS),
]


@pytest.mark.parametrize("line", _FOOTERS)
def test_a_footer_line_is_chrome_in_a_text(line: str) -> None:
    """Every footer word or label of the one table cuts its line from a text."""
    text = normalize(f"{TITLE}\n" + "\n".join(LINES) + f"\n{line}\n")
    assert line not in strip_page(text).text


@needs_html
@pytest.mark.parametrize("line", _FOOTERS)
def test_the_same_footer_line_is_chrome_in_a_web_page(line: str) -> None:
    """…and the same line is left out of a web page's article."""
    source = read_html(page(paragraphs([*LINES, line])), "报告.html")
    assert source.text.splitlines() == [TITLE, *LINES]


@needs_html
@pytest.mark.parametrize("label", chrome.EDITOR_LABELS)
def test_an_editors_line_is_chrome_in_both(label: str) -> None:
    """（责任编辑：…） under an article: cut from a text, left out of a page."""
    line = f"（{label}：李明）"
    source = read_html(page(paragraphs([*LINES, line])), "报告.html")
    assert source.text.splitlines() == [TITLE, *LINES]
    text = normalize(f"{TITLE}\n" + "\n".join(LINES) + f"\n{label}：李明\n")
    assert "李明" not in strip_page(text).text

"""Sources: bytes in every encoding, text files, web pages and Word files become the report."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

import docx
import pytest
from _pages import CHROME, PAGES, page_bytes
from _texts import BODY, TEXT, TITLE, TRADITIONAL, TRADITIONAL_BIG5, outline
from docx.oxml import parse_xml
from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.errors import (
    DecodeError,
    FzbgError,
    MissingExtraError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from fzbg.read.docx import docx_to_text, format_number
from fzbg.read.html import html_to_text
from fzbg.read.sources import Source, decode_bytes, load_source, read_source

SIMPLIFIED_OUTLINE = outline(fzbg.parse_report(TEXT))

# --- bytes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16-le"),  # with its mark, little-endian here
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # no mark: charset-normalizer tells
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-32"), "utf-32-le"),
    ],
)
def test_bytes_are_decoded_in_any_supported_encoding(data: bytes, encoding: str) -> None:
    """Each encoding of the report decodes to the report, and is named."""
    assert decode_bytes(data) == (TEXT, encoding)


def test_big5_bytes_decode_to_the_traditional_text() -> None:
    """A Big5 repost decodes as Big5, not as GB18030 that happens to fit."""
    text, encoding = decode_bytes(TRADITIONAL_BIG5.encode("big5"))
    assert (text, encoding) == (TRADITIONAL_BIG5, "big5hkscs")


@pytest.mark.parametrize("text", ["法治", "一、主要举措", "（一）加强组织领导。"])
def test_short_gb_bytes_are_taken_as_gb18030(text: str) -> None:
    """Too short for a detector: GB18030, the common case, is taken."""
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        (TEXT.encode("gb18030"), "gb2312", (TEXT, "gb18030")),
        (TEXT.encode("gb18030"), "GBK", (TEXT, "gb18030")),
        (TRADITIONAL_BIG5.encode("big5"), "big5", (TRADITIONAL_BIG5, "big5hkscs")),
        (TEXT.encode("utf-8"), "gb2312", (TEXT, "utf-8")),  # re-saved as UTF-8
        (TEXT.encode("utf-8"), "no-such-codec", (TEXT, "utf-8")),
        (TEXT.encode("gb18030"), "iso-8859-1", (TEXT, "gb18030")),  # not believed
    ],
)
def test_a_declared_encoding_is_believed_where_it_can_be(
    data: bytes, declared: str, expected: tuple[str, str]
) -> None:
    """A declared Chinese encoding decides after UTF-8; a Western one is not believed."""
    assert decode_bytes(data, declared=declared) == expected


@pytest.mark.parametrize(
    "data",
    [
        b"\xff" * 9,  # odd length: not UTF-16; 0xFF is never in GB18030 or Big5
        codecs.BOM_UTF8 + "一、".encode() + b"\xff\xfe\xfa",  # the mark says UTF-8; it is not
        bytes(range(0x80, 0x100)) * 3 + b"\x80",
    ],
)
def test_undecodable_bytes_raise_decode_error(data: bytes) -> None:
    """Bytes nothing decodes raise DecodeError saying what was tried and where."""
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data, name="报告.txt")
    error = caught.value
    assert isinstance(error, FzbgError)
    assert not isinstance(error, UnicodeDecodeError)
    message = str(error)
    assert message.startswith("报告.txt: ")
    assert "tried" in message
    assert "at byte" in message
    assert error.tried
    assert error.offset is not None
    assert 0 <= error.offset <= len(data)


def test_decode_error_names_the_byte_after_a_mark() -> None:
    """The offset counts from the start of the input, mark included."""
    data = codecs.BOM_UTF8 + b"ab\xff"
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data)
    assert caught.value.offset == 5
    assert "utf-8 (by its byte-order mark)" in str(caught.value)


def test_parse_report_never_leaks_unicode_decode_error() -> None:
    """Undecodable bytes given to parse_report raise DecodeError, a FzbgError."""
    with pytest.raises(DecodeError, match=r"^<bytes>: not text"):
        fzbg.parse_report(b"\xff\xff\xff")


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview])
def test_bytes_like_sources_are_read(wrap: type) -> None:
    """bytes, bytearray and memoryview are all bytes."""
    assert read_source(wrap(TEXT.encode("gb18030"))) == TEXT


def test_str_is_the_text_itself_never_a_path(tmp_path: Path) -> None:
    """A str that happens to name a file is still the report's text."""
    path = tmp_path / "report.txt"
    path.write_text("不是这个", encoding="utf-8")
    assert load_source(str(path)) == Source(text=str(path), name="<text>")


def test_other_types_are_a_type_error() -> None:
    """Anything else is a programming error, not an unreadable report."""
    with pytest.raises(TypeError, match=r"str, bytes or os\.PathLike"):
        load_source(42)  # type: ignore[arg-type]


# --- files -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "encoding"),
    [(".txt", "utf-8"), (".txt", "gb18030"), (".TXT", "utf-16"), (".text", "utf-8-sig")],
)
def test_text_files_are_read_in_any_encoding(tmp_path: Path, suffix: str, encoding: str) -> None:
    """A .txt file in any supported encoding reads as its text, whatever the case."""
    path = tmp_path / f"报告{suffix}"
    path.write_bytes(TEXT.encode(encoding))
    source = load_source(path)
    assert source.text == TEXT
    assert source.name == str(path)
    assert source.format == "text"


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    """A path that does not exist raises SourceNotFoundError naming it."""
    path = tmp_path / "没有这个报告.txt"
    with pytest.raises(SourceNotFoundError, match=r"没有这个报告\.txt: does not exist"):
        load_source(path)


def test_a_directory_is_not_a_file(tmp_path: Path) -> None:
    """A directory with a readable suffix is not a source."""
    path = tmp_path / "reports.txt"
    path.mkdir()
    with pytest.raises(SourceNotFoundError, match="is a directory"):
        load_source(path)


@pytest.mark.parametrize("name", ["报告.xls", "报告.rtf", "报告", "报告.wps"])
def test_unknown_suffixes_are_unsupported(tmp_path: Path, name: str) -> None:
    """A suffix fzbg does not read raises UnsupportedFormatError listing what it reads."""
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7")
    with pytest.raises(UnsupportedFormatError, match=r"fzbg reads .*\.docx.*\.txt"):
        load_source(path)


@pytest.mark.parametrize(("name", "what"), [("报告.pdf", "PDF"), ("报告.doc", r"\.doc")])
def test_a_damaged_attachment_is_unsupported_and_says_so(
    tmp_path: Path, name: str, what: str
) -> None:
    """A .pdf or .doc that is no such file raises UnsupportedFormatError naming the format."""
    pytest.importorskip("pypdfium2")
    pytest.importorskip("olefile")
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7")
    with pytest.raises(UnsupportedFormatError, match=what):
        load_source(path)


def test_an_undecodable_file_names_its_path(tmp_path: Path) -> None:
    """The DecodeError of a file starts with the file's path."""
    path = tmp_path / "坏的.txt"
    path.write_bytes(b"\xff\xfe\xfd" * 3)
    with pytest.raises(DecodeError, match=r"^.*坏的\.txt: "):
        load_source(path)


# --- web pages ---------------------------------------------------------------------------


@pytest.mark.parametrize("style", sorted(PAGES))
def test_pages_give_title_date_and_article_only(style: str) -> None:
    """Every page style gives the title, the date line and the report, no site chrome."""
    text, _ = html_to_text(page_bytes(style, TITLE, "2026-01-21", "松溪镇人民政府", BODY))
    lines = text.splitlines()
    assert lines[0] == TITLE
    assert lines[1].startswith("发布时间：2026-01-21")
    assert lines[2:] == BODY
    assert not [chrome for chrome in CHROME if chrome in text]


@pytest.mark.parametrize("style", sorted(PAGES))
def test_pages_parse_like_the_plain_text(tmp_path: Path, style: str) -> None:
    """A saved page parses to the same outline as the report's plain text, and its date."""
    path = tmp_path / "report.html"
    path.write_bytes(page_bytes(style, TITLE, "2026-01-21", "松溪镇人民政府", BODY))
    report = fzbg.parse_report(path)
    assert outline(report) == SIMPLIFIED_OUTLINE
    assert report.title == TITLE
    assert str(report.published) == "2026-01-21"


def test_a_gbk_page_is_decoded_by_its_declaration(tmp_path: Path) -> None:
    """A page that declares gb2312 is decoded as GB18030 and its chrome dropped."""
    path = tmp_path / "report.htm"
    path.write_bytes(page_bytes("table-gb2312", TITLE, "2026-01-21", "松溪镇人民政府", BODY))
    source = load_source(path)
    assert (source.encoding, source.format) == ("gb18030", "html")
    assert "浏览次数" not in source.text
    assert "ICP备" not in source.text


def test_a_big5_page_of_the_repost_parses_like_the_simplified_text() -> None:
    """A Big5 page of the traditional repost has the simplified outline."""
    lines = TRADITIONAL_BIG5.splitlines()
    page = PAGES["trs"](lines[0], "2026-01-21", "松溪鎮人民政府", lines[1:])
    data = page.replace("charset=utf-8", "charset=big5").encode("big5", "xmlcharrefreplace")
    text, encoding = html_to_text(data)
    assert encoding == "big5hkscs"
    assert outline(fzbg.parse_report(text)) == SIMPLIFIED_OUTLINE


def test_a_page_with_no_article_gives_what_text_it_has() -> None:
    """An empty or odd page gives little text, never an error."""
    assert html_to_text("") == ("", None)
    assert html_to_text("<p>只有一段</p>")[0] == "只有一段\n"
    assert html_to_text("<html><body><nav><a>首页</a></nav></body></html>")[0] == ""


def test_deeply_nested_markup_does_not_recurse() -> None:
    """Ten thousand nested elements are walked without running out of stack."""
    page = "<div>" * 10_000 + "一、主要举措和成效" + "</div>" * 10_000
    assert "一、主要举措和成效" in html_to_text(page)[0]


_MARKUP = st.sampled_from(
    ["<p>", "</p>", "<div class='TRS_Editor'>", "</div>", "<br>", "<a href=x>", "</a>",
     "<table><tr><td>", "</td></tr></table>", "<script>", "</script>", "<!--", "-->",
     "<meta charset=gbk>", "&nbsp;", "&#12288;", "一、", "（一）", "发布时间：2024-01-01",
     "来源：", "分享到：", "<h1>", "</h1>", "<", ">", "\n"]
)  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.lists(_MARKUP | st.text(max_size=5)).map("".join))
def test_any_markup_gives_text_without_raising(page: str) -> None:
    """Whatever the markup, the extractor returns text; it never raises."""
    text, encoding = html_to_text(page)
    assert isinstance(text, str)
    assert encoding is None


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_page_bytes_give_text_or_decode_error(data: bytes) -> None:
    """Page bytes give text, or a DecodeError when no encoding reads them."""
    try:
        text, _ = html_to_text(data)
    except DecodeError:
        return
    assert isinstance(text, str)


# --- Word documents ----------------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_GENRE_LEVELS = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]


def add_list(
    document: docx.document.Document,
    list_id: int,
    levels: list[tuple[str, str]],
    *,
    instances: tuple[int, ...] | None = None,
    restart: dict[int, int] | None = None,
) -> None:
    """Define list ``list_id`` (abstractNum) and its instances (num) in ``document``."""
    xml = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    root = document.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum {_W} w:abstractNumId="{list_id}">{xml}</w:abstractNum>')
    first_num = root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is None:
        root.append(abstract)
    else:
        first_num.addprevious(abstract)
    for num_id in instances or (list_id,):
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for lvl, start in (restart or {}).items()
            if num_id != list_id
        )
        root.append(
            parse_xml(
                f'<w:num {_W} w:numId="{num_id}"><w:abstractNumId w:val="{list_id}"/>'
                f"{overrides}</w:num>"
            )
        )


def numbered(document: docx.document.Document, text: str, num_id: int, level: int) -> None:
    """Add a paragraph numbered automatically: its marker is not in its text."""
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


_MARKER_LEVELS = (
    ("一、", 0),
    ("二、", 0),
    ("三、", 0),
    ("四、", 0),
    ("（", 1),
    ("1.", 2),
    ("2.", 2),
)


def report_as_docx(path: Path) -> None:
    """Write the test report as Word would, its 一、/（一）/1. markers automatic."""
    document = docx.Document()
    add_list(document, 90, _GENRE_LEVELS)
    document.add_paragraph(TITLE)
    for line in BODY:
        for marker, level in _MARKER_LEVELS:
            if line.startswith(marker):
                cut = line.index("）") + 1 if marker == "（" else len(marker)
                numbered(document, line[cut:], 90, level)
                break
        else:
            document.add_paragraph(line)
    document.save(str(path))


def test_docx_automatic_numbering_is_rebuilt(tmp_path: Path) -> None:
    """一、/（一）/1. markers that Word keeps out of the text come back in front of it."""
    path = tmp_path / "report.docx"
    report_as_docx(path)
    assert docx_to_text(path) == TEXT


def test_docx_parses_like_the_plain_text(tmp_path: Path) -> None:
    """A Word report with automatic numbering has the plain text's outline."""
    path = tmp_path / "report.docx"
    report_as_docx(path)
    source = load_source(path)
    assert source.format == "docx"
    assert outline(fzbg.parse_report(path)) == SIMPLIFIED_OUTLINE


def test_docx_numbering_from_a_paragraph_style(tmp_path: Path) -> None:
    """A heading style that carries the numbering numbers its paragraphs."""
    document = docx.Document()
    add_list(document, 91, [("chineseCounting", "%1、")])
    style = document.styles["Heading 1"]
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>')
    )
    document.add_paragraph("主要举措和成效", style="Heading 1")
    document.add_paragraph("正文。")
    document.add_paragraph("存在的不足和原因", style="Heading 1")
    path = tmp_path / "styled.docx"
    document.save(str(path))
    assert docx_to_text(path) == "一、主要举措和成效\n正文。\n二、存在的不足和原因\n"


def test_docx_instances_share_counts_unless_restarted(tmp_path: Path) -> None:
    """Two instances of one list count on; an instance with a start override restarts."""
    document = docx.Document()
    add_list(document, 92, [("chineseCounting", "（%1）")], instances=(92, 93, 94), restart={0: 1})
    numbered(document, "甲", 92, 0)
    numbered(document, "乙", 92, 0)
    numbered(document, "丙", 93, 0)  # restarts: 93 overrides the start
    numbered(document, "丁", 93, 0)
    path = tmp_path / "lists.docx"
    document.save(str(path))
    assert docx_to_text(path) == "（一）甲\n（二）乙\n（一）丙\n（二）丁\n"


def test_docx_bullets_and_tables(tmp_path: Path) -> None:
    """Bullets are not numbers; a table comes out one row a line."""
    document = docx.Document()
    add_list(document, 95, [("bullet", "\uf0b7")])
    numbered(document, "要点", 95, 0)
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "项目", (0, 1): "数量", (1, 0): "培训", (1, 1): "3期"}.items():
        table.cell(r, c).text = text
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert docx_to_text(path) == "要点\n项目\t数量\n培训\t3期\n"


def test_a_file_that_is_not_docx_is_unsupported(tmp_path: Path) -> None:
    """Bytes that are no .docx are not read as Word 2007+; a .doc renamed .docx is read as
    the .doc its first bytes say it is (issue 17, item 3), here a damaged one."""
    path = tmp_path / "old.docx"
    path.write_bytes(b"not a zip, not anything" * 5)
    with pytest.raises(UnsupportedFormatError, match=r"old\.docx: not a Word 2007"):
        load_source(path)
    pytest.importorskip("olefile")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(UnsupportedFormatError, match=r"old\.docx: a damaged \.doc"):
        load_source(path)


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (11, "chineseCountingThousand", "十一"),
        (35, "chineseCounting", "三十五"),
        (120, "chineseCounting", "一二零"),
        (3, "chineseLegalSimplified", "叁"),
        (12, "ideographDigital", "一二"),
        (10, "ideographDigital", "一〇"),
        (2, "ideographTraditional", "乙"),
        (1, "decimalEnclosedCircle", "①"),
        (21, "decimalEnclosedCircle", "21"),
        (3, "decimalEnclosedParen", "⑶"),
        (12, "decimalFullWidth", "１２"),
        (4, "upperRoman", "IV"),
        (27, "lowerLetter", "aa"),
        (7, "decimalZero", "07"),
        (5, "bullet", ""),
        (5, "somethingNew", "5"),
    ],
)
def test_word_number_formats(n: int, fmt: str, expected: str) -> None:
    """Counts are written in each of Word's number formats the genre uses."""
    assert format_number(n, fmt) == expected


# --- optional extras ---------------------------------------------------------------------


def test_html_without_its_extra_says_which_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without selectolax, a web page raises MissingExtraError naming fzbg[html]."""
    monkeypatch.setitem(sys.modules, "selectolax", None)
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    path = tmp_path / "page.html"
    path.write_text("<p>一、</p>", encoding="utf-8")
    with pytest.raises(MissingExtraError, match=r"pip install 'fzbg\[html\]'"):
        load_source(path)


def test_docx_without_its_extra_says_which_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without python-docx, a Word file raises MissingExtraError naming fzbg[docx]."""
    path = tmp_path / "report.docx"
    report_as_docx(path)
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'fzbg\[docx\]'"):
        load_source(path)


# --- the same report from every source -----------------------------------------------------


def test_traditional_text_with_glosses_parses_like_the_simplified(tmp_path: Path) -> None:
    """A traditional repost with glosses has the simplified text's outline, glosses as debris."""
    report = fzbg.parse_report(TRADITIONAL)
    assert outline(report) == SIMPLIFIED_OUTLINE
    assert {d.kind for d in report.debris} == {"pinyin-gloss", "word-bookmark"}
    assert "(shè)" not in report.text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(TEXT, "utf-16"), (TEXT, "gb18030"), (TRADITIONAL_BIG5, "big5"), (TRADITIONAL, "utf-16-be")],
)
def test_text_files_parse_like_the_str(tmp_path: Path, text: str, encoding: str) -> None:
    """A Big5, UTF-16 or GB18030 file, or its bytes, parses exactly as its text does."""
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    assert fzbg.parse_report(path) == fzbg.parse_report(text)
    assert fzbg.parse_report(text.encode(encoding)) == fzbg.parse_report(text)


def test_docx_tracked_changes_and_text_boxes(tmp_path: Path) -> None:
    """Inserted text counts, deleted and moved-away text does not, text boxes stay out."""
    document = docx.Document()
    paragraph = document.add_paragraph("加强")
    paragraph._p.append(
        parse_xml(f'<w:ins {_W} w:id="1" w:author="a"><w:r><w:t>组织</w:t></w:r></w:ins>')
    )
    paragraph._p.append(
        parse_xml(
            f'<w:del {_W} w:id="2" w:author="a"><w:r><w:delText>删掉</w:delText></w:r></w:del>'
        )
    )
    paragraph._p.append(
        parse_xml(f'<w:moveFrom {_W} w:id="3" w:author="a"><w:r><w:t>移走</w:t></w:r></w:moveFrom>')
    )
    paragraph._p.append(
        parse_xml(
            f"<w:r {_W}><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p>"
            "</w:txbxContent></w:pict></w:r>"
        )
    )
    paragraph._p.append(parse_xml(f"<w:r {_W}><w:tab/><w:t>领导</w:t></w:r>"))
    path = tmp_path / "changes.docx"
    document.save(str(path))
    assert docx_to_text(path) == "加强组织\t领导\n"


def test_the_title_is_the_report_not_the_site_logo() -> None:
    """A logo in an <h1> loses to the heading that names the report."""
    page = (
        "<html><head><title>松溪镇报告_松溪镇人民政府</title></head><body>"
        "<header><h1>松溪镇人民政府门户网站</h1></header>"
        f"<div class='tit'>{TITLE}</div><div id='zoom'>"
        + "".join(f"<p>{line}</p>" for line in BODY)
        + "</div></body></html>"
    )
    assert html_to_text(page)[0].splitlines()[0] == TITLE
    no_heading = page.replace(f"<div class='tit'>{TITLE}</div>", "")
    assert html_to_text(no_heading)[0].splitlines()[0] == "松溪镇报告"

"""Web pages and Word files in the forms real government sites and offices use.

Each test builds a small invented page or document in one such form and checks what a
careful reader would take from it.  Invented content only; no real page or file is copied.
"""

from __future__ import annotations

import datetime
import importlib.util
from pathlib import Path
from typing import Any

import pytest

import fzbg
from fzbg.read.docx import docx_to_text
from fzbg.read.html import html_to_text

needs_html = pytest.mark.skipif(
    importlib.util.find_spec("selectolax") is None, reason="fzbg[html] is not installed"
)

TITLE = "青竹镇2025年法治政府建设年度报告"
LINES = [
    "2025年，青竹镇坚持依法行政，扎实推进法治政府建设。现将有关情况报告如下。",
    "一、主要举措和成效",
    "（一）健全决策机制。全年审核重大行政决策事项7件。",
    "二、存在的不足",
    "（一）法治宣传形式单一。群众参与不够广泛。",
    "三、2026年工作安排",
    "（一）深化法治宣传。开展宪法宣传活动9场次。",
]
SIGNATURE = ["青竹镇人民政府", "2026年1月28日"]
NAV = '<div class="topnav"><a href="/">首页</a><a href="/gk">政务公开</a></div>'
FOOTER = '<div class="bottom">备案号：蜀ICP备00000001号　网站标识码：5100000001</div>'


def paragraphs(lines: list[str]) -> str:
    return "".join(f'<p style="text-indent:2em">{line}</p>' for line in lines)


def page(article: str, *, head: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head>"
        f"<body>{NAV}{article}{FOOTER}</body></html>"
    )


def text_lines(html: str) -> list[str]:
    return html_to_text(html)[0].splitlines()


# --- encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "encoding"),
    [("x-big5", "big5"), ("cn-big5", "big5"), ("x-x-big5", "big5")],
)
def test_web_encoding_labels_are_believed(label: str, encoding: str) -> None:
    """Labels browsers know (``x-big5``, ``cn-big5``) decide as Python's names do."""
    from fzbg.read.sources import decode_bytes  # noqa: PLC0415 - beside the test that needs it

    text = "法治政府"  # too short to detect: without a believed label, GB18030 is taken
    assert decode_bytes(text.encode(encoding), declared=label)[0] == text


# --- page tools inside the article's element ------------------------------------------


@needs_html
def test_previous_next_editor_and_correction_lines_are_chrome() -> None:
    """上一篇/下一篇 links, （责任编辑：…） and a 【我要纠错】 bar beside the text are dropped."""
    html = page(
        f"<div class='detail'><h1>{TITLE}</h1><div id='zoom'>"
        + paragraphs(LINES + SIGNATURE)
        + "<p>（责任编辑：王五）</p><p>【我要纠错】【打印本页】【关闭窗口】</p>"
        "<p>上一篇：<a href='/1'>青竹镇召开法治建设推进会</a></p>"
        "<p>下一篇：<a href='/2'>关于做好春节期间安全生产工作的通知</a></p></div></div>"
    )
    assert text_lines(html) == [TITLE, *LINES, *SIGNATURE]


# --- the title ---------------------------------------------------------------------------


@needs_html
@pytest.mark.parametrize(
    "page_title",
    [
        f"青竹镇人民政府-{TITLE}",
        f"青竹镇人民政府 - {TITLE}",
        f"{TITLE}_青竹镇人民政府",
        f"青竹镇人民政府｜{TITLE}",
    ],
)
def test_the_title_is_the_part_of_the_page_title_that_names_the_report(page_title: str) -> None:
    """With the site's name before or after the separator, the report's part is the title."""
    html = (
        f"<html><head><title>{page_title}</title></head><body>"
        f"<div class='c'>{paragraphs(LINES)}</div></body></html>"
    )
    assert text_lines(html)[0] == TITLE


@needs_html
def test_a_dash_between_years_does_not_split_the_page_title() -> None:
    """``2021-2025年`` in a page title is part of it, not a separator."""
    title = "青竹镇法治政府建设实施方案（2021-2025年）落实情况报告"
    html = f"<html><head><title>{title}</title></head><body>{paragraphs(LINES)}</body></html>"
    assert text_lines(html)[0] == title


# --- the publication date --------------------------------------------------------------


def xxgk_table(label_tag: str) -> str:
    cell = "td" if label_tag == "td" else "th"
    return (
        f"<table class='gk'><tr><{cell}>索引号：</{cell}><td>115100/2026-00012</td>"
        f"<{cell}>发布机构：</{cell}><td>青竹镇人民政府</td></tr>"
        f"<tr><{cell}>成文日期：</{cell}><td>2026年01月28日</td>"
        f"<{cell}>发布日期：</{cell}><td>2026年02月03日</td></tr></table>"
    )


@needs_html
@pytest.mark.parametrize("label_tag", ["td", "th"])
def test_the_published_date_is_read_from_the_cell_after_its_label(label_tag: str) -> None:
    """In an 索引号 table the date is in the cell after 发布日期, not the 成文日期's."""
    html = page(xxgk_table(label_tag) + f"<div class='content'>{paragraphs(LINES)}</div>")
    assert fzbg.parse_report(html_to_text(html)[0]).published == datetime.date(2026, 2, 3)


@needs_html
@pytest.mark.parametrize(
    "strip",
    [
        "成文日期：2026-01-28　发布日期：2026-02-03",
        # labels in brackets, as a 政府信息公开 strip sets them
        "[ 成文日期 ] 2026-01-28 [ 发布日期 ] 2026-02-03",
        "【成文日期】2026-01-28【发布日期】2026-02-03",
        "（印发日期）：2026-01-28 发布时间：2026-02-03",
    ],
)
def test_a_date_of_the_document_gives_way_to_the_page_date_in_one_strip(strip: str) -> None:
    """``成文日期：… 发布日期：…`` in one strip: the page's date is 发布日期's."""
    html = page(
        f"<h1>{TITLE}</h1><div class='info'>{strip}</div>"
        f"<div class='content'>{paragraphs(LINES)}</div>"
    )
    assert "发布时间：2026-02-03" in text_lines(html)


@needs_html
def test_a_bare_date_beside_the_title_is_the_published_date() -> None:
    """``<span>2026-02-03 09:12:33</span>`` under the title, with no label, dates the page."""
    html = page(
        f"<div class='art'><h1>{TITLE}</h1><div class='meta'><span>2026-02-03 09:12:33</span>"
        f"<span>青竹镇党政办</span></div><div class='body'>{paragraphs(LINES)}</div></div>"
    )
    assert text_lines(html)[:2] == [TITLE, "发布时间：2026-02-03"]


# --- what belongs to the article -------------------------------------------------------


@needs_html
def test_an_article_in_an_iframe_srcdoc_is_read() -> None:
    """An editor that writes the article into ``<iframe srcdoc>``: its page is the text."""
    inner = paragraphs(LINES).replace('"', "&quot;")
    html = page(
        f"<div class='article'><h1>{TITLE}</h1>"
        f'<iframe srcdoc="<html><body>{inner}</body></html>"></iframe></div>'
    )
    assert text_lines(html) == [TITLE, *LINES]


@needs_html
def test_a_long_sidebar_of_plain_titles_stays_out() -> None:
    """A 热点文章 list of titles (no links, no sentences) longer than a footer stays out."""
    titles = "".join(
        f"<li><span>青竹镇关于进一步加强和规范行政执法工作的实施意见（第{k}号）</span>"
        f"<em>2026-01-0{k}</em></li>"
        for k in range(1, 10)
    )
    html = page(
        f"<div class='wrap'><div class='con'><h1>{TITLE}</h1>"
        f"<div class='zw'>{paragraphs(LINES)}</div></div>"
        f"<div class='list-right'><div class='hd'>热点文章</div><ul>{titles}</ul></div></div>"
    )
    assert text_lines(html) == [TITLE, *LINES]


@needs_html
def test_a_signature_in_elements_after_the_editor_is_kept() -> None:
    """Signing body and date right-aligned after the editor's ``<div>`` are the report's."""
    html = page(
        f"<div class='con'><h1>{TITLE}</h1><div class='TRS_Editor'>{paragraphs(LINES)}</div>"
        + "".join(f"<p style='text-align:right'>{line}</p>" for line in SIGNATURE)
        + "</div>"
    )
    assert text_lines(html) == [TITLE, *LINES, *SIGNATURE]
    assert fzbg.parse_report(html_to_text(html)[0]).signed == datetime.date(2026, 1, 28)


@needs_html
def test_a_footer_name_without_a_date_is_not_a_signature() -> None:
    """A body's name after the article with no date under it is not taken."""
    html = page(
        f"<div class='con'><h1>{TITLE}</h1><div class='TRS_Editor'>{paragraphs(LINES)}</div>"
        "<p>青竹镇人民政府</p></div>"
    )
    assert text_lines(html) == [TITLE, *LINES]


@needs_html
def test_an_asp_net_page_wrapped_in_one_form_is_read() -> None:
    """ASP.NET sites put the whole page in one ``<form>``: its article is still the text."""
    html = (
        f"<html><head><title>{TITLE}</title></head><body>"
        "<form id='form1' method='post'><input type='hidden' name='__VIEWSTATE' value='x'>"
        f"{NAV}<div class='art'><h1>{TITLE}</h1><div class='zw'>{paragraphs(LINES)}</div>"
        f"</div>{FOOTER}</form></body></html>"
    )
    assert text_lines(html) == [TITLE, *LINES]


@needs_html
@pytest.mark.parametrize(
    "attributes",
    ["id='print_content'", "class='print-area'", "class='article-foot-content'"],
)
def test_an_article_in_an_element_named_like_furniture_is_kept(attributes: str) -> None:
    """A print area (``print_content``) or a class with a furniture word holding the
    report's sentences is the article, not a print bar or footer."""
    html = page(f"<div {attributes}><h1>{TITLE}</h1><div>{paragraphs(LINES)}</div></div>")
    assert text_lines(html) == [TITLE, *LINES]


@needs_html
def test_a_search_form_and_a_print_bar_are_still_dropped() -> None:
    """Forms and furniture classes without sentences stay furniture."""
    html = page(
        "<form action='/search'>站内搜索<input name='q'><button>搜索</button></form>"
        f"<div class='con'><h1>{TITLE}</h1><div class='zw'>{paragraphs(LINES)}</div>"
        "<div class='print'>打印此文</div></div>"
    )
    assert text_lines(html) == [TITLE, *LINES]


@needs_html
def test_preformatted_text_keeps_its_lines() -> None:
    """Plain text posted in a ``<pre>`` comes out one line a line."""
    body = "\n".join(LINES)
    html = page(f"<div class='art'><h1>{TITLE}</h1><pre>{body}\n</pre></div>")
    assert text_lines(html) == [TITLE, *LINES]


@needs_html
@pytest.mark.parametrize("hiding", ["style='display:none'", "style='visibility: hidden'", "hidden"])
def test_a_hidden_copy_of_the_article_is_left_out(hiding: str) -> None:
    """A second copy of the article for phones, hidden on the page, is not read twice."""
    long_report = LINES * 3  # longer than a footer, as real reports are
    html = page(
        f"<div class='art'><h1>{TITLE}</h1><div class='zw'>{paragraphs(long_report)}</div></div>"
        f"<div class='m-art' {hiding}>{paragraphs(long_report)}</div>"
    )
    assert text_lines(html) == [TITLE, *long_report]


@needs_html
def test_an_article_hidden_until_a_script_shows_it_is_read() -> None:
    """When the page's only article is hidden (a script shows it), it is still the text."""
    html = page(f"<h1>{TITLE}</h1><div id='zoom' style='display:none'>{paragraphs(LINES)}</div>")
    assert text_lines(html) == [TITLE, *LINES]


@needs_html
@pytest.mark.parametrize("page_title", ["青竹镇人民政府", "详细信息"])
def test_a_site_name_title_is_not_put_above_the_report_title(page_title: str) -> None:
    """A ``<title>`` that names only the site does not stand above the article's own title."""
    html = (
        f"<html><head><title>{page_title}</title></head><body>{NAV}<div class='c'>"
        f"<div class='zw'><p style='text-align:center'>{TITLE}</p>{paragraphs(LINES)}</div>"
        f"</div>{FOOTER}</body></html>"
    )
    assert text_lines(html) == [TITLE, *LINES]
    assert fzbg.parse_report(html_to_text(html)[0]).title == TITLE


@needs_html
def test_an_editors_numbered_lists_get_their_numbers_back() -> None:
    """``<ol>`` numbers are not in the text: written back as a browser shows them."""
    html = page(
        f"<div class='zw'><p>{TITLE}</p>"
        "<ol style='list-style-type:cjk-ideographic'><li><p><strong>主要举措和成效</strong></p>"
        "<p>全年审核重大行政决策事项7件。</p></li></ol>"
        "<ol><li>健全决策机制。</li><li>深化执法改革。</li></ol>"
        "<ol start='2' style='list-style-type:cjk-ideographic'><li>存在的不足</li></ol>"
        "<ol type='a'><li value='3'>宣传形式单一。</li></ol><ul><li>要点</li></ul></div>"
    )
    assert text_lines(html) == [
        TITLE,
        "一、主要举措和成效",
        "全年审核重大行政决策事项7件。",
        "1. 健全决策机制。",
        "2. 深化执法改革。",
        "二、存在的不足",
        "c. 宣传形式单一。",
        "要点",
    ]


@needs_html
def test_footnote_marks_of_a_page_saved_from_word_are_dropped() -> None:
    """``[1]`` linking to ``#_ftn1`` (Word's 另存为网页) is not part of the sentence."""
    html = (
        f"<html><head><title>{TITLE}</title></head><body><div class=WordSection1>"
        f"<p class=MsoNormal align=center><b><span>{TITLE}</span></b></p>"
        "<p class=MsoNormal><span>全年审核重大行政决策事项7件<a style='mso-footnote-id:ftn1'"
        " href='#_ftn1' name='_ftnref1'><span class=MsoFootnoteReference>[1]</span></a>"
        "，备案规范性文件3件。<o:p></o:p></span></p>"
        f"{paragraphs(LINES)}</div></body></html>"
    )
    assert text_lines(html) == [TITLE, "全年审核重大行政决策事项7件，备案规范性文件3件。", *LINES]


@needs_html
def test_a_data_table_in_the_article_gives_one_row_a_line() -> None:
    """Rows of a data table come out one a line, as a Word table's do; a cell holding
    paragraphs or ``<br>`` lines is still read line by line."""
    html = page(
        f"<div class='zw'><h1>{TITLE}</h1>{paragraphs(LINES)}"
        "<table border='1'><tr><th>项目</th><th>数量</th></tr>"
        "<tr>\n<td>行政复议案件</td>\n<td><span>12</span>件</td>\n</tr>"
        "<tr><td colspan='2'>合计</td></tr>"
        "<tr><td><p>典型案例</p></td><td>甲案<br>乙案</td></tr></table></div>"
    )
    assert text_lines(html)[-6:] == [
        "项目 数量",
        "行政复议案件 12件",
        "合计",
        "典型案例",
        "甲案",
        "乙案",
    ]


# --- Word documents --------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def new_document() -> Any:
    """A blank Word document, or a skip when python-docx is not installed."""
    docx = pytest.importorskip("docx")
    return docx.Document()


def parse_xml(xml: str) -> Any:
    from docx.oxml import parse_xml as parse  # noqa: PLC0415 - only once docx is known

    return parse(xml)


def add_list(document: Any, list_id: int, levels: str, *, link: str = "") -> None:
    """An abstractNum ``list_id`` of ``levels`` (``w:lvl`` XML) and its instance."""
    root = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{list_id}">{link}{levels}</w:abstractNum>'
    )
    first_num = root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is None:
        root.append(abstract)
    else:
        first_num.addprevious(abstract)
    root.append(
        parse_xml(f'<w:num {W} w:numId="{list_id}"><w:abstractNumId w:val="{list_id}"/></w:num>')
    )


def level(ilvl: int, fmt: str, text: str, style: str = "") -> str:
    p_style = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{p_style}'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
    )


def saved(document: Any, tmp_path: Path) -> str:
    path = tmp_path / "report.docx"
    document.save(str(path))
    return docx_to_text(path)


def test_docx_heading_styles_numbered_by_a_linked_list_take_their_levels(
    tmp_path: Path,
) -> None:
    """Heading 1/2 styles that name the list but no level are at the level naming them."""
    document = new_document()
    add_list(
        document,
        81,
        level(0, "chineseCounting", "%1、", "Heading1")
        + level(1, "chineseCounting", "（%2）", "Heading2"),
    )
    for style in ("Heading 1", "Heading 2"):
        document.styles[style].element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W}><w:numId w:val="81"/></w:numPr>')
        )
    document.add_paragraph("主要举措和成效", style="Heading 1")
    document.add_paragraph("健全决策机制", style="Heading 2")
    document.add_paragraph("深化执法改革", style="Heading 2")
    document.add_paragraph("存在的不足", style="Heading 1")
    document.add_paragraph("宣传形式单一", style="Heading 2")
    assert saved(document, tmp_path) == (
        "一、主要举措和成效\n（一）健全决策机制\n（二）深化执法改革\n二、存在的不足\n（一）宣传形式单一\n"
    )


def test_docx_list_made_from_a_list_style_numbers_like_the_style(tmp_path: Path) -> None:
    """A list that only names a multilevel list style (numStyleLink) counts by its levels."""
    document = new_document()
    add_list(
        document,
        82,
        level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）"),
        link='<w:styleLink w:val="ReportList"/>',
    )
    add_list(document, 83, "", link='<w:numStyleLink w:val="ReportList"/>')
    document.styles.element.append(
        parse_xml(
            f'<w:style {W} w:type="numbering" w:styleId="ReportList">'
            '<w:name w:val="ReportList"/><w:pPr><w:numPr><w:numId w:val="82"/></w:numPr>'
            "</w:pPr></w:style>"
        )
    )
    for text, ilvl in (("主要举措和成效", 0), ("健全决策机制", 1), ("存在的不足", 0)):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="83"/></w:numPr>')
        )
    assert saved(document, tmp_path) == "一、主要举措和成效\n（一）健全决策机制\n二、存在的不足\n"


def test_docx_hidden_text_is_left_out(tmp_path: Path) -> None:
    """Runs formatted hidden (w:vanish) are not part of the text; w:val="0" shows them."""
    document = new_document()
    paragraph = document.add_paragraph("一、主要举措和成效")
    paragraph._p.append(
        parse_xml(f"<w:r {W}><w:rPr><w:vanish/></w:rPr><w:t>（修改意见：删去）</w:t></w:r>")
    )
    paragraph._p.append(
        parse_xml(f'<w:r {W}><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>。</w:t></w:r>')
    )
    assert saved(document, tmp_path) == "一、主要举措和成效。\n"


def test_docx_report_typed_into_a_one_cell_table_keeps_its_lines(tmp_path: Path) -> None:
    """A report inside a one-column table (a frame) comes out one paragraph a line."""
    document = new_document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = TITLE
    for line in LINES + SIGNATURE:
        cell.add_paragraph(line)
    assert saved(document, tmp_path) == "\n".join([TITLE, *LINES, *SIGNATURE]) + "\n"
    report = fzbg.parse_report(tmp_path / "report.docx")
    assert report.title == TITLE
    assert report.signed == datetime.date(2026, 1, 28)


def test_docx_a_data_table_still_gives_one_row_a_line(tmp_path: Path) -> None:
    """A table of two columns is data: one row a line, cells separated by a tab."""
    document = new_document()
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "项目", (0, 1): "数量", (1, 0): "复议", (1, 1): "12件"}.items():
        table.cell(r, c).text = text
    assert saved(document, tmp_path) == "项目\t数量\n复议\t12件\n"


def test_docx_a_title_broken_by_line_breaks_is_one_line(tmp_path: Path) -> None:
    """The first paragraph, a title laid out over lines with Shift+Enter, is one line."""
    document = new_document()
    paragraph = document.add_paragraph()
    paragraph.add_run("青竹镇2025年")
    paragraph.add_run().add_break()
    paragraph.add_run("法治政府建设年度报告")
    for line in LINES:
        document.add_paragraph(line)
    assert saved(document, tmp_path).splitlines()[0] == TITLE
    assert fzbg.parse_report(tmp_path / "report.docx").title == TITLE


def test_docx_line_breaks_in_later_paragraphs_still_end_lines(tmp_path: Path) -> None:
    """Only the title's breaks are layout: a body paragraph's Shift+Enter ends a line."""
    document = new_document()
    document.add_paragraph(TITLE)
    paragraph = document.add_paragraph()
    paragraph.add_run("一、主要举措和成效")
    paragraph.add_run().add_break()
    paragraph.add_run("（一）健全决策机制")
    assert saved(document, tmp_path) == f"{TITLE}\n一、主要举措和成效\n（一）健全决策机制\n"


def test_docx_a_heading_that_only_moves_its_style_list_to_another_level(
    tmp_path: Path,
) -> None:
    """A paragraph whose own numPr gives only a level is numbered by its style's list."""
    document = new_document()
    add_list(
        document, 84, level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）")
    )
    document.styles["Heading 1"].element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="84"/></w:numPr>')
    )
    document.add_paragraph("主要举措和成效", style="Heading 1")
    for text in ("健全决策机制", "深化执法改革"):
        paragraph = document.add_paragraph(text, style="Heading 1")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W}><w:ilvl w:val="1"/></w:numPr>')
        )
    document.add_paragraph("存在的不足", style="Heading 1")
    assert saved(document, tmp_path) == (
        "一、主要举措和成效\n（一）健全决策机制\n（二）深化执法改革\n二、存在的不足\n"
    )


def test_docx_paragraphs_inside_custom_xml_are_read(tmp_path: Path) -> None:
    """Paragraphs an office system wrapped in ``w:customXml`` are part of the body."""
    document = new_document()
    document.add_paragraph(TITLE)
    wrapper = parse_xml(f'<w:customXml {W} w:element="正文"></w:customXml>')
    for line in LINES[:3]:
        wrapper.append(parse_xml(f"<w:p {W}><w:r><w:t>{line}</w:t></w:r></w:p>"))
    document.element.body.insert(1, wrapper)
    assert saved(document, tmp_path) == "\n".join([TITLE, *LINES[:3]]) + "\n"


@needs_html
@pytest.mark.parametrize("suffix", [".shtml", ".xhtml", ".SHTML"])
def test_pages_saved_under_a_sites_own_suffix_are_read(tmp_path: Path, suffix: str) -> None:
    """Government sites serve pages as ``.shtml``: a page saved under that name is read."""
    path = tmp_path / f"t20260203_1234{suffix}"
    path.write_bytes(page(f"<h1>{TITLE}</h1><div>{paragraphs(LINES)}</div>").encode("gb18030"))
    assert fzbg.read_source(path).splitlines() == [TITLE, *LINES]


def web_archive(html: str, charset: str, transfer: str) -> bytes:
    """A page saved by a browser as one file (.mht): a MIME message, images beside it."""
    import email.charset  # noqa: PLC0415 - only these tests build web archives
    from email.mime.image import MIMEImage  # noqa: PLC0415
    from email.mime.multipart import MIMEMultipart  # noqa: PLC0415
    from email.mime.text import MIMEText  # noqa: PLC0415

    encoding = email.charset.Charset(charset)
    encoding.body_encoding = (
        email.charset.QP if transfer == "quoted-printable" else email.charset.BASE64
    )
    archive = MIMEMultipart("related")
    archive["Subject"] = TITLE
    part = MIMEText(html, "html", encoding)  # type: ignore[arg-type]
    part["Content-Location"] = "http://www.example.gov.cn/art/2026/2/3/art_1.html"
    archive.attach(part)
    archive.attach(MIMEImage(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "gif"))
    return archive.as_bytes()


@needs_html
@pytest.mark.parametrize(
    ("charset", "transfer"), [("gb2312", "base64"), ("utf-8", "quoted-printable")]
)
def test_a_page_saved_as_a_web_archive_is_read(tmp_path: Path, charset: str, transfer: str) -> None:
    """A ``.mht`` file: its page part, in the charset its header names, is the report."""
    html = page(f"<h1>{TITLE}</h1><div class='zw'>{paragraphs(LINES)}</div>")
    path = tmp_path / "报告.mht"
    path.write_bytes(web_archive(html.replace("charset='utf-8'", ""), charset, transfer))
    source = fzbg.load_source(path)
    assert source.text.splitlines() == [TITLE, *LINES]
    assert source.format == "html"


@needs_html
def test_plain_html_saved_under_a_web_archive_name_is_read(tmp_path: Path) -> None:
    """Some tools write plain HTML to a ``.mht`` name: it is read as the page."""
    path = tmp_path / "报告.mhtml"
    path.write_bytes(page(f"<h1>{TITLE}</h1><div>{paragraphs(LINES)}</div>").encode())
    assert fzbg.read_source(path).splitlines() == [TITLE, *LINES]


@needs_html
def test_footer_lines_beside_paragraphs_in_the_body_are_chrome() -> None:
    """An old page whose paragraphs sit in <body> itself: its footer lines are dropped."""
    html = (
        f"<html><head><title>{TITLE}</title></head><body><p align='center'><b>{TITLE}</b></p>"
        f"{paragraphs(LINES + SIGNATURE)}<hr><p>版权所有：青竹镇人民政府　主办：青竹镇党政办</p>"
        "<p>蜀ICP备00000001号　网站标识码：5100000001</p><p>技术支持：青竹镇信息中心</p>"
        "<p>主办单位：青竹镇人民政府</p></body></html>"
    )
    assert text_lines(html) == [TITLE, *LINES, *SIGNATURE]


@needs_html
@pytest.mark.parametrize(
    "pager",
    [
        "<p><a>首页</a> <a>上一页</a> <a>1</a> <a>2</a> <a>3</a> <a>下一页</a> <a>尾页</a></p>",
        "<div>共3页 第1页 <a>下一页</a></div>",
        "<p>[1] [2] [3] 下一页</p>",
    ],
)
def test_pagination_links_under_the_article_are_chrome(pager: str) -> None:
    """An article split over pages: the pager under the first page's text is dropped."""
    html = page(f"<div id='zoom'><h1>{TITLE}</h1>{paragraphs(LINES + SIGNATURE)}{pager}</div>")
    assert text_lines(html) == [TITLE, *LINES, *SIGNATURE]


@needs_html
@pytest.mark.parametrize("logo", ["法治青竹", "青竹镇法治政府建设网"])
def test_a_site_logo_naming_the_rule_of_law_is_not_the_title(logo: str) -> None:
    """A logo heading with 法治 in it loses to the heading that names the report."""
    html = (
        f"<html><head><title>{logo}</title></head><body><h1>{logo}</h1>{NAV}"
        f"<div class='title'>{TITLE}</div><div id='zoom'>{paragraphs(LINES)}</div>"
        "</body></html>"
    )
    assert text_lines(html)[0] == TITLE


def text_box(text: str) -> str:
    """A run holding a text box as Word writes it: a drawing, and VML for old readers."""
    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        f"<mc:Choice Requires='wps'><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape>"
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_docx_a_title_in_a_text_box_above_the_body_is_read_once(tmp_path: Path) -> None:
    """A title set in a text box before the body's first text is the first line, once;
    a letterhead in a text box is not read."""
    document = new_document()
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(text_box("青竹镇人民政府文件")))
    anchor._p.append(parse_xml(text_box(TITLE)))
    for line in LINES:
        document.add_paragraph(line)
    assert saved(document, tmp_path).splitlines() == [TITLE, "", *LINES]
    assert fzbg.parse_report(tmp_path / "report.docx").title == TITLE


@needs_html
def test_a_list_numbered_from_a_huge_start_is_written_in_digits() -> None:
    """``<ol type="I" start="99999999">`` gives digits, not a page of roman numerals."""
    html = page(
        f"<div class='zw'><p>{TITLE}</p><ol type='I' start='99999999'><li>甲</li></ol></div>"
    )
    assert text_lines(html)[-1] == "99999999. 甲"


def test_docx_a_list_starting_at_a_huge_number_is_written_in_digits(tmp_path: Path) -> None:
    """A list whose ``w:start`` is beyond any real count gives digits, not a flood."""
    document = new_document()
    add_list(
        document, 85, level(0, "upperRoman", "%1.").replace('w:val="1"/>', 'w:val="99999999"/>', 1)
    )
    paragraph = document.add_paragraph("甲")
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="85"/></w:numPr>')
    )
    assert saved(document, tmp_path) == "99999999.甲\n"


def test_docx_report_in_a_table_beside_an_empty_margin_column_keeps_its_lines(
    tmp_path: Path,
) -> None:
    """A frame of two columns, one left empty as a margin, is read as the body."""
    document = new_document()
    table = document.add_table(rows=1, cols=2)
    cell = table.cell(0, 1)
    cell.paragraphs[0].text = TITLE
    for line in LINES:
        cell.add_paragraph(line)
    assert saved(document, tmp_path) == "\n".join([TITLE, *LINES]) + "\n"


@needs_html
def test_a_heading_title_stays_above_an_article_opening_with_a_section_heading() -> None:
    """A title heading is kept above a first section heading that names 法治, not 报告."""
    title = "青竹镇2025年度工作情况"
    first = "一、推进法治政府建设的主要举措"
    html = f"<html><body><h1>{title}</h1><div class='zw'>{paragraphs([first, *LINES])}</div>"
    assert text_lines(html + "</body></html>")[:2] == [title, first]


@needs_html
def test_source_line_breaks_between_chinese_characters_leave_no_space() -> None:
    """Word's 另存为网页 wraps source lines inside sentences: no space between Han."""
    html = page(
        f"<div class='zw'><h1>{TITLE}</h1><p>一、主要举措\r\n和成效</p>"
        "<p>（一）健全决策机制。全年审核事项12\r\n件，法治\r\n  <span>政府</span>\n"
        "<span>建设</span>有新成效。</p><p>Word\nsaved 和\n法治</p></div>"
    )
    assert text_lines(html)[-3:] == [
        "一、主要举措和成效",
        "（一）健全决策机制。全年审核事项12 件，法治政府建设有新成效。",
        "Word saved 和法治",
    ]


def test_docx_placeholder_text_of_empty_content_controls_is_left_out(tmp_path: Path) -> None:
    """A template's empty control shows 单击或点击此处输入文字。: no text of the report."""
    document = new_document()
    placeholder = "<w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>"
    run = "<w:r><w:t>单击或点击此处输入文字。</w:t></w:r>"
    document.element.body.insert(
        0, parse_xml(f"<w:sdt {W}>" + placeholder.format(f"<w:p>{run}</w:p>"))
    )
    paragraph = document.add_paragraph("落款：")
    paragraph._p.append(parse_xml(f"<w:sdt {W}>" + placeholder.format(run)))
    filled = "<w:sdtPr/><w:sdtContent><w:r><w:t>青竹镇人民政府</w:t></w:r></w:sdtContent>"
    paragraph._p.append(parse_xml(f"<w:sdt {W}>{filled}</w:sdt>"))
    assert saved(document, tmp_path) == "落款：青竹镇人民政府\n"

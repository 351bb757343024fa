"""Web pages and Word files in the forms real government sites and offices use.

Each test builds a small invented page or document in one such form and checks what a
careful reader would take from it.  Invented content only; no real page or file is copied.
"""

from __future__ import annotations

import datetime

import pytest

import fzbg

pytest.importorskip("selectolax.lexbor")

from fzbg._html_source import html_to_text

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


# --- page tools inside the article's element ------------------------------------------


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


@pytest.mark.parametrize("label_tag", ["td", "th"])
def test_the_published_date_is_read_from_the_cell_after_its_label(label_tag: str) -> None:
    """In an 索引号 table the date is in the cell after 发布日期, not the 成文日期's."""
    html = page(xxgk_table(label_tag) + f"<div class='content'>{paragraphs(LINES)}</div>")
    assert fzbg.parse_report(html_to_text(html)[0]).published == datetime.date(2026, 2, 3)


def test_a_date_of_the_document_gives_way_to_the_page_date_in_one_strip() -> None:
    """``成文日期：… 发布日期：…`` in one strip: the page's date is 发布日期's."""
    html = page(
        f"<h1>{TITLE}</h1><div class='info'>成文日期：2026-01-28　发布日期：2026-02-03</div>"
        f"<div class='content'>{paragraphs(LINES)}</div>"
    )
    assert "发布时间：2026-02-03" in text_lines(html)


def test_a_bare_date_beside_the_title_is_the_published_date() -> None:
    """``<span>2026-02-03 09:12:33</span>`` under the title, with no label, dates the page."""
    html = page(
        f"<div class='art'><h1>{TITLE}</h1><div class='meta'><span>2026-02-03 09:12:33</span>"
        f"<span>青竹镇党政办</span></div><div class='body'>{paragraphs(LINES)}</div></div>"
    )
    assert text_lines(html)[:2] == [TITLE, "发布时间：2026-02-03"]


# --- what belongs to the article -------------------------------------------------------


def test_an_article_in_an_iframe_srcdoc_is_read() -> None:
    """An editor that writes the article into ``<iframe srcdoc>``: its page is the text."""
    inner = paragraphs(LINES).replace('"', "&quot;")
    html = page(
        f"<div class='article'><h1>{TITLE}</h1>"
        f'<iframe srcdoc="<html><body>{inner}</body></html>"></iframe></div>'
    )
    assert text_lines(html) == [TITLE, *LINES]


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


def test_a_signature_in_elements_after_the_editor_is_kept() -> None:
    """Signing body and date right-aligned after the editor's ``<div>`` are the report's."""
    html = page(
        f"<div class='con'><h1>{TITLE}</h1><div class='TRS_Editor'>{paragraphs(LINES)}</div>"
        + "".join(f"<p style='text-align:right'>{line}</p>" for line in SIGNATURE)
        + "</div>"
    )
    assert text_lines(html) == [TITLE, *LINES, *SIGNATURE]
    assert fzbg.parse_report(html_to_text(html)[0]).signed == datetime.date(2026, 1, 28)


def test_a_footer_name_without_a_date_is_not_a_signature() -> None:
    """A body's name after the article with no date under it is not taken."""
    html = page(
        f"<div class='con'><h1>{TITLE}</h1><div class='TRS_Editor'>{paragraphs(LINES)}</div>"
        "<p>青竹镇人民政府</p></div>"
    )
    assert text_lines(html) == [TITLE, *LINES]

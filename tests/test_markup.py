"""HTML a scraper left in the text: tags go (block tags as line breaks), references read."""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg
from fzbg.page.markup import unmark

_SCRAPED = (
    '<p style="text-align:center"><strong>某镇2024年度法治政府建设情况报告</strong></p>\n'
    "<p>&emsp;&emsp;2024年，某镇深入推进依法行政，现将有关情况报告如下：</p>\n"
    '<p><span style="font-family:黑体">一、主要举措和成效</span></p>'
    "<p>（一）加强学法。开展&ldquo;法律进乡村&rdquo;活动<span>12</span>场次，"
    "受众1200余人次，落实&#8220;八五&#8221;普法规划。</p><p>二、存在的不足和原因</p>"
    "<p>一是宣传不够&mdash;&mdash;形式单一。<br>二是人员不足。</p>"
    "<p>三、2025年工作打算</p><p>（一）强化培训。</p>"
)


def test_a_scraped_page_reads_as_its_report() -> None:
    report = fzbg.parse_report(_SCRAPED)
    assert report.title == "某镇2024年度法治政府建设情况报告"
    assert [(s.kind.value, len(s.items)) for s in report.sections] == [
        ("measures", 1),
        ("shortcomings", 2),
        ("plans", 1),
    ]
    assert [q.text for q in report.quantities] == ["12场次", "1200余人次"]  # 12 was in a span
    for read in ("“法律进乡村”", "“八五”", "——"):
        assert read in report.text
    codes = {d.code for d in report.diagnostics}
    assert "html-markup" in codes
    assert not report.text.startswith("&")  # &emsp; indenting a line is its white space


_INDENTED = (
    "某县司法局",  # a title on two lines: the second line's indent was kept in it
    "2023年法治政府建设情况报告",
    "2023年，某县司法局扎实推进依法行政，现将有关情况报告如下：",
    "一、主要举措和成效",
    "（一）健全制度。制定规范性文件3件。",
    "二、存在的不足",
    "一是培训不够。",
    "三、2024年工作打算",
    "（一）强化培训。",
)


@pytest.mark.parametrize("indent", ["&nbsp;&nbsp;", "&emsp;&emsp;", "&#12288;&#12288;", " &nbsp;"])
def test_a_page_that_indents_with_references_reads_as_one_indented_with_spaces(
    indent: str,
) -> None:
    plain = fzbg.parse_report("\n".join(_INDENTED))
    scraped = fzbg.parse_report("\n".join(indent + line for line in _INDENTED))
    assert scraped.title
    assert plain.title
    assert scraped.title.split() == plain.title.split()
    assert scraped.issuer == plain.issuer == "某县司法局"
    assert [s.heading for s in scraped.sections] == [s.heading for s in plain.sections]
    assert "&" not in scraped.text


@pytest.mark.parametrize(
    "words",
    [
        "同比增长<5%的部分",  # a less-than sign, no tag
        "<关于推进依法行政的意见>",  # words in angle brackets
        "A&B公司与C&D公司",  # ampersands in names
        "&copy2;与&foo;",  # look like references, are none HTML knows
        "<abbr>不是块</abbr>",  # a tag fzbg does not take out
    ],
)
def test_what_is_not_markup_stays(words: str) -> None:
    places: list[str] = []
    assert unmark(words, places) == words
    assert places == []


def test_block_tags_on_lines_of_their_own_make_no_blank_lines() -> None:
    assert unmark("<div>\n<p>甲</p>\n</div>\n<p>乙</p>", []) == "甲\n乙\n"


def test_inline_tags_go_without_a_trace_even_inside_a_number() -> None:
    places: list[str] = []
    assert unmark("培训<span lang=EN-US>8</span><o:p></o:p>60人次", places) == "培训860人次"
    assert len(places) == 4


def test_references_read_in_every_form() -> None:
    assert unmark("&ldquo;&#8220;&#x201C;&#X201c;&hellip;&middot;", []) == "““““…·"
    assert unmark("缩进&nbsp;&#12288;后", []) == "缩进&nbsp;&#12288;后"  # inside a line: stays
    assert unmark("&nbsp;&#12288;缩进", []) == " \u3000缩进"  # an indent: white space


@pytest.mark.parametrize("space", ["&nbsp;&nbsp;", "&#12288;&#12288;", "&emsp;"])
def test_chrome_indented_by_space_references_is_cut(space: str) -> None:
    """A scrape that kept &nbsp; as every line's indentation: its chrome is still chrome."""
    lines = (
        "• 索 引 号:qingshi/2025-00012", "• 发布机构:青石镇", "青石镇2024年法治政府建设年度报告",
        "发布日期:2025-02-20 信息来源: 浏览次数:", "2024年，青石镇扎实推进法治政府建设。",
        "一、主要举措和成效", "（一）加强组织领导。召开会议3次。", "二、存在的不足和原因",
        "（一）宣传形式单一。", "打印本页 关闭窗口",
    )  # fmt: skip
    report = fzbg.parse_report("\n".join(space + line for line in lines))
    assert report.title == "青石镇2024年法治政府建设年度报告"
    assert (report.issuer, report.year) == ("青石镇", 2024)
    assert report.published == dt.date(2025, 2, 20)
    assert "索" not in report.text
    assert "打印" not in report.text


@pytest.mark.parametrize("amp", ["&amp;", "&amp;amp;", "&AMP;"])
def test_a_reference_escaped_twice_reads_as_escaped_once(amp: str) -> None:
    """&amp;ldquo;, &amp;nbsp;: a page's source escaped as text again reads as the page."""
    twice = "\n".join(
        line.replace("“", f"{amp}ldquo;").replace("”", f"{amp}rdquo;")
        for line in (f"{amp}nbsp;{amp}nbsp;{line}" for line in _INDENTED)
    )
    plain = fzbg.parse_report("\n".join(_INDENTED))
    report = fzbg.parse_report(twice)
    assert report.title
    assert report.title.split() == (plain.title or "").split()
    assert [s.heading for s in report.sections] == [s.heading for s in plain.sections]
    assert "&" not in report.text
    assert (
        unmark(f"开展{amp}ldquo;法律进社区{amp}rdquo;活动,A{amp}B", [])
        == "开展“法律进社区”活动,A&B"
    )

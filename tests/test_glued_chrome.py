"""A title on the same line as the page's chrome: breadcrumbs, their label, a banner, a column.

Scraped pages (and copies pasted from them) lose the line break between the page's
chrome and the report's title.  The title is read behind the chrome, which is cut as
page chrome; a line whose first words are the title's own is left as it is.  Every text
here is written for these tests, in the genre's style.
"""

from __future__ import annotations

import pytest
import regex

import fzbg
from fzbg.genre.crumbs import COLUMN
from fzbg.page.title_line import behind_chrome

_BODY = (
    "\n县人民政府：\n"
    "2023年，我县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
    "一、主要举措和成效\n（一）加强组织领导。全年召开专题会议4次。\n"
    "二、存在的不足和原因\n部分干部法治意识有待提高。\n"
    "三、下一年度工作安排\n继续深入推进依法行政。\n"
    "{signer}\n2024年1月15日\n"
)


def _parse(head: str, signer: str = "") -> fzbg.Report:
    return fzbg.parse_report(head + _BODY.format(signer=signer))


def _chrome(report: fzbg.Report) -> list[str]:
    return [d.text.strip() for d in report.debris if d.kind == "page-chrome"]


@pytest.mark.parametrize(
    ("line", "chrome", "title", "issuer"),
    [
        (
            "首页 > 政务公开 > 工作动态云溪县2023年度法治政府建设情况报告",
            "首页 > 政务公开 > 工作动态",
            "云溪县2023年度法治政府建设情况报告",
            "云溪县",
        ),
        (
            "首页>信息公开>法治政府建设云溪县2023年度法治政府建设情况报告",
            "首页>信息公开>法治政府建设",
            "云溪县2023年度法治政府建设情况报告",
            "云溪县",
        ),
        (
            "当前位置：首页 > 通知公告 云溪县2023年度法治政府建设情况报告",
            "当前位置：首页 > 通知公告",
            "云溪县2023年度法治政府建设情况报告",
            "云溪县",
        ),
        (
            "您现在的位置: 首页 >> 政务动态 >> 部门动态云溪县司法局2023年度法治政府建设工作报告",
            "您现在的位置: 首页 >> 政务动态 >> 部门动态",
            "云溪县司法局2023年度法治政府建设工作报告",
            "云溪县司法局",
        ),
        (
            "工作动态云溪县2023年度法治政府建设情况报告",
            "工作动态",
            "云溪县2023年度法治政府建设情况报告",
            "云溪县",
        ),
        (
            "云溪县人民政府门户网站 www.yx.gov.cn云溪县2023年度法治政府建设情况报告",
            "云溪县人民政府门户网站 www.yx.gov.cn",
            "云溪县2023年度法治政府建设情况报告",
            "云溪县",
        ),
        (
            "首页»政务公开»乡镇动态关于桃溪镇2023年度法治政府建设情况的报告",
            "首页»政务公开»乡镇动态",
            "关于桃溪镇2023年度法治政府建设情况的报告",
            "桃溪镇",
        ),
        (
            "首页 政务公开 工作动态云溪县2023年度法治政府建设情况报告",
            "首页 政务公开 工作动态",
            "云溪县2023年度法治政府建设情况报告",
            "云溪县",
        ),
    ],
)
def test_the_title_is_read_behind_the_chrome_on_its_line(
    line: str, chrome: str, title: str, issuer: str
) -> None:
    """The chrome before the title is cut as page chrome; the title and issuer are read."""
    report = _parse(line)
    assert (report.title, report.issuer, report.year) == (title, issuer, 2023)
    assert _chrome(report) == [chrome]
    assert any(d.code == "page-chrome" for d in report.diagnostics)
    span = report.debris[0]
    assert report.text[span.at :].startswith(title)


@pytest.mark.parametrize(
    ("line", "issuer", "signer"),
    [
        # A body whose name opens with a word a column's may (政务, 工作, 依法行政, 新闻).
        ("政务服务局2023年度法治政府建设工作报告", "政务服务局", "云溪县政务服务管理局"),
        ("依法行政工作领导小组办公室2023年度法治政府建设工作报告", None, ""),
        ("新闻出版局2023年度法治政府建设工作报告", "新闻出版局", ""),
        ("政务公开办公室2023年度法治政府建设工作报告", "政务公开办公室", ""),
    ],
)
def test_a_title_opening_with_a_column_like_word_is_whole(
    line: str, issuer: str | None, signer: str
) -> None:
    """A title whose issuer's name opens like a column keeps every word; nothing is cut."""
    report = _parse(line, signer)
    assert report.title == line
    assert _chrome(report) == []
    if issuer is not None:
        assert report.issuer == issuer


@pytest.mark.parametrize(
    "line",
    [
        "首页 > 政务公开 > 工作动态",
        "当前位置：首页 > 政务公开 > 法治政府建设年度报告",
    ],
)
def test_a_breadcrumb_with_no_title_glued_after_it_is_cut_whole(line: str) -> None:
    """A breadcrumb with no title after its last arrow stays one cut of chrome."""
    report = _parse(line)
    assert report.title is None
    assert _chrome(report) == [line]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # The last crumb is a title of its own: with no title line below, it is the title.
        (
            "首页 > 工作动态 > 云溪县2023年度法治政府建设情况报告",
            "云溪县2023年度法治政府建设情况报告",
        ),
        (
            "首页 > 政务公开 > 桃溪镇人民政府 关于2023年度法治政府建设情况的报告",
            "桃溪镇人民政府 关于2023年度法治政府建设情况的报告",
        ),
    ],
)
def test_a_title_as_a_breadcrumbs_last_crumb_is_the_title(line: str, title: str) -> None:
    """The crumbs before it are cut as chrome; the title is read behind the last arrow."""
    report = _parse(line)
    assert report.title == title
    assert _chrome(report) == [line[: -len(title)].strip()]


def test_a_breadcrumb_above_the_title_still_leaves_it() -> None:
    """A column named like the genre (法治政府建设年度报告) is no title; the next line is."""
    report = _parse("首页 > 政务公开 > 法治政府建设年度报告\n云溪县2023年度法治政府建设情况报告")
    assert report.title == "云溪县2023年度法治政府建设情况报告"
    assert _chrome(report) == ["首页 > 政务公开 > 法治政府建设年度报告"]


@pytest.mark.parametrize(
    "line",
    [
        "云溪县2023年度法治政府建设情况报告 发布时间:2024-01-20",
        "云溪县2023年度法治政府建设情况报告",
        "关于云溪县2023年度法治政府建设情况的报告",
        "2023年度法治政府建设情况报告",
    ],
)
def test_no_chrome_is_found_before_a_line_that_opens_with_its_title(line: str) -> None:
    """A title line (with a date field after it or not) has no chrome before it."""
    assert behind_chrome(line) == 0


def test_the_chrome_line_is_cut_whole_when_the_title_stands_elsewhere() -> None:
    """A title above the breadcrumb wins; the breadcrumb's line is cut whole, as before."""
    report = _parse(
        "桃溪镇2023年度法治政府建设工作报告\n"
        "首页 > 政务公开 > 工作动态云溪县2023年度法治政府建设情况报告"
    )
    assert report.title == "桃溪镇2023年度法治政府建设工作报告"
    assert _chrome(report) == ["首页 > 政务公开 > 工作动态云溪县2023年度法治政府建设情况报告"]


_RUN_TOGETHER = (
    "县人民政府:2023年,我县坚持以习近平法治思想为指导,扎实推进法治政府建设,现将有关情况报告如下:"
    "一、主要举措和成效(一)加强组织领导。全年召开专题会议4次,审查各类合同21件,开展培训860人次。"
    "(二)推进依法决策。严格落实重大行政决策程序,全年审查重大决策事项12件。"
    "二、存在的不足和原因部分干部法治意识有待提高,法治宣传不够深入。"
    "三、下一年度工作安排继续深入推进依法行政,全面提升法治政府建设水平。特此报告。"
)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("首页 > 政务公开 > 工作动态", "首页 > 政务公开 > 工作动态"),
        ("当前位置：首页 > 通知公告 ", "当前位置：首页 > 通知公告"),
        ("工作动态", "工作动态"),
    ],
)
@pytest.mark.parametrize("joiner", ["", " "])
def test_a_page_that_lost_every_line_break_gives_its_title_too(
    line: str, chrome: str, joiner: str
) -> None:
    """Chrome, title and body on one line: the title is split off and read behind the chrome."""
    title = "云溪县2023年度法治政府建设情况报告"
    report = fzbg.parse_report(line + title + joiner + _RUN_TOGETHER)
    assert (report.title, report.issuer, report.year) == (title, "云溪县", 2023)
    assert _chrome(report) == [chrome]
    assert len(report.sections) == 3


@pytest.mark.parametrize(
    ("words", "column"),
    [
        ("工作动态", True),
        ("通知公告", True),
        ("政府信息公开", True),
        ("乡镇动态", True),
        ("法治政府建设", True),
        ("首页", True),
        ("云溪县政务公开", False),  # a place's name opens a body's, not a column's
        ("政务服务局", False),
        ("领导小组办公室", False),
    ],
)
def test_the_column_vocabulary(words: str, column: bool) -> None:
    """Columns are named with a few endings after a short name without a place's word."""
    assert bool(regex.fullmatch(COLUMN, words)) is column


@pytest.mark.parametrize("arrow", [">", "»", "›"])
@pytest.mark.parametrize(("before", "after"), [("", ""), (" ", ""), ("", " "), (" ", "　")])
@pytest.mark.parametrize(
    "last",
    ["年度报告 > 乡镇法治政府建设年报", "法治建设 > 全县法治政府建设年度报告"],
)
def test_a_breadcrumb_a_wrap_broke_after_an_arrow(
    arrow: str, before: str, after: str, last: str
) -> None:
    """The rest of a breadcrumb on the next line is chrome, though one arrow is all it has:
    its last crumb (a column named like a title) is not the report's title."""
    rest = last.replace(">", arrow)
    head = (
        f"首页 {arrow} 政务公开 {arrow} 专题专栏 {arrow}{before}\n{after}{rest}\n\n"
        "云溪县人民政府关于2023年度法治政府建设情况的报告\n"
    )
    report = _parse(head)
    assert report.title == "云溪县人民政府关于2023年度法治政府建设情况的报告"
    assert report.issuer == "云溪县人民政府"
    assert any(rest.strip() in chrome for chrome in _chrome(report))


def test_a_line_with_one_arrow_after_prose_stays() -> None:
    """Only a line after an arrow continues a breadcrumb: an arrow in prose is no chrome."""
    report = _parse("云溪县人民政府关于2023年度法治政府建设情况的报告\n")
    text = "流程优化为“受理 > 审查 > 办结”三步，平均办理时限压缩至5个工作日。"
    again = fzbg.parse_report(report.text.replace("全年召开专题会议4次。", text))
    assert text in again.sections[0].text


@pytest.mark.parametrize(
    "line",
    [
        "阅读：356",
        "阅读量：1,024",
        "浏览量：99次",
        "访问次数：56",
        "手机扫码阅读",
        "扫码在手机上查看",
        "扫一扫在手机上阅读本文",
        "[ 字体：大 中 小 ] [ 打印 ] [ 收藏 ] [ 语音播报 ]",
        # a bilingual page's header: the title or the body in English
        "Annual Report on Building Law-based Government (2023)",
        "Yunxi County People's Government",
        "Report of Yunxi County on the Rule of Law, 2023",
    ],
)
def test_a_counter_a_qr_caption_or_english_under_the_title_is_chrome(line: str) -> None:
    """A view counter, QR code caption, tool bar or English header on its line is cut."""
    title = "云溪县2023年度法治政府建设情况报告"
    report = _parse(f"{title}\n{line}")
    assert report.title == title
    assert line not in report.text


def test_prose_about_reading_stays() -> None:
    """阅读 or 扫码 inside a sentence of the report is its words, not a counter."""
    line = "组织干部阅读法治读本，扫码参加网上学法考试。"
    report = _parse(f"云溪县2023年度法治政府建设情况报告\n{line}")
    assert line in report.text


@pytest.mark.parametrize("column", ["县区政府法治政府建设年报", "乡镇政府年度报告"])
def test_a_column_that_ends_in_a_bodys_word_is_no_issuer(column: str) -> None:
    """``> 县区政府法治政府建设年报新县人民政府关于…``: the column's 政府 opens no name.

    The title opens with the body the page names again (its signature), before 关于.
    """
    title = "云溪县人民政府关于2023年度法治政府建设情况的报告"
    report = _parse(f"首页 > 年度报告 > {column}{title}", signer="云溪县人民政府")
    assert (report.title, report.issuer) == (title, "云溪县人民政府")


@pytest.mark.parametrize(
    "bar",
    [
        "【字体：大 中 小】【打印】【关闭】",
        "字号：大 中 小 【打印本页】 【关闭窗口】",
        "[打印] [关闭]",
        "【打印】【关闭】",
    ],
)
@pytest.mark.parametrize("joiner", ["", " "])
def test_a_tool_bar_run_into_the_title_is_no_part_of_it(bar: str, joiner: str) -> None:
    """A page that lost its line breaks runs the tool bar (in brackets too) into the title."""
    title = "云溪县司法局2023年度法治政府建设情况报告"
    head = f"首页 > 政务公开{joiner}发布时间：2024-01-18 09:30 浏览次数：126{joiner}"
    report = fzbg.parse_report(head + bar + title + joiner + _RUN_TOGETHER)
    assert (report.title, report.issuer, report.year) == (title, "云溪县司法局", 2023)


@pytest.mark.parametrize("column", ["法治税务", "依法治税", "普法园地"])
def test_a_title_after_an_unknown_column_and_a_space_is_the_title(column: str) -> None:
    """The breadcrumb's last column, unknown to the vocabulary, a space, then the title."""
    title = "云溪县司法局2023年度法治政府建设情况报告"
    line = f"首页 > 信息公开 > {column} {title}"
    assert line[behind_chrome(line) :] == title
    report = fzbg.parse_report(f"{line}\n2023年，我局坚持依法行政。\n一、主要举措\n召开会议3次。\n")
    assert (report.title, report.issuer) == (title, "云溪县司法局")

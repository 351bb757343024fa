"""A page's line of fields that a copy ran on into the report's first sentence.

A copy that lost the line break after the page's fields leaves the preamble behind the
last field's value (``发布时间：2024-03-28 2023年，我县…``).  The fields are read and cut as
page metadata; the sentence is the report's, and stays.  Invented openings.
"""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg

_TITLE = "长林县司法局2023年度法治政府建设工作报告"
_PREAMBLE = "2023年，我局在县委、县政府的坚强领导下，全面推进依法行政，现将有关情况报告如下。"
_REST = (
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"
    "二、存在的不足\n执法力量不足。\n三、下一步工作安排\n（一）持续推进依法行政。\n"
    "长林县司法局\n2024年2月6日\n"
)


def _run_on(fields: str, *, ascii: bool) -> fzbg.Report:
    """The report whose page ``fields`` run on into its preamble, which stays whole; the
    page's date read from them."""
    preamble = _PREAMBLE.replace("，", ",") if ascii else _PREAMBLE
    report = fzbg.parse_report(f"{_TITLE}\n{fields}{preamble}\n{_REST}")
    assert report.published == dt.date(2024, 3, 28)
    assert report.preamble.strip() == preamble
    return report


@pytest.mark.parametrize(
    "fields",
    [
        "发布时间：2024-03-28",
        "发布日期：2024年03月28日 10:21",
        "日期：2024-03-28  ",
        "发布时间：2024-03-28 来源：长林县司法局",
        "来源：长林县司法局 发布日期：2024-03-28 浏览次数：120",
        "信息来源：县司法局  发布时间：2024/03/28  字号：大 中 小",
    ],
)
@pytest.mark.parametrize("ascii", [False, True])
def test_fields_run_on_into_the_preamble_keep_it(fields: str, ascii: bool) -> None:
    report = _run_on(f"{fields} ", ascii=ascii)
    assert report.title == _TITLE
    cut = [d.message for d in report.diagnostics if d.code == "page-metadata"]
    assert cut
    assert "我局" not in cut[0]


@pytest.mark.parametrize(
    "fields",
    [
        "发布时间：2024-03-28 来源：长林县司法局 浏览次数：",
        "发布日期：2024-03-28 信息来源： 阅读次数：",
        "日期：2024-03-28 点击数:",
        "发布时间：2024-03-28 字号：大 中 小",
        "发布时间：2024-03-28 字号：【大 中 小】",
        "发布时间：2024-03-28 字号：",
    ],
)
@pytest.mark.parametrize("ascii", [False, True])
def test_an_empty_count_run_on_into_the_preamble_keeps_it(fields: str, ascii: bool) -> None:
    """浏览次数：2023年，我局… : a count with no value, the preamble right behind its colon."""
    assert _run_on(fields, ascii=ascii).year == 2023


@pytest.mark.parametrize(
    "byline",
    ["县政府办公室 2024-03-28", "长林县司法局　2024年3月28日", "县司法局 2024/03/28 10:21"],
)
@pytest.mark.parametrize("gap", [" ", "    ", "　"])
def test_a_byline_run_on_into_the_preamble_gives_the_page_date(byline: str, gap: str) -> None:
    """省政府办公厅 2022-03-15 2021年，… : the source and date under the title, run on."""
    report = fzbg.parse_report(f"{_TITLE}\n{byline}{gap}{_PREAMBLE}\n{_REST}")
    assert report.published == dt.date(2024, 3, 28)
    assert report.preamble.strip() == _PREAMBLE
    assert report.title == _TITLE


@pytest.mark.parametrize(
    "fields",
    [
        "来源：县政府办公室，县司法局 发布时间：2024-03-28",  # a list in a value
        "发布时间：2024-03-28 关键词：法治政府，年度报告",  # a label after the date
        "发布时间：2024-03-28 来源：县司法局，县法制办",
    ],
)
def test_a_line_of_fields_with_stops_in_its_values_is_all_chrome(fields: str) -> None:
    report = fzbg.parse_report(f"{_TITLE}\n{fields}\n{_PREAMBLE}\n{_REST}")
    assert report.published == dt.date(2024, 3, 28)
    assert report.preamble.strip() == _PREAMBLE
    assert "来源" not in report.text
    assert "关键词" not in report.text


@pytest.mark.parametrize("date", ["2024-03-28", "2024年3月28日", "2024/03/28 10:21"])
def test_a_date_under_the_title_run_on_into_the_preamble_is_the_page_date(date: str) -> None:
    report = fzbg.parse_report(f"{_TITLE}\n{date} {_PREAMBLE}\n{_REST}")
    assert report.published == dt.date(2024, 3, 28)
    assert report.preamble.strip() == _PREAMBLE


def test_a_date_opening_an_untitled_report_is_its_text() -> None:
    text = f"2024年3月28日 县政府召开常务会议，研究部署法治政府建设工作。\n{_REST}"
    report = fzbg.parse_report(text)
    assert report.published is None
    assert report.preamble.startswith("2024年3月28日")


@pytest.mark.parametrize(
    "date", ["日期：2024-03-28", "发布时间:2024年03月28日 09:30", " 时间：2024/03/28"]
)
@pytest.mark.parametrize("again", [True, False])
def test_a_page_date_run_on_into_a_breadcrumb_is_read(date: str, again: bool) -> None:
    """首页 > 政务公开 > 年报某县…报告日期:2024-03-28: the crumbs, the title and the date on
    one line, as a copy that lost the breaks between them gives them; the title may follow
    again on its own line."""
    crumbs = f"您当前的位置：首页 > 政务公开 > 法治政府建设年度报告{_TITLE}{date}"
    head = f"{crumbs}\n{_TITLE}" if again else crumbs
    report = fzbg.parse_report(f"{head}\n{_PREAMBLE}\n{_REST}")
    assert report.published == dt.date(2024, 3, 28)
    assert report.preamble.strip() == _PREAMBLE


@pytest.mark.parametrize("value", ["有效性：有效", "公开方式：主动公开", "发布日期：2024-03-28"])
@pytest.mark.parametrize("addressee", ["", "县人民政府："], ids=["none", "addressee"])
@pytest.mark.parametrize("title", [_TITLE, "长林县司法局2023年度法治政府建设工作总结"])
def test_fields_run_on_with_no_space_into_the_title_keep_the_preamble(
    value: str, addressee: str, title: str
) -> None:
    """No space parts the last field's value from what follows (有效长林县…报告县人民政府：
    2023年，…): the opening's year ends the fields, and an addressee after a title's last
    word is the report's; the preamble is never cut as page metadata."""
    head = f"{title}\n发布日期：2024-03-28 公开方式：主动公开\n"
    report = fzbg.parse_report(f"{head}{value}{title}{addressee}{_PREAMBLE}\n{_REST}")
    assert report.preamble.endswith(_PREAMBLE)
    assert report.addressee == (addressee.rstrip("：") or None)
    assert (report.title, report.year) == (title, 2023)


@pytest.mark.parametrize("gap", [" ", "  ", "\t"])
def test_a_share_bars_label_run_on_into_the_preamble_keeps_it(gap: str) -> None:
    """分享到: has no value: the preamble a copy ran on after it is the report's."""
    fields = f"发布时间：2024-03-28 来源：长林县司法局\n分享到：{gap}"
    report = fzbg.parse_report(f"{_TITLE}\n{fields}{_PREAMBLE}\n{_REST}")
    assert report.preamble == _PREAMBLE
    assert (report.year, report.published) == (2023, dt.date(2024, 3, 28))

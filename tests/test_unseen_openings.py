"""Metadata of openings, titles and closings in shapes met on no earlier probe.

Invented reports of every level: a copy's capture date under the signature (采集时间),
which is no date of publication; a news headline that is no title (某局晒出…“成绩单”); an
account's tag before a title (一图读懂｜); 上一年度 as the only year; the body in brackets
after a title; the page fields that name the issuing body (发文机关); a date typed without
separators (20240301); a title called 年报, or the notice a report is published with.
"""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg

_BODY = (
    "一、主要举措和成效\n（一）健全工作机制。全年召开常务会议学法4次。\n"
    "二、存在的不足和原因\n一是执法队伍专业化程度不高。\n"
    "三、下一步工作安排\n（一）深化执法规范化建设。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "来源：长林镇人民政府  采集时间：2025-06-30 12:00",
        "采集日期：2025-06-30",
        "抓取时间: 2025-06-30 08:15:02",
    ],
)
def test_a_capture_date_is_no_date_of_publication(line: str) -> None:
    """The date a crawler or sharing site took its copy is not the page's date."""
    text = f"长林镇2023年法治政府建设年度报告\n2023年，长林镇坚持依法行政。\n{_BODY}"
    report = fzbg.parse_report(f"{text}\n长林镇人民政府\n2024年1月26日\n{line}\n")
    assert (report.published, report.signed) == (None, dt.date(2024, 1, 26))
    dated = fzbg.parse_report(f"{text}发布时间：2024-02-01  {line}\n")
    assert dated.published == dt.date(2024, 2, 1)


@pytest.mark.parametrize(
    ("headline", "opening", "issuer"),
    [
        ("长林市司法局晒出法治政府建设“成绩单”", "2023年，我局坚持依法行政。", "长林市司法局"),
        ("长林镇亮出2023年法治建设“成绩单”", "2023年，我镇坚持依法行政。", "长林镇"),
        ("长林区公开法治政府建设年度“答卷”", "2023年，我区坚持依法行政。", "长林区"),
    ],
)
def test_a_news_headline_that_is_no_title_names_the_issuer(
    headline: str, opening: str, issuer: str
) -> None:
    """A headline saying a body 晒出 or 公开 its record, over a report that says 我局."""
    report = fzbg.parse_report(f"{headline}\n\n{opening}\n{_BODY}")
    assert (report.title, report.issuer, report.year) == (None, issuer, 2023)


@pytest.mark.parametrize(
    ("line", "tag"),
    [
        ("一图读懂｜长林县2023年法治政府建设年度报告", "一图读懂｜"),
        ("重磅！长林县2023年法治政府建设年度报告", "重磅！"),
        ("法治动态 | 长林县2023年法治政府建设年度报告", "法治动态 |"),
    ],
)
def test_an_accounts_tag_before_a_title_is_chrome(line: str, tag: str) -> None:
    """A tag set off by a bar or a bang before a whole title is cut; the title is the rest."""
    report = fzbg.parse_report(f"{line}\n\n2023年，长林县坚持依法行政。\n{_BODY}")
    assert (report.title, report.issuer) == ("长林县2023年法治政府建设年度报告", "长林县")
    assert tag not in report.text


def test_a_short_title_before_a_bar_keeps_its_words() -> None:
    """A title and the site's name after its bar: the bar ends the title, it opens none."""
    report = fzbg.parse_report(f"法治政府建设报告|长林网\n\n2023年，长林县坚持依法行政。\n{_BODY}")
    assert report.title == "法治政府建设报告"


@pytest.mark.parametrize(
    ("preamble", "heading", "closing", "year"),
    [
        ("现将我局上一年度法治政府建设情况报告如下：", "一、主要举措和成效",
         "长林县统计局\n2024年3月12日", 2023),
        ("我局坚持依法行政，现将有关情况报告如下。", "一、上一年度推进法治政府建设的主要举措和成效",
         "长林县统计局\n2024年1月12日", 2023),
        ("现将上年度法治政府建设情况报告如下：", "一、主要举措和成效", "", None),  # no date
    ],
)  # fmt: skip
def test_a_report_on_the_last_year_is_dated_by_its_signing(
    preamble: str, heading: str, closing: str, year: int | None
) -> None:
    """上一年度, with no year in digits: the year before the one the report was signed in."""
    body = _BODY.replace("一、主要举措和成效", heading)
    report = fzbg.parse_report(f"法治政府建设情况报告\n\n{preamble}\n{body}\n{closing}\n")
    assert report.year == year


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("2023年法治政府建设年度报告（长林县司法局）", "长林县司法局"),
        ("法治政府建设情况报告（长林镇人民政府）", "长林镇人民政府"),
        ("关于2023年度法治政府建设工作情况的报告(长林市教育局)", "长林市教育局"),
    ],
)
def test_the_body_a_list_names_in_brackets_after_the_title_is_the_issuer(
    title: str, issuer: str
) -> None:
    """A title with no body of its own, the body in brackets after it, as a site lists it."""
    report = fzbg.parse_report(f"{title}\n\n2023年，我们坚持依法行政。\n{_BODY}")
    assert (report.title, report.issuer, report.year) == (title, issuer, 2023)


@pytest.mark.parametrize(
    ("fields", "issuer"),
    [
        ("发文机关：长林县人民政府\n发布日期：2024-03-01", "长林县人民政府"),
        ("发布机构：长林县人民政府  来源：长林县司法局", "长林县人民政府"),
        ("来源：长林县司法局", "长林县司法局"),
    ],
)
def test_the_page_field_naming_the_issuing_body_comes_first(fields: str, issuer: str) -> None:
    """A report that names no body: 发文机关 or 发布机构 says who issued it before 来源 does."""
    text = f"2023年度法治政府建设情况报告\n{fields}\n\n我县坚持依法行政，现报告如下。\n{_BODY}"
    assert fzbg.parse_report(text).issuer == issuer


def test_a_title_that_calls_the_report_a_year_book_is_a_title() -> None:
    """…法治政府建设年报: the report by its short name is the title, its issuer read there."""
    title = "长林县2023年度法治政府建设年报"
    report = fzbg.parse_report(f"{title}\n\n2023年，长林县坚持依法行政。\n{_BODY}")
    assert (report.title, report.issuer, report.year) == (title, "长林县", 2023)


@pytest.mark.parametrize(
    ("value", "published"),
    [
        ("20240301", dt.date(2024, 3, 1)),
        ("20240301 09:30", dt.date(2024, 3, 1)),
        ("2024030", None),  # seven digits: no date
        ("20241301", None),  # no thirteenth month
    ],
)
def test_a_page_date_typed_without_separators_is_read(
    value: str, published: dt.date | None
) -> None:
    """发布时间：20240301, the whole value eight digits, is the page's date."""
    head = f"长林县2023年法治政府建设年度报告\n发布时间：{value}\n"
    text = f"{head}\n2023年，长林县坚持依法行政。\n{_BODY}"
    assert fzbg.parse_report(text).published == published


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("长林县人民政府关于公布2023年度法治政府建设情况报告的公告", "长林县人民政府"),
        ("关于印发《长林县2023年度法治政府建设情况报告》的通知", "长林县"),
        ("关于公开长林镇2023年度法治政府建设情况报告的公告", "长林镇"),
    ],
)
def test_the_notice_a_report_is_published_with_titles_it(title: str, issuer: str) -> None:
    """…报告的公告, …报告的通知: the notice's title names the report, its issuer, its year."""
    report = fzbg.parse_report(f"{title}\n\n2023年，我们坚持依法行政。\n{_BODY}")
    assert (report.title, report.issuer, report.year) == (title, issuer, 2023)

"""What a report's title says of its issuer and year, in the shapes the genre writes.

Invented titles of every level: a report on several years (2021-2023年), a byline under
the title naming the body that reports (某某县司法局 alone on its line), a subtitle under a
headline (——某区…报告), a title centred over three lines with the year alone on one, a
title with a note in brackets after it (（征求意见稿）, （2025年3月5日）).
"""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg

_REST = (
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"
    "二、下一步工作安排\n（一）持续推进依法行政。\n"
)


@pytest.mark.parametrize(
    ("title", "issuer", "year"),
    [
        ("长林区2021-2023年法治政府建设情况报告", "长林区", 2023),
        ("长林区2021—2023年法治政府建设情况报告", "长林区", 2023),
        ("长林区2021年至2023年法治政府建设情况报告", "长林区", 2023),
        ("长林区人民政府关于2021年—2023年法治政府建设情况的报告", "长林区人民政府", 2023),
        ("关于长林镇2022至2024年度法治政府建设工作情况的报告", "长林镇", 2024),
        # a report on two years names both
        ("长林县2022年和2023年法治政府建设情况报告", "长林县", 2023),
        ("长林县司法局2022、2023年度法治政府建设工作报告", "长林县司法局", 2023),
        ("长林区人民政府关于2022年、2023年法治政府建设情况的报告", "长林区人民政府", 2023),
        # one year, and a span of another thing in the title, keep the year
        ("长林县2023年度落实法治政府建设实施纲要（2021—2025年）情况报告", "长林县", 2023),
    ],
)
def test_a_report_on_several_years_is_dated_by_its_last(title: str, issuer: str, year: int) -> None:
    """A title that spans years names its issuer before the span and its last year."""
    report = fzbg.parse_report(f"{title}\n三年来，我们坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer, report.year) == (title, issuer, year)


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        ("2023年度法治政府建设情况报告\n安平县司法局\n", "安平县司法局"),
        ("2023年度法治政府建设情况报告\n安平县司法局\n（2024年1月）\n", "安平县司法局"),
        ("法治政府建设年度报告\n  安平镇人民政府  \n", "安平镇人民政府"),
        # an addressee is no byline, and a line of words is none either
        ("2023年度法治政府建设情况报告\n县人民政府：\n", None),
        ("2023年度法治政府建设情况报告\n我局高度重视\n", None),
    ],
)
def test_a_byline_under_the_title_names_the_issuer(head: str, issuer: str | None) -> None:
    """A body's name alone on a line between the title and the preamble is the issuer."""
    report = fzbg.parse_report(f"{head}2023年，我局坚持依法行政。\n{_REST}")
    assert report.issuer == issuer


@pytest.mark.parametrize(
    ("head", "title", "issuer"),
    [
        # a subtitle under a headline: the title follows its dash
        (
            "笃行法治 护航发展\n——安平区2024年度法治政府建设情况报告\n",
            "安平区2024年度法治政府建设情况报告",
            "安平区",
        ),
        (
            "—— 安平区2024年度法治政府建设情况报告\n",
            "安平区2024年度法治政府建设情况报告",
            "安平区",
        ),
        # centred over three lines, the year alone on the middle one
        (
            "安平县人民政府\n2024年\n法治政府建设情况报告\n",
            "安平县人民政府\n2024年\n法治政府建设情况报告",
            "安平县人民政府",
        ),
        ("2024年度\n法治政府建设情况报告\n", "2024年度\n法治政府建设情况报告", None),
        # a report to the level above, called a 汇报
        (
            "安平镇2024年法治政府建设工作情况汇报\n",
            "安平镇2024年法治政府建设工作情况汇报",
            "安平镇",
        ),
    ],
)
def test_title_lines_the_genre_also_writes(head: str, title: str, issuer: str | None) -> None:
    """The title is read past a subtitle's dash and across a year on a line of its own."""
    report = fzbg.parse_report(f"{head}\n2024年，我区坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer, report.year) == (title, issuer, 2024)


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("安平县2024年度法治政府建设情况报告（征求意见稿）", 2024),
        ("安平县2024年度法治政府建设情况报告（送审稿）", 2024),
        ("安平县2024年度法治政府建设情况报告（公开版）", 2024),
        ("安平县2024年度法治政府建设情况报告（简本）", 2024),
        ("安平县2024年度法治政府建设情况报告（简版）", 2024),
        ("安平县2024年度法治政府建设情况报告(网络版)", 2024),
        ("安平县2024年度法治政府建设情况报告[全文]", 2024),
        ("安平县2024年度法治政府建设情况报告（2025年3月5日）", 2024),
        ("安平县2024年度法治政府建设情况报告 ( 2025年03月05日 )", 2024),  # spaced inside
        ("安平县法治政府建设情况报告（2024年度）", 2024),
        # a date in the brackets is the document's, not the year reported on
        ("安平县法治政府建设情况报告（2025年3月5日）", 2024),
        ("安平县法治政府建设情况报告（二〇二五年三月）", 2024),
    ],
)
def test_a_title_with_a_note_in_brackets(title: str, year: int) -> None:
    """A draft's or edition's note, a year or a date in brackets keep the line a title."""
    report = fzbg.parse_report(f"{title}\n\n2024年，安平县坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer, report.year) == (title, "安平县", year)


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("2019-12-03 10:21:33\n", None),  # a site's stale clock over the title
        ("更新时间：2019-12-03\n", None),
        ("更新时间：2019-12-03\n发布时间：2025-03-03\n", dt.date(2025, 3, 3)),
        ("发布时间：2025-03-03\n", dt.date(2025, 3, 3)),
        ("发布时间：2024-12-30\n", dt.date(2024, 12, 30)),  # in the year: early, but so
        # a site's banner and its date, a column's wide spaces between them
        (
            "安平县人民政府门户网站  www.anping.gov.cn                    发布时间:2025-03-31   \n",
            dt.date(2025, 3, 31),
        ),
        # a disclosure table as a bulleted list: each label, then its value, a line each
        (
            "  • 发布机构\n  • 安平县司法局\n  • 发布日期\n  • 2025-03-03\n  • 文号\n",
            dt.date(2025, 3, 3),
        ),
    ],
)
def test_a_page_date_before_the_year_reported_is_no_publication(
    head: str, published: dt.date | None
) -> None:
    """A report on 2024 is not published in 2019: such a date is the page's, not its."""
    report = fzbg.parse_report(f"{head}安平县2024年度法治政府建设情况报告\n{_REST}")
    assert (report.year, report.published) == (2024, published)


@pytest.mark.parametrize(
    "label",
    ["发稿时间：", "发表时间：", "上传时间：", "录入时间：", "信息时间：", "公开时间：", "发布于 "],
)
def test_a_page_dates_its_publication_under_other_labels(label: str) -> None:
    """Sites label the date of publication in many words; each dates the page."""
    for head in (
        f"{label}2025-03-28\n安平县2024年度法治政府建设情况报告\n",
        f"安平县2024年度法治政府建设情况报告\n作者：综合科 {label}2025-03-28 来源：县司法局\n",
    ):
        report = fzbg.parse_report(f"{head}{_REST}")
        assert (report.title, report.published) == (
            "安平县2024年度法治政府建设情况报告",
            dt.date(2025, 3, 28),
        )
        assert "2025-03-28" not in report.text


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("关于2024年度安平县法治政府建设情况的报告", "安平县"),
        ("关于2024年安平县司法局法治政府建设工作情况的报告", "安平县司法局"),
        ("关于报送2024年度安平县法治政府建设情况报告的函", "安平县"),
        # what stands between the year and the genre's words may be no body at all
        ("关于2024年度推进法治政府建设工作情况的报告", None),
        ("2024年度全面推进依法行政工作报告", None),
        ("关于2024年度全县法治政府建设情况的报告", None),
        ("关于2024年度法治政府建设情况的报告", None),
    ],
)
def test_a_title_naming_its_year_before_the_issuer(title: str, issuer: str | None) -> None:
    """关于2024年度某县…的报告: the body after the year is the issuer; a verb is none."""
    report = fzbg.parse_report(f"{title}\n2024年，我们坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer, report.year) == (title, issuer, 2024)


@pytest.mark.parametrize("around", ["《{}》", "【{}】", "“{}”", "【法治】“{}”"])
def test_a_title_set_in_brackets_or_quotes_is_read_without_them(around: str) -> None:
    title = "安平县2023年度法治政府建设情况报告"
    text = (
        around.format(title) + "\n2023年，我县坚持依法行政，现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    )
    report = fzbg.parse_report(text)
    assert (report.title, report.issuer, report.year) == (title, "安平县", 2023)


def test_a_disclosure_table_s_other_labels_leave_the_title_below_them() -> None:
    """目录名称, 效用状态: a table's rows in other sites' words, one of them empty."""
    head = "目录名称:其他文件发布机构:\n发布日期: 文号:安司函〔2025〕1号\n效用状态:有效\n\n"
    report = fzbg.parse_report(f"{head}安平县2024年度法治政府年度报告\n{_REST}")
    assert (report.title, report.issuer, report.year) == (
        "安平县2024年度法治政府年度报告",
        "安平县",
        2024,
    )
    assert "效用状态" not in report.text


def test_a_title_joined_to_its_plans_on_the_next_line_is_one_title() -> None:
    """…工作报告和 / 2023年工作思路: the plans the title joins, not a plans heading."""
    head = "安平县综合行政执法局\n2024年度法治政府建设工作报告和\n2025年工作思路\n\n"
    report = fzbg.parse_report(f"{head}2024年，县综合行政执法局坚持依法行政。\n{_REST}")
    assert report.title == "安平县综合行政执法局\n2024年度法治政府建设工作报告和\n2025年工作思路"
    assert (report.year, report.plan_year) == (2024, 2025)
    assert [s.kind.value for s in report.sections][:1] == ["measures"]


def test_a_column_s_name_over_the_document_s_own_title_is_chrome() -> None:
    """您当前的位置: / 首页>…>年度报告 / > / 2023年法治政府建设年度报告 / the document's title."""
    head = (
        "您当前的位置:\n首页>政务公开>法治政府建设年度报告\n>\n2024年法治政府建设年度报告\n"
        "安平县城市管理局2024年法治政府建设情况报告\n\n"
    )
    report = fzbg.parse_report(f"{head}2024年，县城市管理局坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer) == (
        "安平县城市管理局2024年法治政府建设情况报告",
        "安平县城市管理局",
    )

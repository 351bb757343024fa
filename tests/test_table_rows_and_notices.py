"""A copied table's row of fields, and a title that is a 通报 (invented texts).

A page's field table copied as text parts its cells with tabs, no colon between a label
and its value (发布机构⇥某局⇥发布日期⇥2024-01-15): the body and the date are read as
from 发布机构：某局.  A government may publish its report as a notice (…情况的通报): the
title is read as any report's.
"""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg

_REST = (
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    "二、存在的不足\n一是执法力量不足。\n三、下一步工作打算\n（一）持续推进依法行政。\n"
)


@pytest.mark.parametrize(
    ("row", "issuer", "published"),
    [
        ("发布机构\t青禾区应急管理局\t发布日期\t2025-02-11",
         "青禾区应急管理局", dt.date(2025, 2, 11)),
        ("发文机关\t长林县人民政府\t成文日期\t2024-03-01\t发布日期\t2024-03-05",
         "长林县人民政府", dt.date(2024, 3, 5)),
        ("发布单位\t白马镇人民政府\t发布时间\t2025-01-20", "白马镇人民政府", dt.date(2025, 1, 20)),
        # a class label's value may be the genre's name: no title, a row all the same
        ("发布机构 青禾区司法局 组配分类 法治政府建设年报\n成文日期 2025-02-11 发布日期 2025-02-11",
         "青禾区司法局", dt.date(2025, 2, 11)),
        ("发布机构\t白马镇人民政府\t主题分类\t法治政府建设年度报告\n发布时间\t2025-01-20",
         "白马镇人民政府", dt.date(2025, 1, 20)),
        # a bordered row whose value cells may be empty, the next label right after
        ("| 关键词 | 发布机构 | 青禾县林草局 | |\n| 公开形式 | 发布日期 | 2025-02-11 |",
         "青禾县林草局", dt.date(2025, 2, 11)),
    ],
)  # fmt: skip
def test_a_table_row_copied_with_tabs(row: str, issuer: str, published: dt.date) -> None:
    """The label's cell, then its value's: the body that published the page is the issuer."""
    text = f"{row}\n2024年法治政府建设年度报告\n2024年，我单位坚持依法行政。\n" + _REST
    report = fzbg.parse_report(text)
    assert (report.issuer, report.published) == (issuer, published)
    assert report.title == "2024年法治政府建设年度报告"
    assert "\t" not in report.text.split("\n", 1)[0]


@pytest.mark.parametrize(
    ("title", "issuer", "year"),
    [
        ("松岭市人民政府关于2023年度法治政府建设情况的通报", "松岭市人民政府", 2023),
        ("关于青禾县2021年法治政府建设工作情况的通报", "青禾县", 2021),
        ("长林区2019年度法治政府建设情况通报", "长林区", 2019),
    ],
)
def test_a_report_published_as_a_notice(title: str, issuer: str, year: int) -> None:
    """…情况的通报 is the report's title."""
    report = fzbg.parse_report(f"{title}\n今年以来，全市各级各部门坚持依法行政。\n" + _REST)
    assert (report.title, report.issuer, report.year) == (title, issuer, year)


@pytest.mark.parametrize(
    "row", ["发布机构\t青禾区应急管理局", "发布机构 青禾区应急管理局", "来源：青禾区应急管理局"]
)
def test_a_field_row_over_a_title_is_no_half_of_it(row: str) -> None:
    """A label and a body's name over the title are a field, not the title's first line.

    (某县人民政府 / 2023年度…报告 is a title broken after the issuer's name; 发布机构⇥某局
    over it is not, though 机构 ends a body's name too.)
    """
    head = f"{row}\n2024年法治政府建设年度报告\n"
    report = fzbg.parse_report(head + "2024年，我局坚持依法行政。\n" + _REST)
    assert report.title == "2024年法治政府建设年度报告"
    assert report.issuer in (None, "青禾区应急管理局")


@pytest.mark.parametrize("indent", ["", "    ", "\t", "　　"])
@pytest.mark.parametrize("bullet", ["", "  • ", "· "])
def test_a_table_copied_cell_by_cell_with_indented_values(indent: str, bullet: str) -> None:
    """• 公开方式: / (blank) / ␣␣␣␣主动公开: the value's line, indented, is cut with its label,
    and is no first line of the title below."""
    head = "".join(
        f"{bullet}{label}:\n\n{indent}{value}\n\n"
        for label, value in (("发布机构", "青禾镇"), ("公开方式", "主动公开"))
    )
    title = "青禾镇2023年度法治政府建设工作报告"
    dated = "发布时间: 2024-01-31 15:51 信息来源: 办公室 访问次数:"
    report = fzbg.parse_report(f"{head}{title}\n\n{dated}\n\n2023年，青禾镇坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer, report.published) == (
        title,
        "青禾镇",
        dt.date(2024, 1, 31),
    )

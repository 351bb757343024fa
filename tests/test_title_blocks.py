"""Title blocks and page metadata the sample reports do not show (issue #13, classes 2, 5).

Every text here is invented in the genre's style: a body's name above its 关于…的报告, a
title behind its 文号 or a column tag, an information-disclosure table above the title,
dates whose labels were spaced out, bracketed, lost or moved.
"""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg

_BODY = (
    "\n2022年，我县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
    "一、主要举措和成效\n（一）加强组织领导。县政府常务会议学法4次。\n"
    "二、存在的问题\n（一）法治宣传不够深入。\n"
)


def _head(text: str) -> tuple[str | None, str | None, dt.date | None, str | None]:
    report = fzbg.parse_report(text + _BODY)
    return report.title, report.issuer, report.published, report.addressee


@pytest.mark.parametrize(
    ("above", "title", "issuer"),
    [
        ("", "《云溪县人民政府关于2022年度法治政府建设情况的报告》", "云溪县人民政府"),
        (
            "云府文〔2023〕7号\n",
            "《云溪县人民政府关于2022年度法治政府建设情况的报告》",
            "云溪县人民政府",
        ),
        (
            "",
            "湘司发〔2021〕15号《湘江市司法局关于2020年法治政府建设工作情况的报告》",
            "湘江市司法局",
        ),
        ("", "【工作报告】桃溪街道2024年度法治政府建设工作报告", "桃溪街道"),
        ("", "【政务公开】 青山省人民政府关于2019年度法治政府建设情况的报告", "青山省人民政府"),
        ("", "[政务公开]青山省人民政府关于2019年度法治政府建设情况的报告", "青山省人民政府"),
        # The file's name a document-sharing site shows above the text.
        (
            "桃溪街道2024年度法治政府建设工作报告.docx\n",
            "桃溪街道2024年度法治政府建设工作报告",
            "桃溪街道",
        ),
        (
            "云溪县年度报告.PDF\n",
            "云溪县人民政府关于2022年度法治政府建设情况的报告",
            "云溪县人民政府",
        ),
    ],
)
def test_title_behind_its_document_number_tag_or_book_marks(
    above: str, title: str, issuer: str
) -> None:
    """文号, a column tag and 《》 on or above the title's line are not the title."""
    got_title, got_issuer, _, _ = _head(above + title)
    assert got_title is not None
    assert got_title in title
    assert not got_title.startswith(("【", "《", "["))
    assert ".docx" not in got_title
    assert "号" not in got_title
    assert got_issuer == issuer


@pytest.mark.parametrize(
    ("table", "title", "issuer", "published"),
    [
        (
            "[ 索引号 ] 11500231000000000A/2024-00012 [ 发文字号 ]\n"
            "[ 主题分类 ] 司法、法制 [ 体裁分类 ] 工作报告\n"
            "[ 发布机构 ] 石门乡人民政府 [ 有效性 ]\n"
            "[ 成文日期 ] 2024-01-20 [ 发布日期 ] 2024-02-03\n",
            "石门乡人民政府2023年法治政府建设情况报告",
            "石门乡人民政府",
            dt.date(2024, 2, 3),
        ),
        (
            "[ 主题分类 ] 综合政务\n[ 体裁分类 ] 报告\n[ 成文日期 ] 2021-03-01\n"
            "[ 发布日期 ] 2021-03-05\n",
            "沙河市人民政府关于2020年法治政府建设情况的报告",
            "沙河市人民政府",
            dt.date(2021, 3, 5),
        ),
        (
            "文       号:\n信息分类: 司法\n发文机构:东湖区司法局\n"
            "名       称:东湖区人民政府关于2024年度法治政府建设情况的报告\n\n",
            "东湖区人民政府关于2024年度法治政府建设情况的报告",
            "东湖区人民政府",
            None,
        ),
    ],
)
def test_disclosure_table_above_the_title(
    table: str, title: str, issuer: str, published: dt.date | None
) -> None:
    """A disclosure table's labels never become title, issuer or addressee."""
    assert _head(table + title) == (title, issuer, published, None)


@pytest.mark.parametrize(
    ("under", "published"),
    [
        ("更新时间：2022-10-21 09:15:36", dt.date(2022, 10, 21)),
        ("来源：县司法局 作者： 发布时间 2025年09月05日 点击数：", dt.date(2025, 9, 5)),
        (
            "某某市人民政府门户网站 www.example.gov.cn 时间：2023-03-09 来源：县政府办",
            dt.date(2023, 3, 9),
        ),
        ("发布日期：\n2023-04-01", dt.date(2023, 4, 1)),
        ("| 发布日期 | 2024-01-30 |", dt.date(2024, 1, 30)),
        ("——2023年1月12日在县第十八届人民代表大会第二次会议上", None),
    ],
)
def test_page_dates_in_other_shapes(under: str, published: dt.date | None) -> None:
    """A lost colon, a label mid-line or in a cell still dates the page; a delivery does not."""
    title = "云溪县2022年度法治政府建设情况报告"
    assert _head(f"{title}\n{under}")[:3] == (title, "云溪县", published)


@pytest.mark.parametrize(
    ("above", "published"),
    [
        ("发布日期：\n2024-04-01", dt.date(2024, 4, 1)),
        ("| 发布日期 | 2024-01-30 |", dt.date(2024, 1, 30)),
        ("更新时间\t2023-06-02 08:30", dt.date(2023, 6, 2)),
        ("2024-11-05", dt.date(2024, 11, 5)),
    ],
)
def test_page_dates_above_the_title(above: str, published: dt.date) -> None:
    """A label over its value, a table cell, a tab, a date whose label was lost."""
    title = "桃溪街道2023年度法治政府建设工作报告"
    assert _head(f"{above}\n{title}")[:3] == (title, "桃溪街道", published)


_TABLE_ROW = (
    "您当前所在位置:首页>政务公开>法治政府建设>镇街 "
    "[ 索引号 ] 11500000-0001/2025-00003 [ 发文字号 ] [ 主题分类 ] 司法、法制 "
    "[ 体裁分类 ] 工作报告 [ 发布机构 ] 青石县白马镇人民政府 [ 有效性 ] "
    "[ 成文日期 ] 2025-01-22 [ 发布日期 ] 2025-02-10"
)


@pytest.mark.parametrize("gap", [" ", "  ", "\u3000"])
def test_a_page_run_together_past_its_disclosure_table(gap: str) -> None:
    """A web page that lost every line break: its table of fields, padded with single
    spaces around the labels' brackets, runs on into the title and the body.  The
    brackets' padding is no break, the table's row does not end the page's head, and the
    title is read after the last field's value."""
    title = "青石县白马镇人民政府2024年法治政府建设情况报告"
    body = _BODY.replace("\n", gap).strip()
    report = fzbg.parse_report(f"{_TABLE_ROW}{gap}{title}{gap}{body}")
    assert (report.title, report.issuer, report.year) == (title, "青石县白马镇人民政府", 2024)
    assert report.published == dt.date(2025, 2, 10)
    assert [s.kind.value for s in report.sections] == ["measures", "shortcomings"]


@pytest.mark.parametrize(
    "title",
    [
        "云溪县人民政府\n关于2022年度法治政府建设\n情况的报告",
        "云溪县人民政府\n2022年度法治政府建设\n情况报告",
        "云溪县人民政府\n关于2022年度法治政府\n建设情况的报告",
        "云溪县人民政府2022年度\n法治政府建设\n年度报告",  # the name with its year
        "云溪县人民政府2022年\n法治政府建设\n情况报告",
    ],
)
def test_a_title_centred_over_three_lines(title: str) -> None:
    """A printed title broken over three lines, the body's name on the first, is one title."""
    found, issuer, _, _ = _head(title)
    assert found == title
    assert issuer == "云溪县人民政府"


def test_blank_lines_between_the_lines_of_a_page_head_count_nothing() -> None:
    """A page that puts three blank lines after each line (paragraphs as <p>) still has
    its title found below twenty lines of chrome and fields."""
    chrome = [f"[ 栏目{n} ] 政务公开" for n in range(20)]
    head = "\n\n\n\n".join([*chrome, "云溪县人民政府关于2022年度法治政府建设情况的报告"])
    assert _head(head)[:2] == ("云溪县人民政府关于2022年度法治政府建设情况的报告", "云溪县人民政府")


def test_a_title_whole_in_two_lines_does_not_take_the_heading_below() -> None:
    """云溪县人民政府 / 关于…的报告 is the title; 2024年工作总结 below it is a heading, though
    the three lines together read like one title."""
    report = fzbg.parse_report(
        "云溪县人民政府\n关于2022年度法治政府建设情况的报告\n2024年工作总结\n（一）加强领导。\n"
    )
    assert report.title == "云溪县人民政府\n关于2022年度法治政府建设情况的报告"
    assert [s.heading for s in report.sections] == ["2024年工作总结"]

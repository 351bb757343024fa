"""The 主送机关 line above a report's preamble, in the shapes the genre writes.

Invented openings: the addressee alone on its line, and run on into the preamble's
opening where the copy lost the line break after its colon.
"""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg

_TITLE = "青禾镇人民政府关于2023年度法治政府建设情况的报告\n"
_REST = "\n一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"


@pytest.mark.parametrize(
    ("preamble", "addressee"),
    [
        ("县人民政府：\n2023年，我镇坚持依法行政。", "县人民政府"),
        ("县人民政府：2023年，我镇坚持依法行政。", "县人民政府"),
        ("县委、县政府：2023年，我镇坚持依法行政。", "县委、县政府"),
        ("县委依法治县办：根据要求，现将我镇2023年度工作情况报告如下。", "县委依法治县办"),
        ("县人民政府：今年以来，我镇坚持依法行政。", "县人民政府"),
        # a people's congress's standing committee, a space after the colon
        ("县人大常委会： 2023年，我镇坚持依法行政。", "县人大常委会"),
        ("县人大常委会：2023年，我镇坚持依法行政。", "县人大常委会"),
        # the congress by its short name, among the bodies reported to
        ("县政府、县委、县人大：\n2023年，我镇坚持依法行政。", "县政府、县委、县人大"),
        # a letter's greeting before it, or its 致 and the colon after that
        ("尊敬的县委、县政府：\n2023年，我镇坚持依法行政。", "县委、县政府"),
        ("致：县人民政府\n2023年，我镇坚持依法行政。", "县人民政府"),
        ("致:县委依法治县办、县司法局\n2023年，我镇坚持依法行政。", "县委依法治县办、县司法局"),
        ("各位代表：\n2023年，我镇坚持依法行政。", None),  # a greeting, no body
        # bodies parted by a comma
        (
            "县委、县政府，县委依法治县办：\n2023年，我镇坚持依法行政。",
            "县委、县政府，县委依法治县办",
        ),
        ("2023年，我镇坚持依法行政，全面推进法治政府建设：\n一是加强领导。", None),
        # a preamble's own colon is no addressee's
        ("2023年，我镇坚持三个原则：依法、公开、高效。", None),
        ("根据要求：现将我镇2023年度工作情况报告如下。", None),
    ],
)
def test_the_addressee_alone_or_run_on(preamble: str, addressee: str | None) -> None:
    """The addressee is read with its line break or without it, and the year after it."""
    report = fzbg.parse_report(f"{_TITLE}{preamble}{_REST}")
    assert (report.addressee, report.issuer, report.year) == (
        addressee,
        "青禾镇人民政府",
        2023,
    )


@pytest.mark.parametrize(
    "line",
    [
        "青禾镇人民政府关于2023年度法治政府建设情况的报告 县人民政府：",
        "青禾镇人民政府关于2023年度法治政府建设情况的报告县委、县政府：",
    ],
)
def test_an_addressee_on_the_titles_line_is_split_off(line: str) -> None:
    """A copy that lost the title's line break keeps the title, and the addressee after it."""
    report = fzbg.parse_report(f"{line}\n2023年，我镇坚持依法行政。{_REST}")
    assert report.title == _TITLE.strip()
    assert (report.addressee, report.issuer) == (
        line.split("报告")[1].strip(" ：").strip(),
        "青禾镇人民政府",
    )


@pytest.mark.parametrize("who", ["区人民政府", "县委依法治县办", "市司法局", "县人大常委会"])
@pytest.mark.parametrize(
    "opening",
    [
        "根据要求，现将我镇2023年度法治政府建设情况报告如下：",
        "按照有关规定，现将我镇2023年度法治政府建设情况报告如下:",
        "现将我镇2023年度法治政府建设工作报告如下：",
    ],
)
def test_an_addressee_run_on_into_a_preamble_without_a_full_stop(who: str, opening: str) -> None:
    """A copy that lost every line break runs the addressee into a preamble whose one
    sentence ends 如下: (no 。 anywhere); behind a page's fields line, whose last field a
    copy emptied (字体:【), the fields end where the addressee starts."""
    flat = f"{_TITLE}{who}：{opening}{_REST}"
    assert fzbg.parse_report(flat).addressee == who
    head = "发布时间：2024-01-08 10:30 来源：县政府网站 字体：【  "
    fields = f"{_TITLE}{head}{who}：{opening}{_REST}"
    report = fzbg.parse_report(fields)
    assert (report.addressee, report.published) == (who, dt.date(2024, 1, 8))
    assert opening.rstrip("：:") in report.preamble


@pytest.mark.parametrize(
    "preamble",
    [
        "根据上级要求：现将我镇2023年度法治政府建设情况报告如下：",
        "按照通知：现将我镇2023年度工作情况报告如下：",
    ],
)
def test_a_basis_before_a_colon_is_no_addressee(preamble: str) -> None:
    """A preamble's own colon, with no 。 in the preamble, names no addressee."""
    assert fzbg.parse_report(f"{_TITLE}{preamble}{_REST}").addressee is None

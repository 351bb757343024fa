"""A page's empty fields and a breadcrumb's last crumb are neither addressee nor title.

Invented page heads: a site prints its fields on lines of their own, some with no value
(文章来源：), and wraps a long breadcrumb so that its last crumb, the column or the page's
own title, opens the next line with the arrow before it.
"""

from __future__ import annotations

import pytest

import fzbg

_TITLE = "青禾县2023年度法治政府建设情况报告"
_BODY = (
    "2023年，我县深入推进依法行政，现将有关情况报告如下：\n"
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"
)


@pytest.mark.parametrize("label", ["文章来源", "稿件来源", "新闻来源", "稿源", "作者", "来源"])
def test_an_empty_field_is_no_addressee(label: str) -> None:
    report = fzbg.parse_report(f"{_TITLE}\n{label}：\n发布时间：2024-03-20\n{_BODY}")
    assert (report.addressee, report.title) == (None, _TITLE)
    assert f"{label}：" not in report.text


@pytest.mark.parametrize(
    "addressee", ["县人民政府", "县委、县政府", "县委依法治县办", "县人大常委会"]
)
def test_a_body_above_the_preamble_is_the_addressee(addressee: str) -> None:
    assert fzbg.parse_report(f"{_TITLE}\n{addressee}：\n{_BODY}").addressee == addressee


@pytest.mark.parametrize("arrow", [">", "»", "›", "> "])
@pytest.mark.parametrize("last", [_TITLE, "法治政府建设年度报告"])
def test_the_last_crumb_on_a_line_of_its_own_is_chrome(arrow: str, last: str) -> None:
    page = f"首页 > 政务公开 > 计划总结\n{arrow}{last}\n{_TITLE}\n{_BODY}"
    report = fzbg.parse_report(page)
    assert (report.title, report.issuer, report.year) == (_TITLE, "青禾县", 2023)
    assert arrow.strip() not in report.text


@pytest.mark.parametrize("gap", [" · ", "·", " ·   "])
def test_a_field_whose_label_a_dot_parts_from_its_value_is_chrome(gap: str) -> None:
    """文章来源 · 市政府办公厅 3天前: a site's field, a middle dot for its colon."""
    report = fzbg.parse_report(f"{_TITLE}\n文章来源{gap}县政府办公室 3天前\n{_BODY}")
    assert (report.title, report.issuer) == (_TITLE, "青禾县")
    assert "文章来源" not in report.text
    assert [q.text for q in report.quantities] == ["3次"]

"""A headline over a report that gives no title: the report's own count of sections stays.

A page may open with a line that names the matter but is no title the genre writes
(工作情况通报, 年度工作总结, 法治政府建设工作情况): read as an unnumbered heading, the
count of sections under it (一、…情况 / 二、存在的问题 / 三、…安排) was taken for its
items and the report lost its sections, its issuer and its year.
"""

from __future__ import annotations

import pytest

import fzbg
from fzbg.model import SectionKind

_BODY = (
    "  某某局坚持以习近平法治思想为指导，取得积极进展。"
    "现将某某局2023年法治政府建设情况和2024年工作安排报告如下。\n"
    "  一、2023年法治政府建设情况\n  （一）主要举措\n  一是完善制度。\n"
    "  二、存在的问题\n  一是宣传不够。\n"
    "  三、2024年工作安排\n  一是加强学习。\n"
)
_KINDS = [SectionKind.MEASURES, SectionKind.SHORTCOMINGS, SectionKind.PLANS]


@pytest.mark.parametrize(
    "headline", ["工作情况通报", "年度工作总结", "法治政府建设工作情况", "主要工作情况"]
)
def test_the_count_under_a_headline_is_the_reports(headline: str) -> None:
    report = fzbg.parse_report(f"{headline}\n{_BODY}")
    assert [s.kind for s in report.sections] == _KINDS
    assert (report.issuer, report.year) == ("某某局", 2023)


def test_a_count_of_points_under_a_section_heading_stays_its_items() -> None:
    """2024年工作安排 / 一、… / 二、…: points that name no sections are the section's items."""
    text = (
        "某某局2023年法治政府建设情况报告\n一、主要举措和成效\n（一）加强领导。召开会议3次。\n"
        "二、存在的不足和原因\n一是宣传不够。\n2024年工作安排\n一、加强学习。全年学法4次。\n"
        "二、规范执法。开展培训2次。\n"
    )
    report = fzbg.parse_report(text)
    assert [s.kind for s in report.sections] == _KINDS
    assert [i.title for i in report.sections[-1].items] == ["加强学习", "规范执法"]

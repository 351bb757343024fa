"""Headings that lost their numbers, over points that count again from one under each.

A copy can drop the automatic 一、 of every heading and keep the (一) of the points:
``加强组织领导 / (一)… / (二)… / 推进依法行政 / (一)…``.  Generated reports of two or more
such sections (a lead paragraph under some headings, points in either bracket width)
parse to one section a heading, each holding its own points counted from one.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_CN = "一二三四五六七八九十"
_HEADINGS = (
    "加强组织领导，压实法治建设责任",
    "推进依法科学民主决策",
    "严格规范公正文明执法",
    "强化行政权力制约监督",
    "深化法治宣传教育",
    "依法有效化解社会矛盾纠纷",
)
_LEADS = (
    "",
    "过去一年，我们坚持把这项工作摆在突出位置。",
    "主要做法如下：",
)
_POINTS = (
    "健全工作机制。全年召开专题会议{n}次，研究解决重点问题。",
    "完善制度建设。制定印发工作制度{n}项，明确责任分工。",
    "加强队伍建设。组织业务培训{n}期，参训人员大幅增加。",
    "狠抓工作落实。开展督促检查{n}次，推动问题整改到位。",
)
_BRACKETS = ("（{c}）", "({c})")


@st.composite
def _reports(draw: st.DrawFn) -> tuple[str, list[tuple[str, int]]]:
    """A report of sections whose headings lost their numbers, and each one's point count."""
    headings = draw(st.lists(st.sampled_from(_HEADINGS), min_size=2, max_size=4, unique=True))
    bracket = draw(st.sampled_from(_BRACKETS))
    lines = ["某某县2023年度法治政府建设情况报告", "2023年，某某县深入推进法治政府建设。"]
    expected = []
    for heading in headings:
        lines.append(heading)
        if lead := draw(st.sampled_from(_LEADS)):
            lines.append(lead)
        count = draw(st.integers(2, len(_POINTS)))
        for i in range(count):
            point = _POINTS[i].format(n=draw(st.integers(2, 60)))
            lines.append(bracket.format(c=_CN[i]) + point)
        expected.append((heading, count))
    lines += ["某某县人民政府", "2024年1月20日"]
    return "\n".join(lines) + "\n", expected


@settings(max_examples=int(os.environ.get("FZBG_PROPERTY_EXAMPLES", "60")))
@given(_reports())
def test_counts_that_start_again_find_the_headings_over_them(
    case: tuple[str, list[tuple[str, int]]],
) -> None:
    """Each bare line over a new count heads a section; the points are its items."""
    text, expected = case
    report = fzbg.parse_report(text)
    assert [(s.heading, len(s.items)) for s in report.sections] == expected
    for section in report.sections:
        assert [item.ordinal for item in section.items] == list(range(1, len(section.items) + 1))


def test_one_count_under_a_lead_keeps_its_points_as_they_were() -> None:
    """With one count only, nothing says a line over it lost its number: no heading made."""
    text = (
        "某某县2023年度法治政府建设情况报告\n"
        "2023年，某某县深入推进法治政府建设。\n"
        "（一）健全工作机制。全年召开专题会议5次。\n"
        "（二）完善制度建设。制定印发工作制度3项。\n"
    )
    report = fzbg.parse_report(text)
    assert "深入推进" not in "".join(s.heading or "" for s in report.sections)
    assert len(report.sections) == 2

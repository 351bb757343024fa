"""A report whose later headings lost their numbers keeps the first heading's.

A Word list's numbers can survive a copy on the first heading only, in whatever style the
report ranks highest with no 一、 (``1.`` ``1、`` ``（一）``): ``1.2023年工作总结 / (1)… /
在总结工作的同时…不足 / 2024年工作安排 / (1)…``.  The numbered line heads the first
section (its words name a section of a kind the bare headings do not), the bare lines
whose words name sections head the rest, and every section keeps its own points.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.model import SectionKind

_CN = "一二三四五六七八九十"
# (the first heading's marker, the points' markers) as a report ranks them with no 一、
_STYLES = (
    ("{n}.", "({n})"),
    ("{n}、", "（{n}）"),
    ("{n}．", "{n})"),
    ("（{c}）", "{n}."),
    ("（{c}）", "{n}、"),
)
_FIRST = ("{y}年工作总结", "{y}年推进法治政府建设的主要举措和成效", "{y}年度法治政府建设工作情况")
_LATER = (
    (SectionKind.SHORTCOMINGS, "存在的问题和不足"),
    (SectionKind.PLANS, "{z}年工作安排"),
    (SectionKind.PLANS, "下一步工作打算"),
)
_POINTS = (
    "健全工作机制。全年召开专题会议{k}次。",
    "完善制度建设。制定印发工作制度{k}项。",
    "加强队伍建设。组织业务培训{k}期。",
    "狠抓工作落实。开展督促检查{k}次。",
)


def _point(style: str, i: int, k: int) -> str:
    return style.format(n=i + 1, c=_CN[i]) + _POINTS[i].format(k=k)


@st.composite
def _reports(draw: st.DrawFn) -> tuple[str, list[tuple[SectionKind, int]]]:
    """A report numbered on its first heading only; each section's kind and point count."""
    year = draw(st.integers(2017, 2025))
    top, sub = draw(st.sampled_from(_STYLES))
    later = draw(st.sampled_from([_LATER[:2], _LATER[1:2], _LATER[::2], _LATER[2:]]))
    lines = [f"某某镇{year}年法治政府建设工作报告", f"{year}年，某某镇扎实推进法治政府建设。"]
    first = draw(st.sampled_from(_FIRST)).format(y=year)
    expected = []
    for n, (kind, heading) in enumerate([(SectionKind.MEASURES, first), *later]):
        marker = top.format(n=1, c=_CN[0]) if n == 0 else ""
        lines.append(marker + heading.format(z=year + 1))
        count = draw(st.integers(2, len(_POINTS)))
        lines += [_point(sub, i, draw(st.integers(2, 60))) for i in range(count)]
        expected.append((kind, count))
    return "\n".join(lines) + "\n", expected


@settings(max_examples=int(os.environ.get("FZBG_PROPERTY_EXAMPLES", "60")))
@given(_reports())
def test_the_one_numbered_heading_heads_the_first_section(
    case: tuple[str, list[tuple[SectionKind, int]]],
) -> None:
    text, expected = case
    report = fzbg.parse_report(text)
    assert [(s.kind, len(s.items)) for s in report.sections] == expected, text
    assert "召开专题会议" not in (report.preamble or "")  # no point lost to the preamble


def test_an_item_that_names_its_sections_kind_stays_an_item() -> None:
    """Under a bare 存在的问题, ``1、存在问题`` points are its items, not a section."""
    text = (
        "某某镇2023年法治政府建设工作报告\n"
        "存在的问题\n"
        "1、存在问题较多\n"
        "2、存在短板不足\n"
        "下一步工作打算\n"
        "加强队伍建设。\n"
    )
    report = fzbg.parse_report(text)
    assert [s.kind for s in report.sections] == [SectionKind.SHORTCOMINGS, SectionKind.PLANS]

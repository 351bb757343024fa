"""Openings whose first section stands alone: what heads it, and what only looks like a head.

An opening (a page cut short, a report's first screen) often holds one ``一、`` and no
``二、``; what else in it looks like a heading must not take the section's place.  Each
class met in real openings, on invented text:

- the page repeats its title under the banner a little differently (``某镇2022法治…总结``
  under ``某镇2022年法治…总结``): a repeat, not a heading over the report;
- a body's name over the year's matter (``某厅 / 2025年法治政府建设工作情况``) is the title;
- the statutory heading's count restarts at once (``一、2022年…主要措施 / 一、强化…``):
  the second count is the section's points;
- a line that introduces a list (``主要存在以下问题:``) or heads a part of the section it
  stands in (``存在不足的原因``) opens no section of its own.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import fzbg

_BODIES = ("青石镇", "东河街道", "南川县", "北岭市司法局", "西原省交通运输厅", "大川区教育局")
_YEARS = st.integers(2016, 2025)
_PREAMBLE = "{y}年，在上级的坚强领导下，本单位坚持依法行政，法治政府建设取得新成效。"
_POINTS = "（一）加强组织领导。召开专题会议{n}次。\n（二）推进依法决策。审查文件{m}件。\n"


@given(
    body=st.sampled_from(_BODIES),
    year=_YEARS,
    dropped=st.sets(st.sampled_from(["年", "度", "的"]), min_size=1),
    genre=st.sampled_from(["年度法治政府建设的工作总结", "年度法治政府建设的情况报告"]),
    chrome=st.sampled_from(["", "来源：本站 发布时间：2023-01-12\n", "打印 关闭\n"]),
)
def test_a_title_repeated_with_a_word_dropped_is_a_repeat(
    body: str, year: int, dropped: set[str], genre: str, chrome: str
) -> None:
    title = f"{body}{year}{genre}"
    repeat = f"{body}{year}" + "".join(c for c in genre if c not in dropped)
    text = (
        f"{title}\n{chrome}\n{repeat} \n\n  {_PREAMBLE.format(y=year)}\n"
        f"一、推进法治政府建设的主要举措和成效\n{_POINTS.format(n=3, m=12)}"
    )
    report = fzbg.parse_report(text)
    assert report.title == title
    assert [s.heading for s in report.sections] == ["一、推进法治政府建设的主要举措和成效"]
    assert len(report.sections[0].items) == 2


@given(
    body=st.sampled_from(_BODIES),
    year=_YEARS,
    matter=st.sampled_from(
        ["法治政府建设工作情况", "法治政府部门建设工作情况", "度法治政府建设情况"]
    ),
)
def test_a_body_over_the_years_matter_is_a_title_of_two_lines(
    body: str, year: int, matter: str
) -> None:
    text = (
        f"{body}\n{year}年{matter}\n\n{_PREAMBLE.format(y=year)}\n"
        f"一、{year}工作开展情况\n{_POINTS.format(n=3, m=12)}"
    )
    report = fzbg.parse_report(text)
    assert report.title == f"{body}\n{year}年{matter}"
    assert report.issuer == body
    assert [s.heading for s in report.sections] == [f"一、{year}工作开展情况"]


@given(year=_YEARS, blank=st.sampled_from(["\n", "\n\n"]))
def test_a_count_restarting_at_once_under_the_heading_is_its_points(year: int, blank: str) -> None:
    text = (
        f"某镇{year}年度法治政府建设工作报告\n{_PREAMBLE.format(y=year)}\n"
        f"一、{year}年法治政府建设主要措施{blank}一、强化领导责任，夯实工作基础{blank}"
        "街道党政主要负责人认真履行第一责任人职责。"
    )
    report = fzbg.parse_report(text)
    assert [s.heading for s in report.sections] == [f"一、{year}年法治政府建设主要措施"]
    assert [i.title for i in report.sections[0].items] == ["强化领导责任，夯实工作基础"]


@given(
    lead=st.sampled_from(
        ["主要存在以下问题：", "法治政府建设主要存在以下问题：", "具体表现在以下几个方面："]
    ),
    part=st.sampled_from(["", "存在不足的原因：", "法治建设存在不足的原因", "问题产生的原因"]),
    traditional=st.booleans(),
)
def test_a_list_lead_or_a_part_heading_opens_no_section(
    lead: str, part: str, traditional: bool
) -> None:
    text = (
        "某县2024年法治政府建设情况报告\n2024年，某县坚持依法行政，取得新成效。\n"
        "一、2024年度推进法治政府建设的主要举措和成效\n"
        + _POINTS.format(n=3, m=12)
        + "二、2024年度推进法治政府建设存在的不足和原因\n"
        + f"{lead}\n（一）法治意识不强。部分干部学法不够。\n（二）执法队伍薄弱。人员不足。\n"
        + (f"{part}\n一是培训不够。二是投入不足。\n" if part else "")
        + "三、2025年工作安排\n（一）加强学习。\n（二）规范执法。\n"
    )
    if traditional:
        text = text.translate(
            str.maketrans("问题区内执队伍员与学进发县", "問題區內執隊伍員與學進發縣")
        )
    report = fzbg.parse_report(text)
    assert [s.kind.value for s in report.sections] == ["measures", "shortcomings", "plans"]
    assert [len(s.items) for s in report.sections] == [2, 2, 2]

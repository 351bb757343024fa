"""A list held by a run-in point stays that point's when a copy runs the body together.

``三是审查需完善。1、流程问题。…2、资料缺失。…四是…``: the ``1、`` points belong to 三是.
Split onto lines of their own, as a run-together body's headings are, they stood in for
every point of the section.  Generated sections, each drawn with its lines kept and run
together, parse to the same points and children.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_CN = "一二三四五六七八九十"
_SUB_STYLES = ("{n}、", "{n}.", "({n})")
_TOPICS = (
    "执法力量不足",
    "宣传形式单一",
    "审查程序不规范",
    "队伍建设滞后",
    "制度衔接不畅",
    "监督机制不健全",
)
_SUBS = ("工作流程问题", "资料缺失问题", "归档不及时", "人员不固定")
_SENTENCE = "在实际工作中仍有差距，需要进一步加强和改进。"


@st.composite
def _sections(draw: st.DrawFn) -> tuple[list[str], int, int]:
    """The lines of a report whose shortcomings hold run-in points, one with a list."""
    points = draw(st.integers(3, 6))
    holder = draw(st.integers(0, points - 2))  # a point after it closes the list
    subs = draw(st.integers(2, 4))
    style = draw(st.sampled_from(_SUB_STYLES))
    paragraph = "近年来工作取得了成效，但对照更高要求仍存在一些不足。"
    for i in range(points):
        paragraph += f"{_CN[i]}是{_TOPICS[i]}。{_SENTENCE}"
        if i == holder:
            paragraph += "".join(
                f"{style.format(n=j + 1)}{_SUBS[j]}。{_SENTENCE}" for j in range(subs)
            )
    lines = [
        "某县司法局2023年度法治政府建设情况报告",
        "2023年，我局坚持以习近平法治思想为指导，现将有关情况报告如下：",
        "一、主要举措和成效",
        "（一）加强组织领导。召开专题会议研究部署法治政府建设工作。",
        "（二）推进依法决策。严格落实重大行政决策程序规定。",
        "二、存在的不足和原因",
        paragraph,
        "三、2024年工作安排",
        "（一）加强执法队伍建设。（二）深化法治宣传教育。",
    ]
    return lines, points, holder * 100 + subs


@settings(max_examples=int(os.environ.get("FZBG_EXAMPLES", "300")) // 3, deadline=None)
@given(_sections())
def test_a_list_inside_a_run_in_point_stays_its_own(drawn: tuple[list[str], int, int]) -> None:
    lines, points, where = drawn
    holder, subs = divmod(where, 100)
    for text in ("\n".join(lines), "".join(lines)):
        report = fzbg.parse_report(text)
        found = report.sections[1].items
        assert [i.ordinal for i in found] == list(range(1, points + 1)), text
        assert [len(i.children) for i in found] == [
            subs if i == holder else 0 for i in range(points)
        ], text

"""Points counted by the heavenly stems, as letters count them: 甲、…；乙、…；丙、….

On lines of their own or run into a paragraph after its lead, with 、 or in brackets,
they are a section's items in order; 甲、乙双方 names a contract's parties, no point.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_EXAMPLES = int(os.environ.get("FZBG_EXAMPLES", "300")) // 3
_STEMS = "甲乙丙丁戊"
_TITLES = ("加强组织领导", "完善制度建设", "强化执法监督", "深化普法宣传", "推进政务公开")
_BODY = "全年开展相关工作{n}次。"


@st.composite
def _reports(draw: st.DrawFn) -> tuple[str, list[tuple[int, str]]]:
    count = draw(st.integers(2, 5))
    mark = draw(st.sampled_from(("{}、", "（{}）", "({})")))
    run_in = draw(st.booleans())
    if run_in:
        points = "；".join(mark.format(_STEMS[k]) + _TITLES[k] for k in range(count))
        body = [f"主要做法：{points}。"]
    else:
        body = [
            mark.format(_STEMS[k]) + _TITLES[k] + "。" + _BODY.format(n=k + 2) for k in range(count)
        ]
    lines = [
        "某某镇人民政府2023年法治政府建设情况报告",
        "一、主要举措和成效",
        *body,
        "二、存在的不足",
        "宣传不够深入。",
    ]
    return "\n".join(lines), [(k + 1, _TITLES[k]) for k in range(count)]


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_reports())
def test_points_counted_by_stems_are_items(drawn: tuple[str, list[tuple[int, str]]]) -> None:
    text, expected = drawn
    first = fzbg.parse_report(text).sections[0]
    assert [(i.ordinal, i.title) for i in first.items] == expected, text


def test_a_contracts_parties_are_no_points() -> None:
    text = "\n".join(
        (
            "某某镇2023年报告",
            "一、主要举措和成效",
            "甲、乙双方签订合同。",
            "二、存在的不足",
            "宣传不够。",
        )
    )
    assert fzbg.parse_report(text).sections[0].items == ()

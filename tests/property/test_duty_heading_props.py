"""The principal leader's duties in the words a heading also puts them in.

Invented headings: 党政主要负责人履责情况, 主要负责同志推进法治政府建设情况, 主要负责人抓
法治建设工作情况.  However the heading words the leader's duty (履责 as well as 履职,
or the leader driving the rule of law; the leader named as 一把手 or 党政正职 too), it
opens the duties section.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import fzbg
from fzbg.genre.cues import classify_heading
from fzbg.model import SectionKind

_WHO = st.sampled_from(
    [
        "主要负责人",
        "党政主要负责人",
        "主要负责同志",
        "局主要负责人",
        "镇党政主要负责人",
        "单位主要负责人",
        "主要领导",
        "党政一把手",
        "党政正职",
    ]
)
_DOES = st.sampled_from(
    ["履责", "履职", "推进法治建设", "推进法治政府建设", "抓法治建设", "推动法治建设",
     "带头推进法治建设", "抓好法治政府建设"]
)  # fmt: skip
_ENDS = st.sampled_from(["情况", "工作情况", "有关情况", "情况:", "的情况"])


@given(_WHO, _DOES, _ENDS)
def test_the_leaders_duty_in_other_words_is_a_duties_heading(who: str, does: str, end: str) -> None:
    """Each wording names the duties; in a report, its section is the duties'."""
    heading = who + does + end
    assert classify_heading(heading) is SectionKind.DUTIES
    text = (
        "云溪县水利局2023年法治政府建设年度报告\n"
        "一、主要做法和成效\n（一）加强组织领导。召开专题会议4次。\n"
        f"二、{heading}\n局长带头学法，全年讲法治课2次。\n"
        "三、存在的不足\n一是执法力量不足。\n"
        "四、下一步工作打算\n（一）持续推进依法行政。\n"
    )
    kinds = [s.kind for s in fzbg.parse_report(text).sections]
    assert kinds == [
        SectionKind.MEASURES,
        SectionKind.DUTIES,
        SectionKind.SHORTCOMINGS,
        SectionKind.PLANS,
    ]


@given(_WHO, _DOES)
def test_a_sentence_on_the_leaders_work_is_no_duties_heading(who: str, does: str) -> None:
    """A hard-wrapped sentence's words (街道主要负责同志认真推进法治建) name no section."""
    assert classify_heading(f"街道{who}认真{does}"[:-1]) is not SectionKind.DUTIES


def test_a_heading_that_analyses_the_problems_is_the_shortcomings() -> None:
    """问题分析 (and 存在问题剖析) opens the shortcomings, not a measures topic."""
    assert classify_heading("问题分析") is SectionKind.SHORTCOMINGS
    assert classify_heading("存在问题剖析") is SectionKind.SHORTCOMINGS
    assert classify_heading("加强问题分析研判,提升决策水平") is None  # a topic's clause

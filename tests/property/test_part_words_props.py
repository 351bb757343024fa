"""The shortcomings part named by what is still to be improved, or by its weak spots.

A report may head its shortcomings 还需加强的地方, 有待提升的方面, 需要完善之处, or name
them only as 主要差距, 短板弱项, 薄弱环节; numbered in any marker style or bare on their
line, each heads a shortcomings section between the measures and the plans.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.genre.cues import classify_heading, is_unnumbered_heading
from fzbg.model import SectionKind

_EXAMPLES = int(os.environ.get("FZBG_EXAMPLES", "300")) // 3
_MUST = ("需要", "有待", "亟待", "亟需", "仍需", "尚需", "还需", "尚待")
_BETTER = ("加强", "提升", "提高", "完善", "改进")
_WHERE = ("地方", "方面", "之处")
_WEAK = ("主要差距", "短板弱项", "薄弱环节", "存在的薄弱环节", "工作短板")
_STYLES = (("一、", "二、", "三、"), ("第一部分 ", "第二部分 ", "第三部分 "), ("", "", ""))
_TEXT = (
    "{y}年，我们扎实推进法治政府建设，现将有关情况报告如下。\n"
    "{m0}主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n（二）推进依法决策。审查文件5件。\n"
    "{m1}{short}\n一是法治宣传形式单一；二是执法力量不足。\n"
    "{m2}下一步工作打算\n（一）持续强化学法用法。\n（二）深化执法规范化建设。"
)


@st.composite
def _to_improve(draw: st.DrawFn) -> str:
    """还需加强的地方, 有待提升的方面, 需要进一步完善之处."""
    further = draw(st.sampled_from(("", "进一步")))
    must, better, where = (draw(st.sampled_from(x)) for x in (_MUST, _BETTER, _WHERE))
    return f"{must}{further}{better}{'' if where == '之处' else '的'}{where}"


@settings(max_examples=_EXAMPLES, deadline=None)
@given(st.one_of(_to_improve(), st.sampled_from(_WEAK)), st.sampled_from(_STYLES),
       st.integers(2016, 2025))  # fmt: skip
def test_words_of_what_to_improve_head_the_shortcomings(
    short: str, style: tuple[str, str, str], year: int
) -> None:
    text = _TEXT.format(y=year, m0=style[0], m1=style[1], m2=style[2], short=short)
    kinds = [s.kind.value for s in fzbg.parse_report(text).sections]
    assert kinds == ["measures", "shortcomings", "plans"], text


def test_the_cue_reads_the_words_alone() -> None:
    assert classify_heading("有待加强的方面") is SectionKind.SHORTCOMINGS
    assert is_unnumbered_heading("还需提升的地方") is SectionKind.SHORTCOMINGS
    assert is_unnumbered_heading("主要差距") is SectionKind.SHORTCOMINGS
    assert classify_heading("加强执法队伍建设") is None  # a measure's topic, not a part

"""Inspections counted in 起: 开展安全生产执法检查36起 counts inspections.

起 mostly counts cases and incidents; straight after an inspection it counts the
inspections, and after what one found (检查发现问题15起) it counts that.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from indicator_sentences import SETTINGS, keyed

_LEADS = ("", "全年", "本年度", "2023年，全局")
_VERBS = ("开展", "组织", "组织开展", "完成")
_FIELDS = ("", "安全生产", "食品安全", "生态环境", "交通运输", "城市管理", "消防")
_KINDS = ("执法检查", "监督检查", "专项检查", "联合检查", "日常检查", "行政检查", "抽查")
_RUN_UPS = ("", "共", "共计", "累计", "工作", "行动共")
_FOUND = ("发现问题", "中立案", "发现安全隐患", "中发现违法行为", "发现违规线索")


@SETTINGS
@given(
    st.sampled_from(_LEADS),
    st.sampled_from(_VERBS),
    st.sampled_from(_FIELDS),
    st.sampled_from(_KINDS),
    st.sampled_from(_RUN_UPS),
    st.integers(2, 9999),
    st.sampled_from(("", "余")),
)
def test_a_count_in_qi_right_after_an_inspection_counts_inspections(
    lead: str, verb: str, field: str, kind: str, run_up: str, number: int, more: str
) -> None:
    """``开展执法检查36起``, ``抽查共计12起``: the inspections carried out."""
    sentence = f"{lead}{verb}{field}{kind}{run_up}{number}{more}起。"
    assert keyed(sentence) == [("inspections", f"{number}{more}起")], sentence


@SETTINGS
@given(
    st.sampled_from(_FIELDS),
    st.sampled_from(_KINDS),
    st.sampled_from(_FOUND),
    st.integers(2, 999),
)
def test_what_an_inspection_found_is_no_inspection(
    field: str, kind: str, found: str, number: int
) -> None:
    """``检查发现问题15起``: the problems or cases found, never the inspections."""
    sentence = f"{field}{kind}{found}{number}起。"
    assert all(key != "inspections" for key, _ in keyed(sentence)), sentence

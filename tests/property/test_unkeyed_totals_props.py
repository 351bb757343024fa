"""A part after ``其中`` whose total keyed nothing is the indicator.

``全年共开展各类培训32期，其中法治培训12期``: the 32 count every training and state no
indicator, so the 12, the law trainings, are the first figure that states one.  A total
that states an indicator still keeps its parts from keying.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from indicator_sentences import SETTINGS, keyed

# A total of no row, a part naming a row's subject, their unit, and the part's key
_PARTS = (
    ("全年共开展各类培训", "法治培训", "期", "trainings"),
    ("全局共有工作人员", "执法人员", "名", "enforcement-staff"),
    ("全年共受理群众诉求", "信访事项", "件", "petitions"),
    ("全年共办理各类案件", "行政复议案件", "件", "reconsideration-cases"),
    ("全年共举办各类活动", "普法活动", "场", "publicity-events"),
)


@SETTINGS
@given(
    st.sampled_from(_PARTS),
    st.integers(50, 999),
    st.sampled_from(("其中", "其中：", "其中包括")),
)
def test_a_part_of_a_total_of_no_row_keys_its_row(
    case: tuple[str, str, str, str], total: int, marker: str
) -> None:
    """``…各类培训32期，其中法治培训12期``: the 12 key trainings, the 32 nothing."""
    whole, part, unit, key = case
    sentence = f"{whole}{total}{unit}，{marker}{part}{total // 3}{unit}。"
    assert keyed(sentence) == [(key, f"{total // 3}{unit}")], sentence


@SETTINGS
@given(st.integers(50, 999))
def test_a_part_of_a_keyed_total_keys_nothing(total: int) -> None:
    """``法治培训32期，其中执法培训12期``: the total states it; its part is no second count."""
    sentence = f"全年开展法治培训{total}期，其中执法培训{total // 3}期。"
    assert keyed(sentence) == [("trainings", f"{total}期")], sentence

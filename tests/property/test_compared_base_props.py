"""The earlier year's figure after 较 or 比 and 的, then the level reached: only the level keys.

``行政复议案件较2022年的45件增加至58件``: the 45 are the year compared with, where the
change starts, as after 由 or 从; the 58 the year's count, of the subject named before.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from indicator_sentences import SETTINGS, keyed

_SUBJECTS = (
    ("行政复议案件", "件", "reconsideration-cases"),
    ("受理信访事项", "件", "petitions"),
    ("开展普法活动", "场", "publicity-events"),
    ("聘请法律顾问", "名", "legal-advisers"),
)


@SETTINGS
@given(
    st.sampled_from(_SUBJECTS),
    st.sampled_from(("较上年的", "较2022年的", "比去年同期的", "比上年度的")),
    st.integers(2, 500),
    st.sampled_from(("增加至", "上升到", "减少为", "下降至", "提高到")),
    st.integers(2, 500),
)
def test_the_year_compared_with_keys_nothing_and_the_level_keys(
    subject: tuple[str, str, str], base: str, before: int, verb: str, level: int
) -> None:
    """``…较2022年的45件增加至58件``: the 58 key the subject, the 45 nothing."""
    words, unit, key = subject
    sentence = f"{words}{base}{before}{unit}{verb}{level}{unit}。"
    assert keyed(sentence) == [(key, f"{level}{unit}")], sentence

"""A broadcast counts showings: 滚动播放法治宣传片1200余次 states no publicity event.

Invented sentences: a broadcast's verb, the law-publicity thing shown, a count in an
event's unit; and beside them, the events a broadcast was a means of, which still count.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from indicator_sentences import SETTINGS, keyed

_WHERE = ("", "全年", "在电子显示屏", "利用户外大屏", "通过微信公众号", "依托村村响广播")
_VERBS = ("播放", "滚动播放", "循环播放", "播出", "轮播", "展播", "推送")
_SHOWN = (
    "法治宣传片", "普法视频", "普法短视频", "宪法宣传标语", "民法典宣传片", "法治公益广告",
    "普法宣传动漫", "法治宣传节目",
)  # fmt: skip
_UNITS = ("次", "场", "场次", "期")


@SETTINGS
@given(
    st.sampled_from(_WHERE),
    st.sampled_from(_VERBS),
    st.sampled_from(_SHOWN),
    st.integers(2, 9999),
    st.sampled_from(("", "余", "多")),
    st.sampled_from(_UNITS),
)
def test_a_broadcast_keys_nothing(
    where: str, verb: str, shown: str, number: int, more: str, unit: str
) -> None:
    """``轮播普法视频300次``: so many showings, no event of the year."""
    sentence = f"{where}{verb}{shown}{number}{more}{unit}。"
    assert keyed(sentence) == [], sentence


@SETTINGS
@given(
    st.sampled_from(_VERBS),
    st.sampled_from(_SHOWN),
    st.sampled_from(
        ("通过{b}等形式开展普法宣传活动", "{b}、开展法治讲座", "结合{b}，举办普法讲座")
    ),
    st.integers(2, 999),
    st.sampled_from(_UNITS),
)
def test_events_a_broadcast_was_a_means_of_still_count(
    verb: str, shown: str, shape: str, number: int, unit: str
) -> None:
    """``通过播放宣传片等形式开展普法宣传活动12场``: the events are the count."""
    sentence = f"{shape.format(b=verb + shown)}{number}{unit}。"
    assert keyed(sentence) == [("publicity-events", f"{number}{unit}")], sentence

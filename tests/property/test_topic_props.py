"""A figure whose subject only the topic its sentence opens with names.

``在合法性审查方面，全年共审查78件``: the figure's clause holds a verb alone; the topic
names what it counts.  Only the sentence's first figure takes it, and not one whose
clause names a subject of its own (``出动执法人员3200人次``) or a meeting.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from indicator_sentences import SETTINGS, keyed

_TOPICS = (
    ("合法性审查", "审查", "件", "legality-reviews"),
    ("行政复议", "收到申请", "件", "reconsideration-cases"),
    ("信访", "受理", "件", "petitions"),
    ("法律援助", "受理", "件", "legal-aid-cases"),
    ("普法宣传", "开展活动", "场次", "publicity-events"),
    ("法律顾问", "聘请", "名", "legal-advisers"),
)
_SHAPES = ("在{t}方面", "{t}方面", "关于{t}工作", "在{t}工作中", "{t}工作方面")


@SETTINGS
@given(
    st.sampled_from(_TOPICS),
    st.sampled_from(_SHAPES),
    st.sampled_from(("", "全年", "全年共", "累计")),
    st.integers(2, 999),
)
def test_the_topic_names_the_first_figures_subject(
    case: tuple[str, str, str, str], shape: str, lead: str, number: int
) -> None:
    """``关于信访工作，全年受理126件``: the 126 key petitions."""
    subject, verb, unit, key = case
    sentence = f"{shape.format(t=subject)}，{lead}{verb}{number}{unit}。"
    assert keyed(sentence) == [(key, f"{number}{unit}")], sentence


@SETTINGS
@given(st.sampled_from(_SHAPES), st.integers(2, 999))
def test_a_clause_naming_its_own_object_takes_no_topic(shape: str, number: int) -> None:
    """``在执法检查方面，全年出动执法人员3200人次``: the people sent, no inspections."""
    sentence = f"{shape.format(t='执法检查')}，全年出动执法人员{number}人次。"
    assert keyed(sentence) == [], sentence
    assert keyed(f"{shape.format(t='普法宣传')}，召开会议{number}次。") == []

"""A year a copy ran into the name of a place that opens with a unit's character.

``2023张渚镇开展…``: the 年 (or the comma) lost, the year reads as 2023张.  Invented
names, each opening with a character that is also a unit, and their place words.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from indicator_sentences import SETTINGS

from fzbg.extract.quantities import extract_quantities

_OPENERS = ("张", "家", "天", "名", "门", "台", "元", "条", "支", "周", "米")
_COUNTING = ("张", "家", "名", "台", "条", "支")  # units of counts, not of time
_MIDDLES = ("渚", "和", "坪", "石", "岭", "桥港", "家湾", "林")
_PLACE_WORDS = ("镇", "乡", "街道", "村", "社区", "县", "区")
_BEFORE = ("", "全年工作\n", "全年工作。", "一是，", "其中；", "具体为：")
_CLAUSES = ("开展普法宣传{n}次", "调解纠纷{n}件", "举办法治讲座{n}场", "审查合同{n}份")


@SETTINGS
@given(
    st.sampled_from(_BEFORE),
    st.integers(1990, 2029),
    st.sampled_from(("", "，")),
    st.sampled_from(_OPENERS),
    st.sampled_from(_MIDDLES),
    st.sampled_from(_PLACE_WORDS),
    st.sampled_from(_CLAUSES),
    st.integers(2, 999),
)
def test_a_year_glued_to_a_place_is_no_count(
    before: str, year: int, comma: str, opener: str, middle: str, place: str, clause: str, n: int
) -> None:
    """The year, glued or not, is no quantity; the clause's figure is the only one."""
    figure = clause.format(n=n)
    text = f"{before}{year}{comma}{opener}{middle}{place}{figure}。"
    assert [q.value for q in extract_quantities(text)] == [n], text


@SETTINGS
@given(
    st.sampled_from(("发放", "印制", "制作", "共", "累计发放")),
    st.integers(1990, 2029),
    st.sampled_from(_COUNTING),
    st.sampled_from(_MIDDLES),
    st.sampled_from(_PLACE_WORDS),
)
def test_a_figure_after_a_verb_stays_a_count(
    verb: str, year: int, opener: str, middle: str, place: str
) -> None:
    """``发放2023张…``: a year-shaped figure after a verb counts, whatever follows it."""
    text = f"{verb}{year}{opener}{middle}{place}宣传单。"
    assert extract_quantities(text)[0].text == f"{year}{opener}", text

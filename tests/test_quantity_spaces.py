"""Spaces a copy sets around the digits of a number read as the number without them.

Word sets a gap between Chinese and Latin characters, and text pulled out of its PDFs
writes the gap as a space on each side of every Arabic number: 共办理 12 件, 260 余名,
约 1.2 万人次, 超过 300 人, 80% 以上.  The quantity is the one the unspaced sentence states; its
text keeps the spaces, as written.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg import extract_quantities

_SENTENCES = (
    "全年共办理行政复议案件12件。",
    "辖区共有网格员260余名。",
    "受众约1.2万人次。",
    "超过300人参加培训。",
    "全年集中学法不少于4次。",
    "走访企业近200余家。",
    "共3万余人参加线上答题。",
    "罚没款12.5万元。",
    "出庭应诉率达100%。",
    "发放宣传资料5000余份。",
    "审查合同1,200余份。",
    "开展活动逾30场次。",
    "考试合格率达80%以上。",
    "参加培训300人左右。",
)
_NUMBER = re.compile(r"[0-9][0-9,.]*%?")


def _said(sentence: str) -> list[tuple[object, ...]]:
    return [(q.value, q.unit, q.approx) for q in extract_quantities(sentence)]


def _spaced(sentence: str, before: bool, after: bool) -> str:
    """``sentence`` with a space before and/or after each number, as a Word PDF gives it."""
    return _NUMBER.sub(lambda m: " " * before + m.group() + " " * after, sentence)


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_a_number_set_apart_states_what_it_states_unspaced(sentence: str) -> None:
    spaced = _spaced(sentence, before=True, after=True)
    assert _said(sentence)
    assert _said(spaced) == _said(sentence)
    for quantity in extract_quantities(spaced):
        assert spaced[quantity.span.start : quantity.span.end] == quantity.text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SENTENCES), st.booleans(), st.booleans())
def test_a_space_on_either_side_of_a_number_changes_nothing(
    sentence: str, before: bool, after: bool
) -> None:
    assert _said(_spaced(sentence, before, after)) == _said(sentence)


@pytest.mark.parametrize("words", ["2023 年", "第 3 次", "最近 3 年", "12345 热线"])
def test_what_states_no_quantity_unspaced_states_none_spaced(words: str) -> None:
    assert _said(words) == _said(words.replace(" ", ""))

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


def _wrapped(sentence: str) -> str:
    """``sentence`` with a hard wrap after each number, as a PDF's printed lines give it."""
    return _NUMBER.sub(lambda m: m.group() + "\n", sentence)


# Where the unit ends its clause: 300 / 人参加培训 is not read (see the next test).
_CLAUSE_ENDS_ON_UNIT = [s for s in _SENTENCES if re.search(r"[件名次份元]。", s)]


@pytest.mark.parametrize("sentence", _CLAUSE_ENDS_ON_UNIT)
def test_a_number_a_line_break_parts_from_its_unit_states_what_it_states_unbroken(
    sentence: str,
) -> None:
    """全年共办理行政复议案件12 / 件。: the break between a number and its unit is a wrap."""
    wrapped = _wrapped(sentence)
    assert _said(wrapped) == _said(sentence)
    for quantity in extract_quantities(wrapped):
        assert "\n" in quantity.text
        assert wrapped[quantity.span.start : quantity.span.end] == quantity.text


@pytest.mark.parametrize(
    "text",
    [
        "行政复议 12\n人民调解 30\n",  # a table's rows: the next row's name is no unit
        "2023\n年工作安排",
        "（二）第3\n次会议",
        "编号：2023001\n人民政府办公室",
    ],
)
def test_a_line_that_ends_on_a_number_above_a_name_states_no_quantity(text: str) -> None:
    """A break before a unit's character that a word goes on from is a line's end."""
    assert _said(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("出庭应诉率达99. 5%。", "99.5"),
        ("群众满意率达99 . 5%以上。", "99.5"),
        ("行政复议纠错率为12 .5%。", "12.5"),
        ("出庭应诉率达99.5 %。", "99.5"),
    ],
)
def test_a_scans_space_at_a_rates_point_keeps_the_rate_whole(text: str, expected: str) -> None:
    """99. 5%: a space by the decimal point is a scan's; the rate is 99.5, not 5."""
    assert [str(q.value) for q in extract_quantities(text)] == [expected]


def test_a_point_that_opens_a_line_stays_a_points_number() -> None:
    """1. 5%的企业 at a line's start: 1. numbers a point, the rate is 5%."""
    assert [str(q.value) for q in extract_quantities("1. 5%的企业完成整改")] == ["5"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年办理行政复议案件1 2件。", ["12"]),
        ("开展法治培训12 3期。", ["123"]),
        ("审查合同1 234份。", ["1234"]),  # a thousand, spaced as one
        # a row's columns, and a run of lone digits, stay apart
        ("行政复议 12 15 3件", ["3"]),
        ("1 2 3件", ["3"]),
    ],
)
def test_a_scans_space_inside_a_small_count_keeps_the_count_whole(
    text: str, expected: list[str]
) -> None:
    """1 2件: a space a scan set between a count's digits is no part of it; the count is 12."""
    assert [str(q.value) for q in extract_quantities(text)] == expected

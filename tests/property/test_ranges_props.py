"""A range of counts is one quantity: its upper end, approx UNDER, written whole.

``3—5天``, ``3至5个工作日``, ``10-15人``, ``5~8家``, ``三至五次``, ``百分之八十至九十``:
generated over the dashes and words a report joins its ends with, spaces around them,
Arabic and Chinese numerals and units; never a negative number, never a lost lower end.
Ranges of years, months of a year and clauses are no quantity.
"""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg import Approx, extract_quantities

_CN = "零一二三四五六七八九十"
_JOINS = ("—", "-", "－", "~", "～", "至", "到", "–")
_UNITS = (
    ("天", "天"),
    ("个工作日", "工作日"),
    ("人", "人"),
    ("家", "家"),
    ("次", "次"),
    ("场", "场"),
)
_SENTENCES = ("办理时限压缩至{r}。", "全年每组配备{r}，效果明显。", "{r}以内办结")


def _cn(n: int) -> str:
    return (
        _CN[n]
        if n <= 10
        else ("" if n < 20 else _CN[n // 10]) + "十" + (_CN[n % 10] if n % 10 else "")
    )


@st.composite
def _ranges(draw: st.DrawFn) -> tuple[str, str, int, str]:
    low = draw(st.integers(1, 40))
    high = draw(st.integers(low + 1, 99))
    join = draw(st.sampled_from(_JOINS))
    if join in "至到":
        join = draw(st.sampled_from(("", " "))) + join + draw(st.sampled_from(("", " ")))
    written, unit = draw(st.sampled_from(_UNITS))
    chinese = draw(st.booleans()) and join.strip() in "至到"
    ends = (_cn(low), _cn(high)) if chinese else (str(low), str(high))
    range_text = f"{ends[0]}{join}{ends[1]}{written}"
    sentence = draw(st.sampled_from(_SENTENCES)).format(r=range_text)
    return sentence, range_text, high, unit


@settings(max_examples=int(os.environ.get("FZBG_EXAMPLES", "300")) // 3, deadline=None)
@given(_ranges())
def test_a_range_is_one_quantity_under_its_upper_end(drawn: tuple[str, str, int, str]) -> None:
    sentence, range_text, high, unit = drawn
    found = extract_quantities(sentence)
    assert [(q.value, q.unit, q.approx) for q in found] == [(Decimal(high), unit, Approx.UNDER)]
    assert found[0].text in {range_text, range_text + "以内"}


def test_a_range_of_percents_in_words_is_one_quantity() -> None:
    found = extract_quantities("群众满意度达到百分之八十至九十。")
    assert [(q.text, q.value, q.unit, q.approx) for q in found] == [
        ("百分之八十至九十", Decimal(90), "%", Approx.UNDER)
    ]


def test_a_lower_end_with_its_qualifier_is_not_lost() -> None:
    assert [q.text for q in extract_quantities("每组配备10余至20人。")] == ["10余至20人"]


def test_ends_with_their_own_units_are_two() -> None:
    assert [q.text for q in extract_quantities("抽查比例为5%-10%。")] == ["5%", "10%"]


@pytest.mark.parametrize(
    "sentence",
    [
        "《规划（2021-2025年）》",
        "2021—2025年",
        "3-5月开展专项行动",
        "落实第3-5条",
        "电话0571-88886666",
        "9:00-17:00",
        "2023.3-2023.5",
        "第一至三季度",
        "5—3人",
    ],
)
def test_what_is_no_range_of_counts_gives_nothing(sentence: str) -> None:
    assert extract_quantities(sentence) == ()

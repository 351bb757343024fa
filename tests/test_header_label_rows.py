"""A list written as a form under a unit header: ``（单位：件）`` / ``行政复议案件：45``.

The header names the unit of every bare figure below it, whether a row gives its figure
in a cell of its own (``行政复议案件 45``) or after its label's colon.
"""

from __future__ import annotations

import pytest

import fzbg

_HEADERS = ("（单位：件）", "单位：件", "(单位:件)")
_COLONS = ("：", ":", "： ")


@pytest.mark.parametrize("header", _HEADERS)
@pytest.mark.parametrize("colon", _COLONS)
def test_a_labelled_row_under_a_unit_header_takes_its_unit(header: str, colon: str) -> None:
    text = (
        f"全区行政争议情况如下：\n{header}\n行政复议案件{colon}45\n行政诉讼案件{colon}12\n\n正文。"
    )
    found = fzbg.extract_quantities(text)
    assert [(q.text, q.value, q.unit) for q in found] == [("45", 45, "件"), ("12", 12, "件")]


def test_the_rows_key_their_indicators() -> None:
    text = "\n".join(
        (
            "某县2021年法治政府建设年度报告",
            "一、主要举措和成效",
            "（一）化解行政争议。全县行政争议情况如下：",
            "（单位：件）",
            "行政复议案件：45",
            "行政诉讼案件：12",
            "",
            "二、存在的不足",
            "一是意识不强；二是能力不足。",
        )
    )
    found = {i.quantity.text: i.key for i in fzbg.parse_report(text).indicators}
    assert found == {"45": "reconsideration-cases", "12": "litigation-cases"}

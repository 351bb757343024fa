"""The text a scan's OCR gives: letters read for digits inside numbers.

Invented texts in the genre's style, as an OCR engine misreads them: 0 as O, o or 〇
(2O23年), 1 as l or I (l2次).  The view reads such a number as digits; the report's text
keeps what the scan gave.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fzbg
from fzbg.text.normalize import fold

_SCANNED = """云溪县2O23年度法治政府建设情况报告
2O23年，云溪县坚持以习近平法治思想为指导。
一、主要举措和成效
（一）加强组织领导。召开专题会议l2次，审查规范性文件2I件。
二、存在的不足和原因
（一）法治宣传形式单一。
云溪县人民政府
2O24年1月l5日
"""


def test_a_scanned_reports_years_dates_and_figures_are_read() -> None:
    """The year, the date signed and the figures are read through OCR's look-alikes."""
    report = fzbg.parse_report(_SCANNED)
    assert report.year == 2023
    assert report.signed == dt.date(2024, 1, 15)
    assert [(q.value, q.unit, q.text) for q in report.quantities] == [
        (Decimal(12), "次", "l2次"),
        (Decimal(21), "件", "2I件"),
    ]
    assert report.title == "云溪县2O23年度法治政府建设情况报告"  # as the scan gave it


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("2O23年", "2023年"),
        ("2〇24年", "2024年"),
        ("2o19年", "2019年"),
        ("共l0项", "共10项"),
        ("20I9年", "2019年"),
        ("二〇二三年", "二〇二三年"),  # a year in Chinese numerals keeps its circle
        ("H2O", "H2O"),  # a Latin word with a digit is no number
        ("O2O模式", "O2O模式"),  # more look-alike letters than digits
        ("1OO%", "100%"),  # more letters, but a digit opens it: a number
        ("5OO份", "500份"),
        ("PM2.5", "PM2.5"),
        ("ISO9001", "ISO9001"),
        ("Windows10", "Windows10"),
        ("政府职能.一是", "政府职能。一是"),  # an ASCII stop between Han characters ends a sentence
        ("达98.6%", "达98.6%"),
        ("一.加强领导", "一.加强领导"),  # a marker's point
        ("报告.docx", "报告.docx"),
    ],
)
def test_ocrs_look_alike_letters_are_digits_only_inside_numbers(text: str, view: str) -> None:
    """Only a number's letters are read as digits; words in Latin letters stay."""
    assert fold(text) == view


_LOOK_ALIKES = {"0": "Oo〇", "1": "lI"}


@st.composite
def _misread_figures(draw: st.DrawFn) -> tuple[int, str]:
    """A figure whose 0s and 1s after the first digit OCR may have read as letters."""
    value = draw(st.integers(10, 99_999))
    digits = str(value)
    chars = [digits[0]]
    for digit in digits[1:]:
        others = _LOOK_ALIKES.get(digit, "")
        chars.append(draw(st.sampled_from(digit + others)) if others else digit)
    return value, "".join(chars)


@given(_misread_figures(), st.sampled_from(["件", "次", "人次", "份", "%"]))
def test_a_figure_opened_by_a_digit_is_read_whatever_its_look_alikes(
    figure: tuple[int, str], unit: str
) -> None:
    """1OO%, 5OO份, 2O0项: a number's first digit was read right, so the run is a number."""
    value, written = figure
    found = fzbg.extract_quantities(f"全年审查文件{written}{unit}，均已办结。")
    assert [(q.value, q.text) for q in found] == [(Decimal(value), written + unit)]


@pytest.mark.parametrize("two", ["（ニ）", "ニ是"])
def test_ocrs_katakana_ni_numbers_the_second_point(two: str) -> None:
    """OCR may read 二 as the katakana ニ: the marker still numbers the second point."""
    first = {"（ニ）": "（一）", "ニ是": "一是"}[two]
    body = f"{first}加强组织领导。召开会议3次。\n{two}规范行政执法。开展培训5期。\n"
    report = fzbg.parse_report(f"某某县2023年法治政府建设情况报告\n一、主要举措和成效\n{body}")
    items = report.sections[0].items
    assert [(i.ordinal, i.title) for i in items] == [(1, "加强组织领导"), (2, "规范行政执法")]


def test_ocrs_katakana_ni_numbers_the_second_section() -> None:
    """ニ、 heads the second section as 二、 does."""
    report = fzbg.parse_report(
        "某某县2023年法治政府建设情况报告\n一、主要举措和成效\n召开会议3次。\n"
        "ニ、存在的不足和原因\n普法形式单一。\n三、下一步工作安排\n加强学习。\n"
    )
    assert [(s.ordinal, s.kind.value) for s in report.sections] == [
        (1, "measures"),
        (2, "shortcomings"),
        (3, "plans"),
    ]


def test_sentences_ended_with_ascii_stops_read_as_the_genres() -> None:
    """OCR's ``.`` for 。: the points run into a paragraph are still found and titled."""
    report = fzbg.parse_report(
        "某某县2023年法治政府建设情况报告\n一、主要举措和成效\n"
        "（一）依法全面履行政府职能.一是深化审批改革.取消审批事项12项.二是推行权责清单.\n"
        "二、存在的不足\n普法形式单一.\n三、下一步工作安排\n加强学习.\n"
    )
    assert [s.kind.value for s in report.sections] == ["measures", "shortcomings", "plans"]
    point = report.sections[0].items[0]
    assert point.title == "依法全面履行政府职能"
    titles = [(c.ordinal, c.title) for c in point.children]
    assert titles == [(1, "深化审批改革"), (2, "推行权责清单")]

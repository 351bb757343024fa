"""Digits that the regex module knows and Python's int() does not never break a parse.

The ``regex`` module follows a newer Unicode than the running Python: ``\\d`` there matches
digits such as U+10D40 (Garay, Unicode 16) that ``int()`` and ``Decimal`` reject.  A
pattern that lets one through to a conversion would raise from deep inside the parser.
"""

from __future__ import annotations

import sys

import pytest
import regex

import fzbg
from fzbg.extract.quantities import extract_quantities
from fzbg.extract.references import extract_references

UNKNOWN_DIGITS = [
    m.group()
    for m in regex.finditer(r"\d", "".join(map(chr, range(sys.maxunicode + 1))))
    if not m.group().isdecimal()
]

# Every place where the genre writes a number, with {d} standing for one digit.
TEMPLATES = (
    "{d}、工作情况\n正文。",
    "({d})加强领导。\n（{d}）完善制度。",
    "正文。{d}、其他。{d}.另一项。",
    "一是学习{d}次;二是培训{d}{d}人次。",
    "20{d}{d}年法治政府建设情况报告\n正文。",
    "某县人民政府\n2025年{d}月{d}{d}日",
    "发布时间:2025-0{d}-{d}1\n正文。",
    "审查文件{d}件,发放{d}.{d}万余份,达{d}{d}%以上。",
    "百分之{d}{d},近{d},{d}{d}{d}元。",
    "根据某办发〔20{d}{d}〕{d}号和国务院令第{d}号。",
    "一、主要举措\n（一）加强领导。召开会议{d}次。\n二、存在的不足\n{d}.人员不足。",
)


@pytest.mark.parametrize("template", TEMPLATES, ids=range(len(TEMPLATES)))
def test_a_digit_python_cannot_read_never_breaks_a_parse(template: str) -> None:
    assert UNKNOWN_DIGITS, "this regex module knows no digit newer than Python"
    for digit in UNKNOWN_DIGITS[::7]:
        text = template.format(d=digit)
        report = fzbg.parse_report(text)
        assert len(report.text) + sum(len(d.text) for d in report.debris) == len(text)
        for q in extract_quantities(text):
            assert text[q.span.start : q.span.end] == q.text
        for r in extract_references(text):
            assert text[r.span.start : r.span.end] == r.text

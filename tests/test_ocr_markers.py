"""What OCR of a scan makes of a section's 一、: a dash for 一, a space for 、.

"—、主要举措和成效" is 一、 (a dash only before 、: a subtitle's ——, a dash in words, stay
text); "二 存在的不足和原因" is 二、 where its line is a heading's, short and with no 。.
"""

from __future__ import annotations

import pytest

import fzbg
from fzbg.genre.markers import OCR_DASHES
from fzbg.lex.lines import lex
from fzbg.lex.styles import Style
from fzbg.model import SectionKind

_REPORT = (
    "某县2023年法治政府建设情况报告\n{one}主要举措和成效\n（一）加强领导。召开会议3次。\n"
    "（二）规范执法。开展培训2次。\n二、存在的不足和原因\n一是宣传不够。\n"
    "三、2024年工作安排\n（一）加强学习。\n"
)


@pytest.mark.parametrize("dash", list(OCR_DASHES))
@pytest.mark.parametrize("gap", ["", " "])
def test_a_dash_for_one_opens_the_first_section(dash: str, gap: str) -> None:
    read = fzbg.parse_report(_REPORT.format(one=f"{dash}{gap}、"))
    plain = fzbg.parse_report(_REPORT.format(one="一、"))
    assert [s.kind for s in read.sections] == [
        SectionKind.MEASURES,
        SectionKind.SHORTCOMINGS,
        SectionKind.PLANS,
    ]
    assert [[i.title for i in s.items] for s in read.sections] == [
        [i.title for i in s.items] for s in plain.sections
    ]


@pytest.mark.parametrize("line", ["——某县司法局", "—主要举措", "-2024年", "—,继续"])
def test_a_dash_not_before_a_dun_is_no_marker(line: str) -> None:
    assert [x.marker for x in lex(line)] == [None]


def test_the_dash_reads_as_one() -> None:
    (line,) = lex("—、主要举措")
    assert line.marker is not None
    assert (line.marker.style, line.marker.ordinal) == (Style.CN_DUN, 1)


@pytest.mark.parametrize("gap", [" ", "  ", "\u3000"])
def test_a_space_for_the_dun_opens_a_section_on_a_headings_line(gap: str) -> None:
    text = _REPORT.format(one="一、").replace("二、", f"二{gap}").replace("三、", f"三{gap}")
    report = fzbg.parse_report(text)
    assert [s.kind for s in report.sections] == [
        SectionKind.MEASURES,
        SectionKind.SHORTCOMINGS,
        SectionKind.PLANS,
    ]


@pytest.mark.parametrize(
    "line",
    [
        "一 年来，我局坚持依法行政，推进法治政府建设，取得了显著成效。",  # a sentence
        "一 二 三",
    ],
)
def test_a_space_after_a_numeral_elsewhere_makes_no_marker(line: str) -> None:
    assert [x.marker for x in lex(line)] == [None]


def test_a_space_inside_yi_shi_is_its_point_not_a_heading() -> None:
    (line,) = lex("一 是加强学习")  # 一是 set apart: still the point, never 一、
    assert line.marker is not None
    assert (line.marker.style, line.marker.ordinal) == (Style.SHI, 1)

"""Reports filed on a form: the form's fields name the body, the year and the filing date.

Invented reports.  A form's block may close the report (报告单位：某局（盖章） /
填报人：…  联系电话：… / 报送日期：…) or head it (填报单位：… / 报告年度：…); either way the
body is the issuer, the filing date the signed date, the block no part of the last
section, and no figure of a telephone number a quantity.
"""

from __future__ import annotations

import datetime as dt

import pytest
from genre_strategies import LAST_PLAN, UNSIGNED
from hypothesis import given
from hypothesis import strategies as st

import fzbg

_PLACES = st.sampled_from(["云溪", "青禾", "长林", "白马", "松岭"])
_BODIES = st.sampled_from(
    ["县司法局", "区市场监督管理局", "镇人民政府", "市卫生健康委员会", "县交通运输局",
     "街道办事处", "区发展和改革局", "县应急管理局"]
)  # fmt: skip
_DAYS = st.dates(min_value=dt.date(2017, 1, 1), max_value=dt.date(2026, 12, 31))
_COLON = st.sampled_from(["：", ":", "： "])
_UNIT_LABELS = st.sampled_from(
    ["报告单位", "填报单位", "报送单位", "填报单位（盖章）", "填表单位", "编制单位", "单位（盖章）"]
)
_DATE_LABELS = st.sampled_from(
    ["报送日期", "填报日期", "报告日期", "报送时间", "上报日期", "填表日期", "编制日期"]
)
# Above the text, 报告日期: is a page's date run on after a title (…年度报告日期:…).
_HEAD_DATE_LABELS = st.sampled_from(["报送日期", "填报日期", "报送时间", "上报日期", "填表日期"])
_SEALS = st.sampled_from(["", "（盖章）", "(盖章)"])
_PHONES = st.sampled_from(["0731-12345678", "13812345678", "（0571）87654321", "8765 4321"])
_PEOPLE = st.sampled_from(["张某某", "李某", "王某某"])
_GAPS = st.sampled_from(["  ", "\t", "\n", "    "])


def _date(day: dt.date, dashed: bool) -> str:
    return day.isoformat() if dashed else f"{day.year}年{day.month}月{day.day}日"


@given(
    _PLACES, _BODIES, _DAYS, _UNIT_LABELS, _DATE_LABELS, _COLON, _SEALS, _PHONES, _PEOPLE,
    _GAPS, st.booleans(), st.booleans(), st.booleans(), st.booleans(),
)  # fmt: skip
def test_a_form_block_closes_the_report(
    place: str, body: str, day: dt.date, unit: str, dated: str, colon: str, seal: str,
    phone: str, person: str, gap: str, dashed: bool, contact: bool, closed: bool, cells: bool,
) -> None:  # fmt: skip
    """报告单位：某局（盖章） / 填报人：…  联系电话：… / 报送日期：… under the text.

    Or each value on the line below its label, as a form's table copied cell by cell.
    """
    who = place + body
    colon += "\n" if cells else ""
    block = [f"{unit}{colon}{who}{seal}"]
    if contact:
        gap = "\n" if cells else gap  # a cell a line
        block.append(f"填表人{colon}{person}{gap}联系电话{colon}{phone}")
    block.append(f"{dated}{colon}{_date(day, dashed)}")
    text = UNSIGNED + ("特此报告。\n" if closed else "") + "\n".join(block) + "\n"
    report = fzbg.parse_report(text)
    assert (report.issuer, report.signed, report.year) == (who, day, 2023)
    assert report.plans[-1].text == LAST_PLAN
    below = text.index(block[0])
    assert not [q for q in report.quantities if q.span.start >= below]


@given(
    _PLACES, _BODIES, _DAYS, _UNIT_LABELS, _HEAD_DATE_LABELS, _COLON,
    st.integers(2016, 2025), st.sampled_from(["报告年度", "年度", "所属年度"]),
    st.sampled_from(["年", "年度", ""]), st.sampled_from(["\n", "    ", "\t"]),
)  # fmt: skip
def test_a_form_block_heads_the_report(
    place: str, body: str, day: dt.date, unit: str, dated: str, colon: str,
    year: int, year_label: str, year_word: str, gap: str,
) -> None:  # fmt: skip
    """填报单位：某局 / 报告年度：2023年 / 填报日期：… above an untitled text."""
    who = place + body
    head = f"{unit}{colon}{who}{gap}{year_label}{colon}{year}{year_word}\n"
    head += f"{dated}{colon}{_date(day, False)}\n"
    text = head + UNSIGNED.split("\n", 2)[2].replace("2023年", "今年以来")
    report = fzbg.parse_report(text)
    assert (report.issuer, report.year, report.signed) == (who, year, day)


@given(
    _PLACES, _BODIES, _DAYS, _UNIT_LABELS, _HEAD_DATE_LABELS, st.sampled_from(["\t", "|"]),
    st.booleans(), st.integers(2016, 2025),
)  # fmt: skip
def test_a_form_in_a_table_read_row_by_row(
    place: str, body: str, day: dt.date, unit: str, dated: str, border: str, head: bool,
    year: int,
) -> None:  # fmt: skip
    """填报单位⇥某局⇥报告年度⇥2023年, or | 报告单位 | 某局 |: a Word table's rows."""

    def row(*cells: str) -> str:
        return "\t".join(cells) if border == "\t" else "| " + " | ".join(cells) + " |"

    who = place + body
    if head:
        form = row(unit, who, "报告年度", f"{year}年") + "\n" + row(dated, _date(day, False))
        text = form + "\n" + UNSIGNED.split("\n", 2)[2].replace("2023年", "今年以来")
    else:
        year = 2023
        text = UNSIGNED + row(unit, who) + "\n" + row(dated, _date(day, False)) + "\n"
    report = fzbg.parse_report(text)
    assert (report.issuer, report.year, report.signed) == (who, year, day)
    assert report.plans[-1].text == LAST_PLAN


@pytest.mark.parametrize(
    "closing",
    [
        "报告单位：云溪县统计局\n报送日期：2024年1月8日\n附件：2023年度统计执法情况表\n",
        "报告单位：云溪县统计局\n报送日期：2024年1月8日\n附件：1.2023年度执法统计表\n2.复议情况表\n",
        "（报告单位：云溪县统计局  报送日期：2024年1月8日）\n",
    ],
)
def test_a_form_block_with_attachments_below_or_in_brackets(closing: str) -> None:
    """附件：… under the form's fields, or the fields as a note in brackets."""
    report = fzbg.parse_report(UNSIGNED + closing)
    assert (report.issuer, report.signed) == ("云溪县统计局", dt.date(2024, 1, 8))
    assert report.plans[-1].text == LAST_PLAN

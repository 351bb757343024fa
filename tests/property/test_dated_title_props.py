"""A report dated in brackets under its title, not under its text (invented reports).

…关于2023年度法治政府建设情况的报告, maybe over two lines, then （2024年3月5日）, or the
date with where the report was delivered (（2024年3月5日在某县人大常委会会议上）): that
date is the signed date, unless a date under the text signs it.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import fzbg

_DIGITS = "〇一二三四五六七八九"
_BODIES = st.sampled_from(["云溪县人民政府", "青禾区卫生健康局", "长林市司法局", "白马镇人民政府"])
_DAYS = st.dates(min_value=dt.date(2017, 1, 1), max_value=dt.date(2026, 12, 31))
_REST = (
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    "二、存在的不足\n一是执法力量不足。\n三、下一步工作打算\n（一）持续推进依法行政。\n"
)


def _small(n: int) -> str:
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones or not tens else "")


def _written(day: dt.date, words: bool) -> str:
    if not words:
        return f"{day.year}年{day.month}月{day.day}日"
    year = "".join(_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{_small(day.month)}月{_small(day.day)}日"


@given(
    _BODIES,
    _DAYS,
    st.booleans(),
    st.sampled_from(["", "\n"]),
    st.sampled_from(["", "在县人大常委会第十次会议上", "在区人民代表大会常务委员会会议上"]),
    st.sampled_from(["（{}）", "({})", "（ {} ）"]),
    st.booleans(),
)
def test_a_date_in_brackets_under_the_title(
    body: str, day: dt.date, words: bool, wrap: str, where: str, brackets: str, signed: bool
) -> None:
    """（2024年3月5日） under the title dates the report; a date under the text first."""
    year = day.year - 1
    title = f"{body}关于{year}年度法治政府建设{wrap}情况的报告"
    under = brackets.format(_written(day, words) + where)
    tail = f"{body}\n{day.year}年12月1日\n" if signed else ""
    text = f"{title}\n{under}\n{year}年，我们坚持依法行政，扎实推进法治建设。\n{_REST}{tail}"
    report = fzbg.parse_report(text)
    assert report.signed == (dt.date(day.year, 12, 1) if signed else day)
    assert (report.issuer, report.year) == (body, year)

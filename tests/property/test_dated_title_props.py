"""What stands under a title: its date in brackets, its byline (invented reports).

…关于2023年度法治政府建设情况的报告, maybe over two lines, then （2024年3月5日）, or the
date with where the report was delivered (（2024年3月5日在某县人大常委会会议上）): that
date is the signed date, unless a date under the text signs it.  A byline in brackets or
after a dash (（某某县林业局）, ——某某县林业局) names the issuer, without either.
"""

from __future__ import annotations

import datetime as dt

from genre_strategies import written_date
from hypothesis import given
from hypothesis import strategies as st

import fzbg

_BODIES = st.sampled_from(["云溪县人民政府", "青禾区卫生健康局", "长林市司法局", "白马镇人民政府"])
_BYLINE_BODIES = st.sampled_from(
    ["云溪县林业局", "青禾区卫生健康局", "长林市人民政府", "白马镇人民政府", "松岭县司法局"]
)
_DAYS = st.dates(min_value=dt.date(2017, 1, 1), max_value=dt.date(2026, 12, 31))
_REST = (
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    "二、存在的不足\n一是执法力量不足。\n三、下一步工作打算\n（一）持续推进依法行政。\n"
)


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
    under = brackets.format(written_date(day, words) + where)
    tail = f"{body}\n{day.year}年12月1日\n" if signed else ""
    text = f"{title}\n{under}\n{year}年，我们坚持依法行政，扎实推进法治建设。\n{_REST}{tail}"
    report = fzbg.parse_report(text)
    assert report.signed == (dt.date(day.year, 12, 1) if signed else day)
    assert (report.issuer, report.year) == (body, year)


@given(
    _BYLINE_BODIES,
    _DAYS,
    st.sampled_from(["（{}）", "({})", "——{}", "—{}", "-- {}", "{}"]),
    st.booleans(),
)
def test_a_byline_in_brackets_or_after_a_dash(
    body: str, day: dt.date, byline: str, dated: bool
) -> None:
    """（某某县林业局） or ——某某县林业局 under the title is the issuer; a date below signs."""
    year = day.year - 1
    under = byline.format(body) + (f"\n（{day.year}年{day.month}月{day.day}日）" if dated else "")
    text = f"{year}年法治政府建设年度报告\n{under}\n{year}年，我们坚持依法行政。\n{_REST}"
    report = fzbg.parse_report(text)
    assert (report.issuer, report.year) == (body, year)
    assert report.signed == (day if dated else None)

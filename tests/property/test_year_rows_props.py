"""A table with one row a year keys the report year's figures by their column heads.

``年份 行政复议案件（件） 行政应诉案件（件）`` over ``2022 45 12`` and ``2023 52 15``: in the
2023 report the figures of the 2023 row are its indicators, each subject its column's
head; the other years' figures key nothing.  Generated over separators (spaces, tabs,
``|`` borders, a Markdown rule), units in the heads' brackets or in the cells, the
report year's row anywhere among the years.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

# Column heads: the subject as the head names it, and the key it stands for.
_COLUMNS = (
    ("行政复议案件", "reconsideration-cases"),
    ("行政应诉案件", "litigation-cases"),
    ("行政复议收案", "reconsideration-cases"),
)


def _row(cells: list[str], sep: str, markdown: bool) -> str:
    return f"| {' | '.join(cells)} |" if markdown else sep.join(cells)


@st.composite
def _tables(draw: st.DrawFn) -> tuple[str, int, dict[str, str]]:
    year = draw(st.integers(2017, 2025))
    span = draw(st.integers(2, 4))
    first = draw(st.integers(year - span + 1, year))  # the report year among the rows
    years = list(range(first, first + span))
    columns = draw(st.lists(st.sampled_from(_COLUMNS[:2]), min_size=1, max_size=2, unique=True))
    # the unit in the head's brackets, in each cell, or the head counting its noun (案件数)
    unit_in = draw(st.sampled_from(("bracket", "cell", "counted")))
    markdown = draw(st.booleans())
    sep = draw(st.sampled_from(("\t", " ", "  ")))
    suffix = draw(st.sampled_from(("", "年", "年度")))  # 2023, 2023年, 2023年度
    named = draw(st.booleans())  # the report year's row and the one before named in words
    head = [draw(st.sampled_from(("年份", "年度")))]
    head += [name + {"bracket": "（件）", "counted": "数"}.get(unit_in, "") for name, _ in columns]
    lines = [_row(head, sep, markdown)]
    if markdown:
        lines.append(_row(["---"] * len(head), sep, markdown))
    want: dict[str, str] = {}
    for k, y in enumerate(years):
        figures = [str(40 + 7 * k + 3 * c) for c in range(len(columns))]
        label = f"{y}{suffix}"
        if named and year - 1 <= y <= year:  # 本年度 and 上年度 for the last two rows
            label = "本年度" if y == year else "上年度"
        cells = [label] + [f + ("件" if unit_in == "cell" else "") for f in figures]
        lines.append(_row(cells, sep, markdown))
        if y == year:
            want = {cell: key for cell, (_, key) in zip(cells[1:], columns, strict=True)}
    text = "\n".join(
        (
            f"某某区司法局{year}年法治政府建设情况报告",
            f"{year}年，我局坚持依法行政，现将有关情况报告如下：",
            "一、主要举措和成效",
            "（一）依法化解行政争议。近年来行政争议情况如下：",
            *lines,
            "",
            "二、存在的不足",
            "一是法治意识有待提高；二是执法队伍有待加强。",
            "三、下一步工作打算",
            "一是加强学习；二是强化监督。",
        )
    )
    return text, year, want


@settings(max_examples=int(os.environ.get("FZBG_EXAMPLES", "300")) // 3, deadline=None)
@given(_tables())
def test_the_report_years_row_keys_its_figures(drawn: tuple[str, int, dict[str, str]]) -> None:
    text, year, want = drawn
    report = fzbg.parse_report(text)
    assert report.year == year, text
    got = {i.quantity.text: i.key for i in report.indicators}
    assert got == want, text
    for indicator in report.indicators:
        assert indicator.subject in text[indicator.span.start : indicator.span.end]


def test_a_line_opening_with_nian_du_and_words_is_no_table() -> None:
    text = "\n".join(
        (
            "某某县2023年法治政府建设情况报告",
            "一、主要举措和成效",
            "年度 重点工作推进顺利。",
            "2023 全年办理行政复议案件12件。",
        )
    )
    assert [i.quantity.text for i in fzbg.parse_report(text).indicators] == ["12件"]


def test_a_head_counting_its_noun_gives_its_column_a_unit() -> None:
    text = "一、主要举措和成效\n类型\t案件数\t参训人数\t占比\n行政复议\t45\t120\t30%\n\n正文。"
    found = [(q.text, q.unit) for q in fzbg.parse_report(text).quantities]
    assert ("45", "件") in found
    assert ("120", "人") in found


def test_a_line_of_words_ending_in_a_count_heads_no_column() -> None:
    text = "一、主要举措和成效\n全年统计参训人数\n120\n\n正文。"
    assert [q.text for q in fzbg.parse_report(text).quantities] == []

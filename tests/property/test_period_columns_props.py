"""A table whose columns are periods, not years, keys the report year's figure.

``项目 本期 上年同期 增减``, ``指标 去年 今年``, ``类别 同期 本期数``: a statistics table
names the year reported on as 本期, 本年, 今年, 当年 (maybe with 累计 or 数) and the year
before as 上年, 去年, 同期, 上年同期.  Generated tables, in any column order, with the
unit in the row's label, in each cell or in a header above, plain or as a Markdown copy
gives them (``| 项目 | 本期 | 上年同期 |`` over a ``| --- |`` rule), key the report year's
figure of each row and no other.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_THIS = ("本期", "本年", "今年", "本年度", "本期数", "本年累计", "当年")
_LAST = ("上年同期", "去年", "上年", "同期", "去年同期", "上年度", "上年同期数")
_ROWS = (
    ("行政复议案件", "reconsideration-cases"),
    ("行政诉讼案件", "litigation-cases"),
    ("法律援助案件", "legal-aid-cases"),
)


@st.composite
def _tables(draw: st.DrawFn) -> tuple[str, dict[str, str]]:
    """A report with a period-headed table; the report year's figures and their keys."""
    year = draw(st.integers(2016, 2025))
    this, last = draw(st.sampled_from(_THIS)), draw(st.sampled_from(_LAST))
    this_first = draw(st.booleans())
    change = draw(st.sampled_from(("", "增减", "同比", "增幅")))
    unit_in = draw(st.sampled_from(("label", "cell", "header")))
    sep = draw(st.sampled_from((" ", "\t", "  ", " | ")))  # | : a Markdown table's
    heads = ["项目", *((this, last) if this_first else (last, this)), *([change] if change else [])]
    lines = ["（单位：件）"] if unit_in == "header" else []
    lines.append(sep.join(heads))
    if sep == " | ":  # under the head row, a rule
        lines.append(sep.join(["---"] * len(heads)))
    want: dict[str, str] = {}
    rows = draw(st.lists(st.sampled_from(_ROWS), min_size=1, max_size=3, unique=True))
    # Distinct figures: each names its row.
    figures = draw(
        st.lists(st.integers(1, 999), min_size=2 * len(rows), max_size=2 * len(rows), unique=True)
    )
    for (label, key), now, before in zip(rows, figures[::2], figures[1::2], strict=True):
        unit = "件" if unit_in == "cell" else ""
        cells = (
            [f"{now}{unit}", f"{before}{unit}"]
            if this_first
            else [f"{before}{unit}", f"{now}{unit}"]
        )
        name = f"{label}（件）" if unit_in == "label" else label
        lines.append(sep.join([name, *cells, *([f"+{now - before}"] if change else [])]))
        want[f"{now}{unit}"] = key
    if sep == " | ":
        lines = [f"| {line} |" if "|" in line else line for line in lines]
    text = "\n".join(
        (
            f"某某区{year}年法治政府建设年度报告",
            f"{year}年，我区深入贯彻落实习近平法治思想，现将有关情况报告如下。",
            f"一、{year}年推进法治政府建设的主要举措和成效",
            "（一）化解行政争议。全区行政争议情况如下：",
            *lines,
            "",
            "二、存在的不足和原因",
            "一是法治意识有待提高；二是执法队伍有待加强。",
        )
    )
    return text, want


@settings(max_examples=200, deadline=None)
@given(_tables())
def test_the_report_years_column_keys_each_row(drawn: tuple[str, dict[str, str]]) -> None:
    text, want = drawn
    report = fzbg.parse_report(text)
    assert {i.quantity.text: i.key for i in report.indicators} == want, text

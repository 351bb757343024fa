"""A page's field table copied as rows of ``|`` cells, each cell a label and its value.

``| 索引号:0001/2026-02861 | |`` / ``| 发文机关:某镇人民政府 | 主题词: |`` /
``| 标题:某镇…报告 | |``: some values and whole cells empty, no date on most rows.  The
rows are page metadata, whatever their borders; the 标题 cell gives the title.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import fzbg

_BODY = (
    "{y}年，在县委、县政府的坚强领导下，{body}始终坚持依法行政。现将本年度工作情况报告如下。\n"
    "一、主要举措及成效\n（一）坚持高位推动\n全年组织专题学习8次。\n"
)


@st.composite
def _table(draw: st.DrawFn) -> tuple[str, str, str, int]:
    body = draw(st.sampled_from(["青石镇", "东河街道", "南川县", "北岭市司法局"]))
    year = draw(st.integers(2016, 2025))
    title = f"{body}关于{year}年度法治政府建设情况的报告"
    cells = [
        ("索引号", f"000014349/{year + 1}-02861"),
        ("发文字号", ""),
        ("发文机关", body),
        ("主题词", ""),
        ("标题", title),
        ("主题分类", draw(st.sampled_from(["", "法治政府建设"]))),
    ]
    order = draw(st.permutations(range(len(cells))))
    pad = draw(st.sampled_from(["", " "]))
    rows, row = [], []
    for i in order:
        label, value = cells[i]
        row.append(f"{pad}{label}:{value}{pad}")
        if len(row) == 2 or draw(st.booleans()):
            if len(row) == 1 and draw(st.booleans()):
                row.append(pad)  # an empty cell beside it
            rows.append("|" + "|".join(row) + "|")
            row = []
    if row:
        rows.append("|" + "|".join(row) + "|")
    text = "\n".join(rows) + "\n" + _BODY.format(y=year, body=body)
    return text, title, body, year


@given(_table())
def test_a_table_of_colon_cells_is_metadata_and_gives_the_title(
    table: tuple[str, str, str, int],
) -> None:
    text, title, body, year = table
    report = fzbg.parse_report(text)
    assert report.title == title
    assert report.issuer == body
    assert report.year == year
    assert "|" not in report.text


def test_a_dated_cell_still_dates_the_page() -> None:
    text = (
        "| 索引号:000014349/2026-02861 | |\n| 发文字号: | 发文时间:2025-12-22 |\n"
        "| 标题:青石镇2025年度法治政府建设情况报告 | |\n" + _BODY.format(y=2025, body="青石镇")
    )
    report = fzbg.parse_report(text)
    assert report.published == dt.date(2025, 12, 22)
    assert report.title == "青石镇2025年度法治政府建设情况报告"

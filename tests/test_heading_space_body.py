"""A web copy that set each heading and its paragraph on one line, a space between.

No break of the page was kept as a space after a stop, so the copy's other spaces read as
a scan's; but the words after this one open a paragraph as only a paragraph opens
(全年共…, 今年以来, 年初, 镇党委…), so the space ends the heading.  A scan's space inside a
heading's word (全面 领导) opens none.
"""

from __future__ import annotations

import pytest

import fzbg

_HEAD = (
    "某镇2019年法治政府建设工作总结\n2019年，某镇坚持依法行政，取得新成效。现总结如下：\n"
    "一、加强组织领导，落实第一责任人职责\n镇党委高度重视法治建设，每年集中学习不少于 2次。\n"
)
_TAIL = "\n三、强化执法监督\n全年开展执法检查5次。\n"


@pytest.mark.parametrize(
    "body",
    [
        "全年共开展普法宣传活动12场，发放资料3000余份。",
        "今年以来，我镇以“六进”为载体深入开展普法宣传教育。",
        "年初，我镇成立了以综治办、司法所为骨干单位的普法领导小组。",
    ],
)
@pytest.mark.parametrize(
    "heading", ["二、以“六进”为载体，加强普法宣传教育", "二、加强普法宣传教育"]
)
def test_a_paragraph_opening_after_the_space_ends_the_heading(heading: str, body: str) -> None:
    report = fzbg.parse_report(_HEAD + heading + " " + body + _TAIL)
    assert [s.heading for s in report.sections][1] == heading


def test_a_scans_space_inside_a_heading_still_reads_whole() -> None:
    text = _HEAD.replace("每年集中学习不少于 2次", "每年集中学习不少于2次")
    report = fzbg.parse_report(text + "二、坚持党的全面 领导，确保法治政府建设正确方向" + _TAIL)
    assert report.sections[1].heading == "二、坚持党的全面 领导，确保法治政府建设正确方向"

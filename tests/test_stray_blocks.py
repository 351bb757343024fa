"""A 【一】 among (一) points counts with them; 【一】 sections over (一) points stay so."""

from __future__ import annotations

import pytest

from fzbg import parse_report

_HEAD = "某县2023年度法治政府建设情况报告\n2023年,本县推进依法行政。\n"
_REST = "二、存在的不足\n一是学习不够。\n三、2024年工作安排\n(一)加强学习。\n"


def _points(body: str) -> list[tuple[str, list[str | None]]]:
    report = parse_report(_HEAD + body)
    return [(i.marker or "", [c.marker for c in i.children]) for i in report.sections[0].items]


@pytest.mark.parametrize(
    "points",
    [
        ("【一】", "(二)", "(三)"),
        ("(一)", "【二】", "(三)"),
        ("(一)", "(二)", "【三】"),
        ("【一】", "【二】", "(三)"),
    ],
)
def test_a_stray_block_marker_is_a_point(points: tuple[str, str, str]) -> None:
    body = "一、主要举措和成效\n" + "".join(f"{p}推进工作。召开会议3次。\n" for p in points) + _REST
    assert _points(body) == [(p, []) for p in points]


def test_block_sections_over_round_points_stay_so() -> None:
    body = (
        "一、主要举措和成效\n【一】加强领导\n(一)召开会议。\n(二)学习培训。\n"
        "【二】依法决策\n(一)审查文件。\n" + _REST
    )
    assert _points(body) == [("【一】", ["(一)", "(二)"]), ("【二】", ["(一)"])]

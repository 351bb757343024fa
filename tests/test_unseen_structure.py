"""Section and item shapes of reports nobody annotated for us, one class at a time.

Every text here is invented for its test, written the way real reports vary: numbering
schemes that rank differently, OCR's misread numerals, headings glued to the preamble.
"""

from __future__ import annotations

import fzbg


def _outline(text: str) -> list[tuple[str, str | None, list[tuple[int | None, str | None]]]]:
    """Each section of the parsed text: its kind, heading, and its items' ordinals and titles."""
    return [
        (s.kind.value, s.heading, [(i.ordinal, i.title) for i in s.items])
        for s in fzbg.parse_report(text).sections
    ]


def test_arabic_numbered_sections_over_bracketed_items() -> None:
    """A report numbering its sections 1、 2、 and their points (一) (二) is read so.

    With no 一、 anywhere, 1、 lines that all name sections head them, although (一)
    outranks 1、 in the genre's usual nesting.
    """
    text = (
        "某县自然资源局2023年度法治政府建设情况报告\n"
        "1、主要举措和成效\n"
        "（一）加强组织领导。局党组召开专题会议研究法治工作4次。\n"
        "（二）规范行政执法。\n"
        "2、存在的不足和原因\n"
        "（一）执法人员业务能力不足。\n"
        "3、2024年工作安排\n"
        "（一）加强执法培训。\n"
        "（二）强化执法监督。\n"
    )
    assert _outline(text) == [
        ("measures", "1、主要举措和成效", [(1, "加强组织领导"), (2, "规范行政执法")]),
        ("shortcomings", "2、存在的不足和原因", [(1, "执法人员业务能力不足")]),
        ("plans", "3、2024年工作安排", [(1, "加强执法培训"), (2, "强化执法监督")]),
    ]


def test_arabic_points_that_do_not_name_sections_stay_items() -> None:
    """(一) headings over 1、 points keep their usual nesting."""
    text = (
        "某镇2022年法治政府建设工作报告\n"
        "（一）主要举措和成效\n"
        "1、加强组织领导。\n"
        "2、规范行政执法。\n"
        "（二）存在的问题\n"
        "1、法治宣传不够深入。\n"
        "（三）下一步工作打算\n"
        "1、抓好学法用法。\n"
    )
    assert [(kind, len(items)) for kind, _, items in _outline(text)] == [
        ("measures", 2),
        ("shortcomings", 1),
        ("plans", 1),
    ]

"""Section and item shapes of reports nobody annotated for us, one class at a time.

Every text here is invented for its test, written the way real reports vary: numbering
schemes that rank differently, OCR's misread numerals, headings glued to the preamble.
"""

from __future__ import annotations

import pytest

import fzbg
from fzbg.genre.cues import classify_heading
from fzbg.model import SectionKind


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


def test_ocr_dash_read_for_the_numeral_one_in_brackets() -> None:
    """(-) is (一) whose stroke OCR read as a dash: a point whose number is inferred."""
    text = (
        "某县2022年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（-）加强组织领导。县政府常务会议学法6次。\n"
        "（二）推进依法决策。\n"
        "二、存在的不足和原因\n"
        "(—)法治意识不强。\n"
        "(二)执法能力不足。\n"
    )
    report = fzbg.parse_report(text)
    assert [[(i.ordinal, i.title) for i in s.items] for s in report.sections] == [
        [(1, "加强组织领导"), (2, "推进依法决策")],
        [(1, "法治意识不强"), (2, "执法能力不足")],
    ]
    assert "broken-marker" in {d.code for d in report.diagnostics}


def test_ocr_letter_l_read_for_the_digit_one() -> None:
    """l、 and l. open a point numbered 1 where OCR read the digit as the letter."""
    text = (
        "某县2022年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "l、加强组织领导。全年召开会议3次。\n"
        "2、规范行政执法。\n"
        "二、存在的不足\n"
        "l.基层力量薄弱。\n"
        "2.法治宣传不够深入。\n"
    )
    assert [items for _, _, items in _outline(text)] == [
        [(1, "加强组织领导"), (2, "规范行政执法")],
        [(1, "基层力量薄弱"), (2, "法治宣传不够深入")],
    ]


def test_a_latin_word_opening_a_line_is_no_marker() -> None:
    """A line opening with a Latin word (law, LED) is text, not a point numbered 1."""
    text = (
        "某县2022年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。\n"
        "law.gov.cn平台上线运行。\n"
        "l . 5倍于去年。\n"
    )
    assert [len(items) for _, _, items in _outline(text)] == [1]


def test_a_heading_glued_after_the_preambles_colon() -> None:
    """一、 run on after "报告如下:" (a lost line break) heads the first section."""
    text = (
        "某街道办事处2023年法治政府建设工作报告\n"
        "2023年，街道在区委区政府领导下推进法治建设，现将工作情况汇报如下：一、2023年工作开展情况\n"
        "（一）加强学法。街道党工委中心组学法4次。\n"
        "（二）规范执法。\n"
        "二、存在问题\n"
        "法治宣传不够深入。\n"
    )
    report = fzbg.parse_report(text)
    assert [(s.kind.value, s.heading, len(s.items)) for s in report.sections] == [
        ("measures", "一、2023年工作开展情况", 2),
        ("shortcomings", "二、存在问题", 0),
    ]
    assert report.preamble.endswith("汇报如下：")


def test_a_heading_glued_after_the_last_sentence_of_a_section() -> None:
    """二、存在的不足 run on after the 。 of the last paragraph above heads its section."""
    text = (
        "某县2023年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。县政府常务会议学法6次。\n"
        "（二）规范行政执法。全年办理案件30件。二、存在的不足和原因\n"
        "执法人员业务能力不足。\n"
    )
    assert [(kind, heading) for kind, heading, _ in _outline(text)] == [
        ("measures", "一、主要举措和成效"),
        ("shortcomings", "二、存在的不足和原因"),
    ]


def test_an_enumeration_run_into_a_sentence_stays() -> None:
    """如下:一、……;二、…… inside a paragraph is a list, not a glued heading."""
    text = (
        "某县2023年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "主要做法如下：一、加强组织领导；二、规范行政执法。\n"
        "二、存在的不足和原因\n"
        "执法人员业务能力不足。\n"
    )
    assert [kind for kind, _, _ in _outline(text)] == ["measures", "shortcomings"]


def test_plans_heading_naming_the_next_stage_and_its_mouhua() -> None:
    """下阶段工作谋划 heads the plans; 统筹谋划 in a topic heading names none."""
    text = (
        "某区2024年法治政府建设情况报告\n"
        "一、加强统筹谋划，压实工作责任\n"
        "（一）健全工作机制。\n"
        "二、存在的不足和原因\n"
        "（一）基层力量薄弱。\n"
        "三、下阶段工作谋划\n"
        "（一）深化依法行政。\n"
    )
    assert [kind for kind, _, _ in _outline(text)] == ["measures", "shortcomings", "plans"]


def test_plans_cues_of_a_mouhua_and_of_the_next_stage() -> None:
    """Each of 工作谋划 and 下阶段 names the plans on its own."""
    assert classify_heading("2025年度工作谋划") is SectionKind.PLANS
    assert classify_heading("下阶段重点任务") is SectionKind.PLANS
    assert classify_heading("科学谋划部署") is None


def test_a_glued_heading_that_runs_on_into_its_first_point() -> None:
    """A heading glued between a 。 and its first (一) point gets a line of its own."""
    text = (
        "某县2023年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。召开会议3次。\n"
        "（二）规范行政执法。全年办理案件30件。二、存在的不足和原因（一）基层力量薄弱。\n"
        "（二）宣传不够深入。\n"
    )
    assert [(kind, items) for kind, _, items in _outline(text)] == [
        ("measures", [(1, "加强组织领导"), (2, "规范行政执法")]),
        ("shortcomings", [(1, "基层力量薄弱"), (2, "宣传不够深入")]),
    ]


def test_a_glued_heading_that_runs_on_into_its_first_sentence() -> None:
    """A heading glued after the preamble's colon and run on into its sentence is found."""
    text = (
        "某县2023年法治政府建设情况报告\n"
        "现将有关情况报告如下：一、主要举措和成效2023年，我县坚持依法行政。\n"
        "（一）加强组织领导。召开会议3次。\n"
        "二、存在的不足和原因\n"
        "（一）基层力量薄弱。\n"
    )
    assert [(kind, heading) for kind, heading, _ in _outline(text)] == [
        ("measures", "一、主要举措和成效"),
        ("shortcomings", "二、存在的不足和原因"),
    ]


def test_a_colon_right_after_the_marker_opens_no_title() -> None:
    """一是：加强学习。 and （一）：规范执法。 have the words after the colon as titles."""
    text = (
        "某县2023年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）：加强组织领导。召开会议3次。\n"
        "（二）：规范行政执法。\n"
        "二、存在的不足和原因\n"
        "一是：基层力量薄弱。\n"
        "二是：宣传不够深入。\n"
    )
    assert [items for _, _, items in _outline(text)] == [
        [(1, "加强组织领导"), (2, "规范行政执法")],
        [(1, "基层力量薄弱"), (2, "宣传不够深入")],
    ]


def test_section_numbers_followed_by_a_colon() -> None:
    """一：主要举措和成效 is a numbered heading whose words follow the colon."""
    text = (
        "某县2023年法治政府建设情况报告\n"
        "一：主要举措和成效\n"
        "（一）加强组织领导。召开会议3次。\n"
        "二：存在的不足和原因\n"
        "（一）基层力量薄弱。\n"
        "三：下一步工作安排\n"
        "（一）加强学习。\n"
    )
    report = fzbg.parse_report(text)
    assert [(s.kind.value, s.heading, s.ordinal) for s in report.sections] == [
        ("measures", "一：主要举措和成效", 1),
        ("shortcomings", "二：存在的不足和原因", 2),
        ("plans", "三：下一步工作安排", 3),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("㈠", "㈡"),  # Word's parenthesized ideographs
        ("⑴", "⑵"),  # ... and parenthesized digits
        ("⒈", "⒉"),  # ... and digits with a full stop
        ("〔一〕", "〔二〕"),  # tortoise-shell brackets
        ("【一】", "【二】"),  # lenticular brackets
    ],
)
def test_enclosed_and_bracketed_item_markers(first: str, second: str) -> None:
    """The one-character markers of Word and the other brackets number items as (一) does."""
    text = (
        "某县2023年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        f"{first}加强组织领导。召开会议3次。\n"
        f"{second}规范行政执法。\n"
        "二、存在的不足和原因\n"
        f"{first}基层力量薄弱。\n"
    )
    assert [items for _, _, items in _outline(text)] == [
        [(1, "加强组织领导"), (2, "规范行政执法")],
        [(1, "基层力量薄弱")],
    ]


def test_a_section_heading_wrapped_after_it_names_its_section() -> None:
    """A heading whose first line already names its section goes on into a short last line.

    The line below is its end when the heading's first line breaks off after a linking
    word, or mid-phrase with the last line ending as a section's heading does (…情况).
    """
    text = (
        "某县2023年法治政府建设情况报告\n"
        "一、2023年度党政主要负责人履行推进法治建设第一责任人\n"
        "职责、加强法治政府建设的有关情况\n"
        "（一）带头学法。\n"
        "二、推进法治政府建设存在的不足和\n"
        "原因\n"
        "（一）基层力量薄弱。\n"
        "三、下一步工作安排\n"
        "全面加强组织领导\n"
        "（一）加强学习。\n"
    )
    report = fzbg.parse_report(text)
    assert [(s.kind.value, s.heading, len(s.items)) for s in report.sections] == [
        (
            "duties",
            "一、2023年度党政主要负责人履行推进法治建设第一责任人\n职责、加强法治政府建设的有关情况",
            1,
        ),
        ("shortcomings", "二、推进法治政府建设存在的不足和\n原因", 1),
        ("plans", "三、下一步工作安排", 1),
    ]


def test_an_item_heading_wrapped_after_its_comma() -> None:
    """A point's heading line that breaks off after a comma goes on into the next line."""
    text = (
        "某县2023年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）坚持党的领导，\n"
        "全面加强组织建设。县委常委会专题研究法治工作3次。\n"
        "（二）深化放管服改革，优化法治化营商环境。\n"
        "二、存在的不足和原因\n"
        "基层力量薄弱。\n"
    )
    assert _outline(text)[0][2] == [
        (1, "坚持党的领导，全面加强组织建设"),
        (2, "深化放管服改革，优化法治化营商环境"),
    ]


def test_points_numbered_again_from_one_under_a_section() -> None:
    """一、 points restarting at 一 right under a 一、 heading are its items.

    The outer count goes on past them (三、下一步工作计划).
    """
    text = (
        "某镇2023年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。召开会议3次。\n"
        "二、存在的问题\n"
        "一、基层法治力量薄弱。\n"
        "二、法治宣传不够深入。\n"
        "三、执法能力存在不足。\n"
        "三、下一步工作计划\n"
        "一、加强队伍建设。\n"
        "二、创新宣传方式。\n"
        "三、强化执法监督。\n"
    )
    assert _outline(text) == [
        ("measures", "一、主要举措和成效", [(1, "加强组织领导")]),
        (
            "shortcomings",
            "二、存在的问题",
            [(1, "基层法治力量薄弱"), (2, "法治宣传不够深入"), (3, "执法能力存在不足")],
        ),
        (
            "plans",
            "三、下一步工作计划",
            [(1, "加强队伍建设"), (2, "创新宣传方式"), (3, "强化执法监督")],
        ),
    ]


def test_a_report_given_twice_keeps_both_copies_as_sections() -> None:
    """Numbering that starts again far below a heading is no list of points under it."""
    body = (
        "一、主要举措和成效\n"
        "（一）加强组织领导。召开会议3次。\n"
        "二、存在的问题\n"
        "（一）基层法治力量薄弱。\n"
    )
    text = "某镇2023年法治政府建设情况报告\n" + body + body
    assert [kind for kind, _, _ in _outline(text)] == ["measures", "shortcomings"] * 2


def test_points_above_a_count_that_opens_at_two_are_the_first_section() -> None:
    """Numbering that opens at 二、 lost the first heading: the points above it are measures."""
    text = (
        "某县2023年法治政府建设情况报告\n"
        "2023年，我县坚持以习近平法治思想为指导，现将有关情况报告如下：\n"
        "（一）加强组织领导。召开会议3次。\n"
        "（二）规范行政执法。全年办理案件30件。\n"
        "二、存在的不足和原因\n"
        "（一）基层力量薄弱。\n"
    )
    report = fzbg.parse_report(text)
    assert _outline(text) == [
        ("measures", None, [(1, "加强组织领导"), (2, "规范行政执法")]),
        ("shortcomings", "二、存在的不足和原因", [(1, "基层力量薄弱")]),
    ]
    assert report.preamble.endswith("报告如下：")
    assert "lost-heading" in {d.code for d in report.diagnostics}


def test_points_in_a_preamble_above_the_first_heading_stay_there() -> None:
    """Points above a count that opens at 一、 belong to the preamble."""
    text = (
        "某县2023年法治政府建设情况报告\n"
        "现将有关情况报告如下，主要体现在：\n"
        "（一）组织有力。\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。\n"
    )
    assert [heading for _, heading, _ in _outline(text)] == ["一、主要举措和成效"]

"""Items of unseen reports, one class of marker damage or numbering at a time.

Every text here is invented for its test, in the genre's style.
"""

from __future__ import annotations

from test_unseen_structure import _outline

import fzbg

_HEAD = "某县2023年法治政府建设情况报告\n现将有关情况报告如下：\n"


def test_bracketed_points_that_lost_their_closing_bracket() -> None:
    """(一加强… is point (一) whose ) a copy or OCR lost, whether or not all lost it."""
    text = _HEAD + (
        "一、主要举措和成效\n"
        "（一加强组织领导。召开专题会议3次。\n"
        "（二）推进依法决策。\n"
        "(三 规范行政执法。\n"
        "二、存在的不足和原因\n"
        "（一基层执法力量薄弱。\n"
        "（二普法针对性不强。\n"
    )
    assert _outline(text) == [
        (
            "measures",
            "一、主要举措和成效",
            [(1, "加强组织领导"), (2, "推进依法决策"), (3, "规范行政执法")],
        ),
        ("shortcomings", "二、存在的不足和原因", [(1, "基层执法力量薄弱"), (2, "普法针对性不强")]),
    ]


def test_points_numbered_within_their_part() -> None:
    """1.1 1.2 under 一、 (or 2.1 under (二)) are points one and two of their part.

    A figure or a dated day opening a line (1.5万件, 3.15消费者权益日) is no point.
    """
    text = _HEAD + (
        "一、主要举措和成效\n"
        "1.1 强化组织领导。县政府常务会议学法5次。\n"
        "1.2 推进依法决策。\n"
        "二、存在的不足和原因\n"
        "（一）执法力量薄弱\n"
        "1.1执法人员不足。\n"
        "1.5万件案件由12名执法人员办理。\n"
        "3.15消费者权益日开展宣传时人手紧张。\n"
        "1.2执法装备落后。\n"
    )
    report = fzbg.parse_report(text)
    assert _outline(text) == [
        ("measures", "一、主要举措和成效", [(1, "强化组织领导"), (2, "推进依法决策")]),
        ("shortcomings", "二、存在的不足和原因", [(1, "执法力量薄弱")]),
    ]
    children = report.shortcomings[0].children
    assert [(c.ordinal, c.title) for c in children] == [(1, "执法人员不足"), (2, "执法装备落后")]


def test_arabic_points_with_a_comma_or_a_space_for_their_mark() -> None:
    """1，加强… and 2 规范… are points 1 and 2: a typist or OCR put a comma or space for 、."""
    text = _HEAD + (
        "一、主要举措和成效\n"
        "1，加强组织领导。召开会议4次。\n"
        "2，规范行政执法。\n"
        "二、存在的不足\n"
        "1 基层执法力量薄弱。\n"
        "2 普法针对性不强。\n"
        "12 名执法人员负责全县执法。\n"
    )
    assert _outline(text) == [
        ("measures", "一、主要举措和成效", [(1, "加强组织领导"), (2, "规范行政执法")]),
        ("shortcomings", "二、存在的不足", [(1, "基层执法力量薄弱"), (2, "普法针对性不强")]),
    ]


def test_a_report_with_no_headings_whose_parts_open_with_their_lead_words() -> None:
    """存在的问题:一是… and 下步打算:一是… open the shortcomings and the plans of a prose report.

    The sections are guessed, so the no-sections diagnostic stays.
    """
    text = (
        "某街道2023年法治政府建设工作报告\n"
        "今年以来，我街道扎实推进法治政府建设，现将有关情况报告如下。\n"
        "一是强化组织领导。街道党工委专题研究4次。\n"
        "二是深化普法宣传。开展活动20场。\n"
        "存在的问题：一是基层法治力量薄弱；二是群众法治意识不强。\n"
        "下步打算：一是加强队伍建设；二是创新普法形式。\n"
    )
    report = fzbg.parse_report(text)
    assert [i.title for i in report.measures] == ["强化组织领导", "深化普法宣传"]
    assert [i.title for i in report.shortcomings] == ["基层法治力量薄弱", "群众法治意识不强"]
    assert [i.title for i in report.plans] == ["加强队伍建设", "创新普法形式"]
    assert all(report.text[i.span.start : i.span.end] == i.text for i in report.plans)
    assert "no-sections" in {d.code for d in report.diagnostics}


def test_points_counted_with_qi_yi() -> None:
    """其一, 其二, count points as 第一, 第二, do, on their own lines or run into one."""
    text = _HEAD + (
        "一、主要举措和成效\n"
        "其一，加强组织领导。召开会议4次。\n"
        "其二，规范行政执法。\n"
        "二、存在的不足\n"
        "主要有：其一，执法力量薄弱；其二，普法形式单一。\n"
    )
    assert _outline(text) == [
        ("measures", "一、主要举措和成效", [(1, "加强组织领导"), (2, "规范行政执法")]),
        ("shortcomings", "二、存在的不足", [(1, "执法力量薄弱"), (2, "普法形式单一")]),
    ]

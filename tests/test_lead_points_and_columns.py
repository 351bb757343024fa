"""More item and figure shapes: every marker style's first point after its lead phrase,
一要 points, a table's columns named by unit or by 本年/上年, a subject named after its
figure (均为…), a row's count and share.

Every text here is invented in the genre's style.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg import extract_quantities

_POINTS = st.lists(
    st.sampled_from(["强化学习", "规范执法", "加强监督", "深化普法"]), min_size=2, max_size=4
)


def _report(body: str, year: int = 2022) -> str:
    return (
        f"某某县司法局{year}年度法治政府建设工作报告\n\n{year}年以来，我局依法履职。\n\n"
        "一、主要举措和成效\n1.强化组织领导。召开会议3次。\n2.推进依法决策。\n"
        f"二、存在的问题\n法治意识不强。\n{body}\n\n某某县司法局\n{year + 1}年2月8日\n"
    )


def _plans(report: fzbg.Report) -> fzbg.Section:
    (plans,) = [s for s in report.sections if s.kind is fzbg.SectionKind.PLANS]
    return plans


@settings(max_examples=40, deadline=None)
@given(
    _POINTS,
    st.sampled_from(["下一步，我局将", "{}年，我们将着力", "今后，我们将"]),
    st.sampled_from(["①②③④", ["1、", "2、", "3、", "4、"], ["1.", "2.", "3.", "4."]]),
    st.integers(2016, 2025),
)
def test_a_first_point_after_its_lead(points, lead, marks, year):
    """我们将①健全制度；②规范执法, 我局将1、加强学习；2、……: no stop before the first."""
    run = "；".join(marks[k] + p for k, p in enumerate(points)) + "。"
    body = "三、下一步工作安排\n" + lead.format(year + 1) + run
    plans = _plans(fzbg.parse_report(_report(body, year)))
    assert [(i.ordinal, i.title) for i in plans.items] == list(enumerate(points, 1))


@settings(max_examples=30, deadline=None)
@given(
    _POINTS,
    st.sampled_from(["下一步，", "下一步，我们将", "新的一年，"]),
    st.sampled_from(["要", "是要"]),
)
def test_yi_yao_points(points, lead, word):
    """一要……；二要……, and 我们将一是要……: the 一是 count with 要."""
    cn = "一二三四"
    run = "；".join(f"{cn[k]}{word}{p}" for k, p in enumerate(points)) + "。"
    plans = _plans(fzbg.parse_report(_report("三、下一步工作安排\n" + lead + run)))
    assert [i.ordinal for i in plans.items] == list(range(1, len(points) + 1))


def test_yao_opening_a_word_is_no_point():
    body = "三、下一步工作安排\n统一要求，严格落实。二要素齐全。"
    assert _plans(fzbg.parse_report(_report(body))).items == ()


def test_a_cited_point_is_no_point():
    body = "三、下一步工作安排\n按第1、2项执行；2、其余照旧。"
    assert _plans(fzbg.parse_report(_report(body))).items == ()


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [("数量（件）", "件", 1), ("人数(人)", "人", 1), ("金额（万元）", "元", 10000)]
    ),
    st.lists(st.integers(0, 999), min_size=1, max_size=3),
    st.sampled_from([" ", "\t"]),
)
def test_a_column_head_names_the_unit(head, figures, sep):
    """类型 数量（件） 占比 over 行政复议 45 30%: the column's figures are counts of 件."""
    cell, unit, scale = head
    rows = "\n".join(f"第{k}类{sep}{n}{sep}{k}.5%" for k, n in enumerate(figures, 1))
    text = f"类型{sep}{cell}{sep}占比\n{rows}\n\n以上为统计。"
    found = [(q.value, q.unit) for q in extract_quantities(text) if q.unit != "%"]
    assert found == [(Decimal(n * scale), unit) for n in figures]


def test_a_count_and_its_share_are_two_figures():
    found = extract_quantities("行政复议 45 30%\n")
    assert [(q.text, q.unit) for q in found] == [("30%", "%")]


@settings(max_examples=30, deadline=None)
@given(
    st.integers(2016, 2025),
    st.integers(0, 300),
    st.integers(0, 300),
    st.sampled_from([("本年", "上年"), ("本年度", "上年度"), ("今年", "去年"), ("本年度", "去年")]),
    st.booleans(),
)
def test_columns_named_this_year_and_last(year, now, before, words, this_first):
    """指标 上年度 本年度: 本年度 is the report year's column."""
    this, last = words
    heads, cells = ([this, last], [now, before]) if this_first else ([last, this], [before, now])
    head, row = f"指标 {heads[0]} {heads[1]}", f"行政复议案件 {cells[0]} {cells[1]}"
    table = f"（三）复议情况（单位：件）\n{head}\n{row}\n\n"
    text = _report("三、下一步工作安排\n继续努力。", year).replace(
        "2.推进依法决策。\n", "2.推进依法决策。\n" + table
    )
    report = fzbg.parse_report(text)
    keyed = [i.quantity.value for i in report.indicators if i.key == "reconsideration-cases"]
    assert keyed == [Decimal(now)]


@settings(max_examples=30, deadline=None)
@given(
    st.integers(2, 500),
    st.sampled_from(["均为", "全部为", "均系", "均属"]),
    st.sampled_from(
        [("行政复议案件", "reconsideration-cases"), ("行政诉讼案件", "litigation-cases")]
    ),
    st.sampled_from(["全年共办理", "共收到", "全年受理"]),
)
def test_a_subject_named_after_its_figure(n, word, subject, verb):
    """全年共办理45件，均为行政复议案件: the clause after names what all of it is."""
    noun, key = subject
    body = "三、下一步工作安排\n继续努力。"
    text = _report(body).replace("2.推进依法决策。", f"2.加强监督。{verb}{n}件，{word}{noun}。")
    keyed = [(i.key, i.quantity.value) for i in fzbg.parse_report(text).indicators]
    assert (key, Decimal(n)) in keyed


def test_a_breakdown_still_names_no_whole():
    """The part's subject names no whole; the part itself, of a total of no row, keys it."""
    text = _report("三、下一步工作安排\n继续努力。").replace(
        "2.推进依法决策。", "2.加强监督。共收到120件，其中行政复议申请80件。"
    )
    keyed = [(i.key, i.quantity.text) for i in fzbg.parse_report(text).indicators]
    assert [k for k in keyed if k[1].endswith("件")] == [("reconsideration-cases", "80件")]

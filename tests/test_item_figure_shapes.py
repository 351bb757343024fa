"""Item and figure shapes copies and typists make: run-in plans after a lead phrase, a
unit header above a table, a space inside a unit, a table's columns by year.

Every text here is invented in the genre's style.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg import extract_quantities
from fzbg.genre.units import BY_WRITTEN

_LEVELS = st.sampled_from(["区", "市", "县", "镇", "局", "街道"])
_YEARS = st.integers(2016, 2025)
_POINTS = st.lists(
    st.sampled_from(
        ["强化法治思维，提升依法行政能力", "深化执法改革", "完善监督体系", "加强普法宣传"]
    ),
    min_size=2,
    max_size=4,
)


def _report(body: str, year: int = 2023, level: str = "区") -> str:
    return (
        f"某某{level}关于{year}年法治政府建设情况的报告\n\n{year}年，我{level}扎实推进法治建设。\n\n"
        "一、主要举措和成效\n（一）健全决策机制。审查文件8件。\n（二）加强执法监督。\n"
        f"二、存在的不足\n执法规范化水平不高。\n{body}\n\n某某{level}\n{year + 1}年1月20日\n"
    )


@settings(max_examples=40, deadline=None)
@given(
    _LEVELS,
    _YEARS,
    _POINTS,
    st.sampled_from(["下一步，我{}将", "今后，我{}将着力", "{}年，我们将"]),
    st.sampled_from(["（{}）", "({})"]),
    st.sampled_from(["一二三四", "1234"]),
)
def test_run_in_plans_after_a_lead_phrase(level, year, points, lead, bracket, digits):
    """下一步，我区将（一）…；（二）…: the first point follows the lead with no stop."""
    run = "；".join(bracket.format(digits[k]) + p for k, p in enumerate(points)) + "。"
    lead = lead.format(year + 1 if lead.startswith("{}年") else level)
    body = "三、下一步工作打算\n" + lead + run
    report = fzbg.parse_report(_report(body, year, level))
    (plans,) = [s for s in report.sections if s.kind is fzbg.SectionKind.PLANS]
    assert [i.ordinal for i in plans.items] == list(range(1, len(points) + 1))
    assert [i.title for i in plans.items] == points
    for item in plans.items:
        assert report.text[item.span.start : item.span.end] == item.text


def test_a_cited_clause_is_no_point():
    """第（一）项 cites a clause: no count opens there."""
    body = "三、下一步工作打算\n依照第（一）项规定执行；（二）项另行规定。"
    report = fzbg.parse_report(_report(body))
    (plans,) = [s for s in report.sections if s.kind is fzbg.SectionKind.PLANS]
    assert plans.items == ()


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 9999),
    st.sampled_from(["场次", "人次", "件次", "批次", "万元", "万人次", "个工作日"]),
)
def test_a_space_inside_a_unit(value, written):
    """36 场 次, 5 万 元: an OCR or PDF copy letter-spaces the unit."""
    spaced = " ".join(written)
    (q,) = extract_quantities(f"全年开展活动{value} {spaced}。")
    unit = written.removeprefix("万")
    scale = 10000 if written.startswith("万") else 1
    assert (q.value, q.unit) == (Decimal(value * scale), BY_WRITTEN[unit].unit)
    assert q.text == f"{value} {spaced}"


def test_a_space_between_ten_thousand_and_over():
    (q,) = extract_quantities("服务群众 2 万 余 人 次。")
    assert (q.value, q.unit, q.approx) == (Decimal(20000), "人次", fzbg.Approx.OVER)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["（单位：件）", "单位：件", "(单位:件)", "统计情况（单位：件）"]),
    st.lists(st.integers(0, 999), min_size=1, max_size=4),
    st.sampled_from([" ", "\t", " | "]),
)
def test_a_unit_header_above_a_table(header, figures, sep):
    """（单位：件） above a table: the bare figures below it are counts of 件."""
    rows = "\n".join(f"第{k}类事项{sep}{n}" for k, n in enumerate(figures, 1))
    text = f"{header}\n项目{sep}数量\n{rows}\n\n全年办理完毕。"
    found = extract_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(Decimal(n), "件") for n in figures]


def test_the_table_ends_at_a_line_of_words():
    text = "单位：万元\n专项经费 12.5\n其他 3\n此外，还有7项工作。"
    found = extract_quantities(text)
    assert [(str(q.value), q.unit) for q in found] == [
        ("125000", "元"),
        ("30000", "元"),
        ("7", "项"),
    ]


@settings(max_examples=40, deadline=None)
@given(
    _YEARS, st.integers(0, 500), st.integers(0, 500), st.booleans(), st.sampled_from([" ", "\t"])
)
def test_a_table_by_year_keys_the_report_year(year, before, now, change, sep):
    """项目 2022年 2023年 增减: the report year's column is the indicator."""
    head = sep.join(["项目", f"{year - 1}年", f"{year}年", *(["增减"] if change else [])])
    row = sep.join(
        ["行政复议案件", str(before), str(now), *([f"{now - before:+d}"] if change else [])]
    )
    body = "三、下一步工作打算\n继续加强。"
    text = _report(body, year).replace(
        "（二）加强执法监督。\n",
        f"（二）加强执法监督。\n（三）复议情况（单位：件）\n{head}\n{row}\n\n",
    )
    report = fzbg.parse_report(text)
    assert not [q for q in report.quantities if q.unit == "年"]
    keyed = [(i.key, i.quantity.value) for i in report.indicators if i.quantity.unit == "件"]
    assert ("reconsideration-cases", Decimal(now)) in keyed
    assert ("reconsideration-cases", Decimal(before)) not in keyed or before == now

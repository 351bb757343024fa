"""check(): the statutory rules, each finding with its stable code and evidence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

import fzbg
from fzbg import Approx, Compliance, Finding, Measure, Quantity, Report, Section, SectionKind, Span
from fzbg.analyze.check import CODES, CODES_ZH, check, issuer_kind_of

COMPLETE = (
    "松林街道2024年度法治政府建设工作报告\n"
    "一、2024年推进法治政府建设的主要举措和成效\n"
    "（一）加强组织领导。召开专题会议5次，审查规范性文件12件。\n"
    "（二）深化普法宣传。开展培训8场次。\n"
    "二、存在的不足和原因\n"
    "一是普法宣传针对性不强；二是执法力量不足。究其原因，主要是培训不够系统。\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "街道党工委书记亲自部署法治建设重要工作。\n"
    "四、2025年推进法治政府建设的主要安排\n"
    "（一）深化依法决策。（二）提升执法规范化水平。\n"
    "特此报告。\n"
    "松林街道办事处\n"
    "2025年1月12日\n"
)


def _codes(report: Report, **kwargs: str) -> list[str]:
    return [f.code for f in check(report, **kwargs).findings]  # type: ignore[arg-type]


def _with_quantity(report: Report) -> Report:
    """The report with one quantity in its first measures section (quantities may not be
    extracted yet by the parser)."""
    measures = next(s for s in report.sections if s.kind is SectionKind.MEASURES)
    start = measures.span.start + measures.text.index("5次")
    q = Quantity(Decimal(5), "次", Approx.EXACT, "5次", Span(start, start + 2))
    return attrs.evolve(report, quantities=(q,))


@pytest.fixture
def complete() -> Report:
    return _with_quantity(fzbg.parse_report(COMPLETE))


def test_a_complete_report_has_no_findings(complete: Report) -> None:
    """All four sections, causes, items, quantities and consistent years: nothing to report."""
    result = check(complete)
    assert result == Compliance(())
    assert result.ok
    assert result.codes == frozenset()


@pytest.mark.parametrize(
    ("cut", "code"),
    [
        ("一、2024年推进法治政府建设的主要举措和成效\n", "missing-measures"),
        ("二、存在的不足和原因\n", "missing-shortcomings"),
        ("三、党政主要负责人履行推进法治建设第一责任人职责情况\n", "missing-duties"),
        ("四、2025年推进法治政府建设的主要安排\n", "missing-plans"),
    ],
)
def test_a_missing_section_is_found(cut: str, code: str) -> None:
    """Leaving out a required section's heading and text gives missing-<kind>."""
    start = COMPLETE.index(cut)
    end = COMPLETE.find("\n", start + len(cut)) + 1
    report = fzbg.parse_report(COMPLETE[:start] + COMPLETE[end:])
    assert code in _codes(report)
    finding = next(f for f in check(report).findings if f.code == code)
    assert finding.span is None


def test_shortcomings_without_causes_are_found() -> None:
    """A shortcomings section whose body gives no 原因 (the heading does not count)."""
    text = COMPLETE.replace("究其原因，主要是培训不够系统。", "")
    report = fzbg.parse_report(text)
    findings = [f for f in check(report).findings if f.code == "shortcomings-without-causes"]
    assert len(findings) == 1
    span = findings[0].span
    assert span is not None
    assert report.text[span.start : span.end].startswith("二、存在的不足和原因")


@pytest.mark.parametrize("cause", ["主要原因是", "由于人员流动较大，", "问题根源在于", "导致"])
def test_any_cause_cue_satisfies_the_rule(cause: str) -> None:
    """原因, 由于, 根源, 导致 each count as giving a cause."""
    text = COMPLETE.replace("究其原因，主要是", cause)
    assert "shortcomings-without-causes" not in _codes(fzbg.parse_report(text))


def test_shortcomings_with_no_concrete_point_are_found() -> None:
    """A shortcomings section of one vague sentence, no enumerated item."""
    text = COMPLETE.replace(
        "一是普法宣传针对性不强；二是执法力量不足。究其原因，主要是培训不够系统。",
        "我街道法治建设与上级要求仍有差距，原因是多方面的。",
    )
    assert "no-concrete-shortcomings" in _codes(fzbg.parse_report(text))


def test_measures_without_any_quantity_are_found() -> None:
    """Measures sections that state no number at all."""
    vague = COMPLETE.replace("召开专题会议5次，审查规范性文件12件。", "召开专题会议研究部署。")
    vague = vague.replace("开展培训8场次。", "开展法治培训。")
    assert "measures-without-quantities" in _codes(fzbg.parse_report(vague))
    assert "measures-without-quantities" not in _codes(_with_quantity(fzbg.parse_report(COMPLETE)))


def test_measures_without_quantities_in_a_hand_built_report() -> None:
    """The rule reads the report's quantities and the items' own, not the text."""
    item = Measure(SectionKind.MEASURES, "（一）", 1, "加强", "5次", Span(0, 2))
    section = Section(SectionKind.MEASURES, None, None, "5次", Span(0, 2), (item,))
    assert "measures-without-quantities" in _codes(Report("5次", sections=(section,)))


def test_a_quantity_on_an_item_is_enough() -> None:
    """An item's own quantity counts even when the report-level list is empty."""
    q = Quantity(Decimal(3), "件", Approx.EXACT, "3件", Span(0, 2))
    item = Measure(SectionKind.MEASURES, "（一）", 1, "加强", "3件", Span(0, 2), quantities=(q,))
    section = Section(SectionKind.MEASURES, None, None, "3件", Span(0, 2), (item,))
    assert "measures-without-quantities" not in _codes(Report("3件", sections=(section,)))


@pytest.mark.parametrize(
    ("published", "issuer_kind", "late"),
    [
        (dt.date(2025, 3, 31), "government", False),
        (dt.date(2025, 4, 1), "government", False),
        (dt.date(2025, 4, 2), "government", True),
        (dt.date(2025, 3, 1), "department", False),
        (dt.date(2025, 3, 2), "department", True),
        (dt.date(2026, 1, 5), "department", True),
    ],
)
def test_publication_after_the_deadline_is_late(
    complete: Report, published: dt.date, issuer_kind: str, late: bool
) -> None:
    """Governments publish by 1 April of the next year, departments by 1 March."""
    report = attrs.evolve(complete, published=published)
    assert ("published-late" in _codes(report, issuer_kind=issuer_kind)) is late


def test_late_message_names_the_dates(complete: Report) -> None:
    """The message says when it was published and what the last day was."""
    report = attrs.evolve(complete, published=dt.date(2025, 5, 20))
    (finding,) = check(report).findings
    assert finding == Finding(
        "published-late",
        "published 2025-05-20, after 2025-04-01, the last day for a government's report on 2024"
        " (issuer kind government, inferred from the issuer 松林街道)",
        None,
    )


DEPARTMENT = COMPLETE.replace("松林街道", "松林县教育局").replace("教育局办事处", "教育局")


@pytest.mark.parametrize(
    ("issuer", "kind"),
    [
        ("松林县教育局", "department"),
        ("松林县卫生健康委员会", "department"),
        ("松林县发展和改革委", "department"),
        ("松林县人民政府办公室", "department"),
        ("松林区政府办", "department"),
        ("松林省司法厅", "department"),
        ("松林县政务服务中心", "department"),
        ("中共松林县财政局党组", "department"),
        ("松林县人民政府", "government"),
        ("松林县", "government"),
        ("松林区", "government"),
        ("松林镇", "government"),
        ("松林街道", "government"),
        ("松林街道办事处", "government"),
        ("松林镇党委", "government"),
        ("松林苏木", "government"),
        ("松林旗", "government"),
        ("松林地区行政公署", "government"),
        ("松林海关", "department"),
        ("松林县残疾人联合会", "department"),
        ("松林县消防救援大队", "department"),
        (None, None),
        ("法治建设", None),
        ("局", None),
    ],
)
def test_the_issuer_kind_is_told_by_how_the_issuer_ends(issuer: str | None, kind: str) -> None:
    """局, 委, 办, 厅, 中心 are departments; 人民政府, 县, 区, 镇, 街道 are governments."""
    assert issuer_kind_of(issuer) == kind


def test_a_department_published_after_1_march_is_late_without_being_told() -> None:
    """A 教育局's report published 20 March is late: the kind is inferred and named."""
    report = _with_quantity(fzbg.parse_report(DEPARTMENT))
    assert report.issuer == "松林县教育局"
    result = check(attrs.evolve(report, published=dt.date(2025, 3, 20)))
    assert result.issuer_kind == "department"
    (finding,) = result.findings
    assert finding.code == "published-late"
    assert "a department's report" in finding.message
    assert "inferred from the issuer 松林县教育局" in finding.message


def test_a_given_issuer_kind_wins_over_the_inferred_one() -> None:
    """issuer_kind='government' applies 1 April to a 教育局, and the message says so."""
    report = _with_quantity(fzbg.parse_report(DEPARTMENT))
    late = attrs.evolve(report, published=dt.date(2025, 4, 20))
    result = check(late, issuer_kind="government")
    assert result.issuer_kind == "government"
    assert "(issuer kind government, as given)" in result.findings[0].message
    assert check(attrs.evolve(report, published=dt.date(2025, 3, 20)), issuer_kind="government").ok


def test_an_unknown_issuer_is_assumed_a_government() -> None:
    """No issuer: the later, government deadline applies, and the message says it was assumed."""
    report = Report("…", year=2024, published=dt.date(2025, 4, 20))
    finding = next(f for f in check(report).findings if f.code == "published-late")
    assert "(issuer kind government, assumed: the issuer does not say)" in finding.message


@pytest.mark.parametrize(
    ("published", "early"),
    [(dt.date(2024, 12, 20), True), (dt.date(2024, 12, 31), True), (dt.date(2025, 1, 1), False)],
)
def test_publication_before_the_year_ended_is_flagged(
    complete: Report, published: dt.date, early: bool
) -> None:
    """A report on 2024 published on or before 31 December 2024 is flagged."""
    report = attrs.evolve(complete, published=published)
    assert ("published-before-year-end" in _codes(report)) is early


def test_a_signature_date_before_year_end_is_flagged_with_its_place() -> None:
    """The date under the text, if before the year ended, is flagged where it stands."""
    report = fzbg.parse_report(COMPLETE.replace("2025年1月12日", "2024年12月5日"))
    findings = [f for f in check(report).findings if f.code == "signed-before-year-end"]
    if report.signed is None:
        pytest.skip("the parser did not read the signature date")
    (finding,) = findings
    assert finding.span is not None
    assert report.text[finding.span.start : finding.span.end] == "2024年12月5日"


def test_without_a_year_no_date_rule_applies() -> None:
    """With no year there is nothing to measure the dates against."""
    report = Report("…", published=dt.date(2030, 1, 1), signed=dt.date(2000, 1, 1))
    assert not {"published-late", "published-before-year-end"} & set(_codes(report))


def test_year_mismatches_are_found(complete: Report) -> None:
    """Title year, measures heading year and plan year are checked against the year."""
    assert complete.year == 2024
    report = attrs.evolve(complete, title="松林街道2023年度法治政府建设工作报告", plan_year=2026)
    codes = _codes(report)
    assert "title-year-mismatch" in codes
    assert "plan-year-mismatch" in codes
    plan = next(f for f in check(report).findings if f.code == "plan-year-mismatch")
    assert plan.message == "the plans are for 2026, not for 2025, the year after 2024"


def test_a_measures_heading_of_another_year_is_found() -> None:
    """一、2023年…主要举措和成效 in a report on 2024, with the heading as evidence."""
    text = COMPLETE.replace("一、2024年推进", "一、2023年推进")
    report = _with_quantity(fzbg.parse_report(text))
    (finding,) = [f for f in check(report).findings if f.code == "measures-year-mismatch"]
    assert finding.span is not None
    assert report.text[finding.span.start : finding.span.end].startswith("一、2023年推进")


def test_findings_come_in_the_order_of_the_codes() -> None:
    """The order of findings follows CODES, so output is stable."""
    report = Report("…", year=2024, published=dt.date(2025, 6, 1), plan_year=2024)
    codes = _codes(report)
    assert codes == sorted(codes, key=list(CODES).index)
    assert codes[-2:] == ["published-late", "plan-year-mismatch"]


def test_every_code_is_kebab_case() -> None:
    """Codes are stable lower-case kebab-case strings."""
    assert all(code == code.lower() and " " not in code for code in CODES)


def test_an_unknown_issuer_kind_is_refused() -> None:
    """issuer_kind is 'government' or 'department'."""
    with pytest.raises(ValueError, match="issuer_kind"):
        check(Report(""), issuer_kind="bureau")  # type: ignore[arg-type]


def test_every_code_has_a_chinese_name() -> None:
    """CODES_ZH names every code of CODES, in the same order."""
    assert list(CODES_ZH) == list(CODES)
    assert all(CODES_ZH.values())

"""Reports generated from a plan, rendered in the genre's styles, parse back to the plan."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from report_strategies import PAGE_NUMBERS, ReportPlan, heading, render, report_plans, title

import fzbg
from fzbg.page.layout import recover_layout
from fzbg.text.normalize import fold

_SETTINGS = settings(
    max_examples=int(os.environ.get("FZBG_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _walk(items: tuple[fzbg.Item, ...]) -> list[fzbg.Item]:
    out: list[fzbg.Item] = []
    for item in items:
        out += [item, *_walk(item.children)]
    return out


@_SETTINGS
@given(report_plans())
def test_sections_kinds_ordinals_and_titles_come_back(plan: ReportPlan) -> None:
    """Sections, their kinds and headings, item ordinals, titles and children survive."""
    report = fzbg.parse_report(render(plan))
    got = [(s.kind, s.heading) for s in report.sections]
    want = [(s.kind, heading(s, n, plan.parts)) for n, s in enumerate(plan.sections)]
    assert got == want
    for section, sp in zip(report.sections, plan.sections, strict=True):
        assert [(i.ordinal, fold(i.title or "")) for i in section.items] == [
            (n, fold(ip.title)) for n, ip in enumerate(sp.items, start=1)
        ]
        assert [len(i.children) for i in section.items] == [ip.children for ip in sp.items]
        assert all(type(i) is fzbg.Item.class_for(sp.kind) for i in _walk(section.items))


@_SETTINGS
@given(report_plans())
def test_metadata_and_chrome(plan: ReportPlan) -> None:
    """Title, issuer and year are read; no chrome stands in a section, item or title."""
    report = fzbg.parse_report(render(plan))
    if plan.title:
        assert report.title == title(plan).replace("\n", plan.blank)
        assert report.addressee is None
    if plan.title or plan.preamble:
        assert (report.issuer, report.year) == (plan.issuer, plan.year)
    if plan.title and plan.page_fields:
        assert report.published is not None
        assert report.published.year == plan.year + 1
    texts = [s.text for s in report.sections] + [
        i.text for s in report.sections for i in _walk(s.items)
    ]
    for chrome in (
        "老年模式",
        "当前位置",
        "索引号",
        "打印 关闭",
        "分享到",
        "浏览次数",
        "主题分类",
        "文       号",
        *PAGE_NUMBERS,
    ):
        assert not any(chrome in t for t in [*texts, report.title or ""])
    if plan.closing:
        assert report.signed is not None
        assert (report.signed.year, report.signed.month, report.signed.day) == (
            plan.year + 1,
            1,
            10,
        )
        for after in ("此件", "抄送", "印发", "附件"):
            assert not any(after in t for t in texts)
    kinds = {s.kind for s in plan.sections}
    assert report.missing_sections == {
        k
        for k in (
            fzbg.SectionKind.MEASURES,
            fzbg.SectionKind.SHORTCOMINGS,
            fzbg.SectionKind.DUTIES,
            fzbg.SectionKind.PLANS,
        )
        if k not in kinds
    }


@_SETTINGS
@given(report_plans())
def test_spans_slice_the_text_and_debris_restores_it(plan: ReportPlan) -> None:
    """Every span slices report.text to its object; re-inserting debris gives the input."""
    source = render(plan)
    report = fzbg.parse_report(source)
    for section in report.sections:
        assert report.text[section.span.start : section.span.end] == section.text
        for item in _walk(section.items):
            assert report.text[item.span.start : item.span.end] == item.text
    rebuilt = report.text
    for piece in reversed(report.debris):
        rebuilt = rebuilt[: piece.at] + piece.text + rebuilt[piece.at :]
    assert rebuilt == recover_layout(fzbg.normalize(source))[0]

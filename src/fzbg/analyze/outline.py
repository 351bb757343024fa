"""A report as a readable outline: metadata, sections, items, counts, diagnostics.

This is what ``fzbg parse --format text`` and ``fzbg demo`` print. It is meant for a
person skimming the result, not for a program; programs read :func:`fzbg.to_dict`.
"""

from __future__ import annotations

import unicodedata

from fzbg.analyze.summary import COUNTED
from fzbg.model import Item, Report, Section, SectionKind

__all__ = ["outline"]

_TITLE_WIDTH = 60
"""Display columns (a Han character counts two) a title is cut to."""


def outline(report: Report) -> str:
    """Render a report as an indented outline for reading in a terminal.

    Args:
        report: The parsed report.

    Returns:
        Lines of text: the title and metadata, a line of counts, each section with its
        kind and items (children indented below their parent), then the diagnostics.

    Example:
        >>> import fzbg
        >>> print(outline(fzbg.Report("", title="某区2024年法治政府建设年度报告", year=2024)))
        某区2024年法治政府建设年度报告
          year 2024
          sections 0 · measures 0 · shortcomings 0 · duties 0 · plans 0
          missing: measures, shortcomings, duties, plans

    """
    lines = [report.title or "(no title)"]
    meta = _metadata(report)
    if meta:
        lines.append("  " + " · ".join(meta))
    counts = [f"sections {len(report.sections)}"]
    counts += [f"{kind.value} {len(_items(report, kind))}" for kind in COUNTED]
    counts += [f"{name} {len(objs)}" for name, objs in _extracted(report) if objs]
    lines.append("  " + " · ".join(counts))
    if report.missing_sections:
        missing = [kind.value for kind in COUNTED if kind in report.missing_sections]
        lines.append("  missing: " + ", ".join(missing))
    for section in report.sections:
        lines.append("")
        lines.extend(_section_lines(section))
    if report.diagnostics:
        lines.extend(["", f"diagnostics ({len(report.diagnostics)})"])
        for d in report.diagnostics:
            where = f" @{d.span.start}" if d.span is not None else ""
            lines.append(f"  {d.code}{where}: {d.message}")
    return "\n".join(lines)


def _extracted(report: Report) -> tuple[tuple[str, tuple[object, ...]], ...]:
    return (("quantities", report.quantities), ("references", report.references))


def _items(report: Report, kind: SectionKind) -> tuple[Item, ...]:
    views: dict[SectionKind, tuple[Item, ...]] = {
        SectionKind.MEASURES: report.measures,
        SectionKind.SHORTCOMINGS: report.shortcomings,
        SectionKind.DUTIES: report.duties,
        SectionKind.PLANS: report.plans,
    }
    return views[kind]


def _metadata(report: Report) -> list[str]:
    fields = [
        ("issuer", report.issuer),
        ("year", report.year),
        ("plan year", report.plan_year),
        ("published", report.published),
        ("signed", report.signed),
        ("to", report.addressee),
    ]
    return [f"{name} {value}" for name, value in fields if value is not None]


def _section_lines(section: Section) -> list[str]:
    heading = section.heading if section.heading is not None else "(inside a paragraph)"
    n = len(section.items)
    lines = [f"{_cut(heading)}  [{section.kind.value}, {n} item{'' if n == 1 else 's'}]"]
    for item in section.items:
        lines.extend(_item_lines(item, depth=1, section_kind=section.kind))
    return lines


def _item_lines(item: Item, *, depth: int, section_kind: SectionKind) -> list[str]:
    marker = item.marker or "·"
    title = _cut(item.title or _first_sentence(item.text))
    note = f"  [{item.kind.value}]" if item.kind is not section_kind else ""
    lines = [f"{'  ' * depth}{marker} {title}{note}"]
    for child in item.children:
        lines.extend(_item_lines(child, depth=depth + 1, section_kind=item.kind))
    return lines


def _first_sentence(text: str) -> str:
    head = text.strip().split("\n", 1)[0]
    return head.split("。", 1)[0]


def _cut(text: str, width: int = _TITLE_WIDTH) -> str:
    """Cut ``text`` to ``width`` display columns, marking the cut with an ellipsis."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used > width:
            return text[:i].rstrip() + "…"
    return text

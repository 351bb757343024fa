"""A comparison for reading: side by side in a terminal, or as JSON-ready plain data.

This is what ``fzbg compare OLD NEW`` prints.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Any

from fzbg.analyze.compare import Comparison
from fzbg.model import Indicator, Item, Report

__all__ = ["comparison_dict", "comparison_outline"]

_COLUMN = 44
"""Display columns (a Han character counts two) of each side."""


def comparison_outline(previous: Report, current: Report, comparison: Comparison) -> str:
    r"""Render a comparison as two columns, last year on the left, this year on the right.

    Args:
        previous: Last year's report.
        current: This year's report.
        comparison: What :func:`fzbg.compare` found.

    Returns:
        Lines of text: a heading per report, then the repeated shortcomings, the plans
        with their follow-up, the indicators that changed, and the copied share of each
        section.

    Example:
        >>> import fzbg
        >>> old = fzbg.parse_report("一、存在的不足和原因\n一是执法人员专业化水平不高。")
        >>> print(comparison_outline(old, old, fzbg.compare(old, old)))
        previous                                      current
        ?                                             ?
        <BLANKLINE>
        repeated shortcomings: 1 of 1
          1.00 一是执法人员专业化水平不高。                  一是执法人员专业化水平不高。
        <BLANKLINE>
        plans followed up: 0 of 0
        <BLANKLINE>
        indicators changed: 0 of 0
        <BLANKLINE>
        copied from the previous report, by section
          100%  shortcomings 一、存在的不足和原因

    """
    lines = [_row("previous", "current"), _row(_name(previous), _name(current)), ""]
    repeats = comparison.repeated_shortcomings
    lines.append(f"repeated shortcomings: {len(repeats)} of {len(current.shortcomings)}")
    lines += [
        f"  {r.similarity:.2f} " + _row(_line(r.previous), _line(r.shortcoming)) for r in repeats
    ]
    followups = comparison.plan_followups
    done = sum(f.measure is not None for f in followups)
    lines += ["", f"plans followed up: {done} of {len(followups)}"]
    for f in followups:
        mark = "  " if f.measure is not None else "✗ "
        right = _line(f.measure) if f.measure is not None else "(no measure carries it out)"
        lines.append(f"{mark}{f.similarity:.2f} " + _row(_line(f.plan), right))
    changed = [c for c in comparison.indicator_changes if c.changed]
    lines += ["", f"indicators changed: {len(changed)} of {len(comparison.indicator_changes)}"]
    lines += [f"  {c.key:<32} {_value(c.before)} → {_value(c.after)}" for c in changed]
    lines += ["", "copied from the previous report, by section"]
    for s in comparison.copied_share:
        lines.append(f"  {s.share:>4.0%}  {s.kind.value:<12} {_cut(s.heading or '', 60)}")
    return "\n".join(lines)


def comparison_dict(previous: Report, current: Report, comparison: Comparison) -> dict[str, Any]:
    r"""A comparison as plain data for JSON: items as their text and span.

    >>> import fzbg
    >>> report = fzbg.parse_report("一、存在的不足和原因\n一是执法人员专业化水平不高。")
    >>> data = comparison_dict(report, report, fzbg.compare(report, report))
    >>> data["repeated_shortcomings"][0]["current"]
    {'text': '一是执法人员专业化水平不高。', 'span': [11, 25]}
    """
    return {
        "previous": _report(previous),
        "current": _report(current),
        "repeated_shortcomings": [
            {
                "similarity": r.similarity,
                "current": _item(r.shortcoming),
                "previous": _item(r.previous),
            }
            for r in comparison.repeated_shortcomings
        ],
        "plan_followups": [
            {
                "plan": _item(f.plan),
                "measure": _item(f.measure) if f.measure is not None else None,
                "similarity": f.similarity,
            }
            for f in comparison.plan_followups
        ],
        "indicator_changes": [
            {
                "key": c.key,
                "before": _value(c.before),
                "after": _value(c.after),
                "changed": c.changed,
                "previous_span": _span(c.previous),
                "current_span": _span(c.current),
            }
            for c in comparison.indicator_changes
        ],
        "copied_share": [
            {
                "kind": s.kind.value,
                "heading": s.heading,
                "span": [s.span.start, s.span.end],
                "share": s.share,
            }
            for s in comparison.copied_share
        ],
    }


def _value(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def _span(indicator: Indicator | None) -> list[int] | None:
    return None if indicator is None else [indicator.span.start, indicator.span.end]


def _report(report: Report) -> dict[str, Any]:
    return {"title": report.title, "issuer": report.issuer, "year": report.year}


def _item(item: Item) -> dict[str, Any]:
    return {"text": item.text, "span": [item.span.start, item.span.end]}


def _name(report: Report) -> str:
    return report.title or " ".join(str(x) for x in (report.issuer, report.year) if x) or "?"


def _line(item: Item) -> str:
    return item.text.strip().split("\n", 1)[0]


def _row(left: str, right: str) -> str:
    left = _cut(left, _COLUMN)
    return left + " " * (_COLUMN - _width(left) + 2) + _cut(right, _COLUMN)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(text: str, width: int) -> str:
    used = 0
    for i, ch in enumerate(text):
        used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used > width:
            return text[: max(i - 1, 0)].rstrip() + "…"
    return text

"""One self-contained HTML page for an office that reviews a folder of reports.

Every report is a row of a sortable table (issuer, year, publication and whether it was
late, sections present, :func:`~fzbg.check` findings, key indicators, shortcomings
repeated from the year before, plans of the year before that no measure carried out),
with a part of the page per report holding its outline, and two inline SVG charts.
The page needs no network and no server: styles, script and charts are inline.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from importlib import resources
from typing import Any

from fzbg.analyze.charts import histogram_svg, publication_svg
from fzbg.analyze.check import _DEADLINE, check
from fzbg.analyze.compare import Comparison, compare, consecutive_pairs
from fzbg.analyze.outline import outline
from fzbg.errors import MissingExtraError
from fzbg.model import Quantity, Report, SectionKind

__all__ = ["KEY_INDICATORS", "review_html"]

KEY_INDICATORS = 4
"""The table shows the indicators that most of the folder's reports state, this many."""

_TEMPLATE = "review.html.j2"
_MISSING = "the review page needs Jinja2: pip install 'fzbg[review]'"


def review_html(
    reports: Sequence[tuple[str, Report]],
    errors: Sequence[tuple[str, str]] = (),
    *,
    title: str = "法治政府建设年度报告 review",
) -> str:
    """Render the review page of a folder of reports.

    Args:
        reports: ``(name, report)`` for each report, the name as the reviewer knows the
            file (a path relative to the folder).
        errors: ``(name, message)`` for each file that could not be read: listed too.
        title: The page's title.

    Returns:
        The page, one HTML document with everything inline.

    Raises:
        MissingExtraError: When Jinja2 is not installed (``pip install 'fzbg[review]'``).

    Example:
        >>> import fzbg
        >>> report = fzbg.parse_report(fzbg.example_report_text())
        >>> page = review_html([("qinghe-2025.txt", report)])
        >>> page.count('<tr class="report"')
        1

    """
    environment = _jinja()
    comparisons = _comparisons([r for _, r in reports])
    keys = _key_indicators([r for _, r in reports])
    rows = [
        _row(i, name, report, comparisons.get(id(report)), keys)
        for i, (name, report) in enumerate(reports)
    ]
    template = environment.from_string(
        resources.files(__package__).joinpath("templates", _TEMPLATE).read_text("utf-8")
    )
    page: str = template.render(
        title=title,
        rows=rows,
        errors=errors,
        keys=keys,
        kinds=[k.value for k in SectionKind if k is not SectionKind.OTHER],
        publication_chart=publication_svg(_dates(reports), title="publication dates"),
        indicator_charts=[histogram_svg(_values(reports, key), title=key) for key in keys],
        generated=dt.date.today().isoformat(),
    )
    return page


def _jinja() -> Any:
    try:
        import jinja2  # noqa: PLC0415 - an optional extra, imported on use
    except ImportError:
        raise MissingExtraError(_MISSING) from None
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def _comparisons(reports: list[Report]) -> dict[int, tuple[Report, Comparison]]:
    """Each report that has a predecessor in the folder: that and the comparison."""
    return {id(new): (old, compare(old, new)) for old, new in consecutive_pairs(reports)}


def _key_indicators(reports: list[Report]) -> list[str]:
    counts = Counter(key for r in reports for key in {i.key for i in r.indicators})
    return [key for key, _ in counts.most_common(KEY_INDICATORS)]


def _row(
    index: int,
    name: str,
    report: Report,
    compared: tuple[Report, Comparison] | None,
    keys: list[str],
) -> dict[str, Any]:
    findings = check(report).findings
    values: dict[str, Quantity] = {}
    for indicator in report.indicators:
        values.setdefault(indicator.key, indicator.quantity)
    row: dict[str, Any] = {
        "id": f"r{index + 1}",
        "name": name,
        "title": report.title or name,
        "issuer": report.issuer or "",
        "year": report.year,
        "published": report.published.isoformat() if report.published else "",
        "late": any(f.code == "published-late" for f in findings),
        "kinds": {s.kind.value for s in report.sections},
        "findings": [f.code for f in findings],
        "messages": [f"{f.code}: {f.message}" for f in findings],
        "indicators": {k: _shown(values[k].value, values[k].unit) for k in keys if k in values},
        "sort": {k: str(values[k].value) for k in keys if k in values},
        "outline": outline(report),
        "previous": None,
        "repeated": [],
        "dropped": [],
    }
    if compared is not None:
        old, comparison = compared
        row["previous"] = old.title or f"{old.issuer} {old.year}"
        row["repeated"] = [
            (f"{r.similarity:.2f}", r.shortcoming.text) for r in comparison.repeated_shortcomings
        ]
        row["dropped"] = [p.text for p in comparison.plans_without_followup]
    return row


def _shown(value: Decimal, unit: str) -> str:
    return f"{value:f}{unit}"


def _dates(reports: Sequence[tuple[str, Report]]) -> list[tuple[str, dt.date, dt.date]]:
    month, day = _DEADLINE["government"]
    return [
        (report.issuer or name, report.published, dt.date(report.year + 1, month, day))
        for name, report in reports
        if report.published is not None and report.year is not None
    ]


def _values(reports: Sequence[tuple[str, Report]], key: str) -> list[Decimal]:
    values = []
    for _, report in reports:
        first = next((i for i in report.indicators if i.key == key), None)
        if first is not None:
            values.append(first.quantity.value)
    return values

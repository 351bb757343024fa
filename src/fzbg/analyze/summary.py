"""A report in one row: its metadata, how many items of each required kind, what is missing.

The reports table of :func:`fzbg.to_frames` and the Parquet rows of ``fzbg batch`` both
start with this row, so the two agree column for column.
"""

from __future__ import annotations

from typing import Any

from fzbg.model import REQUIRED_KINDS, Report, SectionKind

__all__ = ["COUNTED", "summary_row"]

COUNTED = tuple(kind for kind in SectionKind if kind in REQUIRED_KINDS)
"""The required kinds (:data:`fzbg.model.REQUIRED_KINDS`) in the order :class:`SectionKind`
declares them: measures, shortcomings, duties, plans."""


def summary_row(report: Report) -> dict[str, Any]:
    r"""The one-row summary of ``report``.

    Args:
        report: The parsed report.

    Returns:
        ``title``, ``issuer``, ``year``, ``plan_year``, ``published`` and ``signed`` (as
        :class:`datetime.date`), ``addressee``; ``sections``, the number of items of each
        kind in :data:`COUNTED` under the kind's name, ``missing_sections`` (the kinds'
        names, in that order) and ``diagnostics``, the number of diagnostics.

    Example:
        >>> import fzbg
        >>> row = summary_row(fzbg.parse_report("一、主要举措和成效\n（一）加强组织领导。"))
        >>> row["measures"], row["missing_sections"]
        (1, ['shortcomings', 'duties', 'plans'])

    """
    row: dict[str, Any] = {
        "title": report.title,
        "issuer": report.issuer,
        "year": report.year,
        "plan_year": report.plan_year,
        "published": report.published,
        "signed": report.signed,
        "addressee": report.addressee,
        "sections": len(report.sections),
    }
    row |= {kind.value: len(getattr(report, kind.value)) for kind in COUNTED}
    row["missing_sections"] = [kind.value for kind in COUNTED if kind in report.missing_sections]
    row["diagnostics"] = len(report.diagnostics)
    return row

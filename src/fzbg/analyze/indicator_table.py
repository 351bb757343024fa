"""The wide table of indicators: one row per report, one column per registry key.

A report may state one indicator several times (a total, then a figure for one office; a
rate in the summary and again in a section).  The table holds the *first mention* in text
order: reports lead with the figure for the whole body, and later mentions are more often
parts, repeats or comparisons.  The long table (``to_frames(...)["indicators"]``) keeps
every mention.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from fzbg.analyze.frames import to_frames
from fzbg.extract.indicators import extract_indicators
from fzbg.genre.indicators import INDICATORS
from fzbg.genre.levels import level_of
from fzbg.genre.registry import Registry
from fzbg.model import Report

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["indicator_table"]

ID_COLUMNS = ("report_id", "issuer", "year", "level")
"""The columns before the keys' columns."""


def indicator_table(
    reports: Iterable[Report] | Mapping[Hashable, Report], registry: Registry | None = None
) -> pd.DataFrame:
    r"""One row per report with its issuer, year and level, and one column per indicator key.

    A cell is the value (a float) of the key's first mention in the report, in text order;
    NaN where the report states no such figure.  The level is read from the issuer's name
    (``department``, ``township``, ``county``, ``city``, ``province``).

    Args:
        reports: Reports in a mapping from an id of your choosing (a file name), or in any
            iterable, where a report's id is its position (0, 1, …).
        registry: Key the reports with this registry instead of the built-in one that
            filled :attr:`Report.indicators <fzbg.Report.indicators>`; its keys are the
            columns.

    Returns:
        A pandas DataFrame with the columns ``report_id``, ``issuer``, ``year``, ``level``
        and then every key of the registry, in the registry's order.

    Raises:
        MissingExtraError: When pandas is not installed (``pip install 'fzbg[pandas]'``).

    Example:
        >>> import fzbg
        >>> report = fzbg.parse_report("某某街道2024年法治政府建设情况报告\n"
        ...     "一、主要举措和成效\n行政机关负责人出庭应诉率100%，开展行政检查354次，"
        ...     "另开展行政检查20次。")
        >>> table = fzbg.indicator_table({"a.txt": report})
        >>> row = table.iloc[0]
        >>> print(row["issuer"], row["level"], row["court-appearance-rate"], row["inspections"])
        某某街道 township 100.0 354.0

    """
    pairs = reports.items() if isinstance(reports, Mapping) else enumerate(reports)
    keys = (registry or INDICATORS).keys()
    rows: list[dict[str, Any]] = []
    for report_id, report in pairs:
        row: dict[str, Any] = {"report_id": report_id, "issuer": report.issuer}
        row |= {"year": report.year, "level": level_of(report.issuer)}
        found = report.indicators if registry is None else extract_indicators(report, registry)
        for indicator in found:
            if indicator.key in keys and indicator.key not in row:
                row[indicator.key] = float(indicator.quantity.value)
        rows.append(row)
    pd = _pandas()
    frame = pd.DataFrame.from_records(rows, columns=[*ID_COLUMNS, *keys])
    frame["year"] = frame["year"].astype("Int64")
    return frame.astype(dict.fromkeys(keys, "float64"))


def _pandas() -> Any:
    to_frames([])  # raises MissingExtraError without pandas, with the usual message
    import pandas  # noqa: PLC0415 - an optional extra, imported on use

    return pandas

"""Reports as tidy tables: pandas DataFrames, and Parquet files through pyarrow.

:func:`to_frames` gives one table per kind of object, one row per object, every row keyed
by ``report_id`` and carrying its span as ``start``/``end`` offsets into that report's
text:

- ``reports``: metadata, text and counts;
- ``sections``: ``section_index`` (position in the report), kind, heading, ordinal;
- ``items``: every item and, depth first, its children, with ``item_id`` (position in
  that order), ``parent_id`` (None at the top), ``depth`` (0 at the top) and ``class``;
- ``quantities``, ``references``: with the ``section_index`` and, for quantities, the
  innermost ``item_id`` whose span holds them;
- ``diagnostics``, ``debris``;
- ``indicators``: one row per :class:`~fzbg.Indicator`, with its ``key``, its quantity's
  ``quantity_index``, ``value``, ``unit``, ``approx`` and ``text``, the ``subject`` as
  written, and the clause's span (``start``/``end``).

pandas and pyarrow are the optional extra ``fzbg[pandas]``; without them these functions
raise :class:`~fzbg.MissingExtraError`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Hashable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fzbg.analyze.summary import COUNTED, summary_row
from fzbg.errors import MissingExtraError
from fzbg.model import Item, Report, Section, Span

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TABLES", "to_frames", "write_parquet"]

TABLES: dict[str, tuple[str, ...]] = {
    "reports": (
        "report_id", "title", "issuer", "year", "plan_year", "published", "signed",
        "addressee", "sections", *(k.value for k in COUNTED), "missing_sections",
        "quantities", "references", "diagnostics", "chars", "preamble", "closing", "text",
    ),
    "sections": (
        "report_id", "section_index", "kind", "heading", "ordinal", "items", "start", "end",
        "text",
    ),
    "items": (
        "report_id", "item_id", "section_index", "parent_id", "depth", "position", "class",
        "kind", "marker", "ordinal", "title", "children", "quantities", "start", "end", "text",
    ),
    "quantities": (
        "report_id", "quantity_index", "section_index", "item_id", "value", "value_exact",
        "unit", "approx", "text", "start", "end",
    ),
    "references": (
        "report_id", "reference_index", "section_index", "kind", "text", "canonical", "start",
        "end",
    ),
    "diagnostics": ("report_id", "diagnostic_index", "code", "message", "start", "end"),
    "debris": ("report_id", "debris_index", "kind", "at", "text"),
    "indicators": (
        "report_id", "indicator_index", "quantity_index", "key", "value", "value_exact",
        "unit", "approx", "subject", "text", "start", "end",
    ),
}  # fmt: skip
"""Every table :func:`to_frames` returns, with its columns in order."""

_NULLABLE_INT = {
    "year", "plan_year", "ordinal", "parent_id", "section_index", "item_id", "start", "end",
    "quantity_index",
}  # fmt: skip
"""Integer columns that may hold None: pandas' nullable ``Int64``."""

_ITEM_CLASS = {"Item": "item", "Measure": "measure", "Shortcoming": "shortcoming"}
_ITEM_CLASS |= {"Duty": "duty", "Plan": "plan"}


def to_frames(reports: Iterable[Report] | Mapping[Hashable, Report]) -> dict[str, pd.DataFrame]:
    r"""Turn reports into tidy tables, one row per object, keyed by report.

    Args:
        reports: Reports in a mapping from an id of your choosing (a file name), or in any
            iterable, where a report's id is its position (0, 1, …).

    Returns:
        The tables named in :data:`TABLES` (``reports``, ``sections``, ``items``,
        ``quantities``, ``references``, ``diagnostics``, ``debris``, ``indicators``), each
        with those
        columns, also when empty.

    Raises:
        MissingExtraError: When pandas is not installed (``pip install 'fzbg[pandas]'``).

    Example:
        >>> import fzbg
        >>> report = fzbg.parse_report("一、主要举措和成效\n（一）加强领导。")
        >>> frames = fzbg.to_frames({"a.txt": report})
        >>> frames["items"][["report_id", "item_id", "depth", "class", "title"]]
          report_id  item_id  depth    class title
        0     a.txt        0      0  measure  加强领导

    """
    pd = _pandas()
    pairs = reports.items() if isinstance(reports, Mapping) else enumerate(reports)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for report_id, report in pairs:
        for table, row in _rows(report_id, report):
            rows[table].append(row)
    frames = {}
    for name, columns in TABLES.items():
        frame = pd.DataFrame.from_records(rows[name], columns=list(columns))
        for column in _NULLABLE_INT.intersection(columns):
            frame[column] = frame[column].astype("Int64")
        frames[name] = frame
    return frames


def write_parquet(
    reports: Iterable[Report] | Mapping[Hashable, Report], directory: str | Path
) -> dict[str, Path]:
    """Write :func:`to_frames`'s tables as Parquet files, one per table.

    Args:
        reports: As for :func:`to_frames`.
        directory: Where to write ``reports.parquet``, ``sections.parquet`` …; created if
            missing.

    Returns:
        The path of each table's file, by table name.

    Raises:
        MissingExtraError: When pandas or pyarrow is not installed.

    Example:
        >>> import fzbg, tempfile
        >>> paths = write_parquet([fzbg.parse_report("一、主要举措和成效")], tempfile.mkdtemp())
        >>> sorted(p.name for p in paths.values())[:2]
        ['debris.parquet', 'diagnostics.parquet']

    """
    try:
        import pyarrow  # noqa: F401, PLC0415 - an optional extra
    except ImportError:
        raise MissingExtraError(_MISSING.format(what="Parquet output needs pyarrow")) from None
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, frame in to_frames(reports).items():
        paths[name] = out / f"{name}.parquet"
        frame.to_parquet(paths[name], engine="pyarrow", index=False)
    return paths


_MISSING = "{what}: pip install 'fzbg[pandas]'"


def _pandas() -> Any:
    try:
        import pandas  # noqa: PLC0415 - an optional extra, imported on use
    except ImportError:
        raise MissingExtraError(_MISSING.format(what="to_frames needs pandas")) from None
    return pandas


def _rows(report_id: Hashable, report: Report) -> Iterator[tuple[str, dict[str, Any]]]:
    rid = {"report_id": report_id}
    yield "reports", rid | _report_row(report)
    located = _Locator(report)
    for si, section in enumerate(report.sections):
        yield "sections", rid | _section_row(si, section)
    for row in located.item_rows:
        yield "items", rid | row
    for i, q in enumerate(report.quantities):
        section_index, item_id = located.find(q.span)
        yield (
            "quantities",
            rid
            | {
                "quantity_index": i,
                "section_index": section_index,
                "item_id": item_id,
                "value": float(q.value),
                "value_exact": str(q.value),
                "unit": q.unit,
                "approx": q.approx.value,
                "text": q.text,
            }
            | _span(q.span),
        )
    for i, ref in enumerate(report.references):
        section_index = located.find(ref.span)[0]
        row = {"reference_index": i, "section_index": section_index, "kind": ref.kind}
        text = {"text": ref.text, "canonical": ref.canonical}
        yield "references", rid | row | text | _span(ref.span)
    for i, d in enumerate(report.diagnostics):
        row = {"diagnostic_index": i, "code": d.code, "message": d.message}
        yield "diagnostics", rid | row | _span(d.span)
    for i, piece in enumerate(report.debris):
        row = {"debris_index": i, "kind": piece.kind, "at": piece.at, "text": piece.text}
        yield "debris", rid | row
    yield from _indicator_rows(rid, report)


def _indicator_rows(
    rid: dict[str, Hashable], report: Report
) -> Iterator[tuple[str, dict[str, Any]]]:
    index = {id(q): i for i, q in enumerate(report.quantities)}
    for i, ind in enumerate(report.indicators):
        q = ind.quantity
        row: dict[str, Any] = {"indicator_index": i, "quantity_index": index.get(id(q))}
        row["key"] = ind.key
        row |= {"value": float(q.value), "value_exact": str(q.value), "unit": q.unit}
        row |= {"approx": q.approx.value, "subject": ind.subject, "text": q.text}
        yield "indicators", rid | row | _span(ind.span)


def _report_row(report: Report) -> dict[str, Any]:
    return summary_row(report) | {
        "quantities": len(report.quantities),
        "references": len(report.references),
        "chars": len(report.text),
        "preamble": report.preamble,
        "closing": report.closing,
        "text": report.text,
    }


def _section_row(index: int, section: Section) -> dict[str, Any]:
    return {
        "section_index": index,
        "kind": section.kind.value,
        "heading": section.heading,
        "ordinal": section.ordinal,
        "items": len(section.items),
        "text": section.text,
    } | _span(section.span)


def _span(span: Span | None) -> dict[str, int | None]:
    if span is None:
        return {"start": None, "end": None}
    return {"start": span.start, "end": span.end}


class _Locator:
    """The items of a report in depth-first order, and which section and item holds a span."""

    def __init__(self, report: Report) -> None:
        self.item_rows: list[dict[str, Any]] = []
        self._parents: list[int | None] = []
        self._spans: list[Span] = []
        self._sections = [s.span for s in report.sections]
        for si, section in enumerate(report.sections):
            self._add(section.items, si, None, 0)
        self._by_start = sorted(range(len(self._spans)), key=lambda i: self._spans[i].start)
        self._starts = [self._spans[i].start for i in self._by_start]
        self._reach = list(itertools.accumulate((self._spans[i].end for i in self._by_start), max))
        self._section_starts = sorted((s.start, i) for i, s in enumerate(self._sections))

    def _add(self, items: tuple[Item, ...], si: int, parent: int | None, depth: int) -> None:
        for position, item in enumerate(items):
            item_id = len(self.item_rows)
            self._parents.append(parent)
            self._spans.append(item.span)
            self.item_rows.append(
                {
                    "item_id": item_id,
                    "section_index": si,
                    "parent_id": parent,
                    "depth": depth,
                    "position": position,
                    "class": _ITEM_CLASS[type(item).__name__],
                    "kind": item.kind.value,
                    "marker": item.marker,
                    "ordinal": item.ordinal,
                    "title": item.title,
                    "children": len(item.children),
                    "quantities": len(item.quantities),
                }
                | _span(item.span)
                | {"text": item.text}
            )
            self._add(item.children, si, item_id, depth + 1)

    def find(self, span: Span) -> tuple[int | None, int | None]:
        """Return the section holding ``span`` and the innermost item holding it, if any."""
        item_id = self._innermost_item(span)
        if item_id is not None:
            return self.item_rows[item_id]["section_index"], item_id
        k = bisect.bisect_right(self._section_starts, (span.start, len(self._sections)))
        for start, si in reversed(self._section_starts[:k]):
            if start <= span.start and span.end <= self._sections[si].end:
                return si, None
        return None, None

    def _innermost_item(self, span: Span) -> int | None:
        k = bisect.bisect_right(self._starts, span.start)
        if k == 0:
            return None
        # Items nest, so the last item starting at or before the span, or one of its
        # ancestors, holds it …
        candidate: int | None = self._by_start[k - 1]
        while candidate is not None:
            if self._holds(candidate, span):
                return candidate
            candidate = self._parents[candidate]
        # … unless sections overlap (a section found inside another's paragraph): then the
        # nearest earlier item that reaches far enough, found walking back.
        for j in range(k - 1, -1, -1):
            if self._reach[j] < span.end:
                break
            if self._holds(self._by_start[j], span):
                return self._by_start[j]
        return None

    def _holds(self, item_id: int, span: Span) -> bool:
        s = self._spans[item_id]
        return s.start <= span.start and span.end <= s.end

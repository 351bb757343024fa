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

Every column has the dtype its kind in :data:`fzbg.analyze.tables.COLUMNS` names, the same
here and after a Parquet round trip (:func:`write_parquet`, then :func:`fzbg.read_tables`):
whole numbers that may be missing (``year``, spans, ordinals) are ``Int64``, dates
(``published``, ``signed``) ``datetime64[ns]``, text ``string``; ``report_id`` is
``string`` when every id is a ``str`` and ``int64`` when every one is an ``int``.

pandas and pyarrow are the optional extra ``fzbg[pandas]``; without them these functions
raise :class:`~fzbg.MissingExtraError`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Hashable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fzbg.analyze.summary import summary_row
from fzbg.analyze.tables import TABLES, TableWriter, need_pandas, typed
from fzbg.model import Item, Report, Section, Span

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TABLES", "report_rows", "to_frames", "write_parquet"]

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
    pd = need_pandas("to_frames")
    pairs = list(reports.items() if isinstance(reports, Mapping) else enumerate(reports))
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for report_id, report in pairs:
        for table, row in report_rows(report_id, report):
            rows[table].append(row)
    ids = _id_dtype(report_id for report_id, _ in pairs)
    return {
        name: typed(pd.DataFrame.from_records(rows[name], columns=list(columns)), name, ids)
        for name, columns in TABLES.items()
    }


def _id_dtype(ids: Iterable[Hashable]) -> str | None:
    """The dtype of the report ids: ``string``, ``int64``, or None to leave them be.

    ``int64`` also when there is none, as :func:`write_parquet` has it.
    """
    kinds = {"string" if isinstance(i, str) else "int64" if _is_int(i) else None for i in ids}
    return kinds.pop() if len(kinds) == 1 else "int64" if not kinds else None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def write_parquet(
    reports: Iterable[Report] | Mapping[Hashable, Report], directory: str | Path
) -> dict[str, Path]:
    """Write :func:`to_frames`'s tables as Parquet files, one per table, a few rows at a time.

    The reports are taken one at a time and their rows written in row groups, so that
    ``reports`` may be a generator over more reports than fit in memory.
    :func:`fzbg.read_tables` reads the files back into the frames :func:`to_frames` gives.

    Args:
        reports: As for :func:`to_frames`.  When the first id is an ``int`` every id must
            be; otherwise every id is written as text (``str(id)``).
        directory: Where to write ``reports.parquet``, ``sections.parquet`` …; made if
            missing (its parent must exist).  Files of those names are replaced.

    Returns:
        The path of each table's file, by table name.

    Raises:
        MissingExtraError: When pyarrow is not installed.
        TypeError: When the first id is an ``int`` and a later one is not.

    Example:
        >>> import fzbg, tempfile
        >>> paths = write_parquet([fzbg.parse_report("一、主要举措和成效")], tempfile.mkdtemp())
        >>> sorted(p.name for p in paths.values())[:2]
        ['debris.parquet', 'diagnostics.parquet']

    """
    pairs = iter(reports.items() if isinstance(reports, Mapping) else enumerate(reports))
    first = next(pairs, None)
    writer = TableWriter(directory, ids="int" if first is None or _is_int(first[0]) else "str")
    try:
        for report_id, report in itertools.chain([] if first is None else [first], pairs):
            writer.write(report_rows(report_id, report))
    finally:
        paths = writer.close()
    return paths


def report_rows(report_id: Hashable, report: Report) -> Iterator[tuple[str, dict[str, Any]]]:
    """The rows of ``report`` in the tables of :data:`TABLES`, as ``(table, row)`` pairs."""
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

"""Where a batch's rows go: JSON Lines, gzipped or not, or Parquet, via ``FILE.part``.

Each writer takes :class:`Row` records in order and, on close, renames its part file to
the output, so that an interrupted run leaves a valid file of the rows done so far.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from pathlib import Path
from typing import IO, Any, Protocol

import attrs

from fzbg.analyze.summary import COUNTED
from fzbg.analyze.tables import TableWriter, with_pandas_metadata
from fzbg.errors import MissingExtraError

__all__ = [
    "OUTPUTS",
    "Row",
    "Writer",
    "open_writer",
    "open_writers",
    "output_suffix",
    "unknown_output",
]

OUTPUTS = (".jsonl", ".jsonl.gz", ".parquet")
"""The outputs a batch writes, by the end of the file's name."""

_PARQUET_BATCH = 1000
"""Rows buffered before a Parquet row group is written."""


@attrs.frozen
class Row:
    """The result for one input file, as a worker sends it back."""

    path: str
    """The file's path relative to the batch directory, with ``/`` separators."""
    error: str | None
    """Why the file could not be parsed (``"DecodeError: …"``), or None."""
    report_json: str | None
    """The report as JSON (:func:`fzbg.to_dict`), or None with an error."""
    fields: dict[str, Any] = attrs.field(factory=dict)
    """Flat per-report columns for tabular output: metadata, counts, missing sections."""
    tables: tuple[tuple[str, dict[str, Any]], ...] = ()
    """The report's rows in the tidy tables (:func:`fzbg.analyze.frames.report_rows`,
    keyed by :attr:`path`), when the run writes tables."""


class Writer(Protocol):
    """Takes the rows of a run in order; ``close`` makes the output file."""

    def write(self, row: Row) -> None:
        """Write one row."""

    def close(self) -> None:
        """Finish the output: flush what is buffered and rename the part file."""


def output_suffix(out: Path) -> str | None:
    """Which of :data:`OUTPUTS` the name of ``out`` ends in, if any (in any case).

    Example:
        >>> output_suffix(Path("rows.JSONL.gz")), output_suffix(Path("rows.gz"))
        ('.jsonl.gz', None)

    """
    name = out.name.lower()
    return next((s for s in sorted(OUTPUTS, key=len, reverse=True) if name.endswith(s)), None)


def open_writer(out: Path) -> Writer:
    """The writer for ``out``, by its suffix: ``.jsonl``, ``.jsonl.gz`` or ``.parquet``.

    Raises:
        ValueError: When ``out`` ends in none of them.
        MissingExtraError: For Parquet output without pyarrow.

    """
    suffix = output_suffix(out)
    if suffix == ".parquet":
        return _ParquetWriter(out)
    if suffix is not None:
        return _JsonlWriter(out, gzipped=suffix.endswith(".gz"))
    raise ValueError(unknown_output(out))


def open_writers(out: Path | None, tables: Path | None) -> Writer:
    """One writer for the rows to ``out`` and the tables to the folder ``tables``, or both.

    Raises:
        ValueError: When both are None, or ``out`` ends in none of :data:`OUTPUTS`.
        MissingExtraError: For Parquet output without pyarrow.
        OSError: When the tables' folder cannot be made.

    """
    if out is None and tables is None:
        raise ValueError("a batch needs out or tables, or both")
    # The tables first: without pyarrow they fail before the rows' file is begun.
    writers: list[Writer] = [] if tables is None else [_TablesWriter(tables)]
    try:
        if out is not None:
            writers.insert(0, open_writer(out))
    except BaseException:
        for writer in writers:
            writer.close()
        raise
    return writers[0] if len(writers) == 1 else _Both(*writers)


def unknown_output(out: Path) -> str:
    """The message for an output whose name ends in none of :data:`OUTPUTS`."""
    return f"{out}: the output must end in {', '.join(OUTPUTS[:-1])} or {OUTPUTS[-1]}"


def _part(out: Path) -> Path:
    return out.with_name(out.name + ".part")


class _JsonlWriter:
    """One JSON object per line, each written whole; gzipped, a stream closed on close."""

    def __init__(self, out: Path, *, gzipped: bool = False) -> None:
        self._out = out
        self._file: IO[str] = (
            gzip.open(_part(out), "wt", encoding="utf-8")  # noqa: SIM115 - closed by close()
            if gzipped
            else _part(out).open("w", encoding="utf-8")
        )

    def write(self, row: Row) -> None:
        path, error = json.dumps(row.path, ensure_ascii=False), json.dumps(row.error)
        report = row.report_json if row.report_json is not None else "null"
        self._file.write(f'{{"path": {path}, "error": {error}, "report": {report}}}\n')

    def close(self) -> None:
        self._file.close()
        os.replace(_part(self._out), self._out)


class _ParquetWriter:
    """Row groups of up to :data:`_PARQUET_BATCH` rows; the footer is written on close."""

    def __init__(self, out: Path) -> None:
        try:
            import pyarrow as pa  # noqa: PLC0415 - an optional extra
            import pyarrow.parquet as pq  # noqa: PLC0415
        except ImportError:
            raise MissingExtraError(
                "Parquet output needs pyarrow: pip install 'fzbg[pandas]'"
            ) from None
        self._pa = pa
        self._out = out
        self._schema = pa.schema(
            [
                ("path", pa.string()),
                ("error", pa.string()),
                *[(k, pa.string()) for k in ("title", "issuer")],
                ("year", pa.int32()),
                ("plan_year", pa.int32()),
                ("published", pa.date32()),
                ("signed", pa.date32()),
                ("addressee", pa.string()),
                ("sections", pa.int32()),
                *[(k.value, pa.int32()) for k in COUNTED],
                ("missing_sections", pa.list_(pa.string())),
                ("diagnostics", pa.int32()),
                ("report", pa.string()),
            ]
        )
        # Error rows have no counts: pandas reads the int columns as Int32, not floats.
        self._schema = with_pandas_metadata(self._schema)
        self._writer = pq.ParquetWriter(_part(out), self._schema)
        self._buffer: list[dict[str, Any]] = []

    def write(self, row: Row) -> None:
        record = dict.fromkeys(self._schema.names)
        record |= row.fields
        record |= {"path": row.path, "error": row.error, "report": row.report_json}
        for key in ("published", "signed"):
            value = record[key]
            if isinstance(value, str):
                record[key] = dt.date.fromisoformat(value)
        self._buffer.append(record)
        if len(self._buffer) >= _PARQUET_BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            table = self._pa.Table.from_pylist(self._buffer, schema=self._schema)
            self._writer.write_table(table)
            self._buffer.clear()

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(_part(self._out), self._out)


class _TablesWriter:
    """The tidy tables of every parsed file, one Parquet file per table in a folder."""

    def __init__(self, directory: Path) -> None:
        self._tables = TableWriter(directory, ids="str")

    def write(self, row: Row) -> None:
        self._tables.write(row.tables)

    def close(self) -> None:
        self._tables.close()


class _Both:
    """Rows to one writer and tables to another; both closed whatever happens."""

    def __init__(self, rows: Writer, tables: Writer) -> None:
        self._rows, self._tables = rows, tables

    def write(self, row: Row) -> None:
        self._rows.write(row)
        self._tables.write(row)

    def close(self) -> None:
        try:
            self._rows.close()
        finally:
            self._tables.close()

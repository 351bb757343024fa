"""The tidy tables' columns and types, and their Parquet files: written by row groups, read back.

Each column of :data:`COLUMNS` has one :data:`Kind`, which fixes both its Arrow type in a
Parquet file and its pandas dtype, so that :func:`fzbg.to_frames` and :func:`read_tables`
agree column for column: whole numbers that may be missing are ``Int64`` (``year`` stays
a whole number), dates ``datetime64[ns]`` (NaT when missing), text pandas' ``string``
(``<NA>`` when missing), lists of names Python lists.

:class:`TableWriter` writes with that fixed schema a row group at a time, so that a big
corpus never sits in memory, and a column that is empty in the first rows does not decide
its type.  pandas and pyarrow are the optional extra ``fzbg[pandas]``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from fzbg.analyze.summary import COUNTED
from fzbg.errors import MissingExtraError, SourceNotFoundError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COLUMNS",
    "TABLES",
    "Kind",
    "TableWriter",
    "read_tables",
    "typed",
    "with_pandas_metadata",
]

Kind = Literal["id", "int", "Int", "float", "str", "date", "list"]
"""What a column holds: ``id`` the report's key (text or a whole number), ``int`` a whole
number, ``Int`` one that may be missing, ``float``, ``str`` text that may be missing,
``date``, ``list`` a list of names."""

_SPAN: dict[str, Kind] = {"start": "Int", "end": "Int"}

COLUMNS: dict[str, dict[str, Kind]] = {
    "reports": {
        "report_id": "id", "title": "str", "issuer": "str", "year": "Int", "plan_year": "Int",
        "published": "date", "signed": "date", "addressee": "str", "sections": "int",
        **{k.value: "int" for k in COUNTED}, "missing_sections": "list", "quantities": "int",
        "references": "int", "diagnostics": "int", "chars": "int", "preamble": "str",
        "closing": "str", "text": "str",
    },
    "sections": {
        "report_id": "id", "section_index": "Int", "kind": "str", "heading": "str",
        "ordinal": "Int", "items": "int", **_SPAN, "text": "str",
    },
    "items": {
        "report_id": "id", "item_id": "Int", "section_index": "Int", "parent_id": "Int",
        "depth": "int", "position": "int", "class": "str", "kind": "str", "marker": "str",
        "ordinal": "Int", "title": "str", "children": "int", "quantities": "int", **_SPAN,
        "text": "str",
    },
    "quantities": {
        "report_id": "id", "quantity_index": "Int", "section_index": "Int", "item_id": "Int",
        "value": "float", "value_exact": "str", "unit": "str", "approx": "str", "text": "str",
        **_SPAN,
    },
    "references": {
        "report_id": "id", "reference_index": "int", "section_index": "Int", "kind": "str",
        "text": "str", "canonical": "str", **_SPAN,
    },
    "diagnostics": {
        "report_id": "id", "diagnostic_index": "int", "code": "str", "message": "str", **_SPAN,
    },
    "debris": {"report_id": "id", "debris_index": "int", "kind": "str", "at": "int", "text": "str"},
    "indicators": {
        "report_id": "id", "indicator_index": "int", "quantity_index": "Int", "key": "str",
        "value": "float", "value_exact": "str", "unit": "str", "approx": "str", "subject": "str",
        "text": "str", **_SPAN,
    },
}  # fmt: skip
"""Every table, its columns in order, and what each holds."""

TABLES: dict[str, tuple[str, ...]] = {name: tuple(cols) for name, cols in COLUMNS.items()}
"""Every table :func:`fzbg.to_frames` returns, with its columns in order."""

ROWS_PER_GROUP = 1000
"""Rows a :class:`TableWriter` holds per table before it writes them as a row group."""

_DTYPES = {"int": "int64", "Int": "Int64", "float": "float64", "date": "datetime64[ns]"}
_MISSING = "{what}: pip install 'fzbg[pandas]'"


def need_pandas(what: str) -> Any:
    """Import pandas, or raise :class:`~fzbg.MissingExtraError` saying ``what`` needs it."""
    try:
        import pandas  # noqa: PLC0415 - an optional extra, imported on use
    except ImportError:
        raise MissingExtraError(_MISSING.format(what=f"{what} needs pandas")) from None
    return pandas


def need_pyarrow(what: str) -> tuple[Any, Any]:
    """Import pyarrow and pyarrow.parquet, or raise :class:`~fzbg.MissingExtraError`."""
    try:
        import pyarrow  # noqa: PLC0415 - an optional extra, imported on use
        import pyarrow.parquet  # noqa: PLC0415
    except ImportError:
        raise MissingExtraError(_MISSING.format(what=f"{what} needs pyarrow")) from None
    return pyarrow, pyarrow.parquet


def typed(frame: pd.DataFrame, table: str, ids: str | None = None) -> pd.DataFrame:
    """Give each column of ``frame``, one of ``table``'s, the dtype its :data:`Kind` names.

    Args:
        frame: A table of :data:`TABLES`, with its columns.
        table: Its name.
        ids: The dtype of ``report_id`` (``"string"``, ``"int64"``); None leaves it.

    Returns:
        ``frame``, changed in place.

    """
    pd = need_pandas("tables")
    for column, kind in COLUMNS[table].items():
        values = frame[column]
        if kind == "id":
            if ids is not None:
                frame[column] = values.astype(ids)
        elif kind == "str":
            frame[column] = values.astype(pd.StringDtype())
        elif kind == "list":
            frame[column] = values.map(lambda v: None if v is None else list(v)).astype(object)
        elif kind == "date":
            frame[column] = pd.to_datetime(values).astype(_DTYPES[kind])
        else:
            frame[column] = values.astype(_DTYPES[kind])
    return frame


def _arrow_schema(pa: Any, table: str, ids: Literal["int", "str"]) -> Any:
    types = {
        "id": pa.int64() if ids == "int" else pa.string(),
        "int": pa.int64(),
        "Int": pa.int64(),
        "float": pa.float64(),
        "str": pa.string(),
        "date": pa.date32(),
        "list": pa.list_(pa.string()),
    }
    # A column of kind "int" is never missing: not nullable, so that pandas reads int64.
    fields = [
        pa.field(name, types[kind], nullable=kind not in ("int", "id", "float"))
        for name, kind in COLUMNS[table].items()
    ]
    return with_pandas_metadata(pa.schema(fields))


def with_pandas_metadata(schema: Any) -> Any:
    """``schema`` with the metadata pandas reads to choose dtypes, when pandas is installed.

    With it a plain :func:`pandas.read_parquet` gives nullable whole numbers (``Int64``,
    ``Int32``) for nullable integer fields — ``year`` stays whole where some are missing,
    instead of becoming floats — and ``string`` for text.  Dates stay
    :class:`datetime.date` objects there (:func:`read_tables` makes them ``datetime64``).

    Args:
        schema: A :class:`pyarrow.Schema`.

    Returns:
        The schema with pandas' metadata, or as it was without pandas.

    """
    try:
        import pandas as pd  # noqa: PLC0415 - an optional extra, imported on use
        import pyarrow as pa  # noqa: PLC0415
    except ImportError:
        return schema

    def dtype(field: Any) -> Any:
        if pa.types.is_integer(field.type):
            name = f"int{field.type.bit_width}"
            return name.capitalize() if field.nullable else name
        if pa.types.is_string(field.type):
            return pd.StringDtype()
        return "float64" if pa.types.is_floating(field.type) else object

    empty = pd.DataFrame({field.name: pd.Series([], dtype=dtype(field)) for field in schema})
    return schema.with_metadata(pa.Schema.from_pandas(empty, preserve_index=False).metadata)


class TableWriter:
    """Rows of :data:`TABLES` into ``<table>.parquet`` files, a row group at a time.

    Each file is written as ``<table>.parquet.part`` and renamed by :meth:`close`, so that
    an interrupted run that still closes the writer leaves valid files of the rows so far.

    Args:
        directory: Where the files go; made if missing (its parent must exist).
        ids: Whether report ids are text (any id is written as ``str(id)``) or whole
            numbers.
        rows_per_group: Rows held per table before they are written; by default
            :data:`ROWS_PER_GROUP`.

    Raises:
        MissingExtraError: Without pyarrow.
        OSError: When the directory cannot be made or written to.

    """

    def __init__(
        self,
        directory: str | os.PathLike[str],
        *,
        ids: Literal["int", "str"] = "str",
        rows_per_group: int | None = None,
    ) -> None:
        self._pa, pq = need_pyarrow("Parquet output")
        self.directory = Path(directory)
        self.directory.mkdir(exist_ok=True)
        self._ids, self._size = ids, rows_per_group or ROWS_PER_GROUP
        self.paths = {name: self.directory / f"{name}.parquet" for name in TABLES}
        self._schemas = {name: _arrow_schema(self._pa, name, ids) for name in TABLES}
        self._writers = {
            name: pq.ParquetWriter(_part(self.paths[name]), self._schemas[name]) for name in TABLES
        }
        self._rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}

    def write(self, rows: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """Add ``(table, row)`` pairs; a table's rows are written once there are enough."""
        for table, row in rows:
            rid = row["report_id"]
            if self._ids == "int" and (not isinstance(rid, int) or isinstance(rid, bool)):
                raise TypeError(f"report ids are whole numbers here, not {rid!r}")
            held = self._rows[table]
            held.append(
                row if self._ids == "int" or isinstance(rid, str) else row | {"report_id": str(rid)}
            )
            if len(held) >= self._size:
                self._flush(table)

    def _flush(self, table: str) -> None:
        if held := self._rows[table]:
            batch = self._pa.Table.from_pylist(held, schema=self._schemas[table])
            self._writers[table].write_table(batch)
            held.clear()

    def close(self) -> dict[str, Path]:
        """Write what is held, finish every file, and return their paths by table.

        Every file is finished and renamed even when writing one of them fails (the
        first error is raised after).
        """
        with contextlib.ExitStack() as stack:
            for table in TABLES:
                stack.callback(self._finish, table)
        return dict(self.paths)

    def _finish(self, table: str) -> None:
        try:
            self._flush(table)
        finally:
            self._writers[table].close()
            os.replace(_part(self.paths[table]), self.paths[table])


def _part(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def read_tables(
    directory: str | os.PathLike[str], tables: Iterable[str] | None = None
) -> dict[str, pd.DataFrame]:
    r"""Read the Parquet tables that ``fzbg batch --tables`` or ``write_parquet`` wrote.

    Args:
        directory: The folder holding ``reports.parquet``, ``sections.parquet`` …
        tables: The names of the tables to read (``("reports", "items")``); all of
            :data:`TABLES` by default.

    Returns:
        Each table as a :class:`pandas.DataFrame`, by name, with the dtypes
        :func:`fzbg.to_frames` gives: ``year`` is ``Int64``, ``published`` and ``signed``
        ``datetime64[ns]``, text ``string``.

    Raises:
        SourceNotFoundError: When a table's file is not in ``directory``.
        MissingExtraError: Without pandas or pyarrow (``pip install 'fzbg[pandas]'``).

    Example:
        >>> import fzbg, tempfile
        >>> folder = tempfile.mkdtemp()
        >>> report = fzbg.parse_report("青石镇2024年法治政府建设工作报告\n一、主要举措和成效")
        >>> from fzbg.analyze.frames import write_parquet
        >>> _ = write_parquet({"青石镇.txt": report}, folder)
        >>> reports = fzbg.read_tables(folder)["reports"]
        >>> reports["report_id"].tolist(), reports["year"].tolist()
        (['青石镇.txt'], [2024])
        >>> reports["year"].dtype, reports["published"].dtype
        (Int64Dtype(), dtype('<M8[ns]'))

    """
    pd = need_pandas("read_tables")
    pa, pq = need_pyarrow("read_tables")
    folder = Path(directory)
    frames = {}
    for name in TABLES if tables is None else tables:
        if name not in TABLES:
            raise ValueError(f"no table {name!r}; the tables are {', '.join(TABLES)}")
        path = folder / f"{name}.parquet"
        if not path.is_file():
            raise SourceNotFoundError(f"{path}: no such table file")
        arrow = pq.read_table(path)
        ids = "int64" if pa.types.is_integer(arrow.schema.field("report_id").type) else "string"
        mapper: Mapping[Any, Any] = {pa.int64(): pd.Int64Dtype()}
        frames[name] = typed(arrow.to_pandas(types_mapper=mapper.get), name, ids)
    return frames

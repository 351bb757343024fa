"""Batch runs: every file under a directory, parsed in parallel, one output row per file.

The output is JSON Lines (``.jsonl``: one object per line, ``{"path", "error",
"report"}`` with ``report`` as :func:`fzbg.to_dict` gives it) or Parquet (``.parquet``: one
row per file with the metadata, counts and the report as a JSON string). Rows come in the
order of the files. A file that cannot be read gets a row with its ``error`` and the run
goes on. The output is written to ``FILE.part`` and renamed when the run ends — also when it
is interrupted, so that Ctrl-C leaves a valid file holding the rows done so far.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import attrs

from fzbg._files import iter_files, read_report
from fzbg.errors import MissingExtraError
from fzbg.export import to_dict
from fzbg.model import SectionKind

__all__ = ["DEFAULT_TIMEOUT", "BatchSummary", "Row", "parse_file", "run_batch"]

DEFAULT_TIMEOUT = 300.0
"""Seconds after which a batch gives up on one file (a report parses in milliseconds)."""

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


@attrs.frozen
class BatchSummary:
    """What a batch run did."""

    files: int
    """How many files the directory holds."""
    parsed: int
    """How many were parsed and written."""
    errors: int
    """How many got a row with an error."""
    seconds: float
    """Wall-clock time of the run."""
    out: Path
    """The output file."""
    interrupted: bool = False
    """Whether the run was stopped (Ctrl-C) before every file was done."""

    def describe(self) -> str:
        """Summarise the run in one line for a person."""
        done = self.parsed + self.errors
        rate = done / self.seconds if self.seconds > 0 else 0.0
        head = (
            f"fzbg batch: {done} of {self.files} files"
            if self.interrupted
            else (f"fzbg batch: {self.files} files")
        )
        tail = " (interrupted)" if self.interrupted else ""
        return (
            f"{head} → {self.out}: {self.parsed} parsed, {self.errors} with errors, "
            f"in {self.seconds:.1f} s ({rate:.0f} files/s){tail}"
        )


def run_batch(
    directory: Path,
    out: Path,
    *,
    jobs: int = 1,
    progress: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> BatchSummary:
    r"""Parse every file under ``directory`` and write one row per file to ``out``.

    Args:
        directory: Where the reports are; every non-hidden file below it is read.
        out: A ``.jsonl`` or ``.parquet`` file; replaced if it exists.
        jobs: Worker processes; 1 parses in this process.
        progress: Whether to draw a progress bar on stderr (tqdm).
        timeout: Seconds after which a file is given up with a ``TimeoutError`` row;
            None for no limit (the limit needs POSIX timers and applies in workers, or in
            this process when it runs on the main thread).

    Returns:
        The counts and time of the run.

    Raises:
        MissingExtraError: For Parquet output without pyarrow (the ``pandas`` extra).
        ValueError: When ``out`` has neither suffix.

    Example:
        >>> import tempfile, pathlib
        >>> tmp = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (tmp / "a.txt").write_text("一、主要举措和成效\n(一)加强组织领导。", "utf-8")
        >>> _ = (tmp / "b.txt").write_bytes(b"\xff\xfe\x00\xd8")
        >>> summary = run_batch(tmp, tmp / "out.jsonl")
        >>> summary.parsed, summary.errors
        (1, 1)

    """
    started = time.perf_counter()
    files = list(iter_files(directory))
    writer = _open_writer(out)
    parsed = errors = 0
    interrupted = False
    rows = _rows(files, directory, jobs, timeout)
    try:
        for row in _bar(rows, len(files), progress):
            writer.write(row)
            parsed += row.error is None
            errors += row.error is not None
    except KeyboardInterrupt:
        interrupted = True
    finally:
        rows.close()  # stops the workers at once when interrupted
        writer.close()
    return BatchSummary(
        files=len(files),
        parsed=parsed,
        errors=errors,
        seconds=time.perf_counter() - started,
        out=out,
        interrupted=interrupted,
    )


def parse_file(path: Path, root: Path, *, timeout: float | None = None) -> Row:
    """Parse one file into a :class:`Row`; never raises (an error becomes the row's)."""
    name = path.relative_to(root).as_posix()
    try:
        with _time_limit(timeout):
            report = read_report(path)
            data = to_dict(report)
    except Exception as exc:
        return Row(name, f"{type(exc).__name__}: {exc}", None)
    fields: dict[str, Any] = {k: data[k] for k in _META}
    fields["sections"] = len(report.sections)
    for kind in _COUNTED:
        fields[kind.value] = len(getattr(report, kind.value))
    fields["missing_sections"] = sorted(k.value for k in report.missing_sections)
    fields["diagnostics"] = len(report.diagnostics)
    return Row(name, None, json.dumps(data, ensure_ascii=False), fields)


_META = ("title", "issuer", "year", "plan_year", "published", "signed", "addressee")
_COUNTED = (SectionKind.MEASURES, SectionKind.SHORTCOMINGS, SectionKind.DUTIES, SectionKind.PLANS)


def _rows(
    files: Sequence[Path], root: Path, jobs: int, timeout: float | None
) -> Generator[Row, None, None]:
    if jobs <= 1 or len(files) < 2:
        for path in files:
            yield parse_file(path, root, timeout=timeout)
        return
    chunksize = max(1, min(64, len(files) // (jobs * 8)))
    pool = multiprocessing.Pool(jobs, initializer=_ignore_interrupts)
    try:
        tasks = [(p, root, timeout) for p in files]
        yield from pool.imap(_parse_in_worker, tasks, chunksize)
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


def _parse_in_worker(job: tuple[Path, Path, float | None]) -> Row:
    path, root, timeout = job
    return parse_file(path, root, timeout=timeout)


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeoutError` in the block after ``seconds`` (POSIX, main thread)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or not usable:
        yield
        return

    def give_up(signum: int, frame: object) -> None:
        raise TimeoutError(f"gave up after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _ignore_interrupts() -> None:
    """Leave Ctrl-C to the parent, which stops the pool and closes the output."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _bar(rows: Iterable[Row], total: int, progress: bool) -> Iterable[Row]:
    if not progress:
        return rows
    try:
        from tqdm import tqdm  # noqa: PLC0415 - only for a terminal
    except ImportError:
        return rows
    bar: Iterable[Row] = tqdm(rows, total=total, unit="file", smoothing=0.1, dynamic_ncols=True)
    return bar


# --- writers ------------------------------------------------------------------------------


class _Writer(Protocol):
    def write(self, row: Row) -> None: ...
    def close(self) -> None: ...


def _open_writer(out: Path) -> _Writer:
    if out.suffix == ".jsonl":
        return _JsonlWriter(out)
    if out.suffix == ".parquet":
        return _ParquetWriter(out)
    raise ValueError(f"{out}: the output must end in .jsonl or .parquet")


def _part(out: Path) -> Path:
    return out.with_name(out.name + ".part")


class _JsonlWriter:
    """One JSON object per line, each written whole."""

    def __init__(self, out: Path) -> None:
        self._out = out
        self._file = _part(out).open("w", encoding="utf-8")

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
                *[(k.value, pa.int32()) for k in _COUNTED],
                ("missing_sections", pa.list_(pa.string())),
                ("diagnostics", pa.int32()),
                ("report", pa.string()),
            ]
        )
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

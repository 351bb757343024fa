"""Batch runs: every report under a directory, parsed in parallel, one output row per file.

The files are those whose suffix fzbg reads, in natural order (:mod:`fzbg.run.files`).
The output is JSON Lines (``.jsonl``, or gzipped ``.jsonl.gz``: one object per line,
``{"path", "error", "report"}`` with ``report`` as :func:`fzbg.to_dict` gives it) or
Parquet (``.parquet``: one row per file with the metadata, counts and the report as a JSON
string), and/or a folder of the tidy tables of :func:`fzbg.to_frames`, one Parquet file per
table, written a row group at a time. Rows come in the order of the files. A file that
cannot be read gets a row with its ``error`` and the run goes on. Each output is written
to ``NAME.part`` and renamed when the run ends — also when it is interrupted, so that
Ctrl-C leaves valid files holding the rows done so far.

Files are parsed in worker processes, never in the calling one, so that a file which kills
its worker (a crash in a C extension, the OOM killer) costs that file a ``WorkerCrashed``
row and a new worker, not the run. Each worker is sent a chunk of files and answers one row
per file, in order; the first file of its chunk still unanswered when it dies is the one it
died on. A worker gives up on a file after the timeout by itself; one stuck where it cannot
(inside C code, which a signal does not interrupt) is stopped by the parent a little later,
and that file gets a ``TimeoutError`` row too.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

import attrs

from fzbg.analyze.export import to_dict
from fzbg.analyze.frames import report_rows
from fzbg.analyze.summary import summary_row
from fzbg.model import Report
from fzbg.run.files import iter_files, read_report
from fzbg.run.pool import Pool
from fzbg.run.writers import Row, Writer, open_writers

__all__ = ["DEFAULT_TIMEOUT", "BatchSummary", "Row", "parse_file", "run_batch"]

DEFAULT_TIMEOUT = 300.0
"""Seconds after which a batch gives up on one file (a report parses in milliseconds)."""


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
    out: Path | None
    """The output file of rows, if any."""
    interrupted: bool = False
    """Whether the run was stopped (Ctrl-C) before every file was done."""
    failed: tuple[str, ...] = ()
    """The paths (as in the rows) of the files that got an error, in file order."""
    tables: Path | None = None
    """The folder of tables, if any."""
    skipped: tuple[tuple[str, int], ...] = ()
    """The files left out because their suffix is not one fzbg reads: ``(suffix, how
    many)``, the most frequent first (``""`` for files without a suffix)."""

    def describe(self) -> str:
        """Summarise the run for a person: one line, then one per failed file (at most 20)."""
        done = self.parsed + self.errors
        rate = done / self.seconds if self.seconds > 0 else 0.0
        head = (
            f"fzbg batch: {done} of {self.files} files"
            if self.interrupted
            else (f"fzbg batch: {self.files} files")
        )
        tail = " (interrupted)" if self.interrupted else ""
        lines = [
            f"{head} → {self._where()}: {self.parsed} parsed, {self.errors} with errors, "
            f"in {self.seconds:.1f} s ({rate:.0f} files/s){tail}",
            *(f"  failed: {path}" for path in self.failed[:_NAMED_FAILURES]),
        ]
        if self.skipped:
            counts = ", ".join(f"{suffix or 'no suffix'} {n}" for suffix, n in self.skipped)
            total = sum(n for _, n in self.skipped)
            lines.insert(
                1, f"  skipped {total} files that are not reports by their suffix: {counts}"
            )
        if len(self.failed) > _NAMED_FAILURES:
            lines.append(f"  … and {len(self.failed) - _NAMED_FAILURES} more (see the error rows)")
        return "\n".join(lines)

    def _where(self) -> str:
        tables = None if self.tables is None else f"tables in {self.tables}"
        return " and ".join(str(w) for w in (self.out, tables) if w is not None)


_NAMED_FAILURES = 20
"""How many failed files :meth:`BatchSummary.describe` names."""


def run_batch(
    directory: Path,
    out: Path | None,
    *,
    tables: Path | None = None,
    jobs: int = 1,
    progress: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
    parse: Callable[[Path], Report] = read_report,
) -> BatchSummary:
    r"""Parse every file under ``directory``: one row per file to ``out``, tables to ``tables``.

    Args:
        directory: Where the reports are: every file below it that fzbg reads, in natural
            order (:mod:`fzbg.run.files`); others count in :attr:`BatchSummary.skipped`.
        out: A ``.jsonl``, ``.jsonl.gz`` or ``.parquet`` file (replaced); None for none.
        tables: A folder (made if missing) for the tables of :func:`fzbg.to_frames`, one
            Parquet file each (``reports.parquet`` …, replaced), keyed by ``report_id``,
            the path as in the rows; written as files are parsed (a file with an error
            has no rows); :func:`fzbg.read_tables` reads them.
        jobs: Worker processes, at least one (files are never parsed in this process); a
            worker that dies costs its file a ``WorkerCrashed`` row and is replaced.
        progress: Whether to draw a progress bar on stderr (tqdm).
        timeout: Seconds after which a file is given up with a ``TimeoutError`` row;
            None for no limit (the limit needs POSIX timers).
        parse: How one file becomes a report: a top-level function (it is pickled).

    Returns:
        The counts and time of the run.

    Raises:
        MissingExtraError: For Parquet output without pyarrow (the ``pandas`` extra).
        ValueError: When ``out`` has none of those suffixes, both ``out`` and ``tables``
            are None, or ``jobs`` or ``timeout`` is not a positive number.
        OSError: When the folder ``tables`` cannot be made.

    Example:
        >>> import tempfile, pathlib
        >>> tmp = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (tmp / "a.txt").write_text("一、主要举措和成效\n(一)加强组织领导。", "utf-8")
        >>> _ = (tmp / "b.txt").write_bytes(b"\xff\xfe\x00\xd8")
        >>> summary = run_batch(tmp, tmp / "out.jsonl")
        >>> summary.parsed, summary.errors
        (1, 1)

    """
    _check(jobs, timeout)
    started = time.perf_counter()
    skipped: Counter[str] = Counter()
    files = list(iter_files(directory, skipped))
    writer = open_writers(out, tables)
    job = _job(directory, out, tables, timeout, parse)
    rows = _rows(files, directory, jobs, job, timeout)
    parsed, failed, interrupted = _write(rows, writer, progress, len(files))
    most_first = sorted(skipped.items(), key=lambda kv: (-kv[1], not kv[0], kv[0]))
    return BatchSummary(
        files=len(files), parsed=parsed, errors=len(failed), out=out, tables=tables,
        seconds=time.perf_counter() - started, interrupted=interrupted,
        failed=tuple(failed), skipped=tuple(most_first),
    )  # fmt: skip


def _check(jobs: int, timeout: float | None) -> None:
    if jobs < 1 or (timeout is not None and not 0 < timeout < float("inf")):
        raise ValueError(f"jobs must be at least 1 and timeout positive, not {jobs}, {timeout}")


def _job(
    root: Path,
    out: Path | None,
    tables: Path | None,
    timeout: float | None,
    parse: Callable[[Path], Report],
) -> Callable[[Path], Row]:
    """What a worker does with one file: parse it and give what the outputs take."""
    return functools.partial(
        parse_file,
        root=root,
        timeout=timeout,
        parse=parse,
        report_json=out is not None,
        tables=tables is not None,
    )


def _write(
    rows: Generator[Row, None, None], writer: Writer, progress: bool, total: int
) -> tuple[int, list[str], bool]:
    """Write ``rows``, then close: how many parsed, the files that failed, whether interrupted."""
    parsed = 0
    failed: list[str] = []
    try:
        for row in _bar(rows, total, progress):
            writer.write(row)
            parsed += row.error is None
            if row.error is not None:
                failed.append(row.path)
    except KeyboardInterrupt:
        return parsed, failed, True
    finally:
        rows.close()  # stops the workers at once when interrupted
        writer.close()
    return parsed, failed, False


def parse_file(
    path: Path,
    root: Path,
    *,
    timeout: float | None = None,
    parse: Callable[[Path], Report] = read_report,
    report_json: bool = True,
    tables: bool = False,
) -> Row:
    """Parse one file into a :class:`Row`; never raises (an error becomes the row's).

    ``report_json``: give the report as JSON; ``tables``: give its rows in the tables.
    """
    name = path.relative_to(root).as_posix()
    try:
        with _time_limit(timeout):
            report = parse(path)
            data = json.dumps(to_dict(report), ensure_ascii=False) if report_json else None
            rows = tuple(report_rows(name, report)) if tables else ()
    except Exception as exc:
        return Row(name, f"{type(exc).__name__}: {exc}", None)
    return Row(name, None, data, summary_row(report), rows)


def _rows(
    files: Sequence[Path],
    root: Path,
    jobs: int,
    job: Callable[[Path], Row],
    timeout: float | None = None,
) -> Generator[Row, None, None]:
    """The rows of ``files``, in order, parsed by ``jobs`` worker processes."""
    pool = Pool(files, root, jobs, job, timeout)
    try:
        for index in range(len(files)):
            while index not in pool.done:
                pool.step()
            yield pool.done.pop(index)
        pool.finish()
    finally:
        pool.stop()  # at once, when interrupted


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


def _bar(rows: Iterable[Row], total: int, progress: bool) -> Iterable[Row]:
    if not progress:
        return rows
    try:
        from tqdm import tqdm  # noqa: PLC0415 - only for a terminal
    except ImportError:
        return rows
    # A terminal that reports 0 columns (some CI runners, a detached pane) gets a fixed
    # width: tqdm would draw its bar 0 wide, that is not at all.
    width = {"dynamic_ncols": True} if _columns(sys.stderr) else {"ncols": _FALLBACK_COLUMNS}
    bar: Iterable[Row] = tqdm(rows, total=total, unit="file", smoothing=0.1, **width)
    return bar


_FALLBACK_COLUMNS = 80
"""The progress bar's width on a terminal that does not tell its own."""


def _columns(stream: IO[str]) -> int:
    """The width of the terminal ``stream`` writes to; 0 when it does not say."""
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 0

"""Batch runs: every file under a directory, parsed in parallel, one output row per file.

The output is JSON Lines (``.jsonl``: one object per line, ``{"path", "error",
"report"}`` with ``report`` as :func:`fzbg.to_dict` gives it) or Parquet (``.parquet``: one
row per file with the metadata, counts and the report as a JSON string). Rows come in the
order of the files. A file that cannot be read gets a row with its ``error`` and the run
goes on. The output is written to ``FILE.part`` and renamed when the run ends — also when it
is interrupted, so that Ctrl-C leaves a valid file holding the rows done so far.

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
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import IO

import attrs

from fzbg.analyze.export import to_dict
from fzbg.analyze.summary import summary_row
from fzbg.model import Report
from fzbg.run.files import iter_files, read_report
from fzbg.run.writers import Row, open_writer

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
    out: Path
    """The output file."""
    interrupted: bool = False
    """Whether the run was stopped (Ctrl-C) before every file was done."""
    failed: tuple[str, ...] = ()
    """The paths (as in the rows) of the files that got an error, in file order."""

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
            f"{head} → {self.out}: {self.parsed} parsed, {self.errors} with errors, "
            f"in {self.seconds:.1f} s ({rate:.0f} files/s){tail}",
            *(f"  failed: {path}" for path in self.failed[:_NAMED_FAILURES]),
        ]
        if len(self.failed) > _NAMED_FAILURES:
            lines.append(f"  … and {len(self.failed) - _NAMED_FAILURES} more (see the error rows)")
        return "\n".join(lines)


_NAMED_FAILURES = 20
"""How many failed files :meth:`BatchSummary.describe` names."""


def run_batch(
    directory: Path,
    out: Path,
    *,
    jobs: int = 1,
    progress: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
    parse: Callable[[Path], Report] = read_report,
) -> BatchSummary:
    r"""Parse every file under ``directory`` and write one row per file to ``out``.

    Args:
        directory: Where the reports are; every non-hidden file below it is read.
        out: A ``.jsonl`` or ``.parquet`` file; replaced if it exists.
        jobs: Worker processes (at least one: files are never parsed in this process).
            A file on which a worker dies gets a ``WorkerCrashed`` row, and a new worker
            takes the dead one's place.
        progress: Whether to draw a progress bar on stderr (tqdm).
        timeout: Seconds after which a file is given up with a ``TimeoutError`` row;
            None for no limit (the limit needs POSIX timers).
        parse: How one file becomes a report. It runs in the workers, so it must be a
            top-level function: it is pickled where processes are not forked.

    Returns:
        The counts and time of the run.

    Raises:
        MissingExtraError: For Parquet output without pyarrow (the ``pandas`` extra).
        ValueError: When ``out`` has neither suffix, or ``jobs`` or ``timeout`` is not a
            positive number.

    Example:
        >>> import tempfile, pathlib
        >>> tmp = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (tmp / "a.txt").write_text("一、主要举措和成效\n(一)加强组织领导。", "utf-8")
        >>> _ = (tmp / "b.txt").write_bytes(b"\xff\xfe\x00\xd8")
        >>> summary = run_batch(tmp, tmp / "out.jsonl")
        >>> summary.parsed, summary.errors
        (1, 1)

    """
    if jobs < 1 or (timeout is not None and not 0 < timeout < float("inf")):
        raise ValueError(f"jobs must be at least 1 and timeout positive, not {jobs}, {timeout}")
    started = time.perf_counter()
    files = list(iter_files(directory))
    job = functools.partial(parse_file, root=directory, timeout=timeout, parse=parse)
    parsed, failed, interrupted = _write(
        _rows(files, directory, jobs, job, timeout), out, progress, len(files)
    )
    return BatchSummary(
        files=len(files),
        parsed=parsed,
        errors=len(failed),
        seconds=time.perf_counter() - started,
        out=out,
        interrupted=interrupted,
        failed=tuple(failed),
    )


def _write(
    rows: Generator[Row, None, None], out: Path, progress: bool, total: int
) -> tuple[int, list[str], bool]:
    """Write ``rows`` to ``out``: how many parsed, the files that failed, whether interrupted."""
    writer = open_writer(out)
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
) -> Row:
    """Parse one file into a :class:`Row`; never raises (an error becomes the row's)."""
    name = path.relative_to(root).as_posix()
    try:
        with _time_limit(timeout):
            report = parse(path)
            data = to_dict(report)
    except Exception as exc:
        return Row(name, f"{type(exc).__name__}: {exc}", None)
    return Row(name, None, json.dumps(data, ensure_ascii=False), summary_row(report))


def _rows(
    files: Sequence[Path],
    root: Path,
    jobs: int,
    job: Callable[[Path], Row],
    timeout: float | None = None,
) -> Generator[Row, None, None]:
    """The rows of ``files``, in order, parsed by ``jobs`` worker processes."""
    pool = _Pool(files, root, jobs, job, timeout)
    try:
        for index in range(len(files)):
            while index not in pool.done:
                pool.step()
            yield pool.done.pop(index)
        pool.finish()
    finally:
        pool.stop()  # at once, when interrupted


class _Pool:
    """Workers that each parse a chunk of files at a time, and a new one for each that dies.

    Workers answer one row per file, in the order they were sent, so a worker that dies
    died on the first file it has not answered: that file gets a ``WorkerCrashed`` row and
    the rest of its chunk goes back to the front of the queue.  So does a worker that has
    not answered for longer than the timeout allows, which is then stopped: its file gets
    a ``TimeoutError`` row.
    """

    def __init__(
        self,
        files: Sequence[Path],
        root: Path,
        jobs: int,
        job: Callable[[Path], Row],
        timeout: float | None = None,
    ) -> None:
        self.files, self.root, self.job, self.timeout = files, root, job, timeout
        # The worker's own timer fires first; this is for a file that keeps it from acting.
        self.patience = timeout + max(1.0, timeout / 10) if timeout else None
        jobs = max(jobs, 1)
        self.chunk_size = max(1, min(64, len(files) // (jobs * 8)))
        self.unsent = deque(range(len(files)))
        self.done: dict[int, Row] = {}  # rows by file index, until taken in file order
        self.workers = [_Worker(job) for _ in range(min(jobs, len(files)))]

    def step(self) -> None:
        """Give each idle worker a chunk, then take every row that is ready."""
        for worker in self.workers:
            if not worker.todo and self.unsent:
                size = min(self.chunk_size, len(self.unsent))
                chunk = [self.unsent.popleft() for _ in range(size)]
                worker.send(chunk, [self.files[i] for i in chunk])
        ready = wait([worker.conn for worker in self.workers], self._time_left())
        for i, worker in enumerate(self.workers):
            if worker.conn in ready:
                self._receive(i, worker)
                # Every row already sent: a worker waits for its rows to be read.
                while self.workers[i] is worker and worker.todo and worker.conn.poll():
                    self._receive(i, worker)
            elif self._stuck(worker):
                self._give_up(i, worker)

    def _time_left(self) -> float | None:
        """Seconds until the first busy worker runs out of patience; None without a limit."""
        if self.patience is None:
            return None
        now = time.monotonic()
        busy = [w.since + self.patience - now for w in self.workers if w.todo]
        return max(0.0, min(busy)) if busy else None

    def _stuck(self, worker: _Worker) -> bool:
        return (
            self.patience is not None
            and bool(worker.todo)
            and time.monotonic() - worker.since > self.patience
        )

    def _give_up(self, i: int, worker: _Worker) -> None:
        """Stop a worker stuck on a file: the file gets a timeout row, the rest go back."""
        worker.stop()
        stuck = worker.todo.popleft()
        name = self.files[stuck].relative_to(self.root).as_posix()
        error = f"TimeoutError: gave up after {self.timeout:g} s; its worker was stopped"
        self.done[stuck] = Row(name, error, None)
        self.unsent.extendleft(reversed(worker.todo))
        self.workers[i] = _Worker(self.job)

    def _receive(self, i: int, worker: _Worker) -> None:
        try:
            row: Row = worker.conn.recv()
        except (EOFError, OSError):  # it has died; one that died idle held no file
            exit_code = worker.stop()
            if worker.todo:
                crashed = worker.todo.popleft()
                self.done[crashed] = _crashed_row(self.files[crashed], self.root, exit_code)
                self.unsent.extendleft(reversed(worker.todo))
            self.workers[i] = _Worker(self.job)
        else:
            self.done[worker.todo.popleft()] = row
            worker.since = time.monotonic()

    def finish(self) -> None:
        for worker in self.workers:
            worker.finish()

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()


class _Worker:
    """A worker process, and the files it has been sent and not yet answered, in order."""

    def __init__(self, job: Callable[[Path], Row]) -> None:
        self.conn, theirs = multiprocessing.Pipe()
        self.process = multiprocessing.Process(target=_work, args=(theirs, job), daemon=True)
        self.process.start()
        theirs.close()
        self.todo: deque[int] = deque()
        self.since = time.monotonic()
        """When the worker last answered, or was sent work while idle."""

    def send(self, chunk: list[int], paths: list[Path]) -> None:
        """Have the worker parse ``paths``, the files at indices ``chunk``, in order."""
        if not self.todo:
            self.since = time.monotonic()
        self.todo.extend(chunk)
        with contextlib.suppress(OSError):  # it has died: receiving will tell
            self.conn.send(paths)

    def finish(self) -> None:
        """Let the worker end once it is done."""
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join()

    def stop(self) -> int:
        """End the worker now if it has not ended, and return its exit code."""
        if self.process.exitcode is None:
            self.process.kill()
        self.process.join()
        self.conn.close()
        return self.process.exitcode or 0


def _work(conn: Connection, job: Callable[[Path], Row]) -> None:
    """A worker's life: parse each chunk of files it is sent, one row back per file."""
    _ignore_interrupts()
    with contextlib.suppress(EOFError):  # the parent has gone
        for chunk in iter(conn.recv, None):
            for path in chunk:
                conn.send(job(path))


def _crashed_row(path: Path, root: Path, exit_code: int) -> Row:
    error = f"WorkerCrashed: worker process died (exit code {exit_code}) while parsing this file"
    return Row(path.relative_to(root).as_posix(), error, None)


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

"""The worker processes of a batch: each parses a chunk of files at a time, in order.

A worker that dies costs the file it was on a ``WorkerCrashed`` row and is replaced; one
that does not answer within the timeout (stuck in C code, where its own timer cannot reach)
is stopped, and its file gets a ``TimeoutError`` row.  See :mod:`fzbg.run.batch`.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from pathlib import Path

from fzbg.run.writers import Row

__all__ = ["Pool"]


class Pool:
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
        """Let every worker end once it is done."""
        for worker in self.workers:
            worker.finish()

    def stop(self) -> None:
        """End every worker now."""
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


def _ignore_interrupts() -> None:
    """Leave Ctrl-C to the parent, which stops the pool and closes the output."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

"""The worker processes of a batch: pebble's process pool, one task per file.

``pebble.ProcessPool`` does what a batch needs of a pool: a worker that dies fails the
task it was on (``ProcessExpired``) and is replaced; a task that runs past its timeout has
its worker stopped (even one stuck in C code, where the worker's own timer cannot reach)
and fails with ``TimeoutError``.  One task per file pins each of those on its file.
``bench/pool.py`` measured it against the chunked pool fzbg had before: the same processor
time and no slower on the wall clock, so the hand-written one went (issue 12).
"""

from __future__ import annotations

import concurrent.futures
import signal
from collections import deque
from collections.abc import Callable, Generator, Sequence
from pathlib import Path

import pebble

from fzbg.run.writers import Row

__all__ = ["rows"]

AHEAD = 32
"""Files scheduled ahead of the one whose row is awaited, per worker: enough to keep the
workers busy, few enough that a slow file holds back a bounded number of rows."""


def rows(
    files: Sequence[Path],
    root: Path,
    jobs: int,
    job: Callable[[Path], Row],
    timeout: float | None = None,
) -> Generator[Row, None, None]:
    """The rows of ``files``, in order, parsed by ``jobs`` worker processes.

    A file whose worker dies gets a ``WorkerCrashed`` row; one that does not answer within
    the timeout (plus a grace for the worker's own timer, which answers with its own row)
    gets a ``TimeoutError`` row.  Closing the iterator stops the workers at once.
    """
    # The worker's own timer fires first; this is for a file that keeps it from acting.
    patience = timeout + max(1.0, timeout / 10) if timeout else None
    workers = max(1, min(jobs, len(files)))
    pool = pebble.ProcessPool(max_workers=workers, initializer=_ignore_interrupts)
    waiting: deque[tuple[Path, concurrent.futures.Future[Row]]] = deque()
    todo = iter(files)
    try:
        for path in todo:
            waiting.append((path, pool.schedule(job, args=(path,), timeout=patience)))
            if len(waiting) >= workers * AHEAD:
                yield _row(*waiting.popleft(), root, timeout)
        while waiting:
            yield _row(*waiting.popleft(), root, timeout)
        pool.close()  # type: ignore[no-untyped-call]  # pebble 5.2 leaves it untyped
    finally:
        pool.stop()  # type: ignore[no-untyped-call]  # at once, when interrupted
        pool.join()


def _row(path: Path, future: concurrent.futures.Future[Row], root: Path, t: float | None) -> Row:
    """The file's row, or the row that says why its worker gave none."""
    name = path.relative_to(root).as_posix()
    try:
        return future.result()
    except pebble.ProcessExpired as died:
        error = (
            f"WorkerCrashed: worker process died (exit code {died.exitcode}) "
            "while parsing this file"
        )
    except concurrent.futures.TimeoutError:
        error = f"TimeoutError: gave up after {t:g} s; its worker was stopped"
    except Exception as exc:  # the task or its row could not cross between processes
        error = f"{type(exc).__name__}: {exc}"
    return Row(name, error, None)


def _ignore_interrupts() -> None:
    """Leave Ctrl-C to the parent, which stops the pool and closes the output."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

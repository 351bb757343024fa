"""fzbg's worker pool against the libraries that could replace it (issue 12).

    pip install pebble
    python bench/pool.py                  # 2,000 generated reports, --jobs 2, 3 rounds
    python bench/pool.py --files 500 --rounds 5

What a batch needs of a pool: a row for every file in order; a file that kills its worker
or hangs past the timeout costs that file alone a row with its error, and the run goes on.
Each candidate parses the same generated files with the same ``parse_file`` job, in
interleaved rounds (so a busy machine slows them alike); the table gives the median wall
seconds and the ratio to fzbg's pool, and what each gives up:

- ``fzbg Pool``: chunks of files per worker, one row per file; a crash or timeout is
  pinned on the file the worker was on (the first it had not answered).
- ``pebble schedule``: ``pebble.ProcessPool.schedule`` per file with its own timeout: the
  same guarantees, one task per file.
- ``pebble map, chunks``: ``ProcessPool.map(chunksize=…, timeout=…)``: a crash or timeout
  loses its whole chunk (pebble issue 132), so the files it hit cannot be named.
- ``futures map, chunks``: ``concurrent.futures.ProcessPoolExecutor.map``: no per-file
  timeout, and a dead worker breaks the whole pool (``BrokenProcessPool``).

The measurements, and why fzbg keeps its own pool, are in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import functools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pebble

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from bench import generate_report  # noqa: E402
from fzbg.run.batch import _rows, parse_file  # noqa: E402
from fzbg.run.writers import Row  # noqa: E402

TIMEOUT = 300.0
CHUNK = 64  # the most fzbg's pool sends a worker at once


def fzbg_pool(files: Sequence[Path], job: Callable[[Path], Row], jobs: int) -> list[Row]:
    return list(_rows(files, files[0].parent, jobs, job, TIMEOUT))


def pebble_schedule(files: Sequence[Path], job: Callable[[Path], Row], jobs: int) -> list[Row]:
    with pebble.ProcessPool(max_workers=jobs) as workers:
        futures = [workers.schedule(job, args=(f,), timeout=TIMEOUT) for f in files]
        return [f.result() for f in futures]


def pebble_map(files: Sequence[Path], job: Callable[[Path], Row], jobs: int) -> list[Row]:
    with pebble.ProcessPool(max_workers=jobs) as workers:
        chunks = workers.map(job, files, chunksize=_chunk(files, jobs), timeout=TIMEOUT)
        return list(chunks.result())


def futures_map(files: Sequence[Path], job: Callable[[Path], Row], jobs: int) -> list[Row]:
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as workers:
        return list(workers.map(job, files, chunksize=_chunk(files, jobs)))


def _chunk(files: Sequence[Path], jobs: int) -> int:
    """The chunk size fzbg's pool picks, so that only the pools differ."""
    return max(1, min(CHUNK, len(files) // (jobs * 8)))


CANDIDATES: dict[str, Callable[[Sequence[Path], Callable[[Path], Row], int], list[Row]]] = {
    "fzbg Pool": fzbg_pool,
    "pebble schedule": pebble_schedule,
    "pebble map, chunks": pebble_map,
    "futures map, chunks": futures_map,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(20240101)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = []
        for i in range(args.files):
            path = root / f"r{i:05}.txt"
            path.write_text(generate_report(rng.choice([4000, 8000, 16000]), rng), "utf-8")
            files.append(path)
        job = functools.partial(parse_file, root=root, timeout=TIMEOUT)
        expected = [parse_file(f, root) for f in files[:50]]
        times: dict[str, list[float]] = {name: [] for name in CANDIDATES}
        for _ in range(args.rounds):
            for name, run in CANDIDATES.items():
                t0 = time.perf_counter()
                rows = run(files, job, args.jobs)
                times[name].append(time.perf_counter() - t0)
                assert rows[:50] == expected, name
                assert len(rows) == len(files), name
    base = statistics.median(times["fzbg Pool"])
    print(f"{args.files:,} reports, --jobs {args.jobs}, median of {args.rounds} interleaved rounds")
    print("| pool | seconds | ÷ fzbg Pool |")
    print("| --- | ---: | ---: |")
    for name, spent in times.items():
        median = statistics.median(spent)
        print(f"| {name} | {median:.2f} | {median / base:.2f} |")


if __name__ == "__main__":
    main()

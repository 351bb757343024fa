"""Benchmark fzbg.near_duplicates on generated corpora: time, peak memory, and accuracy.

    python bench/near_duplicates.py                 # 10^3, 10^4 and 10^5 reports
    python bench/near_duplicates.py --sizes 1000    # one size

Each corpus is made of invented reports (``tests/_reports.py``: random passages in the
genre's frame, each report by its own body), one in a hundred of them sharing a planted
measures item with one to three others, word for word or with two characters changed.
The reports are parsed and fed to ``near_duplicates`` as a stream, the way a corpus
that does not fit in memory would be.  Printed per size: the time to generate the texts,
the time spent parsing them (timed report by report inside the stream), the time of
``near_duplicates`` itself (the rest; wall clock, and CPU time, which other jobs on a
shared machine disturb less), the resident memory before the stream starts (the
generated texts) and the peak of the process, and whether every planted pair was found
and no other pair.

Measured on 2026-12-06 on the shared 2-core machine (docs/benchmarks.md has the details):

    reports  parse  near_duplicates  (CPU)  peak MB  planted pairs  missed  false
      1,000   2.5 s       2.4 s      1.0 s      113             25       0      0
     10,000  16.9 s       9.6 s      4.5 s      175            329       0      0
    100,000   178 s       113 s       44 s      829          3,366       0      0
"""

from __future__ import annotations

import argparse
import itertools
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from _reports import corpus  # noqa: E402

import fzbg  # noqa: E402


def run(n: int) -> dict[str, object]:
    start = time.perf_counter()
    built = corpus(n, groups=max(n // 100, 2))
    generated = time.perf_counter() - start
    before = _rss_mb()
    parsing = [0.0, 0.0]
    start, cpu = time.perf_counter(), time.process_time()
    found = fzbg.near_duplicates(_parsed(built.texts, parsing))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    planted = {pair for _, owners in built.planted for pair in itertools.combinations(owners, 2)}
    pairs = {(d.first.report, d.second.report) for d in found}
    return {
        "reports": n,
        "generate s": round(generated, 1),
        "parse s": round(parsing[0], 1),
        "near_duplicates s": round(elapsed - parsing[0], 1),
        "near_duplicates cpu s": round(cpu - parsing[1], 1),
        "MB before": before,
        "peak MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "planted pairs": len(planted),
        "missed": len(planted - pairs),
        "false": len(pairs - planted),
    }


def _parsed(texts: Iterable[str], clock: list[float]) -> Iterator[fzbg.Report]:
    """Parse ``texts`` one by one, adding the time it takes to ``clock`` (wall, CPU)."""
    for text in texts:
        start, cpu = time.perf_counter(), time.process_time()
        report = fzbg.parse_report(text)
        clock[0] += time.perf_counter() - start
        clock[1] += time.process_time() - cpu
        yield report


def _rss_mb() -> int:
    """The resident memory of the process now, in MB (0 where /proc is missing)."""
    status = Path("/proc/self/status")
    if not status.exists():
        return 0
    line = next(x for x in status.read_text().splitlines() if x.startswith("VmRSS:"))
    return int(line.split()[1]) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    if len(args.sizes) == 1:
        print(run(args.sizes[0]), flush=True)
        return
    for n in args.sizes:  # one process per size, so that each peak is its own
        subprocess.run([sys.executable, __file__, "--sizes", str(n)], check=True)


if __name__ == "__main__":
    main()

"""Measure extract_quantities against one bare regex pass over the same text.

    python bench/quantities_throughput.py [--repeat N]

Reads the seed reports from ``../shared/seeds`` (relative to the project root), runs
``extract_quantities`` over each and, in the same run, one bare ``regex`` pass that only
finds Arabic numbers followed by a character (``\\d+(?:\\.\\d+)?\\w``), the floor any
extractor pays to look at every character once.  Prints characters per second for both,
and the ratio.  A ratio that stays flat as texts grow is what a linear scan looks like:
the script also times the seeds concatenated 1, 4 and 16 times.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from fzbg.extract.quantities import extract_quantities  # noqa: E402
from fzbg.text.normalize import normalize  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
BARE = regex.compile(r"\d+(?:\.\d+)?\w")


def _bare(text: str) -> int:
    return sum(1 for _ in BARE.finditer(text))


def _best_of(repeat: int, func: Callable[[str], object], texts: list[str]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            func(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="runs per timing; best is kept")
    args = parser.parse_args()
    texts = [normalize(p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    if not texts:
        print(f"no seed reports in {SEEDS}")
        return 1
    extract_quantities(texts[0])  # first call imports cn2an; not part of the scan
    chars = sum(map(len, texts))
    found = sum(len(extract_quantities(t)) for t in texts)
    ours = _best_of(args.repeat, extract_quantities, texts)
    bare = _best_of(args.repeat, _bare, texts)
    print(f"seeds: {len(texts)} reports, {chars} characters, {found} quantities")
    print(f"extract_quantities  {ours * 1e3:8.2f} ms  {chars / ours / 1e6:6.2f} M chars/s")
    print(f"bare regex pass     {bare * 1e3:8.2f} ms  {chars / bare / 1e6:6.2f} M chars/s")
    print(f"ratio               {ours / bare:8.1f}x the bare pass")
    whole = "\n".join(texts)
    for times in (1, 4, 16):
        big = [whole * times]
        ours = _best_of(max(1, args.repeat // times), extract_quantities, big)
        bare = _best_of(max(1, args.repeat // times), _bare, big)
        print(f"seeds x{times:<2}  {len(big[0]):8d} chars  ratio {ours / bare:6.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

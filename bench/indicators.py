"""What keying indicators costs: parse_report on the seeds with and without it, in one run.

    python bench/indicators.py [--rounds N]

Interleaved rounds (with, without, the floor, in turn, so that the shared machine's load
falls on all three alike); the medians are printed, with the ratios of parse_report with
indicators to parse_report without them and to one bare regex pass over the same text (the
floor of bench/bench.py; issue 15's target: within 20x of it).  "Without" replaces the
extractor that parse_report calls by one that returns nothing, in this process only.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import regex

import fzbg
import fzbg.api
from fzbg.extract.indicators import find_indicators

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FLOOR = regex.compile(r"^[ \t\u3000]*[(（]?[一二三四五六七八九十]+[、)）]", regex.MULTILINE)


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seeds in {SEEDS}")

    def parse() -> None:
        for text in texts:
            fzbg.parse_report(text)

    def floor() -> None:
        for text in texts:
            FLOOR.findall(text)

    def without() -> None:
        fzbg.api.find_indicators = lambda *a, **k: ()  # type: ignore[assignment]
        try:
            parse()
        finally:
            fzbg.api.find_indicators = find_indicators

    parse()  # warm up: compile the patterns once
    times: dict[str, list[float]] = {"with": [], "without": [], "floor": []}
    for _ in range(args.rounds):
        times["with"].append(_timed(parse))
        times["without"].append(_timed(without))
        times["floor"].append(_timed(floor))
    med = {k: statistics.median(v) for k, v in times.items()}
    keyed = sum(len(fzbg.parse_report(t).indicators) for t in texts)
    print(f"{len(texts)} seeds, {keyed} indicators, {args.rounds} interleaved rounds (medians)")
    for name, value in med.items():
        print(f"  {name:8} {value * 1000:8.2f} ms")
    print(f"  with / without: {med['with'] / med['without']:.3f}")
    print(f"  with / floor:   {med['with'] / med['floor']:.1f}x")
    print(f"  indicators alone / floor: {(med['with'] - med['without']) / med['floor']:.2f}x")


if __name__ == "__main__":
    main()

"""Where a parse spends its time: each stage of ``parse_report`` timed on its own.

    python bench/stages.py              # the seeds (../shared/seeds), else generated reports
    python bench/stages.py --repeat 50

Each stage runs over all the texts in one pass, as ``parse_report`` chains them; the
median processor time (:func:`time.thread_time`, which the other jobs of a shared machine
do not inflate) of ``--repeat`` rounds is reported, the stages interleaved in each round,
next to ``cn2an.transform``, so the numbers compare within one run on any machine.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cn2an

import fzbg
from fzbg.extract.indicators import find_indicators
from fzbg.extract.metadata import read_metadata
from fzbg.extract.quantities import extract_quantities
from fzbg.extract.references import extract_references
from fzbg.lex.lines import lex
from fzbg.model import SectionKind
from fzbg.page.layout import recover_layout
from fzbg.page.strip import strip_page
from fzbg.structure.tree import build
from fzbg.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
_PLANS = SectionKind.PLANS


def _texts() -> tuple[str, list[str]]:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if seeds:
        return f"{len(seeds)} seeds", [p.read_text(encoding="utf-8") for p in seeds]
    from bench import generate_report  # noqa: PLC0415 (only without the seeds)

    rng = random.Random(20240101)
    return "5 generated reports", [generate_report(12_000, rng) for _ in range(5)]


def _medians(fns: list[Callable[[], Any]], repeat: int) -> list[float]:
    """Median processor seconds of each of ``fns``, run in turn in each of ``repeat`` rounds."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, spent in zip(fns, times, strict=True):
            t0 = time.thread_time()
            fn()
            spent.append(time.thread_time() - t0)
    return [statistics.median(spent) for spent in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # cn2an warns on every number it cannot read
    name, texts = _texts()
    fzbg.parse_report(texts[0])

    # Each stage's inputs, made once by the stages before it.
    normalized = [normalize(t) for t in texts]
    laid = [recover_layout(t)[0] for t in normalized]
    pages = [strip_page(t) for t in laid]
    lines = [lex(p.view) for p in pages]
    firsts = [
        next((i for i, ln in enumerate(ls) if ln.start >= (p.title.end if p.title else 0)), len(ls))
        for p, ls in zip(pages, lines, strict=True)
    ]
    quantities = [extract_quantities(p.text, view=p.view) for p in pages]
    bodies = [
        build(p.text, p.view, ls, f, written=p.written, quantities=q)
        for p, ls, f, q in zip(pages, lines, firsts, quantities, strict=True)
    ]
    stages: list[tuple[str, Callable[[], Any]]] = [
        ("normalize", lambda: [normalize(t) for t in texts]),
        ("layout", lambda: [recover_layout(t) for t in normalized]),
        ("page (chrome, title, fold)", lambda: [strip_page(t) for t in laid]),
        ("lex", lambda: [lex(p.view) for p in pages]),
        (
            "structure",
            lambda: [
                build(p.text, p.view, ls, f, written=p.written, quantities=q)
                for p, ls, f, q in zip(pages, lines, firsts, quantities, strict=True)
            ],
        ),
        (
            "metadata",
            lambda: [
                read_metadata(p.text, p.view, p, b) for p, b in zip(pages, bodies, strict=True)
            ],
        ),
        ("quantities", lambda: [extract_quantities(p.text, view=p.view) for p in pages]),
        ("references", lambda: [extract_references(p.text, view=p.view) for p in pages]),
        (
            "indicators",
            lambda: [
                find_indicators(p.text, p.view, q, (s.span for s in b.sections if s.kind is _PLANS))
                for p, q, b in zip(pages, quantities, bodies, strict=True)
            ],
        ),
    ]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    total, *each = _medians(
        [lambda: [fzbg.parse_report(t) for t in texts]] + [fn for _, fn in stages], args.repeat
    )
    slow = _medians([lambda: [cn2an.transform(t, "cn2an") for t in texts]], 3)[0]
    print(f"{name}, {size * 1000:,.0f} KB: parse_report {total * 1000:.2f} ms")
    print(f"throughput {size / total:.1f} MB/s")
    print(f"cn2an.transform takes {slow / total:.1f}× as long as parse_report")
    print("| stage | ms | share |")
    print("| --- | ---: | ---: |")
    for (label, _), t in zip(stages, each, strict=True):
        print(f"| {label} | {t * 1000:.2f} | {t / total:.0%} |")


if __name__ == "__main__":
    main()

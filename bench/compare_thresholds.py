"""The scores behind compare()'s thresholds, on built pairs and on real reports.

    python bench/compare_thresholds.py

Prints, for the shortcomings, the restatement score of every built copy, every built
rewording and the best score of every new shortcoming against last year's; for the
plans, the best containment score of every carried-out and every dropped plan.  When
``../shared`` is beside the project, also the highest scores between reports of
different bodies there (which restate nothing of each other): the thresholds must sit
above those and below the built restatements.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from _reports import SHORTCOMINGS, planted_pair, traditional  # noqa: E402

import fzbg  # noqa: E402
from fzbg.analyze.compare import FOLLOWUP_THRESHOLD, REPEAT_THRESHOLD  # noqa: E402
from fzbg.analyze.similarity import bigrams, containment, item_grams, restatement  # noqa: E402

SHARED = ROOT.parent / "shared"


def built() -> None:
    rewordings = [restatement(bigrams(a), bigrams(b)) for a, b in SHORTCOMINGS]
    print(f"rewordings: {min(rewordings):.2f}–{max(rewordings):.2f}")
    for name, convert in (("simplified", str), ("traditional", traditional)):
        pair = planted_pair(chrome=name == "simplified")
        old = fzbg.parse_report(convert(pair.previous))
        new = fzbg.parse_report(convert(pair.current))
        best = [
            max(restatement(item_grams(s), item_grams(o)) for o in old.shortcomings)
            for s in new.shortcomings
        ]
        follow = [
            max(containment(item_grams(p), item_grams(m)) for m in new.measures) for p in old.plans
        ]
        print(name, "copied", [round(best[i], 2) for i in pair.copied])
        print(name, "reworded", [round(best[i], 2) for i in pair.reworded])
        print(name, "new", [round(best[i], 2) for i in pair.fresh])
        print(name, "carried out", [round(follow[i], 2) for i in pair.carried_out])
        print(name, "dropped", [round(follow[i], 2) for i in pair.dropped])


def real() -> None:
    paths = sorted(SHARED.glob("seeds/*.txt")) + sorted(SHARED.glob("corpus*/*.txt"))
    reports = [fzbg.parse_report(p) for p in paths]
    repeat, follow = 0.0, []
    for a, b in itertools.permutations(reports, 2):
        if a.issuer == b.issuer:
            continue
        for s in b.shortcomings:
            for o in a.shortcomings:
                repeat = max(repeat, restatement(item_grams(s), item_grams(o)))
        if b.measures:
            follow += [
                max(containment(item_grams(p), item_grams(m)) for m in b.measures) for p in a.plans
            ]
    follow.sort()
    p99 = follow[int(0.99 * (len(follow) - 1))] if follow else 0.0
    print(f"{len(reports)} real reports of different bodies:")
    print(f"  highest restatement {repeat:.2f} (threshold {REPEAT_THRESHOLD})")
    print(
        f"  containment of a plan in another body's measures: 99th percentile {p99:.2f}, "
        f"highest {max(follow, default=0):.2f} (threshold {FOLLOWUP_THRESHOLD})"
    )


if __name__ == "__main__":
    built()
    if SHARED.is_dir():
        real()

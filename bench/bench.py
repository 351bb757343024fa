"""Benchmark fzbg in one run: throughput, scaling, import time and a 10,000-report batch.

    python bench/bench.py            # everything (a few minutes on two cores)
    python bench/bench.py --quick    # smaller sizes and a 1,000-report batch
    python bench/bench.py --ratio    # only parse ÷ floor on the seeds, interleaved medians

Measured, each against its target from issue 6:

- throughput of ``fzbg.parse_report`` on the seeds (``../shared/seeds``, when present) and
  on generated reports of 10 KB to 10 MB, against one bare ``regex`` pass over the same text
  (the floor) and against ``cn2an.transform`` (target: ≥ 20 MB/s on the seeds, ≥ 10× faster
  than cn2an);
- scaling: 100× the text in ≤ 120× the time;
- ``import fzbg`` in a fresh interpreter (target ≤ 0.3 s);
- ``fzbg batch DIR --out FILE.jsonl --jobs 2`` on 10,000 generated reports (target < 60 s).

Sizes are UTF-8 bytes; times are the best of a few runs (the minimum is the least noisy
estimate on a shared machine). The generated reports are invented text in the genre's
style, built from a fixed seed, so every run measures the same input.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import cn2an
import regex

import fzbg
from fzbg.examples import example_report_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"

# The floor: one pass of one compiled pattern over the text, the least any regex-based
# parser must spend. It looks for the genre's level-1 and level-2 heading markers.
FLOOR = regex.compile(r"^[ \t\u3000]*[(（]?[一二三四五六七八九十]+[、)）]", regex.MULTILINE)

NUMERALS = "一二三四五六七八九十"
MEASURES = [
    "健全依法决策机制。严格落实重大行政决策程序，全年审查规范性文件{n}件，合法性审查率达100%。",
    "推进严格规范公正文明执法。开展执法案卷评查{n}次，组织执法人员培训{m}期，培训{k}人次。",
    "深化普法宣传教育。开展“法律进社区”活动{n}场次，发放宣传资料{k}余份，受众约{m}万人。",
    "依法化解矛盾纠纷。调处各类纠纷{k}起，调解成功率{p}%，办理行政复议案件{n}件。",
    "加强政务公开。主动公开政府信息{k}条，办理依申请公开{n}件，按时答复率100%。",
    "落实《中华人民共和国行政处罚法》和《法治政府建设实施纲要（2021－2025年）》，"
    "印发《关于进一步规范行政执法的通知》（某政办发〔2024〕{n}号）。",
]
SHORTCOMINGS = [
    "法治宣传形式较为单一，针对性和实效性不强，主要原因是宣传力量不足。",
    "基层执法人员专业化水平有待提升，持证执法人员仅{n}名。",
    "行政复议和应诉工作能力仍有差距，究其原因是专业人才缺乏。",
]
PLANS = [
    "持续深化法治思想学习，全年组织集中学法不少于{n}次。",
    "不断提升依法行政水平，推动重大行政决策合法性审查全覆盖。",
    "精准开展法治宣传教育，打造法治文化阵地{n}个。",
]


PROSE = [
    "坚持把法治政府建设摆在全局工作的重要位置，与经济社会发展同部署、同推进、同考核。",
    "进一步健全完善工作机制，压实各部门主体责任，推动各项任务落地见效。",
    "注重发挥典型示范引领作用，在全区营造尊法学法守法用法的浓厚氛围。",
    "坚持问题导向和目标导向，聚焦群众急难愁盼问题，持续提升依法行政能力和水平。",
]


def generate_report(size: int, rng: random.Random) -> str:
    """Build a report of about ``size`` UTF-8 bytes: four sections, eight numbered measures
    whose paragraphs grow with the size, about one sentence in two with a quantity, and
    citations of laws and 文号."""

    def fill(template: str) -> str:
        return template.format(
            n=rng.randint(2, 99), m=rng.randint(2, 30), k=rng.randint(100, 9999),
            p=rng.choice(["95", "98.5", "100"]),
        )  # fmt: skip

    head = ["某某区2024年度法治政府建设情况报告", "市人民政府：",
            "2024年，我区坚持以习近平法治思想为指导，现将有关情况报告如下：",
            "一、2024年推进法治政府建设的主要举措和成效"]  # fmt: skip
    tail = ["二、存在的不足和原因",
            "".join(f"{'一二三'[i]}是{fill(t)}" for i, t in enumerate(SHORTCOMINGS)),
            "三、党政主要负责人履行推进法治建设第一责任人职责情况",
            "区委、区政府主要负责人认真履行第一责任人职责，主持召开专题会议4次。",
            "四、2025年推进法治政府建设的主要安排",
            *(f"（{NUMERALS[i]}）{fill(t)}" for i, t in enumerate(PLANS)),
            "特此报告。", "某某区人民政府", "2025年1月20日"]  # fmt: skip
    items = [[f"（{NUMERALS[i]}）", fill(MEASURES[i % len(MEASURES)])] for i in range(8)]
    total = len("\n".join(head + tail + ["".join(i) for i in items]).encode("utf-8"))
    i = 0
    while total < size:
        sentence = fill(rng.choice(MEASURES)) if rng.random() < 0.5 else rng.choice(PROSE)
        items[i % len(items)].append(sentence)
        total += len(sentence.encode("utf-8"))
        i += 1
    return "\n".join([*head, *("".join(item) for item in items), *tail]) + "\n"


def best_time(fn: Callable[[], object], *, repeat: int, budget: float = 5.0) -> float:
    """The best wall time of ``fn`` over ``repeat`` runs (fewer when a run takes long)."""
    times: list[float] = []
    started = time.perf_counter()
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
        if time.perf_counter() - started > budget:
            break
    return min(times)


def interleaved_ratio(texts: list[str], *, rounds: int = 41) -> tuple[float, float, float]:
    """Median seconds of a parse of ``texts`` and of one floor pass over them, and the
    median of the per-round ratios.

    The two run alternately in the same rounds, so that a drift in the machine's speed
    touches both; each round times the processor time of this thread
    (:func:`time.thread_time`), so that the other jobs of a shared machine, which take the
    processor away in slices of milliseconds, do not count; and the floor is passed over
    the texts as many times as takes about as long as a parse, so that both see the
    same share of cache misses and timer ticks.
    """
    passes = max(1, round(best_time(lambda: parse_all(texts), repeat=5)
                          / best_time(lambda: floor_all(texts), repeat=20)))  # fmt: skip
    parses: list[float] = []
    floors: list[float] = []
    for _ in range(rounds):
        t0 = time.thread_time()
        parse_all(texts)
        t1 = time.thread_time()
        for _ in range(passes):
            floor_all(texts)
        t2 = time.thread_time()
        parses.append(t1 - t0)
        floors.append((t2 - t1) / passes)
    ratios = [p / f for p, f in zip(parses, floors, strict=True)]
    return statistics.median(parses), statistics.median(floors), statistics.median(ratios)


def parse_all(texts: list[str]) -> None:
    for t in texts:
        fzbg.parse_report(t)


def floor_all(texts: list[str]) -> None:
    for t in texts:
        sum(1 for _ in FLOOR.finditer(t))


def measure(texts: list[str], *, repeat: int) -> dict[str, float]:
    """Seconds per pass over ``texts`` for fzbg, the regex floor and cn2an.transform."""

    def parse() -> None:
        parse_all(texts)

    def floor() -> None:
        floor_all(texts)

    def transform() -> None:
        for t in texts:
            cn2an.transform(t, "cn2an")

    return {
        "fzbg": best_time(parse, repeat=repeat),
        "regex": best_time(floor, repeat=repeat),
        "cn2an": best_time(transform, repeat=max(1, repeat // 2)),
    }


def mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def import_time(runs: int = 7) -> float:
    """Median seconds for ``import fzbg`` in a fresh interpreter."""
    code = "import time; t=time.perf_counter(); import fzbg; print(time.perf_counter()-t)"
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        times.append(float(out))
    return statistics.median(times)


def batch_time(n: int, jobs: int, rng: random.Random) -> tuple[float, str]:
    """Seconds for ``fzbg batch`` over ``n`` generated reports, and its summary line."""
    with tempfile.TemporaryDirectory(prefix="fzbg-bench-") as tmp:
        root = Path(tmp, "reports")
        for i in range(n):
            folder = root / f"{i // 1000:02d}"
            folder.mkdir(parents=True, exist_ok=True)
            size = rng.choice([3000, 6000, 12000])
            (folder / f"{i:05d}.txt").write_text(generate_report(size, rng), encoding="utf-8")
        out = Path(tmp, "out.jsonl")
        command = [sys.executable, "-m", "fzbg", "batch", str(root), "--out", str(out)]
        t0 = time.perf_counter()
        done = subprocess.run(
            [*command, "--jobs", str(jobs)], capture_output=True, text=True, check=True
        )
        seconds = time.perf_counter() - t0
        rows = sum(1 for _ in out.open(encoding="utf-8"))
        assert rows == n, f"{rows} rows for {n} files"
        return seconds, done.stderr.strip().splitlines()[-1]


def row(name: str, size_mb: float, t: dict[str, float]) -> str:
    rate = size_mb / t["fzbg"]
    return (
        f"| {name} | {size_mb * 1000:,.0f} KB | {rate:,.2f} MB/s | {t['fzbg'] * 1000:,.1f} ms "
        f"| {t['fzbg'] / t['regex']:,.0f}× | {t['cn2an'] / t['fzbg']:,.1f}× |"
    )


def print_ratio(rng: random.Random) -> None:
    """Print parse ÷ floor on the seeds (or generated reports), interleaved medians."""
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if seeds:
        name, texts = f"{len(seeds)} seeds", [p.read_text(encoding="utf-8") for p in seeds]
    else:
        name, texts = "5 generated reports", [generate_report(12_000, rng) for _ in range(5)]
    parse, floor, ratio = interleaved_ratio(texts)
    print(f"{name}, {mb(texts) * 1000:,.0f} KB: parse_report {parse * 1000:.2f} ms, "
          f"floor {floor * 1000:.3f} ms (medians of processor time); parse ÷ floor "
          f"{ratio:.1f}× (median of interleaved rounds; target ≤ 20×)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, 1,000 reports")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--ratio", action="store_true", help="only parse ÷ floor, seeds")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # cn2an warns on every number it cannot read
    rng = random.Random(20240101)
    fzbg.parse_report(example_report_text())  # load everything imported on first use
    if args.ratio:
        print_ratio(rng)
        return
    cn2an.transform("三", "cn2an")

    print("| input | size | fzbg | fzbg time | fzbg / regex floor | cn2an / fzbg |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    results: dict[int, dict[str, float]] = {}
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if seeds:
        texts = [p.read_text(encoding="utf-8") for p in seeds]
        print(row(f"{len(seeds)} seeds", mb(texts), measure(texts, repeat=20)), flush=True)
    example = [example_report_text()]
    print(row("shipped example", mb(example), measure(example, repeat=20)), flush=True)
    sizes = [10_000, 100_000, 1_000_000] + ([] if args.quick else [10_000_000])
    for size in sizes:
        text = [generate_report(size, rng)]
        results[size] = measure(text, repeat=5 if size < 1_000_000 else 2)
        label = f"generated {size // 1000:,} KB"
        print(row(label, mb(text), results[size]), flush=True)

    print()
    for small in sizes:
        if small * 100 in results:
            ratio = results[small * 100]["fzbg"] / results[small]["fzbg"]
            verdict = "ok" if ratio <= 120 else "MISSES ≤ 120×"
            print(f"scaling {small // 1000:,} KB → {small // 10:,} KB: {ratio:,.0f}× the time "
                  f"for 100× the text ({verdict})")  # fmt: skip
    seconds = import_time()
    print(f"import fzbg: {seconds:.3f} s (target ≤ 0.3 s)")
    n = 1000 if args.quick else 10_000
    seconds, summary = batch_time(n, args.jobs, rng)
    print(f"fzbg batch, {n:,} reports, --jobs {args.jobs}: {seconds:.1f} s "
          f"(target < 60 s for 10,000)\n  {summary}")  # fmt: skip


if __name__ == "__main__":
    main()

"""Adversarial inputs of about a million characters: parse time must grow linearly.

    python bench/adversarial.py                 # every input at 1/8, 1/4, 1/2 and full size
    python bench/adversarial.py --only dun      # one input
    python bench/adversarial.py --profile dun   # cProfile the full-size input, top 20
    python bench/adversarial.py --check --cpu --size 100000   # exit 1 on super-linear growth

Each input is parsed at growing sizes; the table shows the seconds, the microseconds per
character and how much longer each doubling took (about 2.0 is linear; 4.0 quadratic).
An input stops growing once a size takes longer than ``--budget`` seconds, so a
super-linear case shows up without hanging the run.  ``--cpu`` times the processor time
of this thread instead of the wall clock, which the other jobs of a shared machine
inflate; ``--profile`` always counts processor time.

Issue 12 asks for every input under a second at full size.  On 2026-12-06, on a busy
2-core machine, in processor time, 17 of 34 inputs still took a second or more, the worst
(``newline-markers``, ``part-lines``, ``dun-lines``, ``glued-page-numbers``,
``glued-headings``) 3-4 s: not met; where the time goes is in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import fzbg  # noqa: E402
from fzbg.examples import example_report_text  # noqa: E402

SIZE = 1_000_000  # characters at full size


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * max(1, n // len(unit))


def _report(n: int) -> str:
    text = example_report_text()
    return (text * (n // len(text) + 1))[:n]


def _one_line(n: int) -> str:
    return _report(n).replace("\n", "，")


def _run_together(n: int) -> str:
    return _report(n).replace("\n", " ")  # every break lost to a space: one line


def _wrapped(n: int, breaker: str = "\n") -> str:
    text = _report(n).replace("\n", "")
    return breaker.join(text[at : at + 24] for at in range(0, len(text), 24))


INPUTS: dict[str, Callable[[int], str]] = {
    "one-line": _one_line,  # a whole report with no line break
    "dun": _repeat("一、"),  # 500k 一、
    "dun-lines": _repeat("\n一、"),  # 333k lines of 一、: a section each
    "paren": _repeat("（一）"),  # 250k （一）
    "shi": _repeat("一是"),  # 500k 一是
    "di": _repeat("。第一,"),  # run-in 第一, after every stop
    "part-lines": _repeat("第一部分\n一、\n"),
    "digits": _repeat("1234567890"),
    "qualifiers": _repeat("近1万余多以上"),
    "brackets": _repeat("()（）《》〔〕﹝﹞【】「」"),
    "open-brackets": _repeat("（(《〔【"),
    "close-brackets": _repeat("）)》〕】"),
    "newline-markers": _repeat("\n一、\n（一）\n1、\n(1)\n一是\n①\n一）\n1）\n（一）、"),
    "marker-lines": _repeat("一、主要举措和成效\n"),
    "cue-lines": _repeat("存在的不足和原因\n下一步工作打算\n第一责任人\n"),
    "chrome-lines": _repeat("发布时间:2024-03-01 来源:区司法局 浏览次数:12\n分享到:\n"),
    # one breadcrumb whose last crumb is a run of columns' names before 报告
    "glued-crumbs": lambda n: "首页>政务>" + _repeat("工作动态")(n - 8) + "报告",
    "crumb-lines": _repeat("首页 > 政务 > 工作动态 报告\n"),  # no title behind any of them
    "gloss-like": _repeat("建設(shè)(试行)(1)("),
    "glossed-items": _repeat("（一）高位統(tǒng)籌促落實。全區(qū)開展。\n"),  # titles as written
    "dates": _repeat("2024年1月1日"),
    "references": _repeat("《中华人民共和国行政复议法》钟府办发﹝2021﹞7号"),
    "empty-titles": _repeat("《》"),  # no reference at all
    "law-endings": lambda n: "《" + _repeat("法(法)(条例")(n - 2) + "》",  # one huge title
    "carriage-returns": _repeat("\r"),
    "markdown-marks": _repeat(" " * 40 + "> > - * | |\n"),  # indented marks, no words
    "quoted-lines": _repeat("> | - （一）强化领导 |\n"),  # a copy's marks on every line
    "spaces": _repeat(" "),  # one line of spaces (tabs and 　 fold to the same)
    "glued-page-numbers": _repeat("审查合同— 3 —"),  # a page number glued between words
    "glued-headings": _repeat("。二、存在的问题与不足一是宣传不够??街道高度重视"),  # seams
    "han-numerals": _repeat("一"),
    "wan": _repeat("万"),
    "mixed-numerals": _repeat("万十"),
    "report-x60": _report,  # the shipped example, repeated to size
    "run-together": _run_together,  # a report on one line, spaces where breaks were
    "wrapped-lines": _wrapped,  # hard-wrapped at 24 characters
    "wrapped-spaces": lambda n: _wrapped(n, " "),  # ... with spaces at the wraps
    "inline-spaces": _repeat("1 2 "),  # spaces beside numbers: never a line's end
    "letter-spaced": _repeat("一 二 三 "),  # one line set apart: closed up in one pass
    "letter-spaced-lines": _repeat("二 、 存 在 的 不 足\n云 溪 县\n"),  # and short lines beside
    "spaced-report": lambda n: " ".join(_report(n // 2)),  # every character set apart
}


_clock = time.perf_counter


def _time(text: str) -> float:
    start = _clock()
    fzbg.parse_report(text)
    return _clock() - start


def run(names: list[str], budget: float) -> None:
    print(f"{'input':18} {'chars':>9} {'seconds':>8} {'µs/char':>8} {'×prev':>6}")
    for name in names:
        make = INPUTS[name]
        previous = None
        for fraction in (8, 4, 2, 1):
            text = make(SIZE // fraction)
            seconds = _time(text)
            growth = f"{seconds / previous:6.2f}" if previous else "      "
            print(
                f"{name:18} {len(text):9d} {seconds:8.3f} "
                f"{seconds / len(text) * 1e6:8.3f} {growth}",
                flush=True,
            )
            previous = seconds
            if seconds > budget:
                print(f"{name:18} stopped: over {budget} s")
                break


def check(names: list[str], size: int, limit: float) -> bool:
    """Time each input at a quarter, half and full ``size`` (best of three) and say whether
    the time at full size stayed within ``limit`` times the time at a quarter (linear is 4,
    quadratic 16).  Over two doublings, one slowed by another job on the machine cannot
    fail the check alone; a quadratic path still does."""
    ok = True
    for name in names:
        make = INPUTS[name]
        times = [min(_time(make(size // f)) for _ in range(3)) for f in (4, 2, 1)]
        growth = times[-1] / max(times[0], 1e-4)
        verdict = "ok" if growth <= limit else "SUPER-LINEAR"
        ok = ok and growth <= limit
        print(
            f"{name:18} {times[-1]:8.3f} s at {size} chars, ×{growth:.2f} over 4× size  {verdict}"
        )
    return ok


def profile(name: str) -> None:
    text = INPUTS[name](SIZE)
    profiler = cProfile.Profile(time.thread_time)
    profiler.enable()
    fzbg.parse_report(text)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=sorted(INPUTS))
    parser.add_argument("--profile", choices=sorted(INPUTS))
    parser.add_argument("--budget", type=float, default=20.0)
    parser.add_argument("--check", action="store_true", help="exit 1 on super-linear growth")
    parser.add_argument("--size", type=int, default=SIZE, help="characters at full size")
    parser.add_argument(
        "--limit", type=float, default=8.0, help="largest growth over a fourfold size allowed"
    )
    parser.add_argument("--cpu", action="store_true", help="processor time, not wall time")
    args = parser.parse_args()
    if args.cpu:
        global _clock  # noqa: PLW0603 - the clock of this run
        _clock = time.thread_time
    if args.check:
        sys.exit(0 if check(args.only or list(INPUTS), args.size, args.limit) else 1)
    if args.profile:
        profile(args.profile)
    else:
        run(args.only or list(INPUTS), args.budget)


if __name__ == "__main__":
    main()

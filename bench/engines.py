"""Each compiled pattern of a parse, replayed on stdlib ``re`` and on ``regex``.

    python bench/engines.py              # the seeds (../shared/seeds), else generated reports
    python bench/engines.py --top 60

Every pattern fzbg compiles is wrapped before ``fzbg`` is imported, and the calls of one
round of ``parse_report`` over the texts are recorded (method, text, positions).  Each
pattern's calls are then replayed alone on a pattern compiled from the same source by
each engine, the best of ``--repeat`` replays in processor time, and the results
compared: ``same`` says whether both engines found the same matches on those calls (a
pattern one engine cannot compile shows ``-``).  The rows are ranked by what the other
engine would save.  Only a pattern that means the same in both (no ``\\s``, ``\\d``,
``\\w``, case folding or ``\\p{…}``, whose tables differ) may move; see
``tests/property/test_engine_twins.py``.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
_METHODS = frozenset(
    ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
)
_FLAGS = ("IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII")

Call = tuple[str, tuple[Any, ...], dict[str, Any]]
CALLS: dict[str, list[Call]] = collections.defaultdict(list)
SOURCE: dict[str, tuple[str, str, int]] = {}  # site -> (engine, pattern, flags)
RECORDING = [False]


class _Recorded:
    """A compiled pattern that records its calls while :data:`RECORDING` says so."""

    def __init__(self, pattern: Any, site: str) -> None:
        self._pattern, self._site = pattern, site

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._pattern, name)
        if name not in _METHODS:
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            result = found(*args, **kwargs)
            if name == "finditer":
                result = iter(list(result))
            if RECORDING[0]:
                CALLS[self._site].append((name, args, kwargs))
            return result

        return call

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # isinstance(p, re.Pattern) holds as before
        return type(self._pattern)

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __eq__(self, other: object) -> bool:
        return bool(self._pattern == getattr(other, "_pattern", other))


def _wrap(module: Any) -> None:
    compile_ = module.compile

    def compiled(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        made = compile_(pattern, flags, *args, **kwargs)
        caller = sys._getframe(1).f_code.co_filename
        if "fzbg" not in caller:
            return made
        site = f"{caller.split('src/')[-1]}:{sys._getframe(1).f_lineno}"
        if site in SOURCE and SOURCE[site][1] != made.pattern:  # one line, many patterns
            site += f"#{len([s for s in SOURCE if s.startswith(site)])}"
        SOURCE[site] = (module.__name__, made.pattern, made.flags)
        return _Recorded(made, site)

    module.compile = compiled


def _texts() -> list[str]:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if seeds:
        return [p.read_text(encoding="utf-8") for p in seeds]
    import random  # noqa: PLC0415 (only without the seeds)

    from bench import generate_report  # noqa: PLC0415

    rng = random.Random(7)
    return [generate_report(12_000, rng) for _ in range(5)]


def _flags(flags: int, source: Any, target: Any) -> int:
    return sum(getattr(target, n) for n in _FLAGS if flags & getattr(source, n))


def _seen(result: Any) -> Any:
    if isinstance(result, list):
        return [_seen(r) for r in result]
    if hasattr(result, "span") and hasattr(result, "groups"):
        return (result.span(), result.groups())
    return result


def _replay(pattern: Any, calls: list[Call]) -> list[Any]:
    out = []
    for name, args, kwargs in calls:
        result = getattr(pattern, name)(*args, **kwargs)
        out.append(_seen(list(result) if name == "finditer" else result))
    return out


def _best(pattern: Any, calls: list[Call], repeat: int) -> float:
    """The least processor time of ``repeat`` replays of ``calls``, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.thread_time_ns()
        for name, args, kwargs in calls:
            result = getattr(pattern, name)(*args, **kwargs)
            if name == "finditer":
                for _match in result:
                    pass
        best = min(best, time.thread_time_ns() - t0)
    return best / 1e6


def main() -> None:
    """Record one round, replay each pattern on both engines, print the ranking."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    _wrap(re)
    _wrap(regex)
    import fzbg  # noqa: PLC0415 - after the wrapping, so that every pattern is recorded

    texts = _texts()
    for text in texts:  # the first parse compiles what is compiled on first use
        fzbg.parse_report(text)
    RECORDING[0] = True
    for text in texts:
        fzbg.parse_report(text)
    RECORDING[0] = False
    rows = []
    for site, calls in CALLS.items():
        engine, source, flags = SOURCE[site]
        here = re if engine == "re" else regex
        twins = {}
        for target in (re, regex):
            try:
                twins[target] = target.compile(source, _flags(flags, here, target))
            except (re.error, regex.error):
                continue
        other = regex if here is re else re
        now = _best(twins[here], calls, args.repeat)
        then = _best(twins[other], calls, args.repeat) if other in twins else float("nan")
        same = (
            "-" if other not in twins else _replay(twins[re], calls) == _replay(twins[regex], calls)
        )
        rows.append((now - then, site, engine, len(calls), now, then, same, source))
    rows.sort(key=lambda row: -row[0] if row[0] == row[0] else float("inf"))
    total = sum(row[4] for row in rows)
    print(f"{len(rows)} patterns, {sum(r[3] for r in rows)} calls, {total:.3f} ms a round")
    print(f"{'saved':>7} {'ms now':>7} {'other':>7} {'calls':>5} engine same  site  pattern")
    for saved, site, engine, n, now, then, same, source in rows[: args.top]:
        shown = f"{saved:7.4f} {now:7.4f} {then:7.4f} {n:5} {engine:6} {same!s:5}"
        print(f"{shown} {site}  {source[:50]!r}")


if __name__ == "__main__":
    main()

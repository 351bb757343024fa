"""Measure selectolax (fzbg's extractor) against trafilatura on government-style pages.

    python bench/html_extractors.py

For each page style in ``tests/_pages.py`` and two reports (a short one and the shipped
example), prints per extractor: the share of the report's lines that come out as lines,
how many pieces of site chrome leak into the text, whether the title and the date come
out, and the milliseconds per page.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from _pages import CHROME, PAGES, page_bytes  # noqa: E402
from _texts import BODY, TITLE  # noqa: E402

from fzbg.examples import example_report_text  # noqa: E402
from fzbg.read.html import html_to_text  # noqa: E402

DATE, SOURCE = "2026-01-21", "松溪镇人民政府"


def _fzbg(data: bytes) -> str:
    return html_to_text(data)[0]


def _trafilatura(data: bytes) -> str:
    return trafilatura.extract(data, include_tables=True, favor_recall=True) or ""


try:
    import trafilatura
except ImportError:  # only fzbg's own extractor, then
    EXTRACTORS = [("selectolax", _fzbg)]
else:
    EXTRACTORS = [("selectolax", _fzbg), ("trafilatura", _trafilatura)]


def _measure(
    extract, data: bytes, title: str, lines: list[str]
) -> tuple[float, int, bool, bool, float]:
    start = time.perf_counter()
    for _ in range(5):
        out = extract(data)
    ms = (time.perf_counter() - start) / 5 * 1000
    got = {line.strip(" \u3000\u00a0") for line in out.splitlines()}
    recall = sum(line in got for line in lines) / len(lines)
    leaks = sum(chrome in out for chrome in CHROME)
    return recall, leaks, title in out, DATE in out, ms


def main() -> None:
    example = example_report_text().splitlines()
    reports = {
        "short": (TITLE, BODY),
        "example": (example[0], [x for x in example[2:] if x.strip()]),
    }
    print(
        f"{'page':14} {'report':8} {'extractor':12} {'lines':>6} {'chrome':>6} title date {'ms':>7}"
    )
    totals: dict[str, list[float]] = {}
    for style in PAGES:
        for rname, (title, lines) in reports.items():
            data = page_bytes(style, title, DATE, SOURCE, lines)
            for ename, extract in EXTRACTORS:
                recall, leaks, has_title, has_date, ms = _measure(extract, data, title, lines)
                totals.setdefault(ename, []).append(recall)
                print(
                    f"{style:14} {rname:8} {ename:12} {recall:6.0%} {leaks:6d} "
                    f"{'yes' if has_title else 'no':5} {'yes' if has_date else 'no':4} {ms:7.2f}"
                )
    for ename, recalls in totals.items():
        print(f"{ename}: mean line recall {sum(recalls) / len(recalls):.0%}")


if __name__ == "__main__":
    main()

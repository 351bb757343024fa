"""Read every seed as a scanned PDF by OCR and compare what is parsed with its ``.txt``.

    python bench/ocr_seeds.py                 # all seeds, every page (tens of minutes)
    python bench/ocr_seeds.py --seeds 1 --pages 2 --keep /tmp/ocr   # a quick look

Each seed in ../shared/seeds is printed as the tests print a report (tests/_print.py:
GB/T 9704, 28 characters a line, 22 lines a page, a running head from page 2), every page
is rasterised to a scan as the tests make one (200 dpi, turned a little, specked, a red
seal on the last page), and the scan is parsed with ``fzbg.parse_report`` from a ``.pdf``
file, which reads it by OCR.  The result is compared with ``fzbg.parse_report`` of the
text: the metadata (title, issuer, year, signed, published), the sections (kind and
heading), the share of item titles (every level, whitespace ignored) and of quantities
(value, unit) of the text that the scan's report has too, counted with multiplicity.

The recogniser writes Chinese punctuation full width (``，``) where a seed may have it
half width (``,``): the column ``folded`` counts the titles equal in the library's
matching view (:func:`fzbg.text.normalize.fold`), where the two are one, and headings
are always compared so.  The last column is the same comparison (titles folded,
quantities) for the printed PDF read from its text layer: what the print and the layout
stage lose before OCR has any part in it.

``--pages N`` keeps the paragraphs of a seed that fit on its first N printed pages.
``--keep DIR`` writes each page's recognised runs there (``<seed>-p<n>.json``: corners,
text, confidence) and the lines built from them (``<seed>-p<n>.txt``) to look at;
``--keep DIR --replay`` takes the runs from there instead of recognising the pages again,
to compare in seconds after a change to the line building or the parser (the seconds a
page are then not OCR's).

The OCR extra (``fzbg[ocr]``), reportlab (``fzbg[dev]``, to print) and ../shared/seeds
are needed; without them the script says so and exits 0.

Measured 2026-12-06, 39 pages, on the development machine (two cores shared with other
helpers' jobs, the script under ``nice -n 19``, onnxruntime's own threads) at load
average about 4; an earlier run at load 6-9 took 20.7 s a page (12-29 by seed) and,
replayed, gives the same counts.  See docs/attachments.md, "The seeds as scans"::

    seed | pages | meta         | sections          | titles | folded | quantities | s/page
    000  | 13    | ok           | ok                | 30/35  | 34/35  | 33/33      | 8.8
    001  | 7     | issuer wrong | ok                | 24/27  | 26/27  | 12/13      | 6.4
    002  | 5     | ok           | shortcomings lost | 6/13   | 9/13   | 39/39      | 6.3
    003  | 6     | ok           | ok                | 26/27  | 26/27  | 18/18      | 7.3
    004  | 8     | ok           | ok                | 12/25  | 24/25  | 44/46      | 7.0
    all  | 39    | 4 of 5       | 4 of 5            | 77 %   | 94 %   | 98 %       | 7.5

The text-layer PDF of the same print has 001's issuer wrong too, and 33/35, 26/27,
13/13, 26/27, 24/25 titles (folded) and the same quantities.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

import fzbg  # noqa: E402
from fzbg.read.ocr import have_ocr  # noqa: E402
from fzbg.text.normalize import fold  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
_ORIGINAL: dict[str, Any] = {}  # the OCR engine before _record wrapped it
META = ("title", "issuer", "year", "signed", "published")


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def _titles(items: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item.title:
            out.append(_squash(item.title))
        out.extend(_titles(item.children))
    return out


def _share(want: list[Any], got: list[Any]) -> tuple[int, int]:
    """How many of ``want`` are in ``got``, counted with multiplicity."""
    have = Counter(got)
    return sum(min(n, have[k]) for k, n in Counter(want).items()), len(want)


def _first_pages(text: str, pages: int) -> str:
    """The paragraphs of ``text`` that fit on its first ``pages`` printed pages."""
    from _print import LINES, wrap  # noqa: PLC0415 - tests/ is on the path only here

    kept, used = [], 0
    for paragraph in text.split("\n"):
        body = paragraph.strip()
        if not body:
            continue
        used += len(wrap(body))
        if used > pages * LINES:
            break
        kept.append(body)
    return "\n".join(kept) + "\n"


def compare(plain: Any, scanned: Any) -> dict[str, Any]:
    """What of ``plain`` (the text's report) ``scanned`` (the scan's) got right."""
    items = [i for s in plain.sections for i in s.items]
    got_items = [i for s in scanned.sections for i in s.items]
    return {
        "meta": {k: getattr(plain, k) == getattr(scanned, k) for k in META},
        "sections": [(s.kind, fold(_squash(s.heading))) for s in plain.sections]
        == [(s.kind, fold(_squash(s.heading))) for s in scanned.sections],
        "titles": _share(_titles(items), _titles(got_items)),
        "folded": _share([fold(t) for t in _titles(items)], [fold(t) for t in _titles(got_items)]),
        "quantities": _share(
            [(q.value, q.unit) for q in plain.quantities],
            [(q.value, q.unit) for q in scanned.quantities],
        ),
    }


def _record(keep: Path | None, stem: str, *, replay: bool) -> None:
    """Make the OCR write each page's boxes and text to ``keep`` (or read the boxes back)."""
    from fzbg.read import ocr, pdf  # noqa: PLC0415

    engine = None if replay else _ORIGINAL.setdefault("engine", ocr._engine)
    count = [0]

    def run(image: Any) -> tuple[Any, None]:
        assert keep is not None
        boxes = keep / f"{stem}-p{count[0]}.json"
        if engine is None:
            return json.loads(boxes.read_text(encoding="utf-8")), None
        result, _ = engine()(image)
        rows = [([[float(v) for v in xy] for xy in c], t, float(p)) for c, t, p in result or ()]
        boxes.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        return rows, None

    def page(document_page: Any) -> tuple[str, float | None]:
        count[0] += 1
        text, confidence = ocr.ocr_page(document_page)
        assert keep is not None
        (keep / f"{stem}-p{count[0]}.txt").write_text(text + "\n", encoding="utf-8")
        return text, confidence

    if keep is not None:
        ocr._engine = lambda: run  # type: ignore[assignment]
        pdf.ocr_page = page  # type: ignore[assignment]


def _pct(part: tuple[int, int]) -> str:
    return f"{part[0]}/{part[1]} ({100 * part[0] / part[1]:.0f}%)" if part[1] else "0/0"


def _layer(result: dict[str, Any]) -> str:
    """The text-layer PDF's comparison in short: what is lost before OCR."""
    meta = "ok" if all(result["meta"].values()) else "meta wrong"
    sections = "ok" if result["sections"] else "sections wrong"
    return f"{meta}, {sections}, {_pct(result['folded'])}, {_pct(result['quantities'])}"


def _misses(plain: Any, scanned: Any) -> list[str]:
    lines = [
        f"    {k}: {getattr(plain, k)!r} -> {getattr(scanned, k)!r}"
        for k in META
        if getattr(plain, k) != getattr(scanned, k)
    ]
    want = [(s.kind.name, fold(_squash(s.heading))) for s in plain.sections]
    got = [(s.kind.name, fold(_squash(s.heading))) for s in scanned.sections]
    if want != got:
        lines.append(f"    sections: {want}\n           -> {got}")
    got = _titles(i for s in scanned.sections for i in s.items)
    titles = Counter(got)
    for title in _titles(i for s in plain.sections for i in s.items):
        if titles[title] > 0:
            titles[title] -= 1
        else:
            near = difflib.get_close_matches(title, got, n=1, cutoff=0.3)
            lines.append(
                f"    title missed: {title}\n               got: {near[0] if near else None}"
            )
    return lines


def run_seed(
    path: Path, pages: int | None, keep: Path | None, *, replay: bool = False
) -> tuple[dict[str, Any], int, float]:
    """Scan one seed, read it by OCR; its comparison, its page count and the seconds."""
    from _print import layout, print_pdf, scan_pdf  # noqa: PLC0415

    text = path.read_text(encoding="utf-8")
    if pages is not None:
        text = _first_pages(text, pages)
    printed = print_pdf(text, running_head="内部资料")
    scan = scan_pdf(printed, dpi=200)
    count = len(layout(text))
    _record(keep, path.stem, replay=replay)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / f"{path.stem}.pdf"
        pdf.write_bytes(scan)
        start = time.perf_counter()
        scanned = fzbg.parse_report(pdf)
        seconds = time.perf_counter() - start
        pdf.write_bytes(printed)
        layered = fzbg.parse_report(pdf)
    plain = fzbg.parse_report(text)
    result = compare(plain, scanned)
    result["misses"] = _misses(plain, scanned)
    result["layer"] = compare(plain, layered)
    return result, count, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=None, help="the first N seeds only")
    parser.add_argument("--pages", type=int, default=None, help="the first N pages a seed")
    parser.add_argument("--keep", type=Path, default=None, help="write the OCR text here")
    parser.add_argument(
        "--replay", action="store_true", help="read the pages' text from --keep, no OCR"
    )
    args = parser.parse_args()
    if not have_ocr():
        print("skipped: OCR is not installed (pip install 'fzbg[ocr]')")
        return 0
    if importlib.util.find_spec("reportlab") is None:
        print("skipped: printing the seeds needs reportlab (pip install -e '.[dev]')")
        return 0
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        print(f"skipped: no seeds in {SEEDS}")
        return 0
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    print(f"load average at start: {os.getloadavg()[0]:.1f}", flush=True)
    total_pages, total_seconds = 0, 0.0
    header = (
        "seed | pages | meta | sections | item titles | folded | quantities | s/page | text PDF"
    )
    print(header + "\n" + re.sub(r"[^|]", "-", header), flush=True)
    for path in seeds[: args.seeds]:
        result, count, seconds = run_seed(path, args.pages, args.keep, replay=args.replay)
        total_pages, total_seconds = total_pages + count, total_seconds + seconds
        meta = (
            "ok"
            if all(result["meta"].values())
            else "wrong: " + ", ".join(k for k, ok in result["meta"].items() if not ok)
        )
        print(
            f"{path.stem[:3]} | {count} | {meta} | {'ok' if result['sections'] else 'wrong'} | "
            f"{_pct(result['titles'])} | {_pct(result['folded'])} | "
            f"{_pct(result['quantities'])} | {seconds / count:.1f} | {_layer(result['layer'])}",
            flush=True,
        )
        for line in result["misses"]:
            print(line, flush=True)
    if total_pages:
        print(
            f"{total_pages} pages in {total_seconds:.0f} s: "
            f"{total_seconds / total_pages:.1f} s/page"
        )
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

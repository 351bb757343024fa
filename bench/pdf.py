"""Measure the attachment readers: text PDFs in pages a second, OCR in seconds a page.

    python bench/pdf.py            # text PDFs (PDFium and pdfminer.six), OFD, .doc
    python bench/pdf.py --ocr 1    # and OCR of one scanned page (seconds: slow)

The PDFs are the seeds in ../shared/seeds (else the invented report of tests/_print.py)
printed as an office prints a report (GB/T 9704).  The process is pinned to one core
where the system allows it.  ``--check`` exits non-zero when text PDFs read at fewer
than 20 pages a second.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from _ofd import write_ofd  # noqa: E402
from _print import REPORT, print_pdf, scan_pdf  # noqa: E402

from fzbg.read.doc import read_doc  # noqa: E402
from fzbg.read.ofd import read_ofd  # noqa: E402
from fzbg.read.pdf import read_pdf  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
TARGET = 20.0  # pages a second, one core


def _texts() -> list[str]:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    return [p.read_text(encoding="utf-8") for p in seeds] or [REPORT]


def _best(run: object, repeat: int = 3) -> float:
    assert callable(run)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _pdfminer(pdfs: list[bytes]) -> None:
    from pdfminer.high_level import extract_text  # noqa: PLC0415

    for pdf in pdfs:
        extract_text(io.BytesIO(pdf))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ocr", type=int, default=0, help="scanned pages to OCR")
    parser.add_argument("--check", action="store_true", help="fail below the target")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    pdfs = [print_pdf(text, running_head="内部资料") for text in _texts()]
    pages = sum(int(dict(read_pdf(pdf, "x")[1])["pages"]) for pdf in pdfs)
    seconds = _best(lambda: [read_pdf(pdf, "bench.pdf") for pdf in pdfs])
    rate = pages / seconds
    print(f"text PDF, PDFium (fzbg): {pages} pages, {rate:7.1f} pages/s")
    try:
        seconds = _best(lambda: _pdfminer(pdfs), repeat=1)
        print(f"text PDF, pdfminer.six:  {pages} pages, {pages / seconds:7.1f} pages/s")
    except ImportError:
        print("text PDF, pdfminer.six:  not installed")
    ofds = [write_ofd(text) for text in _texts()]
    seconds = _best(lambda: [read_ofd(ofd, "bench.ofd") for ofd in ofds])
    print(f"OFD:                     {pages} pages, {pages / seconds:7.1f} pages/s")
    doc = (ROOT / "tests" / "fixtures" / "attachments" / "report.doc").read_bytes()
    seconds = _best(lambda: [read_doc(doc, "bench.doc") for _ in range(20)])
    print(f".doc:                    {20 / seconds:7.1f} files/s (3-page report)")
    if args.ocr:
        scan = scan_pdf(pdfs[0], pages=args.ocr)
        seconds = _best(lambda: read_pdf(scan, "scan.pdf"), repeat=1)
        print(f"OCR:                     {seconds / args.ocr:7.1f} s/page")
    return 1 if args.check and rate < TARGET else 0


if __name__ == "__main__":
    sys.exit(main())

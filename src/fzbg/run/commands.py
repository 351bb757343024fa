"""What the ``fzbg`` commands do once :mod:`fzbg.run.cli` has parsed their arguments.

The runners of ``demo``, ``parse``, ``check``, ``compare`` and ``review`` (``batch`` runs
in :mod:`fzbg.run.cli`, ``indicators`` in :mod:`fzbg.run.indicators_cmd`), the exit
statuses they return, and their helpers: expanding directories, loading a report with one
line on stderr when it fails.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from fzbg.analyze.check import check
from fzbg.analyze.compare import compare
from fzbg.analyze.compare_view import comparison_dict, comparison_outline
from fzbg.analyze.export import to_dict
from fzbg.analyze.outline import outline
from fzbg.analyze.review import review_html
from fzbg.api import parse_report
from fzbg.errors import FzbgError, SourceNotFoundError
from fzbg.examples import example_report_text
from fzbg.model import Report
from fzbg.run.files import iter_files, read_report

__all__ = [
    "EXIT_FAILED_FILES",
    "EXIT_FINDINGS",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "STDIN",
]

STDIN = Path("-")
"""The PATH that stands for standard input."""

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_FAILED_FILES = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


# --- commands -----------------------------------------------------------------------------


def _run_demo(args: argparse.Namespace) -> int:
    _print_report(parse_report(example_report_text()), args.format, sys.stdout)
    return EXIT_OK


def _run_parse(args: argparse.Namespace) -> int:
    status = EXIT_OK
    paths = _expand(args.paths)
    several = len(paths) > 1
    for i, path in enumerate(paths):
        report, error = _load(path)
        if report is None:
            status = EXIT_USAGE
        if args.format == "json":
            data = to_dict(report) if report is not None else None
            record = {"path": str(path), "error": error, "report": data}
            print(json.dumps(record, ensure_ascii=False, indent=2 if not several else None))
        elif report is not None:
            if several:
                print(("\n" if i else "") + f"== {path}")
            print(outline(report))
    return status


def _run_check(args: argparse.Namespace) -> int:
    fail_on: set[str] = set().union(*args.fail_on)
    status = EXIT_OK
    failed = False
    for path in _expand(args.paths):
        report, _ = _load(path)
        if report is None:
            status = EXIT_USAGE
            continue
        findings = check(report, issuer_kind=args.issuer_kind).findings
        for f in findings:
            where = f" @{f.span.start}-{f.span.end}" if f.span is not None else ""
            print(f"{path}: {f.code}{where}: {f.message}")
            failed = failed or "any" in fail_on or f.code in fail_on
        if not findings:
            print(f"{path}: ok")
    return status if status != EXIT_OK else (EXIT_FINDINGS if failed else EXIT_OK)


def _run_compare(args: argparse.Namespace) -> int:
    (old, _), (new, _) = _load(args.old), _load(args.new)
    if old is None or new is None:
        return EXIT_USAGE
    result = compare(old, new)
    if args.format == "json":
        data = comparison_dict(old, new, result)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(comparison_outline(old, new, result))
    return EXIT_OK


def _run_review(args: argparse.Namespace) -> int:
    if not args.directory.is_dir():
        return _fail(f"{args.directory}: not a directory")
    if not args.html.parent.is_dir():
        return _fail(f"{args.html}: the folder {args.html.parent} does not exist")
    reports: list[tuple[str, Report]] = []
    errors: list[tuple[str, str]] = []
    for path in iter_files(args.directory):
        name = path.relative_to(args.directory).as_posix()
        try:
            reports.append((name, read_report(path)))
        except FzbgError as exc:
            errors.append((name, str(exc)))
        except OSError as exc:
            errors.append((name, exc.strerror or str(exc)))
    try:
        page = review_html(reports, errors, title=args.title)
        args.html.write_text(page, encoding="utf-8")
    except (FzbgError, OSError) as exc:
        return _fail(str(exc))
    print(f"{args.html}: {len(reports)} reports, {len(errors)} unreadable", file=sys.stderr)
    return EXIT_OK


# --- helpers ------------------------------------------------------------------------------


def _expand(paths: Sequence[Path]) -> list[Path]:
    """The paths, each directory replaced by the files below it (as ``batch`` reads them)."""
    return [file for path in paths for file in _files(path)]


def _files(path: Path) -> Iterator[Path]:
    files = iter_files(path) if path != STDIN and path.is_dir() else iter(())
    first = next(files, None)
    yield path if first is None else first
    yield from files


def _load(path: Path) -> tuple[Report | None, str | None]:
    """Parse ``path`` (``-``: standard input); on failure say why on stderr, one line."""
    try:
        if path == STDIN:
            return parse_report(sys.stdin.buffer.read()), None
        if path.is_dir():  # what _expand leaves of a directory: it holds no file
            raise SourceNotFoundError(f"{path}: a directory with no report files in it")
        return read_report(path), None
    except FzbgError as exc:
        error = f"{type(exc).__name__}: {exc}"
        _fail(str(exc))
    except OSError as exc:
        error = f"{type(exc).__name__}: {path}: {exc.strerror or exc}"
        _fail(f"{path}: {exc.strerror or exc}")
    return None, error


def _print_report(report: Report, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        out.write(json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(outline(report) + "\n")


def _fail(message: str) -> int:
    print(f"fzbg: {message}", file=sys.stderr)
    return EXIT_USAGE

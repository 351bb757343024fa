"""The ``fzbg`` command line: a thin layer over the library.

::

    fzbg demo                                  # parse the shipped example, print its outline
    fzbg parse PATH... [--format text|json]    # outline, or {"path", "error", "report"} JSON
    fzbg check PATH... [--fail-on CODE|any]    # compliance findings, one line each
    fzbg batch DIR [--out FILE.jsonl|FILE.jsonl.gz|FILE.parquet] [--tables OUT_DIR] [--jobs N]
    fzbg indicators PATH|DIR... --out FILE.csv|FILE.parquet|FILE.xlsx
    fzbg compare OLD NEW [--format text|json]  # last year's report against this year's
    fzbg review DIR --html OUT.html            # one page for reviewing a folder of reports

A PATH may be a directory (every report file below it, by suffix and in natural order,
as ``batch`` reads them) or ``-`` for standard input.

Exit status: 0 on success; 1 when ``check --fail-on`` matched a finding or when ``batch``
wrote an error row for a file (unless ``--allow-errors``); 2 for an argument error or a
file that could not be read (one line on stderr, no traceback); 130 when interrupted.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import fzbg
from fzbg.analyze.check import CODES, CODES_ZH
from fzbg.errors import FzbgError
from fzbg.run.batch import DEFAULT_TIMEOUT, run_batch
from fzbg.run.commands import (
    EXIT_FAILED_FILES,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    STDIN,
    _fail,
    _run_check,
    _run_compare,
    _run_demo,
    _run_parse,
    _run_review,
)
from fzbg.run.indicators_cmd import add_indicators_command
from fzbg.run.writers import output_suffix, unknown_output

__all__ = ["STDIN", "build_parser", "main"]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``fzbg`` command line.

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` when None.

    Returns:
        The exit status (see the module docstring).

    Example:
        >>> main(["check", "/no/such/report.txt"])
        2

    """
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        print("fzbg: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `fzbg parse … | head`: the reader left, nothing to report
        _silence_stdout()
        return EXIT_OK
    return status


def build_parser() -> argparse.ArgumentParser:
    """Build the ``fzbg`` argument parser (the docs' command-line page is made from it).

    Returns:
        The parser, with one sub-parser per command.

    Example:
        >>> sorted(build_parser()._subparsers._group_actions[0].choices)
        ['batch', 'check', 'compare', 'demo', 'indicators', 'parse', 'review']

    """
    parser = _Parser(
        prog="fzbg",
        description="Parse Chinese rule-of-law government annual reports (法治政府建设年度报告).",
    )
    parser.add_argument("--version", action="version", version=f"fzbg {fzbg.__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    demo = commands.add_parser(
        "demo", help="parse the example report shipped with fzbg and print its outline"
    )
    demo.add_argument("--format", choices=("text", "json"), default="text")
    demo.set_defaults(run=_run_demo)

    parse = commands.add_parser("parse", help="parse reports; print outlines or JSON")
    parse.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=_PATHS_HELP)
    parse.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help='text: a readable outline (default); json: one line per PATH, {"path", "error", '
        '"report"} with the report as fzbg.to_dict gives it',
    )
    parse.set_defaults(run=_run_parse)

    _add_check(commands)
    _add_batch(commands)
    add_indicators_command(commands)
    _add_compare(commands)
    _add_review(commands)
    return parser


_PATHS_HELP = "a report file, a directory (every file below it) or - for standard input"


def _add_check(commands: argparse._SubParsersAction[_Parser]) -> None:
    check = commands.add_parser(
        "check",
        help="check reports against the statutory rules",
        epilog="finding codes (for --fail-on):\n"
        + "\n".join(f"  {code:28} {CODES_ZH[code]}" for code in CODES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=_PATHS_HELP)
    check.add_argument(
        "--issuer-kind",
        choices=("government", "department"),
        default=None,
        help="departments must publish by 1 March, governments by 1 April (default: inferred "
        "from how the issuer's name ends, 局/委/办 against 人民政府/县/镇/街道; government when "
        "it does not say)",
    )
    check.add_argument(
        "--fail-on",
        action="append",
        default=[],
        type=_codes,
        metavar="CODE|any",
        help="exit with status 1 when a finding has this code (repeat or separate with commas; "
        "'any' for every code; the codes are listed below)",
    )
    check.set_defaults(run=_run_check)


def _add_batch(commands: argparse._SubParsersAction[_Parser]) -> None:
    batch = commands.add_parser(
        "batch",
        help="parse every report under a directory into one file of rows, or into tables",
        description="Parse every report under DIR (files whose suffix fzbg reads, in natural "
        "order; others are skipped and counted) in parallel worker processes.",
    )
    batch.add_argument(
        "directory", type=Path, metavar="DIR", help="the folder of reports (and its folders)"
    )
    batch.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help='FILE.jsonl, FILE.jsonl.gz or FILE.parquet: one row per file, {"path", "error", '
        '"report"} (Parquet: the metadata in columns, the report as JSON)',
    )
    batch.add_argument(
        "--tables",
        type=Path,
        metavar="OUT_DIR",
        help="write the tidy tables of fzbg.to_frames to OUT_DIR, one Parquet file per table "
        "(reports.parquet, sections.parquet, …) keyed by each file's path below DIR; read them "
        "with fzbg.read_tables (needs fzbg[pandas]; give --out, --tables or both)",
    )
    batch.add_argument(
        "--jobs",
        type=_positive_int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes (default: the number of CPUs)",
    )
    batch.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a file after this long, with an error row (default: {DEFAULT_TIMEOUT:g}; "
        "0 for no limit)",
    )
    batch.add_argument(
        "--allow-errors",
        action="store_true",
        help="exit with status 0 even when some files got an error row (default: status 1)",
    )
    batch.set_defaults(run=_run_batch)


def _add_compare(commands: argparse._SubParsersAction[_Parser]) -> None:
    compare_ = commands.add_parser(
        "compare", help="compare a body's report with its report of the year before"
    )
    compare_.add_argument("old", type=Path, metavar="OLD", help="last year's report")
    compare_.add_argument("new", type=Path, metavar="NEW", help="this year's report")
    compare_.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: the two reports side by side (default); json: the comparison as data",
    )
    compare_.set_defaults(run=_run_compare)


def _add_review(commands: argparse._SubParsersAction[_Parser]) -> None:
    review = commands.add_parser(
        "review", help="one HTML page for reviewing every report under a directory"
    )
    review.add_argument("directory", type=Path, metavar="DIR")
    review.add_argument(
        "--html", required=True, type=Path, metavar="OUT.html", help="the page to write"
    )
    review.add_argument("--title", default="法治政府建设年度报告 review", help="the page's title")
    review.set_defaults(run=_run_review)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more seconds, got {text}")
    return value


def _codes(text: str) -> set[str]:
    codes = {code.strip() for code in text.split(",") if code.strip()}
    if unknown := sorted(codes - {*CODES, "any"}):
        valid = ", ".join(["any", *CODES])
        raise argparse.ArgumentTypeError(f"unknown code {', '.join(unknown)}; valid: {valid}")
    return codes


# --- batch --------------------------------------------------------------------------------


# The other commands run in fzbg.run.commands; this one calls run_batch through this
# module, where the tests swap it for one that crashes.
def _run_batch(args: argparse.Namespace) -> int:
    if (problem := _batch_problem(args.directory, args.out, args.tables)) is not None:
        return _fail(problem)
    try:
        summary = run_batch(
            args.directory,
            args.out,
            tables=args.tables,
            jobs=args.jobs,
            progress=sys.stderr.isatty(),
            timeout=args.timeout or None,
        )
    except (FzbgError, OSError) as exc:
        return _fail(str(exc))
    print(summary.describe(), file=sys.stderr)
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED_FILES if summary.errors and not args.allow_errors else EXIT_OK


def _batch_problem(directory: Path, out: Path | None, tables: Path | None) -> str | None:
    """Why a batch with these paths cannot run, if it cannot: before any file is read."""
    if not directory.is_dir():
        return f"{directory}: not a directory"
    if out is None and tables is None:
        return "give --out FILE, --tables DIR or both"
    if out is not None and output_suffix(out) is None:
        return unknown_output(out)
    for path in (out, tables):
        if path is not None and not path.parent.is_dir():
            return f"{path}: the folder {path.parent} does not exist"
    if tables is not None and tables.exists() and not tables.is_dir():
        return f"{tables}: is a file, not a folder for the tables"
    return None


def _silence_stdout() -> None:
    """Point stdout at devnull so that the interpreter's final flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())

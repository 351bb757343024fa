"""The ``fzbg`` command line: a thin layer over the library.

::

    fzbg demo                                  # parse the shipped example, print its outline
    fzbg parse PATH... [--format text|json]    # outline, or to_dict as JSON
    fzbg check PATH... [--fail-on CODE|any]    # compliance findings, one line each
    fzbg batch DIR --out FILE.jsonl|FILE.parquet [--jobs N]

Exit status: 0 on success; 1 when ``check --fail-on`` matched a finding; 2 for an
argument error or a file that could not be read (one line on stderr, no traceback);
130 when interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

import fzbg
from fzbg.analyze.check import check
from fzbg.analyze.export import to_dict
from fzbg.analyze.outline import outline
from fzbg.api import parse_report
from fzbg.errors import FzbgError
from fzbg.examples import example_report_text
from fzbg.model import Report
from fzbg.run.batch import DEFAULT_TIMEOUT, run_batch
from fzbg.run.files import read_report

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


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
        >>> main(["parse", "--format", "json", "/no/such/report.txt"])
        2

    """
    args = _build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        print("fzbg: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `fzbg parse … | head`: the reader left, nothing to report
        _silence_stdout()
        return EXIT_OK
    return status


def _build_parser() -> argparse.ArgumentParser:
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
    parse.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parse.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: a readable outline (default); json: fzbg.to_dict, one line per report "
        "when there are several",
    )
    parse.set_defaults(run=_run_parse)

    check = commands.add_parser("check", help="check reports against the statutory rules")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
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
        metavar="CODE|any",
        help="exit with status 1 when a finding has this code (repeat or separate with commas; "
        "'any' for every code)",
    )
    check.set_defaults(run=_run_check)

    batch = commands.add_parser(
        "batch", help="parse every file under a directory into one JSON Lines or Parquet file"
    )
    batch.add_argument("directory", type=Path, metavar="DIR")
    batch.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="FILE.jsonl or FILE.parquet"
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
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a file after this long, with an error row (default: {DEFAULT_TIMEOUT:g}; "
        "0 for no limit)",
    )
    batch.set_defaults(run=_run_batch)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


# --- commands -----------------------------------------------------------------------------


def _run_demo(args: argparse.Namespace) -> int:
    _print_report(parse_report(example_report_text()), args.format, sys.stdout, several=False)
    return EXIT_OK


def _run_parse(args: argparse.Namespace) -> int:
    several = len(args.paths) > 1
    status = EXIT_OK
    for i, path in enumerate(args.paths):
        report = _load(path)
        if report is None:
            status = EXIT_USAGE
            continue
        if several and args.format == "text":
            print(("\n" if i else "") + f"== {path}")
        _print_report(report, args.format, sys.stdout, several=several)
    return status


def _run_check(args: argparse.Namespace) -> int:
    fail_on = {code.strip() for arg in args.fail_on for code in arg.split(",") if code.strip()}
    status = EXIT_OK
    failed = False
    for path in args.paths:
        report = _load(path)
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


def _run_batch(args: argparse.Namespace) -> int:
    if not args.directory.is_dir():
        return _fail(f"{args.directory}: not a directory")
    if args.out.suffix not in (".jsonl", ".parquet"):
        return _fail(f"{args.out}: the output must end in .jsonl or .parquet")
    if not args.out.parent.is_dir():
        return _fail(f"{args.out}: the folder {args.out.parent} does not exist")
    try:
        summary = run_batch(
            args.directory,
            args.out,
            jobs=args.jobs,
            progress=sys.stderr.isatty(),
            timeout=args.timeout or None,
        )
    except (FzbgError, OSError) as exc:
        return _fail(str(exc))
    print(summary.describe(), file=sys.stderr)
    return EXIT_INTERRUPTED if summary.interrupted else EXIT_OK


# --- helpers ------------------------------------------------------------------------------


def _load(path: Path) -> Report | None:
    """Parse ``path``; on failure say why in one line on stderr and return None."""
    try:
        return read_report(path)
    except FzbgError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{path}: {exc.strerror or exc}")
    return None


def _print_report(report: Report, fmt: str, out: TextIO, *, several: bool) -> None:
    if fmt == "json":
        indent = None if several else 2
        out.write(json.dumps(to_dict(report), ensure_ascii=False, indent=indent) + "\n")
    else:
        out.write(outline(report) + "\n")


def _fail(message: str) -> int:
    print(f"fzbg: {message}", file=sys.stderr)
    return EXIT_USAGE


def _silence_stdout() -> None:
    """Point stdout at devnull so that the interpreter's final flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())

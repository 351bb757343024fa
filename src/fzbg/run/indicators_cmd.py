"""``fzbg indicators PATH|DIR... --out FILE``: the wide table of indicators, written to a file.

One row per report (issuer, year, level, one column per key: see
:func:`fzbg.indicator_table`), as ``.csv`` (UTF-8 with a BOM, so that spreadsheet programs
read the Chinese), ``.parquet`` (pyarrow) or ``.xlsx`` (openpyxl, the ``xlsx`` extra).  A
file that cannot be read is named on stderr and left out; the status is then 2.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from fzbg.analyze.indicator_table import indicator_table
from fzbg.errors import FzbgError, MissingExtraError
from fzbg.genre.indicators import INDICATORS
from fzbg.model import Report
from fzbg.run.files import iter_files, read_report

__all__ = ["add_indicators_command"]

_FORMATS = (".csv", ".parquet", ".xlsx")


def add_indicators_command(commands: Any) -> None:
    """Add the ``indicators`` subcommand to ``commands`` (an argparse subparsers action)."""
    cmd = commands.add_parser(
        "indicators",
        help="write the indicator table (one row per report, one column per key) to a file",
    )
    cmd.add_argument("paths", nargs="+", type=Path, metavar="PATH|DIR")
    cmd.add_argument("--out", required=True, type=Path, metavar="FILE",
                     help="FILE.csv, FILE.parquet or FILE.xlsx")  # fmt: skip
    cmd.add_argument(
        "--registry",
        type=Path,
        metavar="TOML",
        help="apply this TOML file of indicator rows to the built-in registry",
    )
    cmd.set_defaults(run=_run_indicators)


def _run_indicators(args: argparse.Namespace) -> int:
    if args.out.suffix not in _FORMATS:
        return _fail(f"{args.out}: the output must end in {', '.join(_FORMATS)}")
    if not args.out.parent.is_dir():
        return _fail(f"{args.out}: the folder {args.out.parent} does not exist")
    try:
        registry = INDICATORS.with_toml(args.registry) if args.registry else None
    except FzbgError as exc:
        return _fail(str(exc))
    reports: dict[Hashable, Report] = {}
    status = 0
    for path in _files(args.paths):
        try:
            reports[str(path)] = read_report(path)
        except (FzbgError, OSError) as exc:
            status = _fail(str(exc))
    try:
        _write(indicator_table(reports, registry), args.out)
    except (MissingExtraError, OSError) as exc:
        return _fail(str(exc))
    print(f"fzbg: {len(reports)} reports → {args.out}", file=sys.stderr)
    return status


def _files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found.extend(iter_files(path) if path.is_dir() else [path])
    return found


def _write(frame: Any, out: Path) -> None:
    if out.suffix == ".csv":
        frame.to_csv(out, index=False, encoding="utf-8-sig")
    elif out.suffix == ".parquet":
        if importlib.util.find_spec("pyarrow") is None:
            raise MissingExtraError("Parquet output needs pyarrow: pip install 'fzbg[pandas]'")
        frame.to_parquet(out, engine="pyarrow", index=False)
    else:
        if importlib.util.find_spec("openpyxl") is None:
            raise MissingExtraError("Excel output needs openpyxl: pip install 'fzbg[xlsx]'")
        frame.to_excel(out, index=False, engine="openpyxl")


def _fail(message: str) -> int:
    print(f"fzbg: {message}", file=sys.stderr)
    return 2

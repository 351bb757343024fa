"""Issue 12's limits on the shape of the code: a module reads in one sitting.

No module over 400 lines and no function over 60 (docstring included), so that a rule
that grows past them is split where a reader would want it split.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import fzbg

SOURCE = Path(fzbg.__file__).parent
MODULES = sorted(SOURCE.rglob("*.py"))
LONGEST_MODULE = 400
LONGEST_FUNCTION = 60


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(SOURCE).as_posix())
def test_no_module_is_over_400_lines(path: Path) -> None:
    assert path.read_text(encoding="utf-8").count("\n") <= LONGEST_MODULE


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(SOURCE).as_posix())
def test_no_function_is_over_60_lines(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef))
    long = {f.name: f.end_lineno - f.lineno + 1 for f in functions if f.end_lineno is not None}
    assert {name: n for name, n in long.items() if n > LONGEST_FUNCTION} == {}


def test_the_limits_see_every_module() -> None:
    """The walk finds the stages' folders, so a limit cannot pass by reading nothing."""
    folders = {p.parent.name for p in MODULES}
    assert {"read", "page", "lex", "structure", "extract", "analyze", "run"} <= folders

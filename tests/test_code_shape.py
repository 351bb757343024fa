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


_PROJECT = Path(__file__).resolve().parents[1]
_MARKERS = ("<<<<<<< ", ">>>>>>> ")  # a conflict's markers, as git writes them


def test_no_file_holds_a_merge_conflicts_markers() -> None:
    """A conflict resolved by committing both sides fails here, not in a reader's docs."""
    texts = [
        p
        for folder in ("src", "tests", "docs", "bench", "scripts")
        for p in (_PROJECT / folder).rglob("*")
        if p.suffix in {".py", ".md", ".rst", ".toml", ".txt"}
    ]
    texts += [_PROJECT / "CHANGELOG.md", _PROJECT / "README.md", _PROJECT / "pyproject.toml"]
    assert len(texts) > 100  # the walk sees the tree
    marked = [
        str(p.relative_to(_PROJECT))
        for p in texts
        if p.is_file()
        and any(line.startswith(_MARKERS) for line in p.read_text(encoding="utf-8").splitlines())
    ]
    assert marked == []

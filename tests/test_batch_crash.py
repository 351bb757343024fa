"""A worker process that dies costs the file it was on an error row, not the batch run.

The crashes are real: the workers run the ``parse`` functions below, which kill their own
process on a file whose name holds ``boom``. They are top-level functions so that they
reach the workers however these are started.
"""

from __future__ import annotations

import ctypes
import faulthandler
import functools
import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import fzbg
from fzbg.run import cli
from fzbg.run.batch import run_batch
from fzbg.run.cli import main
from fzbg.run.files import read_report

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX exit codes and signals")

REPORT = (
    "松林街道2024年度法治政府建设工作报告\n"
    "一、2024年推进法治政府建设的主要举措和成效\n"
    "（一）加强组织领导。召开专题会议5次，审查规范性文件12件。\n"
    "二、存在的不足和原因\n"
    "一是普法宣传针对性不强。\n"
    "松林街道办事处\n"
    "2025年1月12日\n"
)


def segfault_on_boom(path: Path) -> fzbg.Report:
    """Read the report, or die of a segmentation fault on a ``boom`` file."""
    if "boom" in path.name:
        faulthandler.disable()  # no traceback on stderr
        ctypes.string_at(0)
    return read_report(path)


def exit_on_boom(path: Path) -> fzbg.Report:
    """Read the report, or leave the process at once with status 3 on a ``boom`` file."""
    if "boom" in path.name:
        os._exit(3)
    return read_report(path)


def killed_on_boom(path: Path) -> fzbg.Report:
    """Read the report, or be killed as the OOM killer would on a ``boom`` file."""
    if "boom" in path.name:
        os.kill(os.getpid(), signal.SIGKILL)
    return read_report(path)


def _tree(root: Path, n: int, booms: set[int]) -> list[str]:
    """Write ``n`` reports, those at ``booms`` named to crash; return the names in order."""
    root.mkdir()
    names = [f"{i:02d}-boom.txt" if i in booms else f"{i:02d}.txt" for i in range(n)]
    for name in names:
        (root / name).write_text(REPORT, encoding="utf-8")
    return names


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _crash_error(exit_code: int) -> str:
    return f"WorkerCrashed: worker process died (exit code {exit_code}) while parsing this file"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crashing_file_gets_one_error_row_and_the_run_goes_on(
    tmp_path: Path, jobs: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`fzbg batch`: the file that kills its worker gets an error; the others parse, in order."""
    names = _tree(tmp_path / "reports", 40, booms={17})  # in the middle of a chunk
    monkeypatch.setattr(cli, "run_batch", functools.partial(run_batch, parse=segfault_on_boom))
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "reports"), "--out", str(out), "--jobs", jobs]) == 1
    rows = _jsonl(out)
    assert [r["path"] for r in rows] == names
    assert [r["error"] for r in rows if r["error"] is not None] == [_crash_error(-signal.SIGSEGV)]
    assert rows[17]["path"] == "17-boom.txt"
    assert rows[17]["error"] is not None
    assert rows[17]["report"] is None
    expected = fzbg.parse_report(REPORT)
    assert all(fzbg.from_dict(r["report"]) == expected for r in rows if r is not rows[17])  # type: ignore[arg-type]
    assert "40 files" in capsys.readouterr().err.splitlines()[0]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_summary_counts_a_crash_as_an_error(
    tmp_path: Path, jobs: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The line `fzbg batch` ends with counts the crashed file among the errors."""
    _tree(tmp_path / "reports", 6, booms={2})
    monkeypatch.setattr(cli, "run_batch", functools.partial(run_batch, parse=segfault_on_boom))
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "reports"), "--out", str(out), "--jobs", jobs]) == 1
    assert "6 files" in (summary := capsys.readouterr().err)
    assert "5 parsed, 1 with errors" in summary
    assert summary.splitlines()[1:] == ["  failed: 02-boom.txt"]


@pytest.mark.parametrize(
    ("parse", "exit_code"),
    [
        (segfault_on_boom, -signal.SIGSEGV),
        (exit_on_boom, 3),
        (killed_on_boom, -signal.SIGKILL),
    ],
)
@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_every_crash_is_its_files_alone(
    tmp_path: Path, parse: Callable[[Path], fzbg.Report], exit_code: int, jobs: int
) -> None:
    """Several crashes, side by side and apart: each names its own file and exit code."""
    booms = {0, 5, 6, 30, 39}
    names = _tree(tmp_path / "reports", 40, booms)
    summary = run_batch(tmp_path / "reports", tmp_path / "out.jsonl", jobs=jobs, parse=parse)
    rows = _jsonl(tmp_path / "out.jsonl")
    assert [r["path"] for r in rows] == names
    assert [r["error"] for r in rows] == [
        _crash_error(exit_code) if i in booms else None for i in range(40)
    ]
    assert (summary.parsed, summary.errors, summary.interrupted) == (35, 5, False)


def test_a_run_where_every_file_crashes_still_ends(tmp_path: Path) -> None:
    """Workers that die on every file are replaced each time; each file gets its row."""
    names = _tree(tmp_path / "reports", 5, booms=set(range(5)))
    summary = run_batch(tmp_path / "reports", tmp_path / "out.jsonl", jobs=2, parse=exit_on_boom)
    rows = _jsonl(tmp_path / "out.jsonl")
    assert [r["path"] for r in rows] == names
    assert all(r["error"] == _crash_error(3) for r in rows)
    assert summary.errors == 5


def test_a_crash_row_in_parquet(tmp_path: Path) -> None:
    """Parquet output holds the crashed file's row with its error and no report."""
    pq = pytest.importorskip("pyarrow.parquet")
    names = _tree(tmp_path / "reports", 4, booms={1})
    run_batch(tmp_path / "reports", tmp_path / "out.parquet", jobs=2, parse=exit_on_boom)
    table = pq.read_table(tmp_path / "out.parquet").to_pydict()
    assert table["path"] == names
    assert table["error"] == [None, _crash_error(3), None, None]
    assert table["report"][1] is None


def stuck_on_boom(path: Path) -> fzbg.Report:
    """Read the report, or hang where no alarm reaches on a ``boom`` file.

    Blocking SIGALRM stands in for C code that never returns to the interpreter, which is
    where the worker's own timer cannot act.
    """
    if "boom" in path.name:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGUSR1})
        signal.sigwait({signal.SIGUSR1})  # nothing sends it: only the parent ends this
    return read_report(path)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_stuck_past_the_timeout_is_given_up_by_the_parent(tmp_path: Path, jobs: int) -> None:
    """A worker that cannot time out by itself is stopped; its file gets a timeout row."""
    names = _tree(tmp_path / "reports", 12, booms={3, 8})
    fzbg.parse_report(REPORT)  # the workers fork from a process that has every import done
    summary = run_batch(
        tmp_path / "reports", tmp_path / "out.jsonl", jobs=jobs, timeout=1, parse=stuck_on_boom
    )
    rows = _jsonl(tmp_path / "out.jsonl")
    assert [r["path"] for r in rows] == names
    stopped = "TimeoutError: gave up after 1 s; its worker was stopped"
    assert [r["error"] for r in rows] == [stopped if i in {3, 8} else None for i in range(12)]
    assert (summary.parsed, summary.errors) == (10, 2)


def slow_on_boom(path: Path) -> fzbg.Report:
    """Read the report, but on ``boom`` files first wait for a signal (the worker's timer)."""
    if "boom" in path.name:
        signal.pause()
    return read_report(path)


def test_a_worker_that_can_time_out_does_so_itself(tmp_path: Path) -> None:
    """A slow file the worker's own timer can stop gets its timeout row from the worker,
    and the files after it are parsed."""
    names = _tree(tmp_path / "reports", 4, booms={1})
    fzbg.parse_report(REPORT)  # the workers fork from a process that has every import done
    summary = run_batch(
        tmp_path / "reports", tmp_path / "out.jsonl", jobs=1, timeout=2, parse=slow_on_boom
    )
    rows = _jsonl(tmp_path / "out.jsonl")
    assert [r["path"] for r in rows] == names
    assert [r["error"] for r in rows] == [None, "TimeoutError: gave up after 2 s", None, None]
    assert (summary.parsed, summary.errors) == (3, 1)

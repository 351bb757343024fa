"""The command line at its edges: argument checks, exit codes, paths in records, stdin,
directories, and a progress bar on a terminal that does not tell its size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import fzbg
from fzbg.analyze.check import CODES
from fzbg.run import batch as batch_module
from fzbg.run.batch import BatchSummary, Row, run_batch
from fzbg.run.cli import main

REPORT = (
    "青石镇2024年度法治政府建设工作报告\n"
    "一、2024年推进法治政府建设的主要举措和成效\n"
    "（一）健全依法决策机制。审查合同15件，开展普法讲座6场次。\n"
    "二、存在的不足和原因\n"
    "一是法治宣传形式单一；二是执法队伍力量薄弱。究其原因，主要是经费保障不足。\n"
    "三、2025年工作安排\n"
    "（一）加强执法队伍建设。\n"
)


def _fzbg(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "fzbg", *args], input=stdin, capture_output=True, check=False
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    (root / "乡镇").mkdir(parents=True)
    (root / "a.txt").write_text(REPORT, encoding="utf-8")
    (root / "乡镇" / "b.txt").write_text(REPORT.replace("青石镇", "白沙镇"), encoding="utf-8")
    return root


# --- arguments ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "x.txt", "--fail-on", "bogus-code"], "unknown code bogus-code; valid: any, "),
        (["check", "x.txt", "--fail-on", "missing-plans,nope"], "unknown code nope; valid:"),
        (["batch", ".", "--out", "x.jsonl", "--timeout", "-1"], "must be 0 (no limit) or more"),
        (["batch", ".", "--out", "x.jsonl", "--timeout", "nan"], "must be 0 (no limit) or more"),
        (["batch", ".", "--out", "x.jsonl", "--timeout", "inf"], "must be 0 (no limit) or more"),
        (["batch", ".", "--out", "x.jsonl", "--timeout", "soon"], "not a number of seconds"),
        (["batch", ".", "--out", "x.jsonl", "--jobs", "-3"], "must be at least 1"),
    ],
)
def test_bad_arguments_are_one_line_errors_with_status_2(
    args: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Unknown codes and impossible numbers stop the run before it starts."""
    monkeypatch.chdir(tmp_path)  # where a run that was not stopped would write
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_an_unknown_code_error_lists_every_valid_code(capsys: pytest.CaptureFixture[str]) -> None:
    """The error names every code `--fail-on` accepts, so the user can pick one."""
    with pytest.raises(SystemExit):
        main(["check", "x.txt", "--fail-on", "bogus-code"])
    err = capsys.readouterr().err
    assert all(code in err for code in CODES)


def test_check_help_lists_the_codes(capsys: pytest.CaptureFixture[str]) -> None:
    """`fzbg check --help` lists every finding code."""
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert all(code in out for code in CODES)


@pytest.mark.parametrize(("jobs", "timeout"), [(1, -1.0), (0, None), (1, float("nan"))])
def test_run_batch_refuses_impossible_numbers(tmp_path: Path, jobs: int, timeout: float) -> None:
    """The library refuses them too, before touching any file."""
    with pytest.raises(ValueError, match="jobs must be at least 1 and timeout positive"):
        run_batch(tmp_path, tmp_path / "out.jsonl", jobs=jobs, timeout=timeout)
    assert not (tmp_path / "out.jsonl").exists()


# --- batch: failures are named and fail the run -------------------------------------------


def test_a_batch_with_a_failed_file_exits_1_and_names_it(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One unreadable file: status 1, and the summary names it; --allow-errors gives 0."""
    (folder / "乡镇" / "坏.txt").write_bytes(b"\xff\xfe\x00\xd8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "--out", str(out), "--jobs", "1"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert "2 parsed, 1 with errors" in err[0]
    assert err[1:] == ["  failed: 乡镇/坏.txt"]
    assert main(["batch", str(folder), "--out", str(out), "--jobs", "1", "--allow-errors"]) == 0


def test_a_clean_batch_exits_0(folder: Path, tmp_path: Path) -> None:
    """No error row: status 0."""
    assert main(["batch", str(folder), "--out", str(tmp_path / "o.jsonl"), "--jobs", "1"]) == 0


def test_the_summary_names_twenty_failures_and_counts_the_rest() -> None:
    """A thousand failures do not flood the terminal."""
    failed = tuple(f"{i:04d}.txt" for i in range(25))
    summary = BatchSummary(25, 0, 25, 1.0, Path("o.jsonl"), failed=failed)
    lines = summary.describe().splitlines()
    assert lines[1:21] == [f"  failed: {i:04d}.txt" for i in range(20)]
    assert lines[21:] == ["  … and 5 more (see the error rows)"]


# --- parse and check: paths, directories, stdin -------------------------------------------


def test_parse_json_of_a_directory_is_one_record_per_file_with_its_path(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory is read as batch reads it: every file below it, in order."""
    assert main(["parse", "--format", "json", str(folder)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["path"] for r in records] == [str(folder / "a.txt"), str(folder / "乡镇" / "b.txt")]
    assert fzbg.from_dict(records[0]["report"]) == fzbg.parse_report(REPORT)


def test_check_of_a_directory_checks_every_file(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`fzbg check DIR` prints the findings of each file below it."""
    assert main(["check", str(folder), "--fail-on", "missing-duties"]) == 1
    out = capsys.readouterr().out
    assert f"{folder / 'a.txt'}: missing-duties" in out
    assert f"{folder / '乡镇' / 'b.txt'}: missing-duties" in out


def test_an_empty_directory_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory with no file in it: status 2 and a line that says so."""
    assert main(["parse", str(tmp_path)]) == 2
    assert "a directory with no report files in it" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_parse_dash_reads_standard_input(encoding: str) -> None:
    """`fzbg parse -` parses the bytes on stdin, with the encoding detected."""
    done = _fzbg("parse", "--format", "json", "-", stdin=REPORT.encode(encoding))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["path"] == "-"
    assert fzbg.from_dict(record["report"]) == fzbg.parse_report(REPORT)


def test_check_dash_reads_standard_input() -> None:
    """`fzbg check -` checks the report on stdin."""
    done = _fzbg("check", "-", stdin=REPORT.encode())
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("-: missing-duties")


# --- the progress bar ---------------------------------------------------------------------


def test_a_terminal_of_size_0x0_gets_a_bar_of_the_fallback_width(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A terminal that reports 0×0 columns still shows a bar, 80 columns wide."""
    pytest.importorskip("tqdm")

    def zero(fd: int = 1) -> os.terminal_size:
        return os.terminal_size((0, 0))

    monkeypatch.setattr(os, "get_terminal_size", zero)
    rows = [Row(f"{i}.txt", None, "{}") for i in range(3)]
    assert list(batch_module._bar(iter(rows), 3, progress=True)) == rows
    last = capsys.readouterr().err.split("\r")[-1].rstrip("\n")
    assert "3/3" in last
    assert "|" in last
    assert len(last) == 80


def test_an_empty_file_is_an_error_row_not_a_parsed_report(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty file holds no report: batch gives it an error row, parse exits 2."""
    (folder / "空.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "--out", str(out), "--jobs", "1"]) == 1
    rows = {r["path"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert (
        rows["空.txt"]["error"]
        == f"DecodeError: {folder / '空.txt'}: the file is empty: there is no report in it"
    )
    assert main(["parse", str(folder / "空.txt")]) == 2
    assert "the file is empty" in capsys.readouterr().err

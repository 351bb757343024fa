"""The fzbg command line: demo, parse, check and batch, and one-line errors."""

from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

import fzbg
from fzbg.analyze.outline import outline
from fzbg.examples import example_report_text
from fzbg.model import (
    Diagnostic,
    Duty,
    Measure,
    Section,
    SectionKind,
    Shortcoming,
    Span,
)
from fzbg.run import batch as batch_module
from fzbg.run.batch import Row, run_batch
from fzbg.run.cli import main
from fzbg.run.files import read_report

REPORT = (
    "松林街道2024年度法治政府建设工作报告\n"
    "区人民政府：\n"
    "现将松林街道2024年度法治政府建设情况报告如下：\n"
    "一、2024年推进法治政府建设的主要举措和成效\n"
    "（一）加强组织领导。召开专题会议5次，审查规范性文件12件。\n"
    "（二）深化普法宣传。开展“法律明白人”培训8场次，覆盖群众3000余人。\n"
    "二、存在的不足和原因\n"
    "一是普法宣传针对性不强；二是执法人员专业能力不足，主要原因是培训不够系统。\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "街道党工委书记亲自部署法治建设重要工作4次。\n"
    "四、2025年推进法治政府建设的主要安排\n"
    "（一）深化依法决策。（二）提升执法规范化水平。\n"
    "特此报告。\n"
    "松林街道办事处\n"
    "2025年1月12日\n"
)


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "松林街道.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def _fzbg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fzbg", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_demo_prints_the_outline_of_the_shipped_example(capsys: pytest.CaptureFixture[str]) -> None:
    """`fzbg demo` parses the example report and prints its outline."""
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    report = fzbg.parse_report(example_report_text())
    assert out.splitlines()[0] == (report.title or "(no title)")
    assert f"sections {len(report.sections)}" in out


def test_demo_json_is_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    """`fzbg demo --format json` prints to_dict of the example."""
    assert main(["demo", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert fzbg.from_dict(data) == fzbg.parse_report(example_report_text())


def test_python_dash_m_runs_the_same_command_line() -> None:
    """`python -m fzbg demo` works and exits 0."""
    done = _fzbg("demo")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()


def test_parse_json_of_one_file_is_to_dict(
    report_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`fzbg parse --format json FILE` prints its path and the report's to_dict."""
    assert main(["parse", "--format", "json", str(report_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["path"], data["error"]) == (str(report_file), None)
    assert fzbg.from_dict(data["report"]) == fzbg.parse_report(REPORT)


def test_parse_json_of_several_files_is_one_line_each(
    report_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several paths give JSON Lines, in argument order."""
    assert main(["parse", "--format", "json", str(report_file), str(report_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0]) == json.loads(lines[1])


def test_parse_text_is_an_outline_per_file(
    report_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text format heads each file's outline with its path when there are several."""
    assert main(["parse", str(report_file), str(report_file)]) == 0
    out = capsys.readouterr().out
    assert out.count(f"== {report_file}") == 2
    assert "sections" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse", "/no/such/报告.txt"], "fzbg: /no/such/报告.txt: does not exist"),
        (["parse", "/no/such/dir/"], "fzbg: /no/such/dir: does not exist"),
        (["parse"], "the following arguments are required: PATH"),
        (["parse", "--format", "xml", "x.txt"], "invalid choice: 'xml'"),
        (["batch", ".", "--out", "x.csv"], "the output must end in .jsonl, .jsonl.gz or .parquet"),
        (["batch", "/no/such/dir", "--out", "x.jsonl"], "/no/such/dir: not a directory"),
        (["batch", ".", "--out", "/no/dir/x.jsonl"], "the folder /no/dir does not exist"),
        (["batch", ".", "--out", "x.jsonl", "--jobs", "0"], "must be at least 1"),
        (["check", "--issuer-kind", "bureau", "x.txt"], "invalid choice: 'bureau'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_errors_are_one_line_with_status_2(args: list[str], message: str) -> None:
    """Argument errors and unreadable paths: one line on stderr, exit 2, no traceback."""
    done = _fzbg(*args)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_parse_goes_on_after_an_unreadable_path(
    report_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad path among good ones is reported and gets an error record (so that records
    line up with the arguments); the others are parsed; the status is 2."""
    assert main(["parse", "--format", "json", "/no/such.txt", str(report_file)]) == 2
    captured = capsys.readouterr()
    assert "/no/such.txt" in captured.err
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["path"] for r in records] == ["/no/such.txt", str(report_file)]
    assert records[0]["error"] == "SourceNotFoundError: /no/such.txt: does not exist"
    assert records[0]["report"] is None
    assert records[1]["error"] is None


def test_check_prints_findings_and_fails_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`fzbg check` prints one line per finding; --fail-on makes a matching finding exit 1."""
    path = tmp_path / "empty.txt"
    path.write_text("某某情况说明\n", encoding="utf-8")
    assert main(["check", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"{path}: missing-duties: " in "\n".join(lines)
    assert all(line.startswith(f"{path}: ") for line in lines)
    assert main(["check", str(path), "--fail-on", "published-late"]) == 0
    assert main(["check", str(path), "--fail-on", "published-late,missing-plans"]) == 1
    assert main(["check", str(path), "--fail-on", "any"]) == 1


# --- batch --------------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    (root / "县直部门").mkdir(parents=True)
    (root / "a.txt").write_text(REPORT, encoding="utf-8")
    (root / "县直部门" / "b.txt").write_bytes(REPORT.encode("gb18030"))
    (root / "县直部门" / "c.txt").write_bytes(b"\xff\xfe\x00\xd8")  # UTF-16 mark, then junk
    (root / ".hidden.txt").write_text("not a report", encoding="utf-8")
    (root / "附件.pdf").write_bytes(b"%PDF-1.7")
    return root


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_jsonl_has_one_row_per_file_and_an_error_row(
    tree: Path, tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every file gets a row in file order; an unreadable one gets its error; a summary ends."""
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tree), "--out", str(out), "--jobs", jobs]) == 1
    rows = _jsonl(out)
    assert [r["path"] for r in rows] == ["a.txt", "附件.pdf", "县直部门/b.txt", "县直部门/c.txt"]
    assert rows[0]["error"] is None
    assert str(rows[1]["error"]).startswith("UnsupportedFormatError: ")
    assert fzbg.from_dict(rows[2]["report"]) == fzbg.parse_report(REPORT)  # type: ignore[arg-type]
    assert rows[3]["report"] is None
    assert str(rows[3]["error"]).startswith("DecodeError: ")
    err = capsys.readouterr().err
    assert "4 files" in err
    assert "2 parsed, 2 with errors" in err
    assert not out.with_name("out.jsonl.part").exists()


def test_batch_parquet_has_one_row_per_file(tree: Path, tmp_path: Path) -> None:
    """Parquet output: one row per file, metadata columns, the report as JSON."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "out.parquet"
    assert main(["batch", str(tree), "--out", str(out), "--jobs", "1", "--allow-errors"]) == 0
    frame = pd.read_parquet(out)
    assert list(frame["path"]) == ["a.txt", "附件.pdf", "县直部门/b.txt", "县直部门/c.txt"]
    assert frame["error"].isna().tolist() == [True, False, True, False]
    report = fzbg.from_dict(json.loads(frame["report"][0]))
    assert report == fzbg.parse_report(REPORT)
    assert frame["year"][0] == report.year or report.year is None


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_interrupted_batch_leaves_a_valid_file(
    tree: Path, tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C in the middle: the rows done so far are in a complete, readable file."""
    pq = pytest.importorskip("pyarrow.parquet") if suffix == ".parquet" else None

    def interrupted_after_one(rows: Iterable[Row], total: int, progress: bool) -> Iterator[Row]:
        yield next(iter(rows))
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_module, "_bar", interrupted_after_one)
    out = tmp_path / f"out{suffix}"
    summary = run_batch(tree, out, jobs=1)
    assert summary.interrupted
    assert summary.parsed == 1
    assert "interrupted" in summary.describe()
    if suffix == ".jsonl":
        assert [r["path"] for r in _jsonl(out)] == ["a.txt"]
    else:
        assert pq is not None
        assert pq.read_table(out).column("path").to_pylist() == ["a.txt"]


def _read_until(fd: int, pattern: bytes) -> bytes:
    """Read ``fd`` until what was read matches ``pattern``, or to the end: ``(?!)``."""
    seen = b""
    while not re.search(pattern, seen):
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the other end of the terminal is closed
            break
        if not chunk:
            break
        seen += chunk
    return seen


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and terminals")
def test_sigint_to_a_parallel_batch_leaves_a_valid_file(tmp_path: Path) -> None:
    """A real SIGINT to `fzbg batch --jobs 2` leaves well-formed JSON Lines.

    The batch runs on a terminal (a pty, which reports 0×0), so it draws a progress bar;
    the signal is sent once the bar shows a file done: no guess at how long start-up takes.
    """
    root = tmp_path / "many"
    root.mkdir()
    text = example_report_text()
    for i in range(400):
        (root / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    terminal, stderr = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "fzbg", "batch", str(root), "--out", str(out), "--jobs", "2"],
        stderr=stderr,
    )
    os.close(stderr)
    try:
        seen = _read_until(terminal, rb"[1-9][0-9]*/400")
        proc.send_signal(signal.SIGINT)
        err = (seen + _read_until(terminal, rb"(?!)")).decode(errors="replace")  # to the end
    finally:
        os.close(terminal)
    assert proc.wait(timeout=120) in (0, 130), err
    assert "Traceback" not in err
    rows = _jsonl(out)
    assert [r["path"] for r in rows] == [f"{i:04d}.txt" for i in range(len(rows))]
    assert os.path.getsize(out) > 0 or not rows


def slow_for_a(path: Path) -> fzbg.Report:
    """Read the report at ``path``, but hang on ``a.txt`` until a signal (the worker's own
    timer) ends the wait (top level: it pickles)."""
    if path.name == "a.txt":
        signal.pause()
    return read_report(path)


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX timers")
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_that_takes_too_long_gets_a_timeout_row(
    tree: Path, tmp_path: Path, jobs: int
) -> None:
    """A file parsed past the time limit gets a TimeoutError row; the run goes on.

    The limit is generous, so that a busy machine parses the other files well within it.
    """
    fzbg.parse_report(REPORT)  # the workers fork from a process that has every import done
    out = tmp_path / "out.jsonl"
    summary = run_batch(tree, out, jobs=jobs, timeout=2, parse=slow_for_a)
    rows = _jsonl(out)
    assert rows[0]["path"] == "a.txt"
    assert rows[0]["error"] == "TimeoutError: gave up after 2 s"
    assert rows[2]["error"] is None
    assert summary.errors == 3


# --- the outline --------------------------------------------------------------------------


def _outline_report() -> fzbg.Report:
    s = Span(0, 0)
    child = Measure(SectionKind.MEASURES, "1、", 1, "完善法律顾问制度", "", s)
    measure = Measure(SectionKind.MEASURES, "（一）", 1, "规范行政决策", "", s, (child,))
    duty = Duty(SectionKind.DUTIES, "（二）", 2, "履行第一责任人职责", "", s)
    hidden = Shortcoming(SectionKind.SHORTCOMINGS, "一是", 1, None, "普法形式单一。其他", s)
    return fzbg.Report(
        "",
        title="松林街道2024年度法治政府建设工作报告" * 3,
        year=2024,
        sections=(
            Section(SectionKind.MEASURES, "一、主要举措和成效", 1, "", s, (measure, duty)),
            Section(SectionKind.SHORTCOMINGS, None, None, "", s, (hidden,)),
        ),
        diagnostics=(Diagnostic("ordinal-gap", "（三） follows （一）", Span(5, 9)),),
    )


def test_outline_shows_sections_items_children_and_diagnostics() -> None:
    """Sections with kind and count, items indented by depth, then the diagnostics."""
    lines = outline(_outline_report()).splitlines()
    assert lines[0] == "松林街道2024年度法治政府建设工作报告" * 3  # the title, whole
    assert "  year 2024" in lines
    assert "  sections 2 · measures 1 · shortcomings 1 · duties 1 · plans 0" in lines
    assert "  missing: plans" in lines
    assert "一、主要举措和成效  [measures, 2 items]" in lines
    assert "  （一） 规范行政决策" in lines
    assert "    1、 完善法律顾问制度" in lines
    assert "  （二） 履行第一责任人职责  [duties]" in lines  # a duty stated as a measures item
    assert "(inside a paragraph)  [shortcomings, 1 item]" in lines
    assert "  一是 普法形式单一" in lines  # no title: the first sentence stands in
    assert lines[-2:] == ["diagnostics (1)", "  ordinal-gap @5: （三） follows （一）"]

"""Which files a batch reads, in what order, and the JSON Lines it writes, gzipped or not."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import fzbg
from fzbg.run.batch import BatchSummary, run_batch
from fzbg.run.cli import main
from fzbg.run.files import iter_files, natural_key

REPORT = (
    "白沙镇2024年度法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）规范行政执法。开展执法培训3期，审查行政执法案卷40件。\n"
    "二、存在的问题\n"
    "一是执法力量不足；二是宣传形式单一。\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Reports, and what else researchers keep beside them: notes, scripts, images, data."""
    root = tmp_path / "reports"
    root.mkdir()
    for name in ("report2.txt", "report10.txt", "report1.txt"):
        (root / name).write_text(REPORT, encoding="utf-8")
    (root / "README.md").write_text("# 2024年各镇报告\n来源：各镇政府网站。\n", encoding="utf-8")
    (root / "fetch.py").write_text("print('下载')\n", encoding="utf-8")
    (root / "封面.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "图2.PNG").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "LICENSE").write_text("CC-BY\n", encoding="utf-8")
    return root


def _jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_files_that_are_not_reports_by_suffix_are_skipped_and_counted(folder: Path) -> None:
    """README.md, a script, images and a file without a suffix are no report: left out."""
    skipped: Counter[str] = Counter()
    names = [p.name for p in iter_files(folder, skipped)]
    assert names == ["report1.txt", "report2.txt", "report10.txt"]
    assert skipped == {".md": 1, ".py": 1, ".png": 2, "": 1}


def test_a_suffix_in_capitals_is_still_a_report(tmp_path: Path) -> None:
    """``.TXT`` and ``.Docx`` are read as ``.txt`` and ``.docx`` are."""
    (tmp_path / "A.TXT").write_text(REPORT, encoding="utf-8")
    (tmp_path / "B.Docx").write_bytes(b"PK")
    assert [p.name for p in iter_files(tmp_path)] == ["A.TXT", "B.Docx"]


def test_the_batch_summary_says_what_was_skipped_and_why(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The run exits 0 (a README is no failure) and the summary counts what it left out."""
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "--out", str(out), "--jobs", "1"]) == 0
    assert [r["path"] for r in _jsonl(out.read_text("utf-8"))] == [
        "report1.txt",
        "report2.txt",
        "report10.txt",
    ]
    err = capsys.readouterr().err
    assert "3 files" in err
    assert "skipped 5 files that are not reports by their suffix: .png 2, .md 1, .py 1" in err
    assert "no suffix 1" in err


def test_a_summary_with_nothing_skipped_says_nothing_of_it() -> None:
    """No skipped file: no line about skipping."""
    summary = BatchSummary(1, 1, 0, 1.0, Path("o.jsonl"))
    assert "skipped" not in summary.describe()


def test_folders_are_read_in_natural_order_too(tmp_path: Path) -> None:
    """第2批 before 第10批, and within each folder 2 before 10."""
    for batch in ("第10批", "第2批"):
        for name in ("镇10.txt", "镇9.txt"):
            (tmp_path / batch).mkdir(exist_ok=True)
            (tmp_path / batch / name).write_text(REPORT, encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_files(tmp_path)]
    assert names == ["第2批/镇9.txt", "第2批/镇10.txt", "第10批/镇9.txt", "第10批/镇10.txt"]


@given(st.lists(st.integers(0, 10**12), unique=True))
@example([2, 10, 1])
@example([9, 10, 100, 99])
def test_natural_order_sorts_numbered_names_by_number(numbers: list[int]) -> None:
    """report{n}.txt sorts by n, whatever the number of digits."""
    names = sorted((f"report{n}.txt" for n in numbers), key=natural_key)
    assert names == [f"report{n}.txt" for n in sorted(numbers)]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["a01.txt", "a1.txt"], ["a01.txt", "a1.txt"]),  # equal numbers: by name, stable
        (["b.txt", "a.txt", "A.txt"], ["A.txt", "a.txt", "b.txt"]),
        (["2024年报告.txt", "2023年报告.txt"], ["2023年报告.txt", "2024年报告.txt"]),
    ],
)
def test_natural_order_edges(names: list[str], expected: list[str]) -> None:
    """Leading zeros, case, and numbers inside Chinese names."""
    assert sorted(names, key=natural_key) == expected


def test_batch_writes_gzipped_json_lines(folder: Path, tmp_path: Path) -> None:
    """``--out x.jsonl.gz`` is JSON Lines in gzip, row for row what ``.jsonl`` holds."""
    assert main(["batch", str(folder), "--out", str(tmp_path / "x.jsonl.gz"), "--jobs", "1"]) == 0
    assert main(["batch", str(folder), "--out", str(tmp_path / "x.jsonl"), "--jobs", "1"]) == 0
    with gzip.open(tmp_path / "x.jsonl.gz", "rt", encoding="utf-8") as file:
        rows = _jsonl(file.read())
    assert rows == _jsonl((tmp_path / "x.jsonl").read_text("utf-8"))
    assert fzbg.from_dict(rows[0]["report"]) == fzbg.parse_report(REPORT)  # type: ignore[arg-type]
    assert not (tmp_path / "x.jsonl.gz.part").exists()


@pytest.mark.usefixtures("interrupt_after_first_row")
def test_an_interrupted_gzip_batch_leaves_a_whole_gzip_file(folder: Path, tmp_path: Path) -> None:
    """Ctrl-C after one row: the gzip stream is closed, so every row done reads back."""
    out = tmp_path / "x.jsonl.gz"
    assert run_batch(folder, out, jobs=1).interrupted
    with gzip.open(out, "rt", encoding="utf-8") as file:
        assert [r["path"] for r in _jsonl(file.read())] == ["report1.txt"]


@pytest.mark.parametrize("name", ["x.json", "x.gz", "x.parquet.gz", "x.csv"])
def test_other_outputs_are_an_argument_error(
    folder: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The error names every output the batch writes."""
    assert main(["batch", str(folder), "--out", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert ".jsonl, .jsonl.gz or .parquet" in err


def test_parse_and_check_of_a_folder_skip_what_is_not_a_report(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`fzbg parse DIR` and `fzbg check DIR` read the folder as batch does: status 0."""
    assert main(["parse", "--format", "json", str(folder)]) == 0
    paths = [json.loads(line)["path"] for line in capsys.readouterr().out.splitlines()]
    assert [Path(p).name for p in paths] == ["report1.txt", "report2.txt", "report10.txt"]
    assert main(["check", str(folder)]) == 0


def test_a_folder_of_no_reports_is_an_error_that_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only a README: no report to parse, status 2."""
    (tmp_path / "README.md").write_text("# 说明\n", encoding="utf-8")
    assert main(["parse", str(tmp_path)]) == 2
    assert "a directory with no report files in it" in capsys.readouterr().err

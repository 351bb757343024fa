"""The tidy tables on disk: dtypes that survive Parquet, read_tables, and write_parquet."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from _reports import PLANS, SHORTCOMINGS, report_text

import fzbg
from fzbg.analyze import tables as tables_module
from fzbg.analyze.frames import TABLES, report_rows, to_frames, write_parquet
from fzbg.analyze.tables import TableWriter
from fzbg.run.batch import parse_file, run_batch
from fzbg.run.cli import main

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")


def _reports() -> dict[str, fzbg.Report]:
    """A dated report with a year, one published on its page, and one with neither."""
    measures = ["开展执法培训3期。"]
    dated = report_text("松溪镇", 2024, measures=measures, shortcomings=SHORTCOMINGS, plans=PLANS)
    paged = report_text(
        "白沙乡", 2023, measures=["审查合同15件。"], shortcomings=SHORTCOMINGS[:1], plans=PLANS[:1],
        chrome=True, published="2024-02-20",
    )  # fmt: skip
    bare = "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。"
    return {
        "乡镇/report2.txt": fzbg.parse_report(dated),
        "乡镇/report10.txt": fzbg.parse_report(paged),
        "无题.txt": fzbg.parse_report(bare),
    }


def _assert_equal(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    assert list(left) == list(right) == list(TABLES)
    for name in TABLES:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


def test_to_frames_gives_nullable_years_dates_and_text() -> None:
    """year is Int64 (a missing one is <NA>, not a float), dates datetime64, text string."""
    reports = to_frames(_reports())["reports"]
    assert reports["year"].dtype == "Int64"
    assert reports["year"].tolist()[0] == 2024
    assert reports["year"].isna().tolist() == [False, False, True]
    assert reports["published"].dtype == "datetime64[ns]"
    assert reports["published"][1] == pd.Timestamp(2024, 2, 20)
    assert pd.isna(reports["published"][2])
    assert reports["title"].dtype == pd.StringDtype()
    assert reports["report_id"].dtype == pd.StringDtype()
    assert reports["missing_sections"][2] == ["shortcomings", "duties", "plans"]


@pytest.mark.parametrize("keyed", [True, False], ids=["by-name", "by-position"])
def test_read_tables_gives_back_what_to_frames_gives(tmp_path: Path, keyed: bool) -> None:
    """A Parquet round trip changes no value and no dtype, with names or positions as ids."""
    reports = _reports() if keyed else list(_reports().values())
    paths = write_parquet(reports, tmp_path / "tables")
    assert sorted(paths) == sorted(TABLES)
    _assert_equal(fzbg.read_tables(tmp_path / "tables"), to_frames(reports))


def test_no_reports_make_empty_tables_with_the_same_dtypes(tmp_path: Path) -> None:
    """Empty tables keep their columns and dtypes both ways."""
    write_parquet([], tmp_path)
    _assert_equal(fzbg.read_tables(tmp_path), to_frames([]))


def test_a_column_empty_in_the_first_row_group_keeps_its_type(tmp_path: Path) -> None:
    """The schema is fixed: a first row group of reports without year, date or title does
    not make those columns null-typed, and later rows that have them still fit."""
    bare = fzbg.parse_report("一、主要举措和成效")
    named = _reports()["乡镇/report10.txt"]
    writer = TableWriter(tmp_path, rows_per_group=1)
    for i, report in enumerate([bare, bare, named]):
        writer.write(report_rows(f"{i}.txt", report))
    writer.close()
    schema = pq.read_schema(tmp_path / "reports.parquet")
    assert str(schema.field("year").type) == "int64"
    assert str(schema.field("published").type) == "date32[day]"
    assert pq.ParquetFile(tmp_path / "reports.parquet").num_row_groups == 3
    read = fzbg.read_tables(tmp_path, ["reports"])["reports"]
    assert read["year"].tolist()[:2] == [pd.NA, pd.NA]
    assert read["published"][2] == pd.Timestamp(2024, 2, 20)


def test_write_parquet_takes_a_generator_and_writes_row_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reports are consumed one at a time and written a few rows at a time."""
    monkeypatch.setattr(tables_module, "ROWS_PER_GROUP", 2)
    texts = [
        report_text(f"第{i}镇", 2024, measures=["开展培训3期。"], shortcomings=[], plans=PLANS[:1])
        for i in range(5)
    ]
    reports = (fzbg.parse_report(text) for text in texts)
    write_parquet(reports, tmp_path)
    assert pq.ParquetFile(tmp_path / "reports.parquet").num_row_groups == 3
    assert fzbg.read_tables(tmp_path, ["reports"])["reports"]["issuer"].tolist() == [
        f"第{i}镇" for i in range(5)
    ]


def test_ids_that_are_not_text_are_written_as_text(tmp_path: Path) -> None:
    """Path keys become their str; mixing whole-number ids with others is refused."""
    report = fzbg.parse_report("一、主要举措和成效")
    write_parquet({Path("a") / "b.txt": report}, tmp_path / "paths")
    ids = fzbg.read_tables(tmp_path / "paths", ["reports"])["reports"]["report_id"]
    assert ids.tolist() == [str(Path("a") / "b.txt")]
    with pytest.raises(TypeError, match="whole numbers"):
        write_parquet({1: report, "b": report}, tmp_path / "mixed")


def test_read_tables_reads_some_tables_and_names_what_is_missing(tmp_path: Path) -> None:
    """A subset by name; an unknown name or a missing file is a clear error."""
    write_parquet(_reports(), tmp_path)
    assert list(fzbg.read_tables(tmp_path, ["items", "reports"])) == ["items", "reports"]
    with pytest.raises(ValueError, match="no table 'sentences'"):
        fzbg.read_tables(tmp_path, ["sentences"])
    (tmp_path / "debris.parquet").unlink()
    with pytest.raises(fzbg.SourceNotFoundError, match=r"debris\.parquet"):
        fzbg.read_tables(tmp_path)


def test_a_writer_closed_midway_leaves_readable_files(tmp_path: Path) -> None:
    """Until close the tables are part files; close makes each a valid table of the rows
    written so far (what a batch stopped by Ctrl-C does)."""
    writer = TableWriter(tmp_path)
    writer.write(report_rows("a.txt", _reports()["无题.txt"]))
    assert sorted(p.name for p in tmp_path.iterdir())[0] == "debris.parquet.part"
    assert not list(tmp_path.glob("*.parquet"))
    writer.close()
    assert not list(tmp_path.glob("*.part"))
    assert len(fzbg.read_tables(tmp_path)["reports"]) == 1


def test_importing_fzbg_does_not_import_pandas_or_pyarrow() -> None:
    """read_tables and to_frames import their extras only when called."""
    code = "import sys, fzbg; print(sorted({'pandas', 'pyarrow'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_dates_are_datetimes_whatever_the_day(tmp_path: Path) -> None:
    """A date far from today (datetime64[ns] holds 1677-2262) survives the trip."""
    report = fzbg.parse_report("一、主要举措和成效")
    report = attrs.evolve(report, published=dt.date(2099, 12, 31), year=2099)
    write_parquet({"x": report}, tmp_path)
    read = fzbg.read_tables(tmp_path, ["reports"])["reports"]
    assert read["published"][0] == pd.Timestamp(2099, 12, 31)
    assert read["year"][0] == 2099


# --- fzbg batch --tables ------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three reports in two folders, an unreadable file and a README beside them."""
    root = tmp_path / "reports"
    (root / "乡镇").mkdir(parents=True)
    for i, (issuer, year) in enumerate([("松溪镇", 2024), ("白沙乡", 2023), ("竹林镇", 2024)]):
        text = report_text(issuer, year, measures=["开展执法培训3期。"], shortcomings=SHORTCOMINGS,
                           plans=PLANS, chrome=i == 1, published=f"{year + 1}-02-20")  # fmt: skip
        where = root / "乡镇" if i else root
        (where / f"report{10 if i == 2 else i + 1}.txt").write_text(text, encoding="utf-8")
    (root / "乡镇" / "坏.txt").write_bytes(b"\xff\xfe\x00\xd8")
    (root / "README.md").write_text("# 各镇报告\n", encoding="utf-8")
    return root


def _expected(root: Path, names: list[str]) -> dict[str, pd.DataFrame]:
    return to_frames({name: fzbg.parse_report(root / name) for name in names})


PARSED = ["report1.txt", "乡镇/report2.txt", "乡镇/report10.txt"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_tables_are_to_frames_of_the_parsed_files(
    folder: Path, tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """One Parquet file per table, keyed by the path below DIR, in natural order; the
    unreadable file has no rows there (the summary names it) and the README is skipped."""
    out = tmp_path / "tables"
    assert main(["batch", str(folder), "--tables", str(out), "--jobs", jobs]) == 1
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
    _assert_equal(fzbg.read_tables(out), _expected(folder, PARSED))
    err = capsys.readouterr().err
    assert f"{out}" in err
    assert "failed: 乡镇/坏.txt" in err
    assert "skipped 1 files that are not reports by their suffix: .md 1" in err


def test_batch_writes_tables_and_rows_together(folder: Path, tmp_path: Path) -> None:
    """--out and --tables in one run: the rows' paths are the tables' report ids."""
    out, tables = tmp_path / "rows.jsonl", tmp_path / "tables"
    args = ["batch", str(folder), "--out", str(out), "--tables", str(tables), "--jobs", "2"]
    assert main([*args, "--allow-errors"]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    parsed = [r["path"] for r in rows if r["error"] is None]
    assert parsed == PARSED
    assert fzbg.read_tables(tables)["reports"]["report_id"].tolist() == parsed


def test_batch_tables_are_written_a_row_group_at_a_time(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent holds a few rows per table, not every report: row groups of that size."""
    monkeypatch.setattr(tables_module, "ROWS_PER_GROUP", 2)
    run_batch(folder, None, tables=tmp_path / "t", jobs=1)
    assert pq.ParquetFile(tmp_path / "t" / "reports.parquet").num_row_groups == 2
    assert pq.ParquetFile(tmp_path / "t" / "items.parquet").metadata.row_group(0).num_rows == 2


@pytest.mark.usefixtures("interrupt_after_first_row")
def test_an_interrupted_batch_leaves_valid_tables(folder: Path, tmp_path: Path) -> None:
    """Ctrl-C after the first file: every table file holds that file's rows, and reads."""
    summary = run_batch(folder, None, tables=tmp_path / "t", jobs=1)
    assert summary.interrupted
    _assert_equal(fzbg.read_tables(tmp_path / "t"), _expected(folder, PARSED[:1]))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give --out FILE, --tables DIR or both"),
        (["--tables", "/no/such/dir/tables"], "the folder /no/such/dir does not exist"),
        (["--tables", "README.md"], "is a file, not a folder"),
    ],
)
def test_batch_table_arguments_are_checked_before_the_run(
    folder: Path,
    args: list[str],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No output, or a table folder that cannot be made: status 2 and one line."""
    monkeypatch.chdir(folder)
    assert main(["batch", str(folder), *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_run_batch_needs_somewhere_to_write(folder: Path) -> None:
    """The library refuses a run with neither output."""
    with pytest.raises(ValueError, match="out or tables"):
        run_batch(folder, None)


def test_batch_tables_without_pyarrow_is_one_line_and_writes_nothing(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No pyarrow: status 2, the extra named, and no rows file begun either."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    out, tables = tmp_path / "rows.jsonl", tmp_path / "tables"
    assert main(["batch", str(folder), "--out", str(out), "--tables", str(tables)]) == 2
    assert "fzbg[pandas]" in capsys.readouterr().err
    assert not out.exists()
    assert not out.with_name("rows.jsonl.part").exists()


def test_a_table_that_fails_to_write_still_leaves_the_others_finished(tmp_path: Path) -> None:
    """close() finishes every file even when one row group cannot be written."""
    writer = TableWriter(tmp_path)
    writer.write(report_rows("a.txt", _reports()["无题.txt"]))
    writer.write([("debris", {"report_id": "b.txt", "debris_index": "not a number"})])
    with pytest.raises((TypeError, ValueError)):  # what pyarrow raises for a str in int64
        writer.close()
    assert not list(tmp_path.glob("*.part"))
    assert len(fzbg.read_tables(tmp_path, ["reports"])["reports"]) == 1


def test_plain_pandas_read_parquet_keeps_years_whole_too(tmp_path: Path) -> None:
    """The files carry pandas' metadata: read_parquet gives Int64 years and string text,
    also where a year is missing (without it, such a column comes back as floats)."""
    write_parquet(_reports(), tmp_path)
    reports = pd.read_parquet(tmp_path / "reports.parquet")
    assert reports["year"].dtype == "Int64"
    assert reports["year"].tolist()[:2] == [2024, 2023]
    assert reports["title"].dtype == pd.StringDtype()
    items = pd.read_parquet(tmp_path / "items.parquet")
    assert items["parent_id"].dtype == "Int64"
    assert items["depth"].dtype == "int64"  # never missing: not nullable


def test_the_rows_parquet_of_a_batch_keeps_years_whole(folder: Path, tmp_path: Path) -> None:
    """``--out x.parquet``: a yearless report and an error row leave the years Int32 for
    pandas, and the counts too (an error row has none), instead of floats."""
    (folder / "无年份.txt").write_text("一、主要举措和成效\n（一）加强组织领导。", encoding="utf-8")
    run_batch(folder, tmp_path / "x.parquet", jobs=1)
    frame = pd.read_parquet(tmp_path / "x.parquet")
    assert frame["year"].dtype == "Int32"
    years = dict(zip(frame["path"], frame["year"].tolist(), strict=True))
    assert [years[p] for p in PARSED] == [2024, 2023, 2024]
    assert years["无年份.txt"] is pd.NA
    assert years["乡镇/坏.txt"] is pd.NA
    assert frame["sections"].dtype == "Int32"
    assert frame["path"].dtype == pd.StringDtype()


def test_a_worker_asked_only_for_tables_skips_the_json(folder: Path) -> None:
    """Without --out the workers send the table rows, keyed by path, and no JSON."""
    row = parse_file(folder / "report1.txt", folder, report_json=False, tables=True)
    assert row.report_json is None
    assert row.error is None
    assert {table for table, _ in row.tables} >= {"reports", "sections", "items"}
    assert {r["report_id"] for _, r in row.tables} == {"report1.txt"}

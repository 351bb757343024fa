"""One summary row of a report: the same in to_frames and in a batch's Parquet rows."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import fzbg
from fzbg.analyze.summary import COUNTED, summary_row
from fzbg.model import REQUIRED_KINDS
from fzbg.run.batch import run_batch

REPORT = (
    "石桥街道2025年度法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）健全依法决策机制。审查合同12件。\n"
    "（二）深化普法宣传。开展活动8场。\n"
    "二、存在的不足\n"
    "一是执法人员业务能力有待提高。\n"
    "石桥街道办事处\n"
    "2026年1月9日\n"
)


def test_the_counted_kinds_are_the_required_ones_in_declared_order() -> None:
    """COUNTED is REQUIRED_KINDS, no more and no less, in SectionKind's order."""
    assert set(COUNTED) == REQUIRED_KINDS
    assert [k.value for k in COUNTED] == ["measures", "shortcomings", "duties", "plans"]


def test_the_summary_row_counts_items_and_names_the_missing_kinds() -> None:
    """Counts of each kind's items, and the kinds with no section, in declared order."""
    row = summary_row(fzbg.parse_report(REPORT))
    assert (row["measures"], row["shortcomings"], row["duties"], row["plans"]) == (2, 1, 0, 0)
    assert row["missing_sections"] == ["duties", "plans"]
    assert row["signed"] == datetime.date(2026, 1, 9)


PLANS_ONLY = "一、主要举措和成效\n（一）加强组织领导。\n二、2026年工作安排\n（一）深化学习。\n"


@pytest.mark.parametrize("text", [REPORT, PLANS_ONLY])
def test_batch_parquet_and_to_frames_agree_on_the_summary(tmp_path: Path, text: str) -> None:
    """The Parquet row of a batch holds the summary columns to_frames gives, value for value
    (to_frames' dates as pandas timestamps)."""
    pq = pytest.importorskip("pyarrow.parquet")
    root = tmp_path / "reports"
    root.mkdir()
    (root / "a.txt").write_text(text, encoding="utf-8")
    run_batch(root, tmp_path / "out.parquet", jobs=1)
    batch_row = pq.read_table(tmp_path / "out.parquet").to_pylist()[0]
    frame_row = fzbg.to_frames([fzbg.parse_report(text)])["reports"].iloc[0]
    for column, value in summary_row(fzbg.parse_report(text)).items():
        assert batch_row[column] == value, column
        if isinstance(value, list):
            assert list(frame_row[column]) == value, column
        elif isinstance(value, datetime.date):  # to_frames has datetime64 columns
            assert frame_row[column].date() == value, column
        elif value is not None:
            assert frame_row[column] == value, column

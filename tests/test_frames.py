"""to_frames / write_parquet: tidy tables, one row per object, keyed by report, with spans."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

import fzbg
from fzbg import (
    Approx,
    Diagnostic,
    Duty,
    Measure,
    MissingExtraError,
    Quantity,
    Reference,
    Report,
    Section,
    SectionKind,
    Shortcoming,
    Span,
)
from fzbg.analyze.frames import TABLES, to_frames, write_parquet
from fzbg.examples import example_report_text

pd = pytest.importorskip("pandas")

TEXT = (
    "一、主要举措和成效\n"
    "（一）规范执法。1.开展培训3期。2.审查案卷40件。我们也看到：一是培训不足；二是人手紧张。共办案9件。\n"
    "（二）履行第一责任人职责。书记部署2次。\n"
)


def _span(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle))


def _quantity(text: str) -> Quantity:
    return Quantity(Decimal(text[:-1]), text[-1], Approx.EXACT, text, _span(text))


def _report() -> Report:
    """A measures section whose first item has two children, with a shortcomings section
    found inside that item's paragraph, and a duty stated as a measures item."""
    first_text = TEXT[TEXT.index("（一）") : TEXT.index("（二）")]
    children = tuple(
        Measure(SectionKind.MEASURES, m, i, t, m + t, _span(m + t))
        for i, (m, t) in enumerate([("1.", "开展培训3期。"), ("2.", "审查案卷40件。")], 1)
    )
    first = Measure(
        SectionKind.MEASURES, "（一）", 1, "规范执法", first_text, _span(first_text), children
    )
    duty_text = TEXT[TEXT.index("（二）") :]
    duty = Duty(SectionKind.DUTIES, "（二）", 2, "履行第一责任人职责", duty_text, _span(duty_text))
    hidden = tuple(
        Shortcoming(SectionKind.SHORTCOMINGS, m, i, t, m + t, _span(m + t))
        for i, (m, t) in enumerate([("一是", "培训不足；"), ("二是", "人手紧张。")], 1)
    )
    hidden_text = "一是培训不足；二是人手紧张。"
    return Report(
        text=TEXT,
        year=2024,
        sections=(
            Section(
                SectionKind.MEASURES,
                "一、主要举措和成效",
                1,
                TEXT,
                Span(0, len(TEXT)),
                (first, duty),
            ),
            Section(SectionKind.SHORTCOMINGS, None, None, hidden_text, _span(hidden_text), hidden),
        ),
        quantities=tuple(_quantity(t) for t in ("3期", "40件", "9件", "2次")),
        references=(Reference("law", "一、主要举措", Span(0, 6), "《主要举措》"),),
        diagnostics=(
            Diagnostic("ordinal-gap", "…", None),
            Diagnostic("broken-marker", "…", Span(1, 2)),
        ),
    )


def test_every_table_has_its_columns_even_when_empty() -> None:
    """No reports: every table exists, empty, with its columns."""
    frames = to_frames([])
    assert (
        set(frames)
        == set(TABLES)
        >= {"reports", "sections", "items", "quantities", "references", "diagnostics"}
    )
    for name, frame in frames.items():
        assert list(frame.columns) == list(TABLES[name])
        assert frame.empty


def test_one_row_per_object() -> None:
    """Rows count the objects: reports, sections, items with children, quantities …"""
    frames = to_frames([_report()])
    assert len(frames["reports"]) == 1
    assert len(frames["sections"]) == 2
    assert len(frames["items"]) == 2 + 2 + 2  # (一) with 1. 2., (二), 一是 二是
    assert len(frames["quantities"]) == 4
    assert len(frames["references"]) == 1
    assert len(frames["diagnostics"]) == 2


def test_references_carry_a_laws_canonical_name() -> None:
    """The references table has the canonical name beside the text."""
    refs = to_frames([_report()])["references"]
    assert refs[["kind", "canonical"]].to_dict("records") == [
        {"kind": "law", "canonical": "《主要举措》"}
    ]


def test_items_carry_parent_depth_class_and_span() -> None:
    """Children follow their parent, with parent_id and depth; class is kept; spans slice."""
    items = to_frames({"r": _report()})["items"]
    assert items["item_id"].tolist() == list(range(6))
    assert items["parent_id"].isna().tolist() == [True, False, False, True, True, True]
    assert items["parent_id"].tolist()[1:3] == [0, 0]
    assert items["depth"].tolist() == [0, 1, 1, 0, 0, 0]
    assert items["class"].tolist() == [
        "measure",
        "measure",
        "measure",
        "duty",
        "shortcoming",
        "shortcoming",
    ]
    assert items["kind"].tolist()[3] == "duties"
    assert items["section_index"].tolist() == [0, 0, 0, 0, 1, 1]
    for row in items.itertuples():
        assert TEXT[row.start : row.end] == row.text


def test_quantities_are_placed_in_their_innermost_item() -> None:
    """3期 lies in child 1., 40件 in child 2., 9件 in (一) after the hidden section, 2次 in (二)."""
    q = to_frames([_report()])["quantities"]
    assert q["text"].tolist() == ["3期", "40件", "9件", "2次"]
    assert q["item_id"].tolist() == [1, 2, 0, 3]
    assert q["section_index"].tolist() == [0, 0, 0, 0]
    assert q["value_exact"].tolist() == ["3", "40", "9", "2"]
    assert q["value"].tolist() == [3.0, 40.0, 9.0, 2.0]


def test_reports_are_keyed_by_mapping_key_or_position() -> None:
    """A mapping's keys are the report ids; an iterable's positions are."""
    report = _report()
    by_name = to_frames({"甲.txt": report, "乙.txt": report})
    assert by_name["sections"]["report_id"].tolist() == ["甲.txt", "甲.txt", "乙.txt", "乙.txt"]
    by_position = to_frames(iter([report, report]))
    assert by_position["reports"]["report_id"].tolist() == [0, 1]


def test_report_row_has_metadata_counts_and_missing_sections() -> None:
    """The reports table has metadata, counts of each kind and the missing kinds."""
    row = to_frames([_report()])["reports"].iloc[0]
    assert row["year"] == 2024
    assert pd.isna(row["plan_year"])
    # report.measures counts top-level items: (一) is a measure, (二) a duty
    assert (row["measures"], row["shortcomings"], row["duties"], row["plans"]) == (1, 2, 1, 0)
    assert list(row["missing_sections"]) == ["plans"]


def test_diagnostic_without_a_place_has_null_span() -> None:
    """A diagnostic with no span has null start and end (nullable integers)."""
    d = to_frames([_report()])["diagnostics"]
    assert d["start"].isna().tolist() == [True, False]
    assert str(d["start"].dtype) == "Int64"


def test_parsed_example_spans_slice_the_text() -> None:
    """On the shipped example, every section and item row slices its report's text."""
    report = fzbg.parse_report(example_report_text())
    frames = to_frames([report])
    for name in ("sections", "items"):
        for row in frames[name].itertuples():
            assert report.text[row.start : row.end] == row.text


def test_write_parquet_writes_one_file_per_table(tmp_path: Path) -> None:
    """Each table becomes <name>.parquet and reads back with the same rows."""
    pytest.importorskip("pyarrow")
    paths = write_parquet({"a": _report()}, tmp_path / "out")
    assert set(paths) == set(TABLES)
    items = pd.read_parquet(paths["items"])
    assert len(items) == 6
    assert items["class"].tolist()[3] == "duty"


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """No pandas: MissingExtraError that says to install fzbg[pandas]."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"fzbg\[pandas\]"):
        to_frames([_report()])


def test_without_pyarrow_parquet_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """No pyarrow: MissingExtraError naming fzbg[pandas]."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError, match=r"fzbg\[pandas\]"):
        write_parquet([_report()], tmp_path)

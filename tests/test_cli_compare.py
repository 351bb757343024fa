"""``fzbg compare OLD NEW``: the side-by-side outline, JSON, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _reports import planted_pair

from fzbg.run.cli import main


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """A planted report and its successor, written as files."""
    built = planted_pair()
    old, new = tmp_path / "2024.txt", tmp_path / "2025.txt"
    old.write_text(built.previous, encoding="utf-8")
    new.write_text(built.current, encoding="utf-8")
    return old, new


def test_compare_prints_both_reports_side_by_side(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Both titles head their columns; counts of repeats and follow-ups are given."""
    assert main(["compare", *map(str, pair)]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[1]
    assert first.startswith("松溪镇2024年度")
    assert first.rstrip().endswith("松溪镇2025年度法治政府建设情况报告")
    assert "repeated shortcomings: 4 of 6" in out
    assert "plans followed up: 4 of 6" in out
    assert out.count("(no measure carries it out)") == 2
    assert "penalty-cases" in out
    assert "36 → 52" in out


def test_compare_json_is_the_comparison(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The JSON holds every repeat with both spans, and one follow-up per plan."""
    assert main(["compare", *map(str, pair), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["current"]["year"] == 2025
    assert len(data["repeated_shortcomings"]) == 4
    assert all(len(r["previous"]["span"]) == 2 for r in data["repeated_shortcomings"])
    assert [f["measure"] is None for f in data["plan_followups"]] == [False] * 4 + [True] * 2
    changes = {c["key"]: (c["before"], c["after"]) for c in data["indicator_changes"]}
    assert changes["penalty-cases"] == ("36", "52")
    assert changes["court-appearance-rate"] == ("100", "95")


def test_compare_a_missing_file_is_one_line_and_status_2(
    pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No traceback: the path and what is wrong with it."""
    assert main(["compare", str(tmp_path / "none.txt"), str(pair[1])]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "none.txt" in err

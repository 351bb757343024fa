"""The indicator tables: the long one in to_frames, the wide one, and `fzbg indicators`."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import fzbg
from fzbg import INDICATORS
from fzbg.genre.levels import level_of
from fzbg.run.cli import main

TOWN = (
    "某某镇2024年法治政府建设情况报告\n一、主要举措和成效\n（一）依法行政。"
    "行政机关负责人出庭应诉率100%，开展行政检查354次，另开展行政检查20次。"
)
DEPARTMENT = (
    "某某市司法局2024年法治政府建设情况报告\n一、主要举措和成效\n（一）普法。发放宣传资料3000余份。"
)


def test_long_table_has_a_row_per_indicator() -> None:
    """to_frames()['indicators']: key, value, unit, approx, subject, text, span, quantity index."""
    report = fzbg.parse_report(TOWN)
    table = fzbg.to_frames({"a": report})["indicators"]
    assert table["key"].tolist() == ["court-appearance-rate", "inspections", "inspections"]
    first = table.iloc[1]
    assert (first["value"], first["unit"], first["approx"]) == (354.0, "次", "exact")
    assert (first["subject"], first["text"]) == ("行政检查", "354次")
    q = report.quantities[int(first["quantity_index"])]
    assert q is report.indicators[1].quantity
    assert report.text[int(first["start"]) : int(first["end"])].find("行政检查354次") >= 0


def test_wide_table_keeps_the_first_mention() -> None:
    """One row per report with issuer, year and level; a column per key; first mention wins."""
    reports = {"town": fzbg.parse_report(TOWN), "dept": fzbg.parse_report(DEPARTMENT)}
    table = fzbg.indicator_table(reports)
    assert list(table.columns) == ["report_id", "issuer", "year", "level", *INDICATORS.keys()]
    town, dept = table.iloc[0], table.iloc[1]
    assert (town["issuer"], town["year"], town["level"]) == ("某某镇", 2024, "township")
    assert town["inspections"] == 354.0
    assert dept["level"] == "department"
    assert dept["publicity-materials"] == 3000.0
    assert pd.isna(dept["inspections"])


def test_wide_table_with_another_registry() -> None:
    """A registry given to indicator_table keys the reports again; its keys are the columns."""
    mine = INDICATORS.drop("inspections")
    table = fzbg.indicator_table([fzbg.parse_report(TOWN)], registry=mine)
    assert "inspections" not in table.columns
    assert table.loc[0, "court-appearance-rate"] == 100.0


@pytest.mark.parametrize(
    ("issuer", "level"),
    [
        ("古城街道", "township"),
        ("某某镇人民政府", "township"),
        ("静海区", "county"),
        ("新县人民政府", "county"),
        ("淮安市人民政府", "city"),
        ("安徽省人民政府", "province"),
        ("内蒙古自治区", "province"),
        ("某某市司法局", "department"),
        ("农业农村部", "department"),
        (None, None),
        ("某某", None),
        ("   ", None),
        # a zone's committee and a prefecture's office govern a territory
        ("某某高新区管理委员会", "county"),
        ("某某经济技术开发区管委会", "county"),
        ("某某地区行政公署", "city"),
        ("某某地区", "city"),
        ("某某苏木人民政府", "township"),
        # a party committee is read as its place; joint signers as the government
        ("中共某某镇委员会", "township"),
        ("中共某某县委", "county"),
        ("中共某某街道工作委员会", "township"),
        ("中共某某县委 某某县人民政府", "county"),
        ("某某县发展和改革委员会", "department"),
        ("某某县委", "county"),
        ("某某省委、省政府", "province"),
        ("某某街道党工委、办事处", "township"),
        ("某某镇党委、政府", "township"),
        ("某某县发改委", "department"),
        ("某某县委依法治县办", "department"),
        ("某某区政府办", "department"),
        ("某某街道办", "township"),
        # agencies and their units: customs, brigades, stations, federations
        ("某某海关", "department"),
        ("某某县消防救援大队", "department"),
        ("某某县市场监管所", "department"),
        ("某某县气象站", "department"),
        ("某某县残疾人联合会", "department"),
        ("某某县供销合作社联合社", "department"),
    ],
)
def test_level_of_an_issuer(issuer: str | None, level: str | None) -> None:
    """The level is read from how the body's name ends."""
    assert level_of(issuer) == level


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".xlsx"])
def test_cli_writes_the_wide_table(tmp_path: Path, suffix: str) -> None:
    """`fzbg indicators DIR --out FILE` writes one row per report in the format of its suffix."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "town.txt").write_text(TOWN, encoding="utf-8")
    (folder / "dept.txt").write_text(DEPARTMENT, encoding="utf-8")
    out = tmp_path / f"table{suffix}"
    assert main(["indicators", str(folder), "--out", str(out)]) == 0
    read = {".csv": pd.read_csv, ".parquet": pd.read_parquet, ".xlsx": pd.read_excel}[suffix]
    table = read(out)
    assert len(table) == 2
    assert set(table["inspections"].dropna()) == {354.0}


def test_cli_registry_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--registry applies a TOML file; a bad suffix or an unreadable file is status 2."""
    source = tmp_path / "town.txt"
    source.write_text(TOWN, encoding="utf-8")
    toml = tmp_path / "mine.toml"
    toml.write_text('drop = ["inspections"]\n', encoding="utf-8")
    out = tmp_path / "t.csv"
    assert main(["indicators", str(source), "--out", str(out), "--registry", str(toml)]) == 0
    assert "inspections" not in pd.read_csv(out).columns
    assert main(["indicators", str(source), "--out", str(tmp_path / "t.txt")]) == 2
    assert main(["indicators", str(tmp_path / "missing.txt"), "--out", str(out)]) == 2
    assert "missing.txt" in capsys.readouterr().err


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_level_agrees_with_the_corpus_manifests() -> None:
    """Where the shared manifests name an issuer and its level, level_of reads the same."""
    manifests = sorted(SHARED.glob("corpus*/manifest.jsonl"))
    if not manifests:
        pytest.skip("../shared is absent")
    rows = [json.loads(line) for m in manifests for line in m.read_text("utf-8").splitlines()]
    named = [(r["issuer"], r["level"]) for r in rows if r.get("issuer") and r.get("level")]
    assert named
    assert [(issuer, level_of(issuer)) for issuer, _ in named] == named

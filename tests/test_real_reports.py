"""The real reports in ../shared parse, keep their invariants, and match their gold structure.

The texts stay in ../shared; these tests skip when it is absent.  No file is treated
differently from another: every check runs the same over every text that has gold.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import fzbg
from fzbg.text.normalize import fold

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEXTS = sorted([*SHARED.glob("seeds/*.txt"), *SHARED.glob("corpus/*.txt")])
pytestmark = pytest.mark.skipif(not TEXTS, reason="../shared is not beside the project")


def _gold(path: Path) -> dict[str, object]:
    seed = SHARED / "gold" / "seeds" / f"{path.stem}.json"
    if seed.is_file():
        return dict(json.loads(seed.read_text("utf-8")))
    for line in (SHARED / "corpus" / "manifest.jsonl").read_text("utf-8").splitlines():
        if line.strip() and json.loads(line)["file"] == path.name:
            return dict(json.loads(line))
    return {}


def _walk(items: tuple[fzbg.Item, ...]) -> list[fzbg.Item]:
    return [x for i in items for x in (i, *_walk(i.children))]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_invariants(path: Path) -> None:
    """Spans slice the text, debris restores the input, strict mode reports diagnostics."""
    source = path.read_text("utf-8")
    report = fzbg.parse_report(source)
    for s in report.sections:
        assert report.text[s.span.start : s.span.end] == s.text
        for item in _walk(s.items):
            assert report.text[item.span.start : item.span.end] == item.text
            assert s.span.start <= item.span.start <= item.span.end <= s.span.end
    starts = [s.span.start for s in report.sections]
    assert starts == sorted(starts)
    rebuilt = report.text
    for piece in reversed(report.debris):
        rebuilt = rebuilt[: piece.at] + piece.text + rebuilt[piece.at :]
    assert rebuilt == fzbg.normalize(source)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_level_one_headings_of_the_gold_are_sections(path: Path) -> None:
    """Every level-1 heading the gold names is a section of the gold's kind."""
    gold = _gold(path)
    report = fzbg.parse_report(path.read_text("utf-8"))
    got = {(s.kind.value, fold(s.heading or "").replace("\n", "")) for s in report.sections}
    wanted = [
        (h["kind"], fold(h["text"]).replace("\n", ""))
        for h in gold.get("headings", [])  # type: ignore[attr-defined]
        if h["level"] == 1
    ]
    wanted += [
        (s["kind"], fold(s["heading"] or ""))
        for s in gold.get("sections", [])  # type: ignore[attr-defined]
        if s["heading"]
    ]
    assert [w for w in wanted if w not in got] == []

"""compare(): copied shortcomings, plans followed up, copied sections, pairing by issuer."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from _reports import CHANGED, SHORTCOMINGS, UNCHANGED, Pair, planted_pair, traditional

import fzbg
from fzbg.analyze.compare import (
    REPEAT_THRESHOLD,
    compare,
    consecutive_pairs,
    issuer_key,
)
from fzbg.model import Report, SectionKind

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _same(text: str) -> str:
    return text


VARIANTS: dict[str, tuple[Callable[[str], str], bool]] = {
    "simplified": (_same, False),
    "traditional": (traditional, False),
    "page chrome": (_same, True),
}


def _parsed(variant: str) -> tuple[Pair, Report, Report]:
    convert, chrome = VARIANTS[variant]
    pair = planted_pair(chrome=chrome)
    return pair, fzbg.parse_report(convert(pair.previous)), fzbg.parse_report(convert(pair.current))


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_planted_repeat_is_found_and_no_other(variant: str) -> None:
    """Copied and reworded shortcomings are repeated; new ones are not."""
    pair, old, new = _parsed(variant)
    repeats = compare(old, new).repeated_shortcomings
    found = {new.shortcomings.index(r.shortcoming): r for r in repeats}
    assert sorted(found) == sorted(pair.copied + pair.reworded)
    for i in pair.copied:
        assert found[i].similarity == 1.0
    for i in pair.reworded:
        assert REPEAT_THRESHOLD <= found[i].similarity < 1.0


@pytest.mark.parametrize("variant", VARIANTS)
def test_repeats_carry_spans_into_both_texts(variant: str) -> None:
    """Each repeat's spans slice its shortcoming out of its own report's text."""
    _, old, new = _parsed(variant)
    for r in compare(old, new).repeated_shortcomings:
        assert new.text[r.shortcoming.span.start : r.shortcoming.span.end] == r.shortcoming.text
        assert old.text[r.previous.span.start : r.previous.span.end] == r.previous.text


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_plan_is_followed_up_or_dropped(variant: str) -> None:
    """Carried-out plans find their measure; dropped plans find none."""
    pair, old, new = _parsed(variant)
    result = compare(old, new)
    assert [f.plan for f in result.plan_followups] == list(old.plans)
    for i in pair.carried_out:
        measure = result.plan_followups[i].measure
        assert measure is not None
        assert old.plans[i].title == measure.title
    for i in pair.dropped:
        assert result.plan_followups[i].measure is None
    assert result.plans_without_followup == tuple(old.plans[i] for i in pair.dropped)


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_planted_indicator_change_is_found(variant: str) -> None:
    """Changed indicators show both values; an unchanged one is reported unchanged."""
    _, old, new = _parsed(variant)
    changes = {c.key: c for c in compare(old, new).indicator_changes}
    for key, (before, after) in CHANGED.items():
        assert (changes[key].before, changes[key].after) == (before, after)
        assert changes[key].changed
    for key, value in UNCHANGED.items():
        assert (changes[key].before, changes[key].after) == (value, value)
        assert not changes[key].changed


def test_indicator_changes_carry_spans_into_both_texts() -> None:
    """Each side's indicator span slices its own report's text."""
    _, old, new = _parsed("page chrome")
    for change in compare(old, new).indicator_changes:
        for report, side in ((old, change.previous), (new, change.current)):
            if side is not None:
                assert side.quantity.text in report.text[side.span.start : side.span.end]


def test_an_indicator_stated_in_one_report_only_has_none_on_the_other_side() -> None:
    """A key new this year has no value before."""
    old = fzbg.parse_report("一、主要举措和成效\n（一）规范执法。办理行政处罚案件36件。")
    new = fzbg.parse_report("一、主要举措和成效\n（一）规范执法。行政机关负责人出庭应诉率100%。")
    changes = {c.key: (c.before, c.after) for c in compare(old, new).indicator_changes}
    assert changes == {"penalty-cases": (36, None), "court-appearance-rate": (None, 100)}


def test_copied_share_is_per_section_and_high_where_copied() -> None:
    """The duties section, copied whole, is all copied; new plans are mostly not."""
    _, old, new = _parsed("simplified")
    shares = {s.kind: s.share for s in compare(old, new).copied_share}
    assert shares[SectionKind.DUTIES] == 1.0
    assert shares[SectionKind.PLANS] < 0.7
    assert all(0.0 <= v <= 1.0 for v in shares.values())


def test_a_report_against_itself_repeats_everything() -> None:
    """The same report twice: every shortcoming repeated, every section copied."""
    report = fzbg.parse_report(fzbg.example_report_text())
    result = compare(report, report)
    assert len(result.repeated_shortcomings) == len(report.shortcomings)
    assert all(s.share == 1.0 for s in result.copied_share)


def test_unrelated_reports_share_no_shortcoming() -> None:
    """The example report against a planted one: nothing repeated."""
    _, old, _ = _parsed("simplified")
    example = fzbg.parse_report(fzbg.example_report_text())
    assert compare(old, example).repeated_shortcomings == ()
    assert compare(example, old).repeated_shortcomings == ()


def test_empty_reports_compare_to_nothing() -> None:
    """Reports with no sections give an empty comparison, not an error."""
    result = compare(Report(""), Report(""))
    assert result == fzbg.Comparison((), (), (), ())


def test_a_comparison_pickles() -> None:
    """Results travel between processes."""
    _, old, new = _parsed("simplified")
    result = compare(old, new)
    assert pickle.loads(pickle.dumps(result)) == result


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("古城街道", "古城街道办事处"),
        ("静海区", "静海区人民政府"),
        ("松溪鎮", "松溪镇人民政府"),
        ("静海区 ", "静海区"),
    ],
)
def test_issuer_names_are_normalised(a: str, b: str) -> None:
    """The short and the long form of a body's name pair up."""
    assert issuer_key(a) == issuer_key(b)


def test_different_bodies_do_not_pair() -> None:
    """古城街道 is not 古城镇."""
    assert issuer_key("古城街道") != issuer_key("古城镇")


def test_pairs_are_consecutive_years_of_one_issuer() -> None:
    """2022 and 2024 do not pair; another body's 2023 does not pair; the order is by year."""
    reports = [
        Report("", issuer="古城街道办事处", year=2024),
        Report("", issuer="古城街道", year=2023),
        Report("", issuer="古城街道", year=2021),
        Report("", issuer="松溪镇", year=2022),
        Report("", issuer=None, year=2022),
    ]
    pairs = consecutive_pairs(reports)
    assert [(a.year, b.year) for a, b in pairs] == [(2023, 2024)]


def test_a_planted_pair_pairs_by_its_parsed_issuer() -> None:
    """Parsed reports pair by the issuer and year they state."""
    _, old, new = _parsed("traditional")
    assert consecutive_pairs([new, old]) == ((old, new),)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seeds are not beside the project")
def test_seeds_against_each_other_repeat_nothing() -> None:
    """Reports of different bodies share no shortcoming above the threshold."""
    reports = [fzbg.parse_report(p) for p in sorted(SEEDS.glob("*.txt"))]
    for old in reports:
        for new in reports:
            if old is not new and old.issuer != new.issuer:
                assert compare(old, new).repeated_shortcomings == ()


def test_the_thresholds_separate_the_built_wordings() -> None:
    """Each built rewording scores above the threshold against its original."""
    for original, reworded in SHORTCOMINGS:
        old = fzbg.parse_report(f"一、存在的不足和原因\n一是{original}")
        new = fzbg.parse_report(f"一、存在的不足和原因\n一是{reworded}")
        assert len(compare(old, new).repeated_shortcomings) == 1

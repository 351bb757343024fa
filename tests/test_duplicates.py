"""near_duplicates(): passages that different bodies share, found with MinHash LSH."""

from __future__ import annotations

import itertools
import pickle

import pytest
from _reports import corpus, planted_pair

import fzbg
from fzbg.analyze.duplicates import near_duplicates

pytest.importorskip("datasketch")


@pytest.fixture(scope="module")
def generated() -> tuple[set[tuple[int, int]], tuple[fzbg.NearDuplicate, ...]]:
    """A corpus of 600 bodies with 25 planted passages, and what near_duplicates finds."""
    built = corpus(600, groups=25)
    planted = {pair for _, owners in built.planted for pair in itertools.combinations(owners, 2)}
    found = near_duplicates(fzbg.parse_report(t) for t in built.texts)
    return planted, found


def test_every_planted_item_is_found(
    generated: tuple[set[tuple[int, int]], tuple[fzbg.NearDuplicate, ...]],
) -> None:
    """Each two reports that share a planted section or item (word for word or edited)
    are paired, at the level planted."""
    planted, found = generated
    pairs = {(d.first.report, d.second.report) for d in found}
    assert planted <= pairs
    assert {d.first.level for d in found} == {"section", "item"}


def test_no_pair_is_found_that_was_not_planted(
    generated: tuple[set[tuple[int, int]], tuple[fzbg.NearDuplicate, ...]],
) -> None:
    """Random passages of different bodies never pair (sections included)."""
    planted, found = generated
    assert {(d.first.report, d.second.report) for d in found} <= planted


def test_pairs_are_ordered_and_within_threshold(
    generated: tuple[set[tuple[int, int]], tuple[fzbg.NearDuplicate, ...]],
) -> None:
    """The first passage comes from the earlier report; every similarity clears 0.8."""
    _, found = generated
    assert found
    for d in found:
        assert d.first.report < d.second.report
        assert d.first.level == d.second.level
        assert 0.8 <= d.similarity <= 1.0


def test_one_body_is_never_paired_with_itself() -> None:
    """A body's two years (古城街道 and 古城街道办事处) share text but are not template copying."""
    pair = planted_pair(issuer="古城街道")
    old = fzbg.parse_report(pair.previous)
    new = fzbg.parse_report(pair.current.replace("古城街道", "古城街道办事处", 1))
    assert near_duplicates([old, new], threshold=0.5) == ()


def test_different_bodies_sharing_a_section_are_paired() -> None:
    """Two bodies with the same report but for the name share every long passage."""
    a = fzbg.parse_report(planted_pair(issuer="松溪镇").previous)
    b = fzbg.parse_report(planted_pair(issuer="竹林镇").previous)
    found = near_duplicates([a, b])
    assert {d.first.level for d in found} == {"section", "item"}
    for d in found:
        first = a.text[d.first.span.start : d.first.span.end]
        second = b.text[d.second.span.start : d.second.span.end]
        assert first.replace("松溪镇", "") == second.replace("竹林镇", "")


def test_results_pickle() -> None:
    """Pairs travel between processes."""
    a = fzbg.parse_report(planted_pair(issuer="松溪镇").previous)
    b = fzbg.parse_report(planted_pair(issuer="竹林镇").previous)
    found = near_duplicates([a, b])
    assert pickle.loads(pickle.dumps(found)) == found


def test_no_reports_no_pairs() -> None:
    """An empty corpus is no error."""
    assert near_duplicates([]) == ()

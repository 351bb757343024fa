"""near_duplicates(): passages that different bodies share, found with MinHash LSH."""

from __future__ import annotations

import itertools
import pickle
import sys

import pytest
from _reports import corpus, planted_pair
from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.analyze.compare import issuer_key
from fzbg.analyze.duplicates import MIN_CHARS, near_duplicates
from fzbg.analyze.similarity import comparable

pytest.importorskip("datasketch")
np = pytest.importorskip("numpy")

from fzbg.analyze.lsh import (  # noqa: E402 - needs numpy
    PassageIndex,
    band_keys,
    candidate_pairs,
    jaccard,
    shingles,
    signatures,
)


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


def _reference(reports: list[fzbg.Report], threshold: float) -> list[tuple[object, ...]]:
    """Every pair of passages of different bodies, compared exactly, one by one."""
    passages = []
    for number, report in enumerate(reports):
        owner = issuer_key(report.issuer) if report.issuer else f"#{number}"
        for section in report.sections:
            for level, part in [("section", section)] + [("item", i) for i in section.items]:
                text = comparable(part.text)
                if len(text) >= MIN_CHARS:
                    passages.append((number, owner, level, part.span, shingles(text)))
    found = []
    for a, b in itertools.combinations(passages, 2):
        if a[1] != b[1] and a[2] == b[2]:
            similarity = jaccard(a[4], b[4])
            if similarity >= threshold:
                found.append((a[0], a[2], a[3], b[0], b[3], similarity))
    return sorted(found, key=lambda f: (f[0], f[2].start, f[3], f[4].start))


def _key(d: fzbg.NearDuplicate) -> tuple[object, ...]:
    return (
        d.first.report,
        d.first.level,
        d.first.span,
        d.second.report,
        d.second.span,
        d.similarity,
    )


@pytest.fixture(scope="module")
def small() -> list[fzbg.Report]:
    """60 bodies' reports, 6 passages planted."""
    return [fzbg.parse_report(t) for t in corpus(60, groups=6, seed=3).texts]


@pytest.mark.parametrize("threshold", [0.8, 0.5, 0.25])
def test_the_index_finds_what_comparing_every_pair_finds(
    small: list[fzbg.Report], threshold: float
) -> None:
    """On a small corpus the LSH path gives exactly the pairs (and similarities) that an
    exact comparison of every two passages gives; at 0.25 these include some 300
    unplanted pairs of sections that share little more than their heading."""
    reports = small
    expected = _reference(reports, threshold)
    assert expected
    assert [_key(d) for d in near_duplicates(reports, threshold=threshold)] == expected


def test_a_passage_shared_by_many_bodies_pairs_each_two() -> None:
    """Boilerplate that n bodies copy gives n(n-1)/2 pairs, however many share a bucket."""
    shared = "（一）加强组织领导。成立法治政府建设领导小组，主要负责同志任组长，定期听取汇报。"
    reports = [
        fzbg.parse_report(f"{name}2024年法治政府建设年度报告\n一、主要举措和成效\n{shared}")
        for name in ("松溪镇", "竹林镇", "白沙乡", "云岭乡", "桃源镇")
    ]
    found = near_duplicates(reports)
    assert {(d.first.report, d.second.report) for d in found if d.first.level == "item"} == set(
        itertools.combinations(range(5), 2)
    )


_TEXTS = st.lists(st.text(alphabet="依法行政治理", max_size=12), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(_TEXTS, st.data())
def test_a_signature_does_not_depend_on_its_batch(texts: list[str], data: st.DataObject) -> None:
    """A passage's signature is the same alone as beside others (no shingle crosses from
    one passage into the next), short and empty passages included."""
    batch = signatures(texts, 16)
    k = data.draw(st.integers(0, len(texts) - 1))
    assert (batch[:, k] == signatures([texts[k]], 16)[:, 0]).all()
    if len(shingles(texts[k])) == 0:
        assert (batch[:, k] == 0xFFFFFFFF).all()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 3), min_size=5, max_size=5), min_size=1, max_size=3))
def test_candidates_are_the_pairs_that_share_a_bucket(bands: list[list[int]]) -> None:
    """candidate_pairs gives each two passages with an equal key in some band, once."""
    arrays = [np.array(band, dtype=np.uint32) for band in bands]
    expected = sorted(
        {
            (i, j)
            for band in bands
            for i, j in itertools.combinations(range(5), 2)
            if band[i] == band[j]
        }
    )
    assert [tuple(p) for p in candidate_pairs(arrays).tolist()] == expected


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.text(alphabet="依法行政治理推进建设", min_size=3, max_size=40), min_size=2, max_size=8
    )
)
def test_the_index_pairs_identical_passages_and_only_checks_real_ones(texts: list[str]) -> None:
    """Passages with the same shingles always meet in a bucket; two passages of one owner
    or of different salts never do."""
    index = PassageIndex(num_perm=64, bands=16, rows=4)
    for n, text in enumerate(texts):
        index.add(text, owner=n // 2, salt=int(n % 3 == 0))
    found = set(index.candidates())
    for i, j in itertools.combinations(range(len(texts)), 2):
        alike = shingles(texts[i]) == shingles(texts[j])
        apart = i // 2 == j // 2 or (i % 3 == 0) != (j % 3 == 0)
        if apart:
            assert (i, j) not in found
        elif alike:
            assert (i, j) in found
        if (i, j) in found:
            assert index.similarity(i, j) == jaccard(shingles(texts[i]), shingles(texts[j]))


def test_signatures_estimate_the_similarity() -> None:
    """The share of rows two signatures agree on is near the two texts' Jaccard."""
    base = "依法全面履行政府职能推进行政决策科学化民主化法治化严格规范公正文明执法"
    edited = base[:20] + "不断" + base[22:]
    sig = signatures([base, edited], 256)
    estimate = float((sig[:, 0] == sig[:, 1]).mean())
    assert abs(estimate - jaccard(shingles(base), shingles(edited))) < 0.1


def test_band_keys_separate_salts() -> None:
    """The same signature under two salts gives different keys in every band."""
    sig = signatures(["依法全面履行政府职能"] * 2, 16)
    keys = band_keys(sig, 4, 4, np.array([0, 1], dtype=np.uint64))
    assert (keys[:, 0] != keys[:, 1]).all()


@pytest.mark.parametrize("module", ["datasketch", "fzbg.analyze.lsh"])
def test_without_the_corpus_extra(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    """No datasketch, or no numpy for the batch hashing: MissingExtraError naming the extra."""
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(fzbg.MissingExtraError, match=r"pip install 'fzbg\[corpus\]'"):
        near_duplicates([])


def test_candidates_far_below_the_least_similarity_are_left_out() -> None:
    """The sketch drops a pair that shares half its shingles when asked for 0.9, never a
    copy; asked for nothing, it keeps both."""
    base = "依法全面履行政府职能推进行政决策科学化民主化法治化严格规范公正文明执法"
    half = base[:18] + "加强行政复议和应诉工作化解行政争议维护群众合法权益"
    index = PassageIndex(num_perm=64, bands=64, rows=1)
    for owner, text in enumerate([base, base, half]):
        index.add(text, owner=owner, salt=0)
    assert 0.2 < jaccard(shingles(base), shingles(half)) < 0.6
    assert list(index.candidates(least=0.9)) == [(0, 1)]
    assert list(index.candidates()) == [(0, 1), (0, 2), (1, 2)]

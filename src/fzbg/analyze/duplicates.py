"""Passages that different bodies' reports share: template copying across a corpus.

Every section and every top-level item long enough to mean something becomes a set of
character shingles, summarised by a MinHash; MinHash LSH (datasketch) then brings
together the passages whose shingle sets are likely to overlap by at least the
threshold, without comparing every pair.  The reports are read once, as a stream, and
only the small records, the LSH index and each passage's shingle hashes (to check
candidates exactly) are kept, so a corpus of 10^5 reports
fits on one machine.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from fzbg.analyze.compare import issuer_key
from fzbg.analyze.similarity import comparable
from fzbg.errors import MissingExtraError
from fzbg.model import Item, Report, Section, SectionKind, Span

__all__ = ["DUPLICATE_THRESHOLD", "NearDuplicate", "Passage", "near_duplicates"]

DUPLICATE_THRESHOLD = 0.8
"""The default least Jaccard similarity of two passages' shingle sets."""

SHINGLE = 3
"""Characters per shingle: three Han characters are rarely shared by chance."""

MIN_CHARS = 30
"""Passages shorter than this (punctuation aside) are left out: every report has
``加强组织领导`` and it proves nothing."""

NUM_PERM = 64
"""MinHash permutations.  The estimate only picks candidates, which are then checked
exactly, so a rough one is enough."""

_RECALL_WEIGHTS = (0.1, 0.9)
"""LSH bands weighted against missing a pair: a missed copy is the costlier error, a
false candidate costs one exact comparison."""

_SLACK = 0.15
"""The LSH index looks for pairs this much less similar than the threshold, and each
candidate is then checked exactly: at a threshold of 0.8 (LSH 0.65, 13 bands of 4 rows)
a pair of similarity 0.8 becomes a candidate 999 times in 1000, one of 0.85 9999 in
10000."""

_MISSING = "near_duplicates needs datasketch: pip install 'fzbg[corpus]'"


@attrs.frozen
class Passage:
    """A section or an item of one report of the corpus."""

    report: int
    """The report's position in the input, from 0."""
    issuer: str | None
    """The report's issuer, as written."""
    kind: SectionKind
    """The kind of the section the passage is (or is in)."""
    level: str
    """``"section"`` or ``"item"``."""
    span: Span
    """The passage's span in its report's text."""


@attrs.frozen
class NearDuplicate:
    """Two passages of different bodies' reports that say nearly the same words."""

    first: Passage
    """The passage of the earlier report in the input."""
    second: Passage
    """The passage of the later report."""
    similarity: float
    """The Jaccard similarity of the two passages' shingle sets (exact, not estimated)."""


def near_duplicates(
    reports: Iterable[Report], *, threshold: float = DUPLICATE_THRESHOLD
) -> tuple[NearDuplicate, ...]:
    r"""Find the sections and items that different bodies' reports share.

    Sections are compared with sections and items with items.  Reports of one issuer
    (by :func:`~fzbg.issuer_key`; a report without an issuer is a body of its own) are
    never paired with each other: a body may repeat itself, which :func:`~fzbg.compare`
    reports.

    Args:
        reports: The corpus, read once (a generator is fine).
        threshold: The least similarity (0–1) of a pair that is reported.

    Returns:
        The pairs, ordered by the first passage's report and position.

    Raises:
        MissingExtraError: When datasketch is not installed (``pip install 'fzbg[corpus]'``).

    Example:
        >>> import fzbg
        >>> shared = (
        ...     "（一）加强组织领导。成立法治政府建设领导小组，主要负责同志任组长，"
        ...     "定期听取工作汇报，研究解决重大问题。"
        ... )
        >>> a = fzbg.parse_report("一、主要举措和成效\n" + shared)
        >>> b = fzbg.parse_report("一、主要举措和成效\n" + shared.replace("定期", "按季度"))
        >>> pairs = near_duplicates([a, b], threshold=0.7)
        >>> sorted({p.first.level for p in pairs})
        ['item', 'section']

    """
    lsh_class, minhash_class = _datasketch()
    index = _Index(
        lsh_class(
            threshold=max(threshold - _SLACK, 0.05),
            num_perm=NUM_PERM,
            weights=_RECALL_WEIGHTS,
            hashfunc=_band_key,
        ),
        threshold,
    )
    for number, report in enumerate(reports):
        owner = issuer_key(report.issuer) if report.issuer else f"#{number}"
        units = list(_passages(number, report))
        sets = [_shingles(text) for _, text in units]
        hashes = minhash_class.bulk(sets, num_perm=NUM_PERM, hashfunc=int)
        for (passage, _), grams, minhash in zip(units, sets, hashes, strict=True):
            index.add(passage, owner, grams, minhash)
    index.found.sort(key=lambda d: (d.first.report, d.first.span.start, d.second.report))
    return tuple(index.found)


class _Index:
    """The passages seen so far: each is checked against the earlier ones, then added."""

    def __init__(self, lsh: Any, threshold: float) -> None:
        self.lsh = lsh
        self.threshold = threshold
        self.passages: list[Passage] = []
        self.owners: list[str] = []
        self.shingles: list[array[int]] = []
        self.found: list[NearDuplicate] = []

    def add(self, passage: Passage, owner: str, grams: set[int], minhash: Any) -> None:
        exact = array("I", sorted(grams))
        for key in self.lsh.query(minhash):
            other = self.passages[key]
            if self.owners[key] == owner or other.level != passage.level:
                continue
            similarity = _jaccard(self.shingles[key], exact)
            if similarity >= self.threshold:
                self.found.append(NearDuplicate(other, passage, similarity))
        self.lsh.insert(len(self.passages), minhash, check_duplication=False)
        self.passages.append(passage)
        self.owners.append(owner)
        self.shingles.append(exact)


def _datasketch() -> tuple[Any, Any]:
    try:
        from datasketch import MinHash, MinHashLSH  # noqa: PLC0415 - an optional extra
    except ImportError:
        raise MissingExtraError(_MISSING) from None
    return MinHashLSH, MinHash


def _passages(index: int, report: Report) -> Iterator[tuple[Passage, str]]:
    for section in report.sections:
        yield from _passage(index, report, section, "section")
        for item in section.items:
            yield from _passage(index, report, item, "item")


def _passage(
    index: int, report: Report, part: Section | Item, level: str
) -> Iterator[tuple[Passage, str]]:
    text = comparable(part.text)
    if len(text) >= MIN_CHARS:
        yield Passage(index, report.issuer, part.kind, level, part.span), text


def _shingles(text: str) -> set[int]:
    """A passage's shingles, each as its 32-bit hash: what MinHash and the check read."""
    return {zlib.crc32(text[i : i + SHINGLE].encode()) for i in range(len(text) - SHINGLE + 1)}


def _band_key(data: bytes) -> bytes:
    """A band of a signature as 8 bytes (the index keeps 8 bytes a band, not 32)."""
    return hash(data).to_bytes(8, "little", signed=True)


def _jaccard(a: array[int], b: array[int]) -> float:
    shared = len(set(a).intersection(b))
    union = len(a) + len(b) - shared
    return shared / union if union else 0.0

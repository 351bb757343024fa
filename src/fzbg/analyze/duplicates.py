"""Passages that different bodies' reports share: template copying across a corpus.

Every section and every top-level item long enough to mean something becomes a set of
character shingles, summarised by a MinHash; MinHash LSH then brings together the
passages whose shingle sets are likely to overlap by at least the threshold, without
comparing every pair, and each candidate is checked exactly.  datasketch picks the LSH
bands for the threshold; :mod:`fzbg.analyze.lsh` computes the signatures and buckets a
batch of passages at a time with numpy.  The reports are read once, as a stream, and
only each passage's text, its band keys and a few numbers are kept (some 450 bytes a
passage), so a corpus of 10^5 reports fits on one machine.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from fzbg.analyze.compare import issuer_key
from fzbg.analyze.similarity import comparable
from fzbg.errors import MissingExtraError
from fzbg.model import Item, Report, Section, SectionKind, Span

if TYPE_CHECKING:
    from fzbg.analyze.lsh import PassageIndex

__all__ = ["DUPLICATE_THRESHOLD", "NearDuplicate", "Passage", "near_duplicates"]

DUPLICATE_THRESHOLD = 0.8
"""The default least Jaccard similarity of two passages' shingle sets."""

MIN_CHARS = 30
"""Passages shorter than this (punctuation aside) are left out: every report has
``加强组织领导`` and it proves nothing."""

NUM_PERM = 256
"""MinHash permutations.  The estimate only picks candidates, which are then checked
exactly; but passages of the genre share headings and stock phrases, and the false
candidates among n passages grow as n²: enough rows buy bands long enough (7 rows) that
two sections sharing a quarter of their shingles meet in 1 case in 450, not 1 in 20 as
with 64 rows (bands of 4), and a corpus of 10^5 reports stays in minutes."""

_RECALL_WEIGHTS = (0.1, 0.9)
"""LSH bands weighted against missing a pair: a missed copy is the costlier error, a
false candidate costs one exact comparison."""

_SLACK = 0.15
"""The LSH index looks for pairs this much less similar than the threshold, and each
candidate is then checked exactly: at a threshold of 0.8 (LSH 0.65, 36 bands of 7 rows)
a pair of similarity 0.8 becomes a candidate 9998 times in 10000, one of 0.85 all but
once in a million."""

_ESTIMATE_SLACK = 0.3
"""A candidate whose similarity, estimated on 64 rows of the two signatures, is this far
below the threshold is not checked exactly (a pair at the threshold is dropped less than
once in a million): most of the candidates of a large corpus are sections that share a
heading and little else."""

_MISSING = "near_duplicates needs datasketch and numpy: pip install 'fzbg[corpus]'"

_LEVELS = ("section", "item")
_KINDS = tuple(SectionKind)


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
    try:
        from fzbg.analyze.lsh import PassageIndex  # noqa: PLC0415 - numpy, an optional extra
    except ImportError:
        raise MissingExtraError(_MISSING) from None
    bands, rows = _bands(threshold)
    corpus = _Corpus(PassageIndex(num_perm=NUM_PERM, bands=bands, rows=rows))
    for number, report in enumerate(reports):
        corpus.add(number, report)
    return corpus.pairs(threshold)


class _Corpus:
    """The passages read so far: texts and band keys in the index, the rest in arrays."""

    def __init__(self, index: PassageIndex) -> None:
        self.index = index
        self.issuers: list[str | None] = []  # per report
        self.owners: dict[str, int] = {}
        self.reports = array("q")  # per passage: report, level, kind, start, end
        self.levels = array("b")
        self.kinds = array("b")
        self.spans = array("q")

    def add(self, number: int, report: Report) -> None:
        owner = issuer_key(report.issuer) if report.issuer else f"#{number}"
        owner_id = self.owners.setdefault(owner, len(self.owners))
        self.issuers.append(report.issuer)
        for section in report.sections:
            self._add(number, owner_id, section, 0)
            for item in section.items:
                self._add(number, owner_id, item, 1)

    def _add(self, number: int, owner: int, part: Section | Item, level: int) -> None:
        text = comparable(part.text)
        if len(text) < MIN_CHARS:
            return
        self.index.add(text, owner=owner, salt=level)
        self.reports.append(number)
        self.levels.append(level)
        self.kinds.append(_KINDS.index(part.kind))
        self.spans.extend((part.span.start, part.span.end))

    def passage(self, number: int) -> Passage:
        report = self.reports[number]
        span = Span(self.spans[2 * number], self.spans[2 * number + 1])
        kind, level = _KINDS[self.kinds[number]], _LEVELS[self.levels[number]]
        return Passage(report, self.issuers[report], kind, level, span)

    def pairs(self, threshold: float) -> tuple[NearDuplicate, ...]:
        """The candidates whose exact similarity clears ``threshold``, in order."""
        found = []
        for first, second in self.index.candidates(least=threshold - _ESTIMATE_SLACK):
            similarity = self.index.similarity(first, second)
            if similarity >= threshold:
                found.append((first, second, similarity))
        # By the first passage's report and position, then the second's.
        found.sort(key=lambda f: (self.reports[f[0]], self.spans[2 * f[0]], f[1], f[0]))
        return tuple(
            NearDuplicate(self.passage(first), self.passage(second), similarity)
            for first, second, similarity in found
        )


def _bands(threshold: float) -> tuple[int, int]:
    """The LSH bands and rows a band that datasketch picks for ``threshold``."""
    try:
        from datasketch import MinHashLSH  # noqa: PLC0415 - an optional extra
    except ImportError:
        raise MissingExtraError(_MISSING) from None
    lsh = MinHashLSH(
        threshold=max(threshold - _SLACK, 0.05), num_perm=NUM_PERM, weights=_RECALL_WEIGHTS
    )
    return int(lsh.b), int(lsh.r)

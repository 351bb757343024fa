"""One body's report against its report of the year before.

:func:`compare` answers the questions an auditor asks of a pair of reports: which
shortcomings were copied from last year, which of last year's plans show up as this
year's measures, how the key indicators moved, and how much of each section was copied.
:func:`consecutive_pairs` finds such pairs in a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

import attrs
import regex

from fzbg.analyze.similarity import comparable, containment, item_grams, restatement
from fzbg.model import (
    Indicator,
    Item,
    Measure,
    Plan,
    Report,
    Section,
    SectionKind,
    Shortcoming,
    Span,
)

__all__ = [
    "FOLLOWUP_THRESHOLD",
    "REPEAT_THRESHOLD",
    "Comparison",
    "IndicatorChange",
    "PlanFollowup",
    "RepeatedShortcoming",
    "SectionShare",
    "compare",
    "consecutive_pairs",
    "issuer_key",
]

REPEAT_THRESHOLD = 0.6
"""A shortcoming restates one of last year when their bigram similarity is at least this.

Chosen on built pairs (``bench/compare_thresholds.py``): word-for-word copies score 1,
built rewordings 0.72–0.88, new shortcomings 0; between 52 real reports of different
bodies the highest score is 0.24."""

FOLLOWUP_THRESHOLD = 0.5
"""A measure carries out a plan when it has at least this share of the plan's bigrams in
order.  Built pairs: carried-out plans 0.69–0.93, dropped plans 0.03–0.07; a plan against
the measures of another body's real report: 0.23 at the 99th percentile, 0.42 at most."""

SHINGLE = 8
"""Characters in a run that counts as copied for :attr:`SectionShare.share`: eight
characters in a row are rarely shared by chance but a copied clause always has them."""


@attrs.frozen
class RepeatedShortcoming:
    """A shortcoming of this year's report that restates one of last year's."""

    shortcoming: Shortcoming
    """The shortcoming of the current report; its span indexes the current text."""
    previous: Shortcoming
    """The shortcoming of the previous report it restates; its span indexes that text."""
    similarity: float
    """Bigram similarity, 0–1; 1 for a word-for-word copy."""


@attrs.frozen
class PlanFollowup:
    """One plan of last year's report and the measure of this year's that carries it out."""

    plan: Plan
    """The plan of the previous report; its span indexes that text."""
    measure: Measure | None
    """The best-matching measure of the current report, or None when none carries the
    plan out (its similarity is below the threshold)."""
    similarity: float
    """The share of the plan's bigrams the best measure has, in order, 0–1 (also given
    when :attr:`measure` is None, for the best measure that fell short)."""


@attrs.frozen
class IndicatorChange:
    """One indicator's value last year and this year."""

    key: str
    """The indicator's key (``court-appearance-rate``, ``penalty-cases`` …)."""
    previous: Indicator | None
    """Its first statement in the previous report (span into that text), or None."""
    current: Indicator | None
    """Its first statement in the current report (span into that text), or None."""

    @property
    def before(self) -> Decimal | None:
        """The value last year, or None when last year's report does not state it."""
        return self.previous.quantity.value if self.previous is not None else None

    @property
    def after(self) -> Decimal | None:
        """The value this year, or None when this year's report does not state it."""
        return self.current.quantity.value if self.current is not None else None

    @property
    def changed(self) -> bool:
        """Whether the value (or its unit) differs, or only one report states it."""
        if self.previous is None or self.current is None:
            return True
        old, new = self.previous.quantity, self.current.quantity
        return (old.value, old.unit) != (new.value, new.unit)


@attrs.frozen
class SectionShare:
    """How much of one section of this year's report was already in last year's."""

    kind: SectionKind
    """The section's kind."""
    heading: str | None
    """The section's heading as written."""
    span: Span
    """The section's span in the current report's text."""
    share: float
    """The share of the section's characters (punctuation aside) that lie in a run of
    at least eight characters (``SHINGLE``) also found in the previous report, 0–1."""


@attrs.frozen
class Comparison:
    """What changed between a body's report and its report of the year before."""

    repeated_shortcomings: tuple[RepeatedShortcoming, ...]
    """The current report's shortcomings that restate a previous one, in text order."""
    plan_followups: tuple[PlanFollowup, ...]
    """One per plan of the previous report, in order."""
    indicator_changes: tuple[IndicatorChange, ...]
    """One per indicator key either report states: the previous report's keys in text
    order, then the keys only the current report states."""
    copied_share: tuple[SectionShare, ...]
    """One per section of the current report, in order."""

    @property
    def plans_without_followup(self) -> tuple[Plan, ...]:
        """The previous report's plans that no current measure carries out."""
        return tuple(f.plan for f in self.plan_followups if f.measure is None)


def compare(
    previous: Report,
    current: Report,
    *,
    repeat_threshold: float = REPEAT_THRESHOLD,
    followup_threshold: float = FOLLOWUP_THRESHOLD,
) -> Comparison:
    r"""Compare a report with the same body's report of the year before.

    Args:
        previous: Last year's report.
        current: This year's report.
        repeat_threshold: The least similarity at which a shortcoming counts as repeated.
        followup_threshold: The least share of a plan's words a measure must have to
            count as carrying it out.

    Returns:
        The repeated shortcomings, the follow-up of every plan, the change of every
        indicator, and the copied share of every section.

    Example:
        >>> import fzbg
        >>> old = fzbg.parse_report(
        ...     "一、存在的不足和原因\n一是执法人员专业化水平不高。\n"
        ...     "二、下一步工作安排\n一是推进执法人员轮训全覆盖。"
        ... )
        >>> new = fzbg.parse_report(
        ...     "一、主要举措和成效\n一是推进执法人员轮训全覆盖，全年培训120人次。\n"
        ...     "二、存在的不足和原因\n一是执法人员专业化水平不高。"
        ... )
        >>> result = compare(old, new)
        >>> [r.similarity for r in result.repeated_shortcomings]
        [1.0]
        >>> result.plan_followups[0].measure.text
        '一是推进执法人员轮训全覆盖，全年培训120人次。'

    """
    return Comparison(
        repeated_shortcomings=tuple(
            _repeated(previous.shortcomings, current.shortcomings, repeat_threshold)
        ),
        plan_followups=tuple(_followups(previous.plans, current.measures, followup_threshold)),
        indicator_changes=_indicator_changes(previous, current),
        copied_share=_copied_shares(previous, current),
    )


def _repeated(
    old: tuple[Shortcoming, ...], new: tuple[Shortcoming, ...], threshold: float
) -> Iterator[RepeatedShortcoming]:
    old_grams = [(item, item_grams(item)) for item in _flatten(old)]
    for item in _flatten(new):
        grams = item_grams(item)
        scored = [(restatement(grams, g), o) for o, g in old_grams]
        if not scored:
            return
        score, best = max(scored, key=lambda pair: pair[0])
        if score >= threshold:
            yield RepeatedShortcoming(item, best, score)  # type: ignore[arg-type]


def _followups(
    plans: tuple[Plan, ...], measures: tuple[Measure, ...], threshold: float
) -> Iterator[PlanFollowup]:
    candidates = [(m, item_grams(m)) for m in _flatten(measures)]
    for plan in plans:
        grams = item_grams(plan)
        best: Item | None = None
        score = 0.0
        for measure, m_grams in candidates:
            s = containment(grams, m_grams)
            if s > score:
                best, score = measure, s
        found = best if score >= threshold else None
        yield PlanFollowup(plan, found, score)  # type: ignore[arg-type]


def _indicator_changes(previous: Report, current: Report) -> tuple[IndicatorChange, ...]:
    old, new = _first_of_each(previous), _first_of_each(current)
    keys = list(old) + [k for k in new if k not in old]
    return tuple(IndicatorChange(k, old.get(k), new.get(k)) for k in keys)


def _first_of_each(report: Report) -> dict[str, Indicator]:
    """Each key's first indicator: the later ones are mostly breakdowns or asides."""
    first: dict[str, Indicator] = {}
    for indicator in report.indicators:
        first.setdefault(indicator.key, indicator)
    return first


def _flatten(items: Iterable[Item]) -> Iterator[Item]:
    """Every item and, below it, its children: a point may be restated by a sub-point."""
    for item in items:
        yield item
        yield from _flatten(item.children)


def _copied_shares(previous: Report, current: Report) -> tuple[SectionShare, ...]:
    seen = _shingles(comparable(previous.text))
    return tuple(SectionShare(s.kind, s.heading, s.span, _share(s, seen)) for s in current.sections)


def _shingles(words: str) -> set[str]:
    return {words[i : i + SHINGLE] for i in range(len(words) - SHINGLE + 1)}


def _share(section: Section, seen: set[str]) -> float:
    words = comparable(section.text)
    if not words:
        return 0.0
    covered = bytearray(len(words))
    for i in range(len(words) - SHINGLE + 1):
        if words[i : i + SHINGLE] in seen:
            covered[i : i + SHINGLE] = b"\x01" * SHINGLE
    return sum(covered) / len(words)


# --- pairing ------------------------------------------------------------------------------

# What the full name of a body adds to its short name: 古城街道办事处 is 古城街道,
# 静海区人民政府 is 静海区.  Cut from the end before issuers are compared.
_LONG_FORM = regex.compile(r"(?<=街道)办事处$|(?<=[省市区县镇乡旗])人民政府$")


def issuer_key(issuer: str) -> str:
    """The name under which an issuer's reports of different years are paired.

    Folded (full-width and traditional forms), spaces and punctuation dropped, and the
    long form of a body's name cut to its short one.

    >>> issuer_key("古城街道办事处") == issuer_key("古城街道")
    True
    >>> issuer_key("静海區人民政府")
    '静海区'
    """
    return _LONG_FORM.sub("", comparable(issuer) or issuer.strip())


def consecutive_pairs(reports: Iterable[Report]) -> tuple[tuple[Report, Report], ...]:
    """The pairs of reports by one issuer on consecutive years, older first.

    Reports without an issuer or a year are left out; of two reports by one issuer on
    the same year the first is kept.

    Args:
        reports: Any reports.

    Returns:
        ``(previous, current)`` pairs, ordered by issuer and year.

    Example:
        >>> from fzbg import Report
        >>> pairs = consecutive_pairs(
        ...     [
        ...         Report("", issuer="古城街道", year=2024),
        ...         Report("", issuer="古城街道办事处", year=2023),
        ...     ]
        ... )
        >>> [(a.year, b.year) for a, b in pairs]
        [(2023, 2024)]

    """
    by_key: dict[tuple[str, int], Report] = {}
    for report in reports:
        if report.issuer and report.year is not None:
            by_key.setdefault((issuer_key(report.issuer), report.year), report)
    return tuple(
        (by_key[(issuer, year - 1)], report)
        for (issuer, year), report in sorted(by_key.items(), key=lambda kv: kv[0])
        if (issuer, year - 1) in by_key
    )

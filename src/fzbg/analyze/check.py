"""Compliance: what a report lacks against the 2019 《法治政府建设与责任落实督察工作规定》.

:func:`check` runs a table of rules over a parsed report and returns a
:class:`Compliance` holding one :class:`Finding` per problem. Codes are stable kebab-case
strings; :data:`CODES` lists them with what each means.

- Every report states four things: 主要举措和成效, 存在的不足和原因, 党政主要负责人履行
  第一责任人职责情况 and 下一年度的主要安排 (article 25); a shortcomings section also says
  why (原因).
- Governments report by the end of the first quarter and publish by 1 April; departments
  report to their government by 1 March (article 26). A report published before the year
  it reports on is over cannot have reported on the whole of it.
- The years agree: the title's year and the measures heading's year are the year reported
  on, and the plans are for the year after.
- Audits of published reports fault vague ones: a shortcomings section with no concrete
  point, and achievements with no number at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Literal

import attrs
import regex

from fzbg.analyze.summary import COUNTED
from fzbg.genre.bodies import ISSUER_KIND_ENDINGS, first_name
from fzbg.model import Item, Report, Section, SectionKind, Span

__all__ = ["CODES", "CODES_ZH", "Compliance", "Finding", "IssuerKind", "check", "issuer_kind_of"]

IssuerKind = Literal["government", "department"]
"""Who issued the report: a people's government, or one of its departments."""


@attrs.frozen
class Finding:
    """One way in which a report falls short of the rules."""

    code: str
    """A stable kebab-case code from :data:`CODES`: ``missing-duties``, ``published-late`` …"""
    message: str
    """What is wrong, for a person, naming the dates or years involved."""
    span: Span | None = None
    """The evidence in :attr:`Report.text`; None when the finding is about an absence."""


@attrs.frozen
class Compliance:
    """The result of :func:`check`: every finding, in the order of :data:`CODES`."""

    findings: tuple[Finding, ...] = ()
    """The findings; empty when the report passes every rule."""
    issuer_kind: IssuerKind = "government"
    """The issuer kind whose deadline was applied: as given, or inferred from the issuer."""

    @property
    def ok(self) -> bool:
        """Whether there is no finding at all."""
        return not self.findings

    @property
    def codes(self) -> frozenset[str]:
        """The codes of the findings."""
        return frozenset(f.code for f in self.findings)


CODES: dict[str, str] = {
    "missing-measures": "no section on the year's main measures and results (主要举措和成效)",
    "missing-shortcomings": "no section on shortcomings and their causes (存在的不足和原因)",
    "missing-duties": "no account of the principal officials' duties (第一责任人职责)",
    "missing-plans": "no section on next year's plans (下一年度的主要安排)",
    "shortcomings-without-causes": "the shortcomings section gives no causes (原因)",
    "no-concrete-shortcomings": "the shortcomings section has no enumerated, concrete point",
    "measures-without-quantities": "the measures sections state no quantity at all",
    "published-late": "published after 1 April of the next year (1 March for a department)",
    "published-before-year-end": "published before the year reported on had ended",
    "signed-before-year-end": "dated before the year reported on had ended",
    "title-year-mismatch": "the title's year is not the year reported on",
    "measures-year-mismatch": "the measures heading's year is not the year reported on",
    "plan-year-mismatch": "the plans are not for the year after the year reported on",
}
"""Every finding code, in the order findings are reported, with what it means."""

CODES_ZH: dict[str, str] = {
    "missing-measures": "缺少主要举措和成效",
    "missing-shortcomings": "缺少存在的不足和原因",
    "missing-duties": "缺少第一责任人职责情况",
    "missing-plans": "缺少下一年度主要安排",
    "shortcomings-without-causes": "不足未分析原因",
    "no-concrete-shortcomings": "不足未具体列举",
    "measures-without-quantities": "成效无量化数据",
    "published-late": "逾期公开",
    "published-before-year-end": "年度未结束即公开",
    "signed-before-year-end": "年度未结束即落款",
    "title-year-mismatch": "标题年份不符",
    "measures-year-mismatch": "举措部分年份不符",
    "plan-year-mismatch": "安排年份不符",
}
"""The Chinese name of each finding code, for readers who look for 逾期公开, not published-late."""

_DEADLINE: dict[str, tuple[int, int]] = {"government": (4, 1), "department": (3, 1)}
"""(month, day) in the year after the reported year by which the report is published."""

# Words that introduce a cause in the genre: 原因 itself (究其原因, 主要原因是), 由于, 导致,
# 根源, 源于, 在于 (问题根源在于…).
_CAUSE = regex.compile(r"原因|由于|导致|根源|源于|在于|归因")
# A party organ of a body (中共某某局党组, 某某镇党委) reports for that body.
_PARTY_SUFFIX = regex.compile(r"(?:党组|党委|党工委)$")
# A year as the genre writes it: 2024年, 2024 年, 2024年度.
_YEAR = regex.compile(r"((?:19|20)[0-9]{2})\s*年")


def check(report: Report, *, issuer_kind: IssuerKind | None = None) -> Compliance:
    """Check a report against the statutory rules for these reports.

    Args:
        report: The parsed report.
        issuer_kind: ``"government"`` (publish by 1 April of the next year) or
            ``"department"`` (by 1 March); when None, inferred from
            :attr:`fzbg.Report.issuer` by :func:`issuer_kind_of` (``"government"`` when the
            issuer is unknown).  A ``published-late`` finding says which was used.

    Returns:
        The findings, in the order of :data:`CODES`.

    Raises:
        ValueError: When ``issuer_kind`` is neither of the two.

    Example:
        >>> import datetime as dt, fzbg
        >>> report = fzbg.Report("…", year=2024, published=dt.date(2025, 4, 20))
        >>> [f.code for f in fzbg.check(report).findings]  # doctest: +NORMALIZE_WHITESPACE
        ['missing-measures', 'missing-shortcomings', 'missing-duties', 'missing-plans',
         'published-late']

    """
    if issuer_kind is not None and issuer_kind not in _DEADLINE:
        raise ValueError(f"issuer_kind must be 'government' or 'department', not {issuer_kind!r}")
    kind = _Kind.of(report, issuer_kind)
    findings = [f for rule in _RULES for f in rule(report, kind)]
    order = {code: i for i, code in enumerate(CODES)}
    return Compliance(tuple(sorted(findings, key=lambda f: order[f.code])), kind.kind)


def issuer_kind_of(issuer: str | None) -> IssuerKind | None:
    """Tell a people's government from one of its departments by how its name ends.

    Args:
        issuer: The reporting body's name (:attr:`fzbg.Report.issuer`), or None.

    Returns:
        ``"government"`` (人民政府, 县, 区, 镇, 街道 …), ``"department"`` (局, 委, 办,
        厅, 中心 …), or None when the name says neither.

    Example:
        >>> from fzbg.analyze.check import issuer_kind_of
        >>> issuer_kind_of("某某县教育局"), issuer_kind_of("某某县人民政府")
        ('department', 'government')
        >>> issuer_kind_of("中共某某区司法局党组"), issuer_kind_of("某某区政府办公室")
        ('department', 'department')
        >>> issuer_kind_of("某某街道"), issuer_kind_of("法治办公"), issuer_kind_of(None)
        ('government', None, None)

    """
    name = _PARTY_SUFFIX.sub("", first_name((issuer or "").strip()))
    for ending, kind in ISSUER_KIND_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending):
            return "department" if kind == "department" else "government"
    return None


@attrs.frozen
class _Kind:
    """The issuer kind a check applies, and how it was come by (for the messages)."""

    kind: IssuerKind
    how: str

    @classmethod
    def of(cls, report: Report, given: IssuerKind | None) -> _Kind:
        if given is not None:
            return cls(given, "as given")
        inferred = issuer_kind_of(report.issuer)
        if inferred is not None:
            return cls(inferred, f"inferred from the issuer {report.issuer}")
        return cls("government", "assumed: the issuer does not say")


_Rule = Callable[[Report, _Kind], Iterator[Finding]]


def _missing_sections(report: Report, _: _Kind) -> Iterator[Finding]:
    for kind in COUNTED:
        if kind in report.missing_sections:
            code = f"missing-{kind.value}"
            yield _finding(code, CODES[code])


def _shortcomings(report: Report, _: _Kind) -> Iterator[Finding]:
    sections = _sections(report, SectionKind.SHORTCOMINGS)
    if not sections:
        return
    if not any(_CAUSE.search(_body(s)) for s in sections):
        yield _finding(
            "shortcomings-without-causes",
            "the shortcomings are listed without their causes: no 原因, 由于 or 根源 in the text",
            sections[0].span,
        )
    if not report.shortcomings:
        yield _finding(
            "no-concrete-shortcomings",
            "the shortcomings section names no concrete point (no 一是…, (一) or 1、 item)",
            sections[0].span,
        )


def _measures_quantities(report: Report, _: _Kind) -> Iterator[Finding]:
    sections = _sections(report, SectionKind.MEASURES)
    if not sections:
        return
    in_sections = any(
        s.span.start <= q.span.start < s.span.end for s in sections for q in report.quantities
    )
    if not in_sections and not any(_has_quantity(i) for s in sections for i in s.items):
        yield _finding(
            "measures-without-quantities",
            "the measures and results are stated without a single number (件, 次, 人, %)",
            sections[0].span,
        )


def _has_quantity(item: Item) -> bool:
    return bool(item.quantities) or any(_has_quantity(c) for c in item.children)


def _publication(report: Report, kind: _Kind) -> Iterator[Finding]:
    if report.year is None:
        return
    year_end = dt.date(report.year, 12, 31)
    month, day = _DEADLINE[kind.kind]
    deadline = dt.date(report.year + 1, month, day)
    published, signed = report.published, report.signed
    if published is not None and published > deadline:
        who = "a department's" if kind.kind == "department" else "a government's"
        yield _finding(
            "published-late",
            f"published {published.isoformat()}, after {deadline.isoformat()}, "
            f"the last day for {who} report on {report.year} "
            f"(issuer kind {kind.kind}, {kind.how})",
        )
    if published is not None and published <= year_end:
        yield _finding(
            "published-before-year-end",
            f"published {published.isoformat()}, before {report.year} had ended",
        )
    if signed is not None and signed <= year_end:
        yield _finding(
            "signed-before-year-end",
            f"dated {signed.isoformat()}, before {report.year} had ended",
            _span_of(report, _date_pattern(signed), last=True),
        )


def _years(report: Report, _: _Kind) -> Iterator[Finding]:
    title_year = _first_year(report.title)
    year = report.year if report.year is not None else title_year
    if year is None:
        return
    if title_year is not None and title_year != year:
        yield _finding(
            "title-year-mismatch",
            f"the title names {title_year}, the report is on {year}",
            _span_of(report, regex.escape(report.title or "")),
        )
    for section in _sections(report, SectionKind.MEASURES):
        heading_year = _first_year(section.heading)
        if heading_year is not None and heading_year != year:
            yield _finding(
                "measures-year-mismatch",
                f"the measures heading names {heading_year}, the report is on {year}",
                _heading_span(section),
            )
    if report.plan_year is not None and report.plan_year != year + 1:
        plans = _sections(report, SectionKind.PLANS)
        span = _heading_span(plans[0]) if plans and plans[0].heading else None
        yield _finding(
            "plan-year-mismatch",
            f"the plans are for {report.plan_year}, not for {year + 1}, the year after {year}",
            span,
        )


_RULES: tuple[_Rule, ...] = (
    _missing_sections,
    _shortcomings,
    _measures_quantities,
    _publication,
    _years,
)
"""The rules, each a function of the report and the issuer kind, yielding findings."""


def _finding(code: str, message: str, span: Span | None = None) -> Finding:
    assert code in CODES, code
    return Finding(code, message, span)


def _sections(report: Report, kind: SectionKind) -> tuple[Section, ...]:
    return tuple(s for s in report.sections if s.kind is kind)


def _body(section: Section) -> str:
    """Return the section's text without its heading (存在的不足和原因 states no cause)."""
    if section.heading and section.text.startswith(section.heading):
        return section.text[len(section.heading) :]
    return section.text


def _heading_span(section: Section) -> Span | None:
    if not section.heading:
        return None
    start = section.span.start + max(section.text.find(section.heading), 0)
    return Span(start, min(start + len(section.heading), section.span.end))


def _first_year(text: str | None) -> int | None:
    m = _YEAR.search(text or "")
    return int(m.group(1)) if m else None


def _date_pattern(date: dt.date) -> str:
    return rf"{date.year}\s*年\s*0?{date.month}\s*月\s*0?{date.day}\s*日"


def _span_of(report: Report, pattern: str, *, last: bool = False) -> Span | None:
    """Find the first (or last) match of ``pattern`` in the report's text."""
    if not pattern:
        return None
    matches = list(regex.finditer(pattern, report.text)) if last else []
    m = matches[-1] if matches else None if last else regex.search(pattern, report.text)
    return Span(m.start(), m.end()) if m else None

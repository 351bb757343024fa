"""Which quantities state an indicator of a registry: the clause names the subject.

For each quantity, in text order:

1. A quantity of the plans section, of a target (``力争…达到``), of a breakdown after
   its total (``其中``, ``具体包括``) or a frequency (``每季度1次``) keys nothing; a
   breakdown runs to its clause's end, and on through the sentence for figures of the
   total's own key (``处罚54起,其中简易程序50起,一般行政处罚3起``).
2. The *clause* is the text between ``。;`` and commas (``,`` ``:``); list commas ``、``
   do not end it.  The subject is looked for before the number, back to the clause's
   start or the previous quantity in it: a count takes the nearest cue (``规范性文件合法性
   审查5件`` is a review), a rate the first (``审查率和报备率均达100%``).  Failing that,
   after the number, to the clause's end, where the last cue wins (``100%的出庭率``,
   ``7件行政诉讼案件``, ``对12件规范性文件进行合法性审查``).  A cue counts only for a
   quantity whose unit fits its row, and when its context and exclusion hold in the
   sentence.
3. A quantity with nothing but filler between it and the previous indicator's quantity
   (``16批次,34人次``) states the same indicator, if its unit fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from fzbg.genre.indicators import BREAKDOWN, FILLER, INDICATORS, MEETING, TARGET, per_period
from fzbg.genre.registry import Cue, IndicatorSpec, Registry
from fzbg.model import Indicator, Quantity, Report, SectionKind, Span
from fzbg.text.normalize import fold

__all__ = ["extract_indicators", "find_indicators"]

_SENTENCE_ENDS = "。;!?！？\n"
_SENTENCE_END = re.compile(f"[{_SENTENCE_ENDS}]")
_CLAUSE_END = re.compile(r"[。;!?！？\n,:]")
# How far a sentence is looked for on either side of a figure; longer runs without a full
# stop are conversion debris, and the bound keeps the cost of one figure constant.
_REACH = 600


def extract_indicators(report: Report, registry: Registry = INDICATORS) -> tuple[Indicator, ...]:
    r"""Find the quantities of ``report`` that state an indicator of ``registry``.

    :func:`fzbg.parse_report` fills :attr:`Report.indicators <fzbg.Report.indicators>`
    with the built-in registry; call this for another one.

    Args:
        report: A parsed report.
        registry: The rows to key by; ``fzbg.INDICATORS`` by default.

    Returns:
        The indicators in text order, at most one per quantity, each holding the very
        quantity object of ``report.quantities``.

    Example:
        >>> import fzbg
        >>> report = fzbg.parse_report("一、主要举措和成效\\n行政机关负责人出庭应诉率100%，"
        ...     "全年开展合法性审查61件，其中合同40件。")
        >>> for i in fzbg.extract_indicators(report):
        ...     print(i.key, i.quantity.text, i.subject)
        court-appearance-rate 100% 行政机关负责人出庭应诉率
        legality-reviews 61件 合法性审查

    """
    view = fold(report.text)
    return find_indicators(report.text, view, report.quantities, plan_spans(report), registry)


def plan_spans(report: Report) -> tuple[Span, ...]:
    """The spans of the plans sections, whose figures key nothing."""
    return tuple(s.span for s in report.sections if s.kind is SectionKind.PLANS)


def find_indicators(
    text: str,
    view: str,
    quantities: Sequence[Quantity],
    skip: Iterable[Span] = (),
    registry: Registry = INDICATORS,
) -> tuple[Indicator, ...]:
    """The indicators among ``quantities`` of ``text`` (``view`` its folded view).

    Quantities inside a span of ``skip`` (the plans sections) key nothing.
    """
    if not quantities or not len(registry):
        return ()
    scan = _Scan(text, view, registry, quantities)
    skipped = [(s.start, s.end) for s in skip]
    for i, q in enumerate(quantities):
        at = q.span.start
        for start, end in skipped:  # a loop, not any(): it runs once per quantity
            if start <= at < end:
                break
        else:
            scan.key(i)
    return tuple(scan.found)


def _around(view: str, rview: str, span: Span) -> tuple[tuple[int, int], tuple[int, int]]:
    """The sentence and the clause that hold ``span``: ``(start, end)`` between delimiters.

    ``rview`` is ``view`` reversed: the last delimiter before ``span`` is the first one
    after it there, found by a forward scan.  A clause's delimiters are the sentence's and
    more, so the sentence is looked for only past a clause delimiter that does not end it.
    """
    n, low, high = len(view), max(0, span.start - _REACH), min(len(view), span.end + _REACH)
    before = _CLAUSE_END.search(rview, n - span.start, n - low)
    after = _CLAUSE_END.search(view, span.end, high)
    start = n - before.start() if before else low
    end = after.start() if after else high
    s_start, s_end = start, end
    if before is not None and view[start - 1] not in _SENTENCE_ENDS:
        found = _SENTENCE_END.search(rview, n - start + 1, n - low)
        s_start = n - found.start() if found else low
    if after is not None and view[end] not in _SENTENCE_ENDS:
        found = _SENTENCE_END.search(view, end + 1, high)
        s_end = found.start() if found else high
    return (s_start, s_end), (start, end)


class _Scan:
    """One pass over a text's quantities, keying each from what stands around it."""

    def __init__(
        self, text: str, view: str, registry: Registry, quantities: Sequence[Quantity]
    ) -> None:
        self.text, self.view, self.registry, self.quantities = text, view, registry, quantities
        self.rview = view[::-1]
        self.found: list[Indicator] = []

    def key(self, i: int) -> None:
        """Key ``quantities[i]`` if it states an indicator."""
        view, q = self.view, self.quantities[i]
        if not self.registry.for_unit(q.unit).rows:
            return
        sentence, clause = _around(view, self.rview, q.span)
        after_previous = self.quantities[i - 1].span.end if i else 0
        start = max(clause[0], after_previous)
        if (
            TARGET.search(view, sentence[0], q.span.start)
            or per_period(view, start, q.span.start)
            or BREAKDOWN.search(view, clause[0], q.span.start)
        ):
            return
        hit = self._subject(i, sentence, clause, start)
        if hit is not None and self._continues_breakdown(hit[0].key, sentence, clause):
            return
        if hit is not None:
            row, m_start, m_end = hit
            span = Span(min(m_start, clause[0]), max(q.span.end, clause[1]))
            self.found.append(Indicator(row.key, q, self.text[m_start:m_end], span))
        elif inherited := self._inherit(q, sentence, after_previous):
            self.found.append(inherited)

    def _subject(
        self, i: int, sentence: tuple[int, int], clause: tuple[int, int], start: int
    ) -> tuple[IndicatorSpec, int, int] | None:
        """The row and the span of the cue that names ``quantities[i]``'s subject."""
        view, q = self.view, self.quantities[i]
        context = view[sentence[0] : clause[1]]
        hit = self._nearest(q.unit, start, q.span.start, q.unit == "%", context)
        if hit is not None and q.unit != "%" and MEETING.search(view, hit[2], q.span.start):
            hit = None  # 监督检查部署会等会议4次: the nearest noun is a meeting
        if hit is None:
            hit = self._after(q, clause, self.quantities[i + 1 : i + 6], context)
        return hit

    def _nearest(
        self, unit: str, start: int, end: int, first: bool, context: str
    ) -> tuple[IndicatorSpec, int, int] | None:
        """The cue of a row fitting ``unit`` in ``view[start:end]``, first or last.

        Only the places where a cue can start are tried, the cues joined in one pattern:
        the first that matches is the earliest cue, at one place the earliest row's.
        """
        view, cues = self.view, self.registry.for_unit(unit)
        if cues.starts is None:
            return _nearest(view, [(r, c) for r, c, _ in cues.cues], start, end, first, context)
        gate = cues.starts if cues.joined is None else cues.joined
        place = gate.search(view, start, end)
        if place is None:
            return None
        m = place if gate is cues.joined else None
        if first and m is not None and m.lastindex is not None:
            row, cue, _ = cues.cues[m.lastindex - 1]
            if cue.allows(context):
                return row, m.start(), m.end()
        present = set(view[place.start() : end])
        pairs = [(r, c) for r, c, chars in cues.cues if not chars.isdisjoint(present)]
        return _nearest(view, pairs, place.start(), end, first, context)

    def _after(
        self,
        q: Quantity,
        clause: tuple[int, int],
        nexts: Sequence[Quantity],
        context: str,
    ) -> tuple[IndicatorSpec, int, int] | None:
        """The last cue after the number, to the clause's end: what the clause ends on.

        ``对12件规范性文件进行合法性审查`` counts reviews, not documents.  The words before
        the next figure are its subject when they name one that fits it
        (``依托10个调解委员会化解矛盾纠纷426件``: the disputes are the 426), unless that
        figure is a part of this one (``7件行政诉讼案件(其中1件…``); a list of figures of
        one unit goes on to the subject they share
        (``53份重要文件、15份重要合同进行了合法性审查``).
        """
        view, start = self.view, q.span.end
        for following in nexts:
            if following.span.start >= clause[1]:
                break
            between = (start, following.span.start)
            if (
                following.unit != q.unit
                and not BREAKDOWN.search(view, *between)
                and self._nearest(following.unit, *between, False, context) is not None
            ):
                return None
            cut = view.rfind("、", *between)
            hit = self._nearest(q.unit, start, cut if cut >= 0 else between[1], False, context)
            if hit is not None or following.unit != q.unit:
                return hit
            start = following.span.end
        return self._nearest(q.unit, start, clause[1], False, context)

    def _continues_breakdown(
        self, key: str, sentence: tuple[int, int], clause: tuple[int, int]
    ) -> bool:
        """Whether a later clause goes on with a breakdown of the total keyed ``key``.

        ``行政处罚54起,其中简易程序50起,一般行政处罚3起``: the 3起 are a part of the 54.
        """
        marker = BREAKDOWN.search(self.view, sentence[0], clause[0])
        if marker is None or not self.found:
            return False
        last = self.found[-1]
        return last.key == key and last.quantity.span.end <= marker.start()

    def _inherit(self, q: Quantity, sentence: tuple[int, int], after: int) -> Indicator | None:
        """Key ``q`` as the indicator just before it when only filler stands between."""
        if not self.found:
            return None
        last = self.found[-1]
        prior = last.quantity.span.end
        if prior != after or prior < sentence[0]:
            return None
        if not FILLER.fullmatch(self.view, prior, q.span.start):
            return None
        if last.key not in self.registry or not self.registry[last.key].fits(q.unit):
            return None
        span = Span(last.span.start, max(q.span.end, last.span.end))
        return Indicator(last.key, q, last.subject, span)


def _nearest(  # noqa: PLR0917 - a window and how to read it
    view: str,
    cues: Sequence[tuple[IndicatorSpec, Cue]],
    start: int,
    end: int,
    first: bool,
    context: str,
) -> tuple[IndicatorSpec, int, int] | None:
    """The cue in ``view[start:end]`` first (``first``) or last, and its row.

    At one place an earlier row wins.
    """
    best: tuple[int, IndicatorSpec, re.Match[str]] | None = None
    for row, cue in cues:
        m = _match(cue, view, start, end, first)
        if m is None or not cue.allows(context):
            continue
        score = m.start() if first else -m.end()
        if best is None or score < best[0]:
            best = (score, row, m)
    if best is None:
        return None
    return best[1], best[2].start(), best[2].end()


def _match(cue: Cue, view: str, start: int, end: int, first: bool) -> re.Match[str] | None:
    if first:
        return cue.regex.search(view, start, end)
    last = None
    for last in cue.regex.finditer(view, start, end):  # noqa: B007 - the last one is wanted
        pass
    return last

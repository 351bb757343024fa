"""Which quantities state an indicator of a registry: the clause names the subject.

For each quantity, in text order:

1. A quantity of the plans section, of a target (``力争…达到``), of a change against an
   earlier year or the figure it starts from (:mod:`fzbg.extract.changes`), of a
   breakdown after its total (``其中``, ``具体包括``) or of a frequency (``每季度1次``)
   keys nothing; a breakdown runs to its clause's end, and on through the sentence for
   figures of the total's own key (``处罚54起,其中简易程序50起,一般行政处罚3起``).
2. The *clause* is the text between ``。;`` and commas (``,`` ``:``); list commas ``、``
   do not end it.  The subject is looked for before the number, back to the clause's
   start or the previous quantity in it: a count takes the nearest cue (``规范性文件合法性
   审查5件`` is a review), a rate the first (``审查率和报备率均达100%``).  Failing that,
   after the number, to the clause's end, where the last cue wins (``100%的出庭率``,
   ``7件行政诉讼案件``, ``对12件规范性文件进行合法性审查``).  A cue counts only for a
   quantity whose unit fits its row, and when its context and exclusion hold in the
   sentence.  The level reached after a change (``比上年增加6件,达到38件``) takes the
   subject named before the change.
3. A quantity with nothing but filler after the previous indicator's (``16批次,34人次``)
   states it too, if its unit fits; so do one whose clause says where more events were
   held (``宣讲3场次,走进企业开展2场次``), the next object of one verb (``审查议题5件、
   文件6件``, :mod:`~fzbg.extract.series`; ``对文件4件进行审查``, :mod:`~fzbg.extract.framed`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from fzbg.extract.changes import joins_level, turns
from fzbg.extract.clauses import around as _around
from fzbg.extract.clauses import labelled, titled_at
from fzbg.extract.cue_search import _each, _longest, _nearest
from fzbg.extract.framed import framed
from fzbg.extract.named_after import named_after
from fzbg.extract.parts import part_of_unkeyed
from fzbg.extract.respective import paired
from fzbg.extract.series import governed
from fzbg.extract.shares import share_of
from fzbg.extract.titled import titled
from fzbg.extract.topic import topic
from fzbg.extract.year_columns import by_year_column
from fzbg.genre.indicators import (
    BREAKDOWN,
    COLUMNS,
    COUNTED_OTHER,
    DELIBERATED,
    EACH,
    EACH_ENDS,
    ELIDED,
    FILLER,
    INDICATORS,
    LISTED,
    PARTICIPANTS,
    PEOPLE,
    RESPECTIVE_FIGURE_JOIN,
    counts_other,
    keys_nothing,
    past_parts,
)
from fzbg.genre.registry import IndicatorSpec, Registry, UnitCues
from fzbg.genre.units import DURATIONS
from fzbg.model import Indicator, Quantity, Report, SectionKind, Span
from fzbg.text.normalize import fold

__all__ = ["extract_indicators", "find_indicators"]

_LABELLED = 4  # how many characters a label's figure may follow its colon by (:收案)


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
    text, view, quantities = report.text, fold(report.text), report.quantities
    plans = (s.span for s in report.sections if s.kind is SectionKind.PLANS)  # key nothing
    return find_indicators(text, view, quantities, plans, registry, year=report.year)


def find_indicators(
    text: str,
    view: str,
    quantities: Sequence[Quantity],
    skip: Iterable[Span] = (),
    registry: Registry = INDICATORS,
    *,
    year: int | None = None,
) -> tuple[Indicator, ...]:
    """The indicators among ``quantities`` of ``text`` (``view`` its folded view).

    Quantities inside a span of ``skip`` (the plans sections) key nothing.  With the
    report's ``year``, a table's rows headed by years key their report-year figure
    (:func:`~fzbg.extract.year_columns.by_year_column`).
    """
    if not quantities or not len(registry):
        return ()
    scan = _Scan(text, view, registry, quantities)
    starts, ends = _merged(skip)
    for_unit = registry.for_unit
    for i, q in enumerate(quantities):
        cues = for_unit(q.unit)
        if not cues.rows:  # no row takes its unit: no text is read for it
            continue
        at = q.span.start
        k = bisect.bisect_right(starts, at) - 1  # the last span that starts at or before it
        if k < 0 or at >= ends[k]:
            scan.key(i, cues)
    return by_year_column(text, view, quantities, tuple(scan.found), year=year, registry=registry)


def _merged(spans: Iterable[Span]) -> tuple[list[int], list[int]]:
    """The starts and ends of ``spans`` in order, those that overlap or touch made one."""
    # (a text of many plans sections costs a search a quantity, not a test against each)
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted((s.start, s.end) for s in spans if s.start < s.end):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


class _Scan:
    """One pass over a text's quantities, keying each from what stands around it."""

    def __init__(
        self, text: str, view: str, registry: Registry, quantities: Sequence[Quantity]
    ) -> None:
        self.text, self.view, self.registry, self.quantities = text, view, registry, quantities
        self.rview = view[::-1]
        self.found: list[Indicator] = []
        self.respective = "分别" in view  # one search a text, not one a figure

    def key(self, i: int, cues: UnitCues) -> None:
        """Key ``quantities[i]`` if it states an indicator; ``cues`` are its unit's."""
        view, q = self.view, self.quantities[i]
        if q.unit == "项" and COUNTED_OTHER.match(view, q.span.end):
            return  # 等7项重点工作: the works, whatever stands before
        s_start, c_start, c_end = _around(view, self.rview, q.span)
        at = q.span.start
        if (
            c_start > s_start
            and view[c_start - 1] == ":"
            and len(view[c_start:at].strip()) <= _LABELLED
        ):
            # 行政复议案件:25件, 行政复议:收案12件: the label before the colon names the figure
            c_start = labelled(view, s_start, c_start - 1)
        if turns(view, self.quantities, i, s_start, c_start):  # a change, or where one starts
            return
        after_previous = self.quantities[i - 1].span.end if i else 0
        # 出庭应诉率连续三年保持100%: the subject is looked for back past a duration
        behind = i - 2 if i and self.quantities[i - 1].unit in DURATIONS else i - 1
        after = self.quantities[behind].span.end if behind >= 0 else 0
        start = c_start if c_start > after else after
        if self.respective and self._respective(i, cues, (s_start, c_start, c_end), start):
            return
        # Every window lies in the clause from ``start``: one search finds where no cue can.
        gate = cues.starts
        probe = None if gate is None else gate.search(view, start, c_end)
        if gate is not None and probe is None:  # no subject: at most the last one's again
            found = self._inherit(q, s_start, after_previous, c_end)
            if found is None and (told := self._told(i, cues, s_start, view[s_start:c_end])):
                found = self._indicator(told, q, c_start, c_end)
            if found and not keys_nothing(view, s_start, c_start, start, at):
                self.found.append(found)
            return
        if keys_nothing(view, s_start, c_start, start, at) and not part_of_unkeyed(
            view, self.quantities, self.found, i, s_start, c_start, start
        ):
            return
        first = start if probe is None else probe.start()
        context = view[s_start:c_end]
        hit = self._subject(i, cues, first, c_end, context) or self._told(i, cues, s_start, context)
        if hit is None:
            if inherited := self._inherit(q, s_start, after_previous, c_end):
                self.found.append(inherited)
        elif not self._continues_breakdown(hit[0].key, s_start, c_start):
            hit = framed(view, q, hit, c_start, c_end, cues, context)  # 对…4件…进行审查
            hit = governed(view, self.found, q, hit, self.registry)  # 审查议题5件、文件6件
            self.found.append(self._indicator(hit, q, c_start, c_end))

    def _indicator(
        self, hit: tuple[IndicatorSpec, int, int], q: Quantity, c_start: int, c_end: int
    ) -> Indicator:
        """``q`` keyed by the cue ``hit``; its span runs over the cue and the clause."""
        row, m_start, m_end = hit
        q_end = q.span.end
        span = Span(m_start if m_start < c_start else c_start, q_end if q_end > c_end else c_end)
        return Indicator(row.key, q, self.text[m_start:m_end], span)

    def _told(
        self, i: int, cues: UnitCues, s_start: int, context: str
    ) -> tuple[IndicatorSpec, int, int] | None:
        """A cue outside its clause: change ended, title above, outcome shared, 均为… after.

        Or the topic the sentence opens with (在合法性审查方面,全年共审查78件).
        """
        hit = (
            self._level(i, cues, s_start, context)
            or titled(self.view, self.quantities, i, cues, s_start=s_start, context=context)
            or share_of(self.view, self.quantities, i, cues, s_start=s_start, context=context)
            or named_after(self.view, self.quantities, i, cues, s_start=s_start, context=context)
        )
        if hit is None and (not i or self.quantities[i - 1].span.end <= s_start):
            # the sentence's first figure only: most never ask
            hit = topic(self.view, self.quantities, i, cues, self.registry, s_start, context)
        return hit

    def _level(
        self, i: int, cues: UnitCues, s_start: int, context: str
    ) -> tuple[IndicatorSpec, int, int] | None:
        """The cue that names the level ``quantities[i]`` reached after a change.

        The subject is named before the turning point, in its sentence
        (:func:`~fzbg.extract.changes.joins_level`, :func:`~fzbg.extract.changes.turns`).
        """
        before = self.quantities[i - 1].span if i else None
        if before is None or before.start < s_start:
            return None
        if not joins_level(self.view, self.quantities[i - 1], self.quantities[i]):
            return None
        _, clause, _ = _around(self.view, self.rview, before)
        if not turns(self.view, self.quantities, i - 1, s_start, clause):
            return None
        rate = self.quantities[i].unit == "%"
        # 同比增加30件,增长12%,达到280件: the subject stands before the change's first clause
        return self._nearest(cues, clause, before.start, rate, context) or self._nearest(
            cues, s_start, before.start, False, context
        )

    def _respective(self, i: int, cues: UnitCues, around: tuple[int, int, int], start: int) -> bool:
        """Key ``quantities[i]`` if it is a figure after 分别; whether it is one.

        ``around`` is where its sentence and clause start and where the clause ends.
        """
        view, q = self.view, self.quantities[i]
        s_start, c_start, c_end = around
        pair = paired(view, self.quantities, i, cues, s_start, view[s_start:c_end])
        if pair is None:
            return False
        if pair.hit is not None and not keys_nothing(view, s_start, c_start, start, q.span.start):
            row, m_start, m_end = pair.hit
            span = Span(min(m_start, c_start), max(q.span.end, c_end))
            self.found.append(Indicator(row.key, q, self.text[m_start:m_end], span))
        return True

    def _subject(
        self, i: int, cues: UnitCues, start: int, c_end: int, context: str
    ) -> tuple[IndicatorSpec, int, int] | None:
        """The row and the span of the cue that names ``quantities[i]``'s subject.

        ``start`` is where the clause starts, or the previous quantity in it ends;
        ``c_end`` where the clause ends, ``context`` the sentence up to there.
        """
        view, at = self.view, self.quantities[i].span.start
        # a rate, or a count of several subjects at once (各5件), takes the first subject;
        each = view[at - 1 : at] in EACH_ENDS and EACH.search(view, max(0, at - 5), at)
        rate = self.quantities[i].unit == "%" or each
        hit = self._nearest(cues, start, at, bool(rate), context)
        if hit is not None and (title := titled_at(view, hit[1], hit[2], at)) is not None:
            hit = self._nearest(cues, start, title, bool(rate), context)  # 学习《…条例》10次
        if hit is not None and not rate and counts_other(view, hit, self.quantities[i]):
            hit = None  # 部署会等会议4次, 重大决策…中法律事务20次, 检查发现问题8起
        if hit is not None and not rate and i and self._named_first(i, hit[1], hit[2], at):
            hit = self._after(i, cues, c_end, context) or hit  # 6件行政复议、8件行政诉讼
        if hit is None and not view.endswith(("会议", "会"), max(0, at - 2), at):
            hit = self._after(i, cues, c_end, context)  # not after 常务会议5次: it counts those
        return hit

    def _named_first(self, i: int, cue_start: int, cue_end: int, at: int) -> bool:
        """Whether the cue before figure ``i`` names the one before it (6件复议、8件诉讼)."""
        first = cue_start == self.quantities[i - 1].span.end
        return first and self.view[cue_end:at].strip() in ("、", ",", "和", "及")

    def _nearest(
        self, cues: UnitCues, start: int, end: int, first: bool, context: str
    ) -> tuple[IndicatorSpec, int, int] | None:
        """The cue of a row of ``cues`` in ``view[start:end]``, first or last.

        Only the places where a cue can start are tried, the cues joined in one pattern:
        the first that matches is the earliest cue, at one place the earliest row's.
        """
        view = self.view
        if cues.starts is None:
            return _nearest(view, [(r, c) for r, c, _ in cues.cues], start, end, first, context)
        if start >= end:  # these cues match one character at least
            return None
        gate = cues.starts if cues.joined is None else cues.joined
        place = gate.search(view, start, end)
        if place is None:
            return None
        at = place.start()
        if gate is cues.joined and place.lastindex is not None:
            if first:
                row, cue, _ = cues.cues[place.lastindex - 1]
                if cue.allows(context):
                    return row, at, place.end()
            elif gate.search(view, at + 1, end) is None:
                return _longest(view, cues, place, end, context)
        return _each(view, cues, at, end, first, context)

    def _after(
        self, i: int, cues: UnitCues, c_end: int, context: str
    ) -> tuple[IndicatorSpec, int, int] | None:
        """The last cue after the number, to the clause's end: what the clause ends on.

        ``对12件规范性文件进行合法性审查`` counts reviews, not documents.  The words before
        the next figure are its subject when they name one that fits it
        (``依托10个调解委员会化解矛盾纠纷426件``: the disputes are the 426), unless that
        figure is a part of this one (``7件行政诉讼案件(其中1件…``); a list of figures of
        one unit goes on to the subject they share
        (``53份重要文件、15份重要合同进行了合法性审查``).
        """
        view, quantities = self.view, self.quantities
        if DELIBERATED.match(view, quantities[i].span.end):
            return None  # 8次研究了…执法检查: so many deliberations of what follows
        if quantities[i].unit in PEOPLE and PARTICIPANTS.match(view, quantities[i].span.end):
            return self._nearest(cues, quantities[i].span.end, c_end, False, context)
        unit, start = quantities[i].unit, past_parts(view, quantities[i].span.end, c_end)
        listed = False  # whether a figure names its own object before the next (2部法规、)
        for following in quantities[i + 1 : i + 6]:
            if (at := following.span.start) >= c_end:
                break
            cut = view.rfind("、", start, at)  # 8次专题学习、1期读书班: 、 ends this one's words
            if following.unit != unit and not BREAKDOWN.search(view, start, at):
                their = self.registry.for_unit(following.unit)
                if self._nearest(their, cut + 1 or start, at, False, context) is not None:
                    return None
            hit = self._nearest(cues, start, cut if cut >= 0 else at, False, context)
            if hit is not None or (following.unit != unit and cut < 0):
                return hit  # 30件议题、12份合同进行审查: a list of objects, the verb shared
            words = view[start:at].strip()  # 2部法规、2部规章以及10部…: more than a join
            listed = listed or bool(words and not RESPECTIVE_FIGURE_JOIN.fullmatch(words))
            start = following.span.end
        hit = self._nearest(cues, start, c_end, False, context)
        if listed and hit is not None and hit[1] <= start + 1:
            return None  # 2部法规、10部规范性文件: the last one's object is not the others'
        return hit

    def _continues_breakdown(self, key: str, s_start: int, c_start: int) -> bool:
        """Whether a later clause goes on with a breakdown of the total keyed ``key``.

        ``行政处罚54起,其中简易程序50起,一般行政处罚3起``: the 3起 are a part of the 54.
        """
        if not self.found or self.found[-1].key != key:
            return False
        marker = BREAKDOWN.search(self.view, s_start, c_start)
        return marker is not None and self.found[-1].quantity.span.end <= marker.start()

    def _inherit(self, q: Quantity, s_start: int, after: int, c_end: int) -> Indicator | None:
        """Key ``q`` as the indicator just before it, when little stands between.

        Filler only (``16批次,34人次``), a clause that says where more of the same
        events were held and ends on ``q`` (``宣讲3场次,走进企业开展2场次``), or the next
        thing reviewed in a list of reviews (``审查规范性文件12件、合同35份``).
        """
        last = self.found[-1] if self.found else None
        if last is None or (prior := last.quantity.span.end) != after or prior < s_start:
            return None
        view, at = self.view, q.span.start
        if q.unit == last.quantity.unit and COLUMNS.fullmatch(view, prior, at):
            return None  # 行政复议案件 12件 9件: the next column of a table's row
        if not (
            # 培训1次,6000余名干部参加考试: a clause that goes on names what it counts
            (FILLER.fullmatch(view, prior, at) and len(view[q.span.end : c_end].strip()) <= 6)
            or ((listed := LISTED.get(last.key)) and listed.fullmatch(view, prior, at))
            or (
                q.unit == last.quantity.unit
                and ELIDED.fullmatch(view, prior, at)
                and not view[q.span.end : c_end].strip()
            )
        ):
            return None
        if last.key not in self.registry or not self.registry[last.key].fits(q.unit):
            return None
        span = Span(last.span.start, max(q.span.end, last.span.end))
        return Indicator(last.key, q, last.subject, span)

"""The shortcuts of find_indicators find what the plain searches find, and no more."""

from __future__ import annotations

import bisect
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg import INDICATORS, IndicatorSpec, Registry
from fzbg.extract import clauses, indicators
from fzbg.extract.quantities import extract_quantities
from fzbg.genre.indicators import (
    BREAKDOWN,
    CHANGE,
    CHANGE_ENDS,
    FREQUENCY,
    MEETING,
    OUTCOME,
    TARGET,
    keys_nothing,
    per_period,
)
from fzbg.genre.registry import UnitCues
from fzbg.model import Span
from fzbg.text.normalize import fold

_SETTINGS = settings(max_examples=500, deadline=None)

# Cues of the built-in rows, words that overlap them, the delimiters and figures between.
PIECES = (
    *"。;!?！？\n,:、(其中包括每月会",
    "合法性审查", "审核合同", "行政处罚", "处罚案件", "行政处罚案件", "矛盾纠纷", "纠纷", "矛盾",
    "调解案件", "学法", "学习法律法规", "培训", "法治", "会议", "审查率", "规范性文件",
    "公平竞争", "信访", "化解率", "出庭应诉率", "检查", "执法检查", "普法宣传活动", "讲座",
    "法治学习", "课堂", "审查合同", "3件", "12次", "98%", "5人", "6份", "街道", "全年",
)  # fmt: skip
_UNITS = ("件", "次", "%", "人", "份", "个", "场")


def _around_by_searches(view: str, span: Span) -> tuple[int, int, int]:
    """The sentence's start and the clause's bounds, by a search for each delimiter."""
    clause_end, sentence_end = re.compile(r"[。;!?！？\n,:]"), re.compile(r"[。;!?！？\n]")
    low, high = max(0, span.start - clauses._REACH), min(len(view), span.end + clauses._REACH)
    before = [m.end() for m in clause_end.finditer(view, low, span.start)]
    start = before[-1] if before else low
    after = clause_end.search(view, span.end, high)
    ends = [m.end() for m in sentence_end.finditer(view, low, span.start)]
    return (ends[-1] if ends else low), start, (after.start() if after else high)


@_SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.data())
def test_one_match_each_way_finds_the_clause_and_the_sentence(
    pieces: list[str], data: st.DataObject
) -> None:
    """Back on the reversed view and on to the clause's end, as delimiter by delimiter."""
    view = "".join(pieces)
    start = data.draw(st.integers(0, len(view)))
    span = Span(start, data.draw(st.integers(start, len(view))))
    assert indicators._around(view, view[::-1], span) == _around_by_searches(view, span)


def test_the_sentence_and_the_clause_stop_within_reach() -> None:
    """No delimiter within reach: the clause and the sentence end there, either way."""
    view = "法" * 2000 + "3件" + "法" * 2000
    span = Span(2000, 2002)
    assert indicators._around(view, view[::-1], span) == _around_by_searches(view, span)
    assert indicators._around(view, view[::-1], span) == (1400, 1400, 2602)


@_SETTINGS
@given(
    st.lists(st.sampled_from(PIECES), max_size=30),
    st.sampled_from(_UNITS),
    st.booleans(),
    st.data(),
)
def test_the_joined_cues_find_what_each_cue_finds(
    pieces: list[str], unit: str, first: bool, data: st.DataObject
) -> None:
    """First or last, the cue the joined pattern picks is the one every cue's search picks."""
    view = "".join(pieces)
    start = data.draw(st.integers(0, len(view)))
    end = data.draw(st.integers(start, len(view)))
    cues = INDICATORS.for_unit(unit)
    scan = indicators._Scan(view, view, INDICATORS, ())
    every = [(row, cue) for row, cue, _ in cues.cues]
    want = indicators._nearest(view, every, start, end, first, view)
    assert scan._nearest(cues, start, end, first, view) == want


def test_a_longer_cue_at_the_same_place_wins_when_the_last_is_wanted() -> None:
    """At one place the cue that reaches furthest names a count, though an earlier row's
    cue matches there first; of two that reach as far, the earlier row's."""
    short = IndicatorSpec("reviews", "审查", "count", ["审查"], ["件"])
    long = IndicatorSpec("contract-reviews", "审查合同", "count", ["审查合同"], ["件"])
    same = IndicatorSpec("other-contract-reviews", "审查合同", "count", ["审查合同"], ["件"])
    registry = Registry((short, long, same))
    view = "全年审查合同"
    scan = indicators._Scan(view, view, registry, ())
    assert scan._nearest(registry.for_unit("件"), 0, len(view), False, view) == (long, 2, 6)
    assert scan._nearest(registry.for_unit("件"), 0, len(view), True, view) == (short, 2, 4)


@_SETTINGS
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20))), st.integers(0, 90))
def test_merged_plan_spans_hold_what_one_of_them_holds(
    spans: list[tuple[int, int]], at: int
) -> None:
    """A figure is in the merged spans exactly when it is in one of the spans given."""
    starts, ends = indicators._merged(Span(s, s + n) for s, n in spans)
    k = bisect.bisect_right(starts, at) - 1
    assert (k >= 0 and at < ends[k]) == any(s <= at < s + n for s, n in spans)
    assert all(e < s for e, s in zip(ends, starts[1:], strict=False))


_GATE_PIECES = (
    *"。,:、0123456789件次含每月季日半两三个",
    "力争", "确保", "确保全年", "达到", "达", "目标是", "下一步", "明年", "计划开展", "预计",
    "其中", "具体包括", "具体为", "包括", "每月", "每3个月", "每两月", "每季度", "每半年",
    "合同", "学法", "审查", "中", "胜诉", "纠错", "确认违法", "了", " ",
)  # fmt: skip


@_SETTINGS
@given(st.lists(st.sampled_from(_GATE_PIECES), max_size=40), st.data())
def test_one_scan_says_what_the_three_searches_say(pieces: list[str], data: st.DataObject) -> None:
    """A target, a part, an outcome or a frequency before a figure, found as one by one."""
    view = "".join(pieces)
    sentence, clause, start, end = sorted(
        data.draw(st.lists(st.integers(0, len(view)), min_size=4, max_size=4))
    )
    want = bool(
        TARGET.search(view, sentence, end)
        or per_period(view, start, end)
        or BREAKDOWN.search(view, clause, end)
        or OUTCOME.search(view, clause, end)
    )
    assert keys_nothing(view, sentence, clause, start, end) is want


# FREQUENCY as first written: the quote before 每 looked for first, at every position.
_PLAIN_FREQUENCY = re.compile(
    r"(?<![“「‘『])每(?:[0-9]{1,2}|[两三半])?个?(?:周|月|季度|季|半年|天|日)"
)


@_SETTINGS
@given(st.lists(st.sampled_from((*_GATE_PIECES, "“", "「", "‘", "『", "”", "每年")), max_size=30))
def test_a_frequency_is_found_where_its_plain_pattern_finds_it(pieces: list[str]) -> None:
    """Looking behind 每 for a quote once 每 is found finds the frequencies the plain one does."""
    view = "".join(pieces)
    for start in range(len(view) + 1):
        want = [m.span() for m in _PLAIN_FREQUENCY.finditer(view, start)]
        assert [m.span() for m in FREQUENCY.finditer(view, start)] == want


def test_a_frequency_in_a_slogan_s_quotes_is_none() -> None:
    assert FREQUENCY.search("开展“每月一学”学法活动12场次") is None
    assert FREQUENCY.search("以每两月1次频次") is not None


def _cue_by_cue(registry: Registry, units: set[str]) -> Registry:
    """``registry`` with no index for ``units``: every window searched cue by cue."""
    plain = Registry(registry.specs)
    for unit in units:
        cues = registry.for_unit(unit)
        plain._by_unit[unit] = UnitCues(cues.rows, cues.cues, None, None)
    return plain


# Figures of the rows' units, and words that join a figure to the last (达, 共) or make it
# a target (确保…达): a figure with no subject of its own inherits, unless it keys nothing.
_FIGURES = ("3件", "12次", "98%", "5人", "6份", "7起", "2场", "1,000件", "4项", "8名")
_JOINS = ("确保", "力争", "达", "共", "共计", "走进社区开展", "每月")


@_SETTINGS
@given(st.lists(st.sampled_from(PIECES + _FIGURES + _JOINS), max_size=60), st.integers(1, 40))
def test_the_shortcuts_key_what_cue_by_cue_keys(pieces: list[str], repeat: int) -> None:
    """Skipping units no row takes, one search over the clause for where a cue can start,
    and the cues tried in one loop: the same indicators as every cue searched in turn."""
    text = "".join(pieces)
    text = text * (repeat if len(text) * repeat < 3000 else 1)
    view = fold(text)
    quantities = extract_quantities(text, view=view)
    plain = _cue_by_cue(INDICATORS, {q.unit for q in quantities})
    found = indicators.find_indicators(text, view, quantities)
    assert found == indicators.find_indicators(text, view, quantities, registry=plain)


def test_the_shortcuts_key_what_cue_by_cue_keys_on_a_report() -> None:
    """A report's worth of the genre's sentences, keyed alike either way."""
    text = (
        "全年审核规范性文件12件、合同40份，合法性审查率100%，其中合同8件。"
        "办理行政复议案件7起、行政诉讼案件3件，行政机关负责人出庭应诉率98%。"
        "开展普法宣传活动16场次,34人次,发放宣传资料6000份,走进社区开展2场次。"
        "组织执法人员培训5期、培训120人次，化解矛盾纠纷426件，信访事项办结率99%。"
        "确保审查合同12件达3件，举办法治讲座4场，共2场。"
    )
    view = fold(text)
    quantities = extract_quantities(text, view=view)
    plain = _cue_by_cue(INDICATORS, {q.unit for q in quantities})
    found = indicators.find_indicators(text, view, quantities)
    assert len(found) >= 10
    assert found == indicators.find_indicators(text, view, quantities, registry=plain)


@_SETTINGS
@given(st.text(alphabet="会议前同签商审部署检查等4次", max_size=20))
def test_a_meeting_is_named_with_its_mark(text: str) -> None:
    """Where no 会 is, no meeting is named: the search for one is skipped there."""
    assert MEETING.search(text) is None or "会" in text


@_SETTINGS
@given(
    st.lists(
        st.sampled_from(("同比", "较上年", "比2022年", "同期", "增加", "下降", "提高了", "多",
                         "少", "提升", "降低", "上升", "增长", "减少", "了", "件", "0")),
        max_size=8,
    )
)  # fmt: skip
def test_a_change_ends_with_one_of_its_last_characters(pieces: list[str]) -> None:
    """The one look-up before CHANGE's search lets every change through."""
    view = "".join(pieces)
    if CHANGE.search(view) is not None:
        assert view[-1] in CHANGE_ENDS

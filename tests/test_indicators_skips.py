"""The look-ups that spare a figure a search find every figure the search finds.

Each skip is held to the plain search it stands before, on text strung from the very
words those searches look for, spaces and line breaks between them.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg import IndicatorSpec, Registry
from fzbg.extract import changes, cue_search, indicators
from fzbg.extract.quantities import extract_quantities
from fzbg.genre.indicators import EACH, EACH_ENDS
from fzbg.genre.registry import Cue
from fzbg.model import Quantity

_SETTINGS = settings(max_examples=500, deadline=None)

# Changes, where one starts and the level after, and what stands between figures.
_CHANGE_PIECES = (
    "同比", "较上年", "比2022年", "与上年相比", "增加", "下降", "提高了", "增长", "多", "少",
    "由上年的", "从", "增至", "提升到", "达到", "为", "共", "了", "增幅", "案件", "审查",
    " ", "  ", ",", "、", "。", "\n", "12件", "3件", "85%", "100%", "6起", "5次",
)  # fmt: skip


def _plain_turns(
    view: str, quantities: Sequence[Quantity], i: int, s_start: int, clause: int
) -> bool:
    """What :func:`changes.turns` answers without the look-up before its searches."""
    return changes.is_change(view, quantities, i, s_start, clause) or changes.starts_change(
        view, quantities, i, clause
    )


@_SETTINGS
@given(st.lists(st.sampled_from(_CHANGE_PIECES), max_size=24).map("".join), st.data())
def test_a_figure_the_look_up_passes_over_is_no_turning_point(
    view: str, data: st.DataObject
) -> None:
    """Where no change can end or start, the searches find none either."""
    quantities = list(extract_quantities(view))
    for i, q in enumerate(quantities):
        s_start = data.draw(st.integers(0, q.span.start))
        clause = data.draw(st.integers(s_start, q.span.start))
        plain = _plain_turns(view, quantities, i, s_start, clause)
        assert changes.turns(view, quantities, i, s_start, clause) == plain
        changing = changes.is_change(view, quantities, i, s_start, clause)
        assert changes._may_end_change(view, q.span.start) or not changing


def test_a_change_after_spaces_and_a_level_are_turning_points() -> None:
    """比上年增加 6件 (a copy's spaces), 由上年的120件增至156件: both turn, not the 156."""
    view = "比上年增加 6件,达到38件;由上年的120件增至156件。"
    quantities = list(extract_quantities(view))
    assert [q.text for q in quantities] == ["6件", "38件", "120件", "156件"]
    assert [changes.turns(view, quantities, i, 0, 0) for i in range(4)] == [
        True, False, True, False,
    ]  # fmt: skip


@_SETTINGS
@given(
    st.lists(st.sampled_from((*"各均都为是有达到 \n审查件5%率", "达到", "均为")), max_size=12),
    st.data(),
)
def test_a_count_of_several_follows_one_of_the_last_characters(
    pieces: list[str], data: st.DataObject
) -> None:
    """EACH matches before a figure only after one of EACH_ENDS (or the break $ precedes)."""
    view = "".join(pieces)
    at = data.draw(st.integers(0, len(view)))
    if EACH.search(view, max(0, at - 5), at) is not None:
        assert view[at - 1 : at] in EACH_ENDS


# Cues of a generated registry: words that overlap, open alike or nest, some with a
# look-ahead, a look-behind or a context, so that rows tie, nest and cross in a window.
_WORDS = ("审查", "审查合同", "合同", "查合", "矛盾纠纷", "纠纷", "矛盾", "法", "法治", "治理")
_CUES = st.one_of(
    st.sampled_from(_WORDS),
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_WORDS)).map(lambda p: f"(?:{p[0]})?{p[1]}"),
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_WORDS)).map(lambda p: f"{p[0]}(?!{p[1]})"),
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_WORDS)).map(lambda p: f"(?<!{p[0]}){p[1]}"),
    st.builds(lambda w, c: Cue(w, context=c), st.sampled_from(_WORDS), st.sampled_from(_WORDS)),
)


@st.composite
def _registries(draw: st.DrawFn) -> Registry:
    """A registry of a few count rows of 件, each of one to three generated cues."""
    rows = draw(st.lists(st.lists(_CUES, min_size=1, max_size=3), min_size=1, max_size=5))
    return Registry(
        IndicatorSpec(f"row-{k}", f"第{k}行", "count", cues, ["件"]) for k, cues in enumerate(rows)
    )


@_SETTINGS
@given(
    _registries(),
    st.lists(st.sampled_from((*_WORDS, "3件", ",", "。", "开展", "审")), max_size=16).map("".join),
    st.booleans(),
    st.data(),
)
def test_any_registry_s_cues_are_found_as_cue_by_cue(
    registry: Registry, view: str, first: bool, data: st.DataObject
) -> None:
    """First or last, a generated registry's index finds the cue its every search finds."""
    start = data.draw(st.integers(0, len(view)))
    end = data.draw(st.integers(start, len(view)))
    cues = registry.for_unit("件")
    scan = indicators._Scan(view, view, registry, ())
    every = [(row, cue) for row, cue, _ in cues.cues]
    want = cue_search._nearest(view, every, start, end, first, view)
    assert scan._nearest(cues, start, end, first, view) == want
    if cues.joined is not None:  # the cues one by one, but only those that can start there
        assert cue_search._each(view, cues, start, end, first, view) == want


def test_a_cue_short_of_the_window_s_edge_leaves_the_later_rows_to_try() -> None:
    """学法治: 法 ends a character short of the window, so 法治 (a later row) is tried, and wins."""
    law = IndicatorSpec("law", "法", "count", ["法"], ["件"])
    rule = IndicatorSpec("rule-of-law", "法治", "count", ["法治"], ["件"])
    cues = Registry((law, rule)).for_unit("件")
    assert cue_search._each("学法治", cues, 0, 3, False, "") == (rule, 1, 3)
    assert cue_search._each("学法治", cues, 0, 3, True, "") == (law, 1, 2)
    assert cue_search._each("学法", cues, 0, 2, False, "") == (law, 1, 2)

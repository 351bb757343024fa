"""The model's records keep their promises: a span is a valid range and nothing changes."""

from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fzbg import SectionKind, Span


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_a_span_is_a_range_or_an_error(a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    span = Span(start, end)
    assert (span.start, span.end, len(span)) == (start, end, end - start)
    assert span == Span(start=start, end=end)
    assert hash(span) == hash(Span(start, end))
    if start != end:
        with pytest.raises(ValueError, match=rf"invalid span {end}\.\.{start}"):
            Span(end, start)


def test_a_span_before_the_text_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"invalid span -1\.\.3"):
        Span(-1, 3)


def test_a_span_is_frozen() -> None:
    span = Span(1, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]
    assert attrs.evolve(span, end=5) == Span(1, 5)
    with pytest.raises(ValueError, match=r"invalid span 1\.\.0"):
        attrs.evolve(span, end=0)


def test_a_section_kind_keys_sets_and_dicts_and_survives_pickling() -> None:
    """Kinds hash by identity: each is one object, equal only to itself, in any process."""
    kinds = {SectionKind.PLANS, SectionKind("plans"), SectionKind["MEASURES"]}
    assert kinds == {SectionKind.PLANS, SectionKind.MEASURES}
    assert {SectionKind.DUTIES: 1}[SectionKind("duties")] == 1
    assert pickle.loads(pickle.dumps(kinds)) == kinds
    assert SectionKind.PLANS != "plans"

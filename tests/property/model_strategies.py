"""Hypothesis strategies that build model objects directly, without the parser.

Every span lies inside the report's text, items nest a few levels deep, and an item's class
is drawn independently of its kind (a Duty inside a measures section, a Measure child of a
Duty …) so that exports must keep the class itself, not infer it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TypeVar

from hypothesis import strategies as st

from fzbg.model import (
    Approx,
    Debris,
    Diagnostic,
    Duty,
    Indicator,
    Item,
    Measure,
    Plan,
    Quantity,
    Reference,
    Report,
    Section,
    SectionKind,
    Shortcoming,
    Span,
)

T = TypeVar("T")

ITEM_CLASSES: tuple[type[Item], ...] = (Item, Measure, Shortcoming, Duty, Plan)

# The genre's alphabet: Han characters, digits, full- and half-width punctuation, markers.
_GENRE = (
    "法治政府建设年度报告一二三四五六七八九十是件次人%()（）、。，,:：;；《》〔〕﹝﹞\n 0123456789"
)
_ALPHABET = st.sampled_from([*_GENRE, "\u3000", "é", "𠀀"])
texts = st.text(_ALPHABET, max_size=60)
optional_texts = st.none() | texts
decimals = st.decimals(allow_nan=False, allow_infinity=False, places=None)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
years = st.none() | st.integers(1990, 2100)


def spans(length: int) -> st.SearchStrategy[Span]:
    """Spans inside a text of ``length`` characters."""
    return (
        st.tuples(st.integers(0, length), st.integers(0, length))
        .map(sorted)
        .map(lambda se: Span(se[0], se[1]))
    )


def quantities(length: int) -> st.SearchStrategy[Quantity]:
    """Quantities with any finite decimal value and a span inside the text."""
    return st.builds(
        Quantity,
        value=decimals | st.sampled_from([Decimal("61000"), Decimal("98.5"), Decimal("1E+3")]),
        unit=st.sampled_from(["件", "次", "人次", "%", "元", "工作日", "个"]),
        approx=st.sampled_from(Approx),
        text=texts,
        span=spans(length),
    )


def items(length: int, depth: int = 2) -> st.SearchStrategy[Item]:
    """Items of any class and kind, with children down to ``depth`` levels."""
    children = st.just(()) if depth == 0 else st.lists(items(length, depth - 1), max_size=2)
    return st.sampled_from(ITEM_CLASSES).flatmap(
        lambda cls: st.builds(
            cls,
            kind=st.sampled_from(SectionKind),
            marker=st.none() | st.sampled_from(["(一)", "（二）", "一是", "1、", "2.", ")"]),
            ordinal=st.none() | st.integers(1, 40),
            title=optional_texts,
            text=texts,
            span=spans(length),
            children=children.map(tuple),
            quantities=_tuples(quantities(length), 2),
        )
    )


def sections(length: int) -> st.SearchStrategy[Section]:
    """Sections of any kind, headed or found inside a paragraph."""
    return st.builds(
        Section,
        kind=st.sampled_from(SectionKind),
        heading=optional_texts,
        ordinal=st.none() | st.integers(1, 9),
        text=texts,
        span=spans(length),
        items=_tuples(items(length), 3),
    )


def references(length: int) -> st.SearchStrategy[Reference]:
    """Law titles and document numbers."""
    kinds = st.sampled_from(["law", "title", "document-number"])
    canonical = st.none() | texts
    return st.builds(Reference, kind=kinds, text=texts, span=spans(length), canonical=canonical)


def diagnostics(length: int) -> st.SearchStrategy[Diagnostic]:
    """Diagnostics with or without a place."""
    codes = st.sampled_from(["broken-marker", "ordinal-gap", "page-chrome"])
    return st.builds(Diagnostic, code=codes, message=texts, span=st.none() | spans(length))


def debris(length: int) -> st.SearchStrategy[Debris]:
    """Pieces of page chrome taken out of the text."""
    kinds = st.sampled_from(["page-chrome", "conversion-debris"])
    return st.builds(Debris, kind=kinds, text=texts, at=st.integers(0, length))


_KEYS = st.sampled_from(["court-appearance-rate", "legality-reviews", "petitions"])


def _tuples(strategy: st.SearchStrategy[T], max_size: int) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, max_size=max_size).map(tuple)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """Whole reports: metadata, sections, quantities, references, diagnostics, debris."""
    text = draw(st.text(_ALPHABET, max_size=300))
    n = len(text)
    quantities_ = draw(_tuples(quantities(n), 3))
    return Report(
        text=text,
        title=draw(optional_texts),
        issuer=draw(optional_texts),
        year=draw(years),
        plan_year=draw(years),
        published=draw(st.none() | dates),
        signed=draw(st.none() | dates),
        addressee=draw(optional_texts),
        preamble=draw(texts),
        closing=draw(texts),
        sections=draw(_tuples(sections(n), 4)),
        quantities=quantities_,
        references=draw(_tuples(references(n), 3)),
        diagnostics=draw(_tuples(diagnostics(n), 3)),
        debris=draw(_tuples(debris(n), 2)),
        indicators=tuple(
            Indicator(draw(_KEYS), q, draw(texts), draw(spans(n)))
            for q in quantities_
            if draw(st.booleans())
        ),
    )


def walk(items_: tuple[Item, ...]) -> list[Item]:
    """Every item and, depth first, its children."""
    out: list[Item] = []
    for item in items_:
        out.append(item)
        out.extend(walk(item.children))
    return out

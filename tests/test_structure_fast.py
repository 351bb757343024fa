"""The fast paths of the structure stage find what their plain references found.

The items pass makes its items straight into their slots and finds a title's bounds in
one call, calling title_span only for a title it would change: each is held to the plain
code it replaced, on texts strung from the characters those paths are about.
"""

from __future__ import annotations

import re

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.structure import items as items_module
from fzbg.structure.index import TITLE_END, bounds
from fzbg.structure.lead import lead
from fzbg.structure.lead import title_span as title_span_reference

_SETTINGS = settings(max_examples=500, deadline=None)


def _title_bounds_reference(
    text: str, view: str, at: int, end: int, *, run_in: bool
) -> tuple[int, int, int, bool]:
    """The bounds before the fast path: words, stop, under, wrapped; then title_span."""
    title_end = TITLE_END[run_in].search
    while at < end and view[at] in " \t:":
        at += 1
    if not run_in and at < end and view[at] == "\n":
        at += 1
    words, stop, under, wrapped = at, end, end, False
    if (found := title_end(view, at, end)) is not None:
        stop, under = found.start(), found.start() + 1
        if (
            view[stop] == "\n"
            and stop > at
            and view[stop - 1] in ",、"
            and (more := title_end(view, stop + 1, end)) is not None
        ):
            stop, under, wrapped = more.start(), more.end(), True
    if words < stop:
        words, stop = title_span_reference(text, view, words, stop)
    return words, stop, under, wrapped


_TITLE_TEXT = st.lists(
    st.sampled_from([*"。:;,、 \t\n【】法治加强", "\u3000", "组织  领导"]), min_size=1, max_size=30
).map("".join)


@_SETTINGS
@given(_TITLE_TEXT, st.integers(0, 30), st.integers(0, 30), st.booleans())
def test_title_bounds_are_those_of_the_two_steps(
    view: str, at: int, end: int, run_in: bool
) -> None:
    at, end = min(at, len(view)), min(end, len(view))
    text = view.replace(",", "，")  # the text differs from its view, not its white space
    found = items_module._title_bounds(text, view, TITLE_END[run_in].search, at, end, run_in=run_in)
    expected = _title_bounds_reference(text, view, at, end, run_in=run_in)
    assert found == expected


def test_title_bounds_trim_like_lead() -> None:
    view = "(一)【加强组织领导】召开专题会议4次。"
    start, stop, under, _ = items_module._title_bounds(
        view, view, TITLE_END[False].search, 3, len(view), run_in=False
    )
    assert (view[start:stop], under) == ("加强组织领导", len(view))
    assert (start, stop) == bounds(view, *lead(view, 3, view.index("。")))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["（一）加强领导。", "1.学法", "一是宣传;二是培训。", "\n", "主要负责人履职"]
        ),
        max_size=12,
    )
)
def test_items_made_into_their_slots_equal_those_made_by_init(body: list[str]) -> None:
    text = "一、主要举措\n" + "".join(body) + "\n二、存在的不足\n一是少;二是弱。"
    report = fzbg.parse_report(text)
    stack = [i for s in report.sections for i in s.items]
    while stack:
        item = stack.pop()
        made = type(item)(**{f.name: getattr(item, f.name) for f in attrs.fields(type(item))})
        assert made == item
        assert hash(made) == hash(item)
        assert repr(made) == repr(item)
        stack.extend(item.children)


def test_an_item_holds_its_own_title_and_quantities() -> None:
    report = fzbg.parse_report("一、主要举措\n（一）加强领导。开展培训3次。\n（二）规范执法。")
    first, second = report.sections[0].items
    assert (first.title, second.title) == ("加强领导", "规范执法")
    assert [q.value for q in first.quantities] == [3]
    assert second.quantities == ()
    assert re.fullmatch(r"（一）加强领导。开展培训3次。", first.text)

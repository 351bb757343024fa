"""An item's title that ends before any stop: in 【】, or set off by spaces (structure.lead)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.structure.index import bounds
from fzbg.structure.lead import _gap, lead, title_span
from fzbg.text.normalize import fold

_HEAD = (
    "青山县人民政府关于2023年度法治政府建设情况的报告\n"
    "2023年，我县坚持以习近平法治思想为指导，现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
)
_TAIL = "\n二、存在的不足和原因\n一是宣传不够。\n特此报告。\n青山县人民政府\n2024年1月15日\n"


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        (
            "（一）【加强组织领导】召开专题会议4次。\n（二）【推进依法决策】审查合同12件。",
            ["加强组织领导", "推进依法决策"],
        ),
        (
            "（一）加强组织领导　　县政府召开常务会议4次，专题研究部署法治政府建设工作。\n"
            "（二）推进依法决策  严格落实重大行政决策程序，全年审查决策事项12件。",
            ["加强组织领导", "推进依法决策"],
        ),
        # Two halves of one title, a space for its comma; a title broken after 的.
        (
            "（一）强化组织领导 压实主体责任。召开专题会议4次。\n"
            "（二）推进法治政府建设面临的 困难和挑战，召开专题会议研究解决办法4次。",
            [
                "强化组织领导 压实主体责任",
                "推进法治政府建设面临的 困难和挑战，召开专题会议研究解决办法4次",
            ],
        ),
        # A scan's space among a title's first words (fewer than a title's least) is
        # no end of the title; one after them still is.
        (
            "（一）落 实权利，创新社会治理方式，全年召开专题会议研究部署工作4次。\n"
            "（二）强化依 法决策，依法行政水平不断提升，全年审查决策事项12件。\n"
            "（三）加 强执法监督  县司法局开展行政执法案卷评查，评查案卷36件。",
            [
                "落 实权利，创新社会治理方式，全年召开专题会议研究部署工作4次",
                "强化依 法决策，依法行政水平不断提升，全年审查决策事项12件",
                "加 强执法监督",
            ],
        ),
    ],
    ids=["brackets", "spaces", "whole", "scan-spaces"],
)
def test_item_titles_that_end_before_a_stop(body: str, titles: list[str]) -> None:
    report = fzbg.parse_report(_HEAD + body + _TAIL)
    assert [m.title for m in report.measures] == titles


def test_lead_alone_on_a_folded_view() -> None:
    view = fold("（三）【严格规范执法】全年办理案件36件。")
    assert view[slice(*lead(view, 3, view.index("。")))] == "严格规范执法"
    # An empty or one-character bracket is no title.
    view = fold("（三）【】全年办理案件36件。")
    assert lead(view, 3, view.index("。")) == (3, view.index("。"))


# The gap as one pattern with a lookbehind: what the search for runs of spaces must find.
_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["加", "强", " ", "\t", "\u3000", "，", "a", "\n"]), max_size=30).map(
        "".join
    ),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_the_gap_is_the_one_the_lookbehind_pattern_finds(view: str, start: int, stop: int) -> None:
    start, stop = min(start, len(view)), min(max(start, stop), len(view))
    gap = _GAP.search(view, start, stop)
    assert _gap(view, start, stop) == (gap.span() if gap else None)


_TITLE_CHARS = ["加", "强", "领", "导", "【", "】", " ", "\t", "\u3000", "，", "。", "a", "\n"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("（一）加强组织领导　　县政府召开常务会议4次，专题研究部署工作。", "加强组织领导"),
        ("（一）【推进依法决策】审查合同12件。", "推进依法决策"),
        ("（一）强化组织领导 压实主体责任。", "强化组织领导 压实主体责任"),
    ],
)
def test_title_span_on_titles_set_off(line: str, title: str) -> None:
    view = fold(line)
    stop = view.index("。")
    assert line[slice(*title_span(line, view, 3, stop))] == title


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_TITLE_CHARS), min_size=1, max_size=40).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_title_span_is_lead_then_bounds(view: str, words: int, stop: int) -> None:
    # The shortcut for titles with no 【 and no space finds what the two steps find.
    words = min(words, len(view) - 1)
    stop = min(max(words + 1, stop), len(view))
    text = view.replace("，", ",")  # the text differs from its view, not its white space
    assert title_span(text, view, words, stop) == bounds(text, *lead(view, words, stop))

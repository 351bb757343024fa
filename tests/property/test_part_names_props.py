"""The statutory parts named without a heading's shape.

A short report may open each part's paragraph as a run-in point (一是主要举措和成效。……
二是存在的不足。……), on lines of its own or run into one paragraph, and a copy may end a
part's heading with a 。 on its own line (存在的不足和原因。).  Either heads its section;
a point or a line that only borrows a part's words (一是加强组织领导。, 存在一些不足。)
heads none.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_EXAMPLES = int(os.environ.get("FZBG_EXAMPLES", "300")) // 3
_BODIES = ("某某镇人民政府", "某某县司法局", "某某街道办事处", "某某市交通运输局")
_MEASURES = (
    "主要举措和成效",
    "推进法治政府建设的主要举措和成效",
    "主要做法及成效",
    "主要工作举措",
    "推进依法行政的主要做法和成效",
)
_SHORTCOMINGS = ("存在的不足和原因", "存在的问题", "存在的主要问题与不足", "工作中存在的不足")
_PLANS = ("下一步工作安排", "下一年度工作计划", "下一步打算", "主要工作安排")
_BODY = "全年审查规范性文件{n}件，开展法治培训{n}场次，推动依法行政工作落到实处。"
_SHORT = "法治宣传的覆盖面还不够广，基层执法力量相对薄弱。"
_PLAN = "持续深化法治政府建设，认真落实法治政府建设实施纲要。"


def _parts(draw: st.DrawFn, year: int) -> list[tuple[str, str, str]]:
    """The three parts: kind, name and paragraph."""
    when = draw(st.sampled_from(("", f"{year}年", f"{year}年度")))
    return [
        ("measures", when + draw(st.sampled_from(_MEASURES)), _BODY.format(n=year % 40) * 3),
        ("shortcomings", draw(st.sampled_from(_SHORTCOMINGS)), _SHORT),
        ("plans", draw(st.sampled_from(_PLANS)), _PLAN),
    ]


def _head(body: str, year: int) -> list[str]:
    return [f"{body}{year}年法治政府建设情况报告", f"{year}年，我们坚持依法行政，现报告如下："]


@st.composite
def _run_in(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    """A report whose parts are run-in 一是 points, on lines or in one paragraph."""
    year, body = draw(st.integers(2016, 2025)), draw(st.sampled_from(_BODIES))
    parts = _parts(draw, year)
    paragraphs = [f"{'一二三'[k]}是{name}。{para}" for k, (_, name, para) in enumerate(parts)]
    joiner = draw(st.sampled_from(("\n", "")))
    text = "\n".join([*_head(body, year), joiner.join(paragraphs)])
    return text, [(kind, f"{'一二三'[k]}是{name}") for k, (kind, name, _) in enumerate(parts)]


@st.composite
def _stopped(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    """A report whose parts' headings stand on lines of their own, some ending in 。."""
    year, body = draw(st.integers(2016, 2025)), draw(st.sampled_from(_BODIES))
    parts = _parts(draw, year)
    stops = draw(st.lists(st.booleans(), min_size=3, max_size=3).filter(any))
    lines = _head(body, year)
    for (_, name, para), stop in zip(parts, stops, strict=True):
        lines += [name + ("。" if stop else ""), para]
    return "\n".join(lines), [(kind, name) for kind, name, _ in parts]


def _sections(text: str) -> list[tuple[str, str]]:
    return [(s.kind.value, s.heading or "") for s in fzbg.parse_report(text).sections]


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_run_in())
def test_parts_run_in_as_points_head_their_sections(drawn: tuple[str, list]) -> None:
    text, expected = drawn
    assert _sections(text) == expected, text


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_stopped())
def test_a_parts_heading_ending_in_a_stop_heads_its_section(drawn: tuple[str, list]) -> None:
    text, expected = drawn
    assert _sections(text) == expected, text


def test_points_and_lines_that_borrow_a_parts_words_head_nothing() -> None:
    text = "\n".join(
        (
            "某某镇人民政府2023年法治政府建设情况报告",
            "一、主要举措和成效",
            "一是加强组织领导。" + _BODY.format(n=4),
            "二是存在一些不足。宣传不够。三是下一步工作还要加强。",
            "存在一些不足。",
            "存在问题。",
            "下一步将继续努力。",
            "二、下一步工作安排",
            _PLAN,
        )
    )
    assert _sections(text) == [("measures", "一、主要举措和成效"), ("plans", "二、下一步工作安排")]

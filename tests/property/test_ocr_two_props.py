"""What OCR of a scan makes of 二: ``=`` (or ``＝``), in ``(二)`` and ``二、`` markers.

A scan's 二 is two strokes, and OCR reads it as ``=`` as it reads 一 as a dash:
``（=）规范执法`` is point two and ``=、存在的不足`` section two, with the marker kept as
written.  An ``=`` anywhere else (``=3``, ``（=`` with no closing bracket, ``= 加强``)
is no marker.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.lex.lines import lex

_EXAMPLES = int(os.environ.get("FZBG_EXAMPLES", "300")) // 3
_BODIES = (
    "某某县应急管理局",
    "某某市人民政府",
    "某某镇人民政府",
    "某某省水利厅",
    "某某区卫生健康委",
)
_POINTS = ("压实法治建设责任", "健全规范性文件审查", "推行柔性执法方式", "畅通行政复议渠道")


def _report(year: int, body: str, two: str, paren: str) -> str:
    points = "\n".join(
        (paren if i == 1 else f"（{n}）") + f"{_POINTS[i]}。全年开展相关工作{i + 2}次。"
        for i, n in enumerate("一二三四")
    )
    return "\n".join(
        (
            f"{body}{year}年度法治政府建设情况报告",
            f"{year}年，{body}深入推进依法行政，现将有关情况报告如下：",
            "一、主要工作举措",
            points,
            f"{two}存在的问题和不足",
            "基层执法力量不足。",
            "三、下一步工作计划",
            "持续深化法治建设。",
        )
    )


@st.composite
def _damaged(draw: st.DrawFn) -> tuple[str, str]:
    """The same report twice: as written, and with OCR's = for some of its 二."""
    year, body = draw(st.integers(2016, 2025)), draw(st.sampled_from(_BODIES))
    eq = draw(st.sampled_from(("=", "＝")))
    space = draw(st.sampled_from(("", " ")))
    two = draw(st.sampled_from(("二、", f"{eq}{space}、")))
    paren = draw(st.sampled_from(("（二）", f"（{space}{eq}{space}）", f"({eq})")))
    return _report(year, body, "二、", "（二）"), _report(year, body, two, paren)


def _shape(text: str) -> list[tuple[str, int | None, list[tuple[int | None, str | None]]]]:
    report = fzbg.parse_report(text)
    return [
        (s.kind.value, s.ordinal, [(i.ordinal, i.title) for i in s.items]) for s in report.sections
    ]


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_damaged())
def test_an_equals_sign_for_two_is_that_marker(drawn: tuple[str, str]) -> None:
    plain, damaged = drawn
    assert _shape(damaged) == _shape(plain), damaged


def test_an_equals_sign_elsewhere_is_no_marker() -> None:
    assert [line.marker for line in lex("=3\n（=加强领导\n= 加强领导\n=)加强")] == [None] * 4

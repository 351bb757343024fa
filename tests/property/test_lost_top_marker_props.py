"""An opening whose first heading lost its 一、 over the (一) points under it.

"……现报告如下： / 依法全面履行政府职能 / （一）…… / （二）……": the bare line over the
report's one count of points heads its section, and the points are its items.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_EXAMPLES = int(os.environ.get("FZBG_EXAMPLES", "300")) // 3
_TOPICS = ("依法全面履行政府职能", "切实加强组织领导", "持续深化法治政府建设", "健全依法决策机制")
_POINTS = ("深化行政审批制度改革", "推行权责清单制度", "规范行政执法行为", "加强法治宣传教育")


@st.composite
def _openings(draw: st.DrawFn) -> tuple[str, str, int]:
    year, topic = draw(st.integers(2016, 2025)), draw(st.sampled_from(_TOPICS))
    count = draw(st.integers(1, 4))
    lead = draw(st.sampled_from(("现将有关情况报告如下：", "全面推进依法行政。")))
    points = [f"（{'一二三四'[k]}）{_POINTS[k]}。全年开展相关工作{k + 3}次。" for k in range(count)]
    lines = [f"某某县人民政府{year}年法治政府建设情况报告", f"{year}年，我县{lead}", topic]
    return "\n".join([*lines, *points]), topic, count


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_openings())
def test_the_bare_line_over_the_one_count_heads_its_section(drawn: tuple[str, str, int]) -> None:
    text, topic, count = drawn
    sections = fzbg.parse_report(text).sections
    assert [(s.heading, len(s.items)) for s in sections] == [(topic, count)], text


def test_a_bodys_name_over_the_count_heads_nothing() -> None:
    text = "\n".join(
        (
            "某某县2023年法治政府建设情况报告",
            "全面推进依法行政。",
            "某某县司法局",
            "（一）规范执法。",
            "（二）加强普法。",
        )
    )
    assert "某某县司法局" not in [s.heading for s in fzbg.parse_report(text).sections]

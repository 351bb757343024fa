"""Lettered points run into a paragraph, and a count whose first point follows a comma.

``主要做法：A.健全制度……；B.规范执法……；C.强化监督……。`` (also ``A、`` ``（A）`` ``a)``
``(a)``, after a stop or a comma) gives one item per point, as ``1.……；2.……`` does.
So does a count whose first marker stands right after the lead phrase's comma
(``重点抓好三项工作，1.健全……；2.……``).  A letter that is no marker (``A.I.``,
``B超``, ``5A级``, ``A、B两类``, a web address) splits nothing.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_EXAMPLES = int(os.environ.get("FZBG_EXAMPLES", "300")) // 3
_LETTERS = "ABCDEF"
# Lettered marker styles as a paragraph writes them; {l} the letter.
_STYLES = ("{l}.", "{l}、", "{l}．", "（{l}）", "({l})", "{l})", "{l}）")
_POINTS = (
    "深化行政审批改革",
    "推行执法公示制度",
    "加强复议应诉工作",
    "开展法治进社区活动",
    "完善公共法律服务",
)
_TAILS = ("", "，全年办理案件1.5万件", "，审查文件12件", "，推进A.I.辅助审查", "，开展B超筛查3次")
_LEADS = ("主要做法：", "我们重点抓了以下工作：", "具体如下：", "全年重点抓好{k}项工作，")
_BODIES = ("县", "区", "市", "局", "镇", "街道", "委", "厅")


def _report(year: int, body: str, paragraph: str) -> str:
    """A report in a department's style, the measures one paragraph."""
    lines = [
        f"某某{body}关于{year}年度法治政府建设工作情况的报告",
        f"{year}年以来，我{body}认真贯彻落实上级部署，现报告如下：",
        f"一、{year}年度推进法治政府建设的主要举措",
        paragraph,
        "二、存在的主要问题",
        "执法力量较为薄弱。",
        f"三、{year + 1}年工作思路",
        "持续推进法治政府建设。",
    ]
    return "\n".join(lines)


@st.composite
def _lettered(draw: st.DrawFn) -> tuple[str, int]:
    """A report whose measures are one paragraph of run-in lettered points."""
    style = draw(st.sampled_from(_STYLES))
    lower = draw(st.booleans())
    count = draw(st.integers(2, len(_POINTS)))
    stop = draw(st.sampled_from(("；", ";", "。")))
    points = []
    for i in range(count):
        letter = _LETTERS[i].lower() if lower else _LETTERS[i]
        points.append(style.format(l=letter) + _POINTS[i] + draw(st.sampled_from(_TAILS)))
    lead = draw(st.sampled_from(_LEADS)).format(k="三")
    year = draw(st.integers(2016, 2025))
    paragraph = lead + stop.join(points) + "。"
    return _report(year, draw(st.sampled_from(_BODIES)), paragraph), count


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_lettered())
def test_run_in_lettered_points_are_items(drawn: tuple[str, int]) -> None:
    text, count = drawn
    report = fzbg.parse_report(text)
    measures = report.measures
    assert [m.ordinal for m in measures] == list(range(1, count + 1)), text
    titles = [m.title or "" for m in measures]
    assert all(t.startswith(p) for t, p in zip(titles, _POINTS, strict=False)), text
    assert all(text[m.span.start : m.span.end] == m.text for m in measures)


@st.composite
def _after_comma(draw: st.DrawFn) -> tuple[str, int]:
    """A count of 1. 1、 points whose first marker follows the lead phrase's comma."""
    mark = draw(st.sampled_from((".", "、", "．")))
    count = draw(st.integers(2, len(_POINTS)))
    points = [f"{i + 1}{mark}{_POINTS[i]}" for i in range(count)]
    lead = draw(st.sampled_from(("全年重点抓好以下工作，", "围绕年度目标，", "我们坚持问题导向，")))
    year = draw(st.integers(2016, 2025))
    return _report(year, draw(st.sampled_from(_BODIES)), lead + "；".join(points) + "。"), count


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_after_comma())
def test_a_count_may_open_after_a_comma(drawn: tuple[str, int]) -> None:
    text, count = drawn
    measures = fzbg.parse_report(text).measures
    assert [(m.ordinal, m.title) for m in measures] == [
        (i + 1, _POINTS[i]) for i in range(count)
    ], text


def test_letters_that_are_no_markers_split_nothing() -> None:
    paragraph = (
        "推进A.I.技术运用，引入A、B两类资质单位，开展B超筛查，创建5A级景区，"
        "详见http://www.example.gov.cn/a.b/c.html；全年办理案件1.5万件。"
    )
    assert fzbg.parse_report(_report(2023, "县", paragraph)).measures == ()


def test_a_lone_letter_makes_no_count() -> None:
    paragraph = "全年重点抓好一项工作，B.规范行政执法行为；审查文件12件。"
    assert fzbg.parse_report(_report(2023, "县", paragraph)).measures == ()

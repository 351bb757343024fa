"""Points numbered 1. 1) ① 一、 run into one paragraph, and a first point with no marker.

``主要做法：1.健全制度……；2.规范执法……；3.强化监督……。``: a paragraph of a section that
runs its points together with Arabic, circled or Chinese-numeral markers gives one item
per point, as ``一是……；二是……`` does, each titled up to its first ``；`` or ``。``.
A copy that lost the whole first marker (``主要做法：健全制度……；2.规范执法……；3.……``, or
a line ``健全制度体系。`` over lines ``（二）……`` ``（三）……``) still gives the first point,
ordinal 1 and no marker, where the rest count two, three.  Figures and numbers that are
no markers (``1.5万件``, ``2023.3``, a 文号, ``第1、2条``) split nothing.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_CN = "一二三四五六七八九十"
_EXAMPLES = int(os.environ.get("FZBG_EXAMPLES", "300")) // 3
# Run-in marker styles as a paragraph writes them; {n} the Arabic, {c} the Chinese number.
_RUN_IN = ("{n}.", "{n}、", "{n}．", "{n}）", "{n})", "（{n}）", "{c}、", "{o}", "第{c}，")
_CIRCLED = "①②③④⑤⑥"
_POINTS = (
    "健全依法决策制度",
    "规范行政执法行为",
    "强化行政权力监督",
    "深化法治宣传教育",
    "推进矛盾纠纷化解",
)
# What a point may say after its title: a figure or a number that is no marker.
_TAILS = (
    "",
    "，全年办理案件1.5万件",
    "，于2023.3完成清理",
    "，印发《实施方案》（某政发〔2023〕5号）",
    "，落实《条例》第1、2条规定",
    "，审查文件12件",
)
_LEADS = ("主要做法：", "我们重点抓了以下工作：", "具体如下：", "全年{body}着力推进：")
_BODIES = ("县", "区", "市", "局", "镇", "街道", "委")


def _report(year: int, body: str, paragraph: str) -> str:
    return "\n".join(
        (
            f"某某{body}{year}年法治政府建设情况报告",
            f"{year}年，我{body}坚持依法行政，现将有关情况报告如下：",
            f"一、{year}年推进法治政府建设的主要举措和成效",
            paragraph,
            "二、存在的不足和原因",
            "一是法治意识有待提高；二是执法队伍有待加强。",
            f"三、{year + 1}年工作打算",
            "一是加强学习；二是规范执法。",
        )
    )


@st.composite
def _run_in(draw: st.DrawFn) -> tuple[str, int, bool]:
    """A report whose measures are one paragraph of run-in points, maybe the first bare."""
    style = draw(st.sampled_from(_RUN_IN))
    count = draw(st.integers(3, len(_POINTS)))
    bare = draw(st.booleans())  # the first point's marker lost
    stop = draw(st.sampled_from(("；", ";", "。")))
    body = draw(st.sampled_from(_BODIES))
    points = []
    for i in range(count):
        marker = style.format(n=i + 1, c=_CN[i], o=_CIRCLED[i])
        tail = draw(st.sampled_from(_TAILS))
        points.append(("" if bare and i == 0 else marker) + _POINTS[i] + tail)
    lead = draw(st.sampled_from(_LEADS)).format(body=body)
    year = draw(st.integers(2016, 2025))
    return _report(year, body, lead + stop.join(points) + "。"), count, bare


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_run_in())
def test_run_in_numbered_points_are_items(drawn: tuple[str, int, bool]) -> None:
    report = fzbg.parse_report(drawn[0])
    text, count, bare, measures = report.text, drawn[1], drawn[2], report.measures
    assert [m.ordinal for m in measures] == list(range(1, count + 1)), text
    titles = [m.title or "" for m in measures]
    assert all(t.startswith(p) for t, p in zip(titles, _POINTS, strict=False)), text
    assert all(report.text[m.span.start : m.span.end] == m.text for m in measures)
    assert (measures[0].marker is None) is bare, text


# Points on lines of their own, in a style that opens a line, and a first line that lost
# its marker entirely.
_LINE_STYLES = ("（{c}）", "{n}.", "{n}、", "{c}是")


@st.composite
def _lines(draw: st.DrawFn) -> tuple[str, int]:
    style = draw(st.sampled_from(_LINE_STYLES))
    count = draw(st.integers(3, len(_POINTS)))
    headed = draw(st.booleans())  # a heading line over each point's paragraph
    lines = []
    for i in range(count):
        marker = "" if i == 0 else style.format(n=i + 1, c=_CN[i])
        if headed:
            lines += [marker + _POINTS[i], "全年开展相关工作，取得明显成效。"]
        else:
            lines.append(marker + _POINTS[i] + "。全年开展相关工作，取得明显成效。")
    body = draw(st.sampled_from(_BODIES))
    return _report(draw(st.integers(2016, 2025)), body, "\n".join(lines)), count


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_lines())
def test_a_first_line_with_no_marker_left_is_point_one(drawn: tuple[str, int]) -> None:
    text, count = drawn
    measures = fzbg.parse_report(text).measures
    assert [m.ordinal for m in measures] == list(range(1, count + 1)), text
    assert measures[0].marker is None, text
    assert measures[0].title == _POINTS[0], text


def test_a_lone_second_number_makes_no_first_point() -> None:
    paragraph = "主要做法：全年审查文件12件；2.规范执法行为。"
    assert [m.ordinal for m in fzbg.parse_report(_report(2023, "县", paragraph)).measures] == []


def test_a_list_of_chinese_numerals_is_no_count() -> None:
    paragraph = "全年走访：一、二级医院12家；二、三级医院4家。"
    assert fzbg.parse_report(_report(2023, "县", paragraph)).measures == ()


def test_a_paragraph_of_figures_splits_nowhere() -> None:
    paragraph = "全年办理案件1.5万件；于2023.3完成清理；落实《条例》第1、2条规定。"
    assert fzbg.parse_report(_report(2023, "县", paragraph)).measures == ()

"""A run-in count whose first marker a copy or OCR broke still gives all its points.

``下一步,我们将:)强化……;(二)深化……;(三)……``: the first point lost its ``(一`` (or its
``(``, its ``)``, the ``一`` of ``一是``, an OCR dash for ``一``).  Generated lists of
every run-in style, broken in each of these ways at the head of a plans section, parse
to one point per marker counted from one, the broken one's remains read as its marker
(not as its title) and noted in a diagnostic.  Points on lines of their own whose first
line's marker broke (``是学法不够。`` / ``二是用法不够。``) count from one the same way.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_CN = "一二三四五六七八九十"
# A style's intact marker, and the remains of its first marker after a copy broke it.
_STYLES = (
    ("（{c}）", ("）", "一）", "（一", "（-）", ")")),
    ("({c})", ("）", "一)", "(一", "(—)")),
    ("{c}是", ("是", "—是", "-是")),
    ("（{n}）", ("）", "1）", "（1", "（l")),
)
_LEADS = (
    "下一步，我{body}将重点做好以下工作：",
    "{year}年，我{body}将：",
    "针对上述问题，我{body}将着力抓好以下几个方面：",
)
_POINTS = (
    "强化依法行政意识，提升领导干部法治思维",
    "深化行政执法体制改革",
    "加强法治宣传教育",
    "健全依法决策机制",
    "推进政务公开",
)


def _points(draw: st.DrawFn, styles: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """Two or more points of one style, the first one's marker broken."""
    marker, broken = draw(st.sampled_from(styles))
    remains = draw(st.sampled_from(broken))
    count = draw(st.integers(2, len(_POINTS)))
    return [
        (remains if i == 0 else marker.format(c=_CN[i], n=i + 1)) + _POINTS[i] for i in range(count)
    ]


def _remains(points: list[str]) -> str:
    """What the broken first marker left: the first point up to its words."""
    return points[0][: points[0].index(_POINTS[0])]


@st.composite
def _reports(draw: st.DrawFn) -> tuple[str, int, str]:
    """A report whose plans are one run-in list with a broken first marker."""
    points = _points(draw, _STYLES)
    year = draw(st.integers(2016, 2025))
    body = draw(st.sampled_from(("县", "区", "市", "局", "镇", "委")))
    stop = draw(st.sampled_from(("；", ";", "。")))
    lead = draw(st.sampled_from(_LEADS)).format(body=body, year=year + 1)
    text = "\n".join(
        (
            f"某某{body}{year}年法治政府建设年度报告",
            f"{year}年，我{body}深入贯彻落实习近平法治思想，现将有关情况报告如下。",
            f"一、{year}年推进法治政府建设的主要举措和成效",
            "（一）健全依法决策机制。严格落实重大行政决策程序。",
            "（二）加强执法监督。开展执法案卷评查。",
            "二、存在的不足和原因",
            "一是法治意识有待提高；二是执法队伍有待加强。",
            f"三、{year + 1}年推进法治政府建设的主要安排",
            lead + stop.join(points) + "。",
        )
    )
    return text, len(points), _remains(points)


@settings(max_examples=int(os.environ.get("FZBG_EXAMPLES", "300")) // 3, deadline=None)
@given(_reports())
def test_a_broken_first_marker_opens_its_count(drawn: tuple[str, int, str]) -> None:
    text, count, remains = drawn
    report = fzbg.parse_report(text)
    plans = report.plans
    assert [p.ordinal for p in plans] == list(range(1, count + 1)), text
    first = plans[0]
    assert first.marker is not None, text
    assert first.marker.strip() == remains.strip(), text
    assert first.title is not None, text
    assert first.title.startswith(_POINTS[0][:4]), text
    assert report.text[first.span.start : first.span.end] == first.text
    if not any(c in remains for c in "一1"):  # the number itself was lost
        assert any(d.code == "broken-marker" for d in report.diagnostics), text


def test_a_sentence_opening_with_shi_is_no_point() -> None:
    text = "\n".join(
        (
            "某县2023年法治政府建设年度报告",
            "一、主要举措和成效",
            "（一）健全机制。是否依法决策仍需加强；二是规范执法。",
            "（二）加强监督。",
        )
    )
    assert [m.ordinal for m in fzbg.parse_report(text).measures] == [1, 2]
    assert fzbg.parse_report(text).measures[0].children == ()


# Points on lines of their own: a style's marker, and the remains of a broken first.
_LINE_STYLES = (
    ("（{c}）", ("）", "一）", "（-）")),
    ("{c}是", ("是", "—是")),
    ("{n}、", ("、", "l、")),
    ("{n}．", ("．",)),
)


@st.composite
def _listed(draw: st.DrawFn) -> tuple[str, int, str]:
    """A report whose shortcomings are points on lines, the first one's marker broken."""
    points = _points(draw, _LINE_STYLES)
    year = draw(st.integers(2016, 2025))
    lead = draw(st.sampled_from(((), ("存在的主要问题有：",))))
    text = "\n".join(
        (
            f"某某局{year}年法治政府建设年度报告",
            f"一、{year}年推进法治政府建设的主要举措和成效",
            "（一）健全依法决策机制。严格落实重大行政决策程序。",
            "（二）加强执法监督。开展执法案卷评查。",
            "二、存在的不足和原因",
            *lead,
            *(point + "不够。" for point in points),
            f"三、{year + 1}年工作打算",
            "一是加强学习；二是规范执法。",
        )
    )
    return text, len(points), _remains(points)


@settings(max_examples=int(os.environ.get("FZBG_EXAMPLES", "300")) // 3, deadline=None)
@given(_listed())
def test_a_broken_first_line_marker_opens_its_count(drawn: tuple[str, int, str]) -> None:
    text, count, remains = drawn
    found = fzbg.parse_report(text).shortcomings
    assert [p.ordinal for p in found] == list(range(1, count + 1)), text
    assert found[0].title is not None, text
    assert found[0].title.startswith(_POINTS[0][:4]), text
    assert found[0].text.startswith(remains), text

"""A space OCR read inside a point's marker: ``一 是`` ``二 要`` ``第 一，``.

A scan's text layer puts single spaces (ASCII or U+3000) between characters at random;
one between the numeral and 是 of ``一是`` (or 第 and the numeral of ``第一，``, or a
bracket and the numeral of a run-in ``（ 二）``) leaves the marker a marker, as written:
the items are those of the same text with no space.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_EXAMPLES = int(os.environ.get("FZBG_EXAMPLES", "300")) // 3
_CN = "一二三四五"
_POINTS = ("法治意识有待提高", "执法队伍建设不足", "监督机制不够健全", "普法宣传覆盖不广")
_STYLES = ("{c}是", "{c}要", "第{c}，", "其{c}，", "（{c}）")
_BODIES = ("县司法局", "市人民政府", "区教育局", "镇人民政府", "省自然资源厅")


def _report(year: int, body: str, shortcomings: str) -> str:
    return "\n".join(
        (
            f"某某{body}{year}年法治政府建设情况报告",
            f"{year}年，{body}坚持依法行政，现将有关情况报告如下：",
            "一、主要举措和成效",
            "（一）健全制度体系。全年制定文件3件。",
            "（二）规范执法行为。开展执法检查12次。",
            "二、存在的不足",
            shortcomings,
            "三、下一步工作打算",
            "加强学习，强化监督。",
        )
    )


@st.composite
def _spaced(draw: st.DrawFn) -> tuple[str, str]:
    """The same report twice: its markers as written, and with spaces inside some."""
    style = draw(st.sampled_from(_STYLES))
    count = draw(st.integers(2, len(_POINTS)))
    lines = draw(st.booleans())  # a line per point, or one paragraph
    plain, spaced = [], []
    for i in range(count):
        marker = style.format(c=_CN[i])
        space = draw(st.sampled_from(("", " ", "\u3000")))
        plain.append(marker + _POINTS[i])
        spaced.append(marker[0] + space + marker[1:] + _POINTS[i])
    join = "。\n" if lines else "；"
    year, body = draw(st.integers(2016, 2025)), draw(st.sampled_from(_BODIES))
    return _report(year, body, join.join(plain) + "。"), _report(
        year, body, join.join(spaced) + "。"
    )


def _items(text: str) -> list[tuple[int | None, str | None]]:
    return [(s.ordinal, s.title) for s in fzbg.parse_report(text).shortcomings]


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_spaced())
def test_a_space_inside_a_marker_keeps_the_points(drawn: tuple[str, str]) -> None:
    plain, spaced = drawn
    assert _items(spaced) == _items(plain), spaced
    assert len(_items(plain)) >= 2, plain


def test_the_marker_is_kept_as_written() -> None:
    text = _report(2021, "县司法局", "一 是法治意识有待提高；二\u3000是执法队伍建设不足。")
    found = fzbg.parse_report(text).shortcomings
    assert [(s.marker, s.title) for s in found] == [
        ("一 是", "法治意识有待提高"),
        ("二\u3000是", "执法队伍建设不足"),
    ]


def test_a_space_inside_run_in_brackets_keeps_the_count() -> None:
    text = _report(
        2019, "市人民政府", "主要表现在：（ 一）法治意识有待提高；（二 ）执法队伍建设不足。"
    )
    assert [s.ordinal for s in fzbg.parse_report(text).shortcomings] == [1, 2]


def test_a_space_after_a_word_numeral_is_no_marker() -> None:
    text = _report(2021, "县司法局", "落实统一 是关键，问题之一 是制度不全。")
    assert fzbg.parse_report(text).shortcomings == ()

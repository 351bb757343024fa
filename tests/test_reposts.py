"""What reposting sites do to a report (issue #13, class 6 and the watermark).

Invented texts: a site's name, slogan and address stamped into the text, even into the
middle of a word; they come out as debris, and putting the debris back gives the text.
"""

from __future__ import annotations

import pytest

import fzbg
from fzbg.page.debris import restore_debris, strip_inline_debris

_MARKS = (
    "公文之家—海量范文每日更新www.example.com",
    "材料网-精品材料免费下载www.cailiao-demo.cn",
)


@pytest.mark.parametrize("mark", _MARKS)
def test_a_watermark_is_cut_wherever_it_recurs(mark: str) -> None:
    """At a line's start it is found by its shape; glued mid-word, as a copy of it."""
    text = (
        f"{mark}云溪县2023年度法治政府建设情况报告\n"
        "2023年，云溪县坚持以习近平法治思想为指导。\n"
        f"一、主要举措和成效\n（一）压实法治建设第一{mark}责任人职责。召开会议3次。\n"
        f"二、存在的{mark}问题\n（一）宣传不够深入。\n"
    )
    report = fzbg.parse_report(text)
    assert mark not in report.text
    assert "第一责任人职责" in report.text
    assert [d.kind for d in report.debris].count("site-watermark") == 3
    assert report.title == "云溪县2023年度法治政府建设情况报告"
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", "二、存在的问题"]
    clean, pieces = strip_inline_debris(text)
    assert restore_debris(clean, pieces) == text


def test_a_bracketed_watermark_line() -> None:
    """【www.….com--某某范文】 is the site's, not the report's."""
    clean, pieces = strip_inline_debris("【www.fanwen-demo.com--实用范文】\n正文。")
    assert (clean, [p.kind for p in pieces]) == ("\n正文。", ["site-watermark"])


def test_a_government_site_address_is_no_watermark() -> None:
    """A portal's address in a source line has no slogan glued to it: it stays text."""
    line = "某某市人民政府门户网站 www.example.gov.cn"
    assert strip_inline_debris(line) == (line, ())

"""A page's summary field over the article, repeating the report's opening.

``摘要：2023年，某县深入推进法治政府建设，全年开展培训12次…``: a site fills the field with
the article's first sentences, whole or cut short.  Generated pages, with the field in
each of its labels and bracketings, above or below the title, and the page's date row,
parse to the report's own figures once each and a ``page-summary`` note; a labelled line
that repeats nothing is kept as the report's.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_TITLE = "某某县{year}年度法治政府建设情况报告"
_OPENING = "{year}年，某某县深入推进法治政府建设，全年开展执法培训{n}次，审查规范性文件{m}件。"
_REST = (
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"
    "二、存在的不足和原因\n法治宣传形式单一。\n三、下一步工作安排\n持续加强学习。\n"
)
_DATE_ROWS = ("发布时间：2024-01-15 来源：某某县司法局", "日期：2024年01月15日 浏览次数：35")
_LABELS = ("摘要：", "内容摘要：", "【摘要】", "[内容提要]", "导读：", "内容概要: ")


@st.composite
def _pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A page with a summary field repeating the opening, and the report's own figures."""
    year, n, m = draw(st.integers(2016, 2025)), draw(st.integers(2, 90)), draw(st.integers(2, 90))
    title, opening = _TITLE.format(year=year), _OPENING.format(year=year, n=n, m=m)
    cut = draw(st.integers(20, len(opening)))  # the summary: the opening, maybe cut short
    summary = opening[:cut] + ("" if cut == len(opening) else draw(st.sampled_from(["…", "..."])))
    field = draw(st.sampled_from(_LABELS)) + summary
    head = [field, title] if draw(st.booleans()) else [title, field]
    head.insert(draw(st.integers(0, 2)), draw(st.sampled_from(_DATE_ROWS)))
    return "\n".join([*head, opening, _REST]), [f"{n}次", f"{m}件", "3次"]


@settings(max_examples=int(os.environ.get("FZBG_PROPERTY_EXAMPLES", "60")))
@given(_pages())
def test_a_pages_summary_is_cut_and_its_figures_not_counted_twice(
    case: tuple[str, list[str]],
) -> None:
    """The figures are the report's, once each; the title is the report's."""
    text, figures = case
    report = fzbg.parse_report(text)
    assert [q.text for q in report.quantities] == figures
    assert report.title is not None
    assert report.title.endswith("情况报告")
    assert "page-summary" in {d.code for d in report.diagnostics}


def test_a_labelled_line_that_repeats_nothing_is_the_reports() -> None:
    """摘要: over words the text does not say again is kept, with its figures."""
    text = (
        "某某县2023年度法治政府建设情况报告\n发布时间：2024-01-15\n"
        "摘要：全县共有执法人员560人，其中持证520人，均参加年度培训。\n"
        "2023年，某某县深入推进法治政府建设。\n" + _REST
    )
    report = fzbg.parse_report(text)
    assert [q.text for q in report.quantities][:2] == ["560人", "520人"]
    assert "page-summary" not in {d.code for d in report.diagnostics}

"""A title run on into the report's first part, with no preamble between (fzbg.page.opening).

A copy that lost its line breaks may set the title and the first part's heading on one line,
a space or nothing between (``某局2021年法治建设工作总结 一、突出制度建设……``).  The title is
read, the issuer with it, and the part opens its section.  Invented titles of every shape
the genre uses, over every first-part marker.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_BODIES = ("云溪县司法局", "白沙镇人民政府", "青禾市", "长林区市场监督管理局", "某县工商局")
_TITLES = (
    "{body}{year}年法治建设工作总结",
    "{body}{year}年度法治政府建设情况报告",
    "{body}{year}年上半年依法行政工作总结",
    "{body}关于{year}年度法治政府建设工作情况的报告",
)
_PARTS = ("一、突出制度机制建设，压实法治建设责任", "（一）加强组织领导", "第一部分 主要工作举措")
_REST = (
    "\n局党组专题研究法治建设工作3次。\n"
    "二、存在的问题\n一是宣传不够。\n三、下一步打算\n一是继续推进依法行政。"
)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(_BODIES),
    st.sampled_from(_TITLES),
    st.integers(2016, 2025),
    st.sampled_from(("", " ", "  ")),
    st.sampled_from(_PARTS),
)
def test_a_title_run_on_into_the_first_part_is_read(
    body: str, form: str, year: int, gap: str, part: str
) -> None:
    title = form.format(body=body, year=year)
    report = fzbg.parse_report(f"{title}{gap}{part}{_REST}")
    assert (report.title, report.issuer, report.year) == (title, body, year)
    assert all(title not in (section.heading or "") for section in report.sections)

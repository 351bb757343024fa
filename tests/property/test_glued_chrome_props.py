"""Page chrome glued before a title changes nothing the report says of itself.

A breadcrumb (its label, crumbs drawn from the columns sites name, any separator) or a
column's name run on into a generated title: title, issuer and year come out as they
do from the title alone, and the chrome is cut as page chrome.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fzbg

_SETTINGS = settings(
    max_examples=int(os.environ.get("FZBG_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_BODY = (
    "\n县人民政府：\n"
    "{year}年，我们坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
    "一、主要举措和成效\n（一）加强组织领导。全年召开专题会议4次。\n"
    "二、存在的不足和原因\n部分干部法治意识有待提高。\n"
    "三、下一年度工作安排\n继续深入推进依法行政。\n"
)
_LABELS = ("", "当前位置:", "当前位置：", "您现在的位置: ", "您的位置：")
_HOME = ("首页", "网站首页")
_COLUMNS = (
    "政务公开", "信息公开", "政府信息公开", "工作动态", "政务动态", "部门动态", "乡镇动态",
    "通知公告", "公示公告", "政务要闻", "专题专栏", "政策文件", "法治政府建设", "依法行政",
    "政策解读", "计划总结",
)  # fmt: skip
_SEPARATORS = (" > ", ">", ">>", " >> ", "»", " » ", " ", "")
# Issuers named for their place (a column glued to one with no space is told by it).
_ISSUERS = ("云溪县", "青石街道", "北山镇", "东湖区人民政府", "云溪县司法局", "桃源市应急管理局")
_TITLES = (
    "{issuer}{year}年度法治政府建设情况报告",
    "{issuer}{year}年法治政府建设工作报告",
    "{issuer}关于{year}年度法治政府建设情况的报告",
    "关于{issuer}{year}年度法治政府建设情况的报告",
)


@st.composite
def _chrome(draw: st.DrawFn) -> str:
    """A breadcrumb whose last crumb is a column's name, ready to run on into a title."""
    crumbs = [
        *draw(st.lists(st.sampled_from(_HOME), max_size=1)),
        *draw(st.lists(st.sampled_from(_COLUMNS), min_size=1, max_size=3)),
    ]
    separator = draw(st.sampled_from(_SEPARATORS))
    glue = draw(st.sampled_from((" ", "", "  ")))
    return draw(st.sampled_from(_LABELS)) + separator.join(crumbs) + glue


@settings(_SETTINGS, derandomize=True, database=None)  # the same examples on every run
@given(
    _chrome(),
    st.sampled_from(_TITLES),
    st.sampled_from(_ISSUERS),
    st.integers(2016, 2025),
)
def test_chrome_glued_before_a_title_changes_no_metadata(
    chrome: str, form: str, issuer: str, year: int
) -> None:
    """Title, issuer and year read as from the title alone; the chrome is page chrome."""
    title = form.format(issuer=issuer, year=year)
    body = _BODY.format(year=year)
    alone = fzbg.parse_report(title + body)
    glued = fzbg.parse_report(chrome + title + body)
    assert (glued.title, glued.issuer, glued.year) == (alone.title, alone.issuer, alone.year)
    assert glued.title == title
    chrome_cut = [d.text for d in glued.debris if d.kind == "page-chrome"]
    assert chrome_cut == [chrome.rstrip()] or chrome_cut == [chrome]

"""Who reports, as unseen pages name it: behind a catalogue's column, or jointly.

A disclosure catalogue's column (其他法定主动公开内容, 部门政府信息, 工作总结, 其他) run on
into a title by a lost line break, where the page never names the body again, is no part
of the title nor of the issuer's name, at every level.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fzbg

_SETTINGS = settings(
    max_examples=int(os.environ.get("FZBG_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
    database=None,
)
_BODY = (
    "\n{year}年，在上级党委政府的坚强领导下，扎实推进法治政府建设。现将有关情况报告如下：\n"
    "一、主要举措和成效\n（一）加强组织领导。全年召开专题会议4次。\n"
    "二、存在的不足和原因\n部分干部法治意识有待提高。\n"
    "三、下一年度工作安排\n继续深入推进依法行政。\n"
)
# The words catalogue columns are made of, none of them opening a body's name.
_COLUMN_WORDS = (
    "其他", "部门", "政府", "法定", "主动", "公开", "信息", "内容", "工作", "总结", "计划", "规划",
    "重点", "领域", "目录",
)  # fmt: skip
# Bodies named for their place, every level: province, city, county, town, street, zone,
# a state tax bureau.
_ISSUERS = (
    "江岭省人民政府", "江岭省交通运输厅", "云溪市统计局", "云溪县人民政府", "东湖区卫生健康局",
    "白沙镇", "柳河乡人民政府", "南湖街道办事处", "云溪经济开发区管委会",
    "国家税务总局云溪县税务局",
)  # fmt: skip
_TITLES = (
    "{issuer}{year}年度法治政府建设情况报告",
    "{issuer}关于{year}年度法治政府建设情况的报告",
    "{issuer}{year}年法治政府建设工作总结",
)


@given(
    st.lists(st.sampled_from(_COLUMN_WORDS), min_size=1, max_size=4),
    st.sampled_from(_TITLES),
    st.sampled_from(_ISSUERS),
    st.integers(2016, 2025),
)
@_SETTINGS
def test_a_catalogue_column_glued_before_a_title_is_chrome(
    words: list[str], form: str, issuer: str, year: int
) -> None:
    """Title, issuer and year read as from the title alone."""
    title = form.format(issuer=issuer, year=year)
    report = fzbg.parse_report("".join(words) + title + _BODY.format(year=year))
    assert (report.title, report.issuer, report.year) == (title, issuer, year)

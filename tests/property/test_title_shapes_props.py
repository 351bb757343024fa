"""Titles the issuer reading missed: a slogan over the report's own title, and the
notice a report is put up with (公示).

Invented titles.  A page may head the report with a slogan and give the report's title
as a subtitle after a dash (奋力开创法治建设新局面——某县2023年法治政府建设年度报告); a
site may put the report up for comment as 关于某县2023年度法治政府建设情况的公示.  Either
names the issuer and the year.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import fzbg

_SLOGANS = st.sampled_from(
    ["坚持依法行政 建设法治政府", "奋力开创法治建设新局面", "以高水平法治护航高质量发展"]
)
_DASHES = st.sampled_from(["——", "—", "--", "—— "])
_ISSUERS = st.sampled_from(["云溪县", "青禾市人民政府", "长林区司法局", "白马镇", "松岭街道"])
_YEARS = st.integers(2016, 2025)
_REST = (
    "现将有关情况报告如下：\n"
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    "二、存在的不足\n一是执法力量不足。\n"
    "三、下一步工作打算\n（一）持续推进依法行政。\n"
)


@given(_SLOGANS, _DASHES, _ISSUERS, _YEARS)
def test_a_subtitle_after_a_slogan_names_the_issuer(
    slogan: str, dash: str, issuer: str, year: int
) -> None:
    """奋力…新局面——某县2023年法治政府建设年度报告: the subtitle's body is the issuer."""
    report = fzbg.parse_report(f"{slogan}{dash}{issuer}{year}年法治政府建设年度报告\n{_REST}")
    assert (report.issuer, report.year) == (issuer, year)


@given(_ISSUERS, _YEARS, st.sampled_from(["情况", "工作报告", "年度报告"]))
def test_a_report_put_up_as_a_notice(issuer: str, year: int, matter: str) -> None:
    """关于某县2023年度法治政府建设情况的公示 is the title, and names the issuer."""
    title = f"关于{issuer}{year}年度法治政府建设{matter}的公示"
    report = fzbg.parse_report(f"{title}\n{_REST}")
    assert (report.title, report.issuer, report.year) == (title, issuer, year)

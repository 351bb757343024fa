"""An issuer named without its place, and named in full elsewhere (invented reports).

A department's report may name itself by its kind alone (司法局, 区市场监督管理局) in its
title or its opening.  Where its signature or its page's 来源 names the same body with
its place (云溪县司法局), that is the issuer; where nothing does, the report's own words
are; a different body's full name (the site's government) never replaces them.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import fzbg
from fzbg.genre.bodies import name_fragment

_PLACES = st.sampled_from(["云溪", "青禾", "长林", "白马", "松岭"])
_LEVELS = st.sampled_from(["县", "区", "市"])
_KINDS = st.sampled_from(
    ["司法局", "市场监督管理局", "卫生健康委员会", "自然资源和规划局", "交通运输局", "人民政府",
     "城市管理局", "乡村振兴局", "城乡建设局"]
)  # fmt: skip
_REST = (
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    "二、存在的不足\n一是执法力量不足。\n三、下一步工作打算\n（一）持续推进依法行政。\n"
)


def _report(fragment: str, in_title: bool, head: str, tail: str) -> str:
    title = f"{fragment}2023年法治政府建设年度报告" if in_title else "2023年法治政府建设年度报告"
    subject = "我单位" if in_title else fragment
    return f"{head}{title}\n2023年，{subject}坚持依法行政，扎实推进法治建设。\n{_REST}{tail}"


@given(_PLACES, _LEVELS, _KINDS, st.booleans(), st.booleans(), st.booleans())
def test_a_fragment_named_in_full_elsewhere(
    place: str, level: str, kind: str, leveled: bool, in_title: bool, signed: bool
) -> None:
    """司法局 in the title, 云溪县司法局 under the text or in 来源: the full name."""
    fragment = (level if leveled else "") + kind
    full = place + level + kind
    head = "" if signed else f"来源：{full}  发布时间：2024-02-01\n"
    tail = f"{full}\n2024年1月10日\n" if signed else ""
    assert name_fragment(fragment)
    assert not name_fragment(full)
    assert fzbg.parse_report(_report(fragment, in_title, head, tail)).issuer == full


@given(_PLACES, _LEVELS, _KINDS, st.booleans(), st.booleans())
def test_a_fragment_kept_where_no_source_names_it_whole(
    place: str, level: str, kind: str, in_title: bool, other: bool
) -> None:
    """With no full name of the same body, the report's own words are the issuer."""
    fragment = level + kind
    head = f"来源：{place}{level}教育局  发布时间：2024-02-01\n" if other else ""
    report = fzbg.parse_report(_report(fragment, in_title, head, ""))
    assert report.issuer == fragment

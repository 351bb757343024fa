"""Who reports, as unseen pages name it: behind a catalogue's column, or jointly.

A disclosure catalogue's column (其他法定主动公开内容, 部门政府信息, 工作总结, 其他) run on
into a title by a lost line break, where the page never names the body again, is no part
of the title nor of the issuer's name, at every level.  A party body and its government
that report together (中共某某县委 / 某某县人民政府) are both the issuer, whether the title
or the signature names them on one line or on two.
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
# a state tax bureau; and joint issuers, a party body and its government.
_ISSUERS = (
    "江岭省人民政府", "江岭省交通运输厅", "云溪市统计局", "云溪县人民政府", "东湖区卫生健康局",
    "白沙镇", "柳河乡人民政府", "南湖街道办事处", "云溪经济开发区管委会",
    "国家税务总局云溪县税务局", "中共云溪县委 云溪县人民政府", "中共白沙镇委员会、白沙镇人民政府",
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


# (the party body, its government) at every level that has both.
_JOINT = (
    ("中共云溪县委", "云溪县人民政府"),
    ("中共青山县委员会", "青山县人民政府"),
    ("中共江岭省委", "江岭省人民政府"),
    ("中共云溪市委", "云溪市人民政府"),
    ("中共白沙镇委员会", "白沙镇人民政府"),
    ("中共南湖街道工作委员会", "南湖街道办事处"),
    ("柳河县委", "县政府"),
    ("云溪县审计局党组", "云溪县审计局"),
)


def _rest(year: int, *, about: bool) -> str:
    """A title's words after its issuer's name: 关于…的报告, or the year first."""
    return f"关于{year}年度法治政府建设情况的报告" if about else f"{year}年度法治政府建设情况报告"


@given(st.sampled_from(_JOINT), st.integers(2016, 2025), st.booleans())
@_SETTINGS
def test_a_joint_title_over_two_lines_names_both(
    joint: tuple[str, str], year: int, about: bool
) -> None:
    """中共某县委 / 某县人民政府 / 关于…: the issuer is both, as one line names them."""
    party, government = joint
    rest = _rest(year, about=about)
    one = fzbg.parse_report(f"{party} {government}{rest}" + _BODY.format(year=year))
    two = fzbg.parse_report(f"{party}\n{government}\n{rest}" + _BODY.format(year=year))
    assert one.issuer == two.issuer == f"{party} {government}"
    assert two.year == year


@given(st.sampled_from(_JOINT[:-2] + _JOINT[-1:]), st.integers(2016, 2025), st.integers(1, 12))
@_SETTINGS
def test_a_joint_signature_over_two_lines_names_both(
    joint: tuple[str, str], year: int, month: int
) -> None:
    """The closing signs 中共某县委 / 某县人民政府 / date: the issuer is both.

    (A signature names the government in full: 县政府 alone signs nothing.)
    """
    party, government = joint
    text = (
        f"关于{year}年度法治政府建设情况的报告"
        + _BODY.format(year=year)
        + f"\n{party}\n{government}\n{year + 1}年{month}月8日\n"
    )
    report = fzbg.parse_report(text)
    assert report.issuer == f"{party} {government}"
    assert report.signed is not None
    assert report.signed.month == month


def test_a_department_signs_with_its_party_group_not_with_its_second_body() -> None:
    """A department's party group over the department signs jointly; a department whose
    name only ends like a committee's (发改委) signs alone over the line under it."""
    closing = "\n中共云溪县发展和改革委员会党组\n云溪县发展和改革委员会\n2024年1月8日\n"
    text = "关于2023年度法治政府建设情况的报告" + _BODY.format(year=2023)
    joint = fzbg.parse_report(text + closing).issuer
    assert joint == "中共云溪县发展和改革委员会党组 云溪县发展和改革委员会"
    alone = fzbg.parse_report(text + "\n云溪县发改委\n云溪县物价局\n2024年1月8日\n").issuer
    assert alone == "云溪县发改委"


@given(st.sampled_from(_JOINT[:-2]), st.integers(2016, 2025), st.booleans())
@_SETTINGS
def test_a_joint_title_broken_after_its_comma_keeps_both(
    joint: tuple[str, str], year: int, about: bool
) -> None:
    """中共某县委、 / 某县人民政府关于…: the first line is the title's, not page chrome."""
    (party, government), rest = joint, _rest(year, about=about)
    report = fzbg.parse_report(f"{party}、\n{government}{rest}" + _BODY.format(year=year))
    assert report.title == f"{party}、\n{government}{rest}"
    assert report.issuer == f"{party}、{government}"
    assert not [d for d in report.debris if d.kind == "page-chrome"]


# A head's report on the body's rule of law: the title names the head's post after the
# body (and maybe the head's name), then the year and the genre's words.
_POSTS = ("局长", "党组书记、局长", "县长", "主要负责人", "副县长", "镇长", "党委书记", "主任")
_HEAD_TITLES = (
    "{body}{post}{year}年度述法报告",
    "{body}{post}{year}年度述职述法报告",
    "{body}{post}{year}年度履行推进法治建设第一责任人职责情况的报告",
    "{body}{post}关于{year}年度法治建设述职的报告",
)


@given(
    st.sampled_from(("云溪县司法局", "云溪县人民政府", "白沙镇", "云溪市发展和改革委员会")),
    st.sampled_from(_POSTS),
    st.sampled_from(("", "张某某", "李某")),
    st.sampled_from(_HEAD_TITLES),
    st.integers(2016, 2025),
)
@_SETTINGS
def test_a_heads_report_names_the_body_before_the_post(
    body: str, post: str, name: str, form: str, year: int
) -> None:
    """某县司法局局长2023年度述法报告: the title is read, and the issuer is the body."""
    title = form.format(body=body, post=post + name, year=year)
    report = fzbg.parse_report(title + _BODY.format(year=year))
    assert (report.title, report.issuer, report.year) == (title, body, year)


@given(
    st.sampled_from(
        ("云溪县司法局", "云溪县人民政府", "白沙镇", "云溪市发展和改革委员会", "镇党委", "局党组")
    ),
    st.sampled_from(_POSTS),
    st.integers(2016, 2025),
)
@_SETTINGS
def test_a_heads_report_with_the_year_first_names_no_post_nor_duty(
    body: str, post: str, year: int
) -> None:
    """2023年度某县司法局局长履行推进法治建设…的报告: the body, without the post or the duty
    (a level word and an organ alone, 镇党委, name no place: that or nothing)."""
    title = f"{year}年度{body}{post}履行推进法治建设第一责任人职责情况的报告"
    report = fzbg.parse_report(title + _BODY.format(year=year))
    assert (report.title, report.year) == (title, year)
    assert report.issuer == body or (len(body) <= 3 and report.issuer in (None, body))


_DEBRIS = ("信息公开元数据", "|", "||||||||||||", "【打印】【关闭】", "分享", "字号 大 中 小", "")


@given(
    st.sampled_from(("云溪县司法局", "白沙镇人民政府", "青禾市", "长林区市场监督管理局")),
    st.lists(st.sampled_from(_DEBRIS), min_size=1, max_size=3),
    st.integers(2016, 2025),
)
@_SETTINGS
def test_the_opening_under_a_pages_leftover_lines_names_the_issuer(
    body: str, debris: list[str], year: int
) -> None:
    """信息公开元数据 / ||||| / 2022年,某县司法局在…: the opening below names the body."""
    head = "".join(f"{line}\n" for line in debris)
    opening = f"{year}年，{body}在上级的正确领导下，扎实推进法治政府建设。"
    report = fzbg.parse_report(f"{head}{opening}\n一、主要举措和成效\n全年召开专题会议4次。")
    assert (report.issuer, report.year) == (body, year)

"""A document-sharing (文库) site's frame around a report it offers for download.

The site shows the file's name (its suffix run into the title), the file's size, pages,
price and uploader, and numbered tips on downloading above or below the text.  The report
inside reads as if the frame were not there: its title without the suffix (the file's
name is the title when the text gives none), its issuer and year, no section, item or
quantity from the frame.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_EXAMPLES = int(os.environ.get("FZBG_EXAMPLES", "300")) // 3
_BODIES = ("青溪县教育局", "某某市自然资源局", "白石镇人民政府", "某某区人民政府", "某某街道办事处")
_TITLES = ("{b}关于{y}年度法治政府建设情况的报告", "{b}{y}年度法治政府建设工作报告")
_PIECES = (
    "14.50KB", "2.3MB", "共7页", "12页", "10金币", "2下载券", "下载", "立即下载", "VIP",
    "VIP专享", "阅读量 1234", "文档页数:9页", "下载积分:5", "上传时间:2023-03-01", "文档贡献者",
)  # fmt: skip
_TIPS = (
    "本文档共{p}页，可在线阅读或下载。",
    "下载前请仔细阅读文档内容，确认文档内容符合您的需求后进行下载。",
    "本站不保证文档质量，付费之前请先通过免费阅读内容辨别。",
    "本文档由用户上传，仅供学习参考，VIP会员可免费下载。",
)
_MARKS = ("{n}、", "{n}.", "({n})", "")
_OPENING = "{y}年，在上级的正确领导下，我们扎实推进法治政府建设，现将有关情况报告如下。"
_BODY = (
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议{n}次。\n（二）推进依法决策。审查文件{n}件。\n"
    "二、存在的不足和原因\n一是法治宣传形式单一；二是执法力量不足。\n"
    "三、下一步工作打算\n（一）持续强化学法用法。\n（二）深化执法规范化建设。"
)
_FRAME_WORDS = ("下载", "文档", "温馨", "本站", "金币", "KB", "MB", "VIP")


@st.composite
def _tips(draw: st.DrawFn) -> str:
    label = draw(st.sampled_from(("温馨提示：", "【温馨提示】", "")))
    mark = draw(st.sampled_from(_MARKS))
    tips = draw(st.lists(st.sampled_from(_TIPS), min_size=1, max_size=4, unique=True))
    pages = draw(st.integers(2, 30))
    lines = [mark.format(n=k + 1) + tip.format(p=pages) for k, tip in enumerate(tips)]
    return "\n".join([label, *lines] if label else lines)


@st.composite
def _framed(draw: st.DrawFn) -> tuple[str, str, str, int]:
    """A report in a sharing site's frame, with its title, issuer and year."""
    year, body = draw(st.integers(2016, 2025)), draw(st.sampled_from(_BODIES))
    title = draw(st.sampled_from(_TITLES)).format(b=body, y=year)
    suffix = draw(st.sampled_from((".docx", ".doc", ".pdf", ".DOCX", ".wps")))
    pieces = draw(st.lists(st.sampled_from(_PIECES), max_size=4, unique=True))
    on_line = draw(st.booleans()) and pieces
    head = [title + suffix + (" " + " ".join(pieces) if on_line else "")]
    if pieces and not on_line:
        head += pieces if draw(st.booleans()) else [" ".join(pieces)]
    if draw(st.booleans()):
        head.append(draw(_tips()))
    if draw(st.booleans()):  # the title again over the text, or the file's name only
        head.append(title)
    tail = [draw(_tips())] if draw(st.booleans()) else []
    lines = [*head, _OPENING.format(y=year), _BODY.format(n=year % 9 + 2), *tail]
    return "\n".join(lines), title, body, year


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_framed())
def test_a_sharing_sites_frame_is_not_the_reports(drawn: tuple[str, str, str, int]) -> None:
    text, title, body, year = drawn
    report = fzbg.parse_report(text)
    assert (report.title, report.issuer, report.year) == (title, body, year), text
    assert [s.kind.value for s in report.sections] == ["measures", "shortcomings", "plans"]
    items = [i.text for s in report.sections for i in s.items]
    assert not [i for i in items if any(w in i for w in _FRAME_WORDS)], text
    assert all(q.unit in {"次", "件"} for q in report.quantities), report.quantities


def test_the_file_name_is_the_title_when_the_text_gives_none() -> None:
    name = "某某县水利局2022年度法治政府建设工作报告.docx"
    text = "\n".join([name, "共3页", _OPENING.format(y=2022), _BODY.format(n=3)])
    report = fzbg.parse_report(text)
    assert report.title == "某某县水利局2022年度法治政府建设工作报告"
    assert report.issuer == "某某县水利局"
    assert "共3页" not in report.text


def test_numbered_download_tips_under_the_text_are_cut() -> None:
    tips = "温馨提示：\n1、本文档共7页，可在线阅读或下载。\n2、下载前请仔细阅读文档内容。"
    text = "\n".join(["某某县水利局2022年度法治政府建设工作报告", _OPENING.format(y=2022),
                      _BODY.format(n=3), tips])  # fmt: skip
    report = fzbg.parse_report(text)
    assert "温馨提示" not in report.text
    assert report.plans[-1].text == "（二）深化执法规范化建设。"


def test_a_report_that_speaks_of_downloads_keeps_them() -> None:
    """A plan about a download service is the report's, at its end as anywhere."""
    text = "\n".join(["某某县水利局2022年度法治政府建设工作报告", _OPENING.format(y=2022),
                      _BODY.format(n=3), "（三）优化政务服务，实现表格在线下载。"])  # fmt: skip
    report = fzbg.parse_report(text)
    assert report.plans[-1].text == "（三）优化政务服务，实现表格在线下载。"


_SITES = (("公文汇", "www.gongwen.com"), ("范文网", "fanwen.cn"), ("稿子汇", "www.gaozi.net"))


@settings(max_examples=_EXAMPLES, deadline=None)
@given(
    st.sampled_from(_BODIES),
    st.integers(2016, 2025),
    st.sampled_from(_SITES),
    st.lists(st.booleans(), min_size=3, max_size=3),
    st.sampled_from((" ", "  ", "\t")),
)
def test_a_copying_sites_watermark_on_its_lines_is_cut(
    body: str, year: int, site: tuple[str, str], stamped: list[bool], gap: str
) -> None:
    """…主要举措和成效 公文汇 www.xxx.com: the watermark a reposting site stamps on lines,
    or a line of its own, is cut; the headings read as if it were not there."""
    name, address = site
    mark = f"{gap}{name}{gap}{address}"
    lines = _BODY.format(n=3).split("\n")
    for n, line in enumerate(lines):
        if line.startswith(("一、", "二、", "三、")) and stamped[n % 3]:
            lines[n] = line + mark
    text = f"{_OPENING.format(y=year)}\n{name} {address}\n" + "\n".join(lines)
    report = fzbg.parse_report(text.replace("我们", body, 1))
    headings = [s.heading for s in report.sections]
    assert headings == ["一、主要举措和成效", "二、存在的不足和原因", "三、下一步工作打算"]
    assert name not in report.text
    assert report.issuer == body


_CATEGORIES = ("工作总结", "述职报告", "情况报告", "自查报告", "整改方案", "心得体会", "调查报告")


@settings(max_examples=_EXAMPLES, deadline=None)
@given(
    st.lists(st.sampled_from(_CATEGORIES), min_size=3, max_size=7, unique=True),
    st.sampled_from(("• ", "  • ", "·", "•")),
    st.sampled_from(_BODIES),
    st.integers(2016, 2025),
    st.booleans(),
)
def test_a_resource_sites_menu_of_categories_is_cut(
    categories: list[str], bullet: str, body: str, year: int, headline: bool
) -> None:
    """• 工作总结 / • 述职报告 / …: a site's menu above the text it copies is no part of the
    report, nor is the site's bracketed headline under it a section's heading."""
    menu = "\n".join(bullet + c for c in categories)
    above = f"{bullet}[{body}发布{year}年度法治政府建设报告] 对法治建设的思考\n" if headline else ""
    text = f"{menu}\n{above}{_OPENING.format(y=year).replace('我们', body, 1)}\n{_BODY.format(n=3)}"
    report = fzbg.parse_report(text)
    kept = report.text.replace(" ", "")
    assert not any(bullet.strip() + c in kept for c in categories), text
    assert [s.heading for s in report.sections] == [
        "一、主要举措和成效",
        "二、存在的不足和原因",
        "三、下一步工作打算",
    ]
    assert (report.issuer, report.year) == (body, year)

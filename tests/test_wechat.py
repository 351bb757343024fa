"""Reports reposted as WeChat (公众号) articles: the app's chrome around them is cut.

A copy of a WeChat article carries the article's header (原创 某某司法 2024-02-01 08:30
发表于某省), its prompts to follow the account, its bars (分享 收藏 点赞 在看) and, after the
article's end (END, 往期推荐, 阅读原文 …), the account's other headlines.  All of it is
page chrome; the header's date is the page's.  Every text here is written for these
tests, in the genre's style.
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

import fzbg
from fzbg.genre.chrome import chrome_lines
from fzbg.text.normalize import fold

_TITLE = "云溪县2023年度法治政府建设情况报告"
_BODY = (
    "2023年，云溪县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）加强组织领导。全年召开专题会议6次，审查规范性文件14件。\n"
    "（二）推进依法决策。严格落实重大行政决策程序。\n"
    "二、存在的不足和原因\n"
    "（一）法治意识有待提升。部分干部学法用法不够主动。\n"
    "三、下一年度工作安排\n"
    "（一）深化法治宣传。计划开展普法活动30场次。\n"
    "云溪县人民政府\n"
    "2024年1月12日\n"
)
_HEADLINE = "云溪县召开2024年普法依法治理工作推进会"


def _report(head: str = "", tail: str = "") -> str:
    return f"{head}{_TITLE}\n{_BODY}{tail}"


def _shape(report: fzbg.Report) -> tuple[object, ...]:
    """What the report says of itself: its metadata, sections, items and quantities."""
    sections = tuple(
        (s.kind, s.heading, tuple((i.marker, i.title, i.text) for i in s.items))
        for s in report.sections
    )
    quantities = tuple((q.text, q.value, q.unit) for q in report.quantities)
    return report.title, report.issuer, report.year, report.signed, sections, quantities


_BARE = fzbg.parse_report(_report())


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("原创 云溪司法 云溪司法 2024-02-01 08:30 发表于湖南\n", dt.date(2024, 2, 1)),
        ("原创 云溪司法 2024-02-01\n", dt.date(2024, 2, 1)),
        ("云溪司法 云溪司法 2024-02-03 18:05\n", dt.date(2024, 2, 3)),
        ("云溪司法\n2024年02月05日 08:30 湖南\n", dt.date(2024, 2, 5)),
        ("云溪县人民政府\n\n2024年02月06日 10:15 发表于四川\n", dt.date(2024, 2, 6)),
        ("云溪普法 2024-02-07 07:00 发表于内蒙古\n点击上方蓝字关注我们\n", dt.date(2024, 2, 7)),
    ],
)
def test_the_header_is_cut_and_dates_the_page(head: str, published: dt.date) -> None:
    """Every form of the header is cut above the title; its date is the page's."""
    report = fzbg.parse_report(_report(head))
    assert report.published == published
    assert _shape(report) == _shape(_BARE)
    assert report.text.startswith(_TITLE)


def test_a_header_under_the_title_is_cut_too() -> None:
    """A header that stands under the title is page metadata there as well."""
    text = f"{_TITLE}\n原创 云溪司法 云溪司法 2024-02-01 08:30 发表于湖南\n{_BODY}"
    report = fzbg.parse_report(text)
    assert report.published == dt.date(2024, 2, 1)
    assert _shape(report) == _shape(_BARE)


@pytest.mark.parametrize(
    "line",
    [
        "点击上方蓝字关注我们",
        "点击上方“云溪司法”关注我们",
        "点击蓝字 关注我们",
        "微信扫一扫关注该公众号",
        "关注我们",
        "长按识别二维码",
        "长按二维码识别 关注更多资讯",
        "分享 收藏 点赞 在看",
        "写留言",
        "知道了",
        "图片",
        "▼",
        "↓",
        "图片来源：云溪县司法局",
        "排版：王五",
    ],
)
@pytest.mark.parametrize("where", ["above", "inside", "below"])
def test_widget_lines_are_chrome_wherever_they_stand(line: str, where: str) -> None:
    """A line of the app's bars and prompts is cut above the title, in the text, under it."""
    body = _BODY
    if where == "inside":
        body = body.replace("一、主要举措和成效\n", f"一、主要举措和成效\n{line}\n")
    text = {
        "above": f"{line}\n{_TITLE}\n{body}",
        "inside": f"{_TITLE}\n{body}",
        "below": f"{_TITLE}\n{body}{line}\n",
    }[where]
    report = fzbg.parse_report(text)
    assert _shape(report) == _shape(_BARE)
    assert fold(line) not in report.text
    assert any(fold(line) in fold(d.text) for d in report.debris)


@pytest.mark.parametrize(
    "end",
    [
        "END",
        "- END -",
        "—END—",
        "THE END",
        "往期推荐",
        "▼往期推荐▼",
        "推荐阅读：",
        "往期回顾",
        "阅读原文",
        "阅读原文 分享 收藏 点赞 在看",
        "继续滑动看下一个",
        "喜欢此内容的人还喜欢",
        # a reposting site's list of its other pages, their titles below
        "相关推荐：",
        "【猜你喜欢】",
        "热门文章",
        "相关范文",
    ],
)
def test_what_follows_the_articles_end_is_chrome(end: str) -> None:
    """The account's other headlines after the article's end land in no part of the report."""
    tail = f"{end}\n{_HEADLINE}\n【以案释法】一起行政复议案件的启示\n写留言\n"
    report = fzbg.parse_report(_report(tail=tail))
    assert _shape(report) == _shape(_BARE)
    assert _HEADLINE not in report.text
    assert report.plans[-1].text == _BARE.plans[-1].text


def test_a_whole_copy() -> None:
    """A copy with every kind of chrome reads as the bare report, dated by its header."""
    head = "原创 云溪司法 云溪司法 2024-02-01 08:30 发表于湖南\n点击上方蓝字关注我们\n"
    tail = (
        "END\n来源：云溪县司法局\n编辑：张三\n审核：李四\n往期推荐\n"
        f"{_HEADLINE}\n阅读原文\n分享 收藏 点赞 在看\n写留言\n喜欢此内容的人还喜欢\n"
    )
    report = fzbg.parse_report(_report(head, tail))
    assert _shape(report) == _shape(_BARE)
    assert report.published == dt.date(2024, 2, 1)
    assert report.text.endswith("2024年1月12日\n")


@pytest.mark.parametrize(
    "line",
    [
        "（三）推进信息共享。推动部门间数据分享，关注群众急难愁盼问题。",
        "点击量达1.2万次，受到社会广泛关注。",
        "扫描二维码即可在线申请法律援助。",
        "关注群众诉求，做好矛盾纠纷化解。",
        "分享典型案例5个，收藏优秀执法文书12份。",
        "推荐阅读书目3种，开展读书分享会2场次。",
        "图片展览吸引群众200余人次参观。",
    ],
)
def test_report_sentences_with_these_words_stay(line: str) -> None:
    """A report's sentence that uses 分享, 关注, 点击 or 图片 is report, not chrome."""
    body = _BODY.replace("（二）推进依法决策。", f"{line}\n（二）推进依法决策。")
    report = fzbg.parse_report(f"{_TITLE}\n{body}")
    assert line in report.text
    assert not [d for d in report.debris if d.kind.startswith("page")]


def test_an_end_word_above_the_report_cuts_only_its_line() -> None:
    """A 阅读原文 above the title or before the report's headings ends nothing."""
    for text in (f"阅读原文\n{_TITLE}\n{_BODY}", f"阅读原文\n{_BODY}"):
        report = fzbg.parse_report(text)
        assert [s.kind for s in report.sections] == [s.kind for s in _BARE.sections]
        assert report.plans[-1].text == _BARE.plans[-1].text


def test_a_title_above_a_bare_header_is_kept() -> None:
    """The line above a header that names no poster is the account's only when no title's."""
    report = fzbg.parse_report(f"{_TITLE}\n2024年02月05日 08:30 湖南\n{_BODY}")
    assert report.title == _TITLE
    assert report.published == dt.date(2024, 2, 5)


def test_chrome_lines_name_the_header_and_the_end() -> None:
    """The header is ``posted``, the article's end ``end``; a bar is plain chrome."""
    view = fold("原创 云溪司法 2024-02-01 08:30 发表于湖南\n正文。\n分享 收藏 点赞 在看\n- END -\n")
    assert [what for _, _, what in chrome_lines(view)] == ["posted", None, "end"]


def test_a_saved_wechat_page(tmp_path: pathlib.Path) -> None:
    """A page saved from the app reads as the bare report: its header, bars and tail are cut."""
    paragraphs = "".join(f"<p>{line}</p>" for line in _BODY.splitlines())
    page = (
        f"<html><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
        f"<div id='img-content'><h1 class='rich_media_title'>{_TITLE}</h1>"
        "<div id='meta_content'><span>原创</span> <a id='js_name'>云溪司法</a> "
        "<em id='publish_time'>2024-02-01 08:30</em> <em>发表于<span>湖南</span></em></div>"
        f"<div class='rich_media_content' id='js_content'><p>点击上方蓝字关注我们</p>{paragraphs}"
        f"<p>- END -</p><p>往期推荐</p><p><a href='#'>{_HEADLINE}</a></p></div></div>"
        "<div id='js_pc_qr_code'><p>微信扫一扫<br>关注该公众号</p></div>"
        "<div><a>阅读原文</a> <span>分享</span> <span>收藏</span> <span>点赞</span> "
        "<span>在看</span></div><div>继续滑动看下一个</div><div>知道了</div></body></html>"
    )
    path = tmp_path / "wechat.html"
    path.write_text(page, encoding="utf-8")
    report = fzbg.parse_report(path)
    assert _shape(report) == _shape(_BARE)
    assert report.published == dt.date(2024, 2, 1)
    assert _HEADLINE not in report.text

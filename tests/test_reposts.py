"""What reposting sites do to a report (issue #13, class 6 and the watermark).

Invented texts: a site's name, slogan and address stamped into the text, even into the
middle of a word; they come out as debris, and putting the debris back gives the text.
"""

from __future__ import annotations

import re

import pytest

import fzbg
from fzbg.page.debris import restore_debris, strip_inline_debris
from fzbg.page.mojibake import repair_gbk_shifts
from fzbg.page.strip import strip_page

_MARKS = (
    "公文之家—海量范文每日更新www.example.com",
    "材料网-精品材料免费下载www.cailiao-demo.cn",
    "范文大全—免费范文每日更新WWW.FANWEN-DEMO.COM",  # an address in capitals
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


@pytest.mark.parametrize(
    ("headline", "blurb", "header"),
    [
        (
            "水利法治建设情况范文(精选3篇)",
            "水利是国民经济的命脉。以下是为大家整理的关于水利法治建设情况的文章3篇,欢迎品鉴!",
            "第一篇: 水利法治建设情况",
        ),
        (
            "乡镇法治政府建设工作总结范文(通用5篇)",
            "以下是小编收集的乡镇法治政府建设工作总结,欢迎阅读。",
            "第一篇:乡镇法治政府建设工作总结",
        ),
    ],
)
@pytest.mark.parametrize("blank", ["", "\n", "\n\n\n"])
def test_a_model_essay_sites_frame_is_cut(
    headline: str, blurb: str, header: str, blank: str
) -> None:
    """The 范文 site's headline, blurb and essay header are not the report, however many
    blank lines the page puts between its lines."""
    lines = (
        headline, "更新时间:2022-04-02 来源:范文网", blurb, header,
        "  水利部深入学习贯彻习近平法治思想。现将水利部2021年法治政府建设情况报告如下。",
        "  一、2021年法治政府建设情况", "  (一)主要举措", "  一是完善水利法律制度。",
    )  # fmt: skip
    report = fzbg.parse_report(f"\n{blank}".join(lines) + "\n")
    assert (report.title, report.issuer, report.year) == (None, "水利部", 2021)
    assert [(s.kind.value, s.heading) for s in report.sections] == [
        ("measures", "一、2021年法治政府建设情况")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "乡镇法治政府建设工作总结范例",  # 范 of the headline
        "以下是小编搜集的工作总结,仅供参考",  # 以下是 of the blurb
        "本文由网友上传,欢迎借鉴。",  # 欢迎 of the blurb, with no 以下是 before it
        "第三篇",  # 篇 of an essay's header
        "司法行政法治建设情况范文(精选三篇)",  # the count in Chinese numerals
        "乡镇法治政府建设工作总结范文(通用十二篇)",
        "2025年气象局工作总结范文(整理6篇)",  # other words of the count
        "2023年气象局工作总结范文篇1",  # one essay of those it strings together
    ],
)
def test_each_kind_of_frame_line_is_cut(line: str) -> None:
    """Each line of a frame is cut by its own words, above the report's first heading."""
    page = strip_page(f"{line}\n  2023年,全县扎实推进依法行政。\n一、主要举措\n")
    assert [(d.kind, d.text) for d in page.debris] == [("page-chrome", f"{line}\n")]


@pytest.mark.parametrize(
    ("name", "suffix"),
    [
        ("青竹镇法治政府建设年度报告", ".DOCX"),  # a file's name, its suffix in capitals
        ("某县2023年度法治工作总结", ".Pdf"),
    ],
)
@pytest.mark.parametrize("title", [True, False])
def test_a_files_name_is_cut_or_is_the_title(name: str, suffix: str, title: bool) -> None:
    """A file's name over the report's title is cut whole; over an opening with no title
    above it, it is the title, and only its suffix is cut."""
    above = f"{name}{suffix}\n" + (f"{name}\n" if title else "")
    page = strip_page(f"{above}  2023年,全县扎实推进依法行政。\n一、主要举措\n")
    cut = f"{name}{suffix}\n" if title else suffix
    assert [(d.kind, d.text) for d in page.debris] == [("page-chrome", cut)]
    assert page.title is not None
    assert page.text[page.title.start : page.title.end] == name


def _read_one_byte_off(line: str) -> str:
    """``line`` as a site shows it after decoding its GBK one byte late (indentation first)."""
    return "?" + ("\u3000" + line).encode("gbk")[1:].decode("gbk", errors="replace")


_TRADITIONAL = (
    "西嶺縣2021年度法治政府建設情況報告\n"
    "2021年，西嶺縣堅持以習近平法治思想為指導，紮實推進依法行政。\n"
    "一、主要舉措和成效\n"
)


@pytest.mark.parametrize(
    ("lines", "shifted"),
    [
        (("（一）加強組織領導", "（二）規範執法行為"), {0}),
        (("（一）完善制度體系。縣政府召開常務會議學法4次。", "（二）規範執法行為。"), {0}),
        (("（一）深化普法宣傳", "（二）化解矛盾糾紛", "（三）強化監督", "（四）加強組織領導"), {3}),
        (("（一）完善制度體系", "（二）深化普法", "（三）強化監督", "（四）完善制度體系"), {0, 3}),
    ],
)
def test_a_repost_read_one_byte_off_is_repaired(lines: tuple[str, ...], shifted: set[int]) -> None:
    """Where re-encoding, shifting a byte and decoding gives clean text, it is repaired."""
    page = [_read_one_byte_off(line) if n in shifted else line for n, line in enumerate(lines)]
    assert all(re.search("[\u3100-\u312f\u2500-\u257f]", page[n]) for n in shifted)
    source = _TRADITIONAL + "\n".join(page) + "\n"
    report = fzbg.parse_report(source)
    titles = [i.title for i in report.sections[0].items]
    assert titles == [line.split("。")[0][3:] for line in lines]
    assert [d.kind for d in report.debris].count("gbk-shift") == len(shifted)
    assert restore_debris(report.text, report.debris) == fzbg.normalize(source)


def test_a_shifted_run_that_lost_a_byte_is_kept_and_diagnosed() -> None:
    """A run whose bytes the page lost cannot be read in step: it stays, with a diagnostic."""
    shifted = _read_one_byte_off("（二）嚴格執法")
    assert "\ufffd" in shifted
    report = fzbg.parse_report(_TRADITIONAL + shifted + "\n")
    assert shifted[1:] in report.text
    assert "gbk-shift-kept" in {d.code for d in report.diagnostics}


@pytest.mark.parametrize("before", ["", "\U00012500", "\U0001f600\ud800", "\U00012500" * 3])
def test_a_shifted_run_after_characters_past_the_bmp_is_found(before: str) -> None:
    """A character past the BMP (𒔀's bits 8 to 15 are a tell's) or a lone surrogate
    before a shifted run neither hides it nor makes a run of itself."""
    shifted = _read_one_byte_off("（一）加強組織領導")
    text = f"{before}正文。\n{shifted}\n"
    fixed, done, kept = repair_gbk_shifts(text)
    assert (fixed, [run for _, run in done], kept) == (
        f"{before}正文。\n（一）加強組織領導\n",
        [shifted],
        [],
    )
    assert repair_gbk_shifts(f"{before}正文。\n") == (f"{before}正文。\n", [], [])


@pytest.mark.parametrize("indent", ["??", "????", "?"])
def test_markers_behind_lost_indentation_open_items(indent: str) -> None:
    """Indentation shown as ?? is debris; the marker behind it still opens an item."""
    source = (
        "北山镇2023年法治政府建设情况报告\n"
        f"{indent}2023年，北山镇坚持依法行政。\n一、主要举措和成效\n"
        f"{indent}（一）加强组织领导。召开会议3次。\n{indent}（二）严格规范执法。\n"
        f"二、存在的问题\n{indent}1.宣传不够深入。\n{indent}2.队伍建设滞后。\n"
    )
    report = fzbg.parse_report(source)
    assert [[i.title for i in s.items] for s in report.sections] == [
        ["加强组织领导", "严格规范执法"],
        ["宣传不够深入", "队伍建设滞后"],
    ]
    assert report.issuer == "北山镇"
    assert restore_debris(report.text, report.debris) == fzbg.normalize(source)


@pytest.mark.parametrize("line", ["。下一句话从句号开始", "。①@0时间2000/0/0", "?。依法行政"])
def test_a_line_opening_with_a_full_stop_is_no_repair(line: str) -> None:
    """Only a run with the tell-tales of a shift is re-read; other text stays as written."""
    source = f"云溪县2022年度法治政府建设情况报告\n正文第一句\n{line}\n"
    report = fzbg.parse_report(source)
    assert "gbk-shift" not in {d.kind for d in report.debris}
    assert restore_debris(report.text, report.debris) == fzbg.normalize(source)


@pytest.mark.parametrize(
    "lead",
    [
        "本报讯（记者 张明）近日，云溪县发布2023年度法治政府建设情况报告。",
        "云溪新闻网讯 记者从县司法局获悉，全县2023年度法治政府建设情况报告已公布。",
        "近日，记者从市司法局获悉，该市法治政府建设年度报告日前向社会公开。",
    ],
)
def test_a_news_storys_lead_around_a_repost_is_chrome(lead: str) -> None:
    """A paper's lead above a reposted report is the story's: cut, and said to be."""
    text = (
        f"{lead}\n云溪县2023年度法治政府建设情况报告\n"
        "2023年，云溪县坚持以习近平法治思想为指导。\n"
        "一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"
        "二、存在的不足和原因\n（一）宣传形式单一。\n责任编辑：王芳\n"
    )
    report = fzbg.parse_report(text)
    assert lead not in report.text
    assert report.title == "云溪县2023年度法治政府建设情况报告"
    assert (report.issuer, report.year) == ("云溪县", 2023)
    assert any(d.code == "page-chrome" for d in report.diagnostics)


@pytest.mark.parametrize(
    "line",
    [
        "加强通讯保障，完成应急通讯网络建设。",  # 讯 of the report's own words
        "本报告所列数据由统计部门提供，记者会上作了通报。",
        "本报讯" + "云溪县坚持依法行政，召开会议3次。" * 30,  # a whole text run into one line
    ],
)
def test_report_text_with_a_news_word_is_kept(line: str) -> None:
    """Only a lead's shape is chrome: a line of the report that holds 讯 or 记者 stays."""
    clean = strip_page(line + "\n正文。")
    assert line in clean.text


_STORY = (
    "{headline}\n来源：云溪日报  发布时间：2024-03-20\n"
    "本报讯（记者 张明）近日，云溪县公布了2023年法治政府建设年度报告。全文如下：\n"
)
_REPORT = (
    "云溪县2023年度法治政府建设情况报告\n"
    "2023年，云溪县坚持以习近平法治思想为指导。\n"
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"
    "二、存在的不足和原因\n（一）宣传形式单一。\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "云溪县发布2023年度法治政府建设情况报告",
        "云溪县人民政府公布了2023年度法治政府建设年度报告",
        "云溪县晒出 2023 年法治政府建设年度报告",
        "云溪县发布法治政府建设年度报告",  # no year in the headline
    ],
)
@pytest.mark.parametrize("story", [True, False], ids=["with-story", "headline-only"])
def test_a_news_headline_over_a_reposted_report_is_not_its_title(
    headline: str, story: bool
) -> None:
    """The headline names what a body did (发布, 公布, 晒出); the report's title is below."""
    text = (_STORY.format(headline=headline) if story else headline + "\n") + _REPORT
    report = fzbg.parse_report(text)
    assert report.title == "云溪县2023年度法治政府建设情况报告"
    assert (report.issuer, report.year) == ("云溪县", 2023)
    assert headline not in report.text


def test_a_lone_news_headline_names_its_body_without_the_verb() -> None:
    """A headline that is all the page has for a title gives the body, not 云溪县发布."""
    text = "云溪县发布2023年度法治政府建设情况报告\n" + _REPORT.split("\n", 1)[1]
    report = fzbg.parse_report(text)
    assert report.title == "云溪县发布2023年度法治政府建设情况报告"
    assert (report.issuer, report.year) == ("云溪县", 2023)


@pytest.mark.parametrize("joiner", ["", " "], ids=["nothing", "spaces"])
@pytest.mark.parametrize("lead_in", ["全文如下：", "报告全文如下：", "现将原文如下："])
@pytest.mark.parametrize("crumbs", ["", "云溪日报 > 要闻\n"], ids=["headline", "crumbs"])
def test_a_news_repost_that_lost_its_line_breaks_gives_the_reports_title(
    joiner: str, lead_in: str, crumbs: str
) -> None:
    """Story, lead-in and report run together: the report's title follows the lead-in.

    The story's lead may be parted by the space in its byline (本报讯（记者 张明）…) and
    its headline glued behind the paper's breadcrumb.
    """
    story = (
        f"{crumbs}云溪县发布2023年度法治政府建设情况报告\n"
        "2024-03-20 09:00   来源：云溪日报   作者：张明\n"
        "本报讯（记者 张明）近日，云溪县公布了2023年法治政府建设年度报告，"
        "报告显示全县行政复议案件办结率达到百分之百，行政复议化解行政争议主渠道作用"
        "进一步发挥。全文如下：\n"
    )
    story = story.replace("全文如下：", lead_in)
    longer = "召开专题会议3次，研究部署法治政府建设工作，压实责任。" * 3  # as long as a report
    body = _REPORT.replace("召开专题会议3次。", longer)
    text = joiner.join(line for line in (story + body).split("\n") if line)
    report = fzbg.parse_report(text)
    assert report.title == "云溪县2023年度法治政府建设情况报告"
    assert (report.issuer, report.year) == ("云溪县", 2023)
    assert [s.kind.name for s in report.sections] == ["MEASURES", "SHORTCOMINGS"]

"""parse_report on short reports written in the genre's style, one quirk at a time."""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg
from fzbg import Duty, Measure, Plan, SectionKind, Shortcoming

K = SectionKind

REPORT = """\
进入老年模式 退出老年模式
当前位置:首页
> 政务公开 > 信息公开目录 > 计划总结
索引号: 公开方式:
文号: 成文日期:
青石街道2024年度法治政府建设情况报告
  • 日期:2025-01-06 10:12
  • 来源:青石街道
  • 浏览次数:

区人民政府:
2024年,青石街道坚持以习近平法治思想为指导,现将情况报告如下:

一、2024年推进法治政府建设的主要举措和成效
(一)加强组织领导
1、健全机制。调整领导小组成员。
2、压实责任。召开专题会议4次。
(二)推进依法决策。一是完善决策程序。严格执行法定程序。二是落实合法性审查。审查合同21件。
二、存在的不足和原因
一是执法力量不足。人员少。
二是宣传形式单一。
三、党政主要负责人履行推进法治建设第一责任人职责情况
(一)带头学法。开展学法3次。
(二)亲自部署。研究重大问题。
2025年度推进法治政府建设的主要安排
一是规范决策流程。二是深化执法改革。三是加强法治宣传。
特此报告。
青石街道办事处
2025年1月3日


打印 关闭
分享到:
【打印本页】【关闭本页】
"""


@pytest.fixture(scope="module")
def report() -> fzbg.Report:
    return fzbg.parse_report(REPORT)


def test_page_chrome_is_cut_out_and_recorded(report: fzbg.Report) -> None:
    """No chrome stands in the text; every piece is recorded as debris."""
    for chrome in ("老年模式", "当前位置", "政务公开", "索引号", "浏览次数", "打印", "分享到"):
        assert chrome not in report.text
        assert any(chrome in d.text for d in report.debris)
    assert {d.code for d in report.diagnostics} >= {"page-chrome", "page-metadata"}


def test_metadata(report: fzbg.Report) -> None:
    """Title, issuer, years, dates and addressee come from where the genre puts them."""
    assert report.title == "青石街道2024年度法治政府建设情况报告"
    assert report.issuer == "青石街道"
    assert (report.year, report.plan_year) == (2024, 2025)
    assert report.published == dt.date(2025, 1, 6)
    assert report.signed == dt.date(2025, 1, 3)
    assert report.addressee == "区人民政府"


def test_sections_in_order_with_headings(report: fzbg.Report) -> None:
    """Numbered and unnumbered headings both open sections, classified by their cues."""
    assert [(s.kind, s.ordinal) for s in report.sections] == [
        (K.MEASURES, 1),
        (K.SHORTCOMINGS, 2),
        (K.DUTIES, 3),
        (K.PLANS, None),
    ]
    assert report.sections[0].heading == "一、2024年推进法治政府建设的主要举措和成效"
    assert report.sections[3].heading == "2025年度推进法治政府建设的主要安排"
    assert report.missing_sections == frozenset()


def test_items_and_children(report: fzbg.Report) -> None:
    """(一) items hold 1、 lines and run-in 一是 points as children."""
    first, second = report.measures
    assert (first.marker, first.ordinal, first.title) == ("(一)", 1, "加强组织领导")
    assert [(c.ordinal, c.title) for c in first.children] == [(1, "健全机制"), (2, "压实责任")]
    assert second.title == "推进依法决策"
    assert [c.title for c in second.children] == ["完善决策程序", "落实合法性审查"]
    assert all(isinstance(c, Measure) for c in (*first.children, *second.children))


def test_typed_items(report: fzbg.Report) -> None:
    """Each section's items have the section's class."""
    assert [type(i) for i in report.shortcomings] == [Shortcoming, Shortcoming]
    assert [i.title for i in report.duties] == ["带头学法", "亲自部署"]
    assert all(type(i) is Duty for i in report.duties)
    assert [i.title for i in report.plans] == ["规范决策流程", "深化执法改革", "加强法治宣传"]
    assert all(type(i) is Plan for i in report.plans)


def test_closing_is_not_part_of_the_last_item(report: fzbg.Report) -> None:
    """特此报告, the signature and the date stand in the closing."""
    assert report.plans[-1].text.endswith("加强法治宣传。")
    assert report.closing == "特此报告。\n青石街道办事处\n2025年1月3日"


@pytest.mark.parametrize("thanks", ["特此报告。\n", ""])
def test_a_note_under_the_date_belongs_to_the_closing(thanks: str) -> None:
    """（此件公开发布） under the date keeps the date and the note out of the last item."""
    report = fzbg.parse_report(
        f"一、主要举措和成效\n(一)加强领导。正文。\n{thanks}某某街道办事处\n2025年1月3日\n（此件公开发布）"
    )
    assert report.signed == dt.date(2025, 1, 3)
    assert report.measures[-1].text == "(一)加强领导。正文。"
    assert report.closing.endswith("（此件公开发布）")


def test_every_span_slices_the_text(report: fzbg.Report) -> None:
    """An object's span slices report.text to the object's text."""
    for s in report.sections:
        assert report.text[s.span.start : s.span.end] == s.text
        stack = list(s.items)
        while stack:
            item = stack.pop()
            assert report.text[item.span.start : item.span.end] == item.text
            stack.extend(item.children)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("一、2024年推进法治政府建设的主要举措和成效", K.MEASURES),
        ("一、工作开展情况", K.MEASURES),
        ("一、2024年工作总结", K.MEASURES),
        ("一、2023年法治政府建设基本情况", K.MEASURES),
        ("一、以党建引领法治政府建设", K.MEASURES),  # thematic: no cue, before the rest
        ("二、存在的问题与不足", K.SHORTCOMINGS),
        ("二、推进法治政府建设存在的不足和原因", K.SHORTCOMINGS),
        ("二、面临的困难和挑战", K.SHORTCOMINGS),
        ("三、党政主要负责人履行推进法治建设第一责任人职责情况", K.DUTIES),
        ("三、区政府主要负责同志履行推进法治建设第一责任人职责情况", K.DUTIES),
        ("四、下一步工作打算", K.PLANS),
        ("四、下一年度推进法治政府建设的主要安排", K.PLANS),
        ("四、2025年工作思路", K.PLANS),
        ("四、2025年重点工作", K.PLANS),
        ("一、2024年重点工作完成情况", K.MEASURES),
        ("五、其他需要报告的情况", K.OTHER),
    ],
)
def test_heading_cues(heading: str, kind: SectionKind) -> None:
    """A numbered heading's words decide its section's kind."""
    report = fzbg.parse_report(f"{heading}\n街道高度重视此项工作。")
    assert [s.kind for s in report.sections] == [kind]


@pytest.mark.parametrize(
    "marker",
    ["(一)", "（一）", "( 一 )"],
)
def test_bracket_styles(marker: str) -> None:
    """Half-width, full-width and spaced brackets number items alike."""
    two = marker.replace("一", "二")
    report = fzbg.parse_report(
        f"一、主要举措和成效\n{marker}强化领导。正文。\n{two}依法决策。正文。"
    )
    assert [(i.marker, i.ordinal, i.title) for i in report.measures] == [
        (marker, 1, "强化领导"),
        (two, 2, "依法决策"),
    ]


@pytest.mark.parametrize("sep", ["、", ".", "．"])
def test_arabic_markers(sep: str) -> None:
    """1、 1. 1． number items; a decimal such as 1.2万 does not."""
    text = f"一、主要举措和成效\n1{sep}健全机制。正文。\n2{sep}压实责任。\n1.2万人参加培训。"
    report = fzbg.parse_report(text)
    assert [(i.ordinal, i.title) for i in report.measures] == [(1, "健全机制"), (2, "压实责任")]
    assert report.measures[1].text.endswith("1.2万人参加培训。")


def test_full_width_and_stray_spaces() -> None:
    """Full-width punctuation and a stray space in 2024 年 are read like the rest."""
    text = "四、2024 年推进法治政府建设的主要计划安排\n（一）深入推进依法行政。全面落实。"
    report = fzbg.parse_report(text)
    assert report.sections[0].kind is K.PLANS
    assert report.plan_year == 2024
    assert report.plans[0].title == "深入推进依法行政"


def test_markers_alone_on_their_lines() -> None:
    """A marker alone on its line (Word conversions) takes its words from the next line."""
    report = fzbg.parse_report(
        "一、\n存在的问题与不足\n(一)\n执法力量不足。人员少。\n(二)\n宣传单一。"
    )
    (section,) = report.sections
    assert (section.kind, section.heading) == (K.SHORTCOMINGS, "一、\n存在的问题与不足")
    assert [(i.ordinal, i.title) for i in section.items] == [(1, "执法力量不足"), (2, "宣传单一")]


def test_top_level_numbered_with_arabic_numerals() -> None:
    """A report with no 一、 or (一) numbers its sections 1、 2、 3、."""
    report = fzbg.parse_report(
        "1、主要举措和成效\n(1)加强领导。正文。\n(2)依法决策。正文。\n2、存在问题\n正文。\n3、下一步工作打算\n正文。"
    )
    assert [(s.kind, s.ordinal, len(s.items)) for s in report.sections] == [
        (K.MEASURES, 1, 2),
        (K.SHORTCOMINGS, 2, 0),
        (K.PLANS, 3, 0),
    ]


def test_indented_lines() -> None:
    """Indentation with spaces or ideographic spaces does not hide a marker."""
    report = fzbg.parse_report(
        "一、工作开展情况\n　　(一)加强学习。正文。\n      (二)强化监督。正文。"
    )
    assert [i.ordinal for i in report.measures] == [1, 2]


def test_broken_marker() -> None:
    """A marker that lost its opening bracket and number is item 1, with a diagnostic."""
    report = fzbg.parse_report(
        "一、2024年工作总结\n)以政治建设为统领锚定方向。正文。\n(二)依法全面提升服务水平。正文。"
    )
    assert [(i.marker, i.ordinal) for i in report.measures] == [(")", 1), ("(二)", 2)]
    broken = [d for d in report.diagnostics if d.code == "broken-marker"]
    assert len(broken) == 1
    assert broken[0].span is not None
    assert report.text[broken[0].span.start : broken[0].span.end] == ")"


def test_ordinal_gap_and_repeat() -> None:
    """A skipped or repeated number is kept as written and noted."""
    report = fzbg.parse_report("一、主要举措\n(一)甲。\n(三)乙。\n(三)丙。")
    assert [i.ordinal for i in report.measures] == [1, 3, 3]
    assert [d.code for d in report.diagnostics if d.code.startswith("ordinal")] == [
        "ordinal-gap",
        "ordinal-repeat",
    ]


def test_run_in_points_are_items_when_the_section_has_nothing_else() -> None:
    """一是……二是……三是…… in one paragraph are the section's items."""
    report = fzbg.parse_report(
        "三、下一步工作打算\n一是加强法治宣传。继续学习。二是加强队伍建设,提高水平。三是深化大调解。"
    )
    assert [(i.marker, i.ordinal, i.title) for i in report.plans] == [
        ("一是", 1, "加强法治宣传"),
        ("二是", 2, "加强队伍建设,提高水平"),
        ("三是", 3, "深化大调解"),
    ]


def test_run_in_heading_ends_at_the_first_full_stop() -> None:
    """A run-in heading's title stops at 。; the rest of the line is its text."""
    report = fzbg.parse_report("一、主要举措和成效\n(一)加强组织领导。街道党政班子高度重视。")
    item = report.measures[0]
    assert item.title == "加强组织领导"
    assert item.text == "(一)加强组织领导。街道党政班子高度重视。"


def test_run_in_section_heading() -> None:
    """一、依法全面履行政府职能。一是…… : the heading ends at 。 and the points are items."""
    report = fzbg.parse_report("一、依法全面履行政府职能。一是履行职责。二是抓好防控。")
    (section,) = report.sections
    assert (section.kind, section.heading) == (K.MEASURES, "一、依法全面履行政府职能")
    assert [i.title for i in section.items] == ["履行职责", "抓好防控"]


def test_thematic_headings_are_measures_sections() -> None:
    """Thematic level-1 headings before the statutory ones are each a measures section."""
    report = fzbg.parse_report(
        "一、以思想引领为先导\n正文。\n二、以制度建设为保障\n正文。\n三、存在的问题\n一是甲。\n二是乙。"
        "\n四、其他事项\n正文。"
    )
    assert [s.kind for s in report.sections] == [K.MEASURES, K.MEASURES, K.SHORTCOMINGS, K.OTHER]


def test_headings_that_lost_their_numbers() -> None:
    """With no numbered headings, short lines before paragraphs are headings; a heading's
    first half glued after the last 。 of the paragraph above it is part of it."""
    report = fzbg.parse_report(
        "2022年,某部坚持依法行政,取得重要进展和成效。全面贯彻落实党的精神\n"
        "统筹推进法治政府建设\n坚持把学习贯彻作为首要任务。召开会议6次。\n"
        "深入推进依法行政\n制定工作方案,举办专题培训。\n"
        "存在的问题和不足\n基层执法力量仍然薄弱。"
    )
    assert [(s.kind, s.heading) for s in report.sections] == [
        (K.MEASURES, "全面贯彻落实党的精神\n统筹推进法治政府建设"),
        (K.MEASURES, "深入推进依法行政"),
        (K.SHORTCOMINGS, "存在的问题和不足"),
    ]
    assert report.preamble.endswith("取得重要进展和成效。")


def test_short_lines_are_not_headings_when_the_report_has_numbered_ones() -> None:
    """The unnumbered-heading fallback applies only when nothing else is a heading."""
    report = fzbg.parse_report("一、主要举措和成效\n深入推进依法行政\n制定工作方案,举办专题培训。")
    assert [s.heading for s in report.sections] == ["一、主要举措和成效"]


def test_hidden_shortcomings_section() -> None:
    """A shortcomings enumeration inside a measures paragraph is a section without heading."""
    report = fzbg.parse_report(
        "一、2024年工作总结\n(一)强化学习。正文。\n(二)规范执法。正文。\n"
        "在总结工作的同时,我们也清醒地看到当前面临的困难和挑战:一是宣传手段单一;二是制度有待完善;"
        "三是能力还有不足。\n2025年工作安排\n(一)丰富宣传手段。"
    )
    assert [(s.kind, s.heading) for s in report.sections] == [
        (K.MEASURES, "一、2024年工作总结"),
        (K.SHORTCOMINGS, None),
        (K.PLANS, "2025年工作安排"),
    ]
    assert len(report.measures) == 2
    assert report.measures[-1].text == "(二)规范执法。正文。"
    assert [i.title for i in report.shortcomings] == [
        "宣传手段单一",
        "制度有待完善",
        "能力还有不足",
    ]
    assert "hidden-section" in {d.code for d in report.diagnostics}


def test_duty_stated_as_a_measures_item() -> None:
    """A measures item whose own title names 第一责任人 is a Duty; a mention in its body is not."""
    report = fzbg.parse_report(
        "一、主要举措和成效\n(一)履行法治建设第一责任人职责。主要负责人带头学法。\n"
        "(二)强化监督。书记履行第一责任人职责。"
    )
    first, second = report.sections[0].items
    assert type(first) is Duty
    assert first.kind is K.DUTIES
    assert type(second) is Measure
    assert report.duties == (first,)
    assert K.DUTIES not in report.missing_sections


def test_missing_sections() -> None:
    """Required sections that are not there are listed, with a diagnostic each."""
    report = fzbg.parse_report("一、工作开展情况\n正文。\n二、存在的问题与不足\n一是甲。\n二是乙。")
    assert report.missing_sections == frozenset({K.DUTIES, K.PLANS})
    assert sum(d.code == "missing-section" for d in report.diagnostics) == 2


def test_no_title_is_none() -> None:
    """A report that starts in its body has no title; none is invented."""
    report = fzbg.parse_report("2024年,北山镇坚持依法行政,取得积极成效。\n一、主要举措\n正文。")
    assert report.title is None
    assert report.issuer == "北山镇"
    assert report.year == 2024


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        ("现将荷花街道2021年度法治政府建设工作报告如下:", "荷花街道"),
        ("2024年在区委、区政府的坚强领导下,东门街道坚持以习近平法治思想为指导。", "东门街道"),
        ("2019年,在省委、省政府的正确领导下,南山县全面贯彻党的决策部署。", "南山县"),
        ("2023年,某省委、省政府坚持以习近平法治思想为指导。", "某省委、省政府"),
        ("2022年,我局坚持以习近平法治思想为指导。", None),
    ],
)
def test_issuer_from_the_preamble(opening: str, issuer: str | None) -> None:
    """Without a title, the issuer is read from the preamble's own words, never a pronoun."""
    report = fzbg.parse_report(f"{opening}\n一、主要举措\n正文。")
    assert report.issuer == issuer


def test_two_line_title_and_repeats() -> None:
    """A title broken over two lines is one title; repeats of it are cut out."""
    report = fzbg.parse_report(
        "某县人民政府关于2023年法治政府建设情况的报告-某某网\n朗读\n某县人民政府\n"
        "关于2023年法治政府建设情况的报告\n2023年,某县坚持依法行政。\n一、主要举措\n正文。"
    )
    assert report.title == "某县人民政府关于2023年法治政府建设情况的报告"
    assert report.issuer == "某县人民政府"
    assert [d.kind for d in report.debris] == ["page-chrome", "page-chrome", "repeated-title"]
    split = fzbg.parse_report(
        "某县人民政府\n2022年度法治政府建设情况报告\n2022年,县政府坚持依法行政。"
    )
    assert split.title == "某县人民政府\n2022年度法治政府建设情况报告"
    with_year = fzbg.parse_report("青竹镇2025年\n法治政府建设年度报告\n一、主要举措\n正文。")
    assert (with_year.title, with_year.issuer, with_year.year) == (
        "青竹镇2025年\n法治政府建设年度报告",
        "青竹镇",
        2025,
    )


def test_issuer_after_the_year_in_the_title() -> None:
    """A title that opens with its year names the issuer after it."""
    report = fzbg.parse_report("2023年某某区法治政府建设年度报告\n2023年,我区坚持依法行政。")
    assert (report.title, report.issuer, report.year) == (
        "2023年某某区法治政府建设年度报告",
        "某某区",
        2023,
    )


def test_a_date_line_under_the_title() -> None:
    """A source-and-date line under the title is page metadata; a bracketed date is text."""
    page = fzbg.parse_report("某县2024年法治政府建设情况报告\n县政府办公室 2025-03-15\n正文。")
    assert page.published == dt.date(2025, 3, 15)
    own = fzbg.parse_report(
        "某县2024年法治政府建设情况报告\n（2025年1月10日）\n正文。\n一、主要举措和成效\n正文。"
    )
    assert own.published is None
    assert own.preamble == "（2025年1月10日）\n正文。"
    bare = fzbg.parse_report("（2025年1月10日）\n正文一。\n统筹推进依法行政\n正文二。")
    assert [s.heading for s in bare.sections] == ["统筹推进依法行政"]


def test_plan_year_only_when_stated() -> None:
    """下一步 states no year: plan_year is None; a title's 及2025年工作安排 states one."""
    assert fzbg.parse_report("三、下一步工作打算\n一是甲。\n二是乙。").plan_year is None
    titled = fzbg.parse_report("关于某镇2024年法治政府建设工作总结及2025年工作安排的报告\n正文。")
    assert (titled.year, titled.plan_year, titled.issuer) == (2024, 2025, "某镇")


def test_traditional_characters_are_matched_like_simplified() -> None:
    """Cues in traditional script classify; the text keeps the script it was written in."""
    report = fzbg.parse_report(
        "一、法治建設第一責任人履職情況\n（一）深入學習。正文。\n二、存在的問題與不足\n正文。"
    )
    assert [s.kind for s in report.sections] == [K.DUTIES, K.SHORTCOMINGS]
    assert report.sections[0].heading == "一、法治建設第一責任人履職情況"


def test_glosses_are_cut_from_the_text_but_kept_in_titles_as_written() -> None:
    """A converter's pinyin gloss leaves report.text; headings and titles keep it."""
    report = fzbg.parse_report(
        "一、推進自治區(qū)法治建設\n（一）高位統(tǒng)籌促落實。全區(qū)開展學習12次。"
    )
    assert "(q" not in report.text
    assert "(t" not in report.text
    assert report.sections[0].heading == "一、推進自治區(qū)法治建設"
    assert report.measures[0].title == "高位統(tǒng)籌促落實"
    assert report.measures[0].text == "（一）高位統籌促落實。全區開展學習12次。"
    assert [d.kind for d in report.debris] == ["pinyin-gloss"] * 3


def test_strict_mode_raises_on_diagnostics() -> None:
    """strict=True turns what the parser worked around into an error naming it."""
    text = "一、工作总结\n)以政治建设为统领。正文。"
    fzbg.parse_report(text)  # lenient: fine
    with pytest.raises(fzbg.StrictModeError, match="broken-marker") as info:
        fzbg.parse_report(text, strict=True)
    assert info.value.diagnostics
    message = str(info.value)
    assert message.startswith("<text>: strict parse found broken-marker")
    assert "line 2, column 1" in message  # where the marker that lost its number stands


@pytest.mark.parametrize("text", ["", "\n\n", "一、", "(一)", "特此报告。", "打印 关闭", "正文。"])
def test_degenerate_inputs(text: str) -> None:
    """Empty and degenerate texts parse to a report without sections."""
    report = fzbg.parse_report(text)
    assert report.sections == () or all(not s.items for s in report.sections)


def test_parts_number_the_sections_and_their_dun_headings_the_items() -> None:
    """A report cut into 第一部分, 第二部分 … has those parts as its sections; the 一、
    within a part number its items, and their (一) the items' children."""
    report = fzbg.parse_report(
        "第一部分 主要举措和成效\n一、依法履行职能\n(一)深化改革。精简事项12项。\n"
        "(二)优化服务。\n二、完善制度体系\n审查文件9件。\n"
        "第二部分 存在的不足\n一是决策意识不强;二是执法力量薄弱。\n"
        "第三部分 2025年工作安排\n一、加快职能转变。\n二、提高立法质量。"
    )
    assert [(s.kind, s.heading, s.ordinal) for s in report.sections] == [
        (K.MEASURES, "第一部分 主要举措和成效", 1),
        (K.SHORTCOMINGS, "第二部分 存在的不足", 2),
        (K.PLANS, "第三部分 2025年工作安排", 3),
    ]
    measures = report.sections[0].items
    assert [(i.marker, i.title, len(i.children)) for i in measures] == [
        ("一、", "依法履行职能", 2),
        ("二、", "完善制度体系", 0),
    ]
    assert [i.title for i in report.plans] == ["加快职能转变", "提高立法质量"]


def test_a_single_part_does_not_outrank_the_dun_headings() -> None:
    """One 第一部分 alone cuts nothing: the 一、 headings stay the sections."""
    report = fzbg.parse_report(
        "第一部分 总体情况\n一、主要举措和成效\n正文。\n二、存在的问题\n一是甲。\n二是乙。"
    )
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", "二、存在的问题"]


def test_shi_points_run_on_after_a_line_start_end_their_titles_at_a_semicolon() -> None:
    """一是…；二是…；三是…。 opening a line: each point's title stops at its ；."""
    report = fzbg.parse_report(
        "二、存在的不足\n一是宣传形式单一；二是执法力量不足；三是经费保障不够。"
    )
    assert [(i.marker, i.title) for i in report.shortcomings] == [
        ("一是", "宣传形式单一"),
        ("二是", "执法力量不足"),
        ("三是", "经费保障不够"),
    ]


def test_a_stray_dun_after_a_bracketed_marker_belongs_to_the_marker() -> None:
    """（三）、 and (1)、 : a stray 、 after the bracket is no part of the title."""
    report = fzbg.parse_report(
        "一、主要举措和成效\n（一）、加强领导\n(1)、健全机制。\n(2)、压实责任。\n（二）、加强监督\n正文。"
    )
    items = report.measures
    assert [(i.marker, i.title) for i in items] == [
        ("（一）、", "加强领导"),
        ("（二）、", "加强监督"),
    ]
    assert [(c.marker, c.title) for c in items[0].children] == [
        ("(1)、", "健全机制"),
        ("(2)、", "压实责任"),
    ]


def test_markers_that_lost_their_opening_bracket() -> None:
    """一）and 1）: a bracketed marker that lost its （ is still that marker."""
    report = fzbg.parse_report(
        "一、主要举措和成效\n一）加强学法\n1）完善制度。集中学法4次。\n2）旁听庭审。\n二）推进决策\n正文。"
    )
    items = report.measures
    assert [(i.marker, i.ordinal, i.title) for i in items] == [
        ("一）", 1, "加强学法"),
        ("二）", 2, "推进决策"),
    ]
    assert [(c.marker, c.title) for c in items[0].children] == [
        ("1）", "完善制度"),
        ("2）", "旁听庭审"),
    ]


def test_di_points_run_on_in_one_paragraph() -> None:
    """第一，……。第二，……。 in one paragraph, opening a line or run in, are items."""
    report = fzbg.parse_report(
        "一、主要举措和成效\n正文。\n二、2025年工作安排\n第一，加强学习。全年学法4次。第二，规范执法。第三，深化普法。"
    )
    assert [(i.marker, i.ordinal, i.title) for i in report.plans] == [
        ("第一，", 1, "加强学习"),
        ("第二，", 2, "规范执法"),
        ("第三，", 3, "深化普法"),
    ]
    measures = fzbg.parse_report(
        "一、主要举措和成效\n(一)加强领导。第一,健全机制;第二,压实责任。"
    ).measures
    assert [c.title for c in measures[0].children] == ["健全机制", "压实责任"]


@pytest.mark.parametrize(
    "after",
    [
        "抄送：市委依法治市办，市司法局。\n某某县人民政府办公室      2025年1月9日印发",
        "（此件公开发布）\n抄送：市司法局。",
        "附件：1.行政执法数据统计表\n2.重点任务完成情况表",
    ],
)
def test_what_stands_below_the_signing_date_is_closing(after: str) -> None:
    """抄送, the 印发 line and a list of 附件 under signature and date end no item."""
    report = fzbg.parse_report(
        "一、2025年工作安排\n（一）加强学习。\n（二）规范执法。全年培训2期。\n"
        f"某某县人民政府\n2025年1月8日\n{after}"
    )
    assert report.plans[-1].text == "（二）规范执法。全年培训2期。"
    assert report.closing == f"某某县人民政府\n2025年1月8日\n{after}"
    assert report.signed == dt.date(2025, 1, 8)
    assert [q.text for q in report.plans[-1].quantities] == ["2期"]


def test_a_colon_ends_a_lead_phrase_and_the_points_after_it_are_children() -> None:
    """（一）加强组织领导：一是……；二是……。 : the title stops at ：, the points are children."""
    report = fzbg.parse_report(
        "一、主要举措和成效\n（一）加强组织领导：一是健全机制；二是压实责任。\n"
        "（二）规范执法：全年开展培训3期。\n二、存在的不足：一是学法不深；二是力量不足。"
    )
    first, second = report.measures
    assert (first.title, [c.title for c in first.children]) == (
        "加强组织领导",
        ["健全机制", "压实责任"],
    )
    assert (second.title, second.children) == ("规范执法", ())
    assert report.sections[1].heading == "二、存在的不足"
    assert [i.title for i in report.shortcomings] == ["学法不深", "力量不足"]


def test_points_of_any_style_run_on_after_a_line_start_one() -> None:
    """①……。②……。 and 1.……。2.……。 in one paragraph: the run-in points continue the count."""
    report = fzbg.parse_report(
        "一、主要举措和成效\n（一）规范执法\n①开展培训。全年3期。②案卷评查；③文书评查。\n"
        "（二）深化普法\n1.法律进社区。2.法律进校园。"
    )
    assert [[(c.marker, c.title) for c in i.children] for i in report.measures] == [
        [("①", "开展培训"), ("②", "案卷评查"), ("③", "文书评查")],
        [("1.", "法律进社区"), ("2.", "法律进校园")],
    ]


def test_a_list_inside_a_point_does_not_continue_the_points() -> None:
    """1.……:1.……;2.…… above a line 2.……: the inner 2. is no item of its own."""
    report = fzbg.parse_report(
        "一、主要举措和成效\n1.健全制度。包括:1.决策制度;2.执法制度。\n2.规范执法。\n3.深化普法。"
    )
    assert [(i.ordinal, i.title) for i in report.measures] == [
        (1, "健全制度"),
        (2, "规范执法"),
        (3, "深化普法"),
    ]
    assert not [d for d in report.diagnostics if d.code.startswith("ordinal")]


def test_a_numbered_heading_wrapped_over_two_lines_is_one_heading() -> None:
    """一、……的主要 / 举措和成效: the short fragment below is the rest of the heading."""
    report = fzbg.parse_report(
        "一、2023年推进法治政府建设的主要\n举措和成效\n（一）加强组织领导。\n（二）推进依法决策。\n"
        "二、存在的不足\n（一）执法力量不足。"
    )
    assert [(s.kind, s.heading, len(s.items)) for s in report.sections] == [
        (K.MEASURES, "一、2023年推进法治政府建设的主要\n举措和成效", 2),
        (K.SHORTCOMINGS, "二、存在的不足", 1),
    ]


def test_a_heading_that_names_its_section_is_not_joined_to_the_line_below() -> None:
    """一、主要举措和成效 / 加强组织领导: the short line below is no part of the heading."""
    report = fzbg.parse_report(
        "一、主要举措和成效\n加强组织领导\n正文。\n二、存在的不足\n一是甲。二是乙。"
    )
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", "二、存在的不足"]


def test_a_party_group_signs_the_closing() -> None:
    """中共某某市林业局党组 above the date is the signature, and names the issuer."""
    report = fzbg.parse_report(
        "一、主要举措和成效\n（一）加强组织领导。\n中共某某市林业局党组\n2023年1月10日\n"
    )
    assert report.closing == "中共某某市林业局党组\n2023年1月10日"
    assert report.measures[0].text == "（一）加强组织领导。"
    assert (report.issuer, report.signed) == ("中共某某市林业局党组", dt.date(2023, 1, 10))

"""A heading that lost its line break ends where its paragraph begins (fzbg.page.seams).

Copies that lost every line break glue each heading, which has no closing punctuation,
to the first sentence under it.  The texts here are written for the test in the genre's
style; the seeds run together with nothing between their lines are checked at the end.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import fzbg
from fzbg.page.layout import recover_layout
from fzbg.page.seams import split_heading_ends, split_sections_run_on

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# Headings as the genre writes them: statutory, thematic, with a year, with commas.
HEADINGS = [
    "一、2023年推进法治政府建设的主要举措和成效",
    "二、存在的不足和原因",
    "三、存在的问题与不足",
    "四、下一年度推进法治政府建设的主要安排",
    "三、下一步工作打算",
    "一、2024年工作总结",
    "一、坚持党的领导,全面压实法治建设政治责任",
    "(二)加快完善依法行政制度体系",
    "(三)深入推进行政复议体制改革",
    "(一)加强组织领导,夯实法治政府建设基础",
    "(四)强化对行政权力的制约和监督",
    "二、党政主要负责人履行推进法治建设第一责任人职责情况",
    # ending in what a heading builds (根基, 底线, 管理): no body's name starts before it
    "(一)压紧压实责任,筑牢法治建设根基",
    "(二)规范执法行为,守住依法行政底线",
    "(三)推进基层治理,创新社会综合管理",
]
# A paragraph's first sentence, as the genre opens one: a point, the year, a concession,
# a body and a verb of doing.
OPENINGS = [
    "一是全面落实行政规范性文件合法性审核机制,全年审核文件12件。",
    "①深入学习贯彻习近平法治思想,持续推进法治政府建设。",  # a circled first point
    "近年来,本镇法治政府建设取得了阶段性成效,但对照上级要求仍有差距。",
    "虽然在工作中取得一定成效,但是对照新要求还存在一些短板。",
    "我街道将进一步提高政治站位,持续推进法治政府建设。",
    "我委严格落实第一责任人职责,持续健全法治建设工作机制。",
    # the head who acts for the body (a duties part's paragraph)
    "局党组书记、局长认真履行第一责任人职责,把法治建设与业务工作同谋划、同部署。",
    "主要负责同志切实履行推进法治建设第一责任人职责,带头尊法学法守法用法。",
    "青山镇认真贯彻落实上级决策部署,扎实推进依法行政各项工作。",
    "街道党工委、办事处高度重视,进一步完善法治建设工作机制。",
    "坚持“学习在先”,以习近平法治思想引领法治政府建设各项工作。",
    "进一步推动民法典贯彻实施,组织开展民法典专题学习宣传活动。",
    "2024年,本局围绕中心工作,不断提升依法行政水平和能力。",
    "省委、省政府始终将法治政府建设摆在突出位置,高位推动各项工作。",
    "深入学习宣传贯彻党的二十大精神。厅党委第一时间召开学习动员部署会。",
    "自治区党委、政府高度重视法治政府建设,把法治政府建设摆在全局工作的重要位置。",
    # a place's people's government (青山镇|人民政府 is no seam), the year it did it in,
    # and a template's masked name and year
    "青山镇人民政府认真落实出庭应诉制度,全年出庭应诉3件。",
    "青山镇人民政府2023年共发生行政诉讼案件3件,负责人出庭3件。",
    "xx镇人民政府20xx年共发生行政诉讼案件3件,负责人出庭3件。",
]


# Every pair, among them: a place's name (总结|青山镇, not 工作|总结青山镇), a body that
# names itself (基础|街道党工委), 安排|我街道 (not 安排我|街道), and a heading that
# begins with 政府 words (政府建设基础|青山镇, not a name 政府建设基础青山镇).
@pytest.mark.parametrize(("heading", "opening"), list(itertools.product(HEADINGS, OPENINGS)))
def test_a_heading_glued_to_its_first_sentence_is_cut_at_the_seam(
    heading: str, opening: str
) -> None:
    assert split_heading_ends(heading + opening, []) == heading + "\n" + opening


@pytest.mark.parametrize(
    "line",
    [
        # A run-in title and its sentence: the words after a verb-taking word are its own.
        "(三)推进严格规范公正文明执法,提升执法质效。全年办理行政执法案件120件。",
        "(二)坚持依法全面履行政府职能。全面梳理权责清单,动态调整事项86项。",
        # A heading alone on its line, however long, has no sentence to cut from.
        "一、深入学习贯彻习近平法治思想,坚持以习近平法治思想引领法治政府建设各项工作",
        "(二)强化组织领导全面推进法治建设。",  # too little sentence after 领导 to be one
        "(一)全面推进我县法治政府建设,持续深化“放管服”改革,优化营商环境。",
        # After 的 a word is inside the heading's phrase.
        "一、坚持党的全面领导,确保法治政府建设始终沿着正确方向推进。",
        # In a text whose lines are whole, a verb alone does not end a heading.
        "(一)加强组织领导坚持把法治政府建设纳入全镇发展总体规划和年度工作计划。",
    ],
)
def test_a_heading_that_is_whole_is_left_whole(line: str) -> None:
    assert recover_layout(line) == (line, ())


@pytest.mark.parametrize(
    "opening", [o for o in OPENINGS if not o.startswith(("坚持", "进一步", "深入"))]
)
def test_a_heading_that_ends_in_a_verb_is_cut_before_a_body_or_a_point(opening: str) -> None:
    """整体推进|自治区党委: not 自治|区党委.  (整体推进|坚持…, a verb after a verb, stays
    ambiguous: 推进严格规范公正文明执法 is one phrase.)"""
    heading = "一、统筹规划,法治政府建设整体推进"
    assert split_heading_ends(heading + opening, []) == heading + "\n" + opening


BODY = [
    "2024年,青山镇坚持以习近平法治思想为指导,全面推进依法行政,现将有关情况报告如下:",
    "一、推进法治政府建设情况",
    "(一)加强组织领导",
    "镇党委、政府高度重视,召开专题会议4次,研究部署法治政府建设工作。",
    "(二)深入推进依法决策",
    "严格落实重大行政决策程序,全年审查重大决策事项12件,合法性审查率100%。",
    "二、存在的问题与不足",
    "一是法治宣传的方式还比较单一;二是执法人员的能力还有待提升。",
]


@pytest.mark.parametrize("gap", [" ", "  "])
def test_a_heading_and_its_sentence_apart_by_spaces_are_cut_at_the_spaces(gap: str) -> None:
    """The space wins over a verb inside the heading (建设|始终 would cut it short)."""
    heading = "一、坚持党的全面领导,确保法治政府建设始终沿着正确方向推进"
    opening = "山西省委、省政府始终将法治政府建设摆在突出位置。"
    assert split_heading_ends(heading + gap + opening, []) == heading + "\n" + opening
    heading, opening = HEADINGS[0], OPENINGS[8]
    assert split_heading_ends(heading + gap + opening, []) == heading + "\n" + opening


def test_a_page_field_run_together_with_the_body_keeps_the_body() -> None:
    """Two spaces and more are a lost break, even beside a number: the body is no field."""
    lines = [
        "青山镇2024年法治政府建设情况报告",
        "发布机构:青山镇人民政府  日期:2025-02-15 11:47",
        *BODY[:6],
        "(三)严格规范公正文明执法",
        "全面落实行政执法三项制度,全年办理行政处罚案件36件,开展执法培训2次。",
        *BODY[6:],
    ]
    glued = fzbg.parse_report("   ".join(lines))
    assert "现将有关情况报告如下" in glued.text
    assert [s.heading for s in glued.sections] == [
        "一、推进法治政府建设情况",
        "二、存在的问题与不足",
    ]
    assert [m.title for m in glued.measures] == [
        "加强组织领导",
        "深入推进依法决策",
        "严格规范公正文明执法",
    ]
    assert glued.published is not None


def test_an_unnumbered_heading_between_two_sentences_gets_its_own_line() -> None:
    body = "全年审查行政规范性文件12件,办理行政复议案件5件。" * 12
    text = body + "2025年工作安排" + "2025年,本镇将继续推进依法行政,加强执法监督。"
    assert split_sections_run_on(text, []).split("\n")[1:] == [
        "2025年工作安排",
        "2025年,本镇将继续推进依法行政,加强执法监督。",
    ]


def test_a_sections_lead_run_on_after_a_sentence_starts_a_line() -> None:
    lead = "在总结成绩的同时,我们也清醒地看到当前面临的困难和挑战:一是宣传不够;二是保障不足。"
    text = "全年开展法治培训4次。" * 20 + lead
    assert split_sections_run_on(text, []).split("\n")[-1] == lead


def test_a_report_with_no_line_breaks_keeps_its_sections_and_titles() -> None:
    lines = [
        "青山镇2024年法治政府建设工作情况报告",
        "2024年,青山镇坚持以习近平法治思想为指导,现将有关情况报告如下:",
        "一、2024年工作总结",
        "青山镇认真贯彻落实上级决策部署,扎实推进依法行政各项工作,全年审查合同21件。",
        "(一)加强组织领导,夯实法治建设基础",
        "镇党委、政府高度重视,召开专题会议4次,研究部署法治政府建设工作。",
        "(二)深入推进依法决策",
        "严格落实重大行政决策程序,全年审查重大决策事项12件,合法性审查率100%。",
        "二、存在的问题与不足",
        "一是法治宣传的方式还比较单一;二是执法人员的能力还有待提升。",
        "三、下一步工作打算",
        "一是持续加强法治宣传教育;二是加强执法队伍建设,全年培训执法人员不少于2次。",
        "特此报告。",
        "青山镇人民政府",
        "2025年1月10日",
    ]
    plain = fzbg.parse_report("\n".join(lines))
    glued = fzbg.parse_report("".join(lines))
    assert [(s.kind, s.heading) for s in glued.sections] == [
        (s.kind, s.heading) for s in plain.sections
    ]
    assert [m.title for m in glued.measures] == [m.title for m in plain.measures]
    assert glued.signed == plain.signed
    assert any(d.code == "layout-split" for d in glued.diagnostics)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent")
@pytest.mark.parametrize("joiner", ["", " "], ids=["nothing", "spaces"])
def test_every_seed_with_its_line_breaks_lost_keeps_its_sections(joiner: str) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        plain, glued = fzbg.parse_report(text), fzbg.parse_report(text.replace("\n", joiner))
        assert [(s.kind, s.heading) for s in glued.sections] == [
            (s.kind, s.heading) for s in plain.sections
        ], path.name


@pytest.mark.parametrize(
    "chrome",
    [
        "• 设为首页   • 加入收藏   • 无障碍阅读   • 长者版",
        "青山县人民政府 2025年1月3日星期五  无障碍 简体| 繁体",
        "新闻中心",
        "青山镇2024年法治政府建设情况.docx",
    ],
)
@pytest.mark.parametrize("joiner", ["  ", ""], ids=["spaces", "nothing"])
def test_a_title_run_together_with_the_page_chrome_before_it_is_read_alone(
    chrome: str, joiner: str
) -> None:
    title = "青山镇2024年法治政府建设情况报告"
    report = fzbg.parse_report(joiner.join([chrome, title, *BODY]))
    assert report.title == title
    assert report.issuer == "青山镇"


@pytest.mark.parametrize("joiner", [" ", ""], ids=["spaces", "nothing"])
def test_numbered_points_and_a_year_clause_after_a_heading_start_lines(joiner: str) -> None:
    lines = [
        "青山镇2024年法治政府建设情况报告",
        *BODY[:2],
        "(一)依法全面履行政府职能方面",
        "2024年3月,我镇行政审批改革的经验在全县推广,全年办理审批事项1200件。",
        "(二)加强组织领导,压实法治建设责任",
        "1.健全领导机制。镇党委召开专题会议4次,研究部署法治政府建设工作。",
        "2.强化督促检查。开展专项督查2次,发现并整改问题12个。",
        *BODY[6:],
    ]
    plain, glued = fzbg.parse_report("\n".join(lines)), fzbg.parse_report(joiner.join(lines))
    assert [i.title for i in glued.measures] == [i.title for i in plain.measures]
    assert [c.title for i in glued.measures for c in i.children] == [
        c.title for i in plain.measures for c in i.children
    ]


@pytest.mark.parametrize("joiner", [" ", ""], ids=["spaces", "nothing"])
def test_a_preamble_that_names_the_reporting_rule_is_no_title(joiner: str) -> None:
    lead = "根据法治政府建设年度报告制度的要求,现将我局2024年度法治政府建设工作报告如下:"
    more = [
        "三、下一步工作打算",
        "一是持续加强法治宣传教育,全年开展宣传活动不少于4次;二是加强执法队伍建设。",
    ]
    report = fzbg.parse_report(joiner.join([lead, *BODY[1:], *more]))
    assert report.title is None
    assert report.text.startswith(lead)


@pytest.mark.parametrize("marker", ["1.", "1、", "1）", "（1）"])
def test_arabic_points_of_any_style_after_a_heading_in_a_run_together_body(marker: str) -> None:
    second = marker.replace("1", "2")
    lines = [
        "青山镇2024年法治政府建设情况报告",
        *BODY[:3],
        f"{marker}健全领导机制。镇党委召开专题会议4次,研究部署法治政府建设工作。",
        f"{second}强化督促检查。开展专项督查2次,发现并整改问题12个。",
        *BODY[3:],
    ]
    plain, glued = fzbg.parse_report("\n".join(lines)), fzbg.parse_report(" ".join(lines))
    assert [c.title for i in glued.measures for c in i.children] == [
        c.title for i in plain.measures for c in i.children
    ]


def test_a_heading_broken_after_a_word_that_goes_on_is_not_cut_at_the_break() -> None:
    heading = "三、推进法治政府建设面临的 困难和挑战"
    line = heading + " 一是法治宣传的方式还比较单一,覆盖面还不够广。"
    assert split_heading_ends(line, []).split("\n")[0] == heading


def test_lost_indentation_after_a_heading_is_where_its_paragraph_begins() -> None:
    line = "一、其他需要报告的情况??街道高度重视此项工作,召开专题会议4次。"
    assert split_heading_ends(line, []).split("\n") == ["一、其他需要报告的情况", line[11:]]


def test_a_page_number_run_together_with_a_heading_is_cut() -> None:
    lines = [*BODY[:6], "— 3 —", *BODY[6:], "第4页 共9页", "三、下一步工作打算", "一是加强宣传。"]
    glued = fzbg.parse_report(" ".join(lines))
    assert [s.heading for s in glued.sections][-1] == "三、下一步工作打算"
    assert "共9页" not in glued.text


@pytest.mark.parametrize(
    "joiner", ["\xa0" * 4, "\u3000\u3000", "  "], ids=["nbsp", "ideographic", "two"]
)
def test_a_body_run_together_at_runs_of_spaces_keeps_its_structure(joiner: str) -> None:
    """A page that lost its breaks but kept each paragraph's indentation (&nbsp;, 　)."""
    lines = [
        "青山镇2024年法治政府建设情况报告",
        *BODY,
        "三、下一步工作打算",
        "一是持续加强法治宣传教育。",
    ]
    plain, glued = fzbg.parse_report("\n".join(lines)), fzbg.parse_report(joiner.join(lines))
    assert [(s.kind, s.heading) for s in glued.sections] == [
        (s.kind, s.heading) for s in plain.sections
    ]
    assert [i.title for i in glued.measures] == [i.title for i in plain.measures]


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        ("推动各项工作落实二、存在的不足", "二、存在的不足"),
        ("普法覆盖面进一步扩大三、下一步工作安排", "三、下一步工作安排"),
    ],
)
def test_a_heading_glued_to_a_sentence_that_lost_its_stop_starts_a_line(
    glued: str, heading: str
) -> None:
    """…落实二、存在的不足: a copy lost the stop and the break before the heading."""
    text = "某区2022年法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导。" + glued + "\n"
    report = fzbg.parse_report(text)
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", heading]
    assert "layout-split" in {d.code for d in report.diagnostics}


@pytest.mark.parametrize(
    "line",
    ["坚持标准统一、存在的问题及时整改", "落实第二、存在的不足", "坚持两个确保三、方向明确。"],
)
def test_a_numeral_and_its_mark_inside_words_start_no_line(line: str) -> None:
    """统一、 第二、, or words that run on past a stop, are no heading glued to a sentence."""
    assert split_heading_ends(line, []) == line


def test_a_point_glued_after_a_word_of_the_point_before_starts_a_line() -> None:
    """…取得实效（三）规范… opens point 3: a copy lost the stop and the break before it.

    A (三) that counts on from no point of its line, or names an article's clause
    (第十条（三）项), stays where it is.
    """
    text = (
        "某区2022年法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。召开会议2次。（二）推进依法决策。重大决策均经审查取得实效"
        "（三）规范行政执法。依照第十条（三）项办理案件（五）起。\n"
        "二、存在的不足\n"
        "执法力量薄弱。\n"
    )
    report = fzbg.parse_report(text)
    assert [(m.ordinal, m.title) for m in report.measures] == [
        (1, "加强组织领导"),
        (2, "推进依法决策"),
        (3, "规范行政执法"),
    ]
    assert report.measures[2].text == "（三）规范行政执法。依照第十条（三）项办理案件（五）起。"


@pytest.mark.parametrize("term", ["全面依法治国", "全面从严治党", "全面深化改革", "全面依法治县"])
def test_a_set_term_opening_with_a_verb_is_inside_its_heading(term: str) -> None:
    """学习总书记|全面依法治国…: 全面 of a set term opens no paragraph, on a long line too."""
    heading = f"(一)学习习近平总书记{term}新理念新战略和重要讲话精神。"
    sentence = "将法治思想纳入领导干部学法内容,纳入教育整顿和党史学习教育安排。"
    dated = "3月19日,以专题讲座的形式,邀请某学院教授为全体干部授课,专题讲解法治思想。"
    text = f"一、主要举措和成效\n{heading}{sentence}{dated * 4}\n(二)规范执法。全年开展检查。"
    items = fzbg.parse_report(text).sections[0].items
    assert items[0].title == heading[3:-1]


@pytest.mark.parametrize(
    "tools",
    [
        "分享到:",
        "【打印本页】【关闭窗口】",
        "打印 关闭",
        "扫一扫在手机打开当前页",
        "分享到: 微信 微博",
    ],
)
def test_a_tool_bar_glued_after_the_last_sentence_is_page_chrome(tools: str) -> None:
    """A copy that lost its line breaks runs the page's tool bar into the last sentence."""
    body = (
        "一、主要举措和成效(一)加强组织领导。召开专题会议3次。"
        "二、存在的不足和原因法治宣传形式较为单一。"
        "三、下一步工作安排持续推进依法行政,做强法治人才队伍。"
    )
    report = fzbg.parse_report(body + tools)
    assert report.text.rstrip().endswith("做强法治人才队伍。")
    assert [d.text.strip() for d in report.debris][-1] == tools
    # a sentence after the last stop is no tool bar: it stays
    kept = fzbg.parse_report(body + "下一步将继续打印宣传资料")
    assert kept.text.rstrip().endswith("继续打印宣传资料")

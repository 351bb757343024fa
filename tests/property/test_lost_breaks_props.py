"""A page that lost every line break reads as the page with its lines.

A page scraped to one line (a database field, a PDF's text layer read without breaks)
runs its breadcrumb, its fields, its title and the report's body together.  The title
must be found where it starts and ends inside the run (behind a field's label, a
breadcrumb or a field table's 名称 that repeats it), the page's fields kept apart from
the breadcrumb before them, and the title, issuer, year and page date read as from the
page with its line breaks.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fzbg

_SETTINGS = settings(
    max_examples=min(120, int(os.environ.get("FZBG_EXAMPLES", "120"))),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_BODY = (
    "{addressee}"
    "{year}年,{we}坚持以习近平法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:\n"
    "一、主要举措和成效\n(一)加强组织领导。全年召开专题会议6次,研究解决法治建设中的重大问题,"
    "把法治政府建设纳入经济社会发展总体规划和年度工作计划,与经济社会发展同部署、同推进。\n"
    "(二)推进依法决策。全年审查重大行政决策事项12件,审查合同38件,合法性审查率达100%。\n"
    "二、存在的不足和原因\n部分干部运用法治思维的能力有待提高。\n"
    "三、下一年度工作安排\n继续深入推进依法行政。\n"
)
# Page heads as sites print them, one line a row; {T} the title, {b} the issuer.
_HEADS = (
    "当前位置:首页 > 政务公开 > 计划总结\n索引号:{idx}\n公开方式:主动公开\n发布机构:\n{T}\n"
    "日期:{pub} 08:30\n来源:{b}\n浏览次数:\n",
    "首页>政务公开>乡镇动态\n[ 索引号 ] {idx} [ 发文字号 ]\n[ 成文日期 ] {pub} [ 发布日期 ] {pub}\n"
    "{T}\n",
    "当前位置:首页 > 信息公开 > 法治政府建设\n文       号:\n发文机构:{b}\n"
    "名       称:{T}\n{T}\n日期:{pub} 16:05 来源:{b}\n",
    "  • 索 引 号:{idx}\n  • 发布机构:{b}\n  • 公开方式:公开\n{T}\n发布日期:{pub} 浏览次数:\n",
    "{T}\n发布时间:{pub} 来源:{b}\n",
    "主题分类:司法 公开方式:主动公开\n发布机构:{b}\n{T}\n发布日期:{pub}\n",
)
_ISSUERS = (
    ("桃源县人民政府", "全县"), ("云溪市司法局", "我局"), ("北山镇人民政府", "全镇"),
    ("青石街道办事处", "街道"), ("东湖区人民政府", "全区"), ("江南省人民政府", "全省"),
)  # fmt: skip
_TITLES = (
    "{b}{year}年度法治政府建设情况报告",
    "{b}关于{year}年法治政府建设情况的报告",
    "{b}{year}年法治政府建设工作报告",
)


@settings(_SETTINGS, derandomize=True, database=None)  # the same examples on every run
@given(
    st.sampled_from(_HEADS),
    st.sampled_from(_TITLES),
    st.sampled_from(_ISSUERS),
    st.integers(2016, 2025),
    st.sampled_from(("", "县委、县人大常委会:\n", "市委、市人大常委会:\n")),
    st.sampled_from(("", " ")),
)
def test_a_page_run_into_one_line_keeps_its_metadata(
    head: str,
    form: str,
    issuer: tuple[str, str],
    year: int,
    addressee: str,
    space: str,
) -> None:
    """Title, issuer, year and page date read as from the page with its lines."""
    name, we = issuer
    title = form.format(b=name, year=year)
    published = f"{year + 1}-03-0{year % 9 + 1}"
    page = head.format(T=title, b=name, pub=published, idx=f"0042/{year + 1}-00007")
    page += _BODY.format(addressee=addressee, year=year, we=we)
    lined = fzbg.parse_report(page)
    run = fzbg.parse_report(page.replace("\n", space))
    want = (title, name, year, published)
    assert (lined.title, lined.issuer, lined.year, str(lined.published)) == want
    assert (run.title, run.issuer, run.year, str(run.published)) == want


_HEADINGS = (
    "坚持党的全面领导,确保法治政府建设正确方向",
    "健全依法决策机制,提升决策质量",
    "强化法治宣传教育,营造浓厚法治氛围",
    "健全行政决策制度,不断提升决策公信力",
    "深化行政执法体制改革,提高执法效率",
    "主要举措和成效",
)
# Who a paragraph under a heading opens with: an autonomous place's government too.
_SUBJECTS = (
    "自治区人民政府", "自治州人民政府", "自治县人民政府", "县委、县政府", "我县", "本局",
)  # fmt: skip
_FIRST_POINTS = ("一)强化组织领导。", "(一)强化组织领导。", "{subject}始终把依法行政摆在重要位置。")


@settings(_SETTINGS, derandomize=True, database=None)
@given(
    st.sampled_from(_HEADINGS),
    st.sampled_from(_HEADINGS),
    st.sampled_from(_SUBJECTS),
    st.sampled_from(_FIRST_POINTS),
    st.integers(2016, 2025),
)
def test_a_heading_run_into_its_paragraph_ends_where_it_ends(
    first: str, second: str, subject: str, point: str, year: int
) -> None:
    """A heading run on into its first point (its ( lost too) or sentence ends at its words."""
    text = (
        f"{year}年,我们坚持以习近平法治思想为指导,扎实推进法治政府建设,各项工作取得积极成效。"
        f"现将有关情况报告如下:一、{first}{point.format(subject=subject)}"
        "全年组织专题学法4次,参训干部达320人次,领导干部应考率达到100%。"
        "(二)推进依法决策。全年审查重大行政决策事项12件,审查合同38件,合法性审查率达100%。"
        f"二、{second}{subject}将依法行政作为重要任务,全年办理行政复议案件15件,纠错率为6.7%。"
        "三、存在的不足和原因一是学法用法不够深入。二是执法队伍力量较为薄弱。特此报告。"
    )
    report = fzbg.parse_report(text)
    headings = [section.heading for section in report.sections]
    assert headings == [f"一、{first}", f"二、{second}", "三、存在的不足和原因"]


_STORY = (
    "{year}年,在省委的坚强领导下,全省各级行政机关坚持以习近平法治思想为指导,深入推进依法行政。\n"
    "一、全省法治政府建设情况\n(一)依法行政制度体系更加完善。全年制定修改政府规章12件,"
    "审查规范性文件38件,备案审查率达到100%,规范性文件管理水平进一步提高。\n"
    "(二)行政执法更加规范。全年开展执法检查45次,办理行政复议案件230件,纠错率为8.7%。\n"
    "二、存在的不足\n部分地方推进法治政府建设的力度还不够大。\n"
)
_HEADLINES = (
    "法治政府建设情况如何?{place}政府发布报告",
    "{place}政府发布{year}年法治政府建设年度报告",
    "{place}公布法治政府建设年度报告",
)


@settings(_SETTINGS, derandomize=True, database=None)
@given(
    st.sampled_from(_HEADLINES),
    st.sampled_from(("江南省", "北湖市", "云溪县")),
    st.integers(2016, 2025),
    st.sampled_from(("", " 09:15:36", " 10:02")),
    st.sampled_from(("", " ")),
)
def test_a_repost_run_into_one_line_keeps_its_headline_and_date(
    form: str, place: str, year: int, clock: str, space: str
) -> None:
    """A breadcrumb ending in the headline the page repeats, the date glued to the body."""
    headline = form.format(place=place, year=year)
    page = (
        f"当前位置:网站首页> 新闻资讯 > {headline}\n{headline}\n"
        f"更新时间:{year + 1}-10-21{clock}\n" + _STORY.format(year=year)
    )
    lined = fzbg.parse_report(page)
    run = fzbg.parse_report(page.replace("\n", space))
    assert str(lined.published) == f"{year + 1}-10-21"
    read = (run.title, run.issuer, run.year, run.published)
    assert read == (lined.title, lined.issuer, lined.year, lined.published)


def test_a_list_inside_a_point_stays_inside_when_breaks_became_spaces() -> None:
    """``三是…。1、…2、…`` keeps its list inside the point when each break became a space."""
    lines = [
        "2024年,我县坚持以习近平法治思想为指导,扎实推进法治政府建设,各项工作取得积极成效。",
        "一、主要举措和成效",
        "全年审查重大行政决策事项12件,审查合同38件,合法性审查率达100%,办理复议案件15件。",
        "二、存在的不足和原因",
        "一是学法用法不够深入,部分干部运用法治思维的能力有待提高。",
        "二是执法队伍力量较为薄弱,执法人员年龄偏大。",
        "三是合法性审查工作需进一步完善。1、工作流程问题。送审科室较多。"
        "2、审查资料不全。部分送审材料缺少说明。3、归档问题。资料未专人归集。",
        "四是普法宣传形式较为单一。",
        "三、下一步工作安排",
        "继续深入推进依法行政。",
    ]
    for text in ("\n".join(lines), " ".join(lines)):
        shortcomings = fzbg.parse_report(text).sections[1]
        assert [item.title for item in shortcomings.items][2:] == [
            "合法性审查工作需进一步完善",
            "普法宣传形式较为单一",
        ]


@given(
    st.sampled_from(("", " ")),
    st.sampled_from(("二", "3", "三")),
    st.sampled_from(("欢迎品鉴!", "欢迎阅读。", "欢迎参考!")),
    st.integers(2016, 2024),
)
@settings(_SETTINGS, derandomize=True, database=None)
def test_a_model_essay_frame_run_into_one_line_is_cut(
    space: str, count: str, welcome: str, year: int
) -> None:
    """A model-essay site's frame, run into one line, goes as on the page with its lines.

    Its essay's header (第一篇:) and title end up on lines apart from the blurb; the
    title must not stand as a section over the report's own first heading.
    """
    page = (
        f"江河治理法治建设情况范文(精选{count}篇)\n更新时间:{year + 2}-07-10 来源:范文网 投诉建议\n"
        "江河治理是一项系统工程,关系到流域内群众生产生活的方方面面。"
        f"  以下是为大家整理的关于江河治理法治建设情况的文章{count}篇 ,{welcome}\n\n"
        "第一篇: 江河治理法治建设情况\n"
        "  水利厅以习近平法治思想为指导,深入推进依法治水,扎实推进法治政府建设,取得积极进展。"
        f"现将水利厅{year}年法治政府建设情况报告如下。\n"
        f"  一、{year}年法治政府建设情况\n  (一)主要举措\n"
        "  一是完善水利法规制度体系。全年起草修订地方性法规3件,清理规范性文件26件。\n"
        "  二是严格规范执法。全年查处水事违法案件48件,办理行政复议案件5件。\n"
    )  # (an opening: the page cut off inside the first section)
    lined, run = fzbg.parse_report(page), fzbg.parse_report(page.replace("\n", space))
    assert (lined.year, lined.issuer, str(lined.published)) == (year, "水利厅", f"{year + 2}-07-10")
    assert (run.year, run.issuer, run.published) == (lined.year, lined.issuer, lined.published)
    assert [s.heading for s in run.sections] == [s.heading for s in lined.sections]


# A heading's second phrase that holds a verb a paragraph may open with (始终, 持续, 全面).
_VERB_HEADINGS = (
    "坚持党的全面领导,确保法治政府建设始终沿着正确方向推进",
    "聚焦主责主业,推动依法行政水平持续提升",
    "强化法治保障,确保改革发展全面依法推进",
)
_PLACE_SUBJECTS = ("江南省委、省政府", "桃源县委、县政府", "云溪市人民政府", "北山镇党委、政府")


@settings(_SETTINGS, derandomize=True, database=None)
@given(
    st.sampled_from(_VERB_HEADINGS),
    st.sampled_from(_PLACE_SUBJECTS),
    st.sampled_from(("始终将", "坚持把", "高度重视")),
    st.sampled_from(("", " ")),
)
def test_a_heading_with_a_verb_in_its_words_ends_before_the_body_named(
    heading: str, subject: str, verb: str, space: str
) -> None:
    """No seam at a verb inside the heading when the paragraph opens with a body's name."""
    lines = [
        "2023年,我们坚持以习近平法治思想为指导,全面贯彻落实上级关于法治政府建设的决策部署,"
        "扎实推进依法行政,法治政府建设各项工作取得积极成效。现将有关情况报告如下:",
        f"一、{heading}",
        f"{subject}{verb}法治政府建设摆在全局工作的突出位置,全年召开专题会议5次,研究解决问题8个。",
        "二、存在的不足和原因",
        "一是学法用法不够深入。二是执法队伍力量较为薄弱。",
        "三、下一步工作安排",
        "一是持续加强学习。二是提升执法水平。",
    ]
    report = fzbg.parse_report(space.join(lines))
    assert report.sections[0].heading == f"一、{heading}"

"""Classes of trouble that real report openings showed, each on invented text.

- A notice that publishes the report quotes its title (现将《某局2025年度…报告》予以公布):
  the body the quoted title names is the issuer.
- An opening that says first what the work followed (根据…部署,2023年,某街道…): the body
  after the year is the issuer, as without the clause.
- A page's field list dates the page with 发文时间 as with 发布时间.
- A party congress's session (省委十二届八次全会, 五次全体会议) counts nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fzbg
from fzbg.extract.quantities import extract_quantities

_REST = "\n一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"
_BODIES = ("某市文化和旅游局", "青石镇人民政府", "东河街道", "南川县司法局")


@pytest.mark.parametrize("body", _BODIES)
@pytest.mark.parametrize("verb", ["予以公布", "予以公开", "公布如下", "予以公示"])
def test_a_notice_publishing_the_report_names_its_issuer(body: str, verb: str) -> None:
    text = (
        "根据上级《关于报送2025年度法治政府建设情况报告的通知》要求，"
        f"现将《{body}2025年度法治政府建设情况报告》{verb}。\n"
        "2025年，本单位在上级的坚强领导下，深入推进依法行政。" + _REST
    )
    report = fzbg.parse_report(text)
    assert report.issuer == body
    assert report.year == 2025


@pytest.mark.parametrize("body", ["清溪街道", "南川县", "某市交通运输局"])
@pytest.mark.parametrize(
    "clause",
    [
        "根据《全面深化法治领域改革纲要（2023—2027年）》提出“实行法治建设年度报告制度”，"
        "以及市、区对法治建设工作的具体部署，",
        "按照上级关于法治政府建设的工作要求，",
        "为进一步加强法治政府建设，",
    ],
)
def test_a_clause_before_the_openings_year_leaves_its_subject_the_issuer(
    body: str, clause: str
) -> None:
    text = f"{clause}2023年，{body}以深入学习贯彻习近平法治思想为核心，全面推进依法行政。{_REST}"
    report = fzbg.parse_report(text)
    assert report.issuer == body
    assert report.year == 2023


@pytest.mark.parametrize("bullet", ["", "- ", "· "])
def test_a_field_list_dates_the_page_by_its_issue_time(bullet: str) -> None:
    text = (
        f"{bullet}索 引 号:000000/2022-00029\n{bullet}发文时间:2022年02月28日\n"
        f"{bullet}标 题:某区人社局2021年度法治政府建设情况报告\n"
        "某区人社局2021年度法治政府建设情况报告\n2021年以来，区人社局坚持依法行政。" + _REST
    )
    assert fzbg.parse_report(text).published == dt.date(2022, 2, 28)


@pytest.mark.parametrize(
    "sentence",
    [
        "深入学习党的二十届四中全会、省委十二届八次全会精神",
        "认真贯彻县委十三届五次全体会议部署",
        "传达学习市委十二届九次全会精神",
        "学习了市委六届七次、八次全会精神",
    ],
)
def test_a_sessions_number_counts_nothing(sentence: str) -> None:
    assert extract_quantities(sentence) == ()


def test_a_count_of_meetings_is_still_read() -> None:
    found = extract_quantities("召开全会2次，召开常务会议5次，召开5次会议")
    assert [q.text for q in found] == ["2次", "5次", "5次"]


@given(
    year=st.integers(2016, 2025),
    decoys=st.lists(
        st.sampled_from(
            ["{p}年以来，持续深化改革。", "{n}年3月，召开专题会议。", "{p}至{y}年，完成清理。"]
        ),
        max_size=3,
    ),
    opens=st.sampled_from(["{y}年我镇新制发规范性文件1件。", "{y}年，组织开展执法检查20余次。"]),
)
def test_an_opening_cut_above_its_text_takes_the_year_its_points_open_with(
    year: int, decoys: list[str], opens: str
) -> None:
    # The title and preamble lost: 一、 opens the text, and the points open their
    # sentences with the year reported on; a period's start or a date is no such year.
    said = "".join(d.format(p=year - 3, n=year + 1, y=year) for d in decoys)
    text = (
        "一、主要举措和成效\n（一）强化组织领导。" + said + opens.format(y=year) + "\n"
        "（二）规范行政执法。" + opens.format(y=year) + "\n"
    )
    assert fzbg.parse_report(text).year == year


@pytest.mark.parametrize("body", ["某省卫生健康委", "南川县人民政府", "东河街道办事处"])
@pytest.mark.parametrize("date", ["2024年3月8日", "二〇二四年三月八日", "2024年3月8日 "])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_letter_a_report_is_sent_with_dates_its_signing(body: str, date: str, gap: str) -> None:
    # 省委、省政府: / …现呈送…报告，请审阅。 / 某委 / 2024年3月8日 / the report's own title.
    text = (
        f"{body}关于2023年度法治政府建设情况的报告{gap}省委、省政府：{gap}"
        f"根据有关部署要求，现呈送我单位2023年度法治政府建设情况报告，请审阅。{gap}"
        f"{body}{gap}{date}{gap}{body}2023年度法治政府建设情况报告{gap}"
        "2023年，本单位坚持依法行政，取得新成效。" + _REST
    )
    assert fzbg.parse_report(text).signed == dt.date(2024, 3, 8)


def test_a_body_named_under_a_sentence_without_a_date_signs_nothing() -> None:
    text = (
        "某县2023年度法治政府建设情况报告\n2023年，某县坚持依法行政，取得新成效。\n"
        "某县司法局\n2023年，全县审查文件12件。" + _REST
    )
    assert fzbg.parse_report(text).signed is None


@pytest.mark.parametrize("province", ["河西省", "东海省", "南岭省", "西山省"])
@pytest.mark.parametrize("verb", ["以习近平法治思想为指导", "坚持依法行政", "深入推进依法行政"])
def test_a_province_named_as_the_openings_subject_is_the_issuer(province: str, verb: str) -> None:
    report = fzbg.parse_report(f"2017年，{province}{verb}，法治政府建设取得新成效。{_REST}")
    assert report.issuer == province


@pytest.mark.parametrize("level", ["州", "盟", "旗"])
@pytest.mark.parametrize("rest", ["各级政府坚持依法行政。", "上下坚持依法行政。"])
def test_all_of_a_prefecture_league_or_banner_names_no_issuer(level: str, rest: str) -> None:
    # 全州各级政府…: the whole of the place speaks, as 全市 and 全县 do.
    report = fzbg.parse_report(f"2024年，全{level}{rest}{_REST}")
    assert report.issuer is None


@pytest.mark.parametrize(
    "lead",
    [
        "得益于县委、县政府的坚强领导和县委全面依法治县委员会的坚实引领，",
        "依托市委的统一部署和市司法局",
    ],
)
def test_a_clause_ending_in_a_bodys_word_is_no_name(lead: str) -> None:
    # The words before the first verb end in a body's word (委员会, 司法局) but hold a
    # 的: a clause about who led, not the body reporting.
    report = fzbg.parse_report(f"2024年，{lead}我乡积极作为，坚持依法行政。{_REST}")
    assert report.issuer is None


@pytest.mark.parametrize("body", ["青石街道", "南川县人民政府", "某市交通运输局", "联和街"])
@pytest.mark.parametrize(
    "lead",
    [
        "在区委、区政府的坚强领导下，",
        "在全面建设社会主义现代化国家新征程上，",
        "在推进中国式现代化的进程中，",
        "按照上级关于法治政府建设的部署，",
        # a purpose, then a basis: 为贯彻落实《…》,根据《…》的要求,
        "为贯彻落实《法治政府建设与责任落实督察工作规定》，根据《年度报告制度工作指引》的要求，",
        "为进一步推进依法行政，",
        # three leads, one of them what the work helps (助力): no subject of its own
        "为贯彻落实上级精神，助力全市实现高质量发展，按照市、区的部署要求，",
        "",  # the subject first: 某区坚持以…为指导
        "2022年,,",  # a doubled comma
    ],
)
@pytest.mark.parametrize("addressee", ["", "区委全面依法治区委员会：\n"])
@pytest.mark.parametrize("verb", ["坚持以习近平法治思想为指导", "高举法治思想旗帜"])
def test_an_opening_with_a_lead_and_no_year_names_its_subject(
    body: str, lead: str, addressee: str, verb: str
) -> None:
    text = f"{addressee}{lead}{body}{verb}，全面推进依法行政。{_REST}"
    assert fzbg.parse_report(text).issuer == body


def test_a_lead_before_a_speaker_names_no_issuer() -> None:
    text = f"在工作中，我们坚持依法行政。在县委的领导下，全县各级各部门形成合力。{_REST}"
    assert fzbg.parse_report(text).issuer is None


@pytest.mark.parametrize("widget", ["今天是:\n\n", "今天是：2026年1月20日 星期二\n", "今天是："])
def test_a_sites_date_widget_above_the_title_is_chrome(widget: str) -> None:
    # 今天是: (its date filled in by a script the copy lost) ended the page head as an
    # addressee's line would, and the title under it was lost.
    text = widget + "\n某市水务局2025年度法治政府建设情况报告\n2025年，我局坚持依法行政。" + _REST
    report = fzbg.parse_report(text)
    assert report.title == "某市水务局2025年度法治政府建设情况报告"
    assert report.issuer == "某市水务局"


@pytest.mark.parametrize(
    ("date", "gap"),
    [
        *((d, g) for d in ("2026-01-20", "2026年01月20日") for g in ("  |  ", " | ", "|")),
        ("2026-01-20 17:01", "  "),
        ("2026年01月20日 17:01", " | "),
    ],
)
def test_a_head_line_of_a_date_and_a_body_dates_the_page(gap: str, date: str) -> None:
    # 2026-01-20 17:01 | 某市水务局 over the title: the page's date and who posted it,
    # with no label; it had been left in the head, the page undated.  A bar or a clock
    # tells it from a byline (2026年1月20日 某市水务局: the document's date and body).
    title = "某市水务局2025年度法治政府建设情况报告"
    report = fzbg.parse_report(
        f"{date}{gap}某市水务局\n\n{title}\n2025年，我局坚持依法行政。{_REST}"
    )
    assert report.published == dt.date(2026, 1, 20)
    assert report.title == title


@pytest.mark.parametrize(
    "warning",
    [
        "更换或升级浏览器以获得最佳体验。",
        "当前浏览器版本过低，可能会有安全风险且无法正常显示。建议您升级或使用其他浏览器。",
        "若您当前使用的浏览器为某某浏览器仍出现该提示，请切换至极速模式。",
    ],
)
def test_a_sites_word_to_old_browsers_is_chrome(warning: str) -> None:
    text = f"{warning}\n2023年，某新区坚持依法行政，全面推进法治政府建设。{_REST}"
    report = fzbg.parse_report(text)
    assert "浏览器" not in report.text
    assert (report.issuer, report.year) == ("某新区", 2023)


@pytest.mark.parametrize("label", ["信息索引号", "审核程序", "废止日期", "责任部门", "是否有效"])
def test_more_disclosure_labels_are_page_fields(label: str) -> None:
    # the label alone on its line, its value indented on the line after the next
    head = f"  • 发布机构:\n\n    某新区\n\n  • {label}:\n\n    单位审核\n\n"
    text = f"{head}某新区2023年度法治政府建设情况报告\n2023年，某新区坚持依法行政。{_REST}"
    report = fzbg.parse_report(text)
    assert report.title == "某新区2023年度法治政府建设情况报告"
    assert label not in report.text


@pytest.mark.parametrize(
    "year", ["20xx年", "20XX年", "xxxx年", "20__年", "20××年", "201X年", "202x年"]
)
@pytest.mark.parametrize("body", ["xx县司法局", "XX镇", "某某街道"])
def test_a_templates_masked_year_opens_the_opening_and_names_none(year: str, body: str) -> None:
    """A template (范文) masks its year (20xx年,): the body after it is the issuer, no year."""
    report = fzbg.parse_report(f"{year}，{body}坚持依法行政，全面推进法治政府建设。{_REST}")
    assert (report.issuer, report.year) == (body, None)


def test_a_masked_year_opens_a_paragraph_run_on_after_its_heading() -> None:
    text = "现报告如下:\n一、落实领导班子集体学法20xx年,我镇党委、政府把法治建设列入议事日程。\n"
    report = fzbg.parse_report(text + "二、存在的不足\n宣传不够。")
    assert report.sections[0].heading == "一、落实领导班子集体学法"


@pytest.mark.parametrize("gap", ["", " ", "  "])
@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("青禾县教育局2017年度法治政府建设工作总结", "青禾县教育局"),
        ("青禾镇人民政府2023年依法行政工作总结", "青禾镇人民政府"),
        ("青禾县司法局关于2021年度法治政府建设工作的总结", "青禾县司法局"),
        # with next year's plans after the summary or the report
        ("青禾市交通运输局2018年法治政府建设工作总结及2019年工作安排", "青禾市交通运输局"),
        ("青禾县2023年度法治政府建设工作报告和2024年工作计划", "青禾县"),
    ],
)
@pytest.mark.parametrize(
    "opening", ["2017年，局党组坚持依法行政。", "县人民政府：2017年，坚持依法行政。"]
)
def test_a_summarys_title_glued_to_the_opening_is_the_title(
    title: str, issuer: str, gap: str, opening: str
) -> None:
    """A report titled as a summary (…工作总结) run on into its opening on one line."""
    rest = "现将全年工作总结如下：\n一、主要工作及成效\n（一）加强领导。召开会议3次。\n"
    report = fzbg.parse_report(f"{title}{gap}{opening}{rest}")
    assert (report.title, report.issuer) == (title, issuer)


def test_a_summary_announced_in_the_opening_is_no_title() -> None:
    """现将…工作总结如下: the opening announcing its summary is no title."""
    text = (
        "2017年，局党组坚持依法行政，现将全年法治政府建设工作总结如下：\n"
        "一、主要工作\n召开会议3次。\n"
    )
    assert fzbg.parse_report(text).title is None

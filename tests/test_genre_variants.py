"""Report styles of the genre that the sample reports do not show, one at a time.

Every text here is invented for its test: a short report written the way real ones vary
(years in Chinese numerals, a signature as the only place the issuer is named, …).
"""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg
from fzbg.genre.cues import classify_heading


def _outline(text: str) -> list[tuple[str, str | None, int]]:
    """Each section of the parsed text: its kind, heading and number of items."""
    return [(s.kind.value, s.heading, len(s.items)) for s in fzbg.parse_report(text).sections]


def test_year_in_chinese_numerals_in_the_title() -> None:
    """二〇二三年度 in the title gives the year and ends the issuer's name, as 2023年度 does."""
    report = fzbg.parse_report(
        "东山街道二〇二三年度法治政府建设情况报告\n"
        "区委依法治区办：\n"
        "现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）加强组织领导。\n"
    )
    assert (report.title, report.issuer, report.year) == (
        "东山街道二〇二三年度法治政府建设情况报告",
        "东山街道",
        2023,
    )


def test_year_in_chinese_numerals_in_the_preamble_and_plans_heading() -> None:
    """二〇二四年 opening the preamble is the year; 二〇二五年工作安排 the plans' year."""
    report = fzbg.parse_report(
        "关于法治政府建设工作情况的报告\n"
        "二〇二四年，我街道在区委、区政府的领导下，全面推进法治建设。\n"
        "一、主要工作开展情况\n（一）加强组织领导。\n"
        "二、存在问题\n（一）法治宣传深度不够。\n"
        "三、二〇二五年工作安排\n（一）深化法治宣传。\n"
    )
    assert (report.year, report.plan_year) == (2024, 2025)


def test_title_without_issuer_opening_with_guanyu() -> None:
    """关于2022年度…的报告 names no issuer: 关于 is not one."""
    report = fzbg.parse_report(
        "关于2022年度法治政府建设情况的报告\n一、主要举措和成效\n（一）加强组织领导。\n"
    )
    assert (report.title, report.issuer, report.year) == (
        "关于2022年度法治政府建设情况的报告",
        None,
        2022,
    )


def test_issuer_from_the_signature() -> None:
    """Where neither title nor preamble names the issuer, the body signing the report does."""
    report = fzbg.parse_report(
        "2023年度法治政府建设工作报告\n"
        "县委全面依法治县委员会办公室：\n"
        "今年以来，我镇坚持以习近平法治思想为指导。现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）加强组织领导。\n"
        "二、存在的问题\n（一）法治力量不足。\n"
        "青松镇人民政府\n2023年12月28日\n"
    )
    assert (report.issuer, report.signed, report.addressee) == (
        "青松镇人民政府",
        dt.date(2023, 12, 28),
        "县委全面依法治县委员会办公室",
    )


def test_a_signature_does_not_override_the_title() -> None:
    """The title's issuer stands even when the signature names the body more fully."""
    report = fzbg.parse_report(
        "青松镇2023年度法治政府建设工作报告\n"
        "一、主要举措和成效\n（一）加强组织领导。\n"
        "青松镇人民政府\n2023年12月28日\n"
    )
    assert report.issuer == "青松镇"


def test_a_circle_typed_for_the_zero_of_a_chinese_year() -> None:
    """二○二二年二月八日 (○, a circle, for 〇) is a date, and the closing it ends is the closing."""
    report = fzbg.parse_report(
        "晴川街道二○二一年度法治政府建设情况报告\n"
        "一、主要成效\n（一）加强法治宣传。开展宣传活动32场次。\n"
        "二、存在不足\n（一）法治队伍建设滞后。\n"
        "晴川街道办事处\n二○二二年二月八日\n"
    )
    assert (report.year, report.signed, report.closing) == (
        2021,
        dt.date(2022, 2, 8),
        "晴川街道办事处\n二○二二年二月八日",
    )
    assert report.sections[-1].text == "二、存在不足\n（一）法治队伍建设滞后。"


def test_unnumbered_headings_in_other_wordings() -> None:
    """困难和问题 opens the shortcomings, 今后工作方向 the plans, 2023年工作回顾 the measures."""
    outline = _outline(
        "清河镇2023年法治政府建设工作报告\n"
        "2023年，清河镇紧紧围绕法治政府建设目标任务，扎实推进各项工作。\n"
        "2023年工作回顾\n"
        "一是加强学法。镇党委理论学习中心组学法4次。二是规范执法。办理案件9件。\n"
        "困难和问题\n"
        "一是法治人才缺乏；二是群众法治意识有待提高。\n"
        "今后工作方向\n"
        "一是加强人才培养；二是深化普法宣传。\n"
    )
    assert outline == [
        ("measures", "2023年工作回顾", 2),
        ("shortcomings", "困难和问题", 2),
        ("plans", "今后工作方向", 2),
    ]


def test_plans_headings_that_end_in_their_topic() -> None:
    """2025年工作目标 and 改进措施 name plans; 工作目标完成情况 still names measures."""
    kinds = [
        classify_heading(h)
        for h in ("2025年工作目标", "下步改进措施", "2024年工作要点", "工作目标完成情况")
    ]
    assert [k.value if k else None for k in kinds] == ["plans", "plans", "plans", "measures"]


def test_title_behind_a_word_bookmark() -> None:
    """A converter's bookmark opening the title's line does not hide the title."""
    report = fzbg.parse_report(
        "[bookmark: _GoBack]丰收县2025年度法治政府建设工作报告\n"
        "2025年，丰收县坚持依法行政。\n"
        "一、主要举措及成效\n（一）加强组织领导。\n"
    )
    assert (report.title, report.issuer, report.year) == (
        "丰收县2025年度法治政府建设工作报告",
        "丰收县",
        2025,
    )
    assert [(d.kind, d.text) for d in report.debris] == [("word-bookmark", "[bookmark: _GoBack]")]


def test_title_of_a_summary_with_next_years_plan() -> None:
    """…工作总结及2025年工作计划 is a title; its first section is not a plans section."""
    report = fzbg.parse_report(
        "东川县2024年法治政府建设工作总结及2025年工作计划\n"
        "一、2024年工作总结\n（一）加强学法用法。\n（二）推进依法决策。\n"
        "二、存在的困难和问题\n（一）执法力量不足。\n"
        "三、2025年工作计划\n（一）强化组织领导。\n"
    )
    assert (report.title, report.issuer, report.year, report.plan_year) == (
        "东川县2024年法治政府建设工作总结及2025年工作计划",
        "东川县",
        2024,
        2025,
    )
    assert [(s.kind.value, len(s.items)) for s in report.sections] == [
        ("measures", 2),
        ("shortcomings", 1),
        ("plans", 1),
    ]


def test_page_tool_lines_under_the_signature() -> None:
    """【我要打印】, 扫一扫在手机打开当前页 and 相关附件 under the date are page chrome."""
    report = fzbg.parse_report(
        "双溪乡2024年法治政府建设年度报告\n"
        "一、主要举措和成效\n（一）加强组织领导。\n"
        "双溪乡人民政府\n2025年2月10日\n"
        "【我要打印】 【关闭窗口】\n"
        "扫一扫在手机打开当前页\n"
        "用手机扫描二维码在手机上继续观看\n"
        "相关附件：\n"
    )
    assert (report.signed, report.closing) == (
        dt.date(2025, 2, 10),
        "双溪乡人民政府\n2025年2月10日",
    )
    assert [d.kind for d in report.debris] == ["page-chrome"]


def test_page_title_then_the_documents_fuller_title() -> None:
    """A page <title> with the site's name, then the document's own title naming the issuer."""
    report = fzbg.parse_report(
        "关于2022年度法治政府建设情况的报告_大丰市人民政府\n"
        "大丰市人民政府关于2022年度法治政府建设情况的报告\n"
        "2022年，大丰市坚持以习近平法治思想为指导。\n"
        "一、主要举措和成效\n（一）加强组织领导。\n"
    )
    assert (report.title, report.issuer) == (
        "大丰市人民政府关于2022年度法治政府建设情况的报告",
        "大丰市人民政府",
    )
    assert report.text.startswith("大丰市人民政府关于")
    assert [d.kind for d in report.debris] == ["page-chrome"]


def test_title_with_its_year_in_brackets() -> None:
    """某县…年度报告（2023年度）: the title, its year, and the body named before 法治."""
    report = fzbg.parse_report(
        "梧桐县人民政府法治政府建设年度报告（2023年度）\n"
        "今年以来，我县扎实推进法治政府建设。\n"
        "一、主要举措和成效\n（一）加强组织领导。\n"
    )
    assert (report.title, report.issuer, report.year) == (
        "梧桐县人民政府法治政府建设年度报告（2023年度）",
        "梧桐县人民政府",
        2023,
    )


def test_title_of_the_years_work_and_next_years_plan() -> None:
    """…工作情况和2024年工作安排 is a title, and gives the plans' year."""
    report = fzbg.parse_report(
        "柳江区2023年法治政府建设工作情况和2024年工作安排\n"
        "一、2023年工作情况\n（一）加强组织领导。\n"
        "二、存在的问题\n（一）执法力量不足。\n"
        "三、下一步工作打算\n（一）加强学法用法。\n"
    )
    assert (report.title, report.issuer, report.year, report.plan_year) == (
        "柳江区2023年法治政府建设工作情况和2024年工作安排",
        "柳江区",
        2023,
        2024,
    )
    assert [s.kind.value for s in report.sections] == ["measures", "shortcomings", "plans"]


def test_information_table_with_justified_and_more_labels() -> None:
    """名　　称, 信息分类, 生成日期, 主 题 词 rows are page metadata; 生成日期 is the date."""
    report = fzbg.parse_report(
        "索 引 号：000014349/2024-01234\n"
        "信息分类：计划总结\n"
        "发布机构：清溪县人民政府办公室\n"
        "生成日期：2024-02-06\n"
        "名　　称：清溪县2023年度法治政府建设情况报告\n"
        "文　　号：\n"
        "主 题 词：法治政府\n"
        "清溪县2023年度法治政府建设情况报告\n"
        "2023年，清溪县扎实推进法治政府建设。\n"
        "一、主要举措和成效\n（一）加强组织领导。\n"
    )
    assert (report.title, report.issuer, report.year, report.published) == (
        "清溪县2023年度法治政府建设情况报告",
        "清溪县",
        2023,
        dt.date(2024, 2, 6),
    )
    assert report.text.startswith("清溪县2023年度")


def test_published_from_a_public_date_label() -> None:
    """公开日期 in the table above the title gives the publication date."""
    report = fzbg.parse_report(
        "公开日期：2023-01-31    公开形式：主动公开\n"
        "南溪镇2022年法治政府建设年度报告\n"
        "一、主要举措和成效\n（一）加强组织领导。\n"
    )
    assert report.published == dt.date(2023, 1, 31)


def test_title_broken_inside_its_guanyu_phrase() -> None:
    """关于…法治政府建设 / 工作情况的报告 is one title; the issuer is read below the addressee."""
    report = fzbg.parse_report(
        "关于2023年度法治政府建设\n"
        "工作情况的报告\n"
        "县人民政府：\n"
        "2023年，柏林镇扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）加强组织领导。\n"
        "柏林镇人民政府\n2024年1月3日\n"
    )
    assert (report.title, report.issuer, report.year, report.addressee) == (
        "关于2023年度法治政府建设\n工作情况的报告",
        "柏林镇",
        2023,
        "县人民政府",
    )


def test_markdown_bold_around_headings() -> None:
    """A docx-to-markdown converter's ** around the title and headings is debris."""
    report = fzbg.parse_report(
        "**桃林县2021年法治政府建设年度报告**\n\n"
        "2021年，桃林县扎实推进法治政府建设。\n\n"
        "**一、主要举措和成效**\n\n"
        "**（一）加强组织领导。**县政府常务会议学法4次。\n\n"
        "**（二）推进依法决策。**\n\n"
        "**二、存在的不足**\n\n"
        "（一）执法力量不足。\n"
    )
    assert (report.title, report.issuer, report.year) == (
        "桃林县2021年法治政府建设年度报告",
        "桃林县",
        2021,
    )
    assert [(s.heading, [i.title for i in s.items]) for s in report.sections] == [
        ("一、主要举措和成效", ["加强组织领导", "推进依法决策"]),
        ("二、存在的不足", ["执法力量不足"]),
    ]
    assert "*" not in report.text
    assert {d.kind for d in report.debris} == {"markdown-emphasis"}


def test_markdown_asterisks_inside_a_line_stay() -> None:
    """Only ** opening a line, and the one closing it, are markup: 王** inside a line stays."""
    report = fzbg.parse_report("一、主要举措和成效\n（一）约谈当事人王**、李**两人。\n")
    assert "王**、李**" in report.text
    assert report.debris == ()


def test_unescaped_white_space_entities() -> None:
    """&nbsp; a scraper left as indentation is debris, and the headings under it are found."""
    report = fzbg.parse_report(
        "&nbsp;&nbsp;樟木镇2024年法治政府建设年度报告\n"
        "&nbsp;&nbsp;2024年，樟木镇扎实推进法治政府建设。\n"
        "&nbsp;&nbsp;一、主要举措和成效\n"
        "&nbsp;&nbsp;（一）加强组织领导。\n"
        "&#12288;&#12288;三、2025年工作安排\n"
    )
    assert (report.title, report.issuer, report.plan_year) == (
        "樟木镇2024年法治政府建设年度报告",
        "樟木镇",
        2025,
    )
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", "三、2025年工作安排"]
    assert "&" not in report.text


def test_report_parts_are_never_a_broken_title() -> None:
    """第一部分 …法治… / 第二部分 2024年工作总结 are two part headings, not a title in two lines."""
    report = fzbg.parse_report(
        "第一部分　推进法治政府建设面临的困难和挑战\n第二部分　2024年工作总结\n"
    )
    assert report.title is None
    assert [s.kind.value for s in report.sections] == ["shortcomings", "measures"]


def test_title_broken_before_its_last_words() -> None:
    """…法治政府建设 / 年度报告 is one title; unnumbered headings over two lines are not."""
    report = fzbg.parse_report(
        "松林县2023年法治政府建设\n年度报告\n2023年，松林县扎实推进法治政府建设。\n"
    )
    assert (report.title, report.issuer) == ("松林县2023年法治政府建设\n年度报告", "松林县")
    headings = fzbg.parse_report(
        "党政主要负责人履行推进法治建设第一责任人职责情况\n2024年工作总结\n"
    )
    assert headings.title is None
    assert [s.kind.value for s in headings.sections] == ["duties", "measures"]


@pytest.mark.parametrize(
    ("text", "outline"),
    [
        (  # 2024年，我局将重点做好以下工作：一是…… in the last section is the plans
            "石桥县教育局2023年法治政府建设工作报告\n"
            "一、主要举措和成效\n（一）加强组织领导。\n（二）推进依法治校。\n"
            "二、存在的不足\n"
            "一是法治教育形式单一；二是法治副校长作用发挥不充分。\n"
            "2024年，我局将重点做好以下工作：一是加强法治教育；二是发挥法治副校长作用。\n",
            [
                ("measures", "一、主要举措和成效", 2),
                ("shortcomings", "二、存在的不足", 2),
                ("plans", None, 2),
            ],
        ),
        (  # 在肯定成绩的同时，我们也发现一些不足：一是…… opens the shortcomings
            "一、主要举措和成效\n（一）加强组织领导。\n"
            "在肯定成绩的同时，我们也发现一些不足：一是执法力量薄弱；二是宣传不够深入。\n"
            "二、下一步工作打算\n（一）加强学法用法。\n",
            [
                ("measures", "一、主要举措和成效", 1),
                ("shortcomings", None, 2),
                ("plans", "二、下一步工作打算", 1),
            ],
        ),
    ],
    ids=["plans-opening-with-next-year", "shortcomings-after-what-was-found"],
)
def test_sections_hidden_in_a_paragraph(
    text: str, outline: list[tuple[str, str | None, int]]
) -> None:
    """A paragraph whose lead says what was found, or next year's work, opens that section."""
    assert _outline(text) == outline


def test_a_year_opening_a_measures_paragraph_is_no_plan() -> None:
    """2023年，我县将法治建设纳入考核：一是……: 将 here is 把, the past year's work."""
    report = fzbg.parse_report(
        "一、主要举措和成效\n"
        "2023年，我县将法治建设纳入年度考核：一是细化指标；二是严格考评。\n"
        "二、下一步工作打算\n（一）加强学法用法。\n"
    )
    assert [s.kind.value for s in report.sections] == ["measures", "plans"]


def test_markdown_headings() -> None:
    """pandoc's # before a heading is debris."""
    report = fzbg.parse_report(
        "# 青山县2023年法治政府建设年度报告\n\n"
        "2023年，青山县扎实推进法治政府建设，取得积极成效。\n\n"
        "## 一、主要举措和成效\n\n（一）加强组织领导。\n\n"
        "## 二、存在的不足\n\n（一）执法力量不足。\n"
    )
    assert (report.title, report.issuer, report.year) == (
        "青山县2023年法治政府建设年度报告",
        "青山县",
        2023,
    )
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", "二、存在的不足"]
    assert "#" not in report.text


def test_topic_headings_of_two_clauses_are_measures() -> None:
    """安排, 短板, 计划 inside a two-clause topic heading name no section; the late ones do."""
    outline = _outline(
        "某县2023年法治政府建设年度报告\n"
        "一、坚持党的领导，统筹安排部署\n县政府常务会议学法4次。\n"
        "二、补齐短板弱项，提升执法水平\n开展执法培训3期。\n"
        "三、严格落实普法计划，营造法治氛围\n开展普法活动50场。\n"
        "四、着力解决群众反映强烈的突出问题\n化解纠纷80件。\n"
        "五、存在的问题，原因分析\n执法力量不足。\n"
        "六、2024年工作打算：一是加强学法，二是规范执法\n"
    )
    assert [kind for kind, _, _ in outline] == [
        "measures",
        "measures",
        "measures",
        "measures",
        "shortcomings",
        "plans",
    ]


def test_a_duties_heading_with_a_comma_is_still_duties() -> None:
    """…第一责任人职责，加强法治政府建设的有关情况 names the duties section."""
    heading = "2024年度党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况"
    assert classify_heading(heading) is fzbg.SectionKind.DUTIES


def test_plans_heading_ending_in_a_colon() -> None:
    """2025年重点工作： alone on its line opens the plans, colon and all."""
    outline = _outline(
        "一、主要举措和成效\n（一）加强组织领导。\n"
        "2025年重点工作：\n一是加强学法用法；二是规范执法行为。\n"
    )
    assert outline == [("measures", "一、主要举措和成效", 1), ("plans", "2025年重点工作", 2)]


def test_topic_headings_opening_with_a_verb_are_measures() -> None:
    """补齐执法短板 and 科学安排部署 are topics of the year's work, not shortcomings or plans."""
    outline = _outline(
        "一、补齐执法短板\n开展执法培训3期。\n"
        "二、科学安排部署\n召开专题会议2次。\n"
        "三、存在的不足\n执法力量不足。\n"
        "四、2024年工作安排\n加强学法用法。\n"
    )
    assert [kind for kind, _, _ in outline] == ["measures", "measures", "shortcomings", "plans"]


@pytest.mark.parametrize("zero", ["〇", "零", "O", "0", "○"])
def test_a_year_in_chinese_digits_with_a_typed_zero(zero: str) -> None:
    """二O二四年: the letter O, the digit 0 or a circle where the zero 〇 belongs."""
    title = f"青山县人民政府关于二{zero}二三年度法治政府建设情况的报告"
    closing = f"特此报告。\n青山县人民政府\n二{zero}二四年一月十五日\n"
    report = fzbg.parse_report(
        f"{title}\n2023年，我县坚持依法行政。\n一、主要举措和成效\n"
        f"（一）加强组织领导。召开专题会议4次。\n{closing}"
    )
    assert (report.year, report.signed) == (2023, dt.date(2024, 1, 15))


def test_a_signing_date_in_brackets_is_the_closing_and_the_signed_date() -> None:
    """（2024年1月10日） under the signature ends the report, not its last item."""
    body = (
        "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
        "二、下一步工作计划\n（一）加强学习。\n某某市市场监督管理局\n（2024年1月10日）\n"
    )
    report = fzbg.parse_report(f"某某市市场监督管理局2023年度法治政府建设情况报告\n{body}")
    assert report.signed == dt.date(2024, 1, 10)
    assert report.sections[-1].text.endswith("加强学习。")


_BODY = (
    "区人民政府：\n"
    "2023年，我街道坚持以习近平法治思想为指导。现将有关情况报告如下：\n"
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    "二、存在的不足\n一是执法力量不足。\n"
    "三、下一步工作打算\n（一）持续推进依法行政。\n"
)


@pytest.mark.parametrize(
    ("date", "signed"),
    [
        ("2024年元月10日", dt.date(2024, 1, 10)),  # 元月 is January
        ("二〇二四年元月十日", dt.date(2024, 1, 10)),
        ("2024.1.10", dt.date(2024, 1, 10)),  # in digits, as a web copy types it
        ("2024-01-10", dt.date(2024, 1, 10)),
    ],
)
def test_signing_dates_the_genre_also_writes(date: str, signed: dt.date) -> None:
    """The date under the signature gives the signed date and opens no item of its own."""
    title = "东山街道2023年度法治政府建设情况报告"
    report = fzbg.parse_report(f"{title}\n{_BODY}东山街道办事处\n{date}\n")
    assert report.signed == signed
    assert report.closing == f"东山街道办事处\n{date}"
    assert report.plans[-1].text == "（一）持续推进依法行政。"


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("2023年东山街道法治政府建设工作情况", "东山街道"),
        ("东山街道2023年度法治政府建设情况", "东山街道"),
        ("东山街道法治政府建设工作情况", "东山街道"),  # no year: over the addressee line
    ],
)
@pytest.mark.parametrize("addressed", [True, False])  # else over the preamble's opening
def test_a_title_that_names_only_the_matter(title: str, issuer: str, addressed: bool) -> None:
    """A first line of the genre's words ending in 情况 is the title when it names the year
    or stands over the addressee or the preamble: not a heading that swallows the report."""
    body = _BODY if addressed else _BODY.split("\n", 1)[1]
    report = fzbg.parse_report(f"{title}\n{body}")
    assert (report.title, report.issuer, report.year) == (title, issuer, 2023)
    assert [s.kind.value for s in report.sections] == ["measures", "shortcomings", "plans"]


def test_a_heading_that_names_the_matter_below_the_title_stays_a_heading() -> None:
    """法治政府建设工作情况 under a title and its preamble is the measures' heading."""
    text = (
        "东山街道2023年度法治政府建设情况报告\n"
        "2023年，我街道坚持以习近平法治思想为指导。\n"
        "法治政府建设工作情况\n（一）加强组织领导。\n（二）规范行政执法。\n"
        "存在的问题\n一是执法力量不足。\n"
    )
    report = fzbg.parse_report(text)
    assert report.title == "东山街道2023年度法治政府建设情况报告"
    assert _outline(text)[0] == ("measures", "法治政府建设工作情况", 2)


@pytest.mark.parametrize("between", ["", " ", "。", ":"])
def test_a_first_point_run_on_after_its_heading(between: str) -> None:
    """三、2024年工作安排（一）持续推进…: the heading ends where its first point starts."""
    text = (
        "东山街道2023年度法治政府建设情况报告\n"
        "一、主要举措和成效\n（一）加强组织领导。\n"
        f"二、2024年工作安排{between}（一）持续推进依法行政。\n（二）加强队伍建设。\n"
    )
    plans = fzbg.parse_report(text).sections[-1]
    assert plans.heading == "二、2024年工作安排"
    assert [i.title for i in plans.items] == ["持续推进依法行政", "加强队伍建设"]


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("关于报送东山街道2023年度法治政府建设情况报告的函", "东山街道"),
        ("东山街道关于报送2023年度法治政府建设工作情况的函", "东山街道"),
        ("关于上报东山街道2023年度法治政府建设情况的报告", "东山街道"),
    ],
)
def test_the_letter_a_report_is_sent_with(title: str, issuer: str) -> None:
    """A title 关于报送…的函 is the title: the issuer is the body it names, not 报送, and
    the report's own headings stay sections (not items of a heading made of the title)."""
    text = (
        f"{title}\n区委依法治区办：\n"
        "现将《东山街道2023年度法治政府建设情况报告》报送给你们，请审阅。\n"
        "东山街道办事处\n2024年1月20日\n"
        "东山街道2023年度法治政府建设情况报告\n" + _BODY.split("\n", 2)[2]
    )
    report = fzbg.parse_report(text)
    assert (report.title, report.issuer, report.year) == (title, issuer, 2023)
    assert [s.kind.value for s in report.sections] == ["measures", "shortcomings", "plans"]


def test_section_headings_numbered_with_a_comma() -> None:
    """一，主要举措 (a typist's or OCR's comma for 、) numbers a section; 一,二,三 does not."""
    text = (
        "东山街道2023年度法治政府建设情况报告\n"
        "一，主要举措和成效\n（一）加强组织领导。\n一,二,三\n"
        "二，存在的不足和原因\n一是执法力量不足。\n"
        "三，下一步工作打算\n（一）持续推进依法行政。\n"
    )
    assert [(kind, n) for kind, _, n in _outline(text)] == [
        ("measures", 1),
        ("shortcomings", 1),
        ("plans", 1),
    ]


@pytest.mark.parametrize(
    ("preamble", "issuer"),
    [
        ("今年以来，东山镇坚持以习近平法治思想为指导，扎实推进法治政府建设。", "东山镇"),
        ("一年来，在区委、区政府的正确领导下，东山街道深入推进依法行政。", "东山街道"),
        ("近年来，东山县司法局认真贯彻落实上级决策部署。", "东山县司法局"),
        ("根据要求，现就东山镇2021年度法治政府建设工作报告如下。", "东山镇"),
        ("今年以来，我镇坚持以习近平法治思想为指导。", None),  # 我镇 names no body
    ],
)
def test_the_issuer_from_an_opening_without_the_years_number(
    preamble: str, issuer: str | None
) -> None:
    """今年以来, 一年来, 近年来 open the sentence that names the body as 2023年 does; 现就
    names the report as 现将 does."""
    report = fzbg.parse_report(f"{preamble}\n一、主要举措和成效\n（一）加强组织领导。\n")
    assert report.issuer == issuer


@pytest.mark.parametrize(
    "line",
    [
        "来源：东山街道办事处 2024-03-28",
        "来源：东山街道办事处 2024-03-28 09:10",
        "作者：张三 2024年3月28日",
    ],
)
def test_a_date_after_a_fields_value_is_the_pages_date(line: str) -> None:
    """来源:… 2024-03-28 under the title: the source, then the page's date (published)."""
    report = fzbg.parse_report(
        f"东山街道2023年度法治政府建设情况报告\n{line}\n" + _BODY.split("\n", 1)[1]
    )
    assert report.published == dt.date(2024, 3, 28)
    assert line not in report.text


def test_a_report_written_as_prose_has_the_sections_its_paragraphs_turn_to() -> None:
    """No heading at all: the measures, then what fell short and what comes next, each a
    section without a heading; the report still says it found no headings."""
    report = fzbg.parse_report(
        "东山镇2023年度法治政府建设工作报告\n"
        "2023年，东山镇坚持以习近平法治思想为指导。现将有关情况报告如下：\n"
        "在加强组织领导方面，镇党委召开专题会议4次。\n"
        "在法治宣传方面，开展普法活动20场次。\n"
        "当前，我镇法治政府建设还存在一些问题：一是执法力量不足；二是宣传不够。\n"
        "下一步，我镇将继续全面推进依法行政。\n"
        "东山镇人民政府\n2024年1月10日\n"
    )
    assert [(s.kind.value, s.heading, len(s.items)) for s in report.sections] == [
        ("measures", None, 0),
        ("shortcomings", None, 2),
        ("plans", None, 0),
    ]
    assert report.preamble.endswith("报告如下：")
    assert report.signed == dt.date(2024, 1, 10)
    assert "no-sections" in [d.code for d in report.diagnostics]

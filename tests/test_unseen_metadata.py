"""Metadata of report openings of kinds not met before, on invented text.

A title given only as a field of the site's table (标题:某县…报告, the body below with
no title line of its own); a year stated only as 今年以来 or 一年来; OCR's slips in a
title and its dates (法冶, 报吿, 2O23).
"""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg
from fzbg.genre.levels import level_of
from fzbg.text.normalize import fold, normalize

_REST = (
    "一、主要举措和成效\n（一）强化组织保障。召开专题会议5次。\n"
    "二、存在的不足和原因\n一是培训不够全面；二是力量较为薄弱。\n"
    "三、下一步工作安排\n（一）持续规范行政执法。\n"
)


@pytest.mark.parametrize(
    ("above", "label", "title", "issuer"),
    [
        ("", "标题：", "枫林县2023年法治政府建设年度报告", "枫林县"),
        ("", "文章标题：", "石溪镇2023年度法治政府建设情况报告", "石溪镇"),
        ("", "题目：", "石溪镇2023年度法治政府建设工作总结", "石溪镇"),
        ("", "【标题】", "石溪镇人民政府2023年法治政府建设年度报告", "石溪镇人民政府"),
        ("索引号：114100/2024-00031\n", "名    称：",
         "云泽市人民政府关于2023年度法治政府建设情况的报告", "云泽市人民政府"),
    ],
)  # fmt: skip
def test_a_title_given_only_as_a_field_is_the_title(
    above: str, label: str, title: str, issuer: str
) -> None:
    """A site's field table may hold the only title: its value is the title, in the text."""
    head = f"{above}{label}{title}\n发布日期：2024年03月29日\n来源：某某网\n"
    report = fzbg.parse_report(f"{head}\n2023年，我们坚持以习近平法治思想为指导。\n{_REST}")
    assert (report.title, report.issuer, report.year) == (title, issuer, 2023)
    assert report.published == dt.date(2024, 3, 29)
    assert report.text.count(title) == 1


def test_a_title_field_over_the_title_line_leaves_the_title_line_the_title() -> None:
    """A field table's 名称 over the document's own title line: the title line is the title."""
    text = (
        "名称：关于2023年度法治政府建设情况的报告\n发布日期：2024-03-29\n"
        "云泽市人民政府关于2023年度法治政府建设情况的报告\n\n2023年，云泽市坚持依法行政。\n"
    )
    report = fzbg.parse_report(text + _REST)
    assert report.title == "云泽市人民政府关于2023年度法治政府建设情况的报告"
    assert report.published == dt.date(2024, 3, 29)


@pytest.mark.parametrize(
    ("head", "tail", "year"),
    [
        ("发布时间：2024-02-20\n\n今年以来，", "", 2023),
        ("\n一年来，", "北坪县交通运输局\n2024年1月16日\n", 2023),
        ("\n今年以来，", "南坪镇人民政府\n2023年12月20日\n", 2023),
        ("\n过去一年，", "南坪镇人民政府\n2023年8月20日\n", None),  # mid-year: no telling
        ("\n近年来，", "南坪镇人民政府\n2024年1月16日\n", None),  # several years
        ("\n今年以来，", "", None),  # nothing dated
        ("\n今年来，", "南坪镇人民政府\n2024年1月9日\n", 2023),  # 以 left out
    ],
)
def test_a_year_said_as_this_year_is_the_year_its_dates_close(
    head: str, tail: str, year: int | None
) -> None:
    """今年以来 with no number: a date early in a year closes the year before it."""
    text = f"法治政府建设工作情况报告\n{head}我们扎实推进依法行政。\n{_REST}\n{tail}"
    assert fzbg.parse_report(text).year == year


@pytest.mark.parametrize(
    ("title", "issuer", "year"),
    [
        ("柳河县2023年法冶政府建设年度报告", "柳河县", 2023),  # 冶 for 治
        ("柳河县2023年法治政府建设年度报吿", "柳河县", 2023),  # 吿, the old form of 告
        ("柳河县2O23年法治政府建设年度报告", "柳河县", 2023),  # O for 0
        ("柳河县人民政府关于2O2l年度法治政府建设情况的报告", "柳河县人民政府", 2021),  # l for 1
    ],
)
def test_a_title_with_ocr_slips_keeps_its_words(title: str, issuer: str, year: int) -> None:
    """OCR's slips in a scanned title: the title is kept as written, and read as meant."""
    report = fzbg.parse_report(f"{title}\n\n根据要求，现将有关情况报告如下。\n{_REST}")
    assert (report.title, report.issuer, report.year) == (title, issuer, year)


def test_a_signing_date_with_ocr_slips_is_read() -> None:
    """2O24年1月l8日 under a scanned report: the signer and the date are read."""
    head = "2023年法治政府建设年度报告\n\n2023年，我镇推进法治建设。\n"
    text = f"{head}{_REST}\n清水镇人民政府\n2O24年1月l8日\n"
    report = fzbg.parse_report(text)
    assert (report.issuer, report.signed) == ("清水镇人民政府", dt.date(2024, 1, 18))


def test_a_word_misread_by_ocr_is_read_in_the_view_only() -> None:
    """The view reads 法冶 as 法治, and the text keeps what the scan said."""
    text = "柳河县法冶政府建设年度报告\n冶金企业"
    assert fold(normalize(text)) == "柳河县法治政府建设年度报告\n冶金企业"
    assert fold("法冶（一）") == "法治(一)"


def test_a_title_closed_with_another_bracket_is_unwrapped() -> None:
    """《…） around a title, as a typist or OCR closes it, is taken off as 《…》 is."""
    text = "《雲山縣2022年度法治政府建設情況報告）\n\n2022年，雲山縣堅持依法行政。\n"
    report = fzbg.parse_report(text + _REST)
    assert (report.title, report.issuer) == ("雲山縣2022年度法治政府建設情況報告", "雲山縣")


def test_a_department_signing_with_its_party_group_is_a_department() -> None:
    """中共某局党组 over 某局 under the text: the department's level, not none."""
    tail = "中共溪口县水利局党组\n溪口县水利局\n2024年1月10日\n"
    report = fzbg.parse_report(
        f"2023年度法治政府建设情况报告\n\n2023年，我局坚持依法行政。\n{_REST}\n{tail}"
    )
    assert (level_of(report.issuer), report.signed) == ("department", dt.date(2024, 1, 10))


@pytest.mark.parametrize(
    ("head", "title", "gone"),
    [
        # a title field with fields after it on its line
        ("标题：北溪县2023年法治政府建设年度报告  发布时间：2024-03-28  浏览次数：37\n",
         "北溪县2023年法治政府建设年度报告", "浏览次数"),
        # a date opening a line of fields above the title, its label left off
        ("2024年03月28日 10:21  来源：北溪县司法局\n北溪县2023年度法治政府建设情况报告\n",
         "北溪县2023年度法治政府建设情况报告", "来源"),
        # a labelled date after the title on its line
        ("北溪县2023年法治政府建设年度报告 发布时间：2024-03-28\n",
         "北溪县2023年法治政府建设年度报告", "发布时间"),
        # a date in brackets after the title, as a site's list shows it
        ("北溪县2023年法治政府建设工作报告 [2024-03-28]\n",
         "北溪县2023年法治政府建设工作报告", "["),
        # ...or after a space, with no brackets
        ("北溪县2023年法治政府建设工作报告  2024-03-28\n",
         "北溪县2023年法治政府建设工作报告", "2024-03-28"),
        ("北溪县2023年法治政府建设工作报告 2024/3/28\n",
         "北溪县2023年法治政府建设工作报告", "2024/3/28"),
        # ...with the body that posted it between, as a list's columns set them
        ("北溪县司法局2023年法治政府建设工作报告 北溪县司法局 2024-03-28\n",
         "北溪县司法局2023年法治政府建设工作报告", "2024-03-28"),
        ("北溪县2023年法治政府建设工作报告  北溪县人民政府办公室  2024/03/28\n",
         "北溪县2023年法治政府建设工作报告", "2024/03/28"),
    ],
)  # fmt: skip
def test_the_page_date_beside_a_title_is_read_and_cut(head: str, title: str, gone: str) -> None:
    """The page's date on a title's line or above it: the title, and the date, read."""
    report = fzbg.parse_report(f"{head}\n2023年，北溪县全面推进法治政府建设。\n{_REST}")
    assert (report.title, report.published) == (title, dt.date(2024, 3, 28))
    assert gone not in report.text


def test_the_documents_own_date_under_its_title_is_no_page_date() -> None:
    """（2024年3月5日） after a title says 年: the document's own date, not the page's."""
    text = f"北溪县法治政府建设年度报告（2024年3月5日）\n\n2023年，北溪县坚持依法行政。\n{_REST}"
    assert fzbg.parse_report(text).published is None


def test_a_year_said_as_this_year_is_the_year_before_the_plans() -> None:
    """今年以来 over plans for 2024 (三、2024年工作打算): the report is on 2023."""
    rest = _REST.replace("三、下一步工作安排", "三、2024年工作打算")
    report = fzbg.parse_report(f"法治政府建设工作报告\n\n今年以来，丰源镇坚持依法行政。\n{rest}")
    assert (report.year, report.plan_year, report.issuer) == (2023, 2024, "丰源镇")


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        ("丰源县林业局（印）\n2024年1月22日\n", "丰源县林业局"),
        ("丰源县林业局(盖章)\n2024年1月22日\n", "丰源县林业局"),
        ("丰源县林业局（代章）\n2024年1月22日\n", "丰源县林业局"),  # a unit's seal for it
    ],
)
def test_a_signature_with_its_seal_in_words_names_the_issuer(closing: str, signer: str) -> None:
    """A seal written after the signer's name, （印） or （盖章）, is no part of it."""
    text = f"2023年法治政府建设年度报告\n\n2023年，我局推进依法行政。\n{_REST}\n{closing}"
    report = fzbg.parse_report(text)
    assert (report.issuer, report.signed) == (signer, dt.date(2024, 1, 22))


def test_an_addressee_with_a_space_before_its_colon_is_read() -> None:
    """县人民政府 ： as a typist spaces it is the addressee line."""
    head = "丰源县司法局2023年度法治政府建设情况报告\n\n  县人民政府 ：\n"
    report = fzbg.parse_report(f"{head}2023年，县司法局坚持依法行政。\n{_REST}")
    assert report.addressee == "县人民政府"


@pytest.mark.parametrize(
    "line",
    [
        "「鳳城市2020年法治政府建設年度報告」",  # corner quotes, as traditional script sets
        "『鳳城市2020年法治政府建設年度報告』",
        "鳳城市2020年法治政府建設年度報告。",  # a stop typed after the title
    ],
)
def test_a_title_in_corner_quotes_or_with_a_stop_is_read(line: str) -> None:
    """The marks a title is typed with, around it or after it, are no part of it."""
    report = fzbg.parse_report(f"{line}\n\n2020年，鳳城市堅持依法行政。\n{_REST}")
    assert (report.title, report.issuer, report.year) == (
        "鳳城市2020年法治政府建設年度報告",
        "鳳城市",
        2020,
    )


def test_a_sentence_with_a_stop_below_a_title_is_no_title() -> None:
    """Only the first line may be a title typed with a stop: below it stands the preamble."""
    text = f"法治政府建设工作报告\n为推进法治政府建设形成年度报告。\n{_REST}"
    assert fzbg.parse_report(text).title == "法治政府建设工作报告"


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("松岭市税务局近年来依法行政工作情况的报告", "松岭市税务局"),
        ("北溪县人民政府近三年法治政府建设情况报告", "北溪县人民政府"),
        ("长林区司法局本届政府以来法治政府建设工作报告", "长林区司法局"),
    ],
)
def test_a_title_over_several_years_names_its_body(title: str, issuer: str) -> None:
    """A report on the years since a date names no year, but its body all the same."""
    report = fzbg.parse_report(f"{title}\n近年来，我们坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer) == (title, issuer)


_MEASURES = (
    "2023年，北溪县坚持依法行政。\n一、主要举措\n全年学法12次。\n二、存在的不足\n宣传不够。\n"
)


@pytest.mark.parametrize(
    ("title", "plans", "plan_year"),
    [
        # the title names the plans' year after the report's
        (
            "北溪县2023年度法治政府建设情况报告及2024年工作计划",
            "三、下一步工作打算\n继续推进。",
            2024,
        ),
        (
            "北溪县2023年法治政府建设工作报告和2024年工作方案",
            "三、下一步工作打算\n继续推进。",
            2024,
        ),
        # the plans' text opens with it, under a heading that names none
        (
            "北溪县2023年度法治政府建设情况报告",
            "三、下一步工作打算\n2024年，我县将继续推进。",
            2024,
        ),
        (
            "北溪县2023年度法治政府建设情况报告",
            "三、下一步工作打算\n（一）2024年，继续推进。",
            2024,
        ),
        # ...and where neither says it, none
        (
            "北溪县2023年度法治政府建设情况报告",
            "三、下一年度工作安排\n新的一年，我县将继续推进。",
            None,
        ),
    ],
)
def test_the_year_the_plans_are_for_where_the_report_states_it(
    title: str, plans: str, plan_year: int | None
) -> None:
    report = fzbg.parse_report(f"{title}\n{_MEASURES}{plans}")
    assert (report.title, report.year, report.plan_year) == (title, 2023, plan_year)


def test_a_report_titled_as_its_documents_material_is_a_title() -> None:
    """…工作报告材料: a document's own name for itself, the title all the same."""
    title = "北溪县司法局依法行政工作报告材料"
    report = fzbg.parse_report(f"{title}\n2023年，我局坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer) == (title, "北溪县司法局")


@pytest.mark.parametrize("lead", ["根据", "按照", "依据"])
def test_a_name_ends_where_its_clause_goes_on(lead: str) -> None:
    """2023年,区府法制办根据区政府…工作重点推进…: the body is 区府法制办, not the clause."""
    opening = f"2023年，区府法制办{lead}区政府2023年工作重点推进依法行政。"
    assert fzbg.parse_report(f"{opening}\n{_REST}").issuer == "区府法制办"

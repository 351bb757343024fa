"""Metadata of report openings and closings of kinds not met before, on invented text.

A signing date with its year's last two digits only (24年1月26日, 二四年一月二十六日) or
with its weekday after it; a title whose year drops its 年 (某县2023法治…); a news
headline that puts its verb after the report's name (…报告发布, …报告出炉); signers that
are no government (国有林场, 农场, 监狱); the 主送 label on the addressee's line.
"""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg
from fzbg.genre.dates import parse_date

_REST = (
    "一、主要举措和成效\n（一）夯实工作基础。召开专题会议6次。\n"
    "二、存在的不足和原因\n一是学法形式较为单一；二是执法力量不足。\n"
    "三、下一步工作安排\n（一）持续规范行政执法。\n"
)


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("24年1月26日", dt.date(2024, 1, 26)),
        ("23年12月28日", dt.date(2023, 12, 28)),
        ("24年1月26曰", dt.date(2024, 1, 26)),  # 曰: how OCR reads 日
        ("二四年一月二十六日", dt.date(2024, 1, 26)),
        ("2024年1月26日（星期五）", dt.date(2024, 1, 26)),
        ("2024年2月2日 周五", dt.date(2024, 2, 2)),
    ],
)
def test_a_signing_date_with_a_short_year_or_a_weekday_dates_the_report(
    line: str, signed: dt.date
) -> None:
    """The year's last two digits, or a weekday after the date: still the signing date."""
    text = f"法治政府建设工作报告\n\n2023年，我镇坚持依法行政。\n{_REST}\n云岭镇人民政府\n{line}\n"
    report = fzbg.parse_report(text)
    assert (report.signed, report.issuer) == (signed, "云岭镇人民政府")


@pytest.mark.parametrize("words", ["近10年1月", "共124年", "1224年1月5日"])
def test_two_digits_before_a_year_inside_a_number_date_nothing(words: str) -> None:
    """Two digits read as a year only when no digit stands before them."""
    assert parse_date(words) is None


@pytest.mark.parametrize(
    ("title", "issuer", "year"),
    [
        ("云岭县农业农村局2022法治政府建设工作报告", "云岭县农业农村局", 2022),
        ("云岭区 2023 法治政府建设年度报告", "云岭区", 2023),
        ("云岭镇2024依法行政工作报告", "云岭镇", 2024),
    ],
)
def test_a_title_year_without_its_nian_dates_the_report(title: str, issuer: str, year: int) -> None:
    """A title's year that drops its 年 before the genre's words still names year and body."""
    report = fzbg.parse_report(f"{title}\n\n一年来，我们坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer, report.year) == (title, issuer, year)


@pytest.mark.parametrize(
    ("headline", "issuer"),
    [
        ("云岭县2023年度法治政府建设报告发布", "云岭县"),
        ("云岭镇2023年度法治政府建设情况报告公布", "云岭镇"),
        ("云岭县司法局2023年法治政府建设年度报告新鲜出炉", "云岭县司法局"),
        ("云岭区2023年法治政府建设年度报告来了！", "云岭区"),
        ("云岭市2023年法治政府建设工作报告全文", "云岭市"),
    ],
)
def test_a_headline_with_its_verb_after_the_report_is_the_title(headline: str, issuer: str) -> None:
    """A lone headline that names the report, then says it came out: the title, as written."""
    report = fzbg.parse_report(f"{headline}\n\n2023年，我们坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer, report.year) == (headline, issuer, 2023)


def test_a_headline_with_its_verb_after_over_the_report_s_own_title_is_cut() -> None:
    """The headline over a reposted report's own title is the story's, not the title."""
    head = "云岭县2023年度法治政府建设报告出炉\n云岭县2023年度法治政府建设情况报告\n"
    report = fzbg.parse_report(f"{head}\n2023年，云岭县坚持依法行政。\n{_REST}")
    assert report.title == "云岭县2023年度法治政府建设情况报告"
    assert "出炉" not in report.text


@pytest.mark.parametrize("tag", ["重磅：", "权威发布：", "一图读懂:"])
def test_a_tag_set_off_by_a_colon_before_a_whole_title_is_chrome(tag: str) -> None:
    """An account's tag with a colon before a whole title is cut; the title is the rest."""
    title = "云岭县2023年法治政府建设年度报告"
    report = fzbg.parse_report(f"{tag}{title}\n\n2023年，我县坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer) == (title, "云岭县")


@pytest.mark.parametrize(
    ("speaker", "signer"),
    [
        ("我场", "云岭国有林场"),
        ("我场", "云岭农场"),
        ("我狱", "云岭监狱"),
        ("我站", "云岭县动物疫病预防控制站"),
        ("公司", "云岭市城市建设投资集团有限公司"),
        ("集团", "云岭交通投资集团"),
    ],
)
def test_a_unit_that_governs_no_place_signs_as_the_issuer(speaker: str, signer: str) -> None:
    """A forest, a farm, a prison, a station or a state company under the text: the issuer."""
    text = (
        f"法治建设工作报告\n\n2023年，{speaker}坚持依法行政。\n{_REST}\n{signer}\n2024年1月10日\n"
    )
    report = fzbg.parse_report(text)
    assert (report.issuer, report.signed) == (signer, dt.date(2024, 1, 10))


def test_a_site_s_name_over_the_title_names_no_station() -> None:
    """A site's welcome line (…官方网站) over the title is chrome, not a body's name."""
    head = "欢迎访问云岭市司法局官方网站\n\n云岭市2023年度法治政府建设情况报告\n"
    report = fzbg.parse_report(f"{head}\n2023年，全市坚持依法行政。\n{_REST}")
    assert (report.title, report.issuer) == ("云岭市2023年度法治政府建设情况报告", "云岭市")


@pytest.mark.parametrize(
    ("line", "addressee"),
    [
        ("主送：县人民政府", "县人民政府"),
        ("主送机关：市委依法治市办，市司法局", "市委依法治市办，市司法局"),
        ("主送单位: 区人民政府", "区人民政府"),
    ],
)
def test_a_labelled_main_recipient_line_is_the_addressee(line: str, addressee: str) -> None:
    """The 主送 field of a 公文 above the preamble names the addressee, without its label."""
    text = f"云岭县司法局2023年法治政府建设工作报告\n\n{line}\n2023年，我局坚持依法行政。\n{_REST}"
    report = fzbg.parse_report(text)
    assert (report.addressee, report.issuer) == (addressee, "云岭县司法局")


@pytest.mark.parametrize("note", ["（2023）", "(2023)", "[2023]"])
def test_a_year_alone_in_brackets_after_the_title_dates_the_report(note: str) -> None:
    """A title noting its year in brackets without 年 is a title, and that year the report's."""
    title = f"云岭县法治政府建设年度报告{note}"
    report = fzbg.parse_report(f"{title}\n\n我县坚持依法行政，现将有关情况报告如下。\n{_REST}")
    assert (report.title, report.issuer, report.year) == (title, "云岭县", 2023)


@pytest.mark.parametrize("line", ["2024年l月26日", "2O24年l月26日", "2024年 l 月26日"])
def test_a_month_misread_as_a_letter_still_dates_the_signing(line: str) -> None:
    """OCR's l for the month's 1 (2024年l月26日), alone between 年 and 月: still a date."""
    text = f"法治政府建设工作报告\n\n2023年，我镇坚持依法行政。\n{_REST}\n云岭镇人民政府\n{line}\n"
    assert fzbg.parse_report(text).signed == dt.date(2024, 1, 26)


@pytest.mark.parametrize(
    "fields",
    ["发布时间：2024-02-05", "发布日期：2024-02-05 来源：云岭县司法局", "时间：2024-02-05"],
)
def test_a_page_field_glued_to_the_title_s_last_word_is_the_page_s(fields: str) -> None:
    """A title run on into its page's fields (…报告发布时间:…): the title, and its date."""
    title = "云岭县2023年法治政府建设年度报告"
    report = fzbg.parse_report(f"{title}{fields}\n\n2023年，云岭县坚持依法行政。\n{_REST}")
    assert (report.title, report.published) == (title, dt.date(2024, 2, 5))


def test_a_body_s_name_before_a_colon_is_no_tag() -> None:
    """A body's name set off by a colon before the title is the issuer's: never cut as a tag."""
    head = "云岭县司法局：2023年度法治政府建设工作报告"
    report = fzbg.parse_report(f"{head}\n\n2023年，我局坚持依法行政。\n{_REST}")
    assert "云岭县司法局" in report.text
    assert report.title != "2023年度法治政府建设工作报告"

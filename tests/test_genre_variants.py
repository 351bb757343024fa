"""Report styles of the genre that the sample reports do not show, one at a time.

Every text here is invented for its test: a short report written the way real ones vary
(years in Chinese numerals, a signature as the only place the issuer is named, …).
"""

from __future__ import annotations

import datetime as dt

import fzbg


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

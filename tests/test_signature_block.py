"""The signature block under a report: its signer and date in the shapes the genre writes.

Invented closings: the signer and the date run onto one line where a document's layout
was lost, a seal written out in words (（盖章）) beside or under the name, a date ending
in 号, a note on the date's line.  A report that speaks only as 我县 or 我局 is named by
its signature.
"""

from __future__ import annotations

import datetime as dt

import pytest

import fzbg

_BODY = (
    "2023年法治政府建设情况报告\n"
    "2023年，我单位坚持以习近平法治思想为指导，扎实推进依法行政。\n"
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    "二、存在的不足和原因\n一是执法力量不足。\n"
    "三、下一步工作打算\n（一）持续推进依法行政。\n"
)


@pytest.mark.parametrize(
    ("closing", "issuer", "signed"),
    [
        # the signer and the date on one line
        ("松岭县人民政府 2024年3月5日", "松岭县人民政府", dt.date(2024, 3, 5)),
        ("松岭县人民政府    2024年3月5日", "松岭县人民政府", dt.date(2024, 3, 5)),
        ("松岭县司法局二〇二四年三月五日", "松岭县司法局", dt.date(2024, 3, 5)),
        # the seal in words, under the name or beside it
        ("松岭县教育局\n（盖章）\n2024年2月10日", "松岭县教育局", dt.date(2024, 2, 10)),
        ("松岭县教育局（盖章）\n2024年2月10日", "松岭县教育局", dt.date(2024, 2, 10)),
        ("松岭镇人民政府\n（公章）\n2024年2月10日", "松岭镇人民政府", dt.date(2024, 2, 10)),
        # a date ending in 号
        ("松岭镇人民政府\n2024年1月10号", "松岭镇人民政府", dt.date(2024, 1, 10)),
        # a stop after the date, and 曰 where OCR misread the 日 of a scan
        ("松岭镇人民政府\n2024年1月10日。", "松岭镇人民政府", dt.date(2024, 1, 10)),
        ("松岭镇人民政府\n2024.01.10.", "松岭镇人民政府", dt.date(2024, 1, 10)),
        ("松岭镇人民政府\n2024年1月10曰", "松岭镇人民政府", dt.date(2024, 1, 10)),
        ("松岭镇人民政府\n二〇二四年一月十曰", "松岭镇人民政府", dt.date(2024, 1, 10)),
        # a note closing the date's line
        ("松岭镇人民政府\n2024年1月10日（此件公开发布）", "松岭镇人民政府", dt.date(2024, 1, 10)),
        ("松岭镇人民政府\n2024年1月10日 (此件主动公开)", "松岭镇人民政府", dt.date(2024, 1, 10)),
        # the date above the signer, as some type it
        ("2024年1月22日\n松岭镇人民政府", "松岭镇人民政府", dt.date(2024, 1, 22)),
        ("特此报告。\n2024年1月22日\n松岭县司法局", "松岭县司法局", dt.date(2024, 1, 22)),
        ("2024年1月22日\n松岭县司法局\n（此件公开发布）", "松岭县司法局", dt.date(2024, 1, 22)),
    ],
)
def test_signature_blocks_the_genre_also_writes(closing: str, issuer: str, signed: dt.date) -> None:
    """The signer is the issuer, its date the signed date, and neither is the last plan's."""
    report = fzbg.parse_report(f"{_BODY}{closing}\n")
    assert (report.issuer, report.signed) == (issuer, signed)
    assert report.plans[-1].text == "（一）持续推进依法行政。"


def test_a_sentence_ending_in_a_date_signs_nothing() -> None:
    """A last line that is a sentence about a date is the report's, not a signature."""
    report = fzbg.parse_report(f"{_BODY}全县于2024年3月5日召开专题会议。\n")
    assert (report.issuer, report.signed) == (None, None)


@pytest.mark.parametrize(
    "closing",
    [
        "长林县水利局  局长 张明\n2024年1月22日",
        "长林县水利局\n局长：张明\n2024年1月22日",
        "长林县水利局  局长：张明  2024年1月22日",
        "特此报告。\n\n长林县水利局\n党组书记、局长：张明\n2024年1月22日",
    ],
)
def test_the_heads_post_and_name_beside_the_signer_are_read_past(closing: str) -> None:
    """A head who signs with the body (局长 张明) leaves the body the issuer, the date signed."""
    text = (
        "法治政府建设工作报告\n2023年，我局坚持依法行政。\n一、主要举措和成效\n"
        "（一）健全工作机制。召开会议4次。\n二、下一步工作安排\n（一）深化执法规范化建设。\n"
    )
    report = fzbg.parse_report(f"{text}{closing}\n")
    assert (report.issuer, report.signed) == ("长林县水利局", dt.date(2024, 1, 22))
    assert report.plans[-1].text == "（一）深化执法规范化建设。"


@pytest.mark.parametrize("under", ["", "\n2024年1月"])
def test_an_undated_signer_closes_the_report_and_names_its_issuer(under: str) -> None:
    """A report signed but not dated, or dated with no day, is closed by its signer."""
    text = (
        "2023年，我局深入推进法治政府建设。\n一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n"
        "二、存在的不足\n执法力量不足。\n三、下一步工作安排\n（一）持续推进依法行政。\n"
        f"长林县司法局{under}"
    )
    report = fzbg.parse_report(text)
    assert report.issuer == "长林县司法局"
    assert report.closing.startswith("长林县司法局")
    assert report.plans[-1].text == "（一）持续推进依法行政。"
    assert report.signed is None

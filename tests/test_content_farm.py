"""A report copied from a content farm's page that pastes several reports together.

Such a page heads each with a label (``篇一：``, ``【篇2】``, ``第1篇``) under its own
headline (``…年度报告范文（精选3篇）``): the label is page chrome, so the report's own
title under it is the title; a sentence that opens with the same words stays.
"""

from __future__ import annotations

import pytest

import fzbg

_TITLE = "青竹县人民政府关于2023年度法治政府建设情况的报告"
_BODY = (
    "2023年，我县深入推进法治政府建设，现将有关情况报告如下。\n"
    "一、主要举措和成效\n（一）健全制度体系。全年审查规范性文件12件。\n"
    "二、存在的不足和原因\n一是队伍力量薄弱；二是宣传不够深入。\n"
    "三、下一步工作打算\n（一）加强队伍建设。\n"
)


@pytest.mark.parametrize(
    "label", ["篇一：", "篇一:", "【篇一】", "篇2：", "第1篇：", "【第2篇】", "第一篇", "第二篇："]
)
@pytest.mark.parametrize("headline", ["", "2023年法治政府建设年度报告范文（精选3篇）\n"])
def test_a_reports_label_on_a_pasted_page_is_chrome(label: str, headline: str) -> None:
    report = fzbg.parse_report(f"{headline}{label}\n{_TITLE}\n{_BODY}")
    assert report.title == _TITLE
    assert report.issuer == "青竹县人民政府"
    assert any(label in d.text for d in report.debris)


def test_a_sentence_opening_with_the_words_stays() -> None:
    text = f"{_TITLE}\n{_BODY}".replace("（一）加强队伍建设。", "篇一：加强队伍建设。")
    report = fzbg.parse_report(text)
    assert "篇一：加强队伍建设。" in report.text


def test_the_sites_undated_name_for_the_essay_under_its_label_is_cut() -> None:
    """``第一篇`` / ``乡镇法治政府建设工作总结``: the site's name for it, not the report's title."""
    report = fzbg.parse_report(f"第一篇\n乡镇法治政府建设工作总结\n{_TITLE}\n{_BODY}")
    assert report.title == _TITLE
    assert any("乡镇法治政府建设工作总结" in d.text for d in report.debris)

"""A review verb that governs a list of objects: the list is what was reviewed.

``审查合同、协议及规范性文件39件`` counts reviews, not normative documents: the verb
governs every object, whether ``、``, 及, 和, 与 or 以及 joins them or none does (合同协议),
and at one place the review's cue wins over the last noun's.  Every text here is
invented for its test, in the genre's style.
"""

from __future__ import annotations

import pytest
from _figures import figure_keys as _keys


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("法律顾问全年审查合同、协议及规范性文件52件。", "52件"),
        ("全年审查县政府合同协议及规范性文件88件。", "88件"),
        ("全年審查市政府合同協議及規範性文件126件。", "126件"),
        ("司法局全年审核行政合同和规范性文件31份。", "31份"),
        ("审查镇政府协议与规范性文件共计17件。", "17件"),
        ("全年审查合同以及规范性文件合计64件。", "64件"),
        ("合法性审查街道合同协议、重大决策事项共计45件。", "45件"),
        ("全年审查合同、重大行政决策事项共23件。", "23件"),
    ],
)
def test_a_review_of_a_joined_list_counts_reviews(text: str, figure: str) -> None:
    assert _keys(text)[figure] == "legality-reviews"


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        # the verb is another's, or no review governs the noun
        ("全年制定合同示范文本及规范性文件12件。", "12件", "normative-documents"),
        ("清理合同及规范性文件30件。", "30件", "normative-documents"),
        ("全年出台重大行政决策事项9件。", "9件", "major-decisions"),
        ("对规范性文件进行备案审查,报备规范性文件8件。", "8件", "normative-documents"),
        ("开展公平竞争审查,审查合同及规范性文件14件。", "14件", None),
    ],
)
def test_a_list_no_review_governs_keeps_its_noun(text: str, figure: str, key: str | None) -> None:
    assert _keys(text)[figure] == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全年审查县政府规范性文件9件、重大行政决策3项、县政府合同140份,审查率100%。",
            {"9件": "legality-reviews", "3项": "legality-reviews", "140份": "legality-reviews"},
        ),
        (
            "审核规范性文件5件、重大决策事项2项、县政府及县政府办公室合同61份。",
            {"5件": "legality-reviews", "2项": "legality-reviews", "61份": "legality-reviews"},
        ),
        (
            "对部门印发的规范性文件4件、签订的合同协议25份进行合法性审查。",
            {"4件": "legality-reviews", "25份": "legality-reviews"},
        ),
        (
            "对县政府拟出台的规范性文件6件、重大行政决策2项开展合法性审查。",
            {"6件": "legality-reviews", "2项": "legality-reviews"},
        ),
    ],
)
def test_every_member_of_a_reviewed_series_counts_reviews(
    text: str, expected: dict[str, str]
) -> None:
    keys = _keys(text)
    assert {f: keys[f] for f in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series of what was issued is no review; a verb of its own ends the series
        (
            "全年出台规范性文件7件、重大行政决策4项。",
            {"7件": "normative-documents", "4项": "major-decisions"},
        ),
        (
            "审查合同20份、作出重大行政决策3项。",
            {"20份": "legality-reviews", "3项": "major-decisions"},
        ),
        (
            "对规范性文件3件进行清理,废止2件。",
            {"3件": "normative-documents"},
        ),
        ("审查合法性审查工作等5项重点工作。", {"5项": None}),
    ],
)
def test_a_series_no_review_governs_keeps_its_nouns(
    text: str, expected: dict[str, str | None]
) -> None:
    keys = _keys(text)
    assert {f: keys[f] for f in expected} == expected

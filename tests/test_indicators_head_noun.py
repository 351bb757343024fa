"""A figure whose clause names its subject by the head noun alone, the clause before in full.

``开展行政规范性文件清理,清理文件89件``: 文件 is the 规范性文件 just named; ``公布重大行政
决策事项目录,列入事项5项``: 事项 the decisions.  Every text here is invented for its test,
in the genre's style.
"""

from __future__ import annotations

import pytest
from _figures import figure_keys as _keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("开展行政规范性文件清理,清理文件64件,废止5件。", {"64件": "normative-documents"}),
        (
            "组织开展规范性文件专项清理,共清理文件812件,其中废止31件。",
            {"812件": "normative-documents"},
        ),
        ("全面清理县政府规范性文件,累计清理文件156件。", {"156件": "normative-documents"}),
        ("公布年度重大行政决策事项目录,列入事项7项。", {"7项": "major-decisions"}),
        ("编制重大行政决策事项目录,纳入事项4项,均履行法定程序。", {"4项": "major-decisions"}),
    ],
)
def test_a_head_noun_takes_the_subject_just_named(text: str, expected: dict[str, str]) -> None:
    keys = _keys(text)
    assert {f: keys[f] for f in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause before names no subject the noun heads, or counts one of its own
        ("开展合同清理,清理文件20件。", {"20件": None}),
        ("召开重大行政决策听证会,列入事项3项。", {"3项": None}),
        ("制定规范性文件5件,印发文件12件。", {"5件": "normative-documents", "12件": None}),
        ("开展规范性文件清理,发现问题8件。", {"8件": None}),
        ("开展行政规范性文件清理。全年收到文件30件。", {"30件": None}),
    ],
)
def test_a_head_noun_with_no_subject_before_keys_nothing(
    text: str, expected: dict[str, str | None]
) -> None:
    keys = _keys(text)
    assert {f: keys[f] for f in expected} == expected

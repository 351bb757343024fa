"""Letter-spaced lines: a title, headings and a date set apart by a PDF are closed up."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.model import DIAGNOSTIC_CODES
from fzbg.page import spacing
from fzbg.page.layout import recover_layout
from fzbg.page.spacing import close_up
from fzbg.text.normalize import fold

sys.path.insert(0, str(Path(__file__).parent / "property"))
from report_strategies import LETTER_GAPS, letter_space

BODY = """\
2023年,某某县深入学习贯彻习近平法治思想,扎实推进法治政府建设,现将有关情况报告如下:
{h1}
(一)加强组织领导。县政府召开常务会议专题研究法治政府建设工作4次,审查行政合同37份。
(二)推进依法决策。全年审查重大决策事项12件,合法性审查率达到100%。
{h2}
一是法治宣传形式较为单一;二是执法队伍专业化水平有待提高。
{h3}
(一)持续加强学习。组织开展集中学法活动6次。
特此报告。
{signer}
{date}"""

PLAIN = {
    "title": "某某县人民政府\n关于2023年度法治政府建设情况的报告",
    "h1": "一、主要举措和成效",
    "h2": "二、存在的不足",
    "h3": "三、下一步工作打算",
    "signer": "某某县人民政府",
    "date": "2024年1月15日",
}


def _report(spaced: dict[str, str]) -> str:
    parts = {**PLAIN, **spaced}
    return parts["title"] + "\n" + BODY.format(**parts)


def _shape(report: fzbg.Report) -> tuple[object, ...]:
    return (
        report.title,
        report.issuer,
        report.year,
        report.signed,
        [(s.kind, s.heading) for s in report.sections],
        [(q.value, q.unit) for q in report.quantities],
    )


@pytest.mark.parametrize("gap", LETTER_GAPS)
@pytest.mark.parametrize("digits", [True, False])
def test_a_report_whose_title_headings_and_date_are_spaced_parses_like_the_plain_one(
    gap: str, digits: bool
) -> None:
    """Spaced by one space, two, an ideographic space or a tab, digits too or not."""
    spaced = {
        key: "\n".join(letter_space(line, gap, digits) for line in value.split("\n"))
        for key, value in PLAIN.items()
    }
    report = fzbg.parse_report(_report(spaced))
    assert _shape(report) == _shape(fzbg.parse_report(_report({})))
    assert report.title == PLAIN["title"]
    assert [s.kind for s in report.sections] == [
        fzbg.SectionKind.MEASURES,
        fzbg.SectionKind.SHORTCOMINGS,
        fzbg.SectionKind.PLANS,
    ]
    assert "layout-unspaced" in {d.code for d in report.diagnostics}


def test_only_the_spaced_lines_are_spaced() -> None:
    """A report with only its headings spaced: the body's text comes through as written."""
    spaced = {key: letter_space(PLAIN[key], " ", True) for key in ("h1", "h2", "h3")}
    report = fzbg.parse_report(_report(spaced))
    assert report.text == fzbg.parse_report(_report({})).text
    (note,) = [d for d in report.diagnostics if d.code == "layout-unspaced"]
    assert note.message.startswith("closed up 3 letter-spaced lines")


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("某 某 县 人 民 政 府", "某某县人民政府"),
        (
            "关 于 2 0 2 3 年 度 法 治 政 府 建 设 情 况 的 报 告",
            "关于2023年度法治政府建设情况的报告",
        ),
        ("关 于 2023 年 度 法 治 政 府 建 设", "关于2023年度法治政府建设"),
        ("2 0 2 4 年 1 月 1 5 日", "2024年1月15日"),
        ("2024 年 1 月 15 日", "2024年1月15日"),
        ("一、主 要 举 措 和 成 效", "一、主要举措和成效"),  # a marker, then spaced words
        ("一、 主 要 举 措 和 成 效", "一、主要举措和成效"),
        ("（ 一 ） 加 强 组 织 领 导", "（一）加强组织领导"),
        ("二\u3000、\u3000存\u3000在\u3000的\u3000不\u3000足", "二、存在的不足"),
        ("三\t、\t下\t一\t步", "三、下一步"),
        ("二 、 不 足", "二、不足"),
        ("某  某 县  人 民  政 府", "某某县人民政府"),  # laid out in columns: 1 and 2 spaces
        ("  四  、  其  他  ", "  四、其他  "),  # indentation and the line's end stay
        ("某县司法局    2 0 2 4 年 1 月", "某县司法局    2024年1月"),  # a wider gap: kept
    ],
)
def test_a_letter_spaced_run_is_closed_up(line: str, closed: str) -> None:
    """Four characters or more, each after the same spacing, are one word set apart."""
    notes: list[str] = []
    assert close_up(line, notes) == closed
    assert notes == [closed.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "Rule of Law Government Annual Report",  # Latin words
        "P D F",
        "全年共办理 2023 年度案件 12 件",  # a number and its word
        "张  三",  # a name padded to width
        "组  长:张  三    副组长:李  四",
        "序号  项目  数量  备注",  # a table's row of longer cells
        "1  2  3  4  5",  # a row of numbers
        "- 3 -",  # page furniture
        "— 12 —",
        "第 4 页 共 9 页",
        "发布时间: 2024-01-20 10:00  来源: 县司法局",  # a field line
        "打印 关闭 分享到: 微信 微博",
        "前 言 一",  # three characters alone: too little evidence
        "一 二    三 四",  # the spacing differs
        "一\u3000二 三\t四",  # an ideographic space, a space, a tab: no one spacing
        "开展 法治 宣传 活动 12 次",  # words of two characters
    ],
)
def test_what_is_spaced_on_purpose_is_left_alone(line: str) -> None:
    """Latin words, numbers, padded names, table rows and page furniture keep their spaces."""
    notes: list[str] = []
    assert close_up(line, notes) == line
    assert notes == []


def test_recover_layout_notes_what_it_closed_up() -> None:
    """The diagnostic counts the lines and shows the first of them closed up."""
    text, notes = recover_layout("二 、 存 在 的 不 足\n一是宣传形式单一。")
    assert text == "二、存在的不足\n一是宣传形式单一。"
    assert [d.code for d in notes] == ["layout-unspaced"]
    assert notes[0].message == "closed up 1 letter-spaced lines, as at: 二、存在的不足"
    assert "layout-unspaced" in DIAGNOSTIC_CODES


def test_a_long_spaced_line_closes_up() -> None:
    """A huge spaced line is closed up in one pass (the bench times it)."""
    line = "一 二 三 " * 1000
    assert close_up(line, []) == "一二三" * 1000 + " "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("云 溪 县\n关 于 2 0 2 4 年 度 法 治 政 府", "云溪县\n关于2024年度法治政府"),  # a title
        ("云 溪 县\n\n2 0 2 5 年 1 月 1 0 日", "云溪县\n\n2025年1月10日"),  # signer, date
        ("二、2 0 2 5 年 度 主 要\n安 排", "二、2025年度主要\n安排"),  # a heading's wrap
        ("云 溪 县\n县政府召开会议4次。", "云 溪 县\n县政府召开会议4次。"),  # nothing beside
        ("张  三\n二 、 存 在 的 不 足", "张  三\n二、存在的不足"),  # another gap: a name
        ("云 溪  县\n某  某 县  人 民  政 府", "云溪县\n某某县人民政府"),  # laid out in columns
    ],
)
def test_a_short_line_set_apart_closes_beside_a_line_closed_up(text: str, expected: str) -> None:
    """Two or three characters set apart close up only beside a line with the same gap."""
    assert close_up(text, []) == expected


_PLAIN_SPACED = re.compile(rf"{spacing._UNIT}(?:[ \t\u3000]+{spacing._UNIT}){{3}}")


@settings(max_examples=1000, deadline=None)
@given(
    st.text(alphabet="法治一二、(1)ab-.。,\n \u3000\t", max_size=24),
    st.integers(0, 80),
)
def test_the_run_of_gaps_tried_where_it_starts_finds_what_one_scan_finds(
    text: str, padding: int
) -> None:
    """_spaced (each run of gaps tried by find, or one scan when gaps are many) says of a
    folded view what the plain pattern, four units each after a gap, says."""
    for view in (fold(text), fold("法" * padding + text)):
        expected = _PLAIN_SPACED.search(view) is not None
        assert spacing._spaced(view) is expected
        assert spacing._spaced_scan(view) is expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789 .,:;%\u3000\t", max_size=40))
def test_a_line_with_no_unit_but_digits_and_stops_closes_nothing(line: str) -> None:
    """What lets close_up pass over such a line unread: read, it closes no gap."""
    view = fold(line)
    assert spacing._closed_gaps(view, line) == []
    assert close_up(line, []) == line


# --- the run's gaps compared as they grow, held to the plain comparison of sets ---------


def _plain_closed_gaps(line: str, original: str) -> list[tuple[int, int]]:
    """``spacing._closed_gaps`` as first written: the run's gaps as a set, compared whole."""
    gaps = [
        (found.start(), found.end())
        for found in spacing._GAP.finditer(line)
        if found.start() > 0 and found.end() < len(line)
    ]
    edges = [0, *(edge for gap in gaps for edge in gap), len(line)]
    words = [line[edges[k] : edges[k + 1]].strip() for k in range(0, len(edges), 2)]
    written = [original[start:end] for start, end in gaps]
    closed: list[tuple[int, int]] = []
    first = 0
    run = set(written[:1])
    for k in range(1, len(gaps) + 1):
        unit = k < len(gaps) and (
            (len(words[k]) == 1 and spacing._SINGLE.match(words[k]) is not None)
            or spacing._NUMBER.fullmatch(words[k]) is not None
        )
        if unit and spacing._alike(run | {written[k]}):
            run.add(written[k])
            continue
        glued = spacing._run(words[first : k + 1])
        if glued is not None:
            closed += gaps[first + (not glued[0]) : k - (not glued[1])]
        first, run = k, set(written[k : k + 1])
    return closed


_GAP_PIECES = (" ", "  ", "   ", "\u3000", "\t", " \u3000", "二", "、", "存", "在", "一、主",
               "2023", "1", "5", ".", "%", "15.6%", "年", "ab", "(", ")", "《", "-")  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=30).map("".join))
def test_the_gaps_compared_as_the_run_grows_are_the_plain_sets(original: str) -> None:
    line = fold(original)
    assert spacing._closed_gaps(line, original) == _plain_closed_gaps(line, original)

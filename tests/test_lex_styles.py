"""The marker styles table and the marker shapes of genre.markers.

Every marker pattern of lex is built from :data:`fzbg.lex.styles.STYLES`, one row per
style, and from the numerals of :mod:`fzbg.genre.markers`; these tests hold each row to
the markers of the genre it stands for.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fzbg
from fzbg.genre.markers import CN_DIGITS, LAST, MARKED, cn_ordinal, read_arabic, read_cn
from fzbg.lex import lines as lex_module
from fzbg.lex.lines import lex, run_in_markers
from fzbg.lex.styles import BY_STYLE, OPENERS, RUN_IN_ORDER, RUN_ON, STYLES, Style


def test_one_row_per_style() -> None:
    """Every style has exactly one row."""
    assert sorted(row.style for row in STYLES) == sorted(Style)


@pytest.mark.parametrize(
    ("line", "style", "ordinal", "marker"),
    [
        ("第二部分 工作情况", Style.PART, 2, "第二部分"),
        ("三、主要举措", Style.CN_DUN, 3, "三、"),
        ("十二,、加强领导", Style.CN_DUN, 12, "十二,、"),
        ("第四,加强学习", Style.DI, 4, "第四,"),
        ("其二、规范行政执法", Style.DI, 2, "其二、"),
        ("【二】存在的不足", Style.CN_BLOCK, 2, "【二】"),
        ("(五)规范执法", Style.CN_PAREN, 5, "(五)"),
        ("六)强化监督", Style.CN_PAREN, 6, "六)"),
        (")以政治建设为统领", Style.CN_PAREN, None, ")"),
        # A copy or OCR lost the closing bracket: the number stands before a word.
        ("(三加强执法监督", Style.CN_PAREN, 3, "(三"),
        ("( 十二完善制度", Style.CN_PAREN, 12, "( 十二"),
        ("(二、推进依法决策", Style.CN_PAREN, 2, "(二、"),
        ("7.开展培训", Style.AR_DUN, 7, "7."),
        # A typist's or OCR's comma or space for the 、, before words.
        ("2,规范行政执法", Style.AR_DUN, 2, "2,"),
        ("3 深化普法宣传", Style.AR_DUN, 3, "3 "),
        ("1 多元化解矛盾纠纷", Style.AR_DUN, 1, "1 "),  # 多 of a word, not of a count
        # A point numbered within its part reads as its second number.
        ("1.2 推进依法决策", Style.DECIMAL, 2, "1.2"),
        ("3.1、加强执法培训", Style.DECIMAL, 1, "3.1、"),
        ("4.2024年工作计划", Style.AR_DUN, 4, "4."),
        ("四.2024年工作计划", Style.CN_DUN, 4, "四."),
        ("(8)召开会议", Style.AR_PAREN, 8, "(8)"),
        ("⑨宣传普法", Style.CIRCLED, 9, "⑨"),
        # Lettered points under a numbered heading.
        ("A.推行一网通办", Style.LETTER, 1, "A."),
        ("B、优化营商环境", Style.LETTER, 2, "B、"),
        ("(c)强化监督", Style.LETTER, 3, "(c)"),
        ("d)开展培训", Style.LETTER, 4, "d)"),
        ("二十是加强督查", Style.SHI, 20, "二十是"),
    ],
)
def test_each_row_reads_its_markers_at_a_line_start(
    line: str, style: Style, ordinal: int | None, marker: str
) -> None:
    """A line opening with a style's marker lexes to that style and its number."""
    (found,) = lex(line)
    assert found.marker is not None
    assert (found.marker.style, found.marker.ordinal) == (style, ordinal)
    assert line[found.marker.start : found.marker.end] == marker


@pytest.mark.parametrize(
    "line",
    [
        "1.2万人次参加",
        "12.4宪法日",
        "一一、",
        "(一般程序案件",
        "(十分重视)",
        "第一次会议",
        "是否依法",
        "(2024)年",
        "3.2024元",
        # A count that a copy wrapped before its number, set apart by a space: 10 余人.
        "10 余人参加培训",
        "20 多人参加",
        "30 多场次",
        "12 名执法人员",
        # Letters of grades and lists of letters are no points.
        "AAA级信用企业12家",
        "A级纳税人评定",
        "A、B两类企业",
        "B超检查",
    ],
)
def test_lines_that_only_look_marked_have_no_marker(line: str) -> None:
    """Decimals, numerals that read as no number and words are no markers."""
    assert lex(line)[0].marker is None


@pytest.mark.parametrize(
    ("view", "style", "ordinals"),
    [
        ("加强领导,一是学习;二是落实。", Style.SHI, [1, 2]),
        # A stop lost before 二是 (a scan, a hurried writer); never 一是 after a word.
        ("加强领导,一是学习不够二是落实不力。", Style.SHI, [1, 2]),
        ("标准统一是关键,唯一是要求。", Style.SHI, []),
        # ...but after the body that does the points: its subject, no stop between
        ("今年以来,执法股一是学习;二是落实。", Style.SHI, [1, 2]),
        ("我们一是学习;二是落实。", Style.SHI, [1, 2]),
        ("工作如下。第一,学习,第二,落实。", Style.DI, [1]),  # not after a comma
        ("完成。1、立法;2、执法。", Style.AR_DUN, [1, 2]),
        ("完成。(一)立法;(二)执法。", Style.CN_PAREN, [1, 2]),
        ("完成。(1)立法;(2)执法。", Style.AR_PAREN, [1, 2]),
        ("完成:①立法;②执法。", Style.CIRCLED, [1, 2]),
        # Lettered points after a stop or a comma, maybe bracketed; not A.I. or 5A级.
        ("完成:A.立法;B.执法。", Style.LETTER, [1, 2]),
        ("完成,(a)立法;(b)执法。", Style.LETTER, [1, 2]),
        ("推进A.I.应用,创建5A级景区,B超筛查。", Style.LETTER, []),
        # Points counted in words, with their comma; 最后 is the last, numbered in its count.
        ("表现在:首先,立法;其次,执法;最后,普法。", Style.ORDER, [1, 2, LAST]),
        ("首先要加强学习,其次要落实。", Style.ORDER, []),
    ],
)
def test_each_run_in_row_finds_its_points(view: str, style: Style, ordinals: list[int]) -> None:
    """A style's run-in pattern finds its points after the stops the genre writes."""
    assert [m.ordinal for m in run_in_markers(view, style, 0, len(view))] == ordinals


def test_what_the_table_derives() -> None:
    """Run-on styles, the run-in order and the openers all come from the rows."""
    assert {Style.SHI, Style.DI, Style.ORDER} == RUN_ON
    assert RUN_IN_ORDER == (
        Style.SHI,
        Style.DI,
        Style.AR_DUN,
        Style.CN_PAREN,
        Style.AR_PAREN,
        Style.CIRCLED,
        Style.ORDER,
        Style.CN_DUN,
        Style.LETTER,
    )
    assert set("第()①⑳0123456789" + CN_DIGITS) <= OPENERS
    assert BY_STYLE[Style.PART].run_in is None


@pytest.mark.parametrize(
    ("line", "marked"),
    [
        ("一、主要举措", True),
        ("(一)加强领导", True),
        ("1.开展培训", True),
        ("第一部分 工作情况", True),
        ("1.5万人次", False),
        ("某某县司法局", False),
        ("2025年1月10日", False),
    ],
)
def test_the_page_knows_a_line_that_opens_like_a_marker(line: str, marked: bool) -> None:
    """The page head ends at a line that opens like a marker."""
    assert (MARKED.match(line) is not None) is marked


def test_every_marker_numeral_reads_the_same_looked_up() -> None:
    """read_cn, a table, agrees with cn_ordinal on every numeral a marker admits."""
    for size in (1, 2, 3):
        for digits in itertools.product(CN_DIGITS, repeat=size):
            numeral = "".join(digits)
            assert read_cn(numeral) == cn_ordinal(numeral)


@given(st.integers(1, 99))
def test_chinese_ordinals_round_trip(n: int) -> None:
    """The numeral written for 1 … 99 the way markers write it reads back as n."""
    tens, units = divmod(n, 10)
    numeral = (CN_DIGITS[tens - 1] if tens > 1 else "") + ("十" if tens else "")
    numeral += CN_DIGITS[units - 1] if units else ""
    assert cn_ordinal(numeral) == n
    assert read_arabic(str(n)) == n


_OPENING = "一二十第部分(), 、.:;。是①0123٣\t\u3000x\U00010d40"


def _alone(line: str) -> tuple[Style, int | None, int] | None:
    """The marker of ``line`` read where it stands, as (style, ordinal, length)."""
    marker = lex_module._marker_at(line, 0, len(line), True)  # the careful path
    return (marker.style, marker.ordinal, marker.end) if marker else None


@given(st.lists(st.text(alphabet=_OPENING, min_size=1, max_size=16), max_size=6), st.data())
def test_short_lines_read_once_get_the_markers_read_alone(
    wordings: list[str], data: st.DataObject
) -> None:
    """Short lines repeated, read once per wording, get the markers each has alone."""
    view = "\n".join(data.draw(st.lists(st.sampled_from(wordings), max_size=8)) if wordings else [])
    for line in lex(view):
        got = line.marker and (line.marker.style, line.marker.ordinal, line.marker.end - line.start)
        assert got == _alone(view[line.start : line.end])


@pytest.mark.parametrize("marker", ["( 十二 ) 、", "十二 , 、", "( 12 ) 、", "第十二部分", "⑳"])
@pytest.mark.parametrize("words", ["", "加强", "加强领导和规范执法"])
def test_markers_of_repeated_lines_short_and_long(marker: str, words: str) -> None:
    """Markers near the longest the styles allow are read whole, however often repeated."""
    view = f"{marker}{words}\n{marker}{words}\n{marker}{words}"
    for line in lex(view):
        got = line.marker and (line.marker.style, line.marker.ordinal, line.marker.end - line.start)
        assert got == _alone(view[line.start : line.end])
        assert got is not None


def test_a_point_run_on_after_a_word_whose_stop_was_lost() -> None:
    """一是…不强二是…: the lost 、or ； before 二是 (a scan, a hurried writer) is no reason
    to miss the point; 一是 after a word is never one (统一是, 唯一是)."""
    text = (
        "一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n"
        "我们也清醒地看到当前面临的困难和挑战：一是宣传手段单一，群众的能力不强"
        "二是合法性审查制度还有待完善；三是依法行政能力还有不足。\n"
        "二、下一步工作安排\n一是加强宣传。\n"
    )
    report = fzbg.parse_report(text)
    assert [i.title for i in report.shortcomings] == [
        "宣传手段单一，群众的能力不强",
        "合法性审查制度还有待完善",
        "依法行政能力还有不足",
    ]

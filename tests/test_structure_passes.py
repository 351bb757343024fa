"""Each structure pass, called alone on a short text in the genre's style.

The passes read one :class:`~fzbg.structure.index.LineIndex`; here each is given the
index of a few lines and its answer is checked, without the rest of the chain.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg.extract.quantities import extract_quantities
from fzbg.lex.lines import Marker, lex, run_in_markers
from fzbg.lex.styles import BY_STYLE, RUN_IN_ORDER, Style
from fzbg.model import Duty, Measure, SectionKind, Span
from fzbg.structure.closing import closing_start
from fzbg.structure.headings import Head, heading_span, heads
from fzbg.structure.hidden import hidden, prose_sections
from fzbg.structure.index import LineIndex, Region, _scanned, counting
from fzbg.structure.items import _continued, items
from fzbg.structure.kinds import kinds
from fzbg.structure.tree import build

_K = SectionKind


def _index(text: str) -> LineIndex:
    return LineIndex.of(text, text, lex(text))


def _whole(index: LineIndex, first: int = 0) -> Region:
    return Region(index.starts[first], len(index.text), first, len(index.lines))


# -- closing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # signature and date: both belong to the closing
        ("一、工作\n开展培训。\n某某县司法局\n2025年1月10日", 2),
        # 特此报告 opens it, even with a signature below
        ("一、工作\n开展培训。\n特此报告。\n某某镇人民政府\n2025年1月10日", 2),
        # a note in brackets under the date
        ("一、工作\n开展培训。\n某某县司法局\n2025年1月10日\n(此件公开发布)", 2),
        # what stands below the date (抄送) is closing too
        ("一、工作\n开展培训。\n某某县司法局\n2025年1月10日\n抄送:市司法局。", 2),
        # the date in brackets, as a published copy writes it
        ("一、工作\n开展培训。\n某某县司法局\n(2025年1月10日)", 2),
        ("一、工作\n开展培训。\n某某县司法局\n( 2025 年 1 月 10 日 )\n抄送:市司法局。", 2),
        # no closing at all: it is empty, past the last line
        ("一、工作\n开展培训。", 2),
        # the other ways the genre ends its words
        ("一、工作\n开展培训。\n特此报告,请审阅。\n某某县司法局\n2025年1月10日", 2),
        ("一、工作\n开展培训。\n以上报告,妥否,请批示。\n某某县司法局\n2025年1月10日", 2),
        ("一、工作\n开展培训。\n专此汇报。\n某某县司法局\n2025年1月10日", 2),
        ("一、工作\n开展培训。\n妥否,请审示。", 2),
        # a letter's signature and date above the report's headings close nothing
        ("报送给你们。\n某某县司法局\n2025年1月10日\n一、工作\n开展培训。", 5),
        ("报送给你们。\n某某县司法局\n2025年1月10日\n(一)工作\n开展培训。", 5),
        # a list of attachments between the body and the signature opens the closing
        ("一、工作\n开展培训。\n附件:1.某某统计表\n2.某某情况表\n某某县司法局\n2025年1月10日", 2),
        ("一、工作\n开展培训。\n附件:某某统计表\n某某县司法局\n2025年1月10日", 2),
        (
            "一、工作\n开展培训。\n附件1:某某统计表\n附件2:某某情况表\n某某县司法局\n2025年1月10日",
            2,
        ),
        # points numbered like attachments, with no 附件 line above them, are the report's
        ("一、工作\n1.开展培训\n2.加强学习\n某某县司法局\n2025年1月10日", 3),
        # a signer with no date under the last sentence, or over a date with no day
        ("一、工作\n开展培训。\n某某县司法局", 2),
        ("一、工作\n开展培训。\n某某县司法局\n2025年1月", 2),
        # a body's name as a point, or under no sentence's end, signs nothing
        ("一、工作\n(一)某某县司法局", 2),
        ("一、工作\n开展培训\n某某县司法局", 3),
        # an attachment printed under the date, however long, is the closing's
        ("一、工作\n开展培训。\n某某县司法局\n2025年1月10日\n附件1\n" + "检查。\n" * 20, 2),
        # and so is one named on its heading's line, with sections of its own
        (
            "一、工作\n开展培训。\n某某县司法局\n2025年1月10日\n附件1:执法统计表\n一、处罚\n二、许可",
            2,
        ),
        # an unsigned report's attachment that numbers its sections from 一、 again
        ("一、工作\n开展培训。\n二、打算\n加强学习。\n附件\n一、重大行政决策目录\n二、清单", 4),
        ("一、工作\n开展培训。\n二、打算\n加强学习。\n附件:决策目录\n一、目录", 4),
        # a 附件 line under the report's first section, then its second, is no attachment's
        ("一、工作\n开展培训。\n附件\n二、打算\n加强学习。", 5),
    ],
)
def test_closing_starts_at_the_first_closing_line(text: str, expected: int) -> None:
    """The closing pass finds 特此报告, the signature, the date and what stands below."""
    assert closing_start(_index(text), 0) == expected


def test_closing_never_reaches_above_the_first_line_given() -> None:
    """A date line above ``first`` is not the closing's."""
    index = _index("某某县司法局\n2025年1月10日\n一、工作")
    assert closing_start(index, 2) == 3


# -- headings ----------------------------------------------------------------------------


def _heads(text: str) -> list[tuple[int, SectionKind | None, int | None]]:
    index = _index(text)
    return [
        (h.line, h.kind, h.marker.ordinal if h.marker else None)
        for h in heads(index, 0, len(index.lines))
    ]


def test_dun_lines_head_sections_and_bracketed_lines_do_not() -> None:
    """一、 lines are headings; the (一) lines under them are items."""
    text = "一、主要举措\n(一)加强领导。\n二、存在的不足\n(一)宣传不够。"
    assert _heads(text) == [(0, None, 1), (2, None, 2)]


def test_two_parts_outrank_the_dun_lines() -> None:
    """With 第一部分 and 第二部分, the parts are the sections."""
    text = "第一部分 工作情况\n一、加强领导\n第二部分 下一步打算\n一、加强学习"
    assert _heads(text) == [(0, None, 1), (2, None, 2)]


def test_a_single_part_does_not_outrank_the_dun_lines() -> None:
    """One 第一部分 alone numbers nothing."""
    assert _heads("第一部分 工作情况\n一、加强领导\n二、规范执法") == [(1, None, 1), (2, None, 2)]


def test_an_unnumbered_heading_stands_beside_numbered_ones() -> None:
    """A short line naming a section heads one, with its kind decided by its words."""
    text = "一、主要举措\n开展培训。\n下一步工作打算\n继续开展培训。"
    assert _heads(text) == [(0, None, 1), (2, _K.PLANS, None)]


def test_numbering_restarting_under_an_unnumbered_heading_numbers_its_items() -> None:
    """ "2025年工作安排 / 一、… / 二、…": the 一、 lines are that section's items."""
    text = "一、主要举措\n开展培训。\n2025年工作安排\n一、加强学习。\n二、规范执法。"
    assert _heads(text) == [(0, None, 1), (2, _K.PLANS, None)]


def test_without_dun_lines_the_highest_style_heads_sections() -> None:
    """A report numbered (一), (二) at the top has those as its sections."""
    text = "(一)加强领导\n1.召开会议。\n(二)规范执法\n1.开展评查。"
    assert _heads(text) == [(0, None, 1), (2, None, 2)]


def test_highest_style_lines_naming_sections_stand_beside_an_unnumbered_heading() -> None:
    """With no 一、, (一) and (二) lines that name two sections are headings beside an
    unnumbered 下一步工作打算; (一) lines that are its points, or name one kind, are not."""
    text = (
        "(一)主要举措和成效\n1.召开会议。\n(二)存在的问题\n1.学习不够。\n"
        "下一步工作打算\n1.加强学习。"
    )
    assert _heads(text) == [(0, None, 1), (2, None, 2), (4, _K.PLANS, None)]
    text = "下一步工作打算\n(一)加强学习计划\n(二)深化普法安排"
    assert _heads(text) == [(0, _K.PLANS, None)]
    text = "(一)主要举措和成效。召开会议。\n(二)存在的问题\n下一步工作打算\n1.加强学习。"
    assert _heads(text) == [(2, _K.PLANS, None)]  # a (一) line that runs on is a point


def test_headings_that_lost_their_numbers_head_sections_when_nothing_else_does() -> None:
    """A short unpunctuated line before a paragraph heads a section in a bare report."""
    text = "强化组织领导作用\n全年召开会议四次,研究部署法治工作。\n深化执法规范建设\n开展案卷评查。"
    assert [h for h, _, _ in _heads(text)] == [0, 2]


def test_a_heading_wrapped_over_two_lines_is_one_heading() -> None:
    """The short fragment below a wrapped heading is no heading of its own."""
    text = "一、2024年推进法治政府建设的主要\n举措和成效\n开展培训。"
    index = _index(text)
    found = heads(index, 0, len(index.lines))
    assert [(h.line, h.wrapped) for h in found] == [(0, True)]
    start, end, _ = heading_span(index, found[0])
    assert text[start:end] == "一、2024年推进法治政府建设的主要\n举措和成效"


def test_the_words_of_a_marker_alone_on_its_line_stand_on_the_next() -> None:
    """The heading span of "一、" alone covers the line below, up to its colon."""
    text = "一、\n主要举措:正文。"
    index = _index(text)
    start, end, under = heading_span(index, Head(0, None, index.markers[0]))
    assert (text[start:end], text[under:]) == ("一、\n主要举措", "正文。")


# -- kinds -------------------------------------------------------------------------------


def test_kinds_follow_cue_words_and_fall_back_by_place() -> None:
    """Cue words decide; a topic heading is measures before the later sections, other after."""
    text = "一、依法行政\n二、存在的不足\n三、普法宣传\n四、下一步打算"
    index = _index(text)
    found = [Head(i, None, index.markers[i]) for i in range(4)]
    assert kinds(index, found) == [_K.MEASURES, _K.SHORTCOMINGS, _K.OTHER, _K.PLANS]


@pytest.mark.parametrize(
    "duties",
    ["坚持党的领导，切实履行推进法治建设第一责任人职责", "主要负责人履行第一责任人职责情况"],
)
def test_topic_headings_after_duties_that_open_the_report_are_measures(duties: str) -> None:
    """Duties first, then the year's work under topic headings: measures, not other; after
    measures, duties still end them (a topic heading after is other)."""
    text = f"一、{duties}\n二、完善政府职能体系\n三、健全制度体系\n四、存在的不足"
    index = _index(text)
    found = [Head(i, None, index.markers[i]) for i in range(4)]
    assert kinds(index, found) == [_K.DUTIES, _K.MEASURES, _K.MEASURES, _K.SHORTCOMINGS]
    text = f"一、主要举措和成效\n二、{duties}\n三、普法宣传"
    index = _index(text)
    found = [Head(i, None, index.markers[i]) for i in range(3)]
    assert kinds(index, found) == [_K.MEASURES, _K.DUTIES, _K.OTHER]


def test_a_kind_the_heading_pass_decided_is_kept() -> None:
    """A heading whose kind the headings pass already knows keeps it."""
    index = _index("工作总结\n正文。")
    assert kinds(index, [Head(0, _K.PLANS, None)]) == [_K.PLANS]


@pytest.mark.parametrize("plans", ["2024年工作举措", "2024年重点任务", "2024年度主要措施"])
def test_a_heading_opening_with_next_year_is_the_plans(plans: str) -> None:
    """Words that alone say measures or nothing name the plans when they open with the
    year after the one reported on: the title's, or failing it the earliest heading's."""
    text = f"一、主要工作举措\n二、存在的不足\n三、{plans}\n四、加强组织保障"
    index = _index(text)
    found = [Head(i, None, index.markers[i]) for i in range(4)]
    assert kinds(index, found, year=2023) == [_K.MEASURES, _K.SHORTCOMINGS, _K.PLANS, _K.OTHER]
    assert kinds(index, found, year=2024)[2] is not _K.PLANS  # its own year: not the plans
    index = _index(f"一、2023年工作情况\n二、{plans}")
    found = [Head(i, None, index.markers[i]) for i in range(2)]
    assert kinds(index, found) == [_K.MEASURES, _K.PLANS]


@pytest.mark.parametrize(
    "heading",
    ["2024年推进法治政府建设的主要举措和成效", "2024年存在的不足", "2024年第一责任人履职情况"],
)
def test_next_year_does_not_override_words_that_name_another_section(heading: str) -> None:
    """A heading that says its work is done, or names another section, keeps its kind."""
    index = _index(f"一、{heading}")
    expected = kinds(index, [Head(0, None, index.markers[0])])
    assert kinds(index, [Head(0, None, index.markers[0])], year=2023) == expected
    assert expected != [_K.PLANS]


def test_kinds_given_the_spans_agree_with_kinds_finding_them() -> None:
    """Passing the heading spans found before changes nothing but the work done."""
    index = _index("一、主要举措\n二、存在的问题\n三、主要举措")
    found = heads(index, 0, 3)
    spans = [heading_span(index, h) for h in found]
    assert kinds(index, found, spans) == kinds(index, found)


# -- hidden ------------------------------------------------------------------------------


_HIDDEN = "一、主要举措\n开展培训。\n我们也清醒地看到存在的不足:一是学习不够;二是宣传不足。"


@pytest.mark.parametrize(
    ("text", "kind", "present", "expected"),
    [
        (_HIDDEN, _K.MEASURES, {_K.MEASURES}, (2, _K.SHORTCOMINGS)),
        # the report has a shortcomings section already: nothing is hidden
        (_HIDDEN, _K.MEASURES, {_K.MEASURES, _K.SHORTCOMINGS}, None),
        # the lead names the section it stands in
        (_HIDDEN, _K.SHORTCOMINGS, {_K.SHORTCOMINGS}, None),
        # the points stand on the lines below the lead
        (
            "一、主要举措\n下一步,我们将:\n一是加强学习。\n二是规范执法。",
            _K.MEASURES,
            {_K.MEASURES},
            (1, _K.PLANS),
        ),
        # a lead with no points after it opens nothing
        ("一、主要举措\n我们也看到存在的不足:学习不够。", _K.MEASURES, {_K.MEASURES}, None),
    ],
)
def test_hidden_finds_a_paragraph_that_opens_another_section(
    text: str,
    kind: SectionKind,
    present: set[SectionKind],
    expected: tuple[int, SectionKind] | None,
) -> None:
    """A lead naming another kind, with 一是 points after its colon, opens a section."""
    index = _index(text)
    assert hidden(index, 1, len(index.lines), kind, present) == expected


# -- items -------------------------------------------------------------------------------


def test_items_nest_by_the_styles_found_below() -> None:
    """(一) items hold the 1. points below them, and those the (1) points below."""
    text = "(一)加强领导。\n1.召开会议。\n(1)研究部署。\n2.开展培训。\n(二)规范执法。"
    index = _index(text)
    found = items(index, _K.MEASURES, _whole(index))
    assert [(i.marker, i.title, [c.marker for c in i.children]) for i in found.items] == [
        ("(一)", "加强领导", ["1.", "2."]),
        ("(二)", "规范执法", []),
    ]
    assert [c.marker for c in found.items[0].children[0].children] == ["(1)"]
    assert all(type(i) is Measure for i in found.items)
    assert found.diagnostics == ()


def test_items_below_a_parent_style_take_only_lower_styles() -> None:
    """Under a (一) heading, another (一) line is no item of it."""
    index = _index("(一)加强领导。\n1.召开会议。")
    found = items(index, _K.MEASURES, _whole(index), Style.CN_PAREN)
    assert [i.marker for i in found.items] == ["1."]


def test_run_in_points_that_count_up_are_items() -> None:
    """With no marked lines, 一是, 二是 run into a paragraph are the items."""
    text = "宣传不够,一是形式单一;二是覆盖面窄。"
    index = _index(text)
    found = items(index, _K.SHORTCOMINGS, _whole(index))
    assert [(i.ordinal, i.title) for i in found.items] == [(1, "形式单一"), (2, "覆盖面窄")]


def test_run_in_points_must_count_from_one() -> None:
    """二是, 三是 alone count from nowhere: no items."""
    index = _index("宣传不够,二是形式单一;三是覆盖面窄。")
    assert items(index, _K.SHORTCOMINGS, _whole(index)).items == ()


def test_broken_and_out_of_sequence_markers_are_noted() -> None:
    """A marker that lost its number is taken as the next; a gap is noted."""
    text = "(一)加强领导。\n)规范执法。\n(四)强化监督。"
    index = _index(text)
    found = items(index, _K.MEASURES, _whole(index))
    assert [i.ordinal for i in found.items] == [1, 2, 4]
    assert [(d.code, d.span) for d in found.diagnostics] == [
        ("broken-marker", Span(9, 10)),
        ("ordinal-gap", Span(16, 19)),
    ]


def test_a_measures_item_naming_the_first_responsible_person_is_a_duty() -> None:
    """At the top of a measures section, an item about the 第一责任人 is a duty."""
    text = "(一)履行第一责任人职责。\n(二)规范执法。"
    index = _index(text)
    found = items(index, _K.MEASURES, _whole(index))
    assert [(type(i), i.kind) for i in found.items] == [(Duty, _K.DUTIES), (Measure, _K.MEASURES)]


def test_items_hold_the_quantities_inside_them() -> None:
    """Each item gets the quantities within its span, and no others."""
    text = "(一)召开会议3次。\n(二)开展培训5场,培训200人次。"
    quantities = extract_quantities(text)
    index = LineIndex.of(text, text, lex(text), quantities=quantities)
    found = items(index, _K.MEASURES, _whole(index))
    assert [[q.text for q in i.quantities] for i in found.items] == [["3次"], ["5场", "200人次"]]


def _continued_reference(line_starts: list[Marker], run_in: list[Marker]) -> list[Marker]:
    """_continued as first written: every point merged and sorted, then kept or not."""
    at_line_start = {m.start for m in line_starts}
    numbered = {m.ordinal for m in line_starts}
    merged = sorted(
        [
            *line_starts,
            *(m for m in run_in if m.start not in at_line_start and m.ordinal not in numbered),
        ],
        key=lambda m: m.start,
    )
    out: list[Marker] = []
    for m in merged:
        if m.start in at_line_start or m.ordinal == ((out[-1].ordinal or 0) if out else 0) + 1:
            out.append(m)
    return out


_POINTS = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 4)), max_size=8).map(
    lambda points: [Marker(Style.SHI, n, at, at + 2) for at, n in sorted(dict(points).items())]
)


@settings(max_examples=500, deadline=None)
@given(_POINTS, _POINTS)
def test_run_in_points_continue_the_line_start_count_as_first_written(
    line_starts: list[Marker], run_in: list[Marker]
) -> None:
    """The shortcuts of _continued (nothing new run in) keep what merging all would give."""
    assert _continued(line_starts, run_in) == _continued_reference(line_starts, run_in)
    # The run-in scan finds a line-start 一是 again, at the same place.
    again = [Marker(m.style, m.ordinal, m.start, m.end) for m in line_starts]
    assert _continued(line_starts, again) == _continued_reference(line_starts, again)


def test_a_first_point_run_on_after_the_heading_opens_the_count() -> None:
    """三、安排。(一)…… then (二) on its line: the run-in (一) is the first item."""
    text = "三、2025年工作安排。(一)持续推进依法行政。\n(二)加强队伍建设。"
    index = _index(text)
    region = Region(text.index("(一)"), len(text), 0, 2)
    found = items(index, _K.PLANS, region, Style.CN_DUN)
    titles = [(i.ordinal, i.title) for i in found.items]
    assert titles == [(1, "持续推进依法行政"), (2, "加强队伍建设")]
    assert found.diagnostics == ()


def test_counting_keeps_a_count_from_one_and_its_restarts() -> None:
    """一是 二是 一是 二是 is a count restarting; 二是 alone is none."""
    index = _index("一是学习;二是落实;一是宣传;二是普法;四是监督。")
    assert [m.ordinal for m in counting(index.run_in(0, len(index.text)))] == [1, 2, 1, 2]
    assert counting(index.run_in(5, 9)) == []


def test_index_finds_the_run_in_markers_of_one_style() -> None:
    """run_in and has_run_in with a style: only that style's points, as a filter would."""
    text = "(一)加强学习。一是学法;二是用法。1.抓落实\n(二)强化监督。"
    index = _index(text)
    every = index.run_in(0, len(text))
    shi = index.run_in(0, len(text), Style.SHI)
    assert shi == [m for m in every if m.style is Style.SHI]
    assert [m.ordinal for m in shi] == [1, 2]
    assert index.has_run_in(0, len(text), Style.SHI)
    assert not index.has_run_in(0, len(text), Style.CIRCLED)
    second = text.index("二是")
    assert index.run_in(second, len(text), Style.SHI) == shi[1:]
    assert not index.has_run_in(second + 2, len(text), Style.SHI)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["第", "一", "二", ",", "、", ":", "是", "正文"]), max_size=12))
def test_a_style_is_scanned_when_one_of_its_count_openers_stands_in_the_text(
    pieces: list[str],
) -> None:
    """The styles scanned for run-in points: those with no openers, or one in the text,
    their gate's match if they have one, and one of the characters their points hold."""
    view = "".join(pieces)
    expected = [
        style
        for style in RUN_IN_ORDER
        if (not BY_STYLE[style].first or any(one in view for one in BY_STYLE[style].first))
        and ((gate := BY_STYLE[style].gate) is None or regex.search(gate, view))
        and (not BY_STYLE[style].holds or any(c in view for c in BY_STYLE[style].holds))
    ]
    assert _scanned(view) == expected


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "。",
                ";",
                ":",
                " ",
                "(",
                ")",
                "是",
                "一",
                "二",
                "十",
                "1",
                "①",
                "第",
                ",",
                "\n",
                "正文",
            ]
        ),
        max_size=16,
    )
)
def test_a_style_spared_for_what_its_points_hold_has_no_point(pieces: list[str]) -> None:
    """With none of the characters a style's points hold in the text, it has no point:
    the index, which spares that scan, holds every point a plain scan finds."""
    view = "".join(pieces)
    index = _index(view)
    for style in RUN_IN_ORDER:
        plain = list(run_in_markers(view, style, 0, len(view)))
        holds = BY_STYLE[style].holds
        if holds and not any(c in view for c in holds):
            assert plain == []
        first = BY_STYLE[style].first
        if first and not any(one in view for one in first):
            plain = []  # no count can open: the scan is spared for its openers
        assert index.run_in(0, len(view), style) == plain


def test_index_finds_the_markers_of_a_run_of_lines() -> None:
    """markers_in: the markers opening lines first..last, unmarked lines passed over."""
    index = _index("一、主要举措\n正文。\n(一)学法。\n正文。\n(二)用法。")
    assert [(m.style, m.ordinal) for m in index.markers_in(1, 5)] == [
        (Style.CN_PAREN, 1),
        (Style.CN_PAREN, 2),
    ]
    assert index.markers_in(1, 2) == []
    assert index.markers_in(0, 1) == [index.markers[0]]


# -- the chain ---------------------------------------------------------------------------


def test_build_chains_the_passes() -> None:
    """build: preamble, sections with items, a hidden section, the closing."""
    text = (
        "现将有关情况报告如下:\n一、主要举措\n(一)加强领导。\n"
        "我们也清醒地看到存在的不足:一是学习不够;二是宣传不足。\n"
        "二、下一步工作打算\n(一)加强学习。\n某某县司法局\n2025年1月10日"
    )
    body = build(text, text, lex(text), 0)
    assert text[body.preamble.start : body.preamble.end] == "现将有关情况报告如下:"
    assert [(s.kind, len(s.items)) for s in body.sections] == [
        (_K.MEASURES, 1),
        (_K.SHORTCOMINGS, 2),
        (_K.PLANS, 1),
    ]
    assert text[body.closing.start : body.closing.end] == "某某县司法局\n2025年1月10日"
    assert [d.code for d in body.diagnostics] == ["hidden-section"]


def test_build_without_headings_notes_it() -> None:
    """A text with no heading has a preamble and no sections."""
    body = build("开展培训。", "开展培训。", lex("开展培训。"), 0)
    assert (body.sections, [d.code for d in body.diagnostics]) == ((), ["no-sections"])


# -- a report written as prose --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the measures after the announced preamble, then where the paragraphs turn
        (
            "现将有关情况报告如下:\n开展培训4次。\n针对存在的问题及时整改。\n"
            "但也存在一些不足:一是少;二是弱。\n下一步,我镇将继续努力。",
            [(1, "measures"), (3, "shortcomings"), (4, "plans")],
        ),
        # no announcement: the first paragraph is the preamble
        (
            "2023年,我镇推进法治。\n开展培训4次。\n今后,我镇将继续努力。",
            [(1, "measures"), (2, "plans")],
        ),
        # a first sentence that announces its list of problems
        (
            "2023年,我镇推进法治。\n开展培训4次。\n我镇存在的问题主要有:一是少;二是弱。",
            [(1, "measures"), (2, "shortcomings")],
        ),
        # a paragraph that only mentions problems or the future turns to nothing
        ("2023年,我镇推进法治。\n针对存在的问题及时整改。\n研究今后的工作。", []),
    ],
)
def test_prose_sections_open_where_the_paragraphs_turn(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """With no headings, a paragraph turning to shortfalls or to next steps opens a section."""
    index = _index(text)
    found = prose_sections(index, 0, len(index.lines))
    assert [(i, k.value) for i, k in found] == expected

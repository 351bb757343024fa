"""The layout stage's fast paths give what its plain scans gave.

Each fast path tries fewer places, or looks for a character before it runs a pattern;
these tests hold each to the plain scan it replaced, on texts strung together from the
words and characters it is about (written for the test in the genre's style).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fzbg.genre import openers as o
from fzbg.genre.cues import ANY_HEADING_CUE
from fzbg.page import gaps, kept_spaces, layout, seams, spaces, wraps
from fzbg.text.normalize import fold
from fzbg.text.openings import literal_openings

_SETTINGS = settings(max_examples=400, deadline=None)


def _pieces(*words: str, size: int = 40) -> st.SearchStrategy[str]:
    """Texts strung together from ``words`` (each a character or a word)."""
    return st.lists(st.sampled_from(words), min_size=1, max_size=size).map("".join)


_SEAM_WORDS = (
    "存在的问题与不足", "一是", "首先,", "近年来", "今年以来", "2024年,", "2025年3月,", "虽然",
    "??", "街道", "某镇", "我局", "本镇", "我们", "省委", "省政府", "县委", "人民政府", "党工委",
    "办事处", "中心", "委员会", "坚持", "认真", "全面", "深入", "推进", "加强", "高度重视", "全年",
    "将", "在", "把", "对", "工作总结", "原因", "建设", "法治", "的", "和", "、", ",", "。", ":",
    "统一是", "一是,", "推动", "进一步", "严格", "执法", "自治区党委", "整体推进", "宣传", "不够",
    "能力", " ", "  ", "12", "某某县", "司法局", "管委会", "举措", "安排",
)  # fmt: skip


def _plain_seam(line: str, start: int, stop: int, *, verbs: bool) -> int | None:
    """The seam as the plain overlapped scan of every place found it."""
    last = start + 64
    gap = kept_spaces._GAP.search(line, start + 4, min(stop, last))
    goes_on = gap is not None and line[gap.start() - 1] in o.HEADING_GOES_ON
    if gap and stop - gap.end() >= o.MIN_BODY_SENTENCE and not goes_on:
        return gap.end()
    window = min(stop, last + 16)
    anchor = o.SEAM_ANCHOR.search(line, start + 4, window)
    if anchor is None:
        return None
    first = max(start + 4, anchor.start() - o.NAME_REACH)
    found_seams = []
    for found in o.BODY_OPENS.finditer(line, first, window, overlapped=True):
        body, at = found.group("body"), found.start()
        if at > last:
            break
        if found.group("strong") is not None:
            found_seams.append((at, 1, 1, -at, at))
        elif stop - at < o.MIN_BODY_SENTENCE:
            continue
        elif body:
            if "我" in body[1:]:  # 根基|我委: 我 opens the name a body speaks of itself by
                continue
            # a name one calls itself by wins after a heading's last word (原因|省委、省政府);
            # elsewhere it may end a place's name (义务青山|镇人民政府): judged as any name
            final = o.HEADING_FINAL.search(line, start, at) is not None
            if final and o.SELF_NAMED.match(line, at, found.end("body")):
                found_seams.append((found.end("body"), 0, 0, at, at))
            else:
                found_seams.append((found.end("body"), 0, 1 if final else 2, -at, at))
        elif verbs:
            found_seams.append((at, 1, 1, -at, at))
    return min(found_seams)[4] if found_seams else None


@_SETTINGS
@given(_pieces(*_SEAM_WORDS), st.integers(0, 8), st.integers(0, 80), st.booleans())
@example("存在的问题与不足坚持街道高度重视存在的问题与不足", 0, 22, False)  # 不足|街道: final
@example("存在的问题与不足存在的问题与不足我局今年以来", 0, 21, False)  # no name holds 我
def test_a_seam_is_the_one_the_plain_scan_finds(
    line: str, start: int, length: int, verbs: bool
) -> None:
    start = min(start, len(line))
    stop = min(len(line), start + length)
    assert seams._seam(line, start, stop, verbs=verbs) == _plain_seam(
        line, start, stop, verbs=verbs
    )


_GAP_WORDS = (
    "法", "治", "1", "２", "a", "Ｂ", ".", "．", "%", "-", ">", " ", "  ", "\t", "\u3000", "\n",
    "\n  ", " \n", "\u3000\n", "\n\u3000", "。", "\ue000",
)  # fmt: skip
_OLD_BREAKS_OR_SPACES = re.compile(r"[ \t\u3000]*(?:\n[ \t\u3000]*)+|[ \t]+")
_OLD_BREAKS = re.compile(r"[ \t\u3000]*(?:\n[ \t\u3000]*)+")


def _plain_segments(text: str, edge: int) -> list[str]:
    """The page's lines as the plain loop over every gap found them."""
    view = fold(text)
    out, start = [], 0
    for found in _OLD_BREAKS_OR_SPACES.finditer(text):
        at, end = found.span()
        gap = found.group()
        beside = _ASCII.match(view[at - 1]) or _ASCII.match(view, end)
        if at and end < len(view) and ("\n" in gap or not beside or at - start == edge):
            out.append(view[start:at])
            start = at + gap.rfind("\n") + 1 if "\n" in gap else end
    out.append(view[start:])
    return out


_ASCII = re.compile(r"[A-Za-z0-9%.>-]")


@_SETTINGS
@given(_pieces(*_GAP_WORDS), st.sampled_from([0, 1, 3, 12]))
def test_the_lines_of_a_page_that_lost_its_breaks_are_those_of_the_plain_loop(
    text: str, edge: int
) -> None:
    assert gaps.page_lines(text, fold(text), spaces=True, edge=edge) == _plain_segments(text, edge)


@_SETTINGS
@given(_pieces(*_GAP_WORDS))
def test_the_gaps_opened_by_their_first_character_are_those_of_the_plain_patterns(
    text: str,
) -> None:
    for plain, fast in (
        (_OLD_BREAKS, gaps.BREAKS),
        (_OLD_BREAKS_OR_SPACES, gaps.BREAKS_OR_SPACES),
    ):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for at in range(len(text)):
            fast_at, plain_at = fast.match(text, at), plain.match(text, at)
            assert (fast_at and fast_at.span()) == (plain_at and plain_at.span())


def _plain_split_spaces(text: str) -> list[tuple[int, int]]:
    view = fold(text)
    cuts, at = [], 0
    for line in view.split("\n"):
        if len(line) > 8:
            for found in re.finditer("[ \t]+", line):
                start, end = found.span()
                beside = _ASCII.match(line[start - 1]) or _ASCII.match(line, end)
                if start > 0 and end < len(line) and (end - start > 1 or not beside):
                    cuts.append((at + start, at + end))
        at += len(line) + 1
    return cuts


@_SETTINGS
@given(_pieces(*_GAP_WORDS))
def test_the_spaces_a_run_together_body_may_split_at_are_those_of_the_plain_loop(text: str) -> None:
    found = spaces._spaces(fold(text))
    assert [(at + start, at + end) for at, _, start, end in found] == _plain_split_spaces(text)


def _plain_unfinished(page: wraps.Width, found: list[str]) -> list[bool]:
    return [
        page.full(line, first=False)
        and line[-1] not in wraps.STOPS
        and not wraps._breaks_after(
            page,
            line,
            after.lstrip(),
            indented=after[:1].isspace() or wraps._lost_indent(after),
        )
        for line, after in itertools.pairwise(found)
    ]


def _plain_exact_page(found: list[str], *, spaces: bool) -> wraps.Width | None:
    """The exact page as it was found before its cheap refusals came first."""
    sizes = Counter(len(s) for s in found if 12 <= len(s) <= 80 and s[-1] not in wraps.STOPS)
    if not sizes:
        return None
    width = max(sizes, key=lambda size: (sizes[size], size))
    near = sum(_plain_unfinished(wraps.Width(width - 4, exact=False, spaces=spaces), found))
    page = wraps.Width(width, exact=True, spaces=spaces)
    wraps_found = wraps._distinct(found, _plain_unfinished(page, found))
    if sum(1 for s in found if len(s) > width) > 0.15 * len(found):
        return None
    return page if wraps_found >= max(3, 0.8 * near) else None


def _plain_ragged_page(found: list[str], *, spaces: bool) -> wraps.Width | None:
    """The ragged page (counted in characters) as it was found before."""
    sizes = Counter(len(s) for s in found if 12 <= len(s) <= 80)
    if not sizes:
        return None
    width = sizes.most_common(1)[0][0]
    page = wraps.Width(width, exact=False, spaces=spaces, columns=True)
    wrapped = _plain_unfinished(page, found)
    wraps_found = wraps._distinct(found, wrapped)
    over = sum(1 for s in found if len(s) > width + 3)
    if wraps_found < max(5, 0.3 * len(found)) or over > 0.15 * len(found):
        return None
    return page if any(map(all, itertools.pairwise(wrapped))) else None


# Lines of a page: wrapped body lines of a few widths, headings, chrome repeated.
_PAGE_LINES = (
    "全年开展法治培训8次,审查各类合同21件,群众", "满意度持续提升,推进依法决策,严格落实重大行政",
    "决策程序。", "一、主要举措和成效", "(一)加强组织领导", "发布时间:2024-03-01 来源:区司法局",
    "分享到:", "  深入学习宣传贯彻习近平法治思想,全面", "— 3 —", "审查合同1200余份,办结复议案件3",
    "件。", "下一步工作打算", "1、健全依法决策机制,规范重大行政决策", "程序,提升决策质量。",
)  # fmt: skip


@_SETTINGS
@given(st.lists(st.sampled_from(_PAGE_LINES), min_size=4, max_size=30), st.booleans())
def test_a_page_edge_is_the_one_the_plain_count_finds(found: list[str], spaces: bool) -> None:
    assert wraps._exact_page(found, spaces=spaces) == _plain_exact_page(found, spaces=spaces)
    assert wraps._ragged_page(found, spaces=spaces, printed=False) == _plain_ragged_page(
        found, spaces=spaces
    )


_SECTION_WORDS = (
    "存在的问题与不足",
    "一是",
    "近年来",
    "2024年,",
    "??",
    "?",
    "街道",
    "某镇",
    "本镇",
    "坚持",
    "认真",
    "推进",
    "高度重视",
    "将",
    "工作总结",
    "原因",
    "建设",
    "法治",
    "的",
    "、",
    ",",
    "。",
    ":",
    ";",
    "!",
    "一、",
    "(一)",
    "2025年工作安排",
    "下一步工作打算",
    "我们也清醒地看到当前面临的困难和挑战",
    "第一责任人",
    "主要负责人",
    "履行",
    "职责",
    "情况",
    "重点工作",
    "其他",
    "差距",
    "主要举措和成效",
    "全年审查合同12件",
    "宣传不够",
    "\n",
    " ",
    "2025年,本镇将继续推进依法行政",
)


def _plain_sections_run_on(text: str) -> list[tuple[int, int]]:
    """Every sentence's end read, as the plain loop read them."""
    view = fold(text)
    cuts, at = [], 0
    for line in view.split("\n"):
        if len(line) > 12:
            for end in re.finditer("[。!?]", line):
                cuts += ((at + a, at + b) for a, b in seams._section_opening(line, end.end(), True))
        at += len(line) + 1
    return cuts


@_SETTINGS
@given(_pieces(*_SECTION_WORDS, size=60))
def test_the_sections_run_on_are_those_found_reading_every_sentence(text: str) -> None:
    cuts = _plain_sections_run_on(text)
    expected = seams.cut(text, cuts, []) if cuts else text
    assert seams.split_sections_run_on(text, []) == expected


@_SETTINGS
@given(_pieces(*_SECTION_WORDS, "下一阶段", "存在", "面临", "问题和不足", "不足", size=20))
def test_every_cue_opens_with_one_of_its_literal_openings(text: str) -> None:
    words = literal_openings(ANY_HEADING_CUE.pattern)
    assert words is not None
    for found in ANY_HEADING_CUE.finditer(text, overlapped=True):
        assert text.startswith(words, found.start())


def test_a_pattern_without_literal_openings_has_none() -> None:
    assert literal_openings(r"(?i)abc|abd") is None  # ignore-case: a literal is not one
    assert literal_openings(r"\p{Han}{2}局") is None  # regex's syntax, not re's
    assert literal_openings(r"a|b*c") is None  # a match may open with c
    assert literal_openings(r"ab|a[0-9]c") == ("a",)


@_SETTINGS
@given(_pieces(*_SEAM_WORDS, "某某", "县", "区", "人民", "办公", size=30))
@example("管委会依法推进能力存在的问题与不足人民政府将人民政府通过")  # a name of 8 + 4
def test_a_body_is_found_where_it_was_before_its_names_were_looked_ahead_for(line: str) -> None:
    plain = regex.compile(o.BODY_OPENS.pattern.replace(o._NAME_GUARD, ""), regex.VERBOSE)
    assert o._NAME_GUARD in o.BODY_OPENS.pattern
    for end in range(len(line) + 1):
        found = [
            (m.span(), m.span("body"), m.group("strong"))
            for m in o.BODY_OPENS.finditer(line, 0, end, overlapped=True)
        ]
        assert found == [
            (m.span(), m.span("body"), m.group("strong"))
            for m in plain.finditer(line, 0, end, overlapped=True)
        ]


@_SETTINGS
@given(_pieces(*_SEAM_WORDS, "某某", "县", "区", "人民", "办公", "我们", size=30))
def test_every_body_name_ends_with_one_of_the_last_characters(line: str) -> None:
    for found in o.BODY_OPENS.finditer(line, overlapped=True):
        if found.group("body"):
            assert found.group("body")[-1] in o.BODY_LAST
            assert o.BODY_END.match(line, found.end("body") - 1)


def test_a_title_ends_in_its_report_so_a_line_that_does_not_is_passed_over() -> None:
    # _breaks_after tries TITLE only on a line ending in 报告: the pattern must end so.
    assert wraps.TITLE.pattern.endswith("报告(?![ ]?如下)")


_PAGE_NUMBER_WORDS = (
    "审查", "— 3 —", "-3-", "第3页", "共5页", " ", "    ", " " * 9, "\n", "1", "合同", "。",
    "\u3000",
)  # fmt: skip


def _plain_page_number_cuts(text: str) -> list[tuple[int, int]]:
    """The cuts around each glued page number, as the plain loop stepped over its spaces."""
    view = fold(text)
    cuts = []
    for found in seams._INLINE_PAGE_NUMBER.finditer(view):
        start, end = found.span()
        before, after = start, end
        while before > max(0, start - 8) and view[before - 1] == " ":
            before -= 1
        while after < min(len(view), end + 8) and view[after] == " ":
            after += 1
        if before > 0 and view[before - 1] != "\n":
            cuts.append((before, start))
        if after < len(view) and view[after] != "\n":
            cuts.append((end, after))
    return cuts


@_SETTINGS
@given(_pieces(*_PAGE_NUMBER_WORDS, size=20))
def test_glued_page_numbers_are_cut_where_the_plain_loop_cut_them(text: str) -> None:
    cuts = _plain_page_number_cuts(text)
    starts, ends = [0, *(end for _, end in cuts)], [*(start for start, _ in cuts), len(text)]
    plain = "\n".join(text[start:end] for start, end in zip(starts, ends, strict=True))
    assert seams.split_page_numbers(text, []) == (plain if cuts else text)


_RUN_ON_WORDS = (
    "。", "一、", "(一)", "(二)", "1.", "2)", "(3)", "特此报告。", "特此汇报。", " ", "  ", "法治",
    "2025年1月10日", "第一部分", "第", "十", "12", "。 ", ";", "二、", "x",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_RUN_ON_WORDS, size=25))
def test_the_places_a_heading_runs_on_at_are_those_the_scan_finds(text: str) -> None:
    scanned = [found.span() for found in layout._RUN_ON.finditer(text)]
    assert [found.span() for found in layout._runs_on(text)] == scanned  # few openers or many
    tried = layout._TRY_COST
    try:
        layout._TRY_COST = 0  # every opener tried in turn, however many
        assert [found.span() for found in layout._runs_on(text)] == scanned
    finally:
        layout._TRY_COST = tried


@_SETTINGS
@given(_pieces(*_SECTION_WORDS, "下一阶段", "存在", "面临", "问题和不足", "重点工作:", size=20))
def test_the_cues_compiled_by_re_find_what_regex_finds(text: str) -> None:
    for start in range(len(text) + 1):
        for reach in (start + 3, start + 12, start + 49, len(text)):
            plain = ANY_HEADING_CUE.search(text, start, reach)
            assert (seams._ANY_CUE.search(text, start, reach) is None) == (plain is None)

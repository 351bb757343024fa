"""The layout stage's line scans give what reading every line gave.

Where a loop over every line of a text became one scan for the lines that matter, these
tests hold it to the plain loop, on texts strung together from the markers, indents and
words the scan is about (written for the test in the genre's style).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from fzbg.genre.cues import is_unnumbered_heading
from fzbg.page import seams, wraps
from fzbg.page.kept_spaces import spaces_kept
from fzbg.page.wraps import HEADING
from fzbg.text.normalize import fold

_SETTINGS = settings(max_examples=400, deadline=None)


def _pieces(*words: str, size: int = 40) -> st.SearchStrategy[str]:
    """Texts strung together from ``words`` (each a character or a word)."""
    return st.lists(st.sampled_from(words), min_size=1, max_size=size).map("".join)


_HEADING_WORDS = (
    "\n", "\n", " ", "\u3000", "\t", "一、", "二、", "(一)", "（二）", "一)", "( 三 )", "第一部分",
    "存在的问题与不足", "一是", "宣传不够", "。", ":", "??", "街道认真贯彻", "工作总结", "某镇",
    "坚持", "近年来", "2024年,", "  ", "法治政府建设", "12", "十一、",
)  # fmt: skip


def _heading_lines() -> st.SearchStrategy[str]:
    """Lines a heading may open, its words run on into a sentence, amid other pieces."""
    line = st.tuples(
        st.sampled_from(("", " ", "\u3000\u3000", "\t")),
        st.sampled_from(("一、", "(二)", "（三）", "一)", "第一部分", "十一、", "一是", "")),
        st.sampled_from(("存在的问题与不足", "2024年工作总结", "主要举措和成效", "依法行政", "")),
        st.sampled_from(("", " ", "  ")),
        st.sampled_from(("一是宣传不够", "某镇认真贯彻", "街道坚持", "近年来", "2025年,我局", "")),
        _pieces(*_HEADING_WORDS, size=6),
        st.sampled_from(("。", ":", ";", "", "??")),
    ).map("".join)
    return st.lists(line, min_size=1, max_size=8).map("\n".join)


def _plain_heading_ends(text: str, *, together: bool, gaps: bool) -> list[tuple[int, int]]:
    """Where split_heading_ends cuts, as the loop over every line found it."""
    view = fold(text)
    cuts, at = [], 0
    for line in view.split("\n"):
        if len(line) > seams._MIN_RUN_ON and (
            head := HEADING.match(line, len(line) - len(line.lstrip()))
        ):
            seam = seams.heading_seam(line, head.end(), verbs=together, gaps=gaps)
            if seam is not None:
                cuts.append((at + seams._before_spaces(line, seam), at + seam))
        at += len(line) + 1
    return cuts


@_SETTINGS
@given(st.one_of(_pieces(*_HEADING_WORDS), _heading_lines()), st.booleans())
@example("一、存在的问题与不足一是宣传不够。", True)
@example("一、存在的问题与不足一是宣传不够(一)。", False)
@example("三、2025年工作安排 (一)持续推进依法行政。", False)
@example("  \n\u3000(一)工作总结某镇坚持法治政府建设。\n二、存在的问题与不足 街道认真贯彻。", False)
@example("(一)街道认真贯彻（二）一、", True)  # a point glued after a word: split off first
def test_the_headings_cut_from_their_sentences_are_those_of_the_plain_loop(
    text: str, together: bool
) -> None:
    # (after the steps before the scan: a heading, then a point, glued after the words
    # before it is split off)
    gaps = spaces_kept(text)  # (read before the splits)
    glued = seams._split_glued_points(seams._split_glued_headings(text, [], gaps=gaps), [])
    cuts = _plain_heading_ends(glued, together=together, gaps=gaps)
    expected = seams.cut(glued, cuts, []) if cuts else glued
    assert seams.split_heading_ends(text, [], together=together) == expected


_CUE_PIECES = (
    "存在的问题与不足", "下一步工作打算", "2025年工作安排", "主要举措和成效", "第一责任人", "其他",
    "工作", "法治", "建设", "情况", "问题", "不足", "安排", "的", "和", ",", "、", ":", "。", " ",
    "报告", "如下", "街道", "某镇", "推进", "年度", "存在", "面临", "困难", "挑战",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_CUE_PIECES, size=12))
@example("存在的问题与不足")
@example("街道推进法治建设")
@example("工作 情况")  # a scan's space inside the cue's words
def test_a_line_names_a_section_when_the_plain_test_says_so(line: str) -> None:
    assert wraps._names_section(line) == (is_unnumbered_heading(line) is not None)


def _plain_breaks_after(page: wraps.Width, line: str, after: str) -> bool:
    """_breaks_after as it tried each opening of a paragraph in turn."""
    body = line.lstrip()
    if wraps._PAGE_NUMBER.fullmatch(after.partition("\n")[0].strip()):
        return True
    if wraps._STOPPED.search(body) is None and (
        (wraps._OPENS_POINT.match(body) or is_unnumbered_heading(body))
        and not wraps._unclosed(body)
    ):
        return wraps._heading_ends(page, body, after, continued=line[:1].isspace())
    if body.endswith("报告") and wraps.TITLE.fullmatch(body) and not after.startswith("如下"):
        return True
    if wraps.HEADING.match(after) or wraps.CLOSING.match(after) or wraps.DATE.match(after):
        return True
    point = wraps._OTHER_MARKER.match(after)
    if line[-1] in wraps.STOPS and point:
        rest = wraps._SPACE_RUN.split(after, 1)[0]
        before = wraps._OTHER_MARKER.match(line.lstrip())
        if before and wraps._style(before.group()) == wraps._style(point.group()):
            return True
        return not page.full(rest, first=False) or rest[-1:] in wraps.STOPS
    return line[-1] in wraps.STOPS and bool(
        is_unnumbered_heading(wraps._SPACE_RUN.split(after, 1)[0])
    )


_LINE_PIECES = (
    *_CUE_PIECES, "一、", "(二)", "1、", "2、", "(3)", "①", "特此报告", "2025年1月10日", "-3-",
    "第3页", "法治政府建设年度报告", "如下", "\n", "《", "“", "12", "。",
)  # fmt: skip


@_SETTINGS
@given(
    _pieces(*_LINE_PIECES, size=10),
    _pieces(*_LINE_PIECES, size=10),
    st.integers(12, 30),
    st.booleans(),
)
def test_a_full_line_ends_a_paragraph_where_the_plain_test_says_so(
    line: str, after: str, width: int, exact: bool
) -> None:
    page = wraps.Width(width, exact=exact, spaces=False, columns=not exact)
    line = line.replace("\n", "") or "。"  # a full line is never empty
    assert wraps._breaks_after(page, line, after) == _plain_breaks_after(page, line, after)


def _plain_heading_seam(line: str, head: int, *, verbs: bool) -> int | None:
    """heading_seam as it was: the first point looked for on every line with a bracket.

    The seam a verb gives is moved past a heading's words as there (``named_after``).
    """
    stop = seams._STOP.search(line, head)
    end = len(line) if stop is None else stop.start()
    seam = None if stop is None else seams._seam(line, head, end, verbs=verbs)
    if seam is not None and verbs:
        seam = seams.named_after(line, head, seam, min(end, head + seams._LONGEST_HEAD))
    last = min(end if seam is None else seam, head + seams._LONGEST_HEAD)
    if point := seams._RUN_ON_POINT.search(line, head + seams.MIN_HEAD, last):
        return point.start() + (line[point.start()] == " ")
    return seam


_POINT_WORDS = (*_HEADING_WORDS, "(1)", "1、", "11、", "(一)", " (一)", "(", ")", "1", "一", "①")


@_SETTINGS
@given(_pieces(*_POINT_WORDS, size=30), st.integers(0, 12), st.booleans())
@example("(一)存在的问题与不足(一)宣传不够。", 3, True)
@example("一、工作1、宣传不够。", 2, False)
@example("一、街道认真贯彻工作总结街道认真贯彻。", 0, True)
def test_a_heading_seam_skips_the_point_only_where_none_can_stand(
    line: str, head: int, verbs: bool
) -> None:
    """With no ( or 1、 where a first point may stand, the seam is the plain one."""
    view = fold(line).split("\n")[0]
    head = min(head, len(view))
    assert seams.heading_seam(view, head, verbs=verbs) == _plain_heading_seam(
        view, head, verbs=verbs
    )

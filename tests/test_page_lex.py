"""The fast paths of normalize, fold, strip_page and lex give what the plain ones gave.

Each fast path stands on a promise that a later edit could quietly break: a chrome
branch added without its hint, a fold entry that folds again, a marker branch that can
match two ways.  These tests hold each fast path to a plain reference on texts built
from the characters and words it is about.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fzbg.genre import chrome as chrome_module
from fzbg.lex import lines as lex_module
from fzbg.lex.lines import Style, lex, run_in_markers
from fzbg.model import Debris, Span
from fzbg.page import cuts as cuts_module
from fzbg.page import strip as page_module
from fzbg.page.head_dates import VALUE_THEN_DATE
from fzbg.text.normalize import _FOLD, _FOLD_TABLE, _righted, fold, normalize

_SETTINGS = settings(max_examples=500, deadline=None)


def _pieces(*words: str) -> st.SearchStrategy[str]:
    """Texts strung together from ``words`` (each a character or a word)."""
    return st.lists(st.sampled_from(words), max_size=40).map("".join)


# --- normalize -----------------------------------------------------------------------


def _normalize_reference(text: str) -> str:
    text = regex.sub(r"\r\n?|[\v\f\u2028\u2029\x85]", "\n", text)
    text = regex.sub(r"[\ufeff\u200b\u200c\u200d\u2060\u00ad]", "", text)
    text = regex.sub(r"[\x00-\x08\x0e-\x1f\x7f]", "", text)
    return text.replace("\u00a0", " ")


@_SETTINGS
@given(_pieces("\r\n", "\r", "\n", "\v", "\f", "\u2028", "\x85", "\ufeff", "\u200b",
               "\u00ad", "\x00", "\x1f", "\x7f", "\t", "\u00a0", " ", "法治", "一、"))  # fmt: skip
def test_normalize_matches_the_three_passes(text: str) -> None:
    assert normalize(text) == _normalize_reference(text)


@pytest.mark.parametrize("text", ["\u200b\r\u200b\n", "\r\u00ad\n\r\n", "a\ufeff\r\r\n"])
def test_normalize_breaks_lines_before_deleting(text: str) -> None:
    assert normalize(text) == _normalize_reference(text)


def test_normalize_keeps_a_canonical_text() -> None:
    text = "一、工作情况\n（一）加强领导。"
    assert normalize(text) is text


# --- fold -----------------------------------------------------------------------------

_FOLDABLE = [chr(cp) for cp in sorted(_FOLD_TABLE)]


@_SETTINGS
@given(
    st.lists(
        st.one_of(st.sampled_from(_FOLDABLE), st.sampled_from("法治政府建设，。（）12 ab")),
        max_size=80,
    ).map("".join)
)
def test_fold_matches_translate(text: str) -> None:
    # then OCR's misreadings righted (法冶, 〇0 in a number): tests/property/test_text_fast
    assert fold(text) == _righted(text.translate(_FOLD))


def test_fold_folds_a_chain_once() -> None:
    # 薴 → 苧 and 苧 → 苎: folding is one step, as translate does it.
    assert fold("薴苧") == "苧苎"


def test_fold_of_many_distinct_characters() -> None:
    text = "".join(_FOLDABLE[::50])
    assert fold(text) == _righted(text.translate(_FOLD))


# --- strip_page: chrome lines ----------------------------------------------------------

_CHROME_WORDS = (
    "索引号", "索 引 号", "发布时间", "来源", "日期", "字体", ":", " ", "\t", "•", "·", "*", "-",
    "打印", "关闭", "【", "】", "[", "]", "(", ")", "<", ">", "|", "/", "大", "中", "小",
    "English", "分享到", "进入", "老年", "模式", "版", "切换", "当前位置", "您现在的位置",
    "所在位置", "»", "›", "。", "上一篇", "相关链接", "网站标识码", "ICP备", "主办单位:",
    "技术支持:", "政务公开", "首页", "法治政府建设年度报告", "2024-01-08", "一、", "(一)",
    "加强法治建设", "\n", "\n", "\n",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_CHROME_WORDS))
def test_chrome_lines_are_those_of_the_whole_pattern(view: str) -> None:
    found = list(chrome_module.chrome_lines(view))
    assert found == [(*m.span(), m.lastgroup) for m in chrome_module.CHROME.finditer(view)]
    assert [w for _, _, w in found] == [_kind(m) for m in chrome_module.CHROME.finditer(view)]


def _kind(m: re.Match[str]) -> str | None:
    """What a chrome line is, read from its groups rather than from ``lastgroup``."""
    return "metadata" if m["metadata"] else "number" if m["number"] else None


def _fields_reference(words: str) -> list[tuple[str, str]]:
    found = list(chrome_module.LABEL.finditer(words))
    ends = [m.start() for m in found[1:]] + [len(words)]
    out: list[tuple[str, str]] = []
    for m, end in zip(found, ends, strict=False):  # no label: no field
        label, value = (
            m["label"].replace(" ", ""),
            words[m.end() : end].strip(page_module.FIELD_TRIM),
        )
        # a date that ends a value after a gap is a field of its own (来源:某局 2024-01-08)
        dated = VALUE_THEN_DATE.fullmatch(value)
        out += [(label, dated["value"]), ("日期", dated["date"])] if dated else [(label, value)]
    return out


@_SETTINGS
@given(_pieces(*_CHROME_WORDS, "信息来源", "阅读次数", "编 辑", "某街道", "【大 中 小】"))
@example("索引号】: 2024-01-08")  # a date after a gap ends the value: a field of its own
def test_fields_split_at_each_label(words: str) -> None:
    assert page_module._fields(words) == _fields_reference(words)


def _unanchored_words() -> list[str]:
    modes = [
        verb + user + form
        for verb in chrome_module._MODE_VERBS
        for user in chrome_module._MODE_USERS
        for form in chrome_module._MODE_FORMS
    ]
    labels = [f"{label}{unit}:" for label in chrome_module.FOOTER_LABELS for unit in ("", "单位")]
    return [*modes, *chrome_module.FOOTER_WORDS, *labels, ">首页>", "»首页»", "›首页›"]


@pytest.mark.parametrize("word", _unanchored_words())
@pytest.mark.parametrize("indent", ["", " ", "\t "])
def test_chrome_words_as_far_into_the_line_as_they_may_stand(word: str, indent: str) -> None:
    """The hint looks only so far into a line: every place a branch allows is tried."""
    for width in range(chrome_module._FOOTER_REACH + 3):
        for filler in ("某", "一二"):
            line = indent + (filler * width)[:width] + word
            view = f"正文。\n{line}\n{line}  \n正文"
            found = [(s, e) for s, e, _ in chrome_module.chrome_lines(view)]
            assert found == [m.span() for m in chrome_module.CHROME.finditer(view)], line


# --- lex -------------------------------------------------------------------------------


def _lex_reference(view: str, start: int, end: int) -> list[tuple[int, int]]:
    lines = []
    for m in re.finditer(r"[^\n]+", view[start:end]):
        s, e = m.start() + start, m.end() + start
        while s < e and view[s] in " \t\u3000":
            s += 1
        while e > s and view[e - 1] in " \t\u3000":
            e -= 1
        if s < e:
            lines.append((s, e))
    return lines


_MARKER_CHARS = "一二十第部分(), 、.:;。是①⑳0123٣\t\u3000\nx\x1c\U00011066\U00010d40\U0001f600"


def test_a_marker_before_a_character_past_the_bmp_is_read_by_regex() -> None:
    """The fast pattern's lookahead rejects 😀 after 一 . and takes a shorter branch."""
    assert [(m.start, m.end) for line in lex("一 .😀") if (m := line.marker)] == [(0, 3)]


def test_a_marker_whose_numeral_reads_as_no_number_is_none() -> None:
    assert [line.marker for line in lex("一一、正文\n\U00010d40、正文")] == [None, None]


@_SETTINGS
@given(st.text(alphabet=_MARKER_CHARS, max_size=30), st.data())
def test_lex_lines_and_markers(view: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(view)))
    end = data.draw(st.integers(start, len(view)))
    lines = lex(view, start, end)
    assert [(line.start, line.end) for line in lines] == _lex_reference(view, start, end)
    for line in lines:
        slow = lex_module._LINE_MARKER.match(view, line.start, line.end)
        if line.marker is None:
            if slow is not None and view[line.start] in lex_module._MARKER_OPENERS:
                # A marker whose numeral reads as no number (一一、) is no marker.
                name = slow.lastgroup
                assert name is not None
                assert name != "BROKEN"
                assert lex_module._READ[Style[name]](slow[name]) is None
        else:
            assert slow is not None
            assert (line.marker.start, line.marker.end) == slow.span()


@_SETTINGS
@given(st.text(alphabet=_MARKER_CHARS, max_size=12))
def test_fast_marker_pattern_agrees_with_regex(view: str) -> None:
    """Where the fast pattern finds a marker with no character past the BMP right after it
    (its lookaheads reject those: 一 .😀), regex finds the same; lex asks regex elsewhere."""
    fast = lex_module._LINE_MARKER_FAST.match(view)
    if fast is not None and max(view[fast.end() : fast.end() + 3], default="") <= "\uffff":
        slow = lex_module._LINE_MARKER.match(view)
        assert slow is not None
        assert (fast.span(), fast.lastindex) == (slow.span(), slow.lastindex)


@pytest.mark.parametrize(
    ("view", "style", "expected"),
    [
        ("加强领导,一是抓学习;二是抓落实。", Style.SHI, [(1, 5, 7), (2, 11, 13)]),
        ("完成。1.立法 2.执法。(三)普法", Style.AR_DUN, [(1, 3, 5)]),
        ("完成。(三)普法;③宣传", Style.CN_PAREN, [(3, 3, 6)]),
        ("完成;③宣传", Style.CIRCLED, [(3, 3, 4)]),
        ("正文", Style.CN_DUN, []),
    ],
)
def test_run_in_markers(view: str, style: Style, expected: list[tuple[int, int, int]]) -> None:
    found = [(m.ordinal, m.start, m.end) for m in run_in_markers(view, style, 0, len(view))]
    assert found == expected


@_SETTINGS
@given(st.text(alphabet="。;: 12.、٣x\n\U00010d40", max_size=20), st.data())
def test_arabic_run_in_points_are_those_of_the_pattern(view: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(view)))
    end = data.draw(st.integers(0, len(view)))
    pattern = lex_module._RUN_IN[Style.AR_DUN]
    expected = [m.span() for m in pattern.finditer(view, start, end)]
    assert [m.span() for m in lex_module._ar_dun_points(view, start, end)] == expected


@pytest.mark.parametrize(
    "number", ["— 2 —", "- 3 -", "－4－", "–5–", "第 2 页 共 5 页", "第2页/共5页", "共5页 第3页"]
)
def test_page_number_lines_are_cut(number: str) -> None:
    """A page number on a line of its own, left by a print or a PDF, is debris."""
    text = f"一、主要举措和成效\n（一）加强领导。\n{number}\n（二）规范执法。\n"
    page = page_module.strip_page(text)
    assert page.text == "一、主要举措和成效\n（一）加强领导。\n（二）规范执法。\n"
    assert [(d.kind, d.text) for d in page.debris] == [("page-number", number + "\n")]


@pytest.mark.parametrize("line", ["第2页的表格", "- 3 -月份", "共5页材料", "-3"])
def test_a_line_that_only_starts_like_a_page_number_stays(line: str) -> None:
    page = page_module.strip_page(f"一、主要举措和成效\n{line}\n")
    assert page.text == f"一、主要举措和成效\n{line}\n"


def test_a_metadata_line_standing_twice_gives_its_fields_twice() -> None:
    """Each distinct line's fields are read once, and given for every line that holds them."""
    text = "来源:某区司法局 日期:2024-03-01\n正文。\n来源:某区司法局 日期:2024-03-01\n正文。\n"
    once = [("来源", "某区司法局"), ("日期", "2024-03-01")]
    assert page_module.strip_page(text).fields == (*once, *once)


# --- strip_page: making the cuts ---------------------------------------------------------

_KINDS = ("page-chrome", "page-number", "pinyin-gloss")


@st.composite
def _cuts_of(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]], int, int]:
    """A text, cuts in it (overlapping, touching or empty ones too), and a span of it."""
    text = draw(st.text(alphabet="一二三\n", min_size=1, max_size=60))
    offset = st.integers(0, len(text))
    cuts = draw(st.lists(st.tuples(offset, offset, st.sampled_from(_KINDS)), max_size=12))
    start, end = sorted((draw(offset), draw(offset)))
    return text, [(min(s, e), max(s, e), k) for s, e, k in cuts], start, end


def _merge_reference(cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    # of two cuts at one place the wider wins: (一 of 一一 inside 一一 is no piece of its own)
    for start, end, kind in sorted(cuts, key=lambda c: (c[0], -c[1], c[2])):
        begin = max(start, out[-1][1]) if out else start
        if begin < end:
            out.append((begin, end, kind))
    return out


def _apply_reference(text: str, merged: list[tuple[int, int, str]]) -> tuple[str, list[Debris]]:
    parts, runs, last, removed = [], [], 0, 0
    for start, end, kind in merged:
        parts.append(text[last:start])
        if runs and runs[-1][0] == kind and runs[-1][1] == start - removed:
            runs[-1][2] += text[start:end]
        else:
            runs.append([kind, start - removed, text[start:end]])
        removed += end - start
        last = end
    return "".join([*parts, text[last:]]), [Debris(k, t, at) for k, at, t in runs]


@_SETTINGS
@given(_cuts_of())
def test_cuts_are_made_as_one_at_a_time(
    case: tuple[str, list[tuple[int, int, str]], int, int],
) -> None:
    """Sorting, merging, cutting, and moving offsets by bisection give what loops gave."""
    text, cuts, start, end = case
    merged = _merge_reference(cuts)
    made = cuts_module.Cuts(cuts)
    assert list(zip(made.starts, made.ends, made.kinds, strict=True)) == merged
    out, _, debris = made.apply(text, text)
    assert (out, debris) == _apply_reference(text, merged)
    moved = start - sum(min(e, start) - s for s, e, _ in merged if s < start)
    assert made.moved(start) == moved
    before = sum(e - s for s, e, _ in merged if e <= start)
    inside = sum(e - s for s, e, _ in merged if s >= start and e <= end and e > start)
    assert made.span(start, end) == Span(start - before, end - before - inside)

"""The page stage's quick checks and bulk steps give what the plain ones gave.

The head of a page skips its slow field pattern where no bracket opens a line and no
date stands in it, a title line with no tag skips the tag pattern, and the diagnostics
say each kind and text once.  Each is held here to the plain code it stands for, on
texts built from the characters and words it is about.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fzbg.genre import chrome as chrome_module
from fzbg.model import Debris, Diagnostic, Span
from fzbg.page import cuts as cuts_module
from fzbg.page import head_dates, head_fields
from fzbg.page import rows as rows_module
from fzbg.page import strip as strip_module
from fzbg.page import title as title_module
from fzbg.page.title_line import behind_chrome

_SETTINGS = settings(max_examples=500, deadline=None)


def _pieces(*words: str, size: int = 40) -> st.SearchStrategy[str]:
    """Texts strung together from ``words`` (each a character or a word)."""
    return st.lists(st.sampled_from(words), max_size=size).map("".join)


# --- the head's fields -----------------------------------------------------------------

_FIELD_WORDS = (
    "发布时间", "发 布 时 间", "来源", "日期", "时间", "主题分类", "[", "]", "【", "】", " ",
    ":", "|", "\t", "2024-01-08", "2024年1月8日", "2024.1.8", "20241", "19", "-", "年",
    "09:30", "某市人民政府", "法治", "门户网站", "www.example.gov.cn",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_FIELD_WORDS))
def test_a_field_line_holds_a_bracket_first_or_a_date(words: str) -> None:
    """Where the quick check says no, neither field pattern matches."""
    if not head_fields.may_hold_fields(words):
        assert head_fields.FIELD_LINE.match(words) is None
        assert head_dates.BARE_DATE.fullmatch(words) is None


def test_the_quick_check_passes_the_lines_of_fields() -> None:
    for words in ("[ 主题分类 ] 司法", "时间:2023-03-09 来源:某市", "2025-01-08 09:40"):
        assert head_fields.may_hold_fields(words)
    assert not head_fields.may_hold_fields("某县2024年法治政府建设年度报告")


# --- the tags around a title -----------------------------------------------------------


_TAG_WORDS = (
    "【", "】", "[", "]", "《", "》", "(", "〔", "〕", "号", "某府文", "2023", "12",
    "工作报告", "法治政府建设年度报告", " ", "|", "!", "一图读懂",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_TAG_WORDS, size=12).filter(bool))
def test_a_line_the_quick_check_passes_by_holds_no_tag(words: str) -> None:
    """A line with no bracket first, no 号 and no bar or bang near its start holds no tag,
    no 文号 and no 《》 to unwrap."""
    if not (words.startswith(("【", "[", "《")) or "号" in words or title_module._tag_mark(words)):
        assert title_module._TITLE_TAG.match(words) is None
        line = title_module.HeadLine(0, len(words) + 3, words, 3)
        assert title_module._unwrap(line) == (line, [])


def test_a_tagged_title_is_unwrapped() -> None:
    words = "【工作报告】《某县法治政府建设年度报告》"
    line = title_module.HeadLine(0, len(words), words, 0)
    unwrapped, cuts = title_module._unwrap(line)
    assert unwrapped.words == "某县法治政府建设年度报告"
    assert [words[s:e] for s, e, _ in cuts] == ["【工作报告】", "《", "》"]


# --- diagnostics -----------------------------------------------------------------------


def _diagnostics_reference(debris: list[Debris]) -> tuple[Diagnostic, ...]:
    said = strip_module._SAID
    return tuple(
        Diagnostic(d.kind, f"{said[d.kind]}: {d.text.strip()[:40]!r}", Span(d.at, d.at))
        for d in debris
    )


@_SETTINGS
@given(
    st.lists(
        st.builds(
            Debris,
            st.sampled_from(["page-chrome", "page-number", "running-head", "gbk-shift", "odd"]),
            st.sampled_from(["— 3 —\n", "某县人民政府\n", " 打印 ", "", "x" * 50]),
            st.integers(0, 100),
        ),
        max_size=20,
    )
)
def test_diagnostics_say_what_each_piece_said(debris: list[Debris]) -> None:
    made = strip_module._diagnostics(debris, [], cuts_module.Cuts([]))
    assert made == _diagnostics_reference(debris)


# --- chrome lines in a view with no clock ----------------------------------------------


def _no_look(*words: str) -> str:
    return ""


# The plain hint and line: every word alternation tried at every place, with no look at
# its first characters, and the hint's clock look on every line.
_PLAIN_HINT = chrome_module._chrome_hint(f"| {chrome_module._CLOCK_LOOK}", _no_look)
_PLAIN_POSTER = r"[^\s:,。;]{1,24}[ \t]+"  # a poster's name, retried at every length
_PLAIN_LINE = chrome_module._chrome_line(
    chrome_module._POSTED.replace(chrome_module._POSTER, _PLAIN_POSTER), _no_look
)
_PLAIN_FIRST, _PLAIN_AFTER_BREAK = (
    re.compile(rf"{opening}(?={_PLAIN_HINT}){_PLAIN_LINE}", re.MULTILINE | re.VERBOSE)
    for opening in ("", "\\n")
)


def test_the_plain_patterns_have_no_looks_and_the_scans_have() -> None:
    assert _PLAIN_POSTER in _PLAIN_LINE
    assert _PLAIN_POSTER not in chrome_module._CHROME_LINE
    widgets = chrome_module._firsts(*chrome_module._WIDGET_ALL)
    assert widgets not in _PLAIN_LINE
    assert widgets not in _PLAIN_HINT
    assert _PLAIN_LINE.count("(?=") < chrome_module._CHROME_LINE.count("(?=")
    assert _PLAIN_HINT.count("(?=") < chrome_module._CHROME_HINT.count("(?=")


def _chrome_lines_reference(view: str) -> list[tuple[int, int, str | None]]:
    """The plain scan: every line looked at by the whole hint, clock and all, then matched."""
    found = [(m.start(), m.end(), m.lastgroup) for m in [_PLAIN_FIRST.match(view)] if m]
    after_break = _PLAIN_AFTER_BREAK.finditer(view)
    return found + [(m.start() + 1, m.end(), m.lastgroup) for m in after_break]


_CHROME_WORDS = (
    "\n", " ", "\t", ":", "0", "8", "9", "12", "08:30", "08:75", "2024-02-01", "2024年02月01日",
    "原创", "发表于", "湖南", "某县司法", "打印", "关闭", "点赞", "在看", "END", "阅读原文",
    "关注我们", "发布时间", "来源", "版", "办", ">", "第1页", "— 2 —", "一是加强", "。",
    "当前位置", "上一篇", "T", "日期:", "- END -", "往期推荐", "分享 收藏", "点击上方蓝字", "(",
    "时间 ", "法治政府建设工作", "2024-02-01 08:30", "1:59",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_CHROME_WORDS, size=60))
def test_chrome_lines_looks_for_a_clock_only_where_one_is(view: str) -> None:
    """A view scanned without the clock's look, its clocks' lines looked at alone, gives the
    plain lines."""
    assert list(chrome_module.chrome_lines(view)) == _chrome_lines_reference(view)


_HEADERS = st.builds(
    lambda indent, lead, posters, date, clock, where: (
        f"{indent}{lead}{' '.join(posters)} {date}{clock}{where}"
    ),
    st.sampled_from(("", " ", "\t", "  ")),
    st.sampled_from(("", "日期:", "原创 ", "某:某 ")),
    st.lists(st.text(alphabet="某司法县", min_size=1, max_size=24), min_size=1, max_size=3),
    st.sampled_from(("2024-02-01", "2024年02月01日", "2024-2-1")),
    st.sampled_from((" 08:30", "08:30", " 8:59", " 08:60", " 08:75", " 12:05:09", "")),
    st.sampled_from(("", " 湖南", " 发表于湖南", " 湖南版")),
)


@_SETTINGS
@given(st.lists(st.one_of(_HEADERS, _pieces(*_CHROME_WORDS, size=8)), max_size=4))
def test_chrome_lines_finds_the_headers_the_clock_look_lets_through(lines: list[str]) -> None:
    """Headers with their clock near and far, behind a colon or none, give the plain lines."""
    view = "\n".join(lines)
    assert list(chrome_module.chrome_lines(view)) == _chrome_lines_reference(view)


@pytest.mark.parametrize("colon", [46, 47, 48, 49, 50])
def test_the_clock_look_reaches_as_far_as_the_plain_look(colon: int) -> None:
    """A header's clock just inside and just past the look's reach (48 characters)."""
    line = f"{'某' * 24} {'某' * (colon - 39)} 2024-02-01 08:30 湖南"
    assert line.index(":") == colon
    view = f"正文。\n{line}\n"
    assert list(chrome_module.chrome_lines(view)) == _chrome_lines_reference(view)
    assert bool(list(chrome_module.chrome_lines(view))) is (colon <= 48)


def test_a_header_with_a_clock_is_found_and_one_without_is_not() -> None:
    header = "正文。\n某县司法 2024-02-01 08:30 湖南\n"
    assert [what for *_, what in chrome_module.chrome_lines(header)] == ["posted"]
    assert list(chrome_module.chrome_lines(header.replace(":", "时"))) == []


def test_a_clock_past_the_looks_reach_still_counts_for_the_header() -> None:
    """A clock the hint's look would not take (08:75) may stand in a header of a hinted line."""
    view = "正文。\n某县司法 2024-02-01 08:75 湖南版\n"
    assert list(chrome_module.chrome_lines(view)) == _chrome_lines_reference(view)
    assert [what for *_, what in chrome_module.chrome_lines(view)] == ["posted"]


def _posted(poster: str) -> list[re.Pattern[str]]:
    """The header's names before its date, in each of the two header branches that have them."""
    when = chrome_module._WHEN
    return [
        re.compile(rf"原创[ \t]+(?:{poster}){{0,3}}{when}", re.VERBOSE),
        re.compile(rf"(?:{poster}){{1,3}}{when}", re.VERBOSE),
    ]


@_SETTINGS
@given(
    _pieces("某", "司法", " ", "\t", "  ", ":", ",", "2024-02-01", "2024年2月1日", "原创 ", size=30)
)
def test_a_poster_taken_whole_matches_as_one_retried_at_every_length(words: str) -> None:
    """The header's names before its date, each taken whole, match where the plain do."""
    for fast, plain in zip(_posted(chrome_module._POSTER), _posted(_PLAIN_POSTER), strict=True):
        assert [m.span() for m in fast.finditer(words)] == [m.span() for m in plain.finditer(words)]


def test_a_header_names_its_posters() -> None:
    header = "原创 某县司法 某县司法 2024-02-01"
    assert [bool(posted.match(header)) for posted in _posted(chrome_module._POSTER)] == [True, True]


# --- a title glued behind a chrome line ------------------------------------------------


def _title_behind_reference(view: str, start: int, end: int) -> int:
    """_title_behind as it was: behind_chrome asked of every line with 报告 or 总结."""
    line = view[start:end]
    if "报告" not in line and "总结" not in line:
        return 0
    words = line.lstrip()
    behind = behind_chrome(words.rstrip())
    return start + len(line) - len(words) + behind if behind else 0


_CRUMB_WORDS = (
    "首页", " > ", ">", "政务公开", "工作动态", "计划总结", "东山县", "2023年度", "法治政府建设",
    "依法行政", "法制", "工作报告", "情况报告", "总结", "当前位置:", "www.example.gov.cn", " ",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_CRUMB_WORDS, size=14))
def test_a_title_is_looked_for_behind_chrome_only_where_its_topic_stands(line: str) -> None:
    """A chrome line with no 法治, 依法行政 or 法制 holds no title behind its chrome."""
    view = f"正文。\n{line}\n"
    start, end = 4, 4 + len(line)
    assert strip_module._title_behind(view, start, end) == _title_behind_reference(view, start, end)


def test_a_title_glued_behind_a_breadcrumb_is_still_found() -> None:
    line = "首页 > 工作动态东山县2023年度法治政府建设情况报告"
    view = f"正文。\n{line}\n"
    assert strip_module._title_behind(view, 4, 4 + len(line)) == 4 + line.index("东山县")
    assert strip_module._title_behind(view.replace("法治", "依法"), 4, 4 + len(line)) == 0


# --- the fields of a metadata line -----------------------------------------------------


def _fields_reference(words: str) -> list[tuple[str, str]]:
    """_fields as it was: every value tried for a date after it."""
    parts = rows_module.LABEL.split(words)
    out: list[tuple[str, str]] = []
    for label, value in zip(parts[1::2], parts[2::2], strict=True):
        dated = head_dates.VALUE_THEN_DATE.fullmatch(value.strip(rows_module.FIELD_TRIM))
        if dated is None:
            out.append((label.replace(" ", ""), value.strip(rows_module.FIELD_TRIM)))
        else:
            out += [(label.replace(" ", ""), dated["value"]), ("日期", dated["date"])]
    return out


_VALUE_WORDS = (
    "来源:", "发布时间:", "日期:", "某县司法局", " ", "\t", "|", "2024-03-28", "2024年3月28日",
    "1999.1.2", "19", "20", " 09:30", "【", "】", "浏览次数:", "12",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_VALUE_WORDS, size=20))
@example("来源:某县司法局|2024-03-28")
@example("来源:某县司法局 \t2024年3月28日 09:30")
def test_a_value_is_tried_for_a_date_only_where_a_year_follows_a_gap(words: str) -> None:
    assert rows_module.row_fields(words) == _fields_reference(words)


def test_a_source_and_its_date_are_two_fields() -> None:
    assert rows_module.row_fields("来源:某县司法局 2024-03-28") == [
        ("来源", "某县司法局"),
        ("日期", "2024-03-28"),
    ]

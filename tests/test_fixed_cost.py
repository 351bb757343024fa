"""The shortcuts that cut a parse's fixed cost give what the plain steps gave.

Each shortcut skips a regex call where a plain test (a literal absent, a string empty)
shows it could find nothing; these tests hold each one to the plain step it replaced, on
texts strung together from the characters and words the step is about.
"""

from __future__ import annotations

import re
import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg import api
from fzbg.extract import metadata, references
from fzbg.extract.references import LEAD_WORDS
from fzbg.genre import bodies, dates
from fzbg.page.title_line import PLAN_WORDS

_SETTINGS = settings(max_examples=500, deadline=None)


def _pieces(*words: str, size: int = 30) -> st.SearchStrategy[str]:
    """Texts strung together from ``words`` (each a character or a word)."""
    return st.lists(st.sampled_from(words), max_size=size).map("".join)


# --- body names --------------------------------------------------------------------------


def _body_name_plain(words: str) -> str | None:
    """body_name as first written: the ending looked for again after the trimming."""
    words = words.rstrip()
    if (genre := bodies.GENRE_WORDS.search(words)) and genre.start() >= 2:
        words = words[: genre.start()]
    if (whole := bodies._ALL_OF_IT.search(words)) and whole.start() >= 2:
        words = words[: whole.start()]
    if len(words) > bodies._LONGEST or bodies._NOT_A_NAME.match(words):
        return None
    while words and not bodies._ENDS_AS_BODY.search(words):
        words = words[:-1]
    ending = bodies._ENDS_AS_BODY.search(words)
    if ending is None or ending.start() == 0:
        return None
    return words


_BODY_WORDS = (
    *bodies.BODY_ENDINGS.split("|"), "某", "云溪", "东湖", "坚决", "法治", "建设", "我", "全",
    "各级", "\n", " ", "2024", "。", "人民", "办事", "道", "依", "法制",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_BODY_WORDS, size=12))
def test_body_name_is_that_of_the_plain_steps(words: str) -> None:
    assert bodies.body_name(words) == _body_name_plain(words)


def test_body_name_keeps_a_name_before_a_final_newline_as_the_plain_steps_do() -> None:
    # $ matches before a final newline: the plain loop stops there, and so must the new one.
    for words in ("某县\n人", "某某镇人民政府\n", "县\n", "某街道\n坚"):
        assert bodies.body_name(words) == _body_name_plain(words)


# --- law names and titles ----------------------------------------------------------------


_STATE = regex.compile(r"^中华人民共和国(?=.)")


def _canonical_plain(title: str) -> str:
    name = references._REVISION.sub("", _STATE.sub("", title[1:-1].strip()))
    return f"《{name}》"


_LAW_WORDS = (
    "中华人民共和国", "中华人民", "民法典", "行政处罚法", "(", ")", "2021年", "修订", "修正",
    "版", "试行", "\n", " ", "\u3000", "条例",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_LAW_WORDS, size=10))
def test_canonical_law_is_that_of_the_plain_substitutions(name: str) -> None:
    title = f"《{name}》"
    assert references.canonical_law(title) == _canonical_plain(title)


def test_the_empty_titles_white_space_is_that_of_regex() -> None:
    """The title scan reads white space with re's classes, _EMPTY with regex's \\s."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    empty_char = re.compile(references._EMPTY_CHAR)
    ours = {c for c in every if empty_char.fullmatch(c)}
    assert ours == {*regex.findall(r"\s", every), "〈", "〉"} - {"\n"}


_TITLE_WORDS = (
    "《", "》", "〈", "〉", " ", "\u3000", "\x1c", "\x1f", "\t", "\n", "\x85", "\u2028", "法",
    "条例", "《》", "《 》",
)  # fmt: skip


def _titles_plain(view: str) -> list[tuple[int, int, str]]:
    titles = references.PATTERNS["law"].finditer(view)
    return [(m.start(), m.end(), "law") for m in titles if not references._EMPTY.fullmatch(m[0])]


@_SETTINGS
@given(_pieces(*_TITLE_WORDS, size=24))
def test_the_title_scan_finds_the_titles_that_are_not_empty(view: str) -> None:
    assert references._matches(view) == _titles_plain(view)


def test_a_run_of_empty_titles_is_one_step_of_the_scan() -> None:
    view = "《》" * 1000 + "《法》" + "《 〈〉》" * 1000 + "《条例》《》"
    assert len(list(references._TITLES.finditer(view))) == 5
    assert references._matches(view) == _titles_plain(view)


# --- dates, years and publishers ---------------------------------------------------------


def _parse_date_plain(view: str) -> object:
    if m := dates._DATE.search(view):
        return dates._valid(int(m[1]), int(m[2]), int(m[3]))
    if m := dates._CN_DATE.search(view):
        year = int("".join(str(dates._CN_DIGIT[c]) for c in m[1]))
        month, day = dates.cn_ordinal(m[2]), dates.cn_ordinal(m[3])
        return dates._valid(year, month, day) if month and day else None
    return None


_DATE_WORDS = (
    "2024", "二〇二四", "二O二四", "年", "月", "日", "一", "十", "十二", "1", "12", "-", "/",
    ".", " ", "特此报告。",
)  # fmt: skip


@_SETTINGS
@given(_pieces(*_DATE_WORDS, size=14))
def test_parse_date_is_that_of_the_plain_searches(view: str) -> None:
    assert dates.parse_date(view) == _parse_date_plain(view)


@_SETTINGS
@given(_pieces("2024", "二〇二三", "年", "《", "》", "(", ")", "度", "某县", " ", "\n"))
def test_no_year_stands_in_a_preamble_without_its_nian(preamble: str) -> None:
    """The preamble's year is looked for only where a 年 stands."""
    found = metadata._ANY_YEAR.search(metadata._blank_brackets(preamble))
    assert found is None or "年" in preamble


def _publisher_plain(text: str, view: str, at: int, preamble: str) -> str | None:
    dot = preamble.find("。")
    above = preamble if dot < 0 else preamble[: preamble.rfind("\n", 0, dot) + 1]
    m = metadata._PUBLISHER.search(above)
    return (
        metadata._body_at(text, view, at + m.start("issuer"), at + m.end("issuer")) if m else None
    )


@_SETTINGS
@given(
    _pieces("某某县", "人民政府", "局", "发布", "公布", "印发", "发", "布", "(", "。", " ", "\n")
)
def test_a_publisher_is_that_of_the_plain_search(preamble: str) -> None:
    assert metadata._publisher(preamble, preamble, 0, preamble) == _publisher_plain(
        preamble, preamble, 0, preamble
    )


# --- the report's own steps --------------------------------------------------------------


def test_a_str_has_no_reader_fields_to_fold_or_note() -> None:
    assert api._folded(()) == ()
    assert api._reader_notes(()) == ()
    assert api._folded((("来源", " 某县人民政府 "),)) == (("来源", "某县人民政府"),)


# --- issuer codes ------------------------------------------------------------------------

_HAN = regex.compile(r"\p{Han}")


def _issuer_start_plain(view: str, at: int, floor: int, longest: int) -> int | None:
    """_issuer_start as first written: the run walked back one character at a time."""
    if at - 1 > floor and view[at - 1] == " ":
        at -= 1
    lo = max(at - longest, floor)
    run = at
    while run > lo and _HAN.match(view, run - 1):
        run -= 1
    for p in range(run, at):
        after_lead = p == 0 or not _HAN.match(view, p - 1) or view.endswith(LEAD_WORDS, 0, p)
        if after_lead and not view.startswith(LEAD_WORDS, p):
            return p
    return None


_CODE_WORDS = (
    *LEAD_WORDS[:12],
    "国",
    "办",
    "发",
    "府",
    "和",
    "及",
    " ",
    "\n",
    "a",
    "1",
    "》",
    "〔",
)


@_SETTINGS
@given(
    _pieces(*_CODE_WORDS, size=16),
    st.integers(0, 60),
    st.integers(0, 60),
    st.sampled_from([12, 20]),
)
def test_an_issuer_code_starts_where_the_plain_walk_says(
    view: str, at: int, floor: int, longest: int
) -> None:
    at = min(at, len(view))
    floor = min(floor, at)
    assert references._issuer_start(view, at, floor, longest) == _issuer_start_plain(
        view, at, floor, longest
    )


@_SETTINGS
@given(_pieces("方", "做", "法", "(", ")", "条例", "试行", "民法典", "《", "》", " ", size=12))
def test_a_title_is_read_as_a_law_as_in_the_text_around_it(words: str) -> None:
    """The cached reading of a title alone is the reading of it where it stands."""
    view = f"依照{words}《{words}法》《{words}》"
    for m in references.PATTERNS["law"].finditer(view):
        at, end = m.span()
        plain = references.LAW_ENDINGS.search(view, at + 1, end - 1)
        expected = references.canonical_law(view[at:end]) if plain else None
        assert references._law_name(view[at:end]) == expected
        assert references._cached_law_name(view[at:end]) == expected


# --- the title's plan year, the preamble's self-naming -------------------------------------


@_SETTINGS
@given(_pieces("及", "和", "2025", "二〇二五", "年", "工作", *PLAN_WORDS, "。", " "))
def test_a_title_states_a_plan_year_only_with_a_plan_word(title: str) -> None:
    found = metadata._TITLE_PLAN_YEAR.search(title)
    assert found is None or any(w in title for w in PLAN_WORDS)


@_SETTINGS
@given(_pieces("现", "将", "就", "现将", "现就", "某县", "2024", "年", "度", "报告如下", "。"))
def test_a_preamble_names_itself_only_after_xianjiang(preamble: str) -> None:
    found = metadata._PREAMBLE_SELF.search(preamble)
    assert found is None or any(word in preamble for word in bodies.SELF_WORDS)

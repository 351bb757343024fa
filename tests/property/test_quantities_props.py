"""Properties of extract_quantities: any number, written any way, with any qualifier and
unit, is read back exactly; the genre's look-alikes are never read; spans always slice back.
"""

from __future__ import annotations

import re
from decimal import Decimal

import cn2an
from genre_strategies import genre_text
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from fzbg.extract import quantities
from fzbg.extract.quantities import QUALIFIERS, extract_quantities
from fzbg.genre.units import BY_WRITTEN, COUNT, UNITS, Unit
from fzbg.model import Approx

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Prose around the quantity, in the genre's style.  Every suffix opens a new clause, so
# that a bare 一 before a classifier is a count (受理申请一件。) and not an article.
PREFIXES = ("", "今年以来，街道共受理", "全年累计开展", "经统计，已完成", "截至年末，组织培训")
SUFFIXES = ("。", "，有效维护了群众合法权益。", "；工作质效进一步提升。", "、其余事项均已办结。")

BEFORE = tuple(q.word for q in QUALIFIERS if q.position == quantities.BEFORE)
BETWEEN = tuple(q.word for q in QUALIFIERS if q.position == quantities.BETWEEN)
AFTER = tuple(q.word for q in QUALIFIERS if q.position == quantities.AFTER)
_APPROX = {q.word: q.approx for q in QUALIFIERS}

# The not-quantity list of the issue, and more of the same kinds.
NOT_QUANTITIES = (
    "2024年",
    "2022年2月10日",
    "12月",
    "2021年-2025年",
    "(2021—2025年)",
    "75周年",
    "一是",
    "二是",
    "（一）",
    "(二)",
    "一、",
    "1.",
    "第一",
    "第四级",
    "第二批",
    "第一责任人",
    "三项制度",
    "“三项制度”",
    "八五普法",
    "“八五”普法",
    "党的二十大",
    "二十届三中全会",
    "十九届二中、三中、四中全会",
    "三会一课",
    "四个亲自",
    "“四个亲自”",
    "一村（社区）一法律顾问",
    "两个全覆盖",
    "“两个确立”",
    "两个维护",
    "最后一公里",
    "万人大培训",
    "一支队伍管执法",
    "一站式",
    "一张网",
    "两水村",
    "六盘水市",
    "钟府办发﹝2021﹞7号",
    "国务院令第713号",
    "厅字〔2019〕28号",
    "4·15",
    "“12.4宪法日”",
    "3.8国际妇女节",
    "中央八项规定",
    "十四五",
    "二〇三五年",
    "千家万户",
    "一体推进",
    "一线",
    "进一步",
)
CONNECTORS = ("，", "。", "、", "；", "和", "以及", "深入推进", "严格落实")


# 十万零一千: writers put a 零 for the 万 group's zero units digit before a full thousands
# group, which cn2an.an2cn never writes.
_TENS_OF_WAN = re.compile("十万(?=[一二三四五六七八九]千)")
# 一亿零一千: cn2an.an2cn leaves out the 零 of an empty 万 group after 亿 (一亿一千), which
# is no well-formed numeral: cn2an itself does not read it back.
_EMPTY_WAN = re.compile("亿(?=[一二三四五六七八九]千(?![^万]*万))")


def _an2cn(value: Decimal) -> str:
    return _EMPTY_WAN.sub("亿零", cn2an.an2cn(_plain(value)))


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number 0 ≤ n < 10⁹ (maybe with two decimals) written in Arabic, Chinese or with 万/亿."""
    integer = draw(st.integers(0, 10**9 - 1))
    cents = draw(st.one_of(st.just(0), st.integers(1, 99)))
    value = Decimal(integer) + Decimal(cents) / 100
    form = draw(st.sampled_from(("arabic", "chinese", "chinese-zero", "magnitude")))
    if form == "arabic":
        return _plain(value), value
    if form == "chinese":
        return _an2cn(value), value
    if form == "chinese-zero":
        return _TENS_OF_WAN.sub("十万零", _an2cn(value)), value
    word, scale = draw(st.sampled_from((("万", Decimal(10**4)), ("亿", Decimal(10**8)))))
    return _plain(value / scale) + word, value


def _expected_approx(*qualifiers: str) -> Approx:
    found = {_APPROX[q] for q in qualifiers if q}
    if not found:
        return Approx.EXACT
    return found.pop() if len(found) == 1 else Approx.ABOUT


@_SETTINGS
@given(
    written_numbers(),
    st.sampled_from(UNITS),
    st.sampled_from(("", *BEFORE)),
    st.sampled_from(("", *BETWEEN)),
    st.sampled_from(("", *AFTER)),
    st.sampled_from(PREFIXES),
    st.sampled_from(SUFFIXES),
)
@example(("十万零一千", Decimal(101000)), BY_WRITTEN["人次"], "", "", "", "全年培训", "。")
@example(("二十万零三千", Decimal(203000)), BY_WRITTEN["元"], "", "", "", "", "。")
@example(("一千零一十万零三千", Decimal(10103000)), BY_WRITTEN["元"], "约", "", "", "", "。")
@example(("一万零一百", Decimal(10100)), BY_WRITTEN["人次"], "", "", "以上", "", "。")
def test_any_number_with_any_qualifier_and_unit_is_read_back(
    number: tuple[str, Decimal],
    unit: Unit,
    before: str,
    between: str,
    after: str,
    prefix: str,
    suffix: str,
) -> None:
    """Exactly one quantity, with the number's value, the unit, the approximation, the span."""
    written, value = number
    # Years are a duration only after a word that makes them one (连续三年): tested apart.
    assume(unit.written != "年")
    # A score's points are written in digits: 十分, 三分 in Chinese are words (十分重视).
    assume(unit.written != "分" or written[0].isdigit())
    quantity_text = f"{before}{written}{between}{unit.written}{after}"
    sentence = prefix + quantity_text + suffix
    found = extract_quantities(sentence)
    assert len(found) == 1, (sentence, found)
    q = found[0]
    assert q.value == value
    assert q.unit == unit.unit
    assert q.approx == _expected_approx(before, between, after)
    assert q.text == quantity_text
    assert (q.span.start, q.span.end) == (len(prefix), len(prefix) + len(quantity_text))


@_SETTINGS
@given(st.integers(1, 10**6), st.sampled_from([u for u in UNITS if u.kind == COUNT]))
def test_arabic_counts_before_a_noun_are_read(n: int, unit: Unit) -> None:
    """An Arabic count is a count even when a noun follows it (61件案件)."""
    found = extract_quantities(f"全年共办理{n}{unit.written}相关事项。")
    assert [(q.value, q.unit) for q in found] == [(Decimal(n), unit.unit)]


@_SETTINGS
@given(
    st.lists(st.sampled_from(NOT_QUANTITIES), min_size=1, max_size=6),
    st.lists(st.sampled_from(CONNECTORS), min_size=6, max_size=6),
)
def test_sentences_of_look_alikes_hold_no_quantity(pieces: list[str], joints: list[str]) -> None:
    """Years, dates, markers, ordinals, slogans, names, document numbers: nothing is read."""
    sentence = "".join(p + j for p, j in zip(pieces, joints, strict=False))
    assert extract_quantities(sentence) == ()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(genre_text())
def test_spans_slice_back_on_any_genre_text(text: str) -> None:
    """On any text, each quantity's span slices its text, in order, without overlap."""
    found = extract_quantities(text)
    end = 0
    for q in found:
        assert text[q.span.start : q.span.end] == q.text
        assert q.span.start >= end
        end = q.span.end
        assert q.value >= 0
        assert q.unit in {u.unit for u in UNITS}


# What the candidate scan's quick checks key on: numbers, units, qualifiers, the
# characters around them, and the exotic digits and spaces re and regex read differently.
SCAN_PIECES = (
    *"0123456789零〇一二两三四五六七八九十百千万亿点,. 余多第每数几若好上成在到-~—–至",
    *"《》“”\n\t\x1c\u3000个件人次元%分之以内左右及最附签赶大不将接近约超逾性常日A_",
    *(u.written for u in UNITS),
    *(q.word for q in QUALIFIERS),
    *quantities.FIXED_TERMS,
    "\u0663", "\uff13", "\U0001d7d0", "\U00010d41", "百分之", "位一体", "一户一档", "县",
)  # fmt: skip


@_SETTINGS
@given(st.lists(st.sampled_from(SCAN_PIECES), max_size=40))
def test_the_scan_finds_what_the_candidate_pattern_finds(pieces: list[str]) -> None:
    """The scan's skipping never passes a place where QUANTITY would match."""
    view = "".join(pieces)
    scanned = [m.span("q") for m in quantities._SCAN.finditer(view) if m.start("q") >= 0]
    assert scanned == [m.span() for m in quantities.QUANTITY.finditer(view)]

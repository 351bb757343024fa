"""Numerals: the cn2an behaviour fzbg relies on, pinned, and what fzbg adds around it."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg.genre.numerals import (
    MULTIPLIERS,
    arabic_value,
    chinese_value,
    normalized,
    whole_value,
)

# --- cn2an, pinned: fzbg calls cn2an.cn2an(core, "strict") on a numeral's core only. ---


@pytest.mark.parametrize(
    ("core", "value"),
    [
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百零五", 105),
        ("一千零一", 1001),
        ("三万", 30000),
        ("十万", 100000),
        ("一万零五百", 10500),
        ("一亿二千万", 120000000),
        ("九亿九千九百九十九万九千九百九十九", 999999999),
        ("零", 0),
    ],
)
def test_cn2an_strict_reads_well_formed_integers_as_int(core: str, value: int) -> None:
    """Strict mode returns an int for every well-formed integer numeral."""
    got = cn2an.cn2an(core, "strict")
    assert got == value
    assert type(got) is int


@pytest.mark.parametrize(
    "core", ["两", "百", "千", "八五", "一一", "两三", "二〇三五", "十四五", "万一"]
)
def test_cn2an_strict_rejects_what_fzbg_must_prepare_or_refuse(core: str) -> None:
    """Strict mode raises on 两 and bare magnitudes (fzbg rewrites those) and on names."""
    with pytest.raises(ValueError, match=r"不符合格式|不在转化范围内"):
        cn2an.cn2an(core, "strict")


def test_cn2an_smart_mode_is_not_usable_on_text() -> None:
    """Smart mode returns float for decimals and reads names as numbers: never used."""
    assert type(cn2an.cn2an("三点一四", "smart")) is float
    assert cn2an.cn2an("八五", "smart") == 85


def test_cn2an_transform_rewrites_words_which_is_why_fzbg_never_calls_it() -> None:
    """transform turns 进一步 into 进1步: running it over a report corrupts the text."""
    assert cn2an.transform("进一步加强", "cn2an") == "进1步加强"


@pytest.mark.parametrize(
    ("number", "written"),
    [
        (0, "零"),
        (1, "一"),
        (2, "二"),
        (10, "十"),
        (12, "十二"),
        (105, "一百零五"),
        (110, "一百一十"),
        (10000, "一万"),
        (100000, "十万"),
        (1000000, "一百万"),
        (3.14, "三点一四"),
        (10.05, "十点零五"),
    ],
)
def test_cn2an_an2cn_writes_numbers_as_the_property_tests_expect(
    number: float, written: str
) -> None:
    """an2cn, used by the property tests to write numbers, gives these forms."""
    assert cn2an.an2cn(number) == written


# --- fzbg.genre.numerals ---


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("三", "3"),
        ("两", "2"),
        ("两百", "200"),
        ("十二", "12"),
        ("一百零五", "105"),
        ("百", "100"),
        ("千", "1000"),
        ("万", "10000"),
        ("三点一四", "3.14"),
        ("十点零五", "10.05"),
        ("二点零", "2"),
        ("零点五", "0.5"),
    ],
)
def test_chinese_value_reads_cores(numeral: str, value: str) -> None:
    """Chinese cores read to exact decimals, 两 and bare magnitudes included."""
    assert chinese_value(numeral) == Decimal(value)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十万零一千", 101000),
        ("二十万零三千", 203000),
        ("一百一十万零一千零五", 1101005),
        ("一千零一十万零三千", 10103000),
        ("三千万零两千", 30002000),
        ("一万零一百", 10100),
    ],
)
def test_chinese_value_reads_a_zero_for_the_wan_units_digit(numeral: str, value: int) -> None:
    """十万零一千: a 零 after 万 before a full thousands group is read (strict cn2an refuses it)."""
    assert chinese_value(numeral) == Decimal(value)


@pytest.mark.parametrize(
    "numeral", ["八五", "一一", "两三", "二〇三五", "十四五", "点五", "三点", "三点十"]
)
def test_chinese_value_refuses_names_and_ranges(numeral: str) -> None:
    """Runs of digits that are names (八五) or ranges (两三) have no value."""
    assert chinese_value(numeral) is None


@pytest.mark.parametrize(
    ("digits", "multiplier", "value"),
    [
        ("61", None, "61"),
        ("98.6", None, "98.6"),
        ("6.1", "万", "61000"),
        ("356.8", "万", "3568000"),
        ("1.2", "亿", "120000000"),
        ("3", "千", "3000"),
        ("0.5", "百万", "500000"),
    ],
)
def test_arabic_value_scales_by_written_multipliers(
    digits: str, multiplier: str | None, value: str
) -> None:
    """Arabic numbers read exactly and scale by 万, 亿, 千."""
    assert arabic_value(digits, multiplier) == Decimal(value)


def test_normalized_values_have_no_exponent_and_no_trailing_zeros() -> None:
    """Whole numbers print as integers, fractions in their shortest form."""
    assert str(normalized(Decimal("1E+4"))) == "10000"
    assert str(normalized(Decimal("20.50"))) == "20.5"


@pytest.mark.parametrize("digits", ["0", "007", "61", "406126", "1" * 40, "98.6", "1.50"])
@pytest.mark.parametrize("multiplier", [None, "万", "亿"])
def test_arabic_value_is_the_decimal_normalised(digits: str, multiplier: str | None) -> None:
    """The shortcut for whole numbers gives what Decimal and normalising give."""
    value = Decimal(digits) * MULTIPLIERS[multiplier] if multiplier else Decimal(digits)
    assert repr(arabic_value(digits, multiplier)) == repr(normalized(value))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789\u0663\uff13\u0e52.,", max_size=12))
def test_a_remembered_reading_is_the_reading(digits: str) -> None:
    """whole_value reads what arabic_value reads, the first time and again."""
    want = arabic_value(digits)
    assert whole_value(digits) == want
    assert whole_value(digits) == want

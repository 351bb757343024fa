"""Numerals to :class:`~decimal.Decimal`: the only module that calls cn2an.

cn2an is used for one thing: the value of the *integer core* of a Chinese numeral
(``一百零五``, ``三万``, ``十``), in its ``strict`` mode, which rejects what is not a
well-formed number (``八五``, ``一一``, ``两三``, ``二〇三五``).  It is never run over
text: :func:`cn2an.transform` rewrites ``进一步`` to ``进1步``.  Everything around the
core is done here, by table:

- ``两`` is read as ``二`` (strict mode rejects ``两``);
- a ``零`` between ``万`` and a full thousands group (``十万零一千``, ``二十万零三千``,
  ``一千零一十万零三千``) is dropped: it stands for the zero units digit of the 万 group,
  which strict mode does not allow for (its normal mode drops it the same way);
- a core that starts with a magnitude (``百``, ``千``, ``万``) gets an implied ``一``
  (``百分之百``, ``近千起``);
- the fraction after ``点`` is read digit by digit (cn2an would return a float);
- multipliers written after an Arabic number (``6.1万``, ``356.8万``, ``1.2亿``) scale it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

__all__ = [
    "CHINESE_DIGITS",
    "MULTIPLIERS",
    "arabic_value",
    "chinese_value",
    "normalized",
    "whole_value",
]

CHINESE_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
"""The value of each Chinese digit, as read after ``点`` (``三点一四``)."""

MULTIPLIERS: dict[str, int] = {
    "百": 100,
    "千": 1_000,
    "万": 10_000,
    "百万": 1_000_000,
    "千万": 10_000_000,
    "亿": 100_000_000,
    "千亿": 100_000_000_000,
    "万亿": 1_000_000_000_000,
}
"""Magnitudes written after a number (``6.1万``, ``10余万``, ``1.2亿``), by their text."""

_MAGNITUDES = frozenset("十百千万亿")

# 十万零一千: the 零 marks the 万 group's zero units digit before a full thousands group.
_ZERO_BEFORE_THOUSANDS = re.compile("万零(?=[一二三四五六七八九]千)")


@functools.cache
def _cn2an() -> Callable[[str, str], object]:
    # Imported on first use: cn2an takes about 0.1 s to import.
    import cn2an  # noqa: PLC0415

    convert: Callable[[str, str], object] = cn2an.cn2an
    return convert


def normalized(value: Decimal) -> Decimal:
    """Return ``value`` without trailing zeros and without an exponent.

    Args:
        value: Any finite decimal.

    Returns:
        An integer-valued decimal for whole numbers (``Decimal("1E+2")`` →
        ``Decimal("100")``), the shortest exact form otherwise.

    Example:
        >>> normalized(Decimal("2.50")), normalized(Decimal("1E+2")), normalized(Decimal("3.0"))
        (Decimal('2.5'), Decimal('100'), Decimal('3'))

    """
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def arabic_value(digits: str, multiplier: str | None = None) -> Decimal | None:
    """Read an Arabic number, optionally followed by a written magnitude.

    Args:
        digits: ASCII digits with at most one decimal point (``"6.1"``).
        multiplier: A key of :data:`MULTIPLIERS` written after it (``"万"``), or None.

    Returns:
        The value, normalised; None when ``digits`` is not a number.

    Example:
        >>> arabic_value("6.1", "万"), arabic_value("98.6"), arabic_value("1..2")
        (Decimal('61000'), Decimal('98.6'), None)

    """
    if not multiplier and digits.isdigit() and digits.isascii():
        return Decimal(digits)  # most numbers: whole, exact without normalising (no int())
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    if multiplier:
        value *= MULTIPLIERS[multiplier]
    return normalized(value)


@functools.lru_cache(maxsize=4096)
def whole_value(digits: str) -> Decimal | None:
    """Read an Arabic number as :func:`arabic_value` does, remembering the latest readings.

    A report writes the same figures again and again (``3``, ``12``, ``100``): a reading
    looked up costs a fifth of one made.  The cache is bounded, so that a text of ever new
    numbers costs a constant more a number, and the values are immutable.

    Args:
        digits: The number as written, without a multiplier.

    Returns:
        ``arabic_value(digits)``.

    Example:
        >>> whole_value("61"), whole_value("61") is whole_value("61"), whole_value("1..2")
        (Decimal('61'), True, None)

    """
    return arabic_value(digits)


@functools.lru_cache(maxsize=4096)
def chinese_value(numeral: str) -> Decimal | None:
    """Read a Chinese numeral (``一百零五``, ``两``, ``十``, ``三点一四``, ``百``, ``十万零一千``).

    Only well-formed numerals are read: a run of digits that is a name or a range
    (``八五``, ``一一``, ``两三``, ``二〇三五``) is rejected.

    Args:
        numeral: The numeral alone, in simplified characters.

    Returns:
        The value, normalised; None when the text is not a well-formed numeral.

    Example:
        >>> chinese_value("一百零五"), chinese_value("两"), chinese_value("三点一四")
        (Decimal('105'), Decimal('2'), Decimal('3.14'))
        >>> chinese_value("百"), chinese_value("八五") is None
        (Decimal('100'), True)
        >>> chinese_value("十万零一千"), chinese_value("二十万零三千")
        (Decimal('101000'), Decimal('203000'))

    """
    whole, dot, fraction = numeral.partition("点")
    if not whole or (dot and not fraction):
        return None
    whole = _ZERO_BEFORE_THOUSANDS.sub("万", whole.replace("两", "二"))
    if whole[0] in _MAGNITUDES - {"十"}:
        whole = "一" + whole
    try:
        integer = _cn2an()(whole, "strict")
    except (ValueError, KeyError, IndexError):
        return None
    if not isinstance(integer, int):
        return None
    if not dot:
        return Decimal(integer)
    if any(c not in CHINESE_DIGITS for c in fraction):
        return None
    digits = "".join(str(CHINESE_DIGITS[c]) for c in fraction)
    return normalized(Decimal(f"{integer}.{digits}"))

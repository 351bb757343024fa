"""List numbers as Word and browsers write them: ``一``, ``iv``, ``③``, ``C``.

Shared by the Word reader (automatic numbering) and the web-page reader (``<ol>`` lists,
whose ``list-style-type`` is mapped to Word's formats).
"""

from __future__ import annotations

__all__ = ["format_number"]

_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "".join(chr(c) for c in range(0x2460, 0x2474))  # ①…⑳
_PARENTHESISED = "".join(chr(c) for c in range(0x2474, 0x2488))  # ⑴…⒇
_FULL_STOP = "".join(chr(c) for c in range(0x2488, 0x249C))  # ⒈…⒛
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def _chinese(n: int, digits: str = _CN_DIGITS, ten: str = "十") -> str:
    """``n`` as the genre counts: 一 … 十, 十一, 二十, 二十一 … 九十九, then digit by digit."""
    if 0 <= n < 10:
        return digits[n]
    if 10 <= n < 100:
        tens, ones = divmod(n, 10)
        return (digits[tens] if tens > 1 else "") + ten + (digits[ones] if ones else "")
    return "".join(digits[int(d)] for d in str(n))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _letters(n: int) -> str:
    """Word's letter numbering: A … Z, AA … ZZ, AAA …."""
    repeat, index = divmod(n - 1, 26)
    return chr(ord("A") + index) * (repeat + 1)


def _from_table(table: str, n: int) -> str:
    return table[n - 1] if 1 <= n <= len(table) else str(n)


# Counts from here on are written in digits in every format (Word's own lists stop
# at 32767; roman numerals and letters of a huge count would be as long as it is large).
_MAX_SPELLED = 32768


def format_number(n: int, fmt: str) -> str:
    """Write the count ``n`` in the Word number format ``fmt`` (``w:numFmt/@w:val``).

    Args:
        n: The count, from 1 (0 where a list starts at 0).
        fmt: The format: ``decimal``, ``chineseCounting``, ``upperRoman`` …; an unknown
            format counts in decimal.

    Returns:
        The number as Word shows it; empty for ``bullet`` and ``none``.

    Example:
        >>> [format_number(n, "chineseCounting") for n in (1, 10, 12, 20, 21)]
        ['一', '十', '十二', '二十', '二十一']
        >>> format_number(3, "decimalEnclosedCircle"), format_number(4, "lowerRoman")
        ('③', 'iv')

    """
    if fmt in {"bullet", "none"}:
        return ""
    if fmt in {
        "chineseCounting",
        "chineseCountingThousand",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "japaneseCounting",
    }:
        return _chinese(n)
    if fmt == "chineseLegalSimplified":
        return _chinese(n, _CN_LEGAL, "拾")
    if fmt in {"ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"}:
        return "".join(_CN_DIGITS[int(d)].replace("零", "〇") for d in str(n))
    tables = {
        "ideographTraditional": _TIANGAN,
        "ideographZodiac": _DIZHI,
        "decimalEnclosedCircle": _CIRCLED,
        "decimalEnclosedCircleChinese": _CIRCLED,
        "decimalEnclosedParen": _PARENTHESISED,
        "decimalEnclosedFullstop": _FULL_STOP,
    }
    if fmt in tables:
        return _from_table(tables[fmt], n)
    if n >= _MAX_SPELLED:  # a count no list reaches: spelled out, it would be huge
        return str(n)
    if fmt in {"upperRoman", "lowerRoman"} and n > 0:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in {"upperLetter", "lowerLetter"} and n > 0:
        letters = _letters(n)
        return letters if fmt == "upperLetter" else letters.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in {"decimalFullWidth", "decimalFullWidth2"}:
        return str(n).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})
    return str(n)

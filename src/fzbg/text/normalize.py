"""Text canonicalisation (before any span exists) and the matching view (after).

Two steps with different promises:

- :func:`normalize` makes the decoded input canonical the way a text-mode file read
  would: one kind of line break, no byte-order marks or zero-width characters.  It may
  change the length; it runs before any offset is taken.  It is idempotent.
- :func:`fold` makes the *matching view* of a text: the same length, character for
  character, with full-width forms, ideographic spaces and traditional characters mapped
  to what the patterns are written for, and the letters a scan's OCR read for digits
  inside a number (``2O23``, ``l2``) read as the digits.  Patterns run on the view;
  offsets found there are offsets into the original, which is what users get back.
"""

from __future__ import annotations

import re
import sys

from fzbg.text._t2s import SIMPLIFIED, TRADITIONAL
from fzbg.text.classes import all_but

__all__ = [
    "MISREAD_DIGITS",
    "READ_AS_DIGITS",
    "fold",
    "may_be_astral",
    "normalize",
    "unfolded",
    "view_of",
]

# What normalize replaces, character by character; "\r\n" is one line break and is
# taken first.  Patterns here are stdlib ``re``: plain character classes, where it is
# about twice as fast as ``regex``.
_REPLACE = {
    # Every line-break convention (Windows, old Mac, Word's vertical tab and page break,
    # Unicode line/paragraph separators) becomes "\n".
    **dict.fromkeys("\r\v\f\u2028\u2029\x85", "\n"),
    # Invisible characters that only get in the way: BOM, zero-width space/joiners, word
    # joiner, soft hyphen.  Dropped outright; they carry no text.
    **dict.fromkeys("\ufeff\u200b\u200c\u200d\u2060\u00ad", ""),
    # Other C0 controls except tab and newline: conversion junk.
    **dict.fromkeys(map(chr, [*range(0x09), *range(0x0E, 0x20), 0x7F]), ""),
    # Typographic spaces (no-break, en, em, thin, hair, narrow no-break, medium
    # mathematical) that Word and web pages indent or justify with (&emsp; unescaped is
    # U+2003): each a plain space, as the patterns know it.
    **dict.fromkeys([*map(chr, range(0x2000, 0x200B)), "\u00a0", "\u202f", "\u205f"], " "),
}
_UNCANONICAL = re.compile("[" + re.escape("".join(_REPLACE)) + "]")


def normalize(text: str) -> str:
    r"""Make decoded text canonical: ``\n`` line breaks, no invisible characters.

    Args:
        text: Decoded input.

    Returns:
        The text with every line-break convention turned into ``\n``, NBSP and the other
        typographic spaces (en, em, thin) into a space, and byte-order marks, zero-width
        characters and stray control characters removed.

    >>> normalize("\ufeff一、工作情况\r\n（一）加强领导\u200b\r")
    '一、工作情况\n（一）加强领导\n'
    >>> normalize("\u2003\u2003二、存在的问题")
    '  二、存在的问题'

    """
    found = _next_odd(text, 0)
    if found == len(text):  # the usual case: nothing to replace, nor to fold
        _LAST_FOLDED[0] = (text, _righted(text))
        return text
    return _canonical(text, found)


def _canonical(text: str, found: int) -> str:
    """What normalize makes of ``text``, its first character to replace or fold at ``found``.

    One scan for them (:func:`_next_odd`) replaces (on the text and on a view of it) and
    folds (on the view only, as :func:`_folded` does), and tells :func:`fold` the view at
    its end, its misread words righted.
    Past a character that folds twice, or too many distinct ones to fold, the scan goes
    on for characters to replace only, and fold makes the view itself.
    """
    # "\r\n" first, while what is deleted below still stands between a "\r" and a "\n".
    # Everything before ``found`` is canonical, and stays where it was.
    if "\r" in text:  # (a scan for one character, far faster than for two)
        text = text.replace("\r\n", "\n")
    view, pos, folds = text, found, 0
    while (pos := _next_odd(view, pos)) < len(view):
        char = view[pos]
        if char in _REPLACE:  # one fast str.replace per distinct character, on both
            text = text.replace(char, _REPLACE[char])
            view = view.replace(char, _REPLACE[char])
        elif char in _CHAINED or folds == _MAX_REPLACES:
            return _replace_on(text, pos)
        else:
            view = view.replace(char, _FOLD_TABLE[ord(char)])
            folds += 1
    _LAST_FOLDED[0] = (text, _righted(view))
    return text


def _replace_on(text: str, pos: int) -> str:
    """``text`` with every character to replace replaced; there is none before ``pos``."""
    while found := _UNCANONICAL.search(text, pos):
        char, pos = found.group(), found.start()
        text = text.replace(char, _REPLACE[char])
    return text


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
    table.update({ord(t): s for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True)})
    table.update(
        {
            0x3000: " ",  # ideographic space, the genre's indentation
            0x09: " ",
            0xFF61: "。",  # half-width ideographic full stop
            0xFE50: ",",  # small-form punctuation left by some converters
            0xFE51: "、",
            0xFE52: ".",
            0xFE54: ";",
            0xFE55: ":",
            0xFE59: "(",
            0xFE5A: ")",
            0xFE30: ":",
            # The zero of a year in Chinese numerals, typed as a circle (二○二三年, 二◯二三年).
            0x25CB: "〇",
            0x25EF: "〇",
            0x543F: "告",  # 吿, an old form of 告 that OCR and old fonts give (报吿)
            0x30CB: "二",  # the katakana ニ, which OCR gives for 二 ((ニ)加强领导, ニ、)
        }
    )
    # Private-use characters are font glyphs (Word bullets, symbols): nothing to match.
    table.update(dict.fromkeys(range(57344, 63744), " "))
    return table


def _lookup_string(table: dict[int, str]) -> str:
    """The table as one string indexed by code point: str.translate's fastest form.

    Characters past the Basic Multilingual Plane raise IndexError, a LookupError, which
    translate answers by leaving them as they are.
    """
    chars = [chr(cp) for cp in range(0x10000)]
    for cp, folded in table.items():
        chars[cp] = folded
    return "".join(chars)


def _class_of(chars: list[int]) -> str:
    """A character class matching exactly ``chars`` (sorted code points), as ranges."""
    ranges: list[list[int]] = []
    for cp in chars:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges) + "]"


_FOLD_TABLE = {cp: folded for cp, folded in _fold_table().items() if folded != chr(cp)}
_FOLD = _lookup_string(_FOLD_TABLE)
# Any character that fold changes.  Most reports have none, or a handful of distinct ones
# (full-width ，（）：): finding them is a fast scan, and one str.replace per distinct
# character beats translate, which costs two object allocations per character.
_FOLDABLE = re.compile(_class_of(sorted(_FOLD_TABLE)))
# Characters whose folded form folds again (薴 → 苧 → 苎): translate folds once, a chain
# of replaces could fold twice, so a text with one of these is translated.
_CHAINED = frozenset(chr(cp) for cp, folded in _FOLD_TABLE.items() if ord(folded) in _FOLD_TABLE)
_MAX_REPLACES = 16  # past this many distinct characters (a traditional text), translate
# What normalize scans for first: a character to replace, or one to fold.  A text with
# neither is its own view (but for a misread word), which normalize tells fold (the
# stages fold it in turn).  The scan is a run of every other character, which ends where
# a search for them would stop, in half the steps a character (fzbg.text.classes).
_NOT_ODD = re.compile(f"[{all_but(''.join(sorted({*map(chr, _FOLD_TABLE), *_REPLACE})))}]*+")


def _next_odd(text: str, pos: int) -> int:
    """Where the first character to replace or fold stands in ``text`` from ``pos``, else its end.

    >>> _next_odd("一、工作\u3000", 0), _next_odd("（一）", 1), _next_odd("一、", 0)
    (4, 2, 2)
    """
    run = _NOT_ODD.match(text, pos)
    return len(text) if run is None else run.end()


# OCR of a scan reads a digit as a letter that looks like it: 0 as O, o or the circle
# 〇 (2O23年, 2〇23年), 1 as l or I (l2次, 20I9年).  In the view, such a letter inside a
# number of ASCII digits (one that stands apart from words in Latin letters, and holds no
# fewer digits than such letters, or opens with a digit: 1OO%, 5OO份) is the digit: O2O
# and H2O stay as they are.
MISREAD_DIGITS = "OoIl〇"
"""The letters OCR reads for digits in a scan: O, o and 〇 for 0, I and l for 1."""
READ_AS_DIGITS = str.maketrans(MISREAD_DIGITS, "00110")
"""The table that reads each of :data:`MISREAD_DIGITS` as its digit (``str.translate``)."""
_NUMBER_RUN = re.compile(f"(?<![A-Za-z0-9〇])[0-9{MISREAD_DIGITS}]{{2,}}(?![A-Za-z0-9〇])")
_DIGITS = frozenset("0123456789")
_LEADING = frozenset("123456789")  # a word never opens with one; a number may


def _as_number(run: re.Match[str]) -> str:
    """The run of digits and look-alike letters, read as digits when it is a number."""
    chars = run.group()
    misread = sum(map(chars.count, MISREAD_DIGITS))
    if misread <= len(chars) - misread or chars[0] in _LEADING:
        return chars.translate(READ_AS_DIGITS)
    return chars


def _misread_digit(view: str) -> bool:
    """Whether a look-alike letter stands next to a digit in ``view``.

    Each letter is looked for by ``str.find``, far faster than a pattern's scan: a
    report holds few Latin letters, and most texts none next to a digit.
    """
    for letter in MISREAD_DIGITS:
        at = view.find(letter)
        while at >= 0:
            if view[at - 1 : at] in _DIGITS or view[at + 1 : at + 2] in _DIGITS:
                return True
            at = view.find(letter, at + 1)
    return False


def _digits_read(view: str) -> str:
    """The ``view`` with OCR's look-alike letters inside numbers read as digits."""
    if not _misread_digit(view):  # nearly every text
        return view
    return _NUMBER_RUN.sub(_as_number, view)


# The last text folded and its view: the page stages fold one text in turn, and a text
# is compared by identity, which costs nothing (an equal copy is folded again).
_LAST_FOLDED: list[tuple[str, str]] = [("", "")]


def unfolded(chars: str) -> str:
    """The inside of a character class: every character :func:`fold` turns into one of ``chars``.

    For a pattern that runs on the text itself but asks what its view holds.

    >>> import re
    >>> re.findall(f"[{unfolded('(1')}]", "(（﹙1１a")
    ['(', '（', '﹙', '1', '１']
    """
    wanted = set(chars)
    found = wanted | {chr(cp) for cp, into in _FOLD_TABLE.items() if into in wanted}
    return _class_of(sorted(map(ord, found)))[1:-1]


def view_of(text: str, view: str | None) -> str:
    """The matching view of ``text``: ``view`` when a caller already folded it, else fold.

    Raises:
        ValueError: When ``view`` is not the same length as ``text``.

    """
    if view is None:
        return fold(text)
    if len(view) != len(text):
        raise ValueError(f"a view of {len(view)} characters for a text of {len(text)}")
    return view


def fold(text: str) -> str:
    """Return the matching view of ``text``: same length, canonical characters.

    Full-width ASCII becomes ASCII (``（一）`` → ``(一)``, ``１２`` → ``12``), the ideographic
    space and tab become spaces, traditional characters become simplified ones,
    private-use glyphs become spaces, the genre's words that OCR misreads as look-alikes
    (法冶) become the words they stand for, the letters OCR read for digits inside a
    number become the digits (``2O23`` → ``2023``, ``l2`` → ``12``), and an ASCII full
    stop between two Han characters becomes 。.

    >>> fold("（一）法治建設第一責任人　１２")
    '(一)法治建设第一责任人 12'
    >>> fold("2O23年召开会议l2次，H2O")
    '2023年召开会议12次,H2O'
    """
    last, view = _LAST_FOLDED[0]
    if last is text:
        return view
    view = _folded(text)
    _LAST_FOLDED[0] = (text, view)
    return view


# The genre's words that OCR misreads as a word of look-alikes, which no character of its
# own tells (冶 is a word's as well: 冶金): the view reads them as the words they stand for.
_MISREAD_WORDS = {"法冶": "法治"}


def _righted(view: str) -> str:
    """``view`` with what OCR misread read as what it stands for.

    The genre's words misread as look-alikes (法冶), the letters read for digits inside
    a number (2O23), and the ASCII full stop that ends a sentence (职能.一是).
    """
    for misread, word in _MISREAD_WORDS.items():
        # Its last character first: a scan for one character is far faster than for a
        # word, and most texts have none.
        if misread[-1] in view and misread in view:
            view = view.replace(misread, word)
    return _stops_read(_digits_read(view))


# OCR (and a typist now and then) ends a sentence with the ASCII full stop.  Between two
# Han characters, or after one at a line's end, it can be nothing else: a number's point
# stands after a digit, a marker's after a numeral (一.加强), a file's before Latin
# letters.  The view reads it as 。.
_HALF_STOP = re.compile(
    r"\.(?<=[\u4e00-\u9fff]\.)(?<![一二三四五六七八九十]\.)(?=[\u4e00-\u9fff“《\n]|\Z)"
)


def _stops_read(view: str) -> str:
    """``view`` with each ASCII full stop that ends a sentence read as 。."""
    if "." not in view or _HALF_STOP.search(view) is None:  # nearly every text
        return view
    return _HALF_STOP.sub("。", view)


def _folded(text: str) -> str:
    """The view of ``text``, made (what :func:`fold` returns when it has not seen ``text``)."""
    return _righted(_replaced(text))


def _replaced(text: str) -> str:
    """``text`` with each character that folds folded."""
    # As in normalize: one str.replace per distinct character, the scan going on from
    # where it found it.  A replaced character folds to one that does not fold again, so
    # translate gives the same on a partly replaced text as on the original.
    pos = 0
    for _ in range(_MAX_REPLACES):
        found = _FOLDABLE.search(text, pos)
        if found is None:
            return text
        char, pos = found.group(), found.start()
        if char in _CHAINED:
            break
        text = text.replace(char, _FOLD_TABLE[ord(char)])
    return text.translate(_FOLD)


def may_be_astral(text: str) -> bool:
    """Whether a character of ``text`` may be above U+FFFF, told without reading it.

    CPython keeps a str with such a character at four bytes a character (PEP 393), so
    its size tells.  A short str may seem to (its header counts), and a str whose size
    Python does not tell is taken to: both only cost the careful path.
    """
    return sys.getsizeof(text, 4 * len(text) + 1) > 4 * len(text)

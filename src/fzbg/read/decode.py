"""Bytes of a report made into text: the encoding detected, never a UnicodeDecodeError.

Bytes are decoded in this order, and the first that fits wins:

1. a byte-order mark (UTF-8, UTF-16 or UTF-32);
2. strict UTF-8;
3. for a web page, the encoding it declares, when that is a Chinese one;
4. UTF-16 without a mark, when the bytes hold NUL bytes — the high byte of every line
   break, digit and ASCII letter, which a report always has, and which GB18030 and Big5
   never produce; the side the NULs fall on tells little- from big-endian;
5. else the legacy encodings that decode the bytes without error — GB18030 (a superset
   of GBK and GB2312) and Big5 (HKSCS) — and when both do, charset-normalizer chooses.

Bytes that nothing decodes raise a :class:`~fzbg.errors.DecodeError` that lists what was
tried and where it failed.  Every reader decodes here; this module imports no reader.
"""

from __future__ import annotations

import codecs

import regex

from fzbg.errors import DecodeError

__all__ = ["decode_bytes"]

_BOMS = (  # longest first: the UTF-32-LE mark begins with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Without a mark, after strict UTF-8: the encodings Chinese reports are found in.
_LEGACY = ("gb18030", "big5hkscs")
# Declared encodings worth believing.  A page that declares ISO-8859-1 or windows-1252
# and holds Chinese text is wrong about itself (and those decode any bytes at all).
_DECLARABLE = frozenset({*_LEGACY, "utf-16-le", "utf-16-be"})
# Below this many bytes no detector can tell GB18030 from Big5 (both decode most pairs of
# high bytes); GB18030, by far the more common, is taken.
_TOO_SHORT_TO_TELL = 24
# What a wrong guess between GB18030 and Big5 makes of the other's bytes, and a report
# never holds: GB18030's user-defined (private-use) area, and Big5's bopomofo and small
# form variants, which are where GB18030's full-width punctuation lands.
_NOT_A_REPORT = regex.compile(r"[\ue000-\uf8ff\u3100-\u312f\ufe50-\ufe6f]")
# The genre's commonest characters, the same in both scripts: a right decode holds many of
# them, a wrong guess between GB18030 and Big5 makes rare characters of the same bytes.
_COMMON = frozenset("的一是在和了人不中大上法治工作年度行依推主要成效情况報告报告开展会议")


def decode_bytes(
    data: bytes, *, name: str = "<bytes>", declared: str | None = None
) -> tuple[str, str]:
    r"""Decode the bytes of a report, detecting the encoding.

    Args:
        data: The bytes.
        name: What to call them in an error message.
        declared: An encoding the container declares (an HTML ``<meta charset>``), tried
            when the bytes are not UTF-8 (pages re-saved as UTF-8 keep their old
            declaration); GB2312 and GBK mean GB18030, Big5 means Big5-HKSCS (under any
            label browsers know, such as ``x-gbk`` or ``x-big5``), and other declarations
            are not believed.

    Returns:
        The text (without a byte-order mark) and the name of the encoding used.

    Raises:
        DecodeError: When nothing decodes the bytes; the message lists what was tried
            and the first byte the most likely encoding stumbled on.

    Example:
        >>> decode_bytes("（一）深入學習貫徹習近平法治思想，推進法治政府建設。".encode("big5"))
        ('（一）深入學習貫徹習近平法治思想，推進法治政府建設。', 'big5hkscs')
        >>> decode_bytes("\ufeff一、".encode("utf-16-le"))
        ('一、', 'utf-16-le')

    """
    tried: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            tried.append(f"{encoding} (by its byte-order mark)")
            return _strict(data[len(bom) :], encoding, name, tried, offset=len(bom)), encoding
    tried.append("utf-8")
    failures: list[UnicodeDecodeError] = []
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        failures.append(error)
    declared = _known_codec(declared)
    if declared in _DECLARABLE:
        tried.append(f"{declared} (as declared)")
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError as error:
            failures.append(error)
    return _decode_unmarked(data, name, tried, failures)


def _decode_unmarked(
    data: bytes, name: str, tried: list[str], failures: list[UnicodeDecodeError]
) -> tuple[str, str]:
    """Decode bytes with no mark that are not UTF-8: a legacy encoding, or UTF-16."""
    fits: dict[str, str] = {}
    for encoding in _without_mark(data):
        tried.append(encoding)
        try:
            fits[encoding] = data.decode(encoding)
        except UnicodeDecodeError as error:
            failures.append(error)
    if len(fits) == 1 and "gb18030" in fits:
        return fits["gb18030"], "gb18030"
    chosen = _choose(data, tuple(fits)) if fits else None
    if chosen is None:
        if fits:
            tried.append("charset-normalizer")
        # The encoding that got furthest is the one most likely meant.
        raise _decode_error(data, name, tried, max(failures, key=lambda e: e.start))
    return fits[chosen], chosen


def _without_mark(data: bytes) -> tuple[str, ...]:
    """The encodings to try on bytes with no mark that are not UTF-8."""
    if b"\0" not in data:
        return _LEGACY
    # NUL bytes: UTF-16 (or not text).  ASCII in UTF-16-LE has its NUL at odd offsets.
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    return ("utf-16-le",) if odd >= even else ("utf-16-be",)


# Labels that pages declare and browsers read (the WHATWG encoding labels) but Python's
# codecs do not know, after ``x-`` prefixes are taken off.
_WEB_LABELS = {
    "gb_2312-80": "gb2312",
    "gb_2312": "gb2312",
    "gb-2312": "gb2312",
    "csgb2312": "gb2312",
    "iso-ir-58": "gb2312",
    "windows-936": "gbk",
    "cp-936": "gbk",
    "euc-cn": "gb2312",
    "csiso58gb231280": "gb2312",
    "big5-hkscs": "big5hkscs",
    "cn-big5": "big5",
    "csbig5": "big5",
    "unicode": "utf-16",
    "unicodefeff": "utf-16",
}


def _known_codec(encoding: str | None) -> str | None:
    """The codec to decode a declared encoding with: GB2312 and GBK by GB18030."""
    if not encoding:
        return None
    label = regex.sub(r"^(?:x-)+", "", encoding.strip().strip("'\"").lower())
    label = _WEB_LABELS.get(label, label)
    try:
        codec = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    if codec in {"gb2312", "gbk", "hz"}:
        return "gb18030"
    if codec in {"big5", "cp950"}:
        return "big5hkscs"
    return "utf-8" if codec == "utf-8-sig" else codec


def _common(text: str) -> int:
    return sum(c in _COMMON for c in text)


def _choose(data: bytes, candidates: tuple[str, ...]) -> str | None:
    """Which of several encodings that decode ``data`` it is in; None if it is not text.

    Between GB18030 and Big5 (most Big5 text also decodes as GB18030, and the other way
    round): the one that does not make characters of the bytes that no report holds
    (private-use, bopomofo, small form variants); else charset-normalizer's choice, but
    GB18030 below a few dozen bytes, where no detector can tell and GB18030 is by far the
    more common.  UTF-16 without a mark decodes almost any even number of bytes, so it is
    only taken on charset-normalizer's word that the result is text.
    """
    from charset_normalizer import from_bytes  # noqa: PLC0415 - keeps import of fzbg fast

    if set(candidates) == {"gb18030", "big5hkscs"}:
        gb_odd = _NOT_A_REPORT.search(data.decode("gb18030")) is not None
        big5_odd = _NOT_A_REPORT.search(data.decode("big5hkscs")) is not None
        if gb_odd != big5_odd:
            return "big5hkscs" if gb_odd else "gb18030"
        gb_common, big5_common = (_common(data.decode(c)) for c in ("gb18030", "big5hkscs"))
        more, fewer = max(gb_common, big5_common), min(gb_common, big5_common)
        if more >= 3 and fewer * 3 <= more:
            return "gb18030" if gb_common > big5_common else "big5hkscs"
        if len(data) < _TOO_SHORT_TO_TELL:
            return "gb18030"
    best = from_bytes(data, cp_isolation=list(candidates)).best()
    found = _known_codec(best.encoding) if best is not None else None
    if found in candidates:
        return found
    return "gb18030" if "gb18030" in candidates else None


def _strict(data: bytes, encoding: str, name: str, tried: list[str], *, offset: int) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _decode_error(data, name, tried, error, base=offset) from None


def _decode_error(
    data: bytes, name: str, tried: list[str], error: UnicodeDecodeError, *, base: int = 0
) -> DecodeError:
    """A :class:`DecodeError` saying what was tried and where ``error`` happened.

    ``data`` is what ``error`` decoded; ``base`` is where it began in the input.
    """
    bad = data[error.start : error.start + 4].hex(" ")
    offset = base + error.start
    return DecodeError(
        f"{name}: not text in any supported encoding; tried {', '.join(tried)}; "
        f"{error.encoding} fails at byte {offset} ({bad}: {error.reason})",
        name=name,
        tried=tuple(tried),
        offset=offset,
    )

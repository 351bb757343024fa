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

When none of these decodes every byte, bytes that one encoding fits all but a few of
(at most one byte in a thousand, in at most 16 places) are decoded leniently by default:
each byte that fits no character becomes U+FFFD, and the runs replaced are kept
(:attr:`Decoded.replaced`), so that a report with one stray byte is not lost; ``strict=True``
raises instead.  Bytes that nothing decodes raise a :class:`~fzbg.errors.DecodeError` that
says what each encoding tried made of them.  Every reader decodes here; this module
imports no reader.
"""

from __future__ import annotations

import codecs
import contextlib
import contextvars
from collections.abc import Iterator

import attrs
import regex

from fzbg.errors import DecodeError

__all__ = ["Decoded", "decode", "decode_bytes", "decoding", "replaced_field"]

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


@attrs.frozen
class Decoded:
    """Bytes made into text: the text, the encoding, and what could not be decoded."""

    text: str
    """The text, without a byte-order mark."""
    encoding: str
    """The encoding the bytes were decoded from."""
    replaced: tuple[tuple[int, int], ...] = ()
    """The runs of bytes that fit no character of the encoding, as ``(offset, length)``
    in the input, each byte read as U+FFFD; empty unless the decode was lenient."""


# Lenient decoding: at most this share of the bytes, in at most this many runs, may fit
# no character of an encoding that fits the rest.
_BAD_SHARE = 1000
_MAX_RUNS = 16


@attrs.define
class _Scope:
    strict: bool
    decoded: list[Decoded]


_SCOPE: contextvars.ContextVar[_Scope | None] = contextvars.ContextVar("fzbg_decode", default=None)


@contextlib.contextmanager
def decoding(*, strict: bool = False) -> Iterator[list[Decoded]]:
    """Make :func:`decode_bytes` ``strict`` by default in the block, and record its decodes.

    A reader that decodes bytes deep inside (a web page's) so obeys the caller's
    ``strict``, and the caller sees, in the list yielded, the bytes it replaced.
    """
    scope = _Scope(strict, [])
    token = _SCOPE.set(scope)
    try:
        yield scope.decoded
    finally:
        _SCOPE.reset(token)


def replaced_field(decoded: Decoded) -> str:
    """Say which bytes :attr:`Decoded.replaced` holds: ``utf-8: bytes 19012, 19013-19015``.

    Example:
        >>> replaced_field(Decoded("一�", "utf-8", ((3, 1),)))
        'utf-8: byte 3'

    """
    runs = [str(at) if n == 1 else f"{at}-{at + n - 1}" for at, n in decoded.replaced]
    total = sum(n for _, n in decoded.replaced)
    return f"{decoded.encoding}: {'byte' if total == 1 else 'bytes'} {', '.join(runs)}"


def decode_bytes(
    data: bytes, *, name: str = "<bytes>", declared: str | None = None, strict: bool | None = None
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
        strict: Raise when a byte fits no character, rather than read it as U+FFFD when
            one encoding fits all but a few bytes (see :func:`decode`); by default
            False, or what the enclosing :func:`decoding` block says.

    Returns:
        The text (without a byte-order mark) and the name of the encoding used.

    Raises:
        DecodeError: When nothing decodes the bytes; the message says what each
            encoding tried made of them, and where the likeliest one stumbled.

    Example:
        >>> decode_bytes("（一）深入學習貫徹習近平法治思想，推進法治政府建設。".encode("big5"))
        ('（一）深入學習貫徹習近平法治思想，推進法治政府建設。', 'big5hkscs')
        >>> decode_bytes("\ufeff一、".encode("utf-16-le"))
        ('一、', 'utf-16-le')

    """
    scope = _SCOPE.get()
    if strict is None:
        strict = scope.strict if scope is not None else False
    decoded = decode(data, name=name, declared=declared, strict=strict)
    if scope is not None:
        scope.decoded.append(decoded)
    return decoded.text, decoded.encoding


def decode(
    data: bytes, *, name: str = "<bytes>", declared: str | None = None, strict: bool = False
) -> Decoded:
    r"""Decode the bytes of a report as :func:`decode_bytes` does, saying what was replaced.

    Example:
        >>> decoded = decode("一、主要举措".encode() * 200 + b"\xff")
        >>> decoded.encoding, decoded.replaced, decoded.text[-2:]
        ('utf-8', ((3600, 1),), '措\ufffd')

    """
    tried = _Tried(data, name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            tried.add(f"{encoding} (by its byte-order mark)", encoding, offset=len(bom))
            return tried.first(data[len(bom) :], encoding) or tried.fail(strict, (encoding,))
    tried.add("utf-8", "utf-8")
    if (text := tried.first(data, "utf-8")) is not None:
        return text
    lenient = ["utf-8"]
    declared = _known_codec(declared)
    if declared in _DECLARABLE:
        tried.add(f"{declared} (as declared)", declared)
        lenient.append(declared)
        if (text := tried.first(data, declared)) is not None:
            return text
    # NUL bytes: UTF-16 (or not text); then, and else, the legacy encodings.
    if b"\0" in data and (found := _decode_unmarked(data, tried, (_utf16(data),))):
        return found
    lenient += [c for c in _LEGACY if c not in lenient]
    return _decode_unmarked(data, tried, _LEGACY) or tried.fail(strict, tuple(lenient))


def _decode_unmarked(data: bytes, tried: _Tried, encodings: tuple[str, ...]) -> Decoded | None:
    """Decode bytes with no mark that are not UTF-8: a legacy encoding, or UTF-16."""
    fits: dict[str, str] = {}
    for encoding in encodings:
        tried.add(encoding, encoding)
        if (decoded := tried.first(data, encoding)) is not None:
            fits[encoding] = decoded.text
    if len(fits) == 1 and "gb18030" in fits:
        return Decoded(fits["gb18030"], "gb18030")
    chosen = _choose(data, tuple(fits)) if fits else None
    if chosen is None:
        for encoding in fits:
            tried.failures[encoding] = "decodes, but charset-normalizer finds no text in it"
        return None
    return Decoded(fits[chosen], chosen)


def _utf16(data: bytes) -> str:
    """Which UTF-16 bytes with NULs and no mark are in: LE has ASCII's NULs at odd offsets."""
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    return "utf-16-le" if odd >= even else "utf-16-be"


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


class _Tried:
    """What each encoding tried made of the bytes, for the lenient decode and the error."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data = data
        self.name = name
        self.labels: list[str] = []
        self.failures: dict[str, str] = {}
        self.first_bad: dict[str, int] = {}
        self.base = 0

    def add(self, label: str, encoding: str, *, offset: int = 0) -> None:
        if label not in self.labels:
            self.labels.append(label)
        self.failures.setdefault(encoding, "")
        self.base = offset

    def first(self, data: bytes, encoding: str) -> Decoded | None:
        """``data`` decoded strictly, or None (and the failure noted)."""
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError as error:
            offset = self.base + error.start
            bad = data[error.start : error.start + 4].hex(" ")
            self.first_bad[encoding] = offset
            self.failures[encoding] = f"fails at byte {offset} ({bad}: {error.reason})"
            return None

    def fail(self, strict: bool, lenient: tuple[str, ...]) -> Decoded:
        """A lenient decode by the encoding that fits all but a few bytes, or the error."""
        fits: list[Decoded] = []
        if not strict:
            body = self.data[self.base :]
            found = (_lenient(body, encoding, self.base) for encoding in lenient)
            fits = [decoded for decoded in found if decoded is not None]
        if fits:
            return min(fits, key=_likely)
        raise self.error(lenient=not strict)

    def error(self, *, lenient: bool) -> DecodeError:
        """A :class:`DecodeError` saying what each encoding made of the bytes."""
        outcomes = "; ".join(f"{c} {why}" for c, why in self.failures.items() if why)
        message = f"{self.name}: not text in any supported encoding; tried "
        message += f"{', '.join(self.labels)}; {outcomes}"
        if lenient:
            size = len(self.data) - self.base
            message += (
                f"; and none fits all but a few bytes (at most {size // _BAD_SHARE} of "
                f"{size}, in at most {_MAX_RUNS} places) to be read with U+FFFD for them"
            )
        # The likeliest meant: the one that got furthest.
        likeliest = max(self.first_bad.items(), key=lambda item: item[1])[0]
        return DecodeError(
            message, name=self.name, tried=tuple(self.labels), offset=self.first_bad[likeliest]
        )


def _likely(decoded: Decoded) -> tuple[bool, bool, int, int]:
    """Which of several lenient decodes is meant (the least).

    UTF-8 (its bytes are never an accident), then one without the characters a wrong
    guess between GB18030 and Big5 makes, with more of the genre's commonest characters,
    with fewer bytes replaced.
    """
    odd = _NOT_A_REPORT.search(decoded.text) is not None
    bad = sum(n for _, n in decoded.replaced)
    return decoded.encoding != "utf-8", odd, -_common(decoded.text), bad


def _lenient(data: bytes, encoding: str, base: int) -> Decoded | None:
    """``data`` decoded with each byte that fits no character read as U+FFFD.

    Only when at most one in :data:`_BAD_SHARE` bytes, in at most :data:`_MAX_RUNS` runs,
    fits none; else None.  ``base`` is where
    ``data`` begins in the input, for the offsets of :attr:`Decoded.replaced`.
    """
    allowed = len(data) // _BAD_SHARE
    pieces: list[str] = []
    runs: list[tuple[int, int]] = []
    bad = at = 0
    while True:
        try:
            pieces.append(data[at:].decode(encoding))
            break
        except UnicodeDecodeError as error:
            start, end = at + error.start, at + error.end
        pieces += (data[at:start].decode(encoding, "replace"), "\ufffd" * (end - start))
        bad += end - start
        if runs and sum(runs[-1]) == base + start:
            runs[-1] = (runs[-1][0], runs[-1][1] + end - start)
        else:
            runs.append((base + start, end - start))
        if bad > allowed or len(runs) > _MAX_RUNS:
            return None
        at = end
    return Decoded("".join(pieces), encoding, tuple(runs))

"""A stray byte costs a U+FFFD and a diagnostic, not the report (issue 17, item 4)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from _texts import TEXT, TRADITIONAL_BIG5
from hypothesis import example, given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.errors import DecodeError
from fzbg.model import DIAGNOSTIC_CODES
from fzbg.read.decode import decode, decode_bytes
from fzbg.read.sources import load_source

# A report of about 19 KB, as in the issue.
REPORT = TEXT * (19_000 // len(TEXT.encode()) + 1)
UTF8 = REPORT.encode()


def _replaced(report: fzbg.Report) -> list[str]:
    return [d.message for d in report.diagnostics if d.code == "decode-replaced"]


def test_one_stray_byte_at_the_end_loses_one_character_not_the_report() -> None:
    """b'\\xff' after a 19 KB UTF-8 report: the report, and a diagnostic naming the byte."""
    report = fzbg.parse_report(UTF8 + b"\xff")
    assert _replaced(report) == [
        f"bytes that fit no character were read as U+FFFD: utf-8: byte {len(UTF8)}"
    ]
    clean = fzbg.parse_report(UTF8)
    assert [s.heading for s in report.sections] == [s.heading for s in clean.sections]
    assert report.measures == clean.measures
    assert "decode-replaced" in DIAGNOSTIC_CODES


def test_the_source_carries_the_replaced_bytes_as_a_field(tmp_path: Path) -> None:
    """The reader's Source names the encoding and each run of bytes, file or bytes."""
    data = UTF8[:100] + b"\xfe\xff" + UTF8[100:] + b"\x80"
    source = load_source(data)
    assert source.encoding == "utf-8"
    assert dict(source.fields)["decode-replaced"] == f"utf-8: bytes 100-101, {len(data) - 1}"
    assert source.text.count("\ufffd") == 3
    path = tmp_path / "报告.txt"
    path.write_bytes(data)
    assert load_source(path).fields == source.fields


def test_strict_raises_the_decode_error() -> None:
    """strict=True keeps the error for those who want it, at every level."""
    data = UTF8 + b"\xff"
    with pytest.raises(DecodeError, match=rf"utf-8 fails at byte {len(UTF8)} \(ff"):
        fzbg.parse_report(data, strict=True)
    with pytest.raises(DecodeError):
        load_source(data, strict=True)
    with pytest.raises(DecodeError):
        decode_bytes(data, strict=True)
    assert decode_bytes(data)[1] == "utf-8"


def test_the_offsets_count_the_byte_order_mark() -> None:
    """After a mark, offsets are still offsets into the input."""
    data = codecs.BOM_UTF8 + UTF8 + b"\xff"
    assert decode(data).replaced == ((len(data) - 1, 1),)


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (REPORT, "gb18030", "gb18030"),
        (TRADITIONAL_BIG5 * 60, "big5", "big5hkscs"),  # not GB18030 with a byte replaced
    ],
)
def test_legacy_encodings_are_read_leniently_too(text: str, encoding: str, expected: str) -> None:
    """GB18030 and Big5 bytes with a stray byte: the right encoding, one byte replaced."""
    data = text.encode(encoding) + b"\xff"
    decoded = decode(data)
    assert (decoded.encoding, decoded.replaced) == (expected, ((len(data) - 1, 1),))
    assert decoded.text == text + "\ufffd"


def test_a_web_page_with_a_stray_byte_says_so(tmp_path: Path) -> None:
    """A page decoded deep inside the HTML reader reports its replaced bytes as well."""
    body = "".join(f"<p>{line}</p>" for line in REPORT.splitlines())
    page = f"<html><body><div id='zoom'>{body}</div></body></html>".encode()
    path = tmp_path / "报告.html"
    path.write_bytes(page[:-20] + b"\xff" + page[-20:])
    report = fzbg.parse_report(path)
    assert _replaced(report) == [
        f"bytes that fit no character were read as U+FFFD: utf-8: byte {len(page) - 20}"
    ]
    with pytest.raises(DecodeError):
        fzbg.parse_report(path, strict=True)


@pytest.mark.parametrize(
    "data",
    [
        UTF8[:1000] + b"\xff\xff",  # two bad bytes in 1002: more than one in a thousand
        b"".join(UTF8[i : i + 900] + b"\xff" for i in range(0, 17 * 900, 900)),  # 17 runs
    ],
)
def test_more_than_a_few_bad_bytes_are_an_error(data: bytes) -> None:
    """Leniency is for a stray byte, not for bytes in no supported encoding."""
    with pytest.raises(DecodeError, match="none fits all but a few bytes"):
        decode_bytes(data)


def test_the_message_for_binary_data_names_what_each_encoding_made_of_it() -> None:
    """Binary data with NULs: UTF-16 is tried and so are GB18030 and Big5, each named
    with where it failed, and the error's ``tried`` is what was tried."""
    data = bytes(range(256)) * 8
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data, name="x.bin")
    error = caught.value
    assert error.tried == ("utf-8", "utf-16-be", "gb18030", "big5hkscs")  # NULs at even bytes
    message = str(error)
    for encoding in error.tried:
        assert f"{encoding} fails at byte " in message
    assert error.offset is not None
    assert f"fails at byte {error.offset} " in message


_REPORTS = st.sampled_from([REPORT, REPORT.replace("。", "，", 3)])


@settings(max_examples=40, deadline=None)
@given(
    _REPORTS,
    st.sampled_from(["utf-8", "gb18030"]),
    st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=1)), max_size=3),
)
@example(REPORT, "utf-8", [(0.5, b"\xff")])
@example(REPORT, "utf-8", [(1.0, b"\xe4"), (0.3, b"\x80"), (0.7, b"\xc3")])
@example(REPORT, "gb18030", [(1.0, b"\xff"), (0.2, b"\x81"), (0.6, b"\x00")])
def test_a_report_with_a_few_random_bytes_still_parses(
    text: str, encoding: str, stray: list[tuple[float, bytes]]
) -> None:
    """Any UTF-8 or GB18030 report with up to three random bytes inserted or appended
    parses; when the bytes no longer decode strictly, a diagnostic says so."""
    data = text.encode(encoding)
    for where, byte in stray:
        at = round(where * len(data))
        data = data[:at] + byte + data[at:]
    report = fzbg.parse_report(data)
    try:
        decode_bytes(data, strict=True)
    except DecodeError:
        assert _replaced(report)
    else:
        assert not _replaced(report)

"""A str that is a report's bytes read as Latin-1 or Windows-1252 (a scraper's mojibake)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.read import misread as misread_module
from fzbg.read.misread import reread

_TEXT = (
    "云溪县2023年度法治政府建设情况报告\n一、主要举措和成效\n"
    "（一）加强组织领导。召开专题会议4次，审查合同“12”份。\n二、存在的不足\n一是学习不够深入。\n"
)


def _byte(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)  # a byte Windows-1252 leaves undefined: a browser reads it as Latin-1


# How a browser reads bytes labelled windows-1252, a byte at a time.
_BROWSER_CP1252 = [_byte(b) for b in range(256)]


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
@pytest.mark.parametrize("read_as", ["latin-1", "cp1252"])
def test_bytes_read_as_latin1_or_cp1252_are_read_again(encoding: str, read_as: str) -> None:
    """requests reads a page with no charset as ISO-8859-1: 2023年 arrives as 2023å¹´."""
    data = _TEXT.encode(encoding)
    misread = (
        "".join(map(_BROWSER_CP1252.__getitem__, data))
        if read_as == "cp1252"
        else data.decode(read_as)
    )
    report = fzbg.parse_report(misread)
    assert report.title == "云溪县2023年度法治政府建设情况报告"
    assert [s.kind.value for s in report.sections] == ["measures", "shortcomings"]
    (note,) = [d for d in report.diagnostics if d.code == "misread-text"]
    assert encoding in note.message


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_an_indented_text_of_few_han_is_read_again(encoding: str) -> None:
    """Lines indented with ideographic spaces under full-width brackets hold few Han.

    ``\u3000\u3000（一）、加强组织领导``: most of its bytes are the spaces' and the marks'.
    """
    lines = ["（一）、加强组织领导", "（二）、推进依法决策", "（三）、规范行政执法"]
    text = "主要举措和成效\n" + "".join(
        f"\u3000\u3000{line}\n\u3000\u3000召开会议4次。\n" for line in lines
    )
    again = reread(text.encode(encoding).decode("latin-1"))
    assert again is not None
    assert again[0] == text


@pytest.mark.parametrize(
    "text",
    [
        "Le café est très bon. Élève à l'école, garçon.",  # Latin-1 that is French
        _TEXT,  # the report itself
        _TEXT.encode().decode("latin-1") + "。",  # a character no misreading makes
        "",
        "plain ASCII",
    ],
)
def test_text_that_is_no_misreading_is_left_as_it_is(text: str) -> None:
    assert reread(text) is None


def test_strict_mode_names_the_misreading() -> None:
    """strict=True raises on the repair, as on any other diagnostic."""
    with pytest.raises(fzbg.StrictModeError, match="misread-text"):
        fzbg.parse_report(_TEXT.encode().decode("latin-1"), strict=True)


@pytest.mark.parametrize("read_as", ["gbk", "gb18030"])
def test_utf8_bytes_read_as_gbk_are_read_again(read_as: str) -> None:
    """A tool that reads every page as GBK turns 法治 into 娉曟不; written back as GB18030
    its characters are the UTF-8 bytes again, save the bytes the reading could not pair,
    whose characters are lost as U+FFFD and counted in the diagnostic."""
    misread = _TEXT.encode("utf-8").decode(read_as, errors="replace")
    found = reread(misread)
    assert found is not None
    text, encoding, misread_as = found
    assert encoding == "utf-8"
    assert misread_as.startswith("GBK")
    # every character kept is right; a lost one stands as one U+FFFD (two lost side by
    # side may stand as one)
    pieces = text.split("\ufffd")
    at = 0
    for piece in pieces:
        found = _TEXT.find(piece, at)
        assert found >= at, piece
        at = found + len(piece)
    assert sum(map(len, pieces)) >= 0.75 * len(_TEXT)
    report = fzbg.parse_report(misread)
    (note,) = [d for d in report.diagnostics if d.code == "misread-text"]
    assert "read as GBK" in note.message
    assert [q.value for q in report.quantities] == [
        q.value for q in fzbg.parse_report(_TEXT).quantities
    ]


@pytest.mark.parametrize(
    "text",
    [
        "锛是一种工具，銆字少见：法治政府建设。",  # the tells in a report's own words
        _TEXT.encode("utf-8").decode("gbk", errors="replace")[:6],  # too little to tell
    ],
)
def test_text_with_the_tells_that_reads_as_no_report_is_left(text: str) -> None:
    assert reread(text) is None


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_paragraph_read_as_latin1_in_a_text_read_right_is_read_again(encoding: str) -> None:
    """A page pasted from two sources: one paragraph's bytes were read as Latin-1."""
    lines = _TEXT.split("\n")
    lines[2] = lines[2].encode(encoding).decode("latin-1")
    report = fzbg.parse_report("\n".join(lines))
    assert report.text.split("\n")[2] == _TEXT.split("\n")[2]
    assert "4次" in [q.text for q in report.quantities]
    (note,) = [d for d in report.diagnostics if d.code == "misread-text"]
    assert "in part" in note.message


@pytest.mark.parametrize(
    "words",
    ["由×××同志负责，×××××× 、××××××", "引用 Café Müller, Zürich 的做法", "温度±5°C，面积×2"],
)
def test_latin1_letters_in_a_report_stay(words: str) -> None:
    """Placeholders, a name's accents and signs are what the report says."""
    report = fzbg.parse_report(_TEXT + words + "\n")
    assert words in report.text
    assert "misread-text" not in {d.code for d in report.diagnostics}


_PIECES = "ab法治×·\xa1\xb3\xc0\xe6\xe9\xfe\x80\x95\xbf" + "€‚•‘’“”"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=_PIECES, max_size=12))
def test_the_misread_scan_finds_what_its_plain_alternation_finds(text: str) -> None:
    """The scan opens with one class (fast in ``regex``); it matches where the plain one does."""
    cp1252 = "".join(misread_module._CP1252)
    plain = re.compile(f"[\\xa1-\\xfe]{{4}}|[\\xe4-\\xe9][\\x80-\\xbf{cp1252}]{{2}}")
    assert bool(misread_module._MISREAD_HAN.search(text)) == bool(plain.search(text))

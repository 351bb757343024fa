"""A UTF-8 page read as GBK with what does not decode replaced: characters lost, told again.

``requests`` told a page is GBK, or a tool that reads every page so, gives ``寤鸿�``
for ``建设``: one byte of every few characters is lost as U+FFFD.  The reader writes the
rest back as bytes and tells each lost character from the bytes left of it and the
words around it.  The texts here are the shipped example and reports invented for the
test, misread the way such a tool misreads them.
"""

from __future__ import annotations

import difflib

from hypothesis import given
from hypothesis import strategies as st

import fzbg
from fzbg.examples import example_report_text
from fzbg.read.lost_bytes import LOST_BYTE, restored


def _misread(text: str) -> str:
    """``text`` as a tool that reads UTF-8 bytes as GBK, replacing what fails, gives it."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def _written_back(misread: str) -> bytes:
    """The bytes of a GBK misreading, each lost byte as :data:`LOST_BYTE`."""
    return bytes([LOST_BYTE]).join(p.encode("gb18030") for p in misread.split("\ufffd"))


def test_lost_characters_are_told_again_and_rarely_wrong() -> None:
    """Of the shipped example's lost characters, a third or more come back; few wrong."""
    text = example_report_text()
    restored_text, lost, told = restored(_written_back(_misread(text)))
    assert lost > 100
    assert told >= lost // 3
    # Two lost characters side by side read as one U+FFFD: compare what was told, aligned.
    aligned = difflib.SequenceMatcher(None, restored_text, text, autojunk=False)
    wrong = sum(
        i2 - i1 - restored_text.count("\ufffd", i1, i2)
        for op, i1, i2, _, _ in aligned.get_opcodes()
        if op == "replace"
    )
    assert wrong <= lost // 20


def test_the_misread_examples_metadata_reads_as_the_originals() -> None:
    """Title, issuer and year come back with their lost characters."""
    original = fzbg.parse_report(example_report_text())
    misread = fzbg.parse_report(_misread(example_report_text()))
    assert (misread.title, misread.issuer, misread.year) == (
        original.title,
        original.issuer,
        original.year,
    )
    notes = [d.message for d in misread.diagnostics if d.code == "misread-text"]
    assert notes
    assert "told from their bytes" in notes[0]


_PLACES = ("青禾街道", "云溪县", "临江市", "东川区", "白沙镇", "北岭乡")
# The place named again and again, after an even and an odd count of Chinese characters
# (each three bytes), as a report names it: a byte lost in one mention is there in another.
_BODY = (
    "{year}年，{place}深入推进法治政府建设，全面落实法治政府建设各项工作。\n"
    "现将{place}{year}年度法治政府建设情况报告如下：\n"
    "一、{year}年度推进法治政府建设的主要举措和成效\n"
    "（一）加强组织领导。一年来，在{place}党工委领导下，坚持把法治政府建设工作摆在重要位置。\n"
    "二、存在的不足和原因\n法治宣传工作仍有不足。\n"
    "三、下一年度推进法治政府建设的主要安排\n{place}将持续推进依法行政工作。\n"
    "{place}\n"
)


def _told_or_lost(got: str | None, original: str) -> bool:
    """Whether ``got`` is ``original`` with some characters still lost, none told wrong."""
    if got is None or len(got) != len(original):
        return False
    return all(a in (b, "\ufffd") for a, b in zip(got, original, strict=True))


@given(st.sampled_from(_PLACES), st.integers(2016, 2025), st.sampled_from(["情况报告", "年度报告"]))
def test_a_misread_reports_title_issuer_and_year(place: str, year: int, kind: str) -> None:
    """A report misread as GBK keeps its title, issuer and year; no character told wrong.

    A name lost at every mention (the same byte each time) may stay lost: nothing tells it.
    """
    title = f"{place}{year}年度法治政府建设{kind}"
    text = f"{title}\n{_BODY.format(year=year, place=place)}"
    report = fzbg.parse_report(_misread(text))
    assert report.year == year
    assert _told_or_lost(report.title, title)
    assert _told_or_lost(report.issuer, place)

"""OFD reports: the text objects of every page, in reading order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from _ofd import write_ofd
from _print import REPORT, RUNNING_HEAD, acceptance_shape, layout
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.read.ofd import is_ofd, read_ofd

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def printed(text: str, head: str | None = None) -> list[str]:
    lines: list[str] = []
    for number, page in enumerate(layout(text), start=1):
        if head and number > 1:
            lines.append(head)
        lines += [line for _, line in page]
        lines.append(f"— {number} —")
    return lines


@pytest.mark.parametrize("backwards", [False, True], ids=["in-order", "drawn-backwards"])
def test_an_ofd_reads_one_line_per_printed_line(backwards: bool) -> None:
    """Every printed line is a line, top down, whatever the order of the objects."""
    data = write_ofd(REPORT, running_head=RUNNING_HEAD, backwards=backwards)
    text, fields = read_ofd(data, "report.ofd")
    assert text.split("\n") == printed(REPORT, RUNNING_HEAD)
    assert fields == (("pages", str(len(layout(REPORT)))),)


def test_an_ofd_parses_with_its_furniture_cut() -> None:
    """Title, sections and signature as from the text; head and numbers are debris."""
    text, _ = read_ofd(write_ofd(REPORT, running_head=RUNNING_HEAD), "report.ofd")
    report, plain = fzbg.parse_report(text), fzbg.parse_report(REPORT)
    assert (report.title, report.issuer, report.signed) == (plain.title, plain.issuer, plain.signed)
    assert [(s.kind, s.heading) for s in report.sections] == [
        (s.kind, s.heading) for s in plain.sections
    ]
    assert RUNNING_HEAD not in report.text
    assert {"page-number", "running-head"} <= {d.kind for d in report.debris}


def test_is_ofd_tells_an_ofd_from_another_zip() -> None:
    """An OFD is a zip with OFD.xml; a .docx is a zip without."""
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert is_ofd(write_ofd("正文。"))
    assert not is_ofd(other.getvalue())
    with pytest.raises(fzbg.UnsupportedFormatError, match=r"no OFD\.xml"):
        read_ofd(other.getvalue(), "x.ofd")


def rezip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for name in old.namelist():
            if name not in change:
                new.writestr(name, old.read(name))
        for name, content in change.items():
            if content is not None:
                new.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"Doc_0/Pages/Page_0/Content.xml": b"<ofd:Page"}, "damaged"),
        ({"Doc_0/Document.xml": None}, "Document.xml is missing"),
        ({"Doc_0/Encryptions.xml": b"<x/>"}, "encrypted"),
    ],
    ids=["bad-xml", "no-document", "encrypted"],
)
def test_a_file_that_cannot_be_read_says_why(change: dict[str, bytes | None], message: str) -> None:
    """Broken XML, a missing part or OFD encryption: an error that says so."""
    with pytest.raises(fzbg.UnsupportedFormatError, match=message):
        read_ofd(rezip(write_ofd(REPORT), change), "x.ofd")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_bytes_raise_only_fzbg_errors(data: st.DataObject) -> None:
    """Whatever bytes of an OFD are changed, the reader returns text or a FzbgError."""
    raw = bytearray(write_ofd("一、主要举措\n（一）加强领导。召开会议4次。"))
    for _ in range(data.draw(st.integers(1, 10))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    try:
        text, _ = read_ofd(bytes(raw), "fuzzed.ofd")
    except fzbg.FzbgError:
        return
    assert isinstance(text, str)


@pytest.mark.parametrize(
    "seed", sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [], ids=lambda p: p.stem
)
def test_a_seed_as_ofd_reads_its_printed_lines(seed: Path) -> None:
    """Every seed laid out as an OFD reads back line for line (wraps are joined later)."""
    source = seed.read_text(encoding="utf-8")
    text, _ = read_ofd(write_ofd(source), seed.name)
    assert text.split("\n") == printed(source)


@pytest.mark.parametrize(
    "seed", sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [], ids=lambda p: p.stem
)
def test_acceptance_a_seed_as_ofd_parses_as_its_text(seed: Path) -> None:
    """Issue 14's acceptance: metadata, sections, items and quantities as from the .txt."""
    source = seed.read_text(encoding="utf-8")
    text, _ = read_ofd(write_ofd(source), seed.name)
    assert acceptance_shape(fzbg.parse_report(text)) == acceptance_shape(fzbg.parse_report(source))

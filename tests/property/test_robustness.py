"""The robustness promises: any text parses, spans hold, nothing is lost, any encoding reads.

Example counts are kept small for the everyday run; set ``FZBG_ROBUSTNESS_EXAMPLES`` (for
instance to 5000) for a long search.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex
from genre_strategies import any_text, genre_lines, genre_text
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import fzbg
from fzbg.model import Item, Report
from fzbg.page.debris import restore_debris, strip_inline_debris
from fzbg.page.layout import recover_layout
from fzbg.read.decode import _NOT_A_REPORT
from fzbg.read.sources import read_source
from fzbg.text.normalize import fold, normalize

_EXAMPLES = int(os.environ.get("FZBG_ROBUSTNESS_EXAMPLES", "2000"))
_SETTINGS = settings(
    max_examples=_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
_WHITESPACE = regex.compile(r"\s+")

texts = st.one_of(any_text(), genre_text(), genre_lines())


def _items(items: tuple[Item, ...]) -> Iterator[Item]:
    for item in items:
        yield item
        yield from _items(item.children)


def spanned(report: Report) -> Iterator[tuple[str, object]]:
    """Every object of the report that carries a span, with a name for messages."""
    for section in report.sections:
        yield "section", section
        for item in _items(section.items):
            yield "item", item
            for quantity in item.quantities:
                yield "item quantity", quantity
    for quantity in report.quantities:
        yield "quantity", quantity
    for reference in report.references:
        yield "reference", reference


def check_report(source: str, report: Report) -> None:
    """The promises every parse keeps, whatever the input."""
    text = report.text
    # Every span slices the report's text to the object's text.
    for what, obj in spanned(report):
        span = obj.span  # type: ignore[attr-defined]
        assert 0 <= span.start <= span.end <= len(text), (what, span)
        assert text[span.start : span.end] == obj.text, (what, span)  # type: ignore[attr-defined]
    # An item holds every quantity of the report inside its span, in order.
    for section in report.sections:
        for item in _items(section.items):
            inside = tuple(
                q
                for q in report.quantities
                if item.span.start <= q.span.start and q.span.end <= item.span.end
            )
            assert item.quantities == inside, item.span
    for diagnostic in report.diagnostics:
        if diagnostic.span is not None:
            assert 0 <= diagnostic.span.start <= diagnostic.span.end <= len(text)
    # Nothing is lost: putting the debris back gives the normalised input, its layout
    # recovered (the one step that may change the text's length before any span); the
    # input as read, that is: a str that is misread bytes is read again first.
    read = read_source(source)
    assert restore_debris(text, report.debris) == recover_layout(normalize(read))[0]
    # ...and what is not debris is the title, the preamble, a section or the closing.
    outside: list[str] = []
    last = 0
    for section in sorted(report.sections, key=lambda s: s.span.start):
        outside.append(text[last : max(last, section.span.start)])
        last = max(last, section.span.end)
    outside.append(text[last:])
    # The title is reported as written (a gloss such as 統(tǒng) kept); the text has it cut.
    title = strip_inline_debris(report.title)[0] if report.title else ""
    at = text.find(title) if title else -1
    stop = text[at + len(title) : at + len(title) + 1] if at >= 0 else ""
    if stop in ("。", "."):  # (the half-width stop folds to the full one)
        title += stop  # a title typed with a stop after it is reported without the stop
    kept = title + report.preamble + report.closing
    # Compared without what the matching view counts as blank (private-use glyphs too).
    assert _visible("".join(outside)) == _visible(kept)


def _visible(text: str) -> str:
    return _WHITESPACE.sub("", fold(text))


@_SETTINGS
@given(texts)
@example("")
@example("法治报告.")  # a title typed with a half-width stop after it
@example("\n")
@example("一、")
@example("(")
@example(")")
@example("\ufeff\r\n\u2028")
@example("\ud800")
@example("一是" * 50)
@example("一、主要举措和成效\n（一）加强领导。\n二、存在的不足和原因\n一是不足；二是差距。")
@example("統(tǒng)法治报告")  # a gloss in the title: reported as written, cut from the text
@example("\x81@ª@ª@ª@")  # bytes read as Latin-1 (丂狜狜狜 in GBK): read again
@example("法治报告。")  # a title typed with a stop after it
@example("–法治报告")  # a dash before a title: cut as chrome, not lost
def test_any_text_parses_and_keeps_its_promises(source: str) -> None:
    """Any str parses without raising, spans slice back, and nothing is lost."""
    check_report(source, fzbg.parse_report(source))


@_SETTINGS
@given(texts)
def test_normalize_is_idempotent(source: str) -> None:
    """Normalising twice is normalising once."""
    once = normalize(source)
    assert normalize(once) == once


@_SETTINGS
@given(texts)
def test_fold_keeps_the_length(source: str) -> None:
    """The matching view has one character for each character of the text."""
    text = normalize(source)
    assert len(fold(text)) == len(text)


@_SETTINGS
@given(genre_lines(), st.sampled_from(["gb18030", "utf-8-sig", "utf-16", "utf-16-be"]))
# Big5 reads these GB18030 bytes too, ① as a full-width Ｋ; the common characters decide.
@example("主要举措和成效\n当前位置:首页 > 政务公开①0①\n当前位置:首页 > 政务公开", "gb18030")
def test_encoded_genre_text_reads_back(source: str, encoding: str) -> None:
    """Report-like text with a byte-order mark, or in GB18030, reads back as it was.

    GB18030 has no mark, so two things may stand in its way, and only those: bytes that
    are valid UTF-8 as well are UTF-8 (the common case), and a few dozen bytes are too
    few to tell GB18030 from Big5 when the text holds characters no report holds.
    """
    data = source.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    if not data:  # no bytes, no report: an error since issue 17, item 3
        with pytest.raises(fzbg.DecodeError, match="the input is empty"):
            read_source(data)
        return
    try:
        decoded = read_source(data)
    except fzbg.FzbgError:
        pytest.fail(f"{encoding} bytes of report-like text did not decode")
    if decoded == source:
        return
    assert encoding == "gb18030"
    try:
        assert data.decode("utf-8") == decoded
    except UnicodeDecodeError:
        assert len(data) < 64 or _NOT_A_REPORT.search(source)


# Linear time is a speed promise, so it lives in a benchmark, not in a timed test:
# `python bench/adversarial.py --check` (run by .ci/run) fails on super-linear growth.


# --- the seeds, re-encoded --------------------------------------------------------------

_SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.mark.skipif(not _SEED_FILES, reason="../shared/seeds is absent")
@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-16", "utf-16-le"])
def test_seeds_re_encoded_parse_exactly_as_their_str(encoding: str, tmp_path: Path) -> None:
    """Each seed as GB18030, UTF-8 with a mark or UTF-16 parses exactly as its text."""
    for seed in _SEED_FILES:
        text = seed.read_text(encoding="utf-8")
        expected = fzbg.parse_report(text)
        data = text.encode(encoding)
        assert fzbg.parse_report(data) == expected, seed.name
        path = tmp_path / seed.name
        path.write_bytes(data)
        assert fzbg.parse_report(path) == expected, seed.name


@pytest.mark.skipif(not _SEED_FILES, reason="../shared/seeds is absent")
def test_seeds_keep_the_promises() -> None:
    """The real reports keep every promise too."""
    for seed in _SEED_FILES:
        text = seed.read_text(encoding="utf-8")
        check_report(text, fzbg.parse_report(text))

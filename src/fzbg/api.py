"""parse_report(): the one place that chains the stages.

    source ─ read ─▶ str and the reader's fields ─ normalize, layout ─▶ text ─ page ─▶
      text without chrome, title, fields
      ─ quantities ─▶ counts ─ lex ─▶ lines ─ structure ─▶ sections and items (with
      their counts) ─ metadata ─▶ Report; references go straight into the Report

Data flows one way; no stage reaches back into an earlier one.
"""

from __future__ import annotations

import bisect
import itertools
import os
import warnings

import attrs

from fzbg._gc import collection_paused
from fzbg.errors import StrictModeError, point_at
from fzbg.extract.indicators import find_indicators
from fzbg.extract.metadata import read_metadata
from fzbg.extract.quantities import extract_quantities
from fzbg.extract.references import extract_references
from fzbg.genre.chrome import FIELD_TRIM
from fzbg.lex.lines import Line, lex
from fzbg.model import REQUIRED_KINDS, Diagnostic, Report, SectionKind, missing_kinds
from fzbg.page.layout import recover_layout
from fzbg.page.strip import strip_page
from fzbg.read.sources import load_source
from fzbg.structure.tree import build
from fzbg.text.normalize import fold, normalize

__all__ = ["parse_report"]

# A missing section is noted after everything else, in the order of the kinds' names: the
# notes for each set of missing kinds, made once.
_REQUIRED = sorted(REQUIRED_KINDS, key=lambda k: k.value)
_PLANS = SectionKind.PLANS
_MISSING = {
    frozenset(kinds): tuple(Diagnostic("missing-section", f"no {k.value} section") for k in kinds)
    for n in range(len(_REQUIRED) + 1)
    for kinds in itertools.combinations(_REQUIRED, n)
}


def _start(line: Line) -> int:
    return line.start


def parse_report(source: str | bytes | os.PathLike[str], *, strict: bool = False) -> Report:
    """Parse a 法治政府建设年度报告 into a typed :class:`~fzbg.model.Report`.

    The parser is lenient: whatever is odd about the report (page chrome, a marker that
    lost its bracket, a missing section) is worked around and recorded in
    :attr:`Report.diagnostics <fzbg.model.Report.diagnostics>`.

    Args:
        source: The report's text; or its bytes, whose encoding is detected (UTF-8 with or
            without BOM, GB18030/GBK, Big5, UTF-16); or the path of a ``.txt``,
            ``.html``/``.htm`` or ``.docx`` file, as an :class:`os.PathLike`
            (:class:`pathlib.Path`).  A ``str`` is always text: one that is the path of
            an existing file is parsed as text all the same, with a ``path-as-text``
            diagnostic and a :class:`UserWarning` that say to pass a Path.
        strict: Raise instead of working around: any diagnostic becomes an error, and
            bytes with a byte that fits no character raise
            :class:`~fzbg.errors.DecodeError` (by default they are read as U+FFFD when
            one encoding fits all but a few, with a ``decode-replaced`` diagnostic).

    Returns:
        The parsed report; every span in it indexes :attr:`Report.text`.

    Raises:
        FzbgError: When bytes or a file cannot be read (:class:`~fzbg.errors.DecodeError`,
            :class:`~fzbg.errors.UnsupportedFormatError`, …); never for a ``str``.
        StrictModeError: With ``strict=True``, when the parser saw anything odd.

    Example:
        >>> report = parse_report('''区人民政府:
        ... 现将某某街道2024年度法治政府建设情况报告如下:
        ... 一、主要举措和成效
        ... (一)加强组织领导。召开专题会议4次。
        ... 二、存在的不足和原因
        ... 一是宣传力度不够。二是人员不足。
        ... 三、2025年工作安排
        ... (一)加强学习。''')
        >>> report.issuer, report.year, report.plan_year, report.addressee
        ('某某街道', 2024, 2025, '区人民政府')
        >>> [(s.kind.value, len(s.items)) for s in report.sections]
        [('measures', 1), ('shortcomings', 2), ('plans', 1)]
        >>> sorted(k.value for k in report.missing_sections)
        ['duties']

    """
    loaded = load_source(source, strict=strict)
    with collection_paused():  # what a parse makes lives on in the report: see fzbg._gc
        report = _parse(loaded.text, loaded.fields)
    if isinstance(source, str) and _names_a_file(source):
        message = (
            f"the text is the path of a file, {source.strip()!r}: it was parsed as text; "
            "pass pathlib.Path(...) to read the file"
        )
        warnings.warn(message, UserWarning, stacklevel=2)
        noted = (*report.diagnostics, Diagnostic("path-as-text", message))
        report = attrs.evolve(report, diagnostics=noted)
    if strict and report.diagnostics:
        raise StrictModeError(_strict_message(report, loaded.name), report.diagnostics)
    return report


def _parse(source: str, fields: tuple[tuple[str, str], ...] = ()) -> Report:
    text, layout = recover_layout(normalize(source))  # before any span: may change length
    page = strip_page(text)
    lines = lex(page.view)
    title_end = page.title.end if page.title else 0
    first = bisect.bisect_left(lines, title_end, key=_start)  # the first line below the title
    quantities = extract_quantities(page.text, view=page.view)
    body = build(page.text, page.view, lines, first, written=page.written, quantities=quantities)
    meta = read_metadata(page.text, page.view, page, body, _folded(fields))
    return Report(
        text=page.text,
        title=meta.title,
        issuer=meta.issuer,
        year=meta.year,
        plan_year=meta.plan_year,
        published=meta.published,
        signed=meta.signed,
        addressee=meta.addressee,
        preamble=page.text[body.preamble.start : body.preamble.end],
        closing=page.text[body.closing.start : body.closing.end],
        sections=body.sections,
        quantities=quantities,
        references=extract_references(page.text, view=page.view),
        diagnostics=(
            *_reader_notes(fields),
            *layout,
            *page.diagnostics,
            *body.diagnostics,
            *_MISSING[missing_kinds(body.sections)],
        ),
        debris=page.debris,
        indicators=find_indicators(
            page.text,
            page.view,
            quantities,
            (s.span for s in body.sections if s.kind is _PLANS),
            year=meta.year,
        ),
    )


# What a reader saw amiss in a file, from its fields: pages that OCR read with low
# confidence, pages with no text layer when OCR is not installed, bytes no encoding fits.
_READER_NOTES = {
    "decode-replaced": "bytes that fit no character were read as U+FFFD: {}",
    "misread-text": "the text was {} (mojibake): they were read again",
    "ocr-low-confidence": "OCR read {} with low confidence: check its text",
    "pages-without-text": "pages with no text layer, left unread (install fzbg[ocr]): {}",
}


def _reader_notes(fields: tuple[tuple[str, str], ...]) -> tuple[Diagnostic, ...]:
    if not fields:  # a str has none
        return ()
    return tuple(
        Diagnostic(label, _READER_NOTES[label].format(value))
        for label, value in fields
        if label in _READER_NOTES
    )


def _folded(fields: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """A reader's fields as the page stage reads fields: in the folded view, trimmed."""
    if not fields:  # a str has none
        return ()
    return tuple((label, fold(normalize(value)).strip(FIELD_TRIM)) for label, value in fields)


def _names_a_file(text: str) -> bool:
    """Whether the whole text, white space aside, is the path of an existing file."""
    path = text.strip()
    if not path or len(path) > _LONGEST_PATH or "\n" in path:
        return False
    try:
        return os.path.isfile(path)
    except (OSError, ValueError):  # a NUL, a name too long for the system
        return False


_LONGEST_PATH = 4096
"""Longer text is never taken for a path (PATH_MAX on Linux)."""


def _strict_message(report: Report, name: str) -> str:
    """Name the input and every code found; point at the first one that has a place."""
    codes = ", ".join(sorted({d.code for d in report.diagnostics}))
    message = f"{name}: strict parse found {codes}"
    placed = next((d for d in report.diagnostics if d.span is not None), None)
    if placed is not None and placed.span is not None:
        where = point_at(report.text, placed.span.start, placed.span.end, name=name)
        message += f"\n{placed.code}: {placed.message}\n{where}"
    return message

"""A report handed over as its bytes read as Latin-1 (mojibake) parses as the report."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_strategies import ReportPlan, render, report_plans

import fzbg
from fzbg.read.misread import reread

_SETTINGS = settings(
    max_examples=int(os.environ.get("FZBG_EXAMPLES", "300")) // 3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _outline(report: fzbg.Report) -> tuple[object, ...]:
    return (
        report.title,
        report.issuer,
        report.year,
        [(s.kind, s.heading, len(s.items)) for s in report.sections],
        [(q.value, q.unit) for q in report.quantities],
    )


@_SETTINGS
@given(report_plans(), st.sampled_from(["utf-8", "gb18030"]))
def test_a_report_read_as_latin1_parses_as_the_report(plan: ReportPlan, encoding: str) -> None:
    """The misread text is read again: the same report, and a diagnostic saying so."""
    text = render(plan)
    misread = text.encode(encoding).decode("latin-1")
    report = fzbg.parse_report(misread)
    assert _outline(report) == _outline(fzbg.parse_report(text))
    assert [d.code for d in report.diagnostics if d.code == "misread-text"] == ["misread-text"]


@given(st.text())
def test_a_text_with_a_character_no_misreading_makes_is_left_alone(text: str) -> None:
    """A Chinese character (or any above U+00FF but Windows-1252's) says the text is text."""
    assert reread(text + "法") is None


@given(st.text(alphabet=st.characters(max_codepoint=0xFF)))
def test_latin1_that_is_no_chinese_stays_as_it_is(text: str) -> None:
    """Whatever is reread decodes to Chinese; European text does not."""
    found = reread(text)
    assert found is None or sum("\u4e00" <= c <= "\u9fff" for c in found[0]) >= 4

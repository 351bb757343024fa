"""A report scraped with its HTML left in says what the clean report says.

A generated report is given the markup a page scraped without an HTML parser keeps:
each line in a block tag of its own (``<p>``, ``<div>``, a ``<br>`` between lines), words
inside inline tags with attributes (``<span style=…>``), and its quotation marks, dashes
and brackets written as named or numeric character references.  The parse says what the
clean report's parse says, with an ``html-markup`` diagnostic.
"""

from __future__ import annotations

import html
import os

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_strategies import ReportPlan, render, report_plans

import fzbg

_SETTINGS = settings(
    max_examples=int(os.environ.get("FZBG_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_BLOCKS = (
    "<p>{}</p>",
    '<p style="text-indent:2em;">{}</p>',
    "<div>{}</div>",
    "{}<br>",
    "{}<br />",
    '<P class="MsoNormal" align=left>{}</P>',
)
_INLINE = (
    "<span>{}</span>",
    '<span style="font-family:仿宋_GB2312;font-size:16pt">{}</span>',
    "<strong>{}</strong>",
    '<font face="仿宋">{}</font>',
    "<b>{}</b>",
)


def _referenced(character: str, form: int) -> str:
    """``character`` as a named, decimal or hexadecimal reference."""
    if form == 0 and (name := html.entities.codepoint2name.get(ord(character))):
        return f"&{name};"
    return f"&#{ord(character)};" if form < 2 else f"&#x{ord(character):X};"


@st.composite
def _scraped(draw: st.DrawFn, text: str) -> str:
    """``text`` with the markup a scraper leaves: tags around lines and words, references."""
    lines = []
    for written in text.split("\n"):
        line = written
        if line and draw(st.booleans()):  # a run of words styled by an inline tag
            cut = draw(st.integers(0, len(line)))
            line = line[:cut] + draw(st.sampled_from(_INLINE)).format(line[cut:])
        lines.append(draw(st.sampled_from(_BLOCKS)).format(line) if line else line)
    scraped = "\n".join(lines)
    form = draw(st.integers(0, 2))
    for character in "“”‘’—…·":
        if draw(st.booleans()):
            scraped = scraped.replace(character, _referenced(character, form))
    return scraped


def _flat(words: str | None) -> str | None:
    """``words`` without blank lines: a page's paragraphs stand on lines of their own."""
    return None if words is None else "\n".join(filter(None, words.split("\n")))


def _says(report: fzbg.Report) -> tuple[object, ...]:
    """What a report says of itself: title, issuer, year, sections, items, quantities."""
    sections = tuple(
        (s.kind, _flat(s.heading), tuple((i.marker, i.ordinal, _flat(i.title)) for i in s.items))
        for s in report.sections
    )
    quantities = tuple((q.text, q.value, q.unit, q.approx) for q in report.quantities)
    return _flat(report.title), report.issuer, report.year, report.signed, sections, quantities


# Derandomized, as the other tests that go through layout recovery: the same examples on
# every run (FZBG_EXAMPLES raises their number for a long search).
@settings(_SETTINGS, derandomize=True, database=None)
@given(report_plans(), st.data())
def test_a_scraped_copy_parses_as_the_clean_report(plan: ReportPlan, data: st.DataObject) -> None:
    """The copy's parse is the clean report's, and says markup was taken out."""
    plan = attrs.evolve(plan, chrome=(), disclosure=(), page_fields=False)
    clean = render(plan)
    copy = fzbg.parse_report(data.draw(_scraped(clean)))
    assert _says(copy) == _says(fzbg.parse_report(clean))
    assert "html-markup" in {d.code for d in copy.diagnostics}
    assert "<" not in copy.text
    assert "&#" not in copy.text

"""Every diagnostic code the parser gives is in the one table of codes, with its Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from genre_strategies import genre_text
from hypothesis import HealthCheck, given, settings

import fzbg
from fzbg.model import DIAGNOSTIC_CODES, SectionKind
from fzbg.page.debris import INLINE_DEBRIS

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def test_the_debris_kinds_are_codes() -> None:
    """Each inline debris rule's kind is a diagnostic code."""
    assert {rule.kind for rule in INLINE_DEBRIS} <= set(DIAGNOSTIC_CODES)


def test_every_code_has_a_chinese_name_and_a_meaning() -> None:
    """Both parts of each entry are filled in."""
    assert all(zh and meaning for zh, meaning in DIAGNOSTIC_CODES.values())


def test_every_section_kind_has_a_chinese_name() -> None:
    """SectionKind.chinese names each kind."""
    assert [k.chinese for k in SectionKind] == [
        "主要举措和成效", "存在的不足和原因", "第一责任人职责", "下一年度主要安排", "其他情况"
    ]  # fmt: skip


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(genre_text())
def test_the_codes_of_any_genre_text_are_in_the_table(text: str) -> None:
    """Whatever the parser works around on genre text has a code from the table."""
    report = fzbg.parse_report(text)
    assert {d.code for d in report.diagnostics} <= set(DIAGNOSTIC_CODES)


def test_the_codes_of_the_real_reports_are_in_the_table() -> None:
    """On the seeds and the corpus (when present), every code is in the table."""
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus").glob("*.txt"))
    if not paths:
        pytest.skip(f"no reports in {SHARED}")
    codes = {d.code for p in paths for d in fzbg.parse_report(p).diagnostics}
    assert codes <= set(DIAGNOSTIC_CODES)

"""parse_report(): the one place that chains the stages (scaffold; the pipeline lands next)."""

from __future__ import annotations

from fzbg.model import Report
from fzbg.normalize import normalize

__all__ = ["parse_report"]


def parse_report(source: str) -> Report:
    """Parse a report (scaffold: normalises only)."""
    return Report(text=normalize(source))

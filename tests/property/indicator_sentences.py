"""What the property tests of indicator phrasings share: one sentence, parsed, keyed."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

import fzbg

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEAD = "一、主要举措和成效\n（一）依法行政。"


def keyed(sentence: str) -> list[tuple[str, str]]:
    """The keys and figures of ``sentence``, parsed under a measures heading."""
    return [(i.key, i.quantity.text) for i in fzbg.parse_report(HEAD + sentence).indicators]

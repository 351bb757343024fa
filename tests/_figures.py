"""What each figure of an invented text keys: the helper the indicator tests share."""

from __future__ import annotations

import fzbg

_MEASURES = "一、主要举措和成效\n"  # the text is the measures section's: not a plan


def figure_keys(body: str) -> dict[str, str | None]:
    """Every quantity's text in ``body``, and the key it states (``None``: it keys nothing)."""
    report = fzbg.parse_report(_MEASURES + body)
    keyed = {i.quantity.text: i.key for i in report.indicators}
    return {q.text: keyed.get(q.text) for q in report.quantities}

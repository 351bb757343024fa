"""Small charts as inline SVG: no script, no network, readable in any browser.

The review page draws two kinds: the publication dates of a folder's reports against the
statutory deadline, and the distribution of an indicator's values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from html import escape

__all__ = ["histogram_svg", "publication_svg"]

_W, _H, _PAD = 560, 150, 30


def publication_svg(
    dates: Sequence[tuple[str, dt.date, dt.date]], *, title: str = "publication"
) -> str:
    """A strip of dots, one per report: days from the year's end to publication.

    Args:
        dates: ``(label, published, deadline)`` for each report that has a date.
        title: The chart's accessible name.

    Returns:
        An ``<svg>`` element: a dot per report (red when after its deadline) and a line
        at the deadline (for the most common one).

    >>> svg = publication_svg([("甲", dt.date(2025, 3, 1), dt.date(2025, 4, 1))])
    >>> svg.startswith("<svg") and svg.count("<circle") == 1
    True

    """
    if not dates:
        return _empty(title)
    days = [(label, (p - dt.date(d.year - 1, 12, 31)).days, p > d) for label, p, d in dates]
    deadlines = [(d - dt.date(d.year - 1, 12, 31)).days for _, _, d in dates]
    deadline = max(set(deadlines), key=deadlines.count)
    low = min(0, *(x for _, x, _ in days))
    high = max(deadline + 30, *(x for _, x, _ in days))

    def x_of(day: int) -> float:
        return _PAD + (day - low) / max(high - low, 1) * (_W - 2 * _PAD)

    parts = [_open(title)]
    parts.append(
        f'<line x1="{x_of(deadline):.1f}" y1="10" x2="{x_of(deadline):.1f}" y2="{_H - 25}" '
        'stroke="#c00" stroke-dasharray="4 3"/>'
        f'<text x="{x_of(deadline) + 4:.1f}" y="20" font-size="11" fill="#c00">deadline '
        f"(day {deadline})</text>"
    )
    for i, (label, day, late) in enumerate(days):
        y = 30 + (i * 37) % (_H - 65)
        colour = "#c00" if late else "#2a6"
        parts.append(
            f'<circle cx="{x_of(day):.1f}" cy="{y}" r="4" fill="{colour}">'
            f"<title>{escape(label)}: day {day}</title></circle>"
        )
    parts.append(_axis(low, high, "days after 31 December of the year reported on"))
    parts.append("</svg>")
    return "".join(parts)


def histogram_svg(values: Sequence[Decimal], *, title: str, bins: int = 10) -> str:
    """A histogram of ``values`` in ``bins`` equal bins.

    >>> svg = histogram_svg([Decimal(1), Decimal(2), Decimal(2)], title="penalty-cases")
    >>> svg.count("<rect")
    10
    """
    if not values:
        return _empty(title)
    low, high = float(min(values)), float(max(values))
    width = (high - low) / bins or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(int((float(v) - low) / width), bins - 1)] += 1
    top = max(counts)
    bar = (_W - 2 * _PAD) / bins
    parts = [_open(title)]
    for i, n in enumerate(counts):
        height = n / top * (_H - 60)
        parts.append(
            f'<rect x="{_PAD + i * bar + 1:.1f}" y="{_H - 30 - height:.1f}" '
            f'width="{bar - 2:.1f}" height="{height:.1f}" fill="#47a">'
            f"<title>{low + i * width:g}–{low + (i + 1) * width:g}: {n}</title></rect>"
        )
    parts.append(f'<text x="{_PAD}" y="16" font-size="12">{escape(title)} (n={len(values)})</text>')
    parts.append(_axis(low, high, ""))
    parts.append("</svg>")
    return "".join(parts)


def _open(title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{_W}" height="{_H}" '
        f'viewBox="0 0 {_W} {_H}" aria-label="{escape(title)}">'
    )


def _axis(low: float, high: float, label: str) -> str:
    y = _H - 25
    return (
        f'<line x1="{_PAD}" y1="{y}" x2="{_W - _PAD}" y2="{y}" stroke="#888"/>'
        f'<text x="{_PAD}" y="{y + 15}" font-size="11">{low:g}</text>'
        f'<text x="{_W - _PAD}" y="{y + 15}" font-size="11" text-anchor="end">{high:g}</text>'
        f'<text x="{_W / 2}" y="{y + 15}" font-size="11" text-anchor="middle">'
        f"{escape(label)}</text>"
    )


def _empty(title: str) -> str:
    return _open(title) + '<text x="20" y="40" font-size="12">no data</text></svg>'

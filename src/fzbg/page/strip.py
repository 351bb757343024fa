"""The web page around a report: chrome, the title, and the page's metadata fields.

Reports reach users as scraped pages.  Around the text stand breadcrumbs, 索引号/文号
tables, ``• 日期:`` bullets, ``打印 关闭`` bars, a site banner above the title, the title
again below it; inside it, converter debris.  This stage cuts all of that out of the text
— every cut recorded as a :class:`~fzbg.model.Debris`, so nothing is lost — finds the
title, and reads the page's labelled fields (日期, 发布时间, 来源) on the way.  The head of
the page, where the title stands, is read in :mod:`fzbg.page.title`.
"""

from __future__ import annotations

import bisect

import attrs

# FIELD_TRIM is imported for the tests, which read it here beside _fields.
from fzbg.genre.chrome import FIELD_TRIM, chrome_lines  # noqa: F401
from fzbg.model import Debris, Diagnostic, Span
from fzbg.page.debris import INLINE_DEBRIS, find_inline_debris
from fzbg.page.furniture import running_heads
from fzbg.page.mojibake import GBK_SHIFT, repair_gbk_shifts, repaired
from fzbg.page.title import Cut, _fields, _find_title, _frame_cuts, _head, _head_fields, _whole
from fzbg.text.normalize import fold

__all__ = ["Page", "strip_page"]

_MESSAGES = {
    "page-chrome": "removed web-page chrome",
    "page-metadata": "read and removed the page's metadata fields",
    "repeated-title": "removed a repeat of the title",
    GBK_SHIFT: "repaired text a site decoded one byte off",
    "gbk-shift-kept": "kept text that looks decoded one byte off but does not repair",
}


# The inline debris a title or heading is reported with (a gloss stood in its words); a
# site's watermark stamped into one never belonged to it.
_INLINE_KINDS = frozenset(rule.kind for rule in INLINE_DEBRIS) - {"site-watermark"}


@attrs.frozen
class Page:
    """A report's text with the page around it taken off."""

    text: str
    """The text without chrome and debris."""
    view: str
    """Its matching view (:func:`fzbg.text.normalize.fold`), the same length."""
    debris: tuple[Debris, ...]
    """What was cut out, in order, with offsets into :attr:`text`."""
    title: Span | None
    """Where the title stands in :attr:`text`."""
    fields: tuple[tuple[str, str], ...]
    """Labelled page metadata as found: ``("发布时间", "2024-12-13 16:45")``; an
    unlabelled date line under the title is recorded as ``("日期", …)``."""
    diagnostics: tuple[Diagnostic, ...]
    _inline: tuple[Debris, ...] = attrs.field(
        init=False,
        default=attrs.Factory(
            lambda self: tuple(d for d in self.debris if d.kind in _INLINE_KINDS), takes_self=True
        ),
        repr=False,
    )
    _inline_at: tuple[int, ...] = attrs.field(
        init=False,
        default=attrs.Factory(lambda self: tuple(d.at for d in self._inline), takes_self=True),
        repr=False,
    )

    def written(self, start: int, end: int) -> str:
        """``text[start:end]`` as the source wrote it, inline debris put back.

        Titles and headings are reported as written: a gloss such as 統(tǒng) that stood
        inside one stays in it, while :attr:`text` is clean.  A gloss right at ``end``
        belongs to the character before it and is put back too.
        """
        if not self._inline:  # most reports: every title and heading is a plain slice
            return self.text[start:end]
        lo = bisect.bisect_right(self._inline_at, start)
        hi = bisect.bisect_right(self._inline_at, end)
        inside = [d for d in self._inline[lo:hi] if d.at < end or d.kind == "pinyin-gloss"]
        if not inside:
            return self.text[start:end]
        parts, last = [], start
        for d in inside:
            parts += [self.text[last : d.at], d.text]
            last = d.at
        parts.append(self.text[last:end])
        return "".join(parts)


def _chrome_cuts(view: str) -> tuple[list[Cut], list[tuple[str, str]]]:
    """Cut every chrome line; read the fields of those that are page metadata."""
    cuts: list[Cut] = []
    fields: list[tuple[str, str]] = []
    for m in chrome_lines(view):
        if m["metadata"]:
            fields.extend(_fields(m["line"].strip()))
        kind = "page-metadata" if m["metadata"] else "page-number" if m["number"] else "page-chrome"
        cuts.append(_whole(*m.span("line"), view, kind))
    return cuts, fields


def _merge(cuts: list[Cut]) -> list[Cut]:
    """Sort the cuts and drop what an earlier cut already covers (debris inside chrome)."""
    out: list[Cut] = []
    for start, end, kind in sorted(cuts):
        begin = max(start, out[-1][1]) if out else start
        if begin < end:
            out.append((begin, end, kind))
    return out


def _apply(text: str, view: str, cuts: list[Cut]) -> tuple[str, str, list[Debris]]:
    """Cut the pieces out of the text and its view; record each contiguous run as debris."""
    parts: list[str] = []
    view_parts: list[str] = []
    runs: list[tuple[str, int, list[str]]] = []
    last = removed = 0
    for start, end, kind in cuts:
        parts.append(text[last:start])
        view_parts.append(view[last:start])
        piece, at = text[start:end], start - removed
        if runs and runs[-1][0] == kind and runs[-1][1] == at:
            runs[-1][2].append(piece)  # joined once below: no quadratic concatenation
        else:
            runs.append((kind, at, [piece]))
        removed += end - start
        last = end
    parts.append(text[last:])
    view_parts.append(view[last:])
    debris = [Debris(kind, "".join(pieces), at) for kind, at, pieces in runs]
    return "".join(parts), "".join(view_parts), debris


def _moved(at: int, merged: list[Cut]) -> int:
    """Where offset ``at`` of the text stands once the cuts are made."""
    return at - sum(min(e, at) - s for s, e, _ in merged if s < at)


def _take_part(merged: list[Cut], repairs: list[tuple[int, str]]) -> bool:
    """Whether a cut takes part of a repaired run (a run's repair stands at ``at``)."""
    spans = [(at, at + len(repaired(run) or "")) for at, run in repairs]
    return any(s < end and e > at for s, e, _ in merged for at, end in spans)


def _with_repairs(
    debris: list[Debris], repairs: list[tuple[int, str]], merged: list[Cut]
) -> list[Debris]:
    """The debris with a record of each GBK repair, in order (a cut before a repair)."""
    if not repairs:
        return debris
    records = [Debris(GBK_SHIFT, run, _moved(at, merged)) for at, run in repairs]
    return sorted([*debris, *records], key=lambda d: (d.at, d.kind == GBK_SHIFT))


def strip_page(text: str) -> Page:
    r"""Cut page chrome and debris out of normalised ``text``; find the title and fields.

    >>> page = strip_page(
    ...     "当前位置:首页 > 政务公开\n某县2024年法治政府建设年度报告\n日期:2025-01-08\n正文。"
    ... )
    >>> page.text
    '某县2024年法治政府建设年度报告\n正文。'
    >>> page.text[page.title.start:page.title.end], page.fields
    ('某县2024年法治政府建设年度报告', (('日期', '2025-01-08'),))
    """
    fixed, repairs, kept = repair_gbk_shifts(text)
    page, whole = _strip(fixed, repairs, kept)
    if not whole:  # a cut took part of a repaired run: keep the runs as they stood
        page, _ = _strip(text, [], repair_gbk_shifts(text, repair=False)[2])
    return page


def _strip(text: str, repairs: list[tuple[int, str]], kept: list[int]) -> tuple[Page, bool]:
    """The page of ``text``, and whether no cut takes part of a repaired run."""
    view = fold(text)
    cuts, fields = _chrome_cuts(view)
    _frame_cuts(view, cuts)
    inline = [(s, e, k) for k, s, e in find_inline_debris(text, view=view)]
    head = _head_fields(_head(view, {c[0] for c in cuts}, inline), view, cuts, fields)
    title = _find_title(head, view, cuts, fields)
    cuts.extend(running_heads(view, keep=title))
    cuts.extend(inline)
    if not cuts and not repairs and not kept:  # a clean text: nothing moves
        span = None if title is None else Span(*title)
        return Page(text, view, (), span, tuple(fields), ()), True
    merged = _merge(cuts)
    if repairs and _take_part(merged, repairs):
        return Page(text, view, (), None, (), ()), False
    out, out_view, debris = _apply(text, view, merged)
    debris = _with_repairs(debris, repairs, merged)
    title_span = None
    if title is not None:
        before = inside = 0  # what the cuts take out before the title, and inside it
        for s, e, _ in merged:
            if e <= title[0]:
                before += e - s
            elif s >= title[0] and e <= title[1]:
                inside += e - s
        title_span = Span(title[0] - before, title[1] - before - inside)
    diagnostics = tuple(
        Diagnostic(
            d.kind,
            f"{_MESSAGES.get(d.kind, 'removed ' + d.kind)}: {d.text.strip()[:40]!r}",
            Span(d.at, d.at),
        )
        for d in [*debris, *(Debris("gbk-shift-kept", "", _moved(at, merged)) for at in kept)]
    )
    return Page(out, out_view, tuple(debris), title_span, tuple(fields), diagnostics), True

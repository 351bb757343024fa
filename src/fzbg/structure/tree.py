"""Lines → sections and items: the tree of a report, built from the flat line stream.

The genre nests ``一、`` › ``(一)`` › ``1、`` › ``一是``, but any report may skip a level,
run a level into a paragraph, lose a bracket or a number, or put a whole section inside
another's paragraph.  So levels are not fixed: a section's items are the highest-ranked
marker style found at line starts inside it, an item's children the next style below
that, and where no line opens with a marker, run-in markers (``一是……二是……``) that
count up from one stand in.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import attrs
import regex

from fzbg.genre.cues import (
    BODY_ENDINGS,
    LONGEST_HEADING,
    classify_heading,
    classify_lead,
    is_unnumbered_heading,
)
from fzbg.lex.lines import RUN_ON, Line, Marker, Style, run_in_markers
from fzbg.model import Diagnostic, Duty, Item, Quantity, Section, SectionKind, Span

__all__ = ["Body", "build"]

_K = SectionKind
_CLOSING = regex.compile(r"特此(报告|汇报)[。.!]?")
_DATE_LINE = regex.compile(
    r"(?:(?:19|20)\d\d|[〇零一二][〇零一二三四五六七八九]{3}) ?年"
    r" ?[\d〇零一二三四五六七八九十]{1,3} ?月"
    r" ?[\d〇零一二三四五六七八九十]{1,3} ?日"
)
_SIGNATURE = regex.compile(rf"[^。,;:!?]{{2,30}}(?:{BODY_ENDINGS})")
# A note in brackets under the signature: （此件公开发布）, （此页无正文）.
_NOTE = regex.compile(r"\((?:此件|此页|联系人|本件)[^()]{0,20}\)")
# How far above the end a signing date may stand with only after-matter below it: a
# note, 抄送 lines, the 印发 line, a list of 附件.
_AFTER_MATTER_LINES = 12
_LONGEST_DATE_LINE = 20  # "2025 年 1 月 10 日" and its like, spaced out
# A lead phrase ends at the first full stop or colon; a run-in point's also at a semicolon.
# Plain stdlib ``re``: it finds one of a class of a few characters faster than ``regex``,
# or than a str.find for each.
_TITLE_END = {False: re.compile("[。:\n]"), True: re.compile("[。:;\n]")}
_TRAILING = ":：;；,，、"  # punctuation a title does not end in
_PUNCTUATED = regex.compile(r"[。,;:!?]")
_WRAPPED_FRAGMENT = 20  # the longest line taken for the rest of a wrapped heading
_DUTY_TITLE = regex.compile(r"第一责任人")
# A heading that lost its number: a short line with no sentence punctuation.  When a
# report has no other headings, such a line before a paragraph is one, and a fragment
# glued after the last 。 of the line above it is its first half.
_BARE_HEADING = regex.compile(r"[^。;!?:]{4,40}(?<![,、])")
_GLUED = regex.compile(r"。(?P<fragment>[^。;!?:,、]{2,30})$")
# Run-in styles, in the order they are looked for when no line opens with a marker.
_RUN_IN_ORDER = (Style.SHI, Style.DI, Style.AR_DUN, Style.CN_PAREN, Style.AR_PAREN, Style.CIRCLED)
_NOT_DI = tuple(style for style in _RUN_IN_ORDER if style is not Style.DI)
_DI_FIRST = ("第一,", "第一、", "第一:")
_MAX_DEPTH = 3
_SPACE = " \t\u3000\n"


@attrs.frozen
class Body:
    """The report body: where the preamble, sections and closing stand."""

    preamble: Span
    sections: tuple[Section, ...]
    closing: Span
    diagnostics: tuple[Diagnostic, ...]


@attrs.frozen
class _Head:
    """A section heading: its line, and its kind when its words alone decide it."""

    index: int
    kind: SectionKind | None
    marker: Marker | None
    start: int | None = None
    """Where the heading starts when not at its line's start (glued to the line above)."""
    wrapped: bool = False
    """Its words go on into the next line ("一、2023年推进法治政府建设的主要 / 举措和成效")."""


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` moved in past surrounding white space."""
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    while start < end and text[start] in _SPACE:
        start += 1
    return start, end


def _trim(text: str, start: int, end: int) -> Span:
    return Span(*_bounds(text, start, end))


def _counting(markers: Iterable[Marker]) -> list[Marker]:
    """Keep the run-in markers that count up from one (一是, 二是, …).

    A count may restart at one; fewer than two markers is no enumeration.
    """
    out: list[Marker] = []
    for m in markers:
        expected = out[-1].ordinal + 1 if out and out[-1].ordinal else 1
        if m.ordinal == expected or (out and m.ordinal == 1):
            out.append(m)
    return out if len(out) >= 2 else []


def _of(style: Style, markers: list[Marker]) -> list[Marker]:
    return [m for m in markers if m.style is style]


def _continued(line_starts: list[Marker], run_in: list[Marker]) -> list[Marker]:
    """Join line-start points (一是, ①) with the run-in ones that continue their count.

    The genre writes "一是……。二是……" as one paragraph after a line-start 一是.  A run-in
    point whose number a line-start point has is no continuation: "1.……:1.……2.……"
    above a line "2.……" is a list inside the first point.
    """
    if not run_in:
        return line_starts
    at_line_start = {m.start for m in line_starts}
    numbered = {m.ordinal for m in line_starts}
    merged = sorted(
        [
            *line_starts,
            *(m for m in run_in if m.start not in at_line_start and m.ordinal not in numbered),
        ],
        key=lambda m: m.start,
    )
    out: list[Marker] = []
    for m in merged:
        if m.start in at_line_start or (out and m.ordinal == (out[-1].ordinal or 0) + 1):
            out.append(m)
    return out


def _words_after(view: str, marker: Marker, end: int, run_in: bool) -> int:
    """Where a marker's words start: after it, or on the next line when it stands alone."""
    pos = marker.end
    while pos < end and view[pos] in " \t":
        pos += 1
    if not run_in and view.startswith("\n", pos) and pos < end:
        pos += 1
    return pos


class _Region(NamedTuple):
    """A stretch of the report: text offsets start..end, and its lines first..last."""

    start: int
    end: int
    first: int
    last: int


@attrs.define
class _Builder:
    text: str
    view: str
    lines: Sequence[Line]
    written: Callable[[int, int], str]
    quantities: Sequence[Quantity]
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    quantity_starts: list[int] = attrs.field(init=False)
    quantity_ends: list[int] = attrs.field(init=False)
    starts: list[int] = attrs.field(init=False)
    markers: list[Marker | None] = attrs.field(init=False)
    run_in_starts: list[int] = attrs.field(init=False)
    run_in_found: list[Marker] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.starts = [line.start for line in self.lines]
        self.markers = [line.marker for line in self.lines]
        self.quantity_starts = [q.span.start for q in self.quantities]
        self.quantity_ends = [q.span.end for q in self.quantities]
        # Regions nest, so the view is scanned once for every run-in marker and each
        # region looks its own up, rather than every region scanning its text again.
        # With no 第一, in the view no count of 第N, points starts: that scan is spared.
        styles = _RUN_IN_ORDER if any(one in self.view for one in _DI_FIRST) else _NOT_DI
        found = sorted(
            (m for style in styles for m in run_in_markers(self.view, style, 0, len(self.view))),
            key=lambda m: m.start,
        )
        self.run_in_starts = [m.start for m in found]
        self.run_in_found = found

    def run_in(self, start: int, end: int) -> list[Marker]:
        """The run-in markers of every style between ``start`` and ``end``, in order."""
        lo = bisect.bisect_left(self.run_in_starts, start)
        hi = bisect.bisect_left(self.run_in_starts, end, lo)
        return [m for m in self.run_in_found[lo:hi] if m.end <= end]

    def has_run_in(self, start: int, end: int) -> bool:
        """Whether any run-in marker starts between ``start`` and ``end``: a cheap test."""
        lo = bisect.bisect_left(self.run_in_starts, start)
        return lo < len(self.run_in_starts) and self.run_in_starts[lo] < end

    def quantities_in(self, start: int, end: int) -> tuple[Quantity, ...]:
        """The quantities between ``start`` and ``end``, in order."""
        lo = bisect.bisect_left(self.quantity_starts, start)
        # Quantities do not overlap, so their ends are in order too, and one that ends by
        # ``end`` starts before it.
        return tuple(self.quantities[lo : bisect.bisect_right(self.quantity_ends, end, lo)])

    def words(self, i: int) -> str:
        return self.view[self.lines[i].start : self.lines[i].end]

    # -- where things are -------------------------------------------------------------

    def closing_start(self, first: int) -> int:
        """Index of the closing's first line (特此报告, signature, date, a note below them).

        Without any of those, the closing is empty: ``len(lines)``.
        """
        n = len(self.lines)
        while n > first and _NOTE.fullmatch(self.words(n - 1)):
            n -= 1  # （此件公开发布） under the date belongs to the closing too
        if n > first and not _DATE_LINE.fullmatch(self.words(n - 1)):
            n = self.signed_through(first, n)
        for i in range(n - 1, max(n - 7, first - 1), -1):
            if _CLOSING.fullmatch(self.words(i)):
                return i
        if n <= first or not _DATE_LINE.fullmatch(self.words(n - 1)):
            return n
        i = n - 1
        while (
            i - 1 >= first
            and i > n - 3
            and self.lines[i - 1].marker is None
            and _SIGNATURE.fullmatch(self.words(i - 1))
        ):
            i -= 1
        return i

    def signed_through(self, first: int, n: int) -> int:
        """One past a signing date near the end with more lines below it, else ``n``.

        Whatever stands below a date under a signature or 特此报告 (抄送, 印发, 附件 …)
        belongs to the closing, not to the last item.
        """
        lines, view = self.lines, self.view
        for i in range(n - 1, max(n - _AFTER_MATTER_LINES, first + 1) - 1, -1):
            line, above = lines[i], lines[i - 1]
            if (
                line.end - line.start <= _LONGEST_DATE_LINE  # a paragraph is not matched
                and _DATE_LINE.fullmatch(view, line.start, line.end)
                and (
                    _SIGNATURE.fullmatch(view, above.start, above.end)
                    or _CLOSING.fullmatch(view, above.start, above.end)
                )
            ):
                return i + 1
        return n

    def heads(self, first: int, last: int) -> list[_Head]:
        """The section headings among lines first..last."""
        markers = self.markers
        dun, part = Style.CN_DUN, Style.PART
        numbered: list[int] = []
        parts: list[int] = []
        for i in range(first, last):
            if m := markers[i]:
                if m.style is dun:
                    numbered.append(i)
                elif m.style is part:
                    parts.append(i)
        if len(parts) >= 2:
            numbered = parts  # 第一部分, 第二部分 …: the 一、 within them number their items
        # The words of a bare "一、" stand on the next line; that line is no heading of its own.
        continued = {i + 1 for i in numbered if (m := markers[i]) and m.end == self.lines[i].end}
        wrapped = {i for i in numbered if i + 1 < last and self.wraps(i)}
        continued |= {i + 1 for i in wrapped}
        unnumbered = [
            _Head(i, kind, None)
            for i in range(first, last)
            if markers[i] is None
            and i not in continued
            # measured before it is sliced: a paragraph is never copied to be turned down
            and self.lines[i].end - self.lines[i].start <= LONGEST_HEADING
            and (kind := is_unnumbered_heading(self.words(i)))
        ]
        if not numbered and not unnumbered:
            # No 一、 anywhere: the highest style present numbers the sections ((一), 1、).
            top = min(
                (
                    m.style
                    for i in range(first, last)
                    if (m := self.lines[i].marker) and m.ordinal and m.style <= Style.AR_DUN
                ),
                default=None,
            )
            numbered = [
                i
                for i in range(first, last)
                if (m := self.lines[i].marker) and m.style is top and m.ordinal
            ]
        if not numbered:
            # Nothing numbered: headings that lost their numbers stand beside the ones
            # whose words name a section.
            known = {h.index for h in unnumbered}
            unnumbered += [h for h in self.bare_heads(first, last) if h.index not in known]
        heads = sorted(
            [
                *(_Head(i, None, self.lines[i].marker, wrapped=i in wrapped) for i in numbered),
                *unnumbered,
            ],
            key=lambda h: h.index,
        )
        # Numbering that restarts at 一 right under an unnumbered heading numbers that
        # section's items: "2025年工作安排 / 一、… / 二、…".
        out: list[_Head] = []
        demoting = False
        for h in heads:
            if h.marker is None:
                demoting = False
            elif out and out[-1].marker is None and h.marker.ordinal == 1:
                demoting = True
            if not (demoting and h.marker is not None):
                out.append(h)
        return out

    def bare_heads(self, first: int, last: int) -> list[_Head]:
        """Headings that lost their numbers, in a report that has no other headings."""
        out: list[_Head] = []
        for i in range(first, last - 1):
            words = self.words(i)
            following = self.words(i + 1)
            if self.lines[i].marker or not _BARE_HEADING.fullmatch(words):
                continue
            if words.startswith("(") or _DATE_LINE.search(words):
                continue  # （2025年1月10日）: a date, not a heading
            if "。" not in following and len(following) <= 40:
                continue  # not before a paragraph
            start = None
            if i > first and (glued := _GLUED.search(self.words(i - 1))):
                start = self.lines[i - 1].start + glued.start("fragment")
            out.append(_Head(i, None, None, start))
        return out

    def wraps(self, i: int) -> bool:
        """Whether numbered heading line ``i`` goes on into the next line.

        A heading wrapped like "一、2023年推进法治政府建设的主要 / 举措和成效" names its
        section only when joined, and the short fragment below has no punctuation.
        """
        line, below = self.lines[i], self.lines[i + 1]
        if below.marker is not None or below.end - below.start > _WRAPPED_FRAGMENT:
            return False
        marker = line.marker
        own = self.view[marker.end if marker else line.start : line.end]
        fragment = self.words(i + 1)
        if _PUNCTUATED.search(own) or _PUNCTUATED.search(fragment):
            return False
        return classify_heading(own) is None and classify_heading(own + fragment) is not None

    def heading_span(self, h: _Head) -> tuple[int, int, int]:
        """Where a heading's words start and end, and where the text under it starts."""
        line = self.lines[h.index]
        start = line.start if h.start is None else h.start
        if h.wrapped:
            line = self.lines[h.index + 1]
        elif h.marker and h.marker.end == line.end and h.index + 1 < len(self.lines):
            following = self.lines[h.index + 1]  # "一、" alone, its words on the next line
            if following.marker is None:
                line = following
        if stop := _TITLE_END[False].search(self.view, line.start, line.end):
            return start, stop.start(), stop.end()
        return start, line.end, line.end

    def kinds(self, heads: list[_Head]) -> list[SectionKind]:
        """Decide each heading's kind.

        Its cue words decide; failing those, measures while the report is still telling
        what it did, other once the later statutory sections have begun.
        """
        kinds: list[SectionKind] = []
        late = False
        for h in heads:
            start, end, _ = self.heading_span(h)
            words = self.view[h.marker.end if h.marker else start : end]
            kind = h.kind or classify_heading(words.replace("\n", "") if h.wrapped else words)
            kind = kind or (_K.OTHER if late else _K.MEASURES)
            late = late or kind in (_K.SHORTCOMINGS, _K.PLANS, _K.DUTIES)
            kinds.append(kind)
        return kinds

    def hidden(
        self, first: int, last: int, kind: SectionKind, present: set[SectionKind]
    ) -> tuple[int, SectionKind] | None:
        """Find a paragraph that opens a section of another kind with no heading.

        "我们也清醒地看到……困难和挑战:一是……;二是……" inside the measures section is the
        shortcomings section.
        """
        for i in range(first, last):
            line = self.lines[i]
            if line.marker is not None:
                continue
            colon = self.view.find(":", line.start, min(line.end, line.start + 81)) - line.start
            if not 0 < colon <= 80:
                continue
            lead = classify_lead(self.view[line.start : line.start + colon])
            if lead is None or lead is kind or lead in present:
                continue
            runs = _counting(_of(Style.SHI, self.run_in(line.start + colon, line.end)))
            follows = (
                i + 1 < last
                and (m := self.lines[i + 1].marker) is not None
                and m.style is Style.SHI
            )
            if runs or follows:
                return i, lead
        return None

    # -- what they hold ---------------------------------------------------------------

    def item_heads(self, r: _Region, parent: Style | None) -> tuple[list[Marker], bool]:
        """The markers that open the items of region ``r``, and whether they are run in."""
        marked = [
            m
            for m in self.markers[r.first : r.last]
            if m is not None and (parent is None or m.style > parent)
        ]
        if marked:
            style = min([m.style for m in marked])
            heads = [m for m in marked if m.style is style]
            if self.has_run_in(r.start, r.end):
                heads = _continued(heads, _of(style, self.run_in(r.start, r.end)))
            return heads, False
        run_in = self.run_in(r.start, r.end)
        for style in _RUN_IN_ORDER if run_in else ():
            if style is not parent and (found := _counting(_of(style, run_in))):
                return found, True
        return [], False

    def items(
        self, kind: SectionKind, cls: type[Item], r: _Region, parent: Style | None, depth: int = 0
    ) -> tuple[Item, ...]:
        """The items in region ``r``, below markers of style ``parent``."""
        if depth >= _MAX_DEPTH:
            return ()
        heads, run_in = self.item_heads(r, parent)
        if not heads:
            return ()
        text, view, starts, written = self.text, self.view, self.starts, self.written
        # 一是 points are sentences run together even when the first opens a line, so a
        # semicolon ends their lead phrase as it does a run-in point's.
        title_end = _TITLE_END[run_in or heads[0].style in RUN_ON]
        deeper = depth + 1 < _MAX_DEPTH
        may_be_duty = depth == 0 and kind is _K.MEASURES
        out: list[Item] = []
        previous: int | None = None
        for marker, next_start in zip(heads, [m.start for m in heads[1:]] + [r.end], strict=True):
            start, end = marker.start, next_start
            while text[end - 1] in _SPACE:  # never past the marker: it is not white space
                end -= 1
            ordinal = marker.ordinal
            if ordinal is None or (previous is not None and ordinal != previous + 1):
                ordinal = self.ordinal(marker, previous)  # broken or out of sequence: noted
            previous = ordinal
            words = _words_after(view, marker, end, run_in)
            if found := title_end.search(view, words, end):
                stop, under = found.span()  # the text below the title starts after its stop
            else:
                stop = under = end
            title_start, title_stop = _bounds(text, words, stop)
            # A point that runs up to the next ("①开展培训；②……") ends in its stop.
            title = written(title_start, title_stop).rstrip(_TRAILING) or None
            item_kind, item_cls = kind, cls
            if may_be_duty and _DUTY_TITLE.search(view, title_start, title_stop):
                item_kind, item_cls = _K.DUTIES, Duty  # a duty stated as a measures item
            # The lines below the item's own line, up to the item's end.
            first = bisect.bisect_right(starts, start, r.first, r.last)
            last = bisect.bisect_left(starts, end, first, r.last)
            children: tuple[Item, ...] = ()
            if deeper and (first < last or self.has_run_in(under, end)):
                below = _Region(under, end, first, last)
                children = self.items(item_kind, item_cls, below, marker.style, depth + 1)
            out.append(
                item_cls(
                    item_kind,
                    text[start : marker.end],
                    ordinal,
                    title,
                    text[start:end],
                    Span(start, end),
                    children,
                    self.quantities_in(start, end),
                )
            )
        return tuple(out)

    def ordinal(self, marker: Marker, previous: int | None) -> int:
        """The marker's ordinal, inferred for a broken marker; odd sequences noted."""
        written = self.text[marker.start : marker.end]
        if marker.ordinal is None:
            ordinal = (previous or 0) + 1
            self.note(
                "broken-marker", f"marker {written!r} lost its number; taken as {ordinal}", marker
            )
            return ordinal
        if previous is not None and marker.ordinal != previous + 1:
            code = "ordinal-repeat" if marker.ordinal <= previous else "ordinal-gap"
            self.note(code, f"{written!r} follows number {previous}", marker)
        return marker.ordinal

    def note(self, code: str, message: str, marker: Marker) -> None:
        self.diagnostics.append(Diagnostic(code, message, Span(marker.start, marker.end)))

    def section(self, kind: SectionKind, head: _Head | None, r: _Region) -> Section:
        """The section over region ``r``, whose first line is its heading (if it has one)."""
        heading = ordinal = None
        items = r
        parent = None
        if head is not None:
            start, end, under = self.heading_span(head)
            heading = self.written(*_bounds(self.text, start, end)).rstrip(":：")
            ordinal = head.marker.ordinal if head.marker else None
            parent = head.marker.style if head.marker else None
            items = _Region(under, r.end, head.index + 1, r.last)
        span = _trim(self.text, r.start, r.end)
        below = _Region(items.start, span.end, items.first, items.last)
        found = self.items(kind, Item.class_for(kind), below, parent)
        return Section(kind, heading, ordinal, self.text[span.start : span.end], span, found)


def build(
    text: str,
    view: str,
    lines: Sequence[Line],
    first: int,
    *,
    written: Callable[[int, int], str] | None = None,
    quantities: Sequence[Quantity] = (),
) -> Body:
    """Build the sections of a report from its lines, the body starting at line ``first``.

    Args:
        text: The report text.
        view: Its matching view (same length).
        lines: The lines of ``view`` (see :func:`fzbg.lex.lines.lex`).
        first: Index of the first line after the title.
        written: Gives ``text[start:end]`` as the source wrote it (see
            :meth:`fzbg.page.strip.Page.written`), for titles and headings; plain slices when
            None.
        quantities: The quantities of ``text`` in order, none overlapping another (as
            :func:`fzbg.extract.quantities.extract_quantities` gives them); each item gets those
            inside it.

    Returns:
        Where the preamble, each section with its items, and the closing stand.

    """
    b = _Builder(text, view, lines, written or (lambda start, end: text[start:end]), quantities)
    last = b.closing_start(first)
    offset = [*b.starts, len(text)]  # line index → text offset

    closing = _trim(text, offset[last], len(text))
    heads = b.heads(first, last)
    if not heads:
        preamble = _trim(text, offset[first], offset[last])
        return Body(
            preamble, (), closing, (Diagnostic("no-sections", "found no section headings"),)
        )
    # Where each section starts: its heading line, or the fragment glued above it.
    starts = [offset[h.index] if h.start is None else h.start for h in heads] + [offset[last]]
    kinds = b.kinds(heads)
    present = set(kinds)
    sections: list[Section] = []
    for n, (head, kind) in enumerate(zip(heads, kinds, strict=True)):
        top, bottom = head.index, heads[n + 1].index if n + 1 < len(heads) else last
        hidden = b.hidden(top + 1, bottom, kind, present)
        if hidden is None:
            sections.append(b.section(kind, head, _Region(starts[n], starts[n + 1], top, bottom)))
            continue
        split, hidden_kind = hidden
        sections.append(b.section(kind, head, _Region(starts[n], offset[split], top, split)))
        below = _Region(offset[split], starts[n + 1], split, bottom)
        sections.append(b.section(hidden_kind, None, below))
        b.diagnostics.append(
            Diagnostic(
                "hidden-section",
                f"a {hidden_kind.value} section with no heading, inside a paragraph",
                Span(lines[split].start, lines[split].end),
            )
        )
    preamble = _trim(text, offset[first], starts[0])
    return Body(preamble, tuple(sections), closing, tuple(b.diagnostics))

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
from typing import NamedTuple

import attrs

# FIELD_TRIM is imported for the tests, which read it here beside _fields.
from fzbg.genre.chrome import FIELD_TRIM, chrome_lines  # noqa: F401
from fzbg.model import Debris, Diagnostic, Span
from fzbg.page.cell_values import labels_alone, value_below
from fzbg.page.cuts import Cuts, with_repairs
from fzbg.page.debris import INLINE_DEBRIS, LOST_INDENT_KIND, find_inline_debris
from fzbg.page.field_ends import DATED_FIELD, fields_end
from fzbg.page.frame import _frame_cuts
from fzbg.page.furniture import running_heads
from fzbg.page.head_fields import Cut, head_fields
from fzbg.page.head_fields import whole as _whole
from fzbg.page.masking import Unmasked, put_back, unmask
from fzbg.page.mojibake import GBK_SHIFT, repair_gbk_shifts
from fzbg.page.printed import print_marks
from fzbg.page.rows import row_fields as _fields
from fzbg.page.rows import titled_row
from fzbg.page.sharing import menu_cuts, sharing_cuts, watermark_cuts
from fzbg.page.signed_field import signed_field
from fzbg.page.summary import summary_lines
from fzbg.page.title import _find_title, _head
from fzbg.page.title_line import TOPICS, behind_chrome
from fzbg.page.wechat import POSTED_LABEL, article_tail, posted_date, poster_above
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
# site's watermark stamped into one, a page's number or chrome, a lost indent never
# belonged to it.
_INLINE_KINDS = frozenset(rule.kind for rule in INLINE_DEBRIS) - {
    "site-watermark",
    "page-number",
    "page-chrome",
    LOST_INDENT_KIND,
}


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


_CHROME_KINDS = {
    "metadata": "page-metadata",
    "number": "page-number",
    "posted": "page-metadata",
    "end": "page-chrome",
    None: "page-chrome",
}
_HEAD_CHROME = 40  # a title glued behind chrome stands in the page's head: its first lines


class _Chrome(NamedTuple):
    """What the chrome lines of a page hold besides their cuts."""

    cuts: list[Cut]
    fields: list[tuple[str, str]]
    glued: tuple[Cut, Cut] | None
    """The cut of a breadcrumb up to a title glued behind it, and of its whole line."""
    ends: list[int]
    """Where the lines that end a WeChat article start."""
    named: tuple[list[Cut], Cut] | None = None
    """The cuts around a title field's value (its label 标题:, the fields after it) and the
    cut of its whole line."""


def _chrome_cuts(view: str) -> _Chrome:
    """Cut every chrome line; read the fields of those that are page metadata.

    The first breadcrumb that runs on into a title (首页 > 工作动态某县2023年度…报告) is
    cut up to the title only, and returned as well with the cut of its whole line: the
    title is looked for behind it, and if it is not found there, the whole line is cut.
    """
    found = _Chrome([], [], None, [])
    cuts, fields = found.cuts, found.fields
    read: dict[str, list[tuple[str, str]]] = {}  # each distinct line of fields read once
    for n, (start, line_end, what) in enumerate(chrome_lines(view)):
        if what == "metadata" and signed_field(view, start, line_end):
            continue  # 某局 / 日期：2024年1月8日: the document's date, for the closing to hold
        end = line_end if what != "metadata" else fields_end(view, start, line_end)
        whole = _whole(start, end, view, _CHROME_KINDS[what])
        if what == "metadata":
            words = view[start:end].strip()
            row = read[words] if words in read else read.setdefault(words, _fields(words))
            if n < _HEAD_CHROME and (below := value_below(view, end, row)):
                row = [*row[:-1], (row[-1][0], below[2])]  # 发布机构: / 某街道办事处
                cuts.append((below[0], below[1], "page-metadata"))
            fields.extend(row)
            if (
                found.named is None
                and n < _HEAD_CHROME
                and (around := _title_field(view, start, end, row))
            ):
                found = found._replace(named=(around, whole))
        elif what == "posted" and (date := posted_date(view, start, end)):
            fields.append((POSTED_LABEL, date))
            if poster := poster_above(view, start):
                cuts.append(poster)
        elif what == "end":
            found.ends.append(start)
        else:
            if what is None and (dated := DATED_FIELD.search(view, start, end)):
                # …年度报告日期:2022-03-31: a page's date run on into its chrome line
                fields.extend(_fields(view[dated.start() : end].strip()))
            if (
                found.glued is None
                and n < _HEAD_CHROME
                and (behind := _title_behind(view, start, end))
            ):
                found = found._replace(glued=((start, behind, "page-chrome"), whole))
                cuts.append((start, behind, "page-chrome"))
                continue
        cuts.append(whole)
    return found


def _title_field(view: str, start: int, end: int, row: list[tuple[str, str]]) -> list[Cut]:
    """The cuts around a title that a line of fields gives first (标题:某县…报告), or none."""
    if (title := titled_row(row)) is None:
        return []
    at = view.find(title, start, end)
    after = at + len(title)
    around = [(start, at, "page-metadata")]
    return (
        around
        if view[after:end].isspace() or after == end
        else [*around, (after, end, "page-metadata")]
    )


def _title_in_field(
    view: str, chrome: set[int], blanked: list[Cut], named: tuple[list[Cut], Cut], found: _Chrome
) -> tuple[int, int] | None:
    """The title of a page that gives it only as a labelled field, the rest of its line cut.

    The field's line (标题:某县2023年…报告 发布时间:…) is read as a head line with the rest
    blanked, as a title glued behind chrome is; its whole cut becomes the cuts around it.
    """
    around, whole = named
    head = _head(view, chrome - {whole[0]}, sorted([*blanked, *around]))
    cuts: list[Cut] = []
    fields: list[tuple[str, str]] = []
    title = _find_title(head_fields(head, view, [], []), view, cuts, fields)
    if title is None or not around[0][1] <= title[0] < whole[1]:
        return None
    at = found.cuts.index(whole)
    found.cuts[at : at + 1] = around
    found.cuts.extend(cuts)
    found.fields.extend(fields)
    return title


def _title_behind(view: str, start: int, end: int) -> int:
    """Where a title begins on the chrome line ``start..end``, glued behind it, or 0."""
    line = view[start:end]
    if ("报告" not in line and "总结" not in line) or not any(word in line for word in TOPICS):
        return 0  # most chrome lines: no title's words (fzbg.page.title_line.TITLE)
    words = line.lstrip()

    def named(name: str) -> bool:  # elsewhere on the page: the preamble, the signature
        return view.find(name, 0, start) >= 0 or view.find(name, end) >= 0

    behind = behind_chrome(words.rstrip(), named)
    return start + len(line) - len(words) + behind if behind else 0


class _Said(dict[str, str]):
    """What a diagnostic says of each kind of debris: a kind with no message is removed."""

    def __missing__(self, kind: str) -> str:
        self[kind] = said = f"removed {kind}"
        return said


_SAID = _Said(_MESSAGES)


def _diagnostics(debris: list[Debris], kept: list[int], cuts: Cuts) -> tuple[Diagnostic, ...]:
    """One diagnostic per piece of debris, then one per shifted run kept as it stood."""
    pieces = [*debris, *(Debris("gbk-shift-kept", "", cuts.moved(at)) for at in kept)]
    said: dict[tuple[str, str], str] = {}  # each kind and text said once (a page repeats)
    diagnostics = []
    for d in pieces:
        if (message := said.get((d.kind, d.text))) is None:
            message = said[d.kind, d.text] = f"{_SAID[d.kind]}: {d.text.strip()[:40]!r}"
        diagnostics.append(Diagnostic(d.kind, message, Span(d.at, d.at)))
    return tuple(diagnostics)


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
    # Glosses and lost indents go first, for the page to be read without them (发(fā)布日期,
    # ??某县…报告); not beside a repaired run, whose offsets they would move.
    unmasked = None if repairs or kept else unmask(fixed)
    page, whole = _strip(unmasked.text if unmasked else fixed, repairs, kept)
    if not whole:  # a cut took part of a repaired run: keep the runs as they stood
        page, _ = _strip(text, [], repair_gbk_shifts(text, repair=False)[2])
    return _masked_again(page, unmasked) if unmasked else page


def _masked_again(page: Page, unmasked: Unmasked) -> Page:
    """``page`` with the masking debris taken out before it was read back among its debris."""
    debris, alone = put_back(page.debris, unmasked)
    said = [Diagnostic(d.kind, f"{_SAID[d.kind]}: {d.text!r}", Span(d.at, d.at)) for d in alone]
    noted = sorted([*page.diagnostics, *said], key=lambda d: -1 if d.span is None else d.span.start)
    return attrs.evolve(page, debris=tuple(debris), diagnostics=tuple(noted))


def _strip(text: str, repairs: list[tuple[int, str]], kept: list[int]) -> tuple[Page, bool]:
    """The page of ``text``, and whether no cut takes part of a repaired run."""
    view = fold(text)
    found = _chrome_cuts(view)
    cuts, fields, glued, ends = found.cuts, found.fields, found.glued, found.ends
    suffixes = _frame_cuts(view, cuts)  # a file's name that is the title: its suffix
    sharing_cuts(view, cuts)  # a download site's debris and tips, above and below
    watermark_cuts(view, cuts)  # a copying site's name and address stamped on lines
    menu_cuts(view, cuts)  # a resource site's menu of categories (• 工作总结 …)
    cuts.extend(print_marks(view))  # before the head is read: no title, date or field in them
    if cuts:  # a page's summary field (摘要:… repeating the opening) comes with its chrome
        cuts.extend(summary_lines(view))
    inline = [(s, e, k) for k, s, e in find_inline_debris(text, view=view)]
    if suffixes:
        inline = sorted([*inline, *suffixes])
    chrome, blanked = {c[0] for c in cuts}, inline
    if glued:  # the title behind a breadcrumb is read as a head line, the crumbs blanked
        chrome.discard(glued[0][0])
        blanked = sorted([*inline, glued[0]])
    head = _head(view, chrome, blanked)
    fields += labels_alone(head, view, cuts)  # 发布机构 / 某街道办事处: a table's cells
    head = head_fields(head, view, cuts, fields)
    title = _find_title(head, view, cuts, fields, glued[0][1] if glued else -1)
    if glued and (title is None or title[0] != glued[0][1]):  # no title behind it after all
        cuts[cuts.index(glued[0])] = glued[1]
    if title is None and found.named:  # the title given only as a field: 标题:某县…报告
        title = _title_in_field(view, chrome, blanked, found.named, found)
    if ends and (tail := article_tail(view, ends, title)):
        cuts.append(tail)
    cuts.extend(running_heads(view, keep=title))
    cuts.extend(inline)
    if not cuts and not repairs and not kept:  # a clean text: nothing moves
        span = None if title is None else Span(*title)
        return Page(text, view, (), span, tuple(fields), ()), True
    merged = Cuts(cuts)
    if repairs and merged.take_part(repairs):
        return Page(text, view, (), None, (), ()), False
    out, out_view, debris = merged.apply(text, view)
    debris = with_repairs(debris, repairs, merged)
    title_span = None if title is None else merged.span(*title)
    diagnostics = _diagnostics(debris, kept, merged)
    return Page(out, out_view, tuple(debris), title_span, tuple(fields), diagnostics), True

"""The web page around a report: chrome, the title, and the page's metadata fields.

Reports reach users as scraped pages.  Around the text stand breadcrumbs, 索引号/文号
tables, ``• 日期:`` bullets, ``打印 关闭`` bars, a site banner above the title, the title
again below it; inside it, converter debris.  This stage cuts all of that out of the text
— every cut recorded as a :class:`~fzbg.model.Debris`, so nothing is lost — finds the
title, and reads the page's labelled fields (日期, 发布时间, 来源) on the way.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import attrs
import regex

from fzbg.genre.bodies import BODY_NAME
from fzbg.genre.chrome import FIELD_TRIM, LABEL, LABEL_WORDS, chrome_lines
from fzbg.genre.dates import DATE
from fzbg.genre.markers import MARKED
from fzbg.model import Debris, Diagnostic, Span
from fzbg.page.debris import INLINE_DEBRIS, find_inline_debris
from fzbg.page.furniture import running_heads
from fzbg.page.mojibake import GBK_SHIFT, repair_gbk_shifts, repaired
from fzbg.text.normalize import fold

__all__ = ["Page", "strip_page"]

_DATE = regex.compile(DATE)


# The title: a line naming the genre (法治…报告/总结, or a 总结 or 情况 with next year's
# plan: …工作总结及2025年工作计划; a section heading ends in 情况 or 安排 alone), with no
# sentence punctuation, maybe with its year or (全文) in brackets, maybe followed by the
# site name that a page <title> carries ("…报告-某某网").  Plain stdlib ``re``: it runs
# this two and a half times as fast as ``regex``, on every line above the title.
_TITLE = re.compile(
    r"(?P<title>[^。,;:!?]{0,60}?(?:法治|依法行政|法制)[^。,;:!?]{0,40}?"
    r"(?:报告|总结|(?:总结|情况)[及和暨与][^。,;:!?]{0,20}?(?:计划|安排|打算|思路|要点))"
    r"(?:\s?\((?:全文|摘要|(?:19|20)[0-9][0-9] ?年度?)\))?)"
    r"(?P<suffix>\s*[-_|—–]{1,2}\s*[^。]{1,40})?"
)
# The first line of a title broken over two lines is the issuer's name.
_ORG_LINE = regex.compile(BODY_NAME)
# ...or that name and the year reported on (青竹镇2025年 / 法治政府建设年度报告).
_ORG_YEAR_LINE = regex.compile(_ORG_LINE.pattern + r" ?(?:19|20)[0-9][0-9] ?年度?")
# A line opening with an enumeration marker (一、 (一) 1、 第一部分) is report, not page head.
_MARKED = MARKED  # the shape is genre.markers' (lex builds its marker styles on it too)
# The date a report was delivered to a congress, under its title, is the document's own:
# ——2023年1月12日在市第十七届人民代表大会第二次会议上.
_DELIVERED = regex.compile(r"在.{2,40}?(?:会议|大会|会)上")
_SQUASH = regex.compile(r"[\s\p{P}]+")
_HEAD_LINES = 40  # the title stands near the top, or nowhere
_SHORT_END = 12  # the longest second line of a title broken anywhere: 工作情况的报告

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


class _Line(NamedTuple):  # a tuple: made for every head line, it must be cheap
    start: int  # of the line
    end: int  # before its "\n"
    words: str  # folded and trimmed, inline debris blanked out
    first: int  # where the words start


Cut = tuple[int, int, str]  # start, end, Debris kind


def _head(view: str, chrome: set[int], inline: list[Cut]) -> list[_Line]:
    """The lines above the report proper, chrome and blank lines left out.

    Inline debris in a line (``[bookmark: _GoBack]`` before the title) is blanked out of
    its words, so that the title is read past it.
    """
    head: list[_Line] = []
    pos = 0
    for _ in range(_HEAD_LINES):
        if pos > len(view):
            break
        end = view.find("\n", pos)
        end = len(view) if end < 0 else end
        line = view[pos:end]
        if inline and inline[0][0] < end:
            line = _blank(line, pos, inline)
        words = line.strip()
        if words and pos not in chrome:
            if "。" in words or len(words) > 60 or words.endswith(":") or _MARKED.match(words):
                break
            head.append(_Line(pos, end, words, pos + len(line) - len(line.lstrip())))
        pos = end + 1
    return head


def _blank(line: str, start: int, inline: list[Cut]) -> str:
    """``line`` (at ``start``) with the inline debris in it turned into spaces.

    Built in one join: a long line may hold thousands of pieces of debris, and
    re-slicing the line for each would take time quadratic in its length.
    """
    end = start + len(line)
    pieces: list[str] = []
    at = 0  # how much of the line is in pieces
    for s, e, _ in inline:
        if s >= end:
            break
        lo, hi = max(s - start, at), min(e, end) - start
        if hi > lo:
            pieces += [line[at:lo], " " * (hi - lo)]
            at = hi
    pieces.append(line[at:])
    return "".join(pieces)


# A head line that is page metadata though no chrome row took it: a row of an
# information-disclosure table ("[ 主题分类 ] 司法 [ 体裁分类 ] 工作报告"), or a line with a
# labelled date somewhere in it ("某市人民政府门户网站 www… 时间:2023-03-09 来源:…").
_FIELD_LINE = regex.compile(
    rf"[\[【][ ]?(?:{LABEL_WORDS})[ ]?[\]】]"
    rf"|.{{0,40}}?(?<![\p{{Han}}])(?:{LABEL_WORDS})[ \t|]{{0,3}}:?[ \t|]{{0,3}}{_DATE.pattern}"
)
# A date alone on a line of the head, its label lost or left on the line above (发布日期:).
_BARE_DATE = regex.compile(rf"{_DATE.pattern}日?(?:[ T]?[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)?")


# The frame a model-essay (范文) site puts around a report it copied: its headline
# (某某情况范文(精选3篇)), its blurb (以下是为大家整理的…,欢迎品鉴!), and the header of each
# essay it strings together (第一篇: 某某情况).  Whole lines above the report's first heading.
_FRAME = regex.compile(
    r".{0,40}(?:范文|范例)(?:\((?:精选|通用|汇总)?\d{0,2}篇?\))?"
    r"|.*以下是.{0,40}(?:整理|收集|搜集|精选)的.*|.*欢迎(?:品鉴|阅读|参考|借鉴|收藏|分享).{0,4}"
    r"|第[一二三四五六七八九十]{1,2}篇(?::.{0,40})?"
)
_FRAME_LINES = 12  # how many lines at the top of a page may be its frame


def _frame_cuts(view: str, cuts: list[Cut]) -> None:
    """Cut the lines of a model-essay site's frame at the top of the page."""
    pos = 0
    for _ in range(_FRAME_LINES):
        end = view.find("\n", pos)
        end = len(view) if end < 0 else end
        words = view[pos:end].strip()
        if _MARKED.match(words):
            return  # the report's first heading: no frame below it
        if words and _FRAME.fullmatch(words):
            cuts.append(_whole(pos, end, view, "page-chrome"))
        if end >= len(view):
            return
        pos = end + 1


def _head_fields(
    head: list[_Line], view: str, cuts: list[Cut], fields: list[tuple[str, str]]
) -> list[_Line]:
    """Cut the head lines that are page metadata, reading their fields; keep the rest."""
    kept: list[_Line] = []
    for line in head:
        if m := _FIELD_LINE.match(line.words):
            start = 0 if m[0][0] in "[【" else LABEL.search(line.words).start()  # type: ignore[union-attr]
            fields.extend(_fields(line.words[start:]))
            cuts.append(_whole(line.start, line.end, view, "page-metadata"))
        elif _BARE_DATE.fullmatch(line.words):
            fields.append(("日期", line.words))
            cuts.append(_whole(line.start, line.end, view, "page-metadata"))
        else:
            kept.append(line)
    return kept


def _whole(start: int, end: int, view: str, kind: str) -> Cut:
    """Cut the whole line ``start..end``, its line break included."""
    return (start, min(end + 1, len(view)), kind)


def _fields(words: str) -> list[tuple[str, str]]:
    # ["before", label, value, label, value …]: a value runs up to the next label.
    parts = LABEL.split(words)
    return [
        (label.replace(" ", ""), value.strip(FIELD_TRIM))
        for label, value in zip(parts[1::2], parts[2::2], strict=True)
    ]


def _chrome_cuts(view: str) -> tuple[list[Cut], list[tuple[str, str]]]:
    """Cut every chrome line; read the fields of those that are page metadata."""
    cuts: list[Cut] = []
    fields: list[tuple[str, str]] = []
    for m in chrome_lines(view):
        if m["metadata"]:
            fields.extend(_fields(m[0].strip()))
        kind = "page-metadata" if m["metadata"] else "page-number" if m["number"] else "page-chrome"
        cuts.append(_whole(m.start(), m.end(), view, kind))
    return cuts, fields


# What a site or the document puts on the title's line around it: a column tag in front
# (【工作报告】), the document's own 文号 (某府文〔2023〕12号), and 《》 around the title.
_TITLE_TAG = regex.compile(
    r"(?:【[^】]{1,12}】|[^\s《》]{1,12}[〔\[(](?:19|20)\d\d[〕\])]\d{1,4}号)[ ]*"
)


def _unwrap(line: _Line) -> tuple[_Line, list[Cut]]:
    """``line`` without the tag, 文号 and 《》 that stand around a title on it, and their cuts."""
    words, first, cuts = line.words, line.first, []
    if (m := _TITLE_TAG.match(words)) and m.end() < len(words):
        cuts.append((first, first + m.end(), "page-chrome"))
        words, first = words[m.end() :], first + m.end()
    if words.startswith("《") and words.endswith("》") and "《" not in words[1:]:
        cuts += [
            (first, first + 1, "page-chrome"),
            (first + len(words) - 1, line.end, "page-chrome"),
        ]
        words, first = words[1:-1], first + 1
    return line._replace(words=words, first=first), cuts


def _split(first: str, second: str) -> bool:
    """Whether a title may be broken after ``first``, ``second`` being its next line.

    Its first half is the issuer's name, maybe with the year (某县人民政府 / 2022年度…报告,
    某镇2025年 / 法治政府建设年度报告), or opens a 关于…的报告 that the second half closes,
    or a short second half closes the genre's words with 报告 (…法治政府建设 / 年度报告):
    no section heading ends so.
    """
    if _ORG_LINE.fullmatch(first) or _ORG_YEAR_LINE.fullmatch(first) or "关于" in first:
        return True
    return len(second) <= _SHORT_END and second.endswith("报告") and "法治" in first


def _fuller(title: str, line: _Line) -> bool:
    """Whether ``line`` is a title of its own that says all ``title`` says, and more."""
    if len(line.words) <= len(title) or not (m := _TITLE.fullmatch(line.words)):
        return False
    return not m.group("suffix") and _SQUASH.sub("", title) in _SQUASH.sub("", line.words)


def _find_title(
    head: list[_Line], view: str, cuts: list[Cut], fields: list[tuple[str, str]]
) -> tuple[int, int] | None:
    """Find the title among the head lines; cut the chrome above it and repeats below it."""
    for n, written in enumerate(head):
        line, wrapping = _unwrap(written)
        following = head[n + 1] if n + 1 < len(head) else None
        alone = _TITLE.fullmatch(line.words)
        if following is not None and not alone and _split(line.words, following.words):
            joined = _TITLE.fullmatch(line.words + following.words)
            if joined and not joined.group("suffix"):  # 赵县人民政府 / 2022年度…报告
                title, rest, above = (line.first, following.end), head[n + 2 :], head[:n]
                named = joined["title"]
                break
        if alone and alone.group("suffix") and following and _fuller(alone["title"], following):
            # The page's <title> ("关于…的报告_某市人民政府"), then the document's own title,
            # which names the issuer the page title left to its suffix.
            start = following.first
            title = (start, start + len(following.words))
            rest, above = head[n + 2 :], head[: n + 1]
            named = following.words
            break
        if alone:
            start = line.first  # past the indentation
            title, rest, above = (start, start + alone.end("title")), head[n + 1 :], head[:n]
            named = alone["title"]
            if alone.group("suffix"):
                cuts.append((title[1], line.end, "page-chrome"))
            cuts.extend(wrapping)
            break
    else:
        return None
    cuts.extend(_whole(line.start, line.end, view, "page-chrome") for line in above)
    wanted = _SQUASH.sub("", named)
    k = 0
    while k < len(rest):
        for width in (1, 2, 3):
            group = rest[k : k + width]
            if len(group) == width and _SQUASH.sub("", "".join(g.words for g in group)) == wanted:
                cuts.extend(_whole(g.start, g.end, view, "repeated-title") for g in group)
                k += width
                break
        else:
            words = rest[k].words
            # 省政府办公厅 2022-03-15 is the page's; （2025年1月10日） is the document's own.
            if (
                (date := _DATE.search(words))
                and len(words) <= 40
                and words[0] != "("
                and not _DELIVERED.search(words)
            ):
                fields.append(("日期", date.group()))  # 省政府办公厅 2022-03-15
                cuts.append(_whole(rest[k].start, rest[k].end, view, "page-metadata"))
            k += 1
    return title


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

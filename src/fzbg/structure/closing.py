"""The closing pass: where the closing (特此报告, signature, date, notes) starts."""

from __future__ import annotations

import bisect
import re

import regex

from fzbg.genre.bodies import (
    DATE_BEFORE_SIGNER,
    FORM_FIELD,
    HEAD_SIGNS,
    SEAL,
    SIGNATURE,
    SIGNED_FIELD,
)
from fzbg.genre.cues import ATTACHMENTS, CLOSING_WORDS
from fzbg.genre.dates import MONTH_ONLY, SIGNING_DATE
from fzbg.lex.styles import Style
from fzbg.page.wraps import STOPS  # what ends the sentence above an undated signer
from fzbg.structure.index import LineIndex

__all__ = ["closing_start"]

_CLOSING = re.compile(rf"(?:{CLOSING_WORDS})[。.!]?")  # 特此报告。 alone on its line
# A note in brackets under the signature, or above it: （此件公开发布）, （此页无正文）,
# （联系人:张某某,联系电话:…）; and the line that says how the document is published.
_NOTE_PATTERN = r"\((?:此件|此页|联系人|本件)[^()]{0,40}\)"
_NOTE = re.compile(_NOTE_PATTERN)
_DISCLOSED = regex.compile(r"公开(?:属性|方式|类型)[ ]?:[ ]?\S{2,6}")
# The date under the signature, maybe in brackets: 2025年1月10日, （2025年1月10日）; or
# after the signer on its line, where the layout that set them apart was lost:
# 某某县人民政府 2025年1月10日.
# A note or the seal in words may close the date's line: 2025年1月10日（此件公开发布）,
# 2025年1月10日（盖章）.  Or the date first and the signer after it on the line:
# 2025年1月10日  某某县人民政府.
_SIGNED = regex.compile(
    rf"(?:\([ ]?(?:{SIGNING_DATE.pattern})[ ]?\)|(?:{SIGNATURE})?(?:{SIGNING_DATE.pattern}))"
    rf"(?:[ ]*(?:{_NOTE_PATTERN}|{SEAL}))?"
    rf"|{DATE_BEFORE_SIGNER}(?:{SIGNATURE})|{SIGNED_FIELD.pattern}"  # 日期：2025年1月10日
)
# The signer's name on its line, maybe with its seal in words; or the seal alone, or the
# head's post and name, on the line between the name and the date: 某某县教育局 / （盖章）
# / 2025年1月10日, 某某县水利局 / 局长:张某某 / 2025年1月10日.
_SIGNATURE = regex.compile(rf"{SIGNATURE}|[ ]*{SEAL}[ ]*|[ ]*{HEAD_SIGNS}")
# The list of attachments above the signature, and each attachment after its first.
_ATTACHMENTS = regex.compile(ATTACHMENTS)
_NEXT_ATTACHMENT = regex.compile(r"[0-9]{1,2}[.、][^。]{1,60}")
_MOST_ATTACHMENTS = 9
# An attachment's heading on its line, as printed after the document: 附件1, 附件, or
# with its name after a colon: 附件1:2023年度行政执法情况统计表 (the view's : for ：).
_ANNEX = regex.compile(
    r"(?:^|\n)[ \t]*(附件[ ]?(?:[0-9]{1,2}|[一二三四五六七八九十])?)(?:[ ]?:[^\n。]{0,60})?"
    r"[ \t]*(?=\n|$)"
)
# How far above the end a signing date may stand with only after-matter below it: a
# note, 抄送 lines, the 印发 line, a list of 附件.
_AFTER_MATTER_LINES = 12
_LONGEST_SIGNING_DATE = 22  # "（2025 年 1 月 10 日）" and its like, spaced out
_CN_PAREN = Style.CN_PAREN  # the lowest style of the report's own headings and points


def closing_start(index: LineIndex, first: int) -> int:
    r"""Index of the closing's first line (特此报告, signature, date, a note below them).

    Lines before ``first`` are not looked at.  Without any of those, the closing is
    empty: ``len(index.lines)``.

    >>> from fzbg.lex.lines import lex
    >>> text = "一、工作\n正文。\n某某县人民政府\n2025年1月10日"
    >>> closing_start(LineIndex.of(text, text, lex(text)), 0)
    2
    """
    words = index.words
    n = _annexed(index, first)
    while n > first and _NOTE.fullmatch(words(n - 1)):
        n -= 1  # （此件公开发布） under the date belongs to the closing too
    if n > first and (FORM_FIELD.match(words(n - 1)) or (n - 1 > first and ":" in words(n - 2))):
        n = _form_above(index, first, n)  # 报告单位：… / 报送日期：…, a form's fields
    if n > first and not _SIGNED.fullmatch(words(n - 1)):
        n = _signed_through(index, first, n)
    if (dated := _dated_above(index, first, n)) is not None:
        n = dated  # the date, then the signer below it: 2025年1月10日 / 某某县人民政府
    for i in range(n - 1, max(n - 7, first - 1), -1):
        if _CLOSING.fullmatch(words(i)):
            return i
    if n <= first:
        return n
    if not _SIGNED.fullmatch(words(n - 1)):
        return _undated(index, first, n)
    i = n - 1
    while (
        i - 1 >= first
        and i > n - 3
        and index.markers[i - 1] is None
        and _SIGNATURE.fullmatch(words(i - 1))
    ):
        i -= 1
    return _after_matter_above(index, first, i)


def _form_above(index: LineIndex, first: int, n: int) -> int:
    """The first of the form's field lines that end the report above ``n``, else ``n``.

    A report filed on a form closes with the form's fields, not a signature: 报告单位：
    某某局（盖章） / 填报人：…  联系电话：… / 报送日期：2024年1月20日; a value may stand
    on the line below its label.  The form's list of attachments may stand under it.
    """
    below = _listed_attachments(index, first, n)  # 附件：… / 2.…, under the form's fields
    i = below
    while i > first and below - i < _MOST_ATTACHMENTS and index.markers[i - 1] is None:
        if FORM_FIELD.fullmatch(words := index.words(i - 1)) or SIGNED_FIELD.fullmatch(words):
            i -= 1  # 报告单位：某某局 / 日期：2024年1月8日
        elif i - 1 > first and _label_above(index, i - 1):
            i -= 2  # 报告单位： / 某某局: the value on the line below its label, as in a table
        else:
            break
    return i if i < below else n


def _label_above(index: LineIndex, value: int) -> bool:
    """Whether the line above ``value`` is a form's label alone (报告单位：)."""
    field = FORM_FIELD.fullmatch(index.words(value - 1))
    return field is not None and not field["value"].strip()


def _undated(index: LineIndex, first: int, n: int) -> int:
    """The signer's line when a report ends signed but not dated, else ``n`` (no closing).

    The signer stands alone on the last line (某某县人民政府), under a sentence's end, or
    over a date that gives no day (2024年1月), which dates no signing.  Unsigned, a report
    may still end in the list of its attachments (:func:`_listed_attachments`).
    """
    if (listed := _listed_attachments(index, first, n)) < n:
        return listed
    last = n - 1
    if last - 1 > first and _MONTH.fullmatch(index.words(last)):
        last -= 1
    if last - 1 < first or index.markers[last] is not None:
        return n
    above = index.words(last - 1)
    if above[-1:] not in STOPS or not _SIGNATURE.fullmatch(index.words(last)):
        return n
    return _after_matter_above(index, first, last)


def _listed_attachments(index: LineIndex, first: int, n: int) -> int:
    """The line of a list of attachments that ends an unsigned report, else ``n``.

    附件:1.某某统计表 / 2.某某目录, or 附件1:… / 附件2:…, as the last lines: the list is the
    closing's, not the last section's points.
    """
    top, i = n, n - 1
    while i >= first and n - i <= _MOST_ATTACHMENTS:
        if _ATTACHMENTS.match(words := index.words(i)):
            top = i  # 附件:… or 附件2:…
        elif not _NEXT_ATTACHMENT.fullmatch(words):
            break  # 2.某某目录, under the list's first line, goes on up
        i -= 1
    return top


_MONTH = re.compile(MONTH_ONLY)


def _after_matter_above(index: LineIndex, first: int, signer: int) -> int:
    """The first line of what a document puts right above the ``signer``, else ``signer``.

    A document lists its attachments between its body and its signature (附件:1.某某统计表
    / 2.某某情况表), and may put a note (（联系人:…）) or how it is published (公开属性:
    主动公开) there: they are no points of the last section, but its closing's.
    """
    top, i = signer, signer - 1
    while i >= first and signer - i <= _MOST_ATTACHMENTS:
        if _ATTACHMENTS.match(words := index.words(i)) or _NOTE.fullmatch(words):
            top = i  # 附件:… or 附件2:…, each attachment on a line of its own; a note
        elif _DISCLOSED.fullmatch(words):
            top = i
        elif not _NEXT_ATTACHMENT.fullmatch(words):
            break  # 2.某某情况表, under the list's first line
        i -= 1
    return top


def _annexed(index: LineIndex, first: int) -> int:
    """The line that heads the first attachment under the signing date, else past the last.

    An attachment printed after the document (附件1 alone on its line, under the date,
    then its table) may run longer than any after-matter: it is the closing's, whatever
    its length.
    """
    view, starts = index.view, index.starts
    if "附件" not in view:  # most reports: one quick look
        return len(index.lines)
    for found in _ANNEX.finditer(view, starts[first] if first < len(index.lines) else len(view)):
        i = bisect.bisect_left(starts, found.start(1))
        if i > first and (_SIGNED.fullmatch(index.words(i - 1)) or _restarts(index, first, i)):
            return i
    return len(index.lines)


def _restarts(index: LineIndex, first: int, annex: int) -> bool:
    """Whether the attachment headed at line ``annex`` numbers its own sections from 一、.

    An unsigned report may end in its attachment (附件 / 一、2023年重大行政决策目录):
    a first section under it, after the report's own 二、 or later, is the attachment's.
    """
    markers = index.markers
    below = markers[annex + 1] if annex + 1 < len(markers) else None
    if below is None or below.ordinal != 1 or below.style > Style.CN_DUN:
        return False
    return any(
        m is not None and m.style == below.style and (m.ordinal or 0) > 1
        for m in markers[first:annex]
    )


def _dated_above(index: LineIndex, first: int, n: int) -> int | None:
    """One past the date line when the last line signs under it (date first, then signer)."""
    if n - 2 < first or index.markers[n - 2] is not None or index.markers[n - 1] is not None:
        return None
    date, signer = index.lines[n - 2], index.lines[n - 1]
    if (
        date.end - date.start <= _LONGEST_SIGNING_DATE
        and _SIGNED.fullmatch(index.view, date.start, date.end)
        and _SIGNATURE.fullmatch(index.view, signer.start, signer.end)
    ):
        return n - 1
    return None


def _signed_through(index: LineIndex, first: int, n: int) -> int:
    """One past a signing date near the end with more lines below it, else ``n``.

    Whatever stands below a date under a signature or 特此报告 (抄送, 印发, 附件 …)
    belongs to the closing, not to the last item; a heading or point below the date
    (一、 (一)) is not after-matter: the date signed a letter the report was sent with.
    """
    lines, view, markers = index.lines, index.view, index.markers
    for i in range(n - 1, max(n - _AFTER_MATTER_LINES, first + 1) - 1, -1):
        line, above = lines[i], lines[i - 1]
        if (marker := markers[i]) is not None and marker.style <= _CN_PAREN:
            break  # a section or its point (一、 (一)) is report: the closing is below it
        if (
            line.end - line.start <= _LONGEST_SIGNING_DATE  # a paragraph is not matched
            and _SIGNED.fullmatch(view, line.start, line.end)
            and (
                _SIGNATURE.fullmatch(view, above.start, above.end)
                or _CLOSING.fullmatch(view, above.start, above.end)
            )
        ):
            return i + 1
    return n

"""The fields of the form a report was filed on: its body, its year, the date it was filed.

A report filed on a form gives these as labelled fields instead of a title or a
signature, in a block above its text (填报单位：某某局 / 报告年度：2023年) or under it
(报告单位：某某局（盖章） / 联系电话：… / 报送日期：2024年1月20日).  Only lines of such
fields are read, and above the text only those before its first sentence.

A report printed as a 公文 read out or filed may carry its date under its title instead,
in brackets (…情况的报告 / （2024年3月5日））: that, or the form's 填报日期, dates the
document as a signing date under it would (:func:`head_date`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from fzbg.genre.bodies import (
    DATED_BYLINE,
    FORM_DATE_LABELS,
    FORM_FIELD,
    FORM_LABEL,
    FORM_UNIT_LABELS,
    FORM_YEAR_LABELS,
    SIGNER_LINE,
    body_name,
)
from fzbg.genre.dates import DATED_LINE, SIGNING_DATE, YEAR, parse_date, year_of
from fzbg.model import Span

__all__ = ["form_date", "form_issuer", "form_year", "head_date"]

# A value ends where the next field on its line starts, after a gap, a cell's border, or a
# space before its label (a tab is folded to one): 张某  联系电话：…, 某局 年度：2023年,
# 某局 | 报告年度 | 2023年.
_GAP = regex.compile(
    rf"[ ]{{2,}}|[ ]?\|[ ]?|[ ](?=(?:{FORM_LABEL})[ |]|[^ :]{{2,6}}[ ]?(?:\([^()]{{1,4}}\))?[ ]?:)"
)
_YEAR = regex.compile(YEAR)
_HEAD_LINES = 3  # the lines under a title its byline and its date stand on
_LETTER_LINES = 12  # the lines of a covering letter above the report's own text


def _fields(view: str, span: Span, head: bool) -> Iterator[tuple[str, int, int]]:
    """Each form field's label and value (its offsets in ``view``), line by line.

    At the ``head`` of the text (its preamble), lines from the first with a full stop on
    are text, not the form's; under the text, 特此报告。 may stand above the form.
    """
    start, end = span.start, span.end
    while start < end:
        stop = _line_end(view, start, end)
        if head and "。" in view[start:stop]:
            return
        at = start
        while m := FORM_FIELD.match(view, at, stop):  # 单位名称：…  年度：…, one line
            if m.end() == m.start("value") and stop < end:  # 报告单位： / 某某局, a cell's
                start, stop = stop + 1, _line_end(view, stop + 1, end)
                yield m["label"], start, stop
                break
            gap = _GAP.search(view, m.start("value"), stop)
            yield m["label"], m.start("value"), gap.start() if gap else stop
            at = gap.end() if gap else stop
        start = stop + 1


def _line_end(view: str, start: int, end: int) -> int:
    stop = view.find("\n", start, end)
    return end if stop < 0 else stop


def form_issuer(text: str, view: str, span: Span, *, head: bool = True) -> str | None:
    """The body a form's field names (报告单位：某某局（盖章）), as ``text`` writes it.

    ``span`` is the preamble (``head``) or the closing.
    """
    for label, start, end in _fields(view, span, head):
        if label in FORM_UNIT_LABELS and (name := body_name(view[start:end])):
            return text[start : start + len(name)]
    return None


def form_year(view: str, span: Span) -> int | None:
    """The year a form's field above the text says is reported on (报告年度：2023年)."""
    for label, start, end in _fields(view, span, True):
        if label in FORM_YEAR_LABELS:
            value = view[start:end].strip()
            if m := _YEAR.match(value):
                return year_of(m["year"])
            if value[:4].isdigit() and value[:2] in ("19", "20"):
                return int(value[:4])
    return None


def form_date(view: str, span: Span) -> dt.date | None:
    """The date a form's field above the text says it was filed on (填报日期：2024年1月20日).

    Under the text, the closing's first date is the signing date already.
    """
    for label, start, end in _fields(view, span, True):
        if label in FORM_DATE_LABELS and (date := parse_date(view[start:end])):
            return date
    return None


def _dated_byline(view: str, start: int, end: int) -> regex.Match[str] | None:
    """The byline with its date that ``view[start:end]`` is, if it has a 年 and is one."""
    return DATED_BYLINE.fullmatch(view, start, end) if view.find("年", start, end) >= 0 else None


def head_date(view: str, preamble: Span) -> dt.date | None:
    """The date in brackets alone on a line under the title, or the form's filing date.

    The date stands on the ``preamble``'s first line, or under a byline (某某县林业局 /
    （2024年1月8日）), or beside it (某某县林业局 2024年1月8日): on one of its first lines,
    above its first sentence.
    """
    start = preamble.start
    for _ in range(_HEAD_LINES):
        end = _line_end(view, start, preamble.end)
        if view.find("(", start, start + 3) >= 0 and (
            dated := DATED_LINE.fullmatch(view, start, end)
        ):
            return parse_date(dated[0])
        stop = view.find("。", start, end) >= 0
        if not stop and (byline := _dated_byline(view, start, end)):
            return parse_date(byline["date"])  # 某某县林业局 2024年1月8日: the byline's date
        if end >= preamble.end or stop:
            break  # the text's first sentence: no date under a title below it
        start = end + 1
    return form_date(view, preamble) or _letter_date(view, preamble)


def _letter_date(view: str, preamble: Span) -> dt.date | None:
    """The date of the letter a report is sent with, signed above the report's own text.

    省委、省政府: / …现呈送我委2023年度…报告,请审阅。 / 某某委 / 2024年3月8日 / …: a
    signer's line right after a sentence's stop, the date alone on the line under it.
    """
    start, stopped, signer = preamble.start, False, False
    for _ in range(_LETTER_LINES):
        end = _line_end(view, start, preamble.end)
        words = view[start:end].strip()
        if words:
            if signer and (dated := SIGNING_DATE.fullmatch(words)):
                return parse_date(dated[0])
            signer = stopped and bool(SIGNER_LINE.fullmatch(words))
            stopped = words.endswith("。")
        if end >= preamble.end:
            return None
        start = end + 1
    return None

"""A figure whose subject only the short title above its sentence names.

``（三）行政复议`` on its own line, then ``全年收案12件，结案11件。``: the sentence says what
was done (收案) but not to what; the title does.  A form-like report (a town's, a
department's) writes its figures so, under a title per subject.  Only the first figure
of the sentence right after the title takes it (the others are what became of those
cases, as after ``受理…12件``), and only when its own sentence names no subject: a verb
alone stands before the figure (and a time, ``2023年,``), no meeting (``召开专题会议4次``)
nor other object, and only when the title names one subject (not ``行政复议和行政应诉``).
A title is a short line of its own, or a short run-in heading that a marker opens
(``一是行政复议。``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from fzbg.extract.cue_search import _nearest
from fzbg.genre.dates import ARABIC_YEAR
from fzbg.genre.indicators import MEETING, right_after_only
from fzbg.genre.markers import CN_NUMERAL, MARKED
from fzbg.genre.registry import IndicatorSpec, UnitCues
from fzbg.model import Quantity

__all__ = ["titled"]

_TITLE_ENDS = "。\n"  # what ends a title: its line, or the stop after a run-in one
_SENTENCE_ENDS = "。;!?\n"
_LONGEST_TITLE = 16  # a title's length at most, with its marker: a longer one is prose
_LONGEST_VERB = 8  # the words before the figure in its clause (全年共收案), and before that
# A title that ends with a stop, not its line, is one only if a marker opens it: 一是行政复议。
_TIME = regex.compile(rf"\s*(?:{ARABIC_YEAR}年?度?|今年|本年度?)")  # the year, then 全年…
_RUN_IN = regex.compile(rf"\s*(?:{CN_NUMERAL}是|{MARKED.pattern})")


def titled(
    view: str, quantities: Sequence[Quantity], i: int, cues: UnitCues, *, s_start: int, context: str
) -> tuple[IndicatorSpec, int, int] | None:
    r"""The cue of the title right before the sentence of ``quantities[i]``, if it names one.

    Args:
        view: The folded text.
        quantities: Its quantities, in order.
        i: The figure's index; its sentence starts at ``s_start``.
        cues: The cues of the rows that fit the figure's unit.
        s_start: Where the figure's sentence starts.
        context: The figure's sentence up to its clause's end, for the cues' context.

    Returns:
        The row and the span of the title's last cue, or None.

    Example:
        >>> from fzbg import INDICATORS, extract_quantities
        >>> view = "(三)行政复议\n全年收案12件,结案11件。"
        >>> qs = extract_quantities(view)
        >>> s_start = view.index("全")
        >>> cues, context = INDICATORS.for_unit("件"), view[s_start:]
        >>> hit = titled(view, qs, 0, cues, s_start=s_start, context=context)
        >>> hit[0].key, view[hit[1] : hit[2]]
        ('reconsideration-cases', '行政复议')
        >>> titled(view, qs, 1, cues, s_start=s_start, context=context) is None
        True

    """
    end = s_start - 1
    if end < 0 or view[end] not in _TITLE_ENDS:
        return None
    if (before := quantities[i - 1].span.end if i else 0) > s_start:
        return None  # not the sentence's first figure
    words = view[s_start : quantities[i].span.start]
    cut = max(words.rfind(","), words.rfind(":")) + 1  # 2023年,共收案: a time, then the verb
    if time := _TIME.match(words, cut):
        cut = time.end()  # 2022年全年开展…, 2022全年收案: a time with no comma after it
    if len(words[:cut].strip()) > _LONGEST_VERB or len(words[cut:].strip()) > _LONGEST_VERB:
        return None  # 为做好矛盾纠纷排查工作,开展4次: the sentence names what it counts
    if MEETING.search(words):
        return None  # 召开专题会议4次
    start = end
    while start > 0 and view[start - 1] not in _SENTENCE_ENDS:
        start -= 1
        if end - start > _LONGEST_TITLE:
            return None
    if before > start or not view[start:end].strip():
        return None  # a figure in the title: it is a sentence, not a title
    if view[end] != "\n" and not _RUN_IN.match(view, start, end):
        return None  # 深化行政复议改革。全年…: a sentence of prose, not a title
    title = view[start:end]
    every = [(row, cue) for row, cue, _ in cues.cues]
    last = _nearest(view, every, start, end, False, title + context)
    if last is None:
        return None
    first = _nearest(view, every, start, last[1], True, title + context)
    if first is not None and first[0].key != last[0].key:
        return None  # (二)行政复议和行政应诉: the title names two subjects, the figure one
    return None if right_after_only(last[0].key, quantities[i].unit) else last  # 执法检查/立案8起

"""Layout recovery: give back the line structure a copy of the report lost.

Two kinds of copies reach users with their lines wrong, and the later stages, which read
a report line by line, cannot parse them:

- *Hard wraps*: text pulled out of a PDF or a Word file keeps a break at every old wrap
  point of the page, inside words and numbers (``开展培训8`` / ``60人次``); the break is a
  line break, or a space when the copy also lost its line breaks.
- *A run-together body*: a page that lost every line break holds the title, the body
  and its headings on one or two lines (``…报告如下:一、…。(一)…``), a site banner glued
  in front of the title.

:func:`recover_layout` runs right after :func:`~fzbg.text.normalize.normalize`, before
any span is taken, so it may change the text's length: it removes the break (and the
spaces around it) at a wrap, turns the space before a paragraph or heading into a line
break, and inserts a line break where a heading, 特此报告 or a date runs on after the
sentence before it.  :attr:`Report.text <fzbg.model.Report.text>` is the recovered text.
What it did is recorded as ``layout-joined`` and ``layout-split`` diagnostics.  First of
all, a line whose characters a PDF set apart (``二 、 存 在 的 不 足``) is closed up
(:mod:`fzbg.page.spacing`), recorded as ``layout-unspaced``.  A
paragraph that a printed page broke at its foot is joined across the page number and
running head between its halves; they move below the paragraph, where the page stage
cuts them as debris.

It decides from the whole text, never from one line: a wrap is a line that reaches the
page's right edge — the length most lines share — in a text where many lines do so
without ending a sentence; a run-together body is a text of a few very long lines.  A
text whose lines are fine is returned as it is, after one pass over its line lengths.
Some places stay ambiguous whatever the evidence: a heading or a one-line point exactly
as long as the page is wide reads the same as a wrapped line, and a page with only a few
wraps is not recognised as wrapped at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import pairwise

from fzbg.genre.bodies import BODY_NAME
from fzbg.genre.chrome import TOOL_WORD
from fzbg.genre.crumbs import BANNER, LOCATION
from fzbg.genre.dates import CLOCK
from fzbg.genre.dates import DATE as FIELD_DATE
from fzbg.genre.markers import CN_DIGITS, cn_ordinal
from fzbg.model import Diagnostic
from fzbg.page.kept_spaces import spaces_kept
from fzbg.page.markup import unmark
from fzbg.page.opening import HEAD_LINES, split_glued_title
from fzbg.page.run_title import head_cuts, title_in_run
from fzbg.page.seams import cut, split_heading_ends, split_page_numbers, split_sections_run_on
from fzbg.page.spaces import ARABIC, SHORT_LINE, split_spaces
from fzbg.page.spacing import close_up
from fzbg.page.split_dates import join_split_dates
from fzbg.page.uniform import even_page
from fzbg.page.width import Width
from fzbg.page.wraps import (
    CN,
    DATE,
    HEADING,
    TITLE,
    page_width,
    unwrap,
)
from fzbg.text.normalize import fold

__all__ = ["recover_layout"]

# A run-together body: its longest line is this long and holds this share of the text.
_RUN_TOGETHER, _RUN_SHARE = 200, 0.6
_LEAST_FIRST = 2  # a first line this long, repeated where a copy opens, may mark a second copy
_WHITE = re.compile(r"\s+")
_COPY_TRIES = 4  # lines like the first one (a running head may be) tried as a copy's start
_LONG_LINE = 200  # a line this long may hold headings run together
# A site banner glued before the title: a name and the site's address.
# What ends a page's chrome before a title that lost its line break: a run of spaces, a
# bullet or a bar, a tool bar's word (genre.chrome.TOOL_WORD), a weekday, a file's name.
# (A line with a breadcrumb's > is left to the page stage: fzbg.page.title_line.)
_BEFORE_TITLE = re.compile(
    rf"[ ]{{2,}}|[•|]|{TOOL_WORD}|星期[一二三四五六日天][ ]*"
    r"|\.(?:docx?|wps|pdf|ofd)[ ]*"
)
# Where a page's field ends, on a line that runs on into the title: a date (and a time)
# or a label's closing bracket, then any spaces; only so far into the line.
_FIELD_END = re.compile(rf"(?:{FIELD_DATE}日?(?:{CLOCK})?|\])[ ]*")
_FIELD_MARK = re.compile(r"[\[\]>]")  # a label's brackets or a breadcrumb's arrow
_FIELDS_REACH = 400
_LAST_TOPIC = re.compile(r"(?:法治|依法行政)(?!.*(?:法治|依法行政))")
_BANNER = re.compile(BANNER)
_LOCATION = re.compile(LOCATION)


def recover_layout(text: str) -> tuple[str, tuple[Diagnostic, ...]]:
    r"""Restore the line structure of a report whose lines were wrapped or run together.

    Args:
        text: Normalised text (see :func:`~fzbg.text.normalize.normalize`).

    Returns:
        The text with letter-spaced runs closed up (``二 、 存 在 的 不 足``, see
        :func:`~fzbg.page.spacing.close_up`), hard wraps joined and run-together
        headings split onto lines of their own, and a ``layout-unspaced``, a
        ``layout-joined`` and a ``layout-split`` diagnostic saying how many places
        changed (none when the text's layout was fine: then it is returned unchanged).

    Example:
        >>> wrapped = "\n".join([
        ...     "一、主要举措和成效",
        ...     "(一)加强组织领导。街道召开专题会议研",
        ...     "究部署法治政府建设工作,全年开展培训8",
        ...     "60人次,审查各类合同21件,群众满意",
        ...     "度持续提升。",
        ...     "(二)推进依法决策。严格落实重大行政决",
        ...     "策程序,全年审查重大决策事项12件。"])
        >>> text, notes = recover_layout(wrapped)
        >>> print(text)
        一、主要举措和成效
        (一)加强组织领导。街道召开专题会议研究部署法治政府建设工作,全年开展培训860人次,审查各类合同21件,群众满意度持续提升。
        (二)推进依法决策。严格落实重大行政决策程序,全年审查重大决策事项12件。
        >>> [(d.code, d.message[:12]) for d in notes]
        [('layout-joined', 'joined 4 wra')]
        >>> recover_layout("一、工作情况\n召开会议4次。")
        ('一、工作情况\n召开会议4次。', ())

    """
    marks: list[str] = []
    text, copies = _one_copy(unmark(text, marks))  # first: a tag hides the break it stands for
    closed: list[str] = []
    text = close_up(text, closed)  # first: a letter-spaced line's length misleads the rest
    text, joins = join_split_dates(text)  # a date parted by a wrap: no page width tells it
    text, together, gaps, wrapped = _read_page(text)
    splits: list[str] = []
    if wrapped is None and not together:
        text = split_heading_ends(split_glued_title(text, splits), splits, together=False)
        return text, _notes(marks, closed, joins, splits, copies)
    if together:
        text = split_page_numbers(_split_title(text, splits), splits)
        wrapped = wrapped or (page_width(text, text.split("\n"), spaces=True) if gaps else None)
    if wrapped is not None:
        text = unwrap(text, wrapped, joins, splits)
        if not together and _together(text, text.split("\n")):  # run together, then wrapped
            together = True
            text = split_spaces(split_page_numbers(_split_title(text, splits), splits), splits)
    elif together:
        text = split_spaces(text, splits)
    if together:
        text = _split_run_together(text, splits)
        text = split_sections_run_on(text, splits, gaps=gaps)
    text = split_heading_ends(split_glued_title(text, splits), splits, gaps=gaps)
    return text, _notes(marks, closed, joins, splits, copies)


def _read_page(text: str) -> tuple[str, bool, bool, Width | None]:
    """The text (uniform.even_page's), whether run together, spaces kept, its width."""
    text, width = even_page(text) or (text, None)
    lines = text.split("\n")
    together, gaps = _together(text, lines), spaces_kept(text)
    spaced = page_width(text, lines, spaces=True) if gaps and not width else None
    return text, together, gaps, width or page_width(text, lines) or spaced


def _together(text: str, lines: list[str]) -> bool:
    """Whether ``text`` is a run-together body: a few very long lines hold most of it."""
    longest = max(map(len, lines))
    return longest >= _RUN_TOGETHER and longest >= _RUN_SHARE * len(text.strip())


def _one_copy(text: str) -> tuple[str, list[str]]:
    """The text of a report pasted twice, once; and the second copy's start, if it went.

    The second copy opens at a line like the text's first one and, white space aside,
    says what the text before it says: nothing of the report is lost with it.
    """
    body = text.strip()
    first = body.split("\n", 1)[0].strip()
    if len(first) < _LEAST_FIRST or "\n" + first not in body:  # (most texts: one scan)
        return text, []
    at = len(body) // 3
    for _ in range(_COPY_TRIES):  # where a line like the first opens, past a third
        at = body.find("\n" + first, at + 1)
        if at < 0:
            break
        if _WHITE.sub("", body[:at]) == _WHITE.sub("", body[at:]):
            return body[:at] + "\n", [body[at + 1 : at + 1 + 12]]
    return text, []


def _notes(
    marks: list[str],
    closed: list[str],
    joins: list[str],
    splits: list[str],
    copies: list[str],
) -> tuple[Diagnostic, ...]:
    """A diagnostic for each kind of change made: how many places, and the first three."""
    made = (
        ("html-markup", "took out {} pieces of HTML markup", marks),
        ("layout-repeated", "took out {} second copy of the report", copies),
        ("layout-unspaced", "closed up {} letter-spaced lines", closed),
        ("layout-joined", "joined {} wrapped lines", joins),
        ("layout-split", "split {} run-together lines", splits),
    )
    return tuple(
        Diagnostic(code, f"{message.format(len(places))}, as at: {' | '.join(places[:3])}", None)
        for code, message, places in made
        if places
    )


def _split_title(text: str, splits: list[str]) -> str:
    """Put a site banner and the title glued to the body of a long line on lines of their own."""
    view = fold(text)
    at = 0
    for _ in range(HEAD_LINES):  # the title stands near the top (chrome, a file's name lead)
        end = view.find("\n", at)
        end = len(view) if end < 0 else end
        if end - at >= _LONG_LINE:
            break
        at = end + 1
        if at >= len(view):
            return text
    else:
        return text
    cuts: list[int] = []
    banner = _BANNER.match(view, at)
    if banner and not view[banner.end()].isspace():
        cuts.append(at := banner.end())
    label = _LOCATION.match(view, at)  # 当前位置: before a breadcrumb, its colon no title's
    title = TITLE.match(view, label.end() if label else at)
    if title is None or ">" in title.group():
        title = _behind_fields(view, at) or title_in_run(view, at) or title
    if title and ">" not in title.group() and (start := _title_start(view, title)) > at:
        cuts.append(start)  # the page's tool bar, its fields or a file's name in front of it
    if title and title.end() < len(view) and view[title.end()] not in "。,:;、)":
        cuts.append(title.end())
        if view.startswith(title.group(), title.end()):  # a field's value, then the heading
            cuts.append(title.end() + len(title.group()))
    cuts += head_cuts(view, at, title.start() if title else len(view))  # the fields' ends
    for place in sorted(set(cuts), reverse=True):
        gap = 1 if view[place] == " " else 0
        splits.append(text[max(place - 8, 0) : place] + "⏎" + text[place + gap : place + gap + 6])
        text = text[:place] + "\n" + text[place + gap :]
    return text


def _behind_fields(view: str, at: int) -> re.Match[str] | None:
    """A title behind the fields a page lists before it on the same line.

    It opens where a field's value ends (``[ 发布日期 ] 2026-02-10 某县…报告``), close
    enough to the line's start to be the page's head, and holds no field of its own.
    """
    stop = min(len(view), at + _FIELDS_REACH)
    for field in _FIELD_END.finditer(view, at, stop):
        title = TITLE.match(view, field.end())
        if (
            title
            and not _FIELD_MARK.search(title.group())
            and not _FIELD_END.match(view, *title.span())
        ):
            return title  # (a title that opens with a date is a field's value, then the title)
    return None


def _title_start(view: str, title: re.Match[str]) -> int:
    """Where the title begins, past the tool bar, the date line or a file name before it."""
    words = _LAST_TOPIC.search(view, title.start(), title.end())
    stop = words.start() if words else title.start()
    start = title.start()
    for bar in _BEFORE_TITLE.finditer(view, title.start(), stop):
        start = bar.end()
    return start


# Where a heading or the closing runs on after a sentence, inside one long line.
_RUN_ON = re.compile(
    rf"(?<=[。!?;:])[ ]*(?=(?:{HEADING.pattern})|特此(?:报告|汇报))"
    rf"|(?<=[^\s。!?;:])[ ]*(?=\([{CN}]{{1,3}}\))"  # (一) runs on from its section's heading
    r"|(?<=[^\s\d第(])[ ]*(?=\(?[1-9][0-9]?[.、)](?![0-9])[^ ]{2})"  # 1. 1) (1) in sequence
    rf"|(?<=特此报告。|特此汇报。)[ ]?(?=\S)"
    rf"|(?<=全文如下:|原文如下:)[ ]?(?=\S)"  # a news story's lead-in, before the report
    rf"|[ ](?=(?:{DATE.pattern})[ ]?$)"
    rf"|[ ](?=(?:{BODY_NAME})[ ]?(?:{DATE.pattern})[ ]?$)",  # the signer, after a heading
    re.VERBOSE | re.MULTILINE,
)


# Where a match of _RUN_ON may open: a space, the first character of what it runs into
# (a heading's marker, 特此, a point's digit), or just after the 。 of 特此报告。 or the :
# of 全文如下: (found at the stop).  Trying each costs about as much as scanning this many
# characters.
_RUN_ON_OPENS = f" {CN}(第特123456789。:"
_RUN_ON_OPEN = re.compile(f"[{re.escape(_RUN_ON_OPENS)}]")
_TRY_COST = 5


def _ordinal(numeral: str) -> int:
    """The value of a marker's Chinese numeral, 一 … 九十九."""
    tens, ten, units = numeral.rpartition("十")
    if not ten:
        return CN.index(numeral) + 1 if len(numeral) == 1 else 0
    return (CN.index(tens) + 1 if tens else 1) * 10 + (CN.index(units) + 1 if units else 0)


def _level(found: re.Match[str]) -> tuple[int, int]:
    """A heading marker's level (0 part, 1 一、, 2 (一), 3 1.) and ordinal."""
    if found.re is ARABIC:
        return 3, int(found.group("arabic"))
    for level, group in enumerate(("part", "dun", "paren")):
        numeral = found.group(group)
        if numeral:
            return level, _ordinal(numeral) if len(numeral) < 3 or "十" in numeral else 0
    return 3, 0  # pragma: no cover - one group always matches


def _split_run_together(text: str, splits: list[str]) -> str:
    """Split long lines where the next heading in sequence, or the closing, runs on."""
    view = fold(text)
    last = [0, 0, 0, 0]  # the last ordinal seen at each level: part, 一、, (一), 1.
    cuts: list[tuple[int, int]] = []
    at = 0
    for line in view.split("\n"):
        body = line.lstrip()
        head = HEADING.match(body) or ARABIC.match(body)
        if head:
            _advance(last, *_level(head))
        if len(line) > SHORT_LINE:
            inside = _inside_points(line)
            for found in _runs_on(line):
                head = HEADING.match(line, found.end()) or ARABIC.match(line, found.end())
                held = head is not None and head.re is ARABIC and inside(found.end())
                if head is None or (not held and _advance(last, *_level(head))):
                    cuts.append((at + found.start(), at + found.end()))
        at += len(line) + 1
    return cut(text, cuts, splits)


# A point run into its paragraph after a stop: 。三是…
_SHI_POINT = re.compile(rf"[。;:!?][ ]*([{CN_DIGITS}]{{1,3}})是")
_OPENS_SHI = re.compile(rf"[ ]*([{CN_DIGITS}]{{1,3}})是")  # ...or a line that opens with one


def _inside_points(line: str) -> Callable[[int], bool]:
    """Whether a place of ``line`` lies between two run-in points of one count.

    ``…三是审查需完善。1、流程问题。…2、…四是…``: a list that a 是 point holds, its
    ``1、`` run in as the point is; split onto lines of their own, they would stand in
    for the points around them.  A line that opens with a 是 point (its spaces were the
    breaks around it) holds its list whole when no other point follows in it.
    """
    points = [(m.start(), cn_ordinal(m.group(1))) for m in _SHI_POINT.finditer(line)]
    if opens := _OPENS_SHI.match(line):
        if not points:
            return lambda at: True
        points.insert(0, (0, cn_ordinal(opens.group(1))))
    starts = [start for start, _ in points]
    counted = [n is not None and later == n + 1 for (_, n), (_, later) in pairwise(points)]

    def inside(at: int) -> bool:
        before = bisect_left(starts, at) - 1  # the last point before ``at``
        return 0 <= before < len(counted) and counted[before]

    return inside


def _runs_on(line: str) -> Iterator[re.Match[str]]:
    """The matches of _RUN_ON in ``line``, as its scan finds them (see :func:`_tried_in_turn`)."""
    if sum(map(line.count, _RUN_ON_OPENS)) * _TRY_COST > len(line):
        return _RUN_ON.finditer(line)
    return _tried_in_turn(line)


def _tried_in_turn(line: str) -> Iterator[re.Match[str]]:
    """The matches of _RUN_ON, trying only the characters a match may open at, in order.

    This is what the scan finds: an empty match opens at no space and a longer one at a
    space, so after an empty one the next is tried one place on.
    """
    resume = 0
    for place in _RUN_ON_OPEN.finditer(line):
        at = place.start() + (line[place.start()] in "。:")  # after 特此报告。, 全文如下:
        if at >= resume and (found := _RUN_ON.match(line, at)):
            yield found
            resume = max(found.end(), found.start() + 1)


def _advance(last: list[int], level: int, ordinal: int) -> bool:
    """Take a heading's ordinal when it follows the last one of its level; reset those below.

    Points numbered in Arabic digits (the last level) may also start again at 1: the
    heading above them may be one the sequence does not know.
    """
    if ordinal != last[level] + 1 and not (ordinal == 1 and level == len(last) - 1):
        return False
    last[level] = ordinal
    for lower in range(level + 1, len(last)):
        last[lower] = 0
    return True

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
What it did is recorded as ``layout-joined`` and ``layout-split`` diagnostics.

It decides from the whole text, never from one line: a wrap is a line that reaches the
page's right edge — the length most lines share — in a text where many lines do so
without ending a sentence; a run-together body is a text of a few very long lines.  A
text whose lines are fine is returned as it is, after one pass over its line lengths.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from fzbg.genre.cues import LONGEST_HEADING, is_unnumbered_heading
from fzbg.model import Diagnostic
from fzbg.text.normalize import fold

__all__ = ["recover_layout"]

# TODO(markers): use genre.markers — the marker shapes below restate lex's styles.
_CN = "一二三四五六七八九十"
# A heading's marker: 一、 (level 1), (一) (level 2), 第一部分 (a part, level 0).
_HEADING = re.compile(
    rf"""(?:(?P<dun>[{_CN}]{{1,3}})[ ]?、      # 一、
       | \(?[ ]?(?P<paren>[{_CN}]{{1,3}})[ ]?\) # (一), folded （一）, 一) that lost its (
       | 第(?P<part>[{_CN}]{{1,3}})部分          # 第一部分
    )""",
    re.VERBOSE,
)
# Any other line-opening marker: 1、 1. (1) ①.  Not 一是: a run-in point stays run in.
_OTHER_MARKER = re.compile(r"(?:\d{1,2}[、.](?![\d.])|\(?\d{1,2}\)|[①-⑳])")
# A line opening with any marker, 一是 too: with no stop in it, it is a heading.
_OPENS_POINT = re.compile(
    rf"{_HEADING.pattern}|{_OTHER_MARKER.pattern}|[{_CN}]{{1,3}}是", re.VERBOSE
)
# What opens the closing: 特此报告, and a date line (2025年1月10日) standing alone.
_CLOSING = re.compile(r"特此(?:报告|汇报)")
_DATE = re.compile(
    r"(?:(?:19|20)\d\d|[〇零一二][〇零一二三四五六七八九]{3})[ ]?年"
    r"[ ]?[\d〇零一二三四五六七八九十]{1,3}[ ]?月[ ]?[\d〇零一二三四五六七八九十]{1,3}[ ]?日"
)
_STOPS = frozenset("。!?;:")  # on the folded view: a line ending in one ends a sentence
_STOPPED = re.compile("[。!?;:]")
_SPACE_RUN = re.compile(r"\s+")
_TAIL = 4  # a wrap this close before a stop cut a phrase, not a heading from its body
_PAIRS = ("《》", "()", "“”")  # on the folded view
_SPACE = " \t"
_ASCII_WORD = re.compile(r"[A-Za-z0-9%.>-]")  # a space beside these is set on purpose

# A wrapped page: lines reach its right edge, between these many characters.
_NARROWEST, _WIDEST = 12, 80
_MIN_WRAPS, _WRAP_SHARE = 5, 0.3  # so many lines (and this share of them) end at the edge
_MIN_SPACES = _MIN_WRAPS  # so many spaces before a page may have them for breaks
_MIN_EXACT_WRAPS = 3  # as many where every line ends at the edge or before it
_EXACT_SHARE = 0.8  # and of the unfinished lines near the edge, this share right at it
_OVERFLOW_SHARE = 0.15  # a wrapped page has few lines longer than its edge
# A run-together body: its longest line is this long and holds this share of the text.
_RUN_TOGETHER, _RUN_SHARE = 400, 0.6
_LOOK_AHEAD = 2 * _WIDEST  # how far past a wrap its next line is read
_LONG_LINE = 200  # a line this long may hold headings run together
# A site banner glued before the title: a name and the site's address.
_BANNER = re.compile(
    r"[^\n]{0,40}?(?:www\.|https?://)[A-Za-z0-9.\-/]+?\.(?:com|cn|net|org)(?:\.cn)?/?"
)
# A title glued to the body: …法治政府建设(工作)情况(的)报告, then the body at once.
_TITLE = re.compile(r"[^\n。:;]{2,60}?(?:法治|依法行政)[^\n。:;]{0,30}?报告(?![ ]?如下)")


def recover_layout(text: str) -> tuple[str, tuple[Diagnostic, ...]]:
    r"""Restore the line structure of a report whose lines were wrapped or run together.

    Args:
        text: Normalised text (see :func:`~fzbg.text.normalize.normalize`).

    Returns:
        The text with hard wraps joined and run-together headings split onto lines of
        their own, and a ``layout-joined`` and a ``layout-split`` diagnostic saying how
        many places changed (none when the text's layout was fine: then it is returned
        unchanged).

    Example:
        >>> wrapped = "\n".join([
        ...     "一、主要举措和成效",
        ...     "(一)加强组织领导。街道召开专题会议",
        ...     "研究部署法治政府建设工作,全年开展培训8",
        ...     "60人次,审查各类合同21件,群众满意度",
        ...     "持续提升。",
        ...     "(二)推进依法决策。严格落实重大行政决",
        ...     "策程序,全年审查重大决策事项12件。"])
        >>> text, notes = recover_layout(wrapped)
        >>> print(text)
        一、主要举措和成效
        (一)加强组织领导。街道召开专题会议研究部署法治政府建设工作,全年开展培训860人次,审查各类合同21件,群众满意度持续提升。
        (二)推进依法决策。严格落实重大行政决策程序,全年审查重大决策事项12件。
        >>> [(d.code, d.message[:12]) for d in notes]
        [('layout-joined', 'joined 4 wra')]
        >>> recover_layout("一、工作情况\n召开会议4次。") == ("一、工作情况\n召开会议4次。", ())
        True

    """
    lines = text.split("\n")
    longest = max(map(len, lines))
    wrapped = _wrap_mode(text, lines)
    together = longest >= _RUN_TOGETHER and longest >= _RUN_SHARE * len(text.strip())
    if wrapped is None and not together and text.count(" ") < _MIN_SPACES:
        return text, ()
    splits: list[str] = []
    if together:
        text = _split_title(text, splits)
    joins: list[str] = []
    if wrapped is None and (together or text.count(" ") >= _MIN_SPACES):
        wrapped = _wrap_mode(text, text.split("\n"), spaces=True)
    if wrapped is not None:
        text = _unwrap(text, wrapped, joins, splits)
    elif together:
        text = _split_spaces(text, splits)
    if together:
        text = _split_run_together(text, splits)
    notes = []
    if joins:
        notes.append(_note("layout-joined", f"joined {len(joins)} wrapped lines", joins))
    if splits:
        notes.append(_note("layout-split", f"split {len(splits)} run-together lines", splits))
    return text, tuple(notes)


def _note(code: str, message: str, examples: list[str]) -> Diagnostic:
    shown = " | ".join(examples[:3])
    return Diagnostic(code, f"{message}, as at: {shown}", None)


class _Width(NamedTuple):
    """The page's right edge: lines of ``width`` characters (exactly, or about) are full."""

    width: int
    exact: bool
    spaces: bool
    """A space stands at the wraps (and at the paragraphs' ends) instead of a line break."""

    def full(self, size: int, *, first: bool) -> bool:
        """Whether a line of ``size`` characters reaches the edge (a first line: indented)."""
        if self.exact:
            return size == self.width
        return self.width - (3 if first else 1) <= size <= self.width + 3


# What separates two lines of the page: a line break (with the spaces around it), or,
# on a page whose breaks were lost, a space.  Two breaks (a blank line) are never a wrap.
# An ideographic space is never a wrap: it is set on purpose (第一部分\u3000…, an indent).
_BREAKS = re.compile(r"[ \t\u3000]*(?:\n[ \t\u3000]*)+")
_SPACES = re.compile(r"[ \t]+")
_BREAKS_OR_SPACES = re.compile(r"[ \t\u3000]*(?:\n[ \t\u3000]*)+|[ \t]+")


def _inline(view: str, start: int, end: int) -> bool:
    """Whether the space between start and end stands beside a number or a Latin word."""
    return bool(_ASCII_WORD.match(view[start - 1]) or _ASCII_WORD.match(view, end))


def _segments(text: str, view: str, *, spaces: bool) -> list[str]:
    """The page's lines: split at line breaks, and at spaces between two Chinese words."""
    if not spaces:
        return [line.rstrip() for line in view.split("\n")]
    out, start = [], 0
    for found in _BREAKS_OR_SPACES.finditer(text):
        at, end = found.span()
        gap = found.group()
        if at and end < len(view) and ("\n" in gap or not _inline(view, at, end)):
            out.append(view[start:at])
            start = at + gap.rfind("\n") + 1 if "\n" in gap else end  # with its indent
    out.append(view[start:])
    return out


def _wrap_mode(text: str, lines: list[str], *, spaces: bool = False) -> _Width | None:
    """The page's width when the text is hard-wrapped, from every line's length."""
    if spaces:
        segments = _segments(text, fold(text), spaces=True)
    else:
        sizes = Counter(len(line) for line in lines if _NARROWEST <= len(line) <= _WIDEST + 3)
        if sum(sizes.values()) < _MIN_WRAPS:  # the usual case: paragraphs, not wrapped lines
            return None
        segments = _segments(text, fold(text), spaces=False)
    found = [s for s in segments if s.strip()]
    if len(found) <= _MIN_EXACT_WRAPS:
        return None
    return _exact_page(found, spaces=spaces) or _ragged_page(found, spaces=spaces)


def _unfinished(page: _Width, found: list[str]) -> list[bool]:
    """For each line, whether it is full and runs on into the next: a wrap."""
    return [
        page.full(len(line), first=False)
        and line[-1] not in _STOPS
        and not _breaks_after(page, line, after.lstrip(), indented=after[:1].isspace())
        for line, after in zip(found, found[1:], strict=False)
    ]


def _exact_page(found: list[str], *, spaces: bool) -> _Width | None:
    """A page cut at a fixed width: the unfinished lines near the edge all right at it."""
    sizes = Counter(
        len(s) for s in found if _NARROWEST <= len(s) <= _WIDEST and s[-1] not in _STOPS
    )
    if not sizes:
        return None
    width = max(sizes, key=lambda size: (sizes[size], size))
    near = sum(_unfinished(_Width(width - 4, exact=False, spaces=spaces), found))
    page = _Width(width, exact=True, spaces=spaces)
    wraps = sum(_unfinished(page, found))
    over = sum(1 for s in found if len(s) > width)
    if over > _OVERFLOW_SHARE * len(found):
        return None
    return page if wraps >= max(_MIN_EXACT_WRAPS, _EXACT_SHARE * near) else None


def _ragged_page(found: list[str], *, spaces: bool) -> _Width | None:
    """A page whose edge is ragged (a PDF's): most unfinished lines about one length."""
    sizes = Counter(len(s) for s in found if _NARROWEST <= len(s) <= _WIDEST)
    if not sizes:
        return None
    width = sizes.most_common(1)[0][0]
    page = _Width(width, exact=False, spaces=spaces)
    wrapped = _unfinished(page, found)
    wraps = sum(wrapped)
    over = sum(1 for s in found if len(s) > width + 3)
    if wraps < max(_MIN_WRAPS, _WRAP_SHARE * len(found)) or over > _OVERFLOW_SHARE * len(found):
        return None
    # A paragraph longer than two lines wraps twice in a row; headings stand alone.
    if not any(map(all, zip(wrapped, wrapped[1:], strict=False))):
        return None
    return page


def _full(page: _Width, line: str, gap: str, *, first: bool) -> bool:
    """Whether a line reaches the edge, with or without the spaces that end it."""
    size = len(line)
    return page.full(size, first=first) or page.full(
        size + len(gap) - len(gap.lstrip()), first=first
    )


def _breaks_after(page: _Width, line: str, after: str, *, indented: bool = False) -> bool:
    """Whether a full line still ends a paragraph: a heading, or the next opens one."""
    body = line.lstrip()
    if indented:
        return True  # the next line opens a paragraph
    shaped = _OPENS_POINT.match(body) or is_unnumbered_heading(body)
    if shaped and not _STOPPED.search(body) and not _unclosed(body):
        # An indented line whose next is not indented is a paragraph running on.
        return _heading_ends(page, body, after, continued=line[:1].isspace())
    if _TITLE.fullmatch(body) and not after.startswith("如下"):
        return True  # the title, as long as the page is wide
    # 1、 after a wrap stays run in, as the copy had it: only a heading breaks.
    if _HEADING.match(after) or _CLOSING.match(after) or _DATE.match(after):
        return True
    return line[-1] in _STOPS and bool(is_unnumbered_heading(_SPACE_RUN.split(after, 1)[0]))


def _unclosed(line: str) -> bool:
    """Whether a line opens a bracket or a quotation it does not close: it runs on."""
    return any(line.count(left) > line.count(right) for left, right in _PAIRS)


def _heading_ends(page: _Width, body: str, after: str, *, continued: bool) -> bool:
    """Whether a full line that opens with a marker and has no stop is a whole heading.

    It is not when the next line is the rest of its words, a short line with no stop
    (一、2024年推进法治政府建设的主要 / 举措和成效) or one no longer than a heading may
    be with them; nor, below the sections' 一、, when
    the next line is full too: then the line opens a long run-in point (2、宣传学习…为
    指引, / 精准把握…), which the copy cut at the edge.
    """
    rest = _SPACE_RUN.split(after, 1)[0]
    if _OPENS_POINT.match(rest):
        return True  # the heading's first point
    if continued:
        return False
    if not _STOPPED.search(rest) and len(rest) < len(body):
        return False  # the rest of the heading's words
    stop = _STOPPED.search(rest)
    if stop and stop.start() <= _TAIL:
        return False  # the last characters of a run-in heading: 促进权力规范运 / 行。
    head = _HEADING.match(body)
    if is_unnumbered_heading(body[head.end() :] if head else body):
        return True  # the words name a section: the heading is whole
    if not _STOPPED.search(rest) and len(body) + len(rest) <= LONGEST_HEADING:
        return False  # the rest of a long heading
    if head and not head.group("paren"):
        return True  # 一、 and 第一部分 open sections, whose headings stand alone
    return not page.full(len(rest), first=False)


def _unwrap(text: str, page: _Width, joins: list[str], splits: list[str]) -> str:
    """Join the lines broken at the page's edge; with spaces for breaks, split paragraphs."""
    view = fold(text)
    out: list[str] = []
    copied = start = 0
    first = True
    pattern = _BREAKS_OR_SPACES if page.spaces else _BREAKS
    for found in pattern.finditer(text):
        at, end = found.span()
        if not at or end == len(view):
            continue
        breaks = found.group().count("\n")
        line = view[start:at]
        start_next = at + found.group().rfind("\n") + 1 if breaks else end  # with its indent
        if breaks > 1:
            start, first = start_next, True
        elif _full(
            page, line, found.group(), first=first and not _inline(view, at, end)
        ) and not _breaks_after(
            page, line, view[end : end + _LOOK_AHEAD], indented=breaks > 0 and end > start_next
        ):
            joined = view[at - 1].isascii() and view[at - 1].isalpha() and view[end].isalpha()
            out += [text[copied:at], " " if joined and view[end].isascii() else ""]
            joins.append(text[max(at - 6, start) : at] + "⏎" + text[end : end + 6])
            copied, start, first = end, start_next, False
        elif breaks or not _inline(view, at, end):
            if not breaks:
                out += [text[copied:at], "\n"]
                splits.append(text[max(at - 6, start) : at] + "⏎" + text[end : end + 6])
                copied = end
            start, first = start_next, True
    out.append(text[copied:])
    return "".join(out)


def _split_spaces(text: str, splits: list[str]) -> str:
    """In a run-together body with no wraps, each space between Chinese words was a break."""
    view = fold(text)
    cuts = [
        found.span()
        for found in _SPACES.finditer(text)
        if found.start()
        and found.end() < len(text)
        and not _inline(view, *found.span())
        and _line_length(view, found.start()) >= _LONG_LINE
    ]
    if len(cuts) < _MIN_EXACT_WRAPS:
        return text
    for start, end in reversed(cuts):
        splits.append(text[max(start - 6, 0) : start] + "⏎" + text[end : end + 6])
        text = text[:start] + "\n" + text[end:]
    return text


def _line_length(view: str, at: int) -> int:
    """The length of the line that holds position ``at``."""
    end = view.find("\n", at)
    return (len(view) if end < 0 else end) - view.rfind("\n", 0, at) - 1


def _split_title(text: str, splits: list[str]) -> str:
    """Put a site banner and the title glued to the body of a long line on lines of their own."""
    view = fold(text)
    at = 0
    for _ in range(3):  # the title stands on one of the first lines (a file name may lead)
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
    title = _TITLE.match(view, at)
    if title and title.end() < len(view) and view[title.end()] not in "。,:;、)":
        cuts.append(title.end())
    for cut in reversed(cuts):
        gap = 1 if view[cut] == " " else 0
        splits.append(text[max(cut - 8, 0) : cut] + "⏎" + text[cut + gap : cut + gap + 6])
        text = text[:cut] + "\n" + text[cut + gap :]
    return text


# Where a heading or the closing runs on after a sentence, inside one long line.
_RUN_ON = re.compile(
    rf"(?<=[。!?;:])[ ]?(?=(?:{_HEADING.pattern})|特此(?:报告|汇报))"
    rf"|(?<=[^\s。!?;:])(?=\([{_CN}]{{1,3}}\))"  # (一) runs on from its section's heading
    rf"|(?<=特此报告。|特此汇报。)[ ]?(?=\S)"
    rf"|[ ](?=(?:{_DATE.pattern})[ ]?$)",
    re.VERBOSE | re.MULTILINE,
)


def _ordinal(numeral: str) -> int:
    """The value of a marker's Chinese numeral, 一 … 九十九."""
    tens, ten, units = numeral.rpartition("十")
    if not ten:
        return _CN.index(numeral) + 1 if len(numeral) == 1 else 0
    return (_CN.index(tens) + 1 if tens else 1) * 10 + (_CN.index(units) + 1 if units else 0)


def _level(found: re.Match[str]) -> tuple[int, int]:
    """A heading marker's level (0 part, 1 一、, 2 (一)) and ordinal."""
    for level, group in enumerate(("part", "dun", "paren")):
        numeral = found.group(group)
        if numeral:
            return level, _ordinal(numeral) if len(numeral) < 3 or "十" in numeral else 0
    return 3, 0  # pragma: no cover - one group always matches


def _split_run_together(text: str, splits: list[str]) -> str:
    """Split long lines where the next heading in sequence, or the closing, runs on."""
    view = fold(text)
    last = [0, 0, 0]  # the last ordinal seen at each level
    cuts: list[tuple[int, int]] = []
    at = 0
    for line in view.split("\n"):
        body = line.lstrip()
        head = _HEADING.match(body)
        if head:
            _advance(last, *_level(head))
        if len(line) >= _LONG_LINE:
            for found in _RUN_ON.finditer(line):
                head = _HEADING.match(line, found.end())
                if head is None or _advance(last, *_level(head)):
                    cuts.append((at + found.start(), at + found.end()))
        at += len(line) + 1
    for start, end in reversed(cuts):
        splits.append(text[max(start - 8, 0) : start] + "⏎" + text[end : end + 6])
        text = text[:start] + "\n" + text[end:]
    return text


def _advance(last: list[int], level: int, ordinal: int) -> bool:
    """Take a heading's ordinal when it follows the last one of its level; reset those below."""
    if ordinal != last[level] + 1:
        return False
    last[level] = ordinal
    for lower in range(level + 1, len(last)):
        last[lower] = 0
    return True

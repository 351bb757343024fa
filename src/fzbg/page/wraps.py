"""Hard wraps: find a page's right edge from its lines, and join the lines broken there.

Text pulled out of a PDF or a Word file keeps a break at every old wrap point of the
page, inside words and numbers (``开展培训8`` / ``60人次``): a line break, or a space when
the copy lost its line breaks too.  :func:`page_width` decides from every line of the
text whether it is so wrapped, and where the edge stands; :func:`unwrap` joins what the
edge broke.  :func:`fzbg.page.layout.recover_layout` runs both.

A printed page's edge is measured in columns as well as characters (see
:mod:`fzbg.page.width`), and a paragraph broken at a page's foot is joined across the
page number and running head between its halves, by the rules of a wrap inside a page.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter

from fzbg.genre.chrome import CHROME, PAGE_NUMBER
from fzbg.genre.cues import ANY_HEADING_CUE, CLOSING_WORDS, LONGEST_HEADING, is_unnumbered_heading
from fzbg.genre.dates import BASIS_WORDS
from fzbg.genre.markers import PART_NOUNS
from fzbg.genre.printed import PRINT_HEADER
from fzbg.page.debris import LOST_INDENT
from fzbg.page.furniture import furniture_lines
from fzbg.page.gaps import BREAKS, BREAKS_OR_SPACES, inline, page_lines, without_rows
from fzbg.page.joined import JoinedText, past_furniture
from fzbg.page.width import Width, columns
from fzbg.text.normalize import fold
from fzbg.text.openings import literal_openings

_PAGE_NUMBER = re.compile(PAGE_NUMBER)  # cut by the page stage: never part of a wrap
_PRINT_HEADER = re.compile(PRINT_HEADER)
# The words every cue opens with: a line where none stands is no unnumbered heading, and
# a sentence where none stands before its stop opens no section by a cue (the seams).
# (Their characters are never a stop or a space; else no words.)
_CUE_WORDS = literal_openings(ANY_HEADING_CUE.pattern)
CUE_OPENING = (
    re.compile("|".join(map(re.escape, _CUE_WORDS)))
    if _CUE_WORDS and not any(char in word for word in _CUE_WORDS for char in "。!;:? \t")
    else None
)

__all__ = [
    "CLOSING",
    "CN",
    "CUE_OPENING",
    "DATE",
    "HEADING",
    "MIN_WRAPS",
    "STOPS",
    "TITLE",
    "TITLE_WORDS",
    "Width",
    "page_width",
    "unwrap",
]

# TODO(markers): use genre.markers — the marker shapes below restate lex's styles.
CN = "一二三四五六七八九十"  # the numerals of markers
# A heading's marker: 一、 (level 1), (一) (level 2), 第一部分 (a part, level 0).
HEADING = re.compile(
    rf"""(?:(?P<dun>[{CN}]{{1,3}})[ ]?、      # 一、
       | \(?[ ]?(?P<paren>[{CN}]{{1,3}})[ ]?\) # (一), folded （一）, 一) that lost its (
       | 第(?P<part>[{CN}]{{1,3}})(?:{PART_NOUNS}) # 第一部分, 第一章
    )""",
    re.VERBOSE,
)
# Any other line-opening marker: 1、 1. (1) ①.  Not 一是: a run-in point stays run in.
_OTHER_MARKER = re.compile(r"(?:\d{1,2}[、.](?![\d.])|\(?\d{1,2}\)|[①-⑳])")
# A line opening with any marker, 一是 too: with no stop in it, it is a heading.
_OPENS_POINT = re.compile(rf"{HEADING.pattern}|{_OTHER_MARKER.pattern}|[{CN}]{{1,3}}是", re.VERBOSE)
# What opens the closing: 特此报告, and a date line (2025年1月10日) standing alone.
CLOSING = re.compile(CLOSING_WORDS)
DATE = re.compile(
    r"(?:(?:19|20)\d\d|[〇零一二][〇零一二三四五六七八九]{3})[ ]?年"
    r"[ ]?[\d〇零一二三四五六七八九十]{1,3}[ ]?月[ ]?[\d〇零一二三四五六七八九十]{1,3}[ ]?日"
)
# What opens a paragraph after a full line: a heading or the closing.
_OPENS_PARAGRAPH = re.compile(rf"{HEADING.pattern}|{CLOSING.pattern}|{DATE.pattern}", re.VERBOSE)
STOPS = frozenset("。!?;:")  # on the folded view: a line ending in one ends a sentence
_STOPPED = re.compile("[。!?;:]")
_SPACE_RUN = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_TAIL = 4  # a wrap this close before a stop cut a phrase, not a heading from its body
_PAIRS: tuple[tuple[str, str], ...] = (("《", "》"), ("(", ")"), ("“", "”"))  # on the folded view

# A wrapped page: lines reach its right edge, between these many characters.
_NARROWEST, _WIDEST = 12, 80
MIN_WRAPS, _WRAP_SHARE = 5, 0.3  # so many lines (and this share of them) end at the edge
_MIN_EXACT_WRAPS = 3  # as many where every line ends at the edge or before it
_EXACT_SHARE = 0.8  # and of the unfinished lines near the edge, this share right at it
_OVERFLOW_SHARE = 0.15  # a wrapped page has few lines longer than its edge
_LOOK_AHEAD = 2 * _WIDEST  # how far past a wrap its next line is read
# A title glued to the body (…法治政府建设情况的报告, the body at once); its words to the last.
TITLE_WORDS = rf"(?!{BASIS_WORDS}|对照|现将)[^\n。:;]{{2,60}}?(?:法治|依法行政)[^\n。:;]{{0,30}}?"
TITLE = re.compile(rf"{TITLE_WORDS}报告(?![ ]?如下)")


def page_width(text: str, lines: list[str], *, spaces: bool = False) -> Width | None:
    """The page's width when the text is hard-wrapped, from every line's length but rows'."""
    if (bare := without_rows(text)) is not text:  # a table's rows are no evidence
        text, lines = bare, bare.split("\n")
    if spaces:
        # A space for every line of the page, or the copy did not lose its breaks to them.
        if text.count(" ") < max(MIN_WRAPS, len(text) // (2 * _WIDEST)):
            return None
        segments = page_lines(text, fold(text), spaces=True)
        edge = _edge(segments)
        if edge and max(map(len, segments)) > edge:
            # Lines longer than the edge may hold a wrap beside a number (合同2 1件): cut
            # there too, when then no line is longer than the edge, the page is plain.
            cut = page_lines(text, fold(text), spaces=True, edge=edge)
            segments = cut if max(map(len, cut)) <= edge else segments
    else:
        # The usual case: paragraphs longer than any page is wide, not wrapped lines.
        sizes = [len(line) for line in lines if line]
        over = sum(size > _WIDEST + 3 for size in sizes)
        if len(sizes) <= MIN_WRAPS or over > _OVERFLOW_SHARE * len(sizes):
            return None
        segments = page_lines(text, fold(text), spaces=False)
    found = [s for s in segments if s.strip() and not CHROME.match(s)]  # nor is chrome
    if len(found) <= _MIN_EXACT_WRAPS:
        return None
    printed = _set_in_columns(found)
    exact = None if printed else _exact_page(found, spaces=spaces)
    return exact or _ragged_page(found, spaces=spaces, printed=printed)


def _edge(segments: list[str]) -> int:
    """The length most of the unfinished lines share, when it is plain (0 when not)."""
    sizes = Counter(
        len(s) for s in segments if _NARROWEST <= len(s) <= _WIDEST and s[-1] not in STOPS
    ).most_common(1)
    return sizes[0][0] if sizes and sizes[0][1] >= _MIN_EXACT_WRAPS else 0


def _set_in_columns(found: list[str]) -> bool:
    """Whether the unfinished lines share a printed width more than a count of characters.

    A program cuts a text at so many characters; a printer sets it in columns, where a
    line with numbers holds more characters (a page of figures: most of its lines).
    """
    lines = [s for s in found if _NARROWEST <= len(s) <= _WIDEST and s[-1] not in STOPS]
    if not lines:
        return False
    sizes = Counter(len(s) for s in lines).most_common(1)[0][1]
    return Counter(math.ceil(columns(s)) for s in lines).most_common(1)[0][1] > sizes


def _full_lines(page: Width, found: list[str]) -> list[int]:
    """Where the lines are that reach the edge and end no sentence (the last one aside)."""
    full = page.full
    return [
        at
        for at, line in enumerate(itertools.islice(found, len(found) - 1))
        if full(line, first=False) and line[-1] not in STOPS
    ]


def _unfinished(page: Width, found: list[str], full: list[int] | None = None) -> list[bool]:
    """For each line, whether it is full and runs on into the next: a wrap.

    ``full`` is :func:`_full_lines`, when the caller has it.
    """
    wrapped = [False] * (len(found) - 1)
    for at in _full_lines(page, found) if full is None else full:
        after = found[at + 1]
        indented = after[:1].isspace() or _lost_indent(after)
        wrapped[at] = not _breaks_after(page, found[at], after.lstrip(), indented=indented)
    return wrapped


def _repeated(found: list[str], full: list[int]) -> bool:
    """Whether the full lines are one line repeated (chrome): then none is a wrap."""
    return len({found[at] for at in full}) <= 1


def _distinct(found: list[str], wrapped: list[bool]) -> int:
    """How many lines are wraps; none when one line repeated down the page (chrome) is."""
    count = sum(wrapped)
    once = {line for line, wrap in zip(found, wrapped, strict=False) if wrap}
    return count if len(once) > 1 else 0


def _exact_page(found: list[str], *, spaces: bool) -> Width | None:
    """A page cut at a fixed width: the unfinished lines near the edge all right at it."""
    sizes = Counter(len(s) for s in found if _NARROWEST <= len(s) <= _WIDEST and s[-1] not in STOPS)
    if not sizes:
        return None
    width = max(sizes, key=lambda size: (sizes[size], size))
    page = Width(width, exact=True, spaces=spaces)
    over = sum(1 for s in found if len(s) > width)
    full = _full_lines(page, found)
    if over > _OVERFLOW_SHARE * len(found) or _repeated(found, full):
        return None
    wraps = _distinct(found, _unfinished(page, found, full))
    if wraps < _MIN_EXACT_WRAPS:
        return None
    near = sum(_unfinished(Width(width - 4, exact=False, spaces=spaces), found))
    return page if wraps >= _EXACT_SHARE * near else None


def _ragged_page(found: list[str], *, spaces: bool, printed: bool) -> Width | None:
    """A page whose edge is ragged (a PDF's): most unfinished lines about one length.

    The length is a count of characters, or, on a page ``printed`` in columns (see
    :func:`_set_in_columns`), of columns.
    """
    measure = columns if printed else len
    sizes = Counter(math.ceil(measure(s)) for s in found if _NARROWEST <= len(s) <= _WIDEST)
    if not sizes:
        return None
    width = sizes.most_common(1)[0][0]
    page = Width(width, exact=False, spaces=spaces, columns=True)
    over = sum(1 for s in found if measure(s) > width + 3)
    full = _full_lines(page, found)
    if over > _OVERFLOW_SHARE * len(found) or _repeated(found, full):
        return None
    wrapped = _unfinished(page, found, full)
    if _distinct(found, wrapped) < max(MIN_WRAPS, _WRAP_SHARE * len(found)):
        return None
    # A paragraph longer than two lines wraps twice in a row; headings stand alone.
    if not any(map(all, itertools.pairwise(wrapped))):
        return None
    return page


def _full(page: Width, line: str, gap: str, *, first: bool) -> bool:
    """Whether ``line`` reaches the edge, with or without the spaces ending it."""
    return page.full(line, first=first) or page.full(line + gap, first=first)


def _lost_indent(after: str) -> bool:
    """Whether a line opens with indentation that a page lost to ``??`` (a new paragraph)."""
    return after.startswith("?") and LOST_INDENT.match("\n" + after, 1) is not None


def _heading_shaped(body: str) -> bool:
    """Whether a line opens with a marker or a section's words and has no stop: a heading."""
    if _STOPPED.search(body):  # the cheap test first
        return False
    shaped = _OPENS_POINT.match(body) or _names_section(body)
    return bool(shaped) and not _unclosed(body)


def _names_section(body: str) -> bool:
    """Whether a line is an unnumbered heading (a scan's space may part its words)."""
    if CUE_OPENING is not None and " " not in body and CUE_OPENING.search(body) is None:
        return False  # no cue's first word: no heading
    return is_unnumbered_heading(body) is not None


def _breaks_after(page: Width, line: str, after: str, *, indented: bool = False) -> bool:
    """Whether a full line still ends a paragraph: a heading, or the next opens one."""
    body = line.lstrip()
    if indented or _PAGE_NUMBER.fullmatch(after.partition("\n")[0].strip()):
        return True  # the next line opens a paragraph, or is a page number between pages
    if body[:4].isdigit() and _PRINT_HEADER.match(body):
        return True  # a browser's print header (2024/3/15 09:32 …): the title stands below
    if _heading_shaped(body):
        # An indented line whose next is not indented is a paragraph running on.
        return _heading_ends(page, body, after, continued=line[:1].isspace())
    # (TITLE ends in 报告: a line that does not is none, found without trying it)
    if body.endswith("报告") and TITLE.fullmatch(body) and not after.startswith("如下"):
        return True  # the title, as long as the page is wide
    # 1、 after a wrap stays run in, as the copy had it: only a heading breaks.
    if _OPENS_PARAGRAPH.match(after):
        return True
    if line[-1] not in STOPS:
        return False
    point = _OTHER_MARKER.match(after)
    if point:
        # 1、 after a sentence: its own line when that line is short or ends a sentence
        # (a heading, a one-line point), or when the line before opens with a point of
        # the same style (1) … / 2) …); run in when it runs on past the edge.
        rest = _SPACE_RUN.split(after, 1)[0]
        before = _OTHER_MARKER.match(line.lstrip())
        if before and _style(before.group()) == _style(point.group()):
            return True
        return not page.full(rest, first=False) or rest[-1:] in STOPS
    return bool(is_unnumbered_heading(_SPACE_RUN.split(after, 1)[0]))


def _style(marker: str) -> str:
    """A marker's style: the marker without its number (1、 and 2、 are one style)."""
    return _DIGITS.sub("", marker)


def _unclosed(line: str) -> bool:
    """Whether a line opens a bracket or a quotation it does not close: it runs on."""
    return any(line.count(left) > line.count(right) for left, right in _PAIRS)


def _heading_ends(page: Width, body: str, after: str, *, continued: bool) -> bool:
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
    head = HEADING.match(body)
    if is_unnumbered_heading(body[head.end() :] if head else body):
        return True  # the words name a section: the heading is whole
    if not _STOPPED.search(rest) and len(body) + len(rest) <= LONGEST_HEADING:
        return False  # the rest of a long heading
    if head and not head.group("paren"):
        return True  # 一、 and 第一部分 open sections, whose headings stand alone
    return not page.full(rest, first=False)


def _continues(page: Width, line: str, after: str) -> bool:
    """Whether the line after a page's furniture goes on with the line broken before it.

    It does when it reaches the edge too or ends a sentence, or when the line before is
    a heading (then :func:`_breaks_after` has decided).  Else a short line with no stop at
    the top of a page is a running head printed on too few pages to be known as one, or
    a heading: the sentence before it goes on below it, or ended.
    """
    body = line.lstrip()
    lost = LOST_INDENT.match("\n" + body, 1)
    if _heading_shaped(body[lost.end() - 1 :] if lost else body):
        return True
    line = after.partition("\n")[0].rstrip()
    return len(line) > page.width or page.full(line, first=False) or line[-1:] in STOPS


def unwrap(text: str, page: Width, joins: list[str], splits: list[str]) -> str:
    """Join the lines broken at the page's edge; with spaces for breaks, split paragraphs.

    A paragraph broken at a page's foot is joined like one broken inside the page: the
    page number and the running head between its halves (see
    :func:`~fzbg.page.furniture.furniture_lines`) are moved to follow the paragraph,
    where the page stage cuts them as it cuts any furniture.
    """
    view = fold(text)
    # A line as wide as the page is text, though it recur under page numbers (a point's
    # heading repeated in two sections); a running head is short.
    furniture = {
        at: end
        for at, end in furniture_lines(view).items()
        if not page.full(view[view.rfind("\n", 0, at) + 1 : end], first=True)
    }
    copy = JoinedText(text)
    start, resume, first, size = 0, 0, True, len(view)
    for found in (BREAKS_OR_SPACES if page.spaces else BREAKS).finditer(text):
        at, end = found.span()
        if not at:  # blank lines above the text: its first line starts below them
            start = view.rfind("\n", 0, end) + 1
        if at < resume or not at or end == size:
            continue
        gap = found.group()
        breaks = gap.count("\n")
        over: list[str] = []
        if end in furniture:  # blank lines around a page's foot are no paragraph's end
            end, over = past_furniture(text, end, furniture)
            resume, breaks = end, 1
            if end == size:
                continue
        start_next = view.rfind("\n", 0, end) + 1 if breaks else end  # with its indent
        if breaks > 1:
            copy.end_paragraph(at)
            start, first = start_next, True
        elif (
            # (a full line is short: slicing it costs little)
            _full(page, line := view[start:at], gap, first=first and not inline(view, at, end))
            and not _breaks_after(
                page,
                line,
                after := view[end : end + _LOOK_AHEAD],
                indented=end > start_next or _lost_indent(view[end : end + 9]),
            )
            and (not over or _continues(page, line, after))
        ):
            joined = view[at - 1].isascii() and view[at - 1].isalpha() and view[end].isalpha()
            copy.join(at, end, " " if joined and view[end].isascii() else "", over)
            joins.append(text[max(at - 6, start) : at] + "⏎" + text[end : end + 6])
            start, first = start_next, False
        elif breaks or not inline(view, at, end):
            if breaks:
                copy.end_paragraph(at)
            else:
                copy.split(at, end)
                splits.append(text[max(at - 6, start) : at] + "⏎" + text[end : end + 6])
            start, first = start_next, True
    return copy.done()

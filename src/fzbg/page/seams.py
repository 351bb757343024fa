"""Seams: where a copy that lost its line breaks glued a heading to the words around it.

Headings carry no closing punctuation, so a copy that lost its line breaks runs each one
straight into its first sentence (``一、2024年工作总结某镇认真贯彻……``), and an unnumbered
heading or the lead of a section sits between two sentences with nothing to mark it
(``……合法合规。2025年度推进法治政府建设的主要安排街道进一步……``).  The seam is found
from the genre's ways of opening a paragraph (:data:`~fzbg.genre.openers.BODY_OPENS`)
and of naming a section (:mod:`fzbg.genre.cues`), and a line break is put there.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

import regex

from fzbg.genre.chrome import PAGE_NUMBER
from fzbg.genre.cues import ANY_HEADING_CUE, LONGEST_HEADING, classify_lead, is_unnumbered_heading
from fzbg.genre.openers import (
    BODY_END,
    BODY_LAST,
    BODY_OPENS,
    HEADING_FINAL,
    MIN_BODY_SENTENCE,
    MIN_HEAD,
    NAME_REACH,
    SEAM_ANCHOR,
    SELF_NAMED,
    STRONG_OPENS,
    STRONG_WORDS,
)
from fzbg.model import SectionKind
from fzbg.page.glued import STOPS as _STOPS
from fzbg.page.glued import glued_closing, glued_points, glued_tools
from fzbg.page.kept_spaces import gap_seam, opened_gap, read_closed, spaces_kept
from fzbg.page.named import named_after
from fzbg.page.run_in_parts import run_in_parts
from fzbg.page.wraps import CUE_OPENING, HEADING
from fzbg.text.normalize import fold

__all__ = ["cut", "split_heading_ends", "split_page_numbers", "split_sections_run_on"]

_LONGEST_HEAD = 64  # the longest heading a seam may end (the genre's run to about 60)
_LOOKAHEAD = 16  # how far past a seam BODY_OPENS reads: a body's name and its verb
_MIN_RUN_ON = 12  # a line shorter than this holds no heading and a sentence run on from it
# A sentence's stop; ?? is lost indentation, not a question.  The pattern opens with the
# class of its character, which re scans for at speed, and reads back what it was.
_STOP = re.compile(r"[。!;:?](?<!\?\?)(?!(?<=\?)\?)")
_SPACE = re.compile("[ ]+")
# A line that opens with a heading's marker, after its indent: the first line, and each
# line after a line break (which the scan looks for at speed).
_HEADING_LINE = re.compile(rf"(?P<line>[^\S\n]*+(?:{HEADING.pattern}))", re.VERBOSE)
_HEADING_LINE_ON = re.compile(rf"\n{_HEADING_LINE.pattern}", re.VERBOSE)
_SENTENCE_END = re.compile("[。!?]")
# The first point of a section run on after its heading: 三、2024年工作安排(一)持续推进…
# Its ( may be lost with the break (…成效一)纵深推进…), where 一 ends no word (统一).
_RUN_ON_POINT = re.compile(r"[ ]?\((?:一|1)\)|(?<![0-9])1、|(?<![\(第统同唯之万十])一\)(?=\w)|①")
# What follows the colon of a section's lead: its first point.
_FIRST_POINT = re.compile(r"[ ]?(?:一是|首先|第一[,、]|\(?[一1][)、.]|①)")
# A page number a run-together copy of a printed report glued between two words.
_INLINE_PAGE_NUMBER = re.compile(rf"(?<![0-9])(?:{PAGE_NUMBER})(?![0-9])")
_LONGEST_GAP = 8  # spaces around a glued page number that give way to its line breaks
# A 一、 heading glued after the sentence before it, its words the rest of the line: a copy
# lost the break after the preamble's "现将有关情况报告如下:" or a paragraph's 。.
# The pattern opens with its 、, which re finds at speed, and reads back for the rest.
_N = "[一二三四五六七八九十]"
_GLUED_HEADING = re.compile(
    f"、(?:(?<=[。:;!]{_N}、)|(?<=[。:;!] {_N}、)|(?<=[。:;!]{_N} 、)|(?<=[。:;!]{_N}{_N}、))"
)
# ...or glued straight after a word, where the copy lost the stop too (…推动工作落实二、
# 存在的不足): from 二、 on, never after a numeral or 第 (统一、 第二、), and only as a
# whole line's heading.
_GLUED_UNSTOPPED = re.compile(
    "、(?<=[\u4e00-\u9fff][二三四五六七八九]、)(?<![一二三四五六七八九十第][二三四五六七八九]、)"
)
# Where either may stand: a 、 right after a numeral, or after a numeral and a space.  Most
# 、 stand after a word (教育、培训): one scan for these few is all the rest reads.
_AFTER_NUMERAL = re.compile(f"、(?:(?<={_N}、)|(?<={_N} 、))")
_GLUED_REACH = 160  # how much of its line a glued heading's words and seam are read in
# The same cues compiled by re, which searches their plain alternation faster.
_ANY_CUE = re.compile(ANY_HEADING_CUE.pattern)
_LEAD_KINDS = (SectionKind.SHORTCOMINGS, SectionKind.PLANS)
_LONGEST_LEAD = 80  # a section's lead is one sentence


def cut(text: str, cuts: list[tuple[int, int]], splits: list[str]) -> str:
    """Put a line break in place of each cut (start, end), in order; note each place."""
    kept: list[str] = []  # the pieces between the cuts, joined by the line breaks
    copied = 0
    for start, end in cuts:
        splits.append(text[max(start - 8, 0) : start] + "⏎" + text[end : end + 6])
        kept.append(text[copied:start])
        copied = end
    kept.append(text[copied:])
    return "\n".join(kept)


def split_heading_ends(
    text: str, splits: list[str], *, together: bool = True, gaps: bool | None = None
) -> str:
    """Put a line break where a numbered heading runs on into its first sentence.

    >>> print(split_heading_ends("一、存在的问题与不足一是全镇法治宣传的力度还不够大。", []))
    一、存在的问题与不足
    一是全镇法治宣传的力度还不够大。
    """
    if gaps is None:  # (a caller that split a copy's spaces read them before)
        gaps = spaces_kept(text)
    text = _split_glued_points(_split_glued_headings(text, splits, gaps=gaps), splits)
    text = _split_glued_closing(text, splits)
    view = fold(text)
    if parts := run_in_parts(view):  # 。二是存在的不足。: a part run in as a point
        view = fold(text := cut(text, parts, splits))
    cuts: list[tuple[int, int]] = []
    first = _HEADING_LINE.match(view)
    for found in itertools.chain((first,) if first else (), _HEADING_LINE_ON.finditer(view)):
        at, end = found.start("line"), view.find("\n", found.end())
        line = view[at : len(view) if end < 0 else end]
        if len(line) > _MIN_RUN_ON:
            head = found.end() - at  # where the marker ends
            seam = heading_seam(line, head, verbs=together, gaps=gaps)
            if seam is not None:  # the spaces before the seam, if any, give way to the break
                cuts.append((at + _before_spaces(line, seam), at + seam))
    return cut(text, cuts, splits) if cuts else text


def _split_glued_headings(text: str, splits: list[str], *, gaps: bool = True) -> str:
    """Put a 一、 heading glued after the sentence before it on a line of its own.

    Only where its words name a section (see :func:`~fzbg.genre.cues.is_unnumbered_heading`)
    and end the line, or run on into a first point or sentence that
    :func:`split_heading_ends` then splits off: an enumeration run into a sentence
    (如下:一、加强领导;二、……) stays.

    >>> print(_split_glued_headings("现将有关情况报告如下:一、主要举措和成效", []))
    现将有关情况报告如下:
    一、主要举措和成效
    """
    if "、" not in text:
        return text
    view = fold(text)
    places = [found.start() for found in _AFTER_NUMERAL.finditer(view)]
    cuts: list[tuple[int, int]] = []
    for found in filter(None, (_GLUED_HEADING.match(view, at) for at in places)):
        at = found.start()  # back from the 、 to the stop: the marker starts after it
        while view[at - 1] not in _STOPS:
            at -= 1
        stop = at - 1
        at += view[at] == " "
        end = view.find("\n", at, at + _GLUED_REACH)  # no further: a heading is short
        line = view[at : at + _GLUED_REACH if end < 0 else end]
        if _names_a_section(line, found.end() - at, gaps=gaps):
            cuts.append((stop + 1, at))
    for found in filter(None, (_GLUED_UNSTOPPED.match(view, at) for at in places)):
        at = found.start() - 1  # the marker's numeral
        end = view.find("\n", at, at + LONGEST_HEADING + 2)
        if end < 0 and len(view) - at <= LONGEST_HEADING + 2:
            end = len(view)  # the text's last line
        words = view[at + 2 : end] if end >= 0 else ""
        if words and _STOP.search(words) is None and is_unnumbered_heading(words) is not None:
            cuts.append((at, at))
    cuts.sort()
    return cut(text, cuts, splits) if cuts else text


def _split_glued_points(text: str, splits: list[str]) -> str:
    """Put each point glued after a word on a line of its own (see :func:`glued_points`)."""
    if ")" not in text and "）" not in text:
        return text
    cuts = glued_points(fold(text))
    return cut(text, cuts, splits) if cuts else text


def _split_glued_closing(text: str, splits: list[str]) -> str:
    """Put a closing or a page's chrome glued after the text's last sentence on lines of its own."""
    cuts = glued_tools(text) or glued_closing(text)
    return cut(text, cuts, splits) if cuts else text


def _names_a_section(line: str, head: int, *, gaps: bool) -> bool:
    """Whether the words of a heading line (its marker ends at ``head``) name a section.

    They end at the line's end, a 。 or : , or where a first point or sentence runs on.
    """
    stop = _STOP.search(line, head)
    if stop is not None and stop.group() not in "。:":
        return False  # 一、……;二、……: points of a list
    end = len(line) if stop is None else stop.start()
    seam = heading_seam(line, head, verbs=False, gaps=gaps) if len(line) > _MIN_RUN_ON else None
    if seam is not None:
        end = min(end, seam)
    return end - head <= LONGEST_HEADING and is_unnumbered_heading(line[head:end]) is not None


def split_sections_run_on(text: str, splits: list[str], *, gaps: bool = True) -> str:
    r"""Put an unnumbered heading, or a section's lead, run on after a sentence on its own line.

    >>> text = "全年审查合同12件。" * 20 + "2025年工作安排2025年,本镇将继续推进依法行政。"
    >>> print(split_sections_run_on(text, []).split("\n", 1)[1])
    2025年工作安排
    2025年,本镇将继续推进依法行政。
    """
    view = fold(text)
    cuts: list[tuple[int, int]] = []
    at = 0
    for line in view.split("\n"):
        if len(line) > _MIN_RUN_ON and _SENTENCE_END.search(line):
            ends = [found.end() for found in _SENTENCE_END.finditer(line)]
            for start in _sentences_to_read(line, ends):
                cuts += ((at + a, at + b) for a, b in _section_opening(line, start, gaps))
        at += len(line) + 1
    return cut(text, cuts, splits) if cuts else text


def split_page_numbers(text: str, splits: list[str]) -> str:
    """Put each page number run together with the words around it on a line of its own.

    The page stage then cuts it as it cuts any page number (``page-number`` debris).

    >>> print(split_page_numbers("全年审查合同21件。-3-二、存在的不足", []))
    全年审查合同21件。
    -3-
    二、存在的不足
    """
    view = fold(text)
    size = len(view)
    cuts: list[tuple[int, int]] = []
    for found in _INLINE_PAGE_NUMBER.finditer(view):
        start, end = found.span()
        before, after = start, end  # past the spaces around it, a few at most
        if start and view[start - 1] == " ":
            gap = view[max(0, start - _LONGEST_GAP) : start]
            before -= len(gap) - len(gap.rstrip(" "))
        if end < size and view[end] == " ":
            gap = view[end : end + _LONGEST_GAP]
            after += len(gap) - len(gap.lstrip(" "))
        if before and view[before - 1] != "\n":
            cuts.append((before, start))
        if after < size and view[after] != "\n":
            cuts.append((end, after))
    return cut(text, cuts, splits) if cuts else text


def _sentences_to_read(line: str, ends: list[int]) -> list[int]:
    """Of the sentences' ``ends``, those :func:`_section_opening` may find a section after.

    It reads from a sentence's end up to the next stop, and finds an opening only where
    that stop is a colon or missing, or where a cue's first word stands before it: the
    sentences ending between two stops with neither are not read.
    """
    if CUE_OPENING is None:
        return ends
    stops = [found.start() for found in _STOP.finditer(line)]
    # By the index of the stop a stretch runs up to (or past the last one): how far into
    # it the sentences that may open a section end.  After a colon or past the last stop,
    # any; else up to the last cue's first word in it.
    hits = [found.start() for found in CUE_OPENING.finditer(line)]
    # (in order: a later word in a stretch overrides an earlier one, a colon any word)
    reach = dict(zip(map(functools.partial(bisect.bisect_left, stops), hits), hits, strict=True))
    reach.update((k, at) for k, at in enumerate(stops) if line[at] == ":")
    reach[len(stops)] = len(line)
    out: list[int] = []
    for k in sorted(reach):
        low = stops[k - 1] if k else -1
        out += ends[bisect.bisect_right(ends, low) : bisect.bisect_right(ends, reach[k])]
    return out


def _before_spaces(line: str, at: int) -> int:
    """Where the spaces that end at ``at`` start (``at`` when there are none)."""
    while at > 0 and line[at - 1] == " ":
        at -= 1
    return at


def _section_opening(line: str, start: int, gaps: bool) -> list[tuple[int, int]]:
    """Where a section opens after the sentence that ends at ``start``, around its heading."""
    while start < len(line) and line[start] == " ":
        start += 1
    stop = _STOP.search(line, start)
    if stop is None:  # the line ends with the heading, when it is one
        rest = line[start:].rstrip(" ")
        return [(start, start)] if rest and is_unnumbered_heading(rest) is not None else []
    if (
        stop.group() == ":"
        and stop.start() - start <= _LONGEST_LEAD
        and _FIRST_POINT.match(line, stop.end())
        and classify_lead(line[start : stop.start()]) in _LEAD_KINDS
    ):
        return [(start, start)]
    reach = min(stop.start(), start + LONGEST_HEADING)
    if _ANY_CUE.search(line, start, reach) is None:
        return []  # no words that name a section: no heading
    # The heading's end is a space when the copy kept one, else a seam in the words.
    space = _SPACE.search(line, start, reach) if gaps else None
    found = space.start() if space else _seam(line, start, stop.start(), gaps=gaps)
    if found is None or is_unnumbered_heading(line[start:found]) is None:
        return []
    return [(start, start), (found, space.end() if space else found)]


def heading_seam(line: str, head: int, *, verbs: bool, gaps: bool = True) -> int | None:
    """Where a heading line's words (past its marker, at ``head``) give way to what follows."""
    stop = _STOP.search(line, head)
    end = len(line) if stop is None else stop.start()
    if not gaps and " " in line:  # no break kept as a space: a scan's, unless a paragraph opens
        seam = read_closed(line, head, functools.partial(heading_seam, verbs=verbs))
        last = min(end, head + _LONGEST_HEAD)  # a sentence after the space: to its stop
        opened = None if stop is None else opened_gap(line, head + MIN_HEAD, last, end)
        return seam if opened is None or (seam is not None and seam < opened) else opened
    seam = None if stop is None else _seam(line, head, end, verbs=verbs, gaps=gaps)
    if seam is not None and verbs:  # a verb's seam may stand inside the heading's words
        seam = named_after(line, head, seam, min(end, head + _LONGEST_HEAD))
    first, last = head + MIN_HEAD, min(end if seam is None else seam, head + _LONGEST_HEAD)
    if (
        line.find("(", first, last) < 0
        and line.find("1、", first, last) < 0
        and line.find("一)", first, last) < 0
        and line.find("①", first, last) < 0
    ):
        return seam  # most lines: no first point where one may run on (see _RUN_ON_POINT)
    if point := _RUN_ON_POINT.search(line, first, last):
        return point.start() + (line[point.start()] == " ")  # a heading never holds one
    return seam


def _seam(line: str, start: int, stop: int, *, verbs: bool = True, gaps: bool = True) -> int | None:
    """Where a heading's words (from ``start``) stop and its paragraph's begin, before ``stop``."""
    # The seam nearest the paragraph's first verb.  At one verb: the longest name a body
    # calls itself by (原因|省委、省政府, 基础|街道党工委); else a heading's last word before
    # the name (总结|某镇认真, 推进|自治区党委); else the shortest name.  In a text whose
    # lines are whole, a verb alone is no seam.
    last = start + _LONGEST_HEAD  # no seam after a heading's longest
    if gaps and (gap := gap_seam(line, start + MIN_HEAD, min(stop, last), stop)) is not None:
        return gap  # a space the copy kept between two words: the lost break
    # Up to a body's longest name and its verb past the last seam: what a lookahead reads.
    window = min(stop, last + _LOOKAHEAD)
    anchor = SEAM_ANCHOR.search(line, start + MIN_HEAD, window)
    if anchor is None:
        return None
    # Each place is tried in turn, as an overlapped scan would (the lookaheads read up to
    # the window).  A seam's key opens with its verb's place, never before its own: once
    # the places reach the best key, none can beat it.  Past the last place that leaves a
    # sentence of its own, only a strong opening counts.
    best: tuple[int, int, int, int, int] | None = None
    at = max(start + MIN_HEAD, anchor.start() - NAME_REACH)
    sentence = min(last + 1, stop - MIN_BODY_SENTENCE + 1)
    if not verbs and not (BODY_END.search(line, at, window) or _strong(line, at, window)):
        return None  # where a verb alone is no seam, none without a strong opening or a name
    if at < anchor.start() < sentence and line[anchor.start() - 1] not in BODY_LAST:
        # A place before the anchor opens only a name read up to a verb after it (none ends
        # right before it): when the anchor opens a seam itself, that name cannot beat it.
        found = BODY_OPENS.match(line, anchor.start(), window)
        seam = None if found is None else _seam_key(line, start, found, verbs=verbs)
        if seam is not None and seam[0] == anchor.start():  # a strong opening, or a verb
            best, at = seam, anchor.start() + 1  # which no later place can beat either
    while at < sentence and (best is None or at < best[0]):
        found = BODY_OPENS.match(line, at, window)
        seam = None if found is None else _seam_key(line, start, found, verbs=verbs)
        if seam is not None and (best is None or seam < best):
            best = seam
        at += 1
    strong = _strong(line, at, window) if best is None or at < best[0] else None
    if strong is not None and strong.start() <= last and (best is None or strong.start() < best[0]):
        best = (strong.start(), 1, 1, -strong.start(), strong.start())
    return None if best is None else best[4]


def _strong(line: str, at: int, window: int) -> regex.Match[str] | None:
    """:data:`STRONG_OPENS`' first match in ``line[at:window]``, from where its words open.

    Its words open at every place it matches: before the first of them (most lines have
    none), its costly look behind is never tried.
    """
    words = STRONG_WORDS.search(line, at, window)
    return None if words is None else STRONG_OPENS.search(line, words.start(), window)


def _seam_key(
    line: str, start: int, found: regex.Match[str], *, verbs: bool
) -> tuple[int, int, int, int, int] | None:
    """How good a seam :data:`BODY_OPENS` found is (the least is best), and its place.

    A strong opening or a verb stands at its place; a body's name is judged where its
    verb follows it: the longest name one calls itself by first, else one after a
    heading's last word, else the shortest.
    """
    body, at = found.group("body"), found.start()
    if found.group("strong") is not None or (not body and verbs):
        return (at, 1, 1, -at, at)
    if not body or "我" in body[1:]:  # 根基|我委: a body speaking of itself opens its name
        return None
    final = HEADING_FINAL.search(line, start, at) is not None
    if SELF_NAMED.match(line, at, found.end("body")) and final:  # read in its line: 自治|区政府
        return (found.end("body"), 0, 0, at, at)  # (not 义务青山|镇人民政府: a place's name)
    return (found.end("body"), 0, 1 if final else 2, -at, at)

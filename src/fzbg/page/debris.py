"""Inline conversion debris: what converters leave *inside* a line of the report.

Whole lines of page chrome are the page stage's business; this module knows the pieces
that sit in the middle of real text and must come out of it without taking any text
along: Word bookmarks that a docx-to-text converter wrote out (``[bookmark: _GoBack]``)
and the pinyin glosses a simplified-to-traditional converter left after some characters
(``建設(shè)``, ``區(qū)``).

:data:`INLINE_DEBRIS` is an ordered table of rules, one per quirk, each a compiled
``regex.VERBOSE`` pattern with a comment on why it exists.  Patterns are written for the
*matching view* (:func:`fzbg.text.normalize.fold`), which has the same length as the text, so
a match's offsets are offsets into the text itself.  :func:`find_inline_debris` runs the
table; :func:`strip_inline_debris` takes the pieces out and records each as a
:class:`~fzbg.model.Debris`, so re-inserting them gives the text back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

import regex

from fzbg.genre.chrome import SPACE_REFERENCES, WIDGET_WORDS
from fzbg.model import Debris
from fzbg.page.markdown import MARKDOWN_MARKS
from fzbg.page.mojibake import GBK_SHIFT, repaired
from fzbg.page.page_numbers import GLUED_PAGE_NUMBER, may_hold_page_number
from fzbg.text.normalize import view_of

__all__ = [
    "INLINE_DEBRIS",
    "LOST_INDENT_KIND",
    "PINYIN_GLOSS",
    "InlineDebrisRule",
    "find_inline_debris",
    "restore_debris",
    "strip_inline_debris",
]


class InlineDebrisRule(NamedTuple):
    """One row of :data:`INLINE_DEBRIS`: ``(kind, pattern, comment)``."""

    kind: str
    """The :attr:`Debris.kind <fzbg.model.Debris.kind>` a match is recorded as."""
    pattern: regex.Pattern[str]
    """The compiled pattern, run on the folded view of the text."""
    comment: str
    """Why the rule exists: the converter quirk it handles."""


# --- pinyin glosses --------------------------------------------------------------------
# A gloss is one pinyin syllable written with its tone mark.  The syllable is checked
# against the shape of pinyin (initial + final) so that only a real syllable counts:
# "(LED)", "(a)", "(ii)", "(café)" and "(ok)" stay text.
_TONE = {
    "a": "aāáǎà",
    "e": "eēéěè",
    "i": "iīíǐì",
    "o": "oōóǒò",
    "u": "uūúǔù",
    "ü": "üǖǘǚǜ",
}
_TONED = "".join(v[1:] for v in _TONE.values())
_INITIAL = r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
# Longest first, so the alternation tries "iang" before "ia" before "i".
# fmt: off
_FINALS = (
    "iang", "iong", "uang", "ueng",
    "ang", "eng", "ong", "iao", "ian", "ing", "uai", "uan", "üan",
    "ai", "ei", "ao", "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui",
    "un", "ue", "üe", "ün",
    "a", "o", "e", "i", "u", "ü",
)
# fmt: on


def _toned(final: str) -> str:
    return "".join(f"[{_TONE[c]}]" if c in _TONE else c for c in final)


_SYLLABLE = _INITIAL + "(?:" + "|".join(_toned(f) for f in _FINALS) + ")"

_PINYIN_GLOSS = regex.compile(
    rf"""
    (?<=\p{{Han}})          # right after the character it glosses: 建設(shè)
    \(                      # the fold view turns （ into (, so both brackets count
    (?=[a-zü{_TONED}]{{0,5}}[{_TONED}])   # a tone mark is what makes it a gloss
    {_SYLLABLE}             # exactly one syllable of pinyin, lower case
    \)
    """,
    regex.VERBOSE,
)

_GLOSS_HINT = re.compile(rf"\((?=[a-zü{_TONED}]{{0,5}}[{_TONED}])")  # its lookahead
PINYIN_GLOSS = "pinyin-gloss"
"""The kind a pinyin gloss is recorded as."""


# --- Word bookmarks ---------------------------------------------------------------------
_BOOKMARK = regex.compile(
    r"""
    \[bookmark:[ \n]?       # Apache Tika and friends write a Word bookmark out as text:
    [^\]\n]{1,120}          # [bookmark: _GoBack], [bookmark: _Toc12345], [bookmark: OLE_LINK1]
    \]                      # (its space a break where a copy's spaces were its breaks)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# --- pandoc anchors ----------------------------------------------------------------------
_PANDOC_ANCHOR = regex.compile(
    r"""
    \[\]\{\#[^{}\s]{1,120}  # pandoc writes an empty bookmark span: []{#_Toc123 .anchor}
    (?:[ ]\.anchor)?\}
    """,
    regex.VERBOSE,
)

# --- footnote marks ------------------------------------------------------------------------
_FOOTNOTE_MARK = regex.compile(
    r"""
    (?<=[\p{Han}\p{Pe}\p{Pf}。])(?<!附[件表图])\[[1-9][0-9]?\](?![0-9A-Za-z])
        # a Word footnote's mark, copied out as text behind the words it notes:
        # 提升法治思维[1]。 (the note itself, [1]数据来源于…, opens its line and stays;
        # an attachment's number, 见附件[1], is a reference, no mark)
    """,
    regex.VERBOSE,
)

# --- HTML entities ------------------------------------------------------------------------
# A scraper that did not unescape the page's white space: &nbsp;&nbsp;一、主要举措和成效
_SPACE_ENTITY = regex.compile("|".join(map(regex.escape, SPACE_REFERENCES)))

# --- indentation lost to a wrong encoding -------------------------------------------------
LOST_INDENT = regex.compile(
    r"""
    (?<=^[ \t]*)\?{1,8}(?=[ \t]*[^\s?])  # a page that wrote its full-width indentation
        # (or a bullet: ? 索引号:) in an encoding it could not show: ??（一）加强组织领导
    """,
    regex.VERBOSE | regex.MULTILINE,
)

LOST_INDENT_KIND = "lost-indent"
"""The kind indentation lost to an encoding (??) is recorded as."""


# --- site watermarks ------------------------------------------------------------------------
_URL = r"(?:https?://)?www\.[a-z0-9-]{2,40}(?:\.[a-z]{2,6}){1,2}"
_WATERMARK = regex.compile(
    rf"""
    (?<!\p{{Han}})\p{{Han}}{{2,10}}[—–-]{{1,2}}\p{{Han}}{{2,16}}[ ]?{_URL}[ ]?
          # a reposting site stamps its name, slogan and address into the text:
          # 某某之家—全网资源每日更新www.example.com; where it stands glued to a word, its
          # name has no edge, so that copy is found as a recurrence (see _recurrences);
          # a copy from Word may set its address apart (更新 www.example.com 责任人)
    | 【{_URL}[—–-]{{1,2}}\p{{Han}}{{2,10}}】
          # or its address and name in brackets: 【www.example.com--实用范文】
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_TOOLS_OPENING = regex.compile(
    rf"^[ \t]*(?:[【\[](?:{'|'.join(w for w in WIDGET_WORDS if len(w) > 1)})[】\]][ \t]*)+"
    r"(?=[^\s【\[])",
    regex.MULTILINE,
)

INLINE_DEBRIS: tuple[InlineDebrisRule, ...] = (
    InlineDebrisRule(
        "word-bookmark",
        _BOOKMARK,
        "A Word bookmark that a docx-to-text converter wrote out: [bookmark: _GoBack].",
    ),
    InlineDebrisRule(
        "word-bookmark",
        _PANDOC_ANCHOR,
        "The same bookmark as pandoc writes it: []{#_Toc123 .anchor}.",
    ),
    InlineDebrisRule(
        PINYIN_GLOSS,
        _PINYIN_GLOSS,
        "A pinyin syllable that a simplified-to-traditional converter left after a "
        "character: 建設(shè), 區(qū).",
    ),
    *(InlineDebrisRule(kind, pattern, comment) for kind, pattern, comment, _ in MARKDOWN_MARKS),
    InlineDebrisRule(
        "footnote-mark",
        _FOOTNOTE_MARK,
        "A Word footnote's mark copied out as text behind the words it notes: 法治思维[1].",
    ),
    InlineDebrisRule(
        "html-entity",
        _SPACE_ENTITY,
        "A white-space entity a scraper left unescaped, mostly as indentation: &nbsp;.",
    ),
    InlineDebrisRule(
        LOST_INDENT_KIND,
        LOST_INDENT,
        "Indentation a page wrote in an encoding it could not show, as ?? before a line.",
    ),
    InlineDebrisRule(
        "site-watermark",
        _WATERMARK,
        "A reposting site's name, slogan and address stamped into the text, even "
        "mid-sentence: 某某之家—全网资源每日更新www.example.com.",
    ),
    InlineDebrisRule(
        "page-chrome",
        _TOOLS_OPENING,
        "A tool bar's bracketed words that a copy which lost its line breaks left opening "
        "the report's first line: 【打印】 【关闭】2023年,….",
    ),
    InlineDebrisRule(
        "page-number",
        GLUED_PAGE_NUMBER,
        "A page number a copy that lost its line breaks glued to the text: 9场。 - 3 -.",
    ),
)
"""The inline debris rules, in the order they are tried (an earlier rule wins a tie)."""

# What a rule's match must hold, as a stdlib pattern opening with a literal (a fast scan),
# a character (``in``, faster still where the character is rare) or a test of its own:
# most texts have none of it, and the rule's slower ``regex`` scan is then skipped.
_OPEN_BRACKET = re.compile(r"\[")
_WWW = re.compile(r"(?i)www\.")


def _may_hold_address(view: str) -> bool:
    """Whether ``view`` may hold ``www.`` in any case: a w first, which ``in`` finds at once.

    A case-blind scan for ``www.`` visits every character; ``in`` looks for one far
    faster, and a report in Chinese most often has no w at all.
    """
    return ("w" in view or "W" in view) and _WWW.search(view) is not None


_Hint = re.Pattern[str] | str | Callable[[str], bool]
_HINTS: dict[regex.Pattern[str], _Hint] = {
    _BOOKMARK: _OPEN_BRACKET,
    _PANDOC_ANCHOR: _OPEN_BRACKET,
    _FOOTNOTE_MARK: _OPEN_BRACKET,
    _PINYIN_GLOSS: _GLOSS_HINT,
    **{pattern: hint for _, pattern, _, hint in MARKDOWN_MARKS},
    _SPACE_ENTITY: "&",
    _WATERMARK: _may_hold_address,  # as case-blind as the rule: WWW.EXAMPLE.COM
    LOST_INDENT: "?",
    GLUED_PAGE_NUMBER: may_hold_page_number,
    _TOOLS_OPENING: lambda view: "】" in view or "]" in view,  # a bar's bracket closes
}


def _test_of(hint: _Hint | None) -> Callable[[str], bool]:
    """The test a hint puts to a view: is its character, its match or its own test there."""
    if hint is None:  # a rule with no hint is always worth its scan
        return lambda view: True
    if isinstance(hint, str):
        return lambda view: hint in view
    if isinstance(hint, re.Pattern):
        return lambda view: hint.search(view) is not None
    return hint


# Each distinct hint once, its test run once a view; each rule, numbered in order, with
# the place of its hint's test.
_RULE_HINTS = [_HINTS.get(rule.pattern) for rule in INLINE_DEBRIS]
_DISTINCT_HINTS = list(dict.fromkeys(_RULE_HINTS))
_TESTS = tuple(map(_test_of, _DISTINCT_HINTS))
_RULE_TESTS = tuple(
    (order, rule, _DISTINCT_HINTS.index(hint))
    for order, (rule, hint) in enumerate(zip(INLINE_DEBRIS, _RULE_HINTS, strict=True))
)


def _worth_scanning(view: str) -> list[tuple[int, InlineDebrisRule]]:
    """The rules, numbered in order, that a hint does not rule out for ``view``."""
    passed = [test(view) for test in _TESTS]
    return [(order, rule) for order, rule, test in _RULE_TESTS if passed[test]]


_WATERMARK_ORDER = next(n for n, r in enumerate(INLINE_DEBRIS) if r.pattern is _WATERMARK)


def _watermarks(
    view: str, found: list[tuple[int, int, str, int]]
) -> list[tuple[int, int, str, int]]:
    """``found`` with its watermarks replaced by every copy of each, wherever it stands.

    A watermark is read where its name has an edge; the shortest reading of each address
    is the mark (a copy after 、 may have taken the words before it), and every copy of
    it is cut, glued mid-word as it may be.
    """
    shortest: dict[str, str] = {}
    for start, order, _, end in found:
        if order == _WATERMARK_ORDER:
            mark = view[start:end]
            tail = mark[-24:]
            if tail not in shortest or len(mark) < len(shortest[tail]):
                shortest[tail] = mark
    if not shortest:
        return found
    kept = [f for f in found if f[1] != _WATERMARK_ORDER]
    for mark in shortest.values():
        at = view.find(mark)
        while at >= 0:
            kept.append((at, _WATERMARK_ORDER, "site-watermark", at + len(mark)))
            at = view.find(mark, at + len(mark))
    return kept


def find_inline_debris(text: str, *, view: str | None = None) -> Iterator[tuple[str, int, int]]:
    """Find the inline debris in ``text``.

    Args:
        text: Normalised text (see :func:`fzbg.normalize`).
        view: ``fold(text)``, when the caller has it already (same length).

    Yields:
        ``(kind, start, end)`` for each piece, in text order, never overlapping; where two
        rules match overlapping text the one that starts first wins, then the earlier rule.

    Example:
        >>> list(find_inline_debris("[bookmark: _GoBack]法治建設(shè)(试行)"))
        [('word-bookmark', 0, 19), ('pinyin-gloss', 23, 28)]

    """
    view = view_of(text, view)
    found = [
        (m.start(), order, rule.kind, m.end())
        for order, rule in _worth_scanning(view)
        for m in rule.pattern.finditer(view)
    ]
    found = _watermarks(view, found)
    found.sort()
    end_so_far = 0
    for start, _, kind, end in found:
        if start >= end_so_far:
            yield kind, start, end
            end_so_far = end


def strip_inline_debris(text: str) -> tuple[str, tuple[Debris, ...]]:
    """Take the inline debris out of ``text``, recording every piece.

    Args:
        text: Normalised text.

    Returns:
        The text without the debris, and one :class:`~fzbg.model.Debris` per piece whose
        :attr:`~fzbg.model.Debris.at` is an offset into the returned text.  Inserting the
        pieces back at their offsets, last first, gives ``text`` again.

    Example:
        >>> clean, pieces = strip_inline_debris("推進法治建設(shè)")
        >>> clean
        '推進法治建設'
        >>> pieces
        (Debris(kind='pinyin-gloss', text='(shè)', at=6),)

    """
    parts: list[str] = []
    pieces: list[Debris] = []
    removed = 0
    last = 0
    for kind, start, end in find_inline_debris(text):
        parts.append(text[last:start])
        pieces.append(Debris(kind=kind, text=text[start:end], at=start - removed))
        removed += end - start
        last = end
    parts.append(text[last:])
    return "".join(parts), tuple(pieces)


def restore_debris(text: str, pieces: tuple[Debris, ...]) -> str:
    """Put recorded debris back into ``text``: the inverse of :func:`strip_inline_debris`.

    Args:
        text: Text with debris removed.
        pieces: The pieces with offsets into ``text``; pieces at the same offset go back
            in the order given.

    Returns:
        The text as it was before the pieces were taken out.

    Example:
        >>> restore_debris(*strip_inline_debris("[bookmark: _GoBack]今年,我區(qū)"))
        '[bookmark: _GoBack]今年,我區(qū)'

    """
    parts: list[str] = []
    last = 0
    for piece in sorted(pieces, key=lambda p: p.at):  # stable: equal offsets keep order
        parts += (text[last : piece.at], piece.text)
        last = piece.at
        if piece.kind == GBK_SHIFT:  # a repair: its repaired text stands in its place
            last += len(repaired(piece.text) or "")
    parts.append(text[last:])
    return "".join(parts)

"""Text → :class:`~fzbg.model.Reference` tuple: law titles and document numbers.

Three kinds, run on the matching view of the text:

- ``law``: a 《…》 title of a law or regulation, by how its name ends (:data:`LAW_ENDINGS`:
  法, 条例, 规定, 办法, 细则 …), with a :attr:`~fzbg.model.Reference.canonical` name
  (《中华人民共和国民法典》 and 《民法典》 are both 《民法典》);
- ``title``: any other 《…》 title (a 纲要, a 方案, a 通知 that prints a regulation);
  a title holds a nested 〈…〉 (or a mis-nested inner 《…》); an empty 《》 is none;
- ``document-number``: a 文号 — issuer code, year in brackets of any style, number and
  号 (``钟府办发﹝2021﹞7号``, ``厅字〔2019〕28号``) — or a 令 number
  (``国务院令第713号``, ``贵州省人民政府令第197号``, ``国务院第713号令``).
"""

from __future__ import annotations

import functools
import re

import regex

from fzbg.model import Reference, Span
from fzbg.text.normalize import view_of

__all__ = ["LAW_ENDINGS", "LEAD_WORDS", "PATTERNS", "canonical_law", "extract_references"]

LEAD_WORDS: tuple[str, ...] = (
    "根据",
    "按照",
    "依据",
    "依照",
    "对照",
    "参照",
    "结合",
    "贯彻",
    "落实",
    "执行",
    "印发",
    "转发",
    "发布",
    "制定",
    "出台",
    "颁布",
    "公布",
    "下发",
    "下达",
    "签发",
    "签署",
    "即",
    "和",
    "及",
    "与",
    "或",
    "以",
    "据",
    "由",
    "将",
    "为",
    "是",
    "的",
    "了",
    "在",
)
"""Words that stand right before an issuer code in prose and are not part of it.

No single character here may open a longer word here (按 would cut 按照 in two)."""

_OPEN = r"[〔﹝\[【(〖]"
_CLOSE = r"[〕﹞\]】)〗]"


def _nested_title(char: str) -> str:
    """A 《…》 title of ``char`` characters, up to two levels of 《》 nested inside."""
    return rf"《(?:{char}++|《(?:{char}++|《{char}*+》)*+》)*+》"


# One pattern per kind, each opening with its own literal or bracket so that the stdlib
# ``re`` engine can skip straight to it; three such scans beat one alternation.
PATTERNS: dict[str, re.Pattern[str]] = {
    # 《中华人民共和国政府信息公开条例》, up to two levels of 《》 nested inside
    "law": re.compile(_nested_title(r"[^《》\n]")),
    # 〔2021〕7号, ﹝2021﹞7号, [2021]第3号, 【2021】7号: the year in brackets, then the number
    "docno": re.compile(rf"{_OPEN}\s*(?:19|20)\d{{2}}\s*{_CLOSE}\s*第?\s*\d+\s*号"),
    # 令 numbers: 国务院令第713号, 主席令第三十一号, 交通运输部令2019年第17号.
    "decree": re.compile(
        r"令\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*(?:\d+|[零〇一二两三四五六七八九十百千]+)\s*号"
    ),
    # 令 numbers the other way round: 国务院第713号令, 省政府第二十一号令.
    "order": re.compile(r"第\s*(?:\d+|[零〇一二两三四五六七八九十百千]+)\s*号令"),
}
"""The reference patterns by kind, run on :func:`fzbg.text.normalize.fold` of the text.

A document number's issuer code (钟府办发, 国务院) stands before what ``docno``,
``decree`` and ``order`` match; it is found by walking back from the match, which keeps
the scan linear.
"""


# What the name of a law or regulation ends in, after any note in brackets ((试行),
# (2021年修订)): laws (法, 法典), the State Council's and local regulations (条例, 规定,
# 办法, 细则, 规则), amendments (修正案), Party regulations (准则) and judicial
# interpretations (解释).
# A 法 after 方, 做, 说 … ends a common word (工作方法, 经验做法), not a law's name.
LAW_ENDINGS = regex.compile(
    r"""
    (?: (?<![方做说想看手书语算执普守违依用])法 | 法典
      | 条例 | 规定 | 办法 | 细则 | 规则 | 准则 | 解释 | 修正案 )
    (?: \([^()]*\) )*  # 《…办法(试行)》, 《…法(2021年修订)》
    $
    """,
    regex.VERBOSE,
)
"""Matches at the end of a 《》 title's inner text (folded) when the title names a law."""

# What a canonical name leaves out: the state's name before a national law, and a note of
# revision or of the version after it.
_STATE_NAME = "中华人民共和国"  # cut where a name follows it on its line, as ^…(?=.) would
_REVISION = regex.compile(r"\((?:\d{4}年)?[^()]*?(?:修订|修正|修改|版)[^()]*\)$")
# Most names have neither: each pattern is tried only where the name opens with the state's
# name, or ends in the note's bracket (or before a final newline, where $ also matches).
_REVISION_TAIL = (")", ")\n")

# An empty title (《》, 《 》, 《〈〉》) cites nothing: it holds only 〈〉 and white space, as
# ``_EMPTY`` says.  The scan for titles takes a run of empty ones as one match of its first
# branch, so that they cost no Python step each, and a title as its second (group 1): the
# titles of the ``law`` pattern that are not empty.  Its white space is ``regex``'s \s, but
# for a newline that no title holds: ``re``'s \s is str.isspace(), which adds \x1c-\x1f.
_EMPTY_CHAR = r"(?:[〈〉]|[^\S\n\x1c-\x1f])"
_EMPTY_TITLE = _nested_title(_EMPTY_CHAR)
_TITLES = re.compile(
    rf"《(?:{_EMPTY_TITLE[1:]}(?:{_EMPTY_TITLE})*+|({PATTERNS['law'].pattern[1:]}))"
)
_EMPTY = regex.compile(r"[《》〈〉\s]*")


def canonical_law(title: str) -> str:
    """The short name by which a law is cited, from its title as folded text.

    Args:
        title: A 《…》 title, folded (:func:`fzbg.text.normalize.fold`).

    Returns:
        The title without 中华人民共和国 and without a note of revision, in 《》.

    Example:
        >>> canonical_law("《中华人民共和国民法典》"), canonical_law("《民法典》")
        ('《民法典》', '《民法典》')
        >>> canonical_law("《中华人民共和国行政处罚法(2021年修订)》")
        '《行政处罚法》'

    """
    name = title[1:-1].strip()
    if name.startswith(_STATE_NAME):
        rest = name[len(_STATE_NAME) :]
        name = rest if rest and rest[0] != "\n" else name
    if name.endswith(_REVISION_TAIL):
        name = _REVISION.sub("", name)
    return f"《{name}》"


def _law_name(title: str) -> str | None:
    """The canonical name of a folded 《…》 title that names a law; None for any other title."""
    return canonical_law(title) if LAW_ENDINGS.search(title, 1, len(title) - 1) else None


# Reports cite the same few laws again and again (民法典, 行政复议法 …): a title's reading
# is kept, for titles no longer than a law's name runs.
_cached_law_name = functools.lru_cache(maxsize=1024)(_law_name)
_CACHED_TITLE = 64


# The number patterns end in 号 (or 号令), which stands nowhere else in a match.  A text
# has few 号 (many have none), so the numbers are looked for only before one: ``decree``
# up to the last, ``order`` up to the last 号令, and ``docno``, whose bracket class would
# make a scan of the whole text slow, just before each.  Between a 文号's bracket and its
# 号 stand only these characters:
_DOCNO_INSIDE = re.compile(rf"(?:\s|\d|{_CLOSE}|第)*")
_DOCNO_REACH = 32  # 号 to bracket, as a rule: a longer run of those widens the search


def _positions(view: str, char: str) -> list[int]:
    found, at = [], view.find(char)
    while at >= 0:
        found.append(at)
        at = view.find(char, at + 1)
    return found


def _docno(view: str, haos: list[int]) -> list[tuple[int, int, str]]:
    """What ``PATTERNS["docno"].finditer(view)`` finds: the match, if any, ending at each 号."""
    found = []
    done = 0  # searched up to here: a match before is found, or ends at an earlier 号
    for hao in haos:
        start = max(hao - _DOCNO_REACH, done)
        if start > done and _DOCNO_INSIDE.fullmatch(view, start, hao):
            start = done  # the window stands inside a match's run: search all of it
        if m := PATTERNS["docno"].search(view, start, hao + 1):
            found.append((m.start(), m.end(), "docno"))
        done = hao + 1
    return found


def _matches(view: str) -> list[tuple[int, int, str]]:
    """Every pattern's matches in text order, none inside an earlier one.

    A number written inside a title (《…〔2021〕7号…》) is part of the title. No match
    can reach out of another's brackets, so matches are nested or apart, never crossed.
    """
    scans = [[(m.start(), m.end(), "law") for m in _TITLES.finditer(view) if m.lastindex]]
    if haos := _positions(view, "号"):
        scans.append(_docno(view, haos))
        decrees = PATTERNS["decree"].finditer(view, 0, haos[-1] + 1)
        scans.append([(m.start(), m.end(), "decree") for m in decrees])
        if (last := view.rfind("号令")) >= 0:
            orders = PATTERNS["order"].finditer(view, 0, last + 2)
            scans.append([(m.start(), m.end(), "order") for m in orders])
    scans = [scan for scan in scans if scan]
    if len(scans) < 2:  # one pattern's matches are in order and apart already
        return scans[0] if scans else []
    out: list[tuple[int, int, str]] = []
    for start, end, name in sorted(m for scan in scans for m in scan):
        if not out or start >= out[-1][1]:
            out.append((start, end, name))
    return out


# How far back an issuer code reaches, and whether a number may stand without one.
_ISSUER = {"docno": (12, False), "decree": (20, True), "order": (20, True)}
_HAN = regex.compile(r"\p{Han}")
_HAN_RUN = regex.compile(r"\p{Han}*\Z")  # searched up to a bracket: the run of Han before it


def _issuer_start(view: str, at: int, floor: int, longest: int) -> int | None:
    """Where the issuer code before ``at`` starts, or None when there is none.

    The code is the Han characters right before the bracket (or 令), up to ``longest``,
    not reaching back past ``floor``, and without a lead word of the sentence:
    根据国办发〔2019〕28号 → 国办发〔2019〕28号.  One space may stand between the code
    and the bracket (某府发 〔2023〕12号).
    """
    if at - 1 > floor and view[at - 1] == " ":
        at -= 1
    lo = max(at - longest, floor)
    m = _HAN_RUN.search(view, lo, at)
    run = at if m is None else m.start()  # (it always matches, if only the empty run)
    for p in range(run, at):  # the leftmost place a code can start wins
        if p == run:
            after_lead = p == 0 or not _HAN.match(view, p - 1) or view.endswith(LEAD_WORDS, 0, p)
        else:  # a Han character of the run stands before p: only a lead word ends there
            after_lead = view.endswith(LEAD_WORDS, 0, p)
        if after_lead and not view.startswith(LEAD_WORDS, p):
            return p
    return None


_KIND = {
    "law": "law",
    "docno": "document-number",
    "decree": "document-number",
    "order": "document-number",
}


def extract_references(text: str, *, view: str | None = None) -> tuple[Reference, ...]:
    """Find every law title (《…》) and document number (文号, 令) in ``text``.

    Args:
        text: Any text; full-width brackets and traditional characters are fine.
        view: ``fold(text)``, when the caller has it already (same length).

    Returns:
        The references in text order, ``kind`` ``"law"``, ``"title"`` or
        ``"document-number"``; each ``text[r.span.start:r.span.end] == r.text``, and
        each law has its :attr:`~fzbg.model.Reference.canonical` name.

    Example:
        >>> refs = extract_references(
        ...     "贯彻《重大行政决策程序暂行条例》（国务院令第713号），"
        ...     "根据《关于印发〈工作要点〉的通知》（钟府办发﹝2021﹞7号）"
        ... )
        >>> [(r.kind, r.text) for r in refs]
        [('law', '《重大行政决策程序暂行条例》'), ('document-number', '国务院令第713号'), \
('title', '《关于印发〈工作要点〉的通知》'), ('document-number', '钟府办发﹝2021﹞7号')]
        >>> extract_references("学习《中华人民共和国民法典》和《民法典》")[0].canonical
        '《民法典》'

    """
    view = view_of(text, view)
    found: list[Reference] = []
    last = 0
    for at, end, name in _matches(view):
        if name == "law":
            read = _cached_law_name if end - at <= _CACHED_TITLE else _law_name
            if (law := read(view[at:end])) is not None:
                found.append(Reference("law", text[at:end], Span(at, end), law))
            else:
                found.append(Reference("title", text[at:end], Span(at, end)))
            last = end
            continue
        longest, required = _ISSUER[name]
        code = _issuer_start(view, at, last, longest)
        if code is None and required:
            continue
        start = at if code is None else code
        found.append(Reference(_KIND[name], text[start:end], Span(start, end)))
        last = end
    return tuple(found)

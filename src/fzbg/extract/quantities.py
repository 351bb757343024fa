"""Text → :class:`~fzbg.model.Quantity` tuple: every count in a report, normalised.

One pass of one pattern (:data:`QUANTITY`, in :mod:`fzbg.extract.quantity_patterns`)
over the matching view of the text finds candidates: an optional qualifier, a number
(Arabic, Chinese, or ``百分之…``), a multiplier, a unit from :mod:`fzbg.genre.units` and a
trailing qualifier.  Three more patterns mark what is *not* a quantity although it looks
like one: book titles (one scan of the view), fixed political terms (looked for around
each candidate) and, for numbers in Chinese, slogans in quotes and place names (on the
lines that hold them).  A short table of rules (:data:`RULES`) drops the Chinese numerals
that read as an article or a name.  Everything is a linear scan; cn2an (in
:mod:`fzbg.genre.numerals`) sees only a numeral's core.

This module reads the candidates; the patterns, and the fast scan that finds them, are in
:mod:`fzbg.extract.quantity_patterns` (re-exported here), and what tells where titles,
fixed terms and slogans stand, in :mod:`fzbg.extract.quantity_blocks`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

# The private names that tests read here (_DIGIT … _bmp_scan) are imported for them.
from fzbg.extract.quantity_blocks import _Blocked
from fzbg.extract.quantity_columns import column_quantities
from fzbg.extract.quantity_headers import headed_quantities
from fzbg.extract.quantity_labels import labelled_quantities
from fzbg.extract.quantity_patterns import (
    _DIGIT,  # noqa: F401
    _GROUPS,  # noqa: F401
    _SCAN,  # noqa: F401
    _SKIP,  # noqa: F401
    _SPACE,
    _STARTS,  # noqa: F401
    _TERM_CHARS,
    _TERM_OPENERS,
    _TITLE,  # noqa: F401
    AFTER,
    BEFORE,
    BETWEEN,
    FIXED_TERMS,
    QUALIFIERS,
    QUANTITY,
    SLOGAN_AFTER_GE,
    Qualifier,
    _bmp_scan,  # noqa: F401
    _scan,
)
from fzbg.extract.quantity_quotes import unquoted
from fzbg.extract.quantity_ranges import with_ranges
from fzbg.extract.quantity_wraps import rejoined, unwrapped, whole_clauses
from fzbg.genre.indicators import per_period
from fzbg.genre.numerals import (
    MULTIPLIERS,
    arabic_value,
    chinese_value,
    normalized,
    whole_value,
)
from fzbg.genre.places import YEAR_INTO_PLACE
from fzbg.genre.units import BY_WRITTEN, COUNT, LONGEST_YEARS
from fzbg.model import Approx, Quantity, Span
from fzbg.text.normalize import view_of

__all__ = [
    "AFTER",
    "BEFORE",
    "BETWEEN",
    "FIXED_TERMS",
    "QUALIFIERS",
    "QUANTITY",
    "RULES",
    "SLOGAN_AFTER_GE",
    "Qualifier",
    "extract_quantities",
]

_APPROX = {q.word: q.approx for q in QUALIFIERS}


# What may stand after a bare 一/二/零 and its unit for it to be a number: the end of a
# clause (受理行政复议申请一件。), not a noun (作为一项重大任务, 一支队伍, 二次供水).
_CLAUSE_END = re.compile(rf"$|[{_SPACE},，。.;；:：、!！?？()（）\[\]【】”\"’'」』…—\-/]")
# Words right before a bare 一/二 that make it a count: 共一件, 其中一人, 仅一名.
_COUNT_CUE = re.compile(r"(?:共|共计|合计|累计|总计|其中|仅|只|各)$")
# The clause before a count, back to its last stop: a list of names that the count sums up.
_CLAUSE_START = re.compile(r"[,，。;；:：!！?？()（）\n]")
_COUNTED = re.compile(r"[0-9一二两三四五六七八九十百千万]个|[0-9]")
_CLAUSE_REACH = 60  # how far back a number's clause is looked for
# Years count as a duration only after a word that makes them one: 连续三年, 为期两年,
# 工作满5年; 三年学法轮训 and 三年行动 name a programme.
_DURATION_CUE = re.compile(r"(?:连续|历时|为期|用|满|长达|持续|坚持)$")
# A rule's minimum opens with one of these: 每季度集体学法不少于1次.
_AT_LEAST = frozenset(("不少于", "至少", "不低于"))
# 三个 100%: a percentage counted by a slogan, not a rate of the year.
_SLOGAN_COUNT = re.compile(r"[一二两三四五六七八九十]个[ ]?$")
# 7×24小时, 5*8小时: hours as a factor of a product name a service's hours, not a duration;
# so do a day's 24 hours before what is open round the clock (24小时自助服务区, 24小时在线).
_FACTOR = re.compile(r"[0-9][ ]?[×xX*][ ]?$")
_ROUND_THE_CLOCK = re.compile(
    r"[ ]?(?:在线|值班|值守|服务|自助|不打烊|不间断|热线|开放|营业|畅通|无休)"
)
_DAY_HOURS = Decimal(24)


_HALF = Decimal("0.5")  # 半 between 个 and a unit of time: 两个半月

_REPORTED = {written: unit.unit for written, unit in BY_WRITTEN.items()}
# The units whose written form no fixed term opens with a character of: a candidate of
# digits and such a unit alone (61件) holds no fixed term, nor overlaps one.
_PLAIN_UNITS = frozenset(w for w in BY_WRITTEN if _TERM_OPENERS.isdisjoint(w))
# The qualifiers of which no fixed term opens with a character, nor holds the first (a
# candidate's first character): with them and such a unit, 50余次 overlaps no fixed term.
# A minimum (不少于) is left to the long way, which reads it as a rule's.
_PLAIN_BEFORE = frozenset(
    q.word
    for q in QUALIFIERS
    if q.position == BEFORE
    and q.word not in _AT_LEAST
    and q.word[0] not in _TERM_CHARS
    and _TERM_OPENERS.isdisjoint(q.word)
) | {""}
_PLAIN_BENT, _PLAIN_AFTER = (
    frozenset(q.word for q in QUALIFIERS if q.position == p and _TERM_OPENERS.isdisjoint(q.word))
    | {""}
    for p in (BETWEEN, AFTER)
)
# The plain units and what each reports, for one look-up a candidate.
_PLAIN_REPORTED: dict[str | None, str] = {w: _REPORTED[w] for w in _PLAIN_UNITS}
_EXACT = Approx.EXACT
# The units a number read whole may count nothing in (see _counts_no_thing).
_CHECKED_UNITS = frozenset(("%", "年", "次", "小时", "分"))
_CLOCK_BEFORE = frozenset("时点:")  # before a clock's minutes (9时30分, 10:30分)


class _Candidate(NamedTuple):
    """A candidate whose number is a Chinese numeral, as the rules read it.

    A named tuple: made in one step, where a frozen attrs record sets each field in turn.
    """

    view: str
    start: int
    end: int
    numeral: str
    """The numeral (``一``, ``十二``)."""
    mult: str | None
    unit: str | None
    qualified: bool
    """Whether a qualifier (近, 余, 以上 …) bends the number."""


def _bare_magnitude(c: _Candidate) -> bool:
    """``万人大培训``, ``百家``: a magnitude with no digit is vague unless qualified (近千起)."""
    return c.numeral[0] in "百千万亿" and not c.mult and not c.qualified


def _article(c: _Candidate) -> bool:
    """``一支队伍``, ``作为一项任务``, ``二次供水``: 一/二/零 before a classifier and a noun."""
    if c.numeral not in ("一", "二", "零") or c.mult or c.qualified:
        return False
    unit = BY_WRITTEN.get(c.unit or "")
    if c.numeral != "零" and unit is not None and unit.kind != COUNT:
        return False
    if _COUNT_CUE.search(c.view, max(0, c.start - 2), c.start):
        return False
    return _CLAUSE_END.match(c.view, c.end) is None


def _counts_no_thing(
    view: str, start: int, end: int, unit: str | None, *, pre: str, value: Decimal
) -> bool:
    """Whether a number read whole (``view[start:end]``) states nothing the year counted.

    It is a slogan's rate, a year's or a programme's name, a service's hours, or a
    frequency.
    """
    if unit in (None, "%") and _SLOGAN_COUNT.search(view, max(0, start - 3), start):
        return True  # 三个100%
    if unit == "小时" and (
        _FACTOR.search(view, max(0, start - 4), start)
        or (value == _DAY_HOURS and not pre and _ROUND_THE_CLOCK.match(view, end))
    ):
        return True  # 7×24小时, 24小时自助服务
    if unit == "分" and view[start - 1 : start] in _CLOCK_BEFORE:
        return True  # 9时30分: a clock's minutes
    if unit == "年" and (
        value > LONGEST_YEARS or not _DURATION_CUE.search(view, max(0, start - 2), start)
    ):
        return True  # 2023年 names a year; 三年学法轮训 names a programme
    minimum = pre in _AT_LEAST
    return (unit == "次" or minimum) and _per_period(view, start, minimum=minimum)


def _into_place(view: str, start: int, arabic: str | None, unit: str | None) -> bool:
    """``2023张渚镇``: a year a copy ran into the place's name after it (a unit's one character)."""
    if arabic is None or len(arabic) != 4 or unit is None or len(unit) != 1:
        return False
    return YEAR_INTO_PLACE.match(view, start) is not None


def _clause_start(view: str, start: int) -> int:
    """Where the clause that holds the number at ``start`` begins (a few dozen back at most)."""
    back = max(0, start - _CLAUSE_REACH)
    stops = list(_CLAUSE_START.finditer(view, back, start))
    return stops[-1].end() if stops else back


def _per_period(view: str, start: int, *, minimum: bool) -> bool:
    """Whether the number at ``start`` counts so many a period in its clause (a frequency)."""
    if view.find("每", max(0, start - _CLAUSE_REACH), start) < 0:  # no period named before it
        return False
    return per_period(view, _clause_start(view, start), start, minimum=minimum)


_LIST_COUNTS = frozenset(("个", "类"))


def _restates_list(c: _Candidate) -> bool:
    """``法律服务、法律业态两个高地``, ``政务、财务两类信息``: a count of what was just listed."""
    if c.unit not in _LIST_COUNTS or c.mult or c.qualified or len(c.numeral) != 1:
        return False
    listed = c.view[_clause_start(c.view, c.start) : c.start]
    if "、" not in listed or _COUNTED.search(listed):
        return False  # no list, or a list of counts (调解室三个、工作站两个)
    return listed.count("、") + 1 == chinese_value(c.numeral)


RULES: tuple[Callable[[_Candidate], bool], ...] = (_bare_magnitude, _article, _restates_list)
"""Rules that drop a candidate whose number is a Chinese numeral, each a predicate with
its reason as docstring.  Titles, fixed terms, slogans and places are dropped before,
whatever the number."""


def _dropped(candidate: _Candidate) -> bool:
    for rule in RULES:  # noqa: SIM110 (any() over a generator costs more per candidate)
        if rule(candidate):
            return True
    return False


def _approx(words: tuple[str | None, ...]) -> Approx:
    found: Approx | None = None
    for word in words:
        if word:
            approx = _APPROX[word]
            if found is None:
                found = approx
            elif approx is not found:
                return Approx.ABOUT  # 近200余家: under and over at once
    return Approx.EXACT if found is None else found


def _value(pct: str | None, arabic: str | None, numeral: str, mult: str | None) -> Decimal | None:
    if arabic is not None:
        if not arabic.isdigit():  # 1,234 and 1 234 (and 6.1)
            arabic = arabic.replace(",", "").replace(" ", "")
        return arabic_value(arabic, mult)
    if pct is not None:
        return arabic_value(pct) if pct[0].isdigit() else chinese_value(pct)
    value = chinese_value(numeral)
    if value is None or not mult:
        return value
    scale = arabic_value("1", mult)
    return None if scale is None else normalized(value * scale)


def _more(value: Decimal | None, mult: str, tail: str) -> Decimal | None:
    """``value`` and the number written on after its 万 or 亿 (1万2千 → 12000), if smaller."""
    digits = tail.rstrip("百千万")
    more = arabic_value(digits, tail[len(digits) :])
    if value is None or more is None or more >= MULTIPLIERS[mult]:
        return None
    return normalized(value + more)


def _number(
    pct: str | None, arabic: str | None, numeral: str, mult: str, tail: str
) -> Decimal | None:
    """The candidate's number, with what is written on after its 万 or 亿 (``tail``)."""
    if tail:  # the number written on after 万 or 亿 stands in the mult group
        mult = mult[: -len(tail)]
        return _more(_value(pct, arabic, numeral, mult), mult, tail)
    return _value(pct, arabic, numeral, mult)


def extract_quantities(text: str, *, view: str | None = None) -> tuple[Quantity, ...]:
    """Find every quantity in ``text``: counts, amounts of money, durations, percentages.

    Numbers are read in Arabic (``61``, ``98.6``), with 万/亿 (``6.1万``), in Chinese
    (``十二``, ``两``, ``一百零五``) and as ``百分之…``; qualifiers before (近, 约, 超过, 逾)
    and after (余, 多, 以上, 左右, 以下) set :attr:`~fzbg.model.Quantity.approx`.  Years,
    dates, ordinals, document numbers, titles and the genre's fixed terms are not
    quantities.

    Args:
        text: Any text; full-width and traditional characters are fine.
        view: ``fold(text)``, when the caller has it already (same length).

    Returns:
        The quantities in text order; each ``text[q.span.start:q.span.end] == q.text``.

    Example:
        >>> qs = extract_quantities("审查合同61件，发放宣传册1万余份，近200余家，持证率超92%。")
        >>> [(str(q.value), q.unit, q.approx.value, q.text) for q in qs]
        [('61', '件', 'exact', '61件'), ('10000', '份', 'over', '1万余份'), \
('200', '家', 'about', '近200余家'), ('92', '%', 'over', '超92%')]
        >>> extract_quantities("2024年，落实“三项制度”，聘请一村（社区）一法律顾问。")
        ()

    """
    view = view_of(text, view)
    blocked = _Blocked(view)
    found: list[Quantity] = []
    scanned, breaks = unwrapped(view)  # 12\n件: a hard wrap between a number and its unit
    for match in _scan(scanned).finditer(scanned):
        start = match.start(1)  # group q
        if start < 0:
            continue  # a place the quick checks let through, or the end of the text
        # All the groups at once, in the pattern's order: q, then _GROUPS.
        _, pre, _, arabic, _, mid, mult, _, mid2, _, _, unit, post = match.groups()
        pre = pre.rstrip()  # 约 1.2万人次: the space a copy set after the qualifier
        reported = _PLAIN_REPORTED.get(unit, "")
        approx = None  # the long way, unless no fixed term holds it and it reads as digits
        if reported and arabic is not None and not mult and arabic.isdigit():
            if not (pre or mid or mid2 or post):  # 61件
                approx = _EXACT
            elif pre in _PLAIN_BEFORE and mid in _PLAIN_BENT and mid2 in _PLAIN_BENT:
                approx = _approx((pre, mid, mid2, post)) if post in _PLAIN_AFTER else None
        if approx is None:  # the long way
            if quantity := _read(text, view, blocked, match):
                found.append(quantity)
            continue
        end = match.end()
        value = whole_value(arabic)
        if value is None or blocked.in_title(start, end) or _into_place(view, start, arabic, unit):
            continue
        if unit in _CHECKED_UNITS and _counts_no_thing(
            view, start, end, unit, pre=pre, value=value
        ):
            continue
        found.append(Quantity(value, reported, approx, text[start:end], Span(start, end)))
    found = whole_clauses(view, found, breaks) if breaks else found
    found = rejoined(text, view, found, extract_quantities)  # 举措1 / 5项: a wrap in a number
    found = list(with_ranges(text, view, found, extract_quantities))  # 3—5天: one, UNDER 5
    return _with_tables(text, view, unquoted(view, found))


def _with_tables(text: str, view: str, found: list[Quantity]) -> tuple[Quantity, ...]:
    """``found``, and the bare figures a table gives a unit that none of it overlaps."""
    if labelled := labelled_quantities(text, view):  # 案件数(件):38
        found = list(_merged(found, labelled))
    if headed := headed_quantities(text, view):  # 单位:件 above a table
        found = list(_merged(found, headed))
    if columns := column_quantities(text, view):  # 数量(件) heading a table's column
        found = list(_merged(found, columns))
    return tuple(found)


def _merged(found: list[Quantity], labelled: list[Quantity]) -> tuple[Quantity, ...]:
    """``found`` and the figures of ``labelled`` that none of it overlaps, in text order."""
    starts = [q.span.start for q in found]
    kept = []
    for q in labelled:
        i = bisect.bisect_left(starts, q.span.end) - 1  # the last one that starts before it
        if i < 0 or found[i].span.end <= q.span.start:
            kept.append(q)
    return tuple(sorted((*found, *kept), key=lambda q: q.span.start))


def _read(text: str, view: str, blocked: _Blocked, match: re.Match[str]) -> Quantity | None:
    """The quantity that a candidate of the scan states, if any."""
    start, end = match.span(1)
    _, pre, pct, arabic, numeral, mid, mult, tail, mid2, gmid, gunit, unit, post = match.groups()
    pre = pre.rstrip()
    in_chinese = numeral is not None or (pct is not None and not pct[0].isdigit())
    if blocked.covers(start, end, chinese=in_chinese) or _into_place(view, start, arabic, unit):
        return None
    qualified = bool(pre or mid or mid2 or gmid or post)
    if numeral is not None and _dropped(
        _Candidate(view, start, end, numeral, mult, unit, qualified)
    ):
        return None
    value = _number(pct, arabic, numeral or "", mult, tail)
    if value is None or _counts_no_thing(view, start, end, unit, pre=pre, value=value):
        return None
    written = unit.replace(" ", "") if unit else unit  # 36 场 次: a copy's space inside
    if gunit:  # 3个多月 is in months, 两个半月 two and a half of them
        written = "个" + gunit
        if gmid == "半":
            gmid = None
            value = normalized(value + _HALF)
    reported = _REPORTED[written] if written else "%"
    approx = _approx((pre, mid, mid2, gmid, post)) if qualified else Approx.EXACT
    return Quantity(value, reported, approx, text[start:end], Span(start, end))

"""Text → :class:`~fzbg.model.Quantity` tuple: every count in a report, normalised.

One pass of one pattern (:data:`QUANTITY`) over the matching view of the text finds
candidates: an optional qualifier, a number (Arabic, Chinese, or ``百分之…``), a
multiplier, a unit from :mod:`fzbg.units` and a trailing qualifier.  One pass of two
more patterns marks what is *not* a quantity although it looks like one (book titles,
fixed political terms, slogans in quotes, place names), and a short table of rules
(:data:`RULES`) drops the candidates that read as an article or a name.  Everything is
a linear scan; cn2an (in :mod:`fzbg.numerals`) sees only a numeral's core.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import attrs
import regex

from fzbg.model import Approx, Quantity, Span
from fzbg.normalize import view_of
from fzbg.numerals import arabic_value, chinese_value, normalized
from fzbg.units import BY_WRITTEN, COUNT, TIME_AFTER_GE, UNITS, unit_pattern

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

BEFORE = "before"
"""A qualifier written before the number (``近20次``)."""
BETWEEN = "between"
"""A qualifier written between the number and the unit (``60余次``, ``1万余份``)."""
AFTER = "after"
"""A qualifier written after the unit (``98%以上``)."""


@attrs.frozen
class Qualifier:
    """A word that bends a quantity's number (近, 约, 超过, 余, 以上)."""

    word: str
    """The word, in simplified characters."""
    approx: Approx
    """What it makes of the number."""
    position: str
    """Where it stands: :data:`BEFORE`, :data:`BETWEEN` or :data:`AFTER`."""
    not_after: str = ""
    """Characters that, right before the word, make it part of another word."""


QUALIFIERS: tuple[Qualifier, ...] = (
    Qualifier("将近", Approx.UNDER, BEFORE),
    Qualifier("接近", Approx.UNDER, BEFORE),
    # 最近3次, 附近3家: 'most recent', 'nearby', not 'nearly'.
    Qualifier("近", Approx.UNDER, BEFORE, "最就附贴亲靠走拉临逼"),
    Qualifier("不足", Approx.UNDER, BEFORE),
    Qualifier("不到", Approx.UNDER, BEFORE),
    Qualifier("不超过", Approx.UNDER, BEFORE),
    Qualifier("不高于", Approx.UNDER, BEFORE),
    Qualifier("大约", Approx.ABOUT, BEFORE),
    # 签约3家, 节约资金, 公约: the 约 of another word.
    Qualifier("约", Approx.ABOUT, BEFORE, "签合预邀特履违契节公条制相婚租集"),
    Qualifier("超过", Approx.OVER, BEFORE),
    Qualifier("超", Approx.OVER, BEFORE, "赶高"),
    Qualifier("逾", Approx.OVER, BEFORE),
    Qualifier("至少", Approx.OVER, BEFORE),
    Qualifier("不少于", Approx.OVER, BEFORE),
    Qualifier("不低于", Approx.OVER, BEFORE),
    Qualifier("余", Approx.OVER, BETWEEN),
    Qualifier("多", Approx.OVER, BETWEEN),
    Qualifier("以上", Approx.OVER, AFTER),
    Qualifier("及以上", Approx.OVER, AFTER),
    Qualifier("以下", Approx.UNDER, AFTER),
    Qualifier("及以下", Approx.UNDER, AFTER),
    Qualifier("以内", Approx.UNDER, AFTER),
    Qualifier("左右", Approx.ABOUT, AFTER),
)
"""Every qualifier fzbg reads.  达, 达到 and 实现 are not qualifiers: they stay out."""

_APPROX = {q.word: q.approx for q in QUALIFIERS}


def _qualifier_pattern(position: str) -> str:
    words = sorted((q for q in QUALIFIERS if q.position == position), key=lambda q: -len(q.word))
    return "|".join(
        (f"(?<![{q.not_after}])" if q.not_after else "") + regex.escape(q.word) for q in words
    )


_CN = "零〇一二两三四五六七八九十百千万亿"
_CN_FRACTION = "零〇一二三四五六七八九"

# Fixed terms of the genre that contain a numeral and a measure word but count nothing:
# political slogans, names of systems and campaigns.  Matched in simplified characters.
FIXED_TERMS: tuple[str, ...] = (
    # Political slogans (the numeral counts the slogan's parts, not anything reported).
    "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "两个一百年", "两个毫不动摇",
    "两个结合", "两个大局", "两个至上", "三个务必", "三个代表", "三个区分开来", "十个明确",
    "十四个坚持", "十三个方面",
    # Rule-of-law systems and duties named by their parts.
    "三项制度",  # 行政执法三项制度: publicity, full recording, legal review
    "四个亲自",  # 亲自部署、亲自过问、亲自协调、亲自督办
    "五个同",  # 同部署、同推进、同督促、同考核、同奖惩
    "两个全覆盖",  # 合法性审查、风险评估全覆盖
    "两个责任",  # 主体责任、监督责任
    "三个规定",  # 干预司法"三个规定"
    "三张清单",  # 权力、责任、负面清单
    "八项规定",  # 中央八项规定
    "六项禁令",
    "三所联动",  # 司法所、派出所、律师事务所
    # Campaign names and idioms.
    "最后一公里", "最多跑一次", "千家万户",
    "两张皮",  # policy and practice apart
    "两条腿",  # 两条腿走路
)  # fmt: skip

# Words that, after a Chinese numeral and 个, make a slogan rather than a count:
# 四个意识, 两个维护, 十个明确, 三个务必, 两个一百年.
SLOGAN_AFTER_GE: tuple[str, ...] = (
    "意识", "自信", "维护", "确立", "全面", "亲自", "代表", "务必", "必须", "至上",
    "坚持", "明确", "聚焦", "着力", "统一", "转变", "区分开来", "一",
)  # fmt: skip

# Spans where no quantity stands, whatever the number: each branch is one reason.
_BLOCK_ALL = regex.compile(
    r"""
      (?P<title>《(?:[^《》\n]++|《[^《》\n]*+》)*+》)  # inside a book or document title: a name
    | (?P<fixed>{fixed})                       # a fixed term from FIXED_TERMS
    """.replace("{fixed}", "|".join(map(regex.escape, FIXED_TERMS))),
    regex.VERBOSE,
)

# Spans where no number written in Chinese is a quantity.
_BLOCK_CHINESE = regex.compile(
    rf"""
      “[^“”\n]{{1,20}}”       # a short quoted slogan: “一枚印章管审批、一个大厅办成事”
    | ‘[^‘’\n]{{1,20}}’
    | 「[^「」\n]{{1,20}}」
    | 『[^『』\n]{{1,20}}』
    | "[^"\n]{{1,20}}"
    | (?<=[在到])一起            # 在一起, 聚到一起: 'together', not one case
    | 一[^\s,，。;；、点{_CN}]{{1,2}}一  # 一户一档, 一天一报, 一案一策: a rule, not a count
    | (?<![{_CN}])[{_CN}]++个(?={"|".join(SLOGAN_AFTER_GE)})  # 四个意识, 两个一百年: a slogan
    | (?<![{_CN}])[{_CN}]++位一体              # 五位一体, 三位一体: a slogan
    | (?<![{_CN}])[{_CN}]++元(?=[里区])          # 三元里, 三元区: a place
    | (?<![{_CN}])[{_CN}]++[台所家门道里](?=[县市区镇乡村庄寨屯堡湾沟坪桥港岛州河湖山峡])
                              # a place name: 三台县, 八所镇, 七台河市
    """,
    regex.VERBOSE,
)

_UNIT_FIRST = "".join(sorted({u.written[0] for u in UNITS}))
_OPENERS = "".join(sorted({q.word[0] for q in QUALIFIERS if q.position == BEFORE}))
_between = _qualifier_pattern(BETWEEN)

QUANTITY = regex.compile(
    rf"""
    (?=[\d{_CN}{_OPENERS}])             # fast skip: a quantity opens with one of these
    (?P<pre>{_qualifier_pattern(BEFORE)})?    # 近, 约, 超过, 不足 …
    (?:
        # 百分之九十八, 百分之百, 百分之98.5
        百分之(?P<pct>[{_CN}]+(?:点[{_CN_FRACTION}]+)?|\d+(?:\.\d+)?)
    |
        (?:
            # Arabic, not inside a longer number, a code (G20) or an ordinal (第3次),
            # nor a rate (每3个月) or the end of a range (3-5天, 3至5天).
            (?<![\dA-Za-z_.])(?<!第\s?)(?<!每)(?<!\d\s?[-~—–至到])
            (?P<arabic>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)   # 1,234 or 1234
        |
            # Chinese, not inside a longer numeral, an ordinal, a vague amount
            # (数十, 几百, 若干) or 上百/成千.
            (?<![{_CN}数几若第好每])(?:(?<![上成])|(?![百千万亿]))
            (?P<chinese>[{_CN}]++(?:点[{_CN_FRACTION}]+)?)
        )
        (?P<mid>{_between})?                  # 60余次, 十余次, 10余万元
        (?P<mult>[百千]?万|[千万]?亿|千)?      # 6.1万, 1.2亿, 3千
        (?P<mid2>{_between})?                 # 1万余份, 6.1万余人
        [ ]?                                  # 118 项: a stray space before the unit
        (?=[{regex.escape(_UNIT_FIRST)}])             # fast reject: no unit starts here
        (?:
            个(?P<gmid>{_between})(?P<gunit>{"|".join(TIME_AFTER_GE)})   # 3个多月
          | (?P<unit>{unit_pattern()})
        )
    )
    (?P<post>{_qualifier_pattern(AFTER)})?    # 以上, 左右, 以内 …
    """,
    regex.VERBOSE,
)
"""The candidate pattern, run on :func:`fzbg.normalize.fold` of the text."""

# What may stand after a bare 一/二/零 and its unit for it to be a number: the end of a
# clause (受理行政复议申请一件。), not a noun (作为一项重大任务, 一支队伍, 二次供水).
_CLAUSE_END = regex.compile(r"$|[\s,，。.;；:：、!！?？()（）\[\]【】”\"’'」』…—\-/]")
# Words right before a bare 一/二 that make it a count: 共一件, 其中一人, 仅一名.
_COUNT_CUE = regex.compile(r"(?:共|共计|合计|累计|总计|其中|仅|只|各)$")


@attrs.frozen
class _Candidate:
    match: regex.Match[str]
    view: str
    blocked: bytearray
    chinese_blocked: bytearray

    @property
    def core(self) -> str:
        return self.match["pct"] or self.match["arabic"] or self.match["chinese"] or ""

    @property
    def chinese(self) -> bool:
        return self.match["chinese"] is not None or (
            self.match["pct"] is not None and not self.match["pct"][0].isdigit()
        )

    @property
    def qualified(self) -> bool:
        m = self.match
        return any(m[g] for g in ("pre", "mid", "mid2", "gmid", "post"))


def _in_blocked(c: _Candidate) -> bool:
    """A title, a fixed term (or, for Chinese numerals, a slogan or place) covers it."""
    start, end = c.match.span()
    if any(c.blocked[start:end]):
        return True
    return c.chinese and any(c.chinese_blocked[start:end])


def _bare_magnitude(c: _Candidate) -> bool:
    """``万人大培训``, ``百家``: a magnitude with no digit is vague unless qualified (近千起)."""
    return (
        c.match["chinese"] is not None
        and c.core[0] in "百千万亿"
        and not c.match["mult"]
        and not c.qualified
    )


def _article(c: _Candidate) -> bool:
    """``一支队伍``, ``作为一项任务``, ``二次供水``: 一/二/零 before a classifier and a noun."""
    m = c.match
    if m["chinese"] not in ("一", "二", "零") or m["mult"] or c.qualified:
        return False
    unit = BY_WRITTEN.get(m["unit"] or "")
    if m["chinese"] != "零" and unit is not None and unit.kind != COUNT:
        return False
    if _COUNT_CUE.search(c.view, max(0, m.start() - 2), m.start()):
        return False
    return _CLAUSE_END.match(c.view, m.end()) is None


RULES: tuple[Callable[[_Candidate], bool], ...] = (_in_blocked, _bare_magnitude, _article)
"""Rules that drop a candidate, each a predicate with its reason as docstring."""


def _approx(match: regex.Match[str]) -> Approx:
    found = {_APPROX[q] for g in ("pre", "mid", "mid2", "gmid", "post") if (q := match[g])}
    if not found:
        return Approx.EXACT
    if len(found) == 1:
        return found.pop()
    return Approx.ABOUT  # 近200余家: under and over at once


def _value(c: _Candidate) -> Decimal | None:
    m = c.match
    if m["pct"] is not None:
        core = m["pct"]
        return arabic_value(core) if core[0].isdigit() else chinese_value(core)
    if m["arabic"] is not None:
        return arabic_value(m["arabic"].replace(",", ""), m["mult"])
    value = chinese_value(m["chinese"])
    if value is None or not m["mult"]:
        return value
    scale = arabic_value("1", m["mult"])
    return None if scale is None else normalized(value * scale)


def _marks(pattern: regex.Pattern[str], view: str) -> bytearray:
    marks = bytearray(len(view))
    for m in pattern.finditer(view):
        marks[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return marks


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
    blocked = _marks(_BLOCK_ALL, view)
    chinese_blocked = _marks(_BLOCK_CHINESE, view)
    found: list[Quantity] = []
    for match in QUANTITY.finditer(view):
        candidate = _Candidate(match, view, blocked, chinese_blocked)
        if any(rule(candidate) for rule in RULES):
            continue
        value = _value(candidate)
        if value is None:
            continue
        if match["gunit"]:
            unit = BY_WRITTEN["个" + match["gunit"]].unit
        else:
            unit = BY_WRITTEN[match["unit"]].unit if match["unit"] else "%"
        start, end = match.span()
        found.append(Quantity(value, unit, _approx(match), text[start:end], Span(start, end)))
    return tuple(found)

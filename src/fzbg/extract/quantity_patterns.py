"""The patterns of :mod:`fzbg.extract.quantities`: qualifiers, fixed terms and the scan.

:data:`QUANTITY` is the candidate pattern: an optional qualifier (:data:`QUALIFIERS`), a
number (Arabic, Chinese, or ``百分之…``), a multiplier, a unit from :mod:`fzbg.genre.units`
and a trailing qualifier.  Beside it stand what marks a span where no quantity is: book
titles, the genre's fixed terms (:data:`FIXED_TERMS`) and, for numbers in Chinese, slogans
in quotes and place names.

The patterns are compiled with :mod:`re`, which runs them faster than ``regex`` when
each opens with one character class: the engine then skips to those characters in C.
The candidate pass (:data:`_SCAN`) also skips, in C, the numbers that no unit follows,
so the full pattern is tried at a few hundred places in a report, not thousands.
"""

from __future__ import annotations

import functools
import re

import attrs

from fzbg.extract.references import PATTERNS as REFERENCE_PATTERNS
from fzbg.genre.units import LONGEST_YEARS, TIME_AFTER_GE, UNITS, unit_pattern
from fzbg.model import Approx
from fzbg.text.classes import all_but
from fzbg.text.normalize import may_be_astral

__all__ = [
    "AFTER",
    "BEFORE",
    "BETWEEN",
    "FIXED_TERMS",
    "QUALIFIERS",
    "QUANTITY",
    "SLOGAN_AFTER_GE",
    "Qualifier",
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
    # 签约3家, 节约资金, 公约, 村规民约5项: the 约 of another word.
    Qualifier("约", Approx.ABOUT, BEFORE, "签合预邀特履违契节公条制相婚租集民规守践赴誓"),
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


def _qualifier_pattern(position: str) -> str:
    words = sorted((q for q in QUALIFIERS if q.position == position), key=lambda q: -len(q.word))
    # The word first, then what stands before it: re skips a branch on its first literal.
    return "|".join(
        re.escape(q.word) + (f"(?<![{q.not_after}]{re.escape(q.word)})" if q.not_after else "")
        for q in words
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
    "四套班子", "三套班子",  # 党委、人大、政府(、政协): a place's leading bodies
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

# re's \s and \d differ from those of the regex module, which these patterns were first
# written for: re's \s adds \x1c-\x1f, and its \d follows Python's older Unicode tables.
# Both are spelled out as regex reads them, so that a text is read the same either way.
_SPACE = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_DIGIT_ZEROS = (
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6,
    0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
    0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0,
    0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0,
    0x11950, 0x11BF0, 0x11C50, 0x11D50, 0x11DA0, 0x11DE0, 0x11F50, 0x16130, 0x16A60,
    0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
    0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
)  # fmt: skip
"""The zero of each run of ten decimal digits (Unicode category Nd) that regex's \\d reads."""
_DIGIT = "".join(rf"\U{z:08x}-\U{z + 9:08x}" for z in _DIGIT_ZEROS)
# The same digits below U+10000, and for the scan's skip classes with the planes above as
# one range: a superset (it only makes the scan stop more), one table lookup a character.
_BMP_DIGIT = "".join(rf"\u{z:04x}-\u{z + 9:04x}" for z in _DIGIT_ZEROS if z < 0x10000)
_ASTRAL = r"\U00010000-\U0010ffff"
_ANY_DIGIT = _BMP_DIGIT + _ASTRAL

# Spans where no quantity stands, whatever the number: a book or document title (a name),
# or a fixed term from FIXED_TERMS.  A title, as references reads it, opens with 《, so re
# skips to it in C.
_TITLE = REFERENCE_PATTERNS["law"]
# No fixed term overlaps another (a test checks), so every occurrence is a match however
# the text around it is scanned, and one that covers a candidate lies within this reach.
_FIXED = re.compile("|".join(map(re.escape, FIXED_TERMS)))
_FIXED_REACH = max(map(len, FIXED_TERMS)) - 1
# A fixed term that overlaps a candidate holds the candidate's first character or opens
# on one of the others: most candidates (61件) share neither and need no search.
_TERM_CHARS = frozenset("".join(FIXED_TERMS))
_TERM_OPENERS = frozenset(term[0] for term in FIXED_TERMS)

# After the first character: the rest of a whole run of Chinese numerals that it opens.
_NUMERAL_RUN = rf"(?<=[{_CN}])(?<![{_CN}].)[{_CN}]*+"

# Spans where no number written in Chinese is a quantity.  Each branch opens with one
# character of the leading class, consumed up front and read again by the branch's
# lookbehind, so that re skips to those characters in C.
_BLOCK_CHINESE = re.compile(
    rf"""
    [“‘「『"{_CN}]
    (?:
      (?<=“)[^“”\n]{{1,20}}”     # a short quoted slogan: “一枚印章管审批、一个大厅办成事”
    | (?<=‘)[^‘’\n]{{1,20}}’
    | (?<=「)[^「」\n]{{1,20}}」
    | (?<=『)[^『』\n]{{1,20}}』
    | (?<=")[^"\n]{{1,20}}"
    | (?<=[在到]一)起                     # 在一起, 聚到一起: 'together', not one case
    | (?<=一)[^{_SPACE},，。;；、点{_CN}]{{1,2}}一   # 一户一档, 一案一策: a rule, not a count
    | {_NUMERAL_RUN}个(?={"|".join(SLOGAN_AFTER_GE)})  # 四个意识: a slogan
    | {_NUMERAL_RUN}个(?=[ ]?[“‘「『"])  # 两个“全覆盖”: so many slogans
    | {_NUMERAL_RUN}个(?=[ ]?[0-9]+%)    # 三个100%: a slogan of rates
    | {_NUMERAL_RUN}位一体         # 五位一体, 三位一体: a slogan
    | (?<=届[{_CN}]){_NUMERAL_RUN}次(?=(?:、[{_CN}]{{1,3}}次)*(?:会议|大会|全会|全体会议))
                                  # 政协十五届三次会议, 五届九次、十次全会: the session's number
    | {_NUMERAL_RUN}元(?=[里区])   # 三元里, 三元区: a place
    | {_NUMERAL_RUN}[台所家门道里](?=[县市区镇乡村庄寨屯堡湾沟坪桥港岛州河湖山峡])
                                  # a place name: 三台县, 八所镇, 七台河市
    | {_NUMERAL_RUN}[张口](?=[镇乡]|街道)  # 三张镇, 五口镇 (两张村民卡 counts cards)
    | {_NUMERAL_RUN}分(?!钟|之|点)    # 十分重视, 一分为二: a word, not a score's points
    )
    """,
    re.VERBOSE,
)

# A number after 、 in a list of ordinals (第32、33条, 第三、四次, 第3、4、5批): the items
# before it, each of a few characters, and 第; or after a space that ends a range spaced
# around its dash or 至 (3 至 5 天, 3至 5天).  Checked only after 、, a comma or a space:
# one lookbehind elsewhere, in an atomic group so that a failing candidate is tried once.
_LISTED_ITEM = f"[0-9{_CN}]"
_TO = "[-~—–至到]"
_NOT_LISTED = "(?>(?<![、,{}])|{}{})".format(
    _SPACE,
    "".join(
        f"(?<!第{''.join(f'{_LISTED_ITEM}{{{n}}}[、,]' for n in items)})"
        for items in ((1,), (2,), (3,), (1, 1), (1, 2), (2, 1), (2, 2))
    ),
    f"(?<![{_DIGIT}{_CN}]{_TO}[{_SPACE}])(?<![{_DIGIT}{_CN}][{_SPACE}]{_TO}[{_SPACE}])",
)

_UNIT_FIRST = "".join(sorted({u.written[0] for u in UNITS}))
_SPLIT_END = re.escape(_UNIT_FIRST) + "万亿千余多"  # what a count's digits a space splits end on
_OPENERS = "".join(sorted({q.word[0] for q in QUALIFIERS if q.position == BEFORE}))
_between = _qualifier_pattern(BETWEEN)

# The candidate pattern after its first character class: see QUANTITY.  An optional part
# is written (?:…|), not (?:…)?: re runs the latter, for anything longer than a character,
# through its general repeat, which allocates and costs more than the rest of a failing
# candidate.  An absent part thus matches empty ("", not None).
_CANDIDATE = rf"""
    # 近, 约, 超过, 不足 …, and the space a copy may set after one (约 1.2万)
    (?P<pre>(?:{_qualifier_pattern(BEFORE)})[ ]?|)
    (?:
        # 百分之九十八, 百分之百, 百分之98.5
        百分之(?P<pct>[{_CN}]+(?:点[{_CN_FRACTION}]+|)|[{_DIGIT}]+(?:\.[{_DIGIT}]+|))
    |
        {_NOT_LISTED}                         # not 第三、四次, nor the end of 3 至 5 天
        (?:
            # Arabic, not inside a longer number, a code (G20) or an ordinal (第3次, 第 3次),
            # nor a rate (每3个月) or the end of a range (3-5天, 3 至5天, 1万至2万元).
            (?<![{_DIGIT}A-Za-z_.第每])(?<!第[{_SPACE}])
            (?<![{_DIGIT}{_CN}][-~—–至到])(?<![{_DIGIT}][{_SPACE}][-~—–至到])
            (?P<arabic>                       # 1,234 or 1 234 or 1234
                [{_DIGIT}]{{1,3}}+(?=[, ][{_DIGIT}]{{3}})
                (?:(?:,[{_DIGIT}]{{3}})+|(?:[ ][{_DIGIT}]{{3}})+)(?:\.[{_DIGIT}]+|)
              # a scan's space at a rate's point: 99. 5%, 12 .5% (not 5% of 99. 5%); not a
              # line's start, where 1. opens a point (1. 5%的企业)
              | (?<=.)[{_DIGIT}]{{1,3}}(?:[ ]\.[ ]?|\.[ ])[{_DIGIT}]{{1,2}}(?=[ ]?%)
              # a scan's space inside a small count: 1 2件, 12 3件 (not 1 234, a thousand;
              # nor after a figure: 12 15 3件 is a row's columns; nor a share past 100:
              # 45 30% is a row's count and share, nor one opening with 0: 0 1%)
              | (?<=.)(?<![{_DIGIT}][ ])(?![{_DIGIT}]{{2}}[ ][{_DIGIT}]+[ ]?%|0[ ])
                [{_DIGIT}]{{1,2}}[ ][{_DIGIT}]{{1,2}}
                (?![{_DIGIT}])(?=[ ]?[{_SPLIT_END}])
              | [{_DIGIT}]+(?:\.[{_DIGIT}]+|)
            )
        |
            # Chinese, not inside a longer numeral, an ordinal, a vague amount
            # (数十, 几百, 若干), 上百/成千 or the end of a range (三至五次).
            (?<![{_CN}数几若第每])(?:(?<![上成])|(?![百千万亿]))(?<![{_CN}{_DIGIT}][-~—–至到])
            (?P<chinese>
                [{_CN}]+?(?=百分点)             # 三百分点: 三 and 百分点, not 三百 and 分
              | [{_CN}]++(?:点[{_CN_FRACTION}]+|)
            )
        )
        # A space a copy set between the number and its 余 or 万 (260 余名, 1.2 万人次),
        # as it does before a unit: the space is no part of the qualifier.
        (?:[ ](?={_between}|[百千]?万|[千万]?亿))?
        (?P<mid>{_between}|)                  # 60余次, 十余次, 10余万元
        (?P<mult>                             # 6.1万, 1.2亿, 3千
            (?:[百千]?万|[千万]?亿)
            (?P<tail>                         # 1万2千, 2亿3000万, 1万2000: not 3亿2个
                [{_DIGIT}]+(?:[百千]?万|[百千]) | (?<=万)[{_DIGIT}]{{4}}(?![{_DIGIT}]) |
            )
          | 千
          |
        )
        (?:(?<=[万亿千])[ ](?={_between}))?   # 2 万 余人: a copy's space before 余
        (?P<mid2>{_between}|)                 # 1万余份, 6.1万余人
        [ ]?                                  # 118 项: a stray space before the unit
        (?=[{re.escape(_UNIT_FIRST)}])             # fast reject: no unit starts here
        (?:
            个(?P<gmid>{_between}|半)(?P<gunit>{"|".join(TIME_AFTER_GE)})   # 3个多月, 两个半月
          | (?P<unit>{unit_pattern(spaced=True)})   # 36 场 次: a copy's space inside
        )
    )
    (?:[ ](?=(?:{_qualifier_pattern(AFTER)})))?  # (80% 以上: a copy's space)
    (?P<post>{_qualifier_pattern(AFTER)}|)    # 以上, 左右, 以内 …
"""
_STARTS = f"{_ANY_DIGIT}{_CN}{_OPENERS}"  # a candidate opens with one of these

QUANTITY = re.compile(f"(?=[{_STARTS}]){_CANDIDATE}", re.VERBOSE)
"""The candidate pattern, run on :func:`fzbg.text.normalize.fold` of the text."""

# What a candidate needs, cheap to check: at most a qualifier's length of qualifier
# characters, then a run of one or more of what numbers, multipliers, 余/多 and a stray
# space are written with (近平 and 大项 hold none), then a unit's first character (or 分
# of 百分之).  After a run of _RUN_MAX such characters it gives up and says yes, which
# keeps it constant-time on long runs.
# Qualifier characters are never number characters, so where this fails at the start of a
# run of number characters it fails all along the run: the scan skips the whole run.
_QUALIFIER_CHARS = "".join(sorted({c for q in QUALIFIERS if q.position == BEFORE for c in q.word}))
_LONGEST_QUALIFIER = max(len(q.word) for q in QUALIFIERS if q.position == BEFORE)
_NUMBER_CHARS = f"{_ANY_DIGIT}{_CN},.点 " + "".join(
    q.word for q in QUALIFIERS if q.position == BETWEEN
)
_RUN_MAX = 12
_RUN_END = rf"{re.escape(_UNIT_FIRST)}分{_NUMBER_CHARS}"  # what ends a run a unit may follow
_NEEDED = rf"""
    [{_QUALIFIER_CHARS}]{{0,{_LONGEST_QUALIFIER}}}+
    [{_NUMBER_CHARS}]{{1,{_RUN_MAX}}}+
    [{_RUN_END}]
"""

_CN_NOT_HUNDRED = _CN.replace("百", "")  # 百 may open 百分之 inside a run: 三百分之

_BMP_DIGIT_CHARS = "".join(chr(z + i) for z in _DIGIT_ZEROS if z < 0x10000 for i in range(10))
# The scan tests every character it skips: one table lookup each (see fzbg.text.classes).
# _STARTS holds all above U+FFFF.
_SKIP = all_but(_BMP_DIGIT_CHARS + _CN + _OPENERS, astral=False)

# A number of more digits than LONGEST_YEARS has, right before 年, names a year (2024年):
# the quantities drop it whatever stands around it, so the scan passes over it.  A longer
# run than _RUN_MAX is left to the candidate pattern, so that no run is read twice in full.
_YEAR_NAME = rf"[1-9][0-9]{{{len(str(LONGEST_YEARS))},{_RUN_MAX}}}+(?=年)"

_SCAN = re.compile(
    rf"""
    [{_SKIP}]*+                          # skip, never to backtrack, what starts no candidate:
    (?:                                  # characters no candidate opens with, and
        (?:                              # where no unit follows, a number (2024年, 统一):
            [{_NUMBER_CHARS}]{{1,{_RUN_MAX}}}+(?![{_RUN_END}])  # _NEEDED, at a number
          | (?!{_NEEDED})[{_OPENERS}]    # or an opener (大力)
          # No number starts right after a digit, nor a numeral right after a numeral
          # (the lookbehinds of the candidate pattern), so the rest of a long run goes.
          | (?<=[{_DIGIT}])[{_DIGIT}]++  # 1234567890…
          | (?<=[{_CN}])(?:[{_CN_NOT_HUNDRED}]|百(?!分之))++  # 一一一…, but not 三百分之
          # A digit that a space and a lone digit follow (1 2 1 2…): neither a number read
          # on (3 456) nor a unit can come after it, but for a scan's split (1 2件).
          | [{_DIGIT}](?=[ ][{_DIGIT}](?![{_DIGIT}]|[ ]?[{_SPLIT_END}]))
          | {_YEAR_NAME}                 # a year's name: 2024年 (never a quantity)
        )
        [{_SKIP}]*+
    )*+
    (?:
        (?P<q>{_CANDIDATE})              # then a candidate,
      | [{_STARTS}]                      # or one character where the candidate pattern fails,
      |                                  # or nothing, at the end of the text
    )
    """,
    re.VERBOSE,
)
""":data:`QUANTITY`'s matches, found faster: each match ends with one of them as group
``q``, or with none (``q`` is None) where the quick checks let a place through that the
full pattern refuses.  The skip never passes a place where a candidate starts, but for
a year's name (:data:`_YEAR_NAME`), which no quantity is."""


@functools.cache
def _bmp_scan() -> re.Pattern[str]:
    """:data:`_SCAN` for a view with no character above U+FFFF, compiled on first use.

    Half the runs of digits lie above U+FFFF, and re checks a character that is not a
    digit against each of those runs, after one table lookup for the rest: without them
    the same scan reads digits by the lookup alone.
    """
    return re.compile(_SCAN.pattern.replace(_DIGIT, _BMP_DIGIT).replace(_ASTRAL, ""), re.VERBOSE)


def _scan(view: str) -> re.Pattern[str]:
    """:func:`_bmp_scan`, or :data:`_SCAN` where ``view`` may hold a character past the BMP."""
    return _SCAN if may_be_astral(view) else _bmp_scan()


# The groups of a candidate, in the order they stand in the pattern.
_GROUPS = (
    "pre",
    "pct",
    "arabic",
    "chinese",
    "mid",
    "mult",
    "tail",
    "mid2",
    "gmid",
    "gunit",
    "unit",
    "post",
)

"""Where a heading that lost its line break ends and its first sentence begins.

A copy that lost every line break (a document-sharing site, text pulled out of a PDF)
glues each heading to the paragraph under it with nothing between them, since headings
carry no closing punctuation: ``一、2024年工作总结某镇认真贯彻……``.  The seam is where the
genre's way of naming a topic meets its way of opening a paragraph:

- a heading ends in a noun of the report's business (不足, 原因, 安排, 总结, 责任, 建设 …);
- a paragraph opens with the first of its points (一是), a clause about the year
  (近年来, 今年以来), a concession (虽然), or a body and a verb of doing
  (某镇认真贯彻, 我街道将, 坚持……).

The patterns run on the folded matching view (simplified characters, half-width
punctuation).
"""

from __future__ import annotations

import re

import regex

from fzbg.genre.bodies import BODY_ENDINGS, POST, SIGNER_POSTS
from fzbg.genre.dates import BASIS_WORDS, MASK_DIGIT, UNDATED_OPENING

__all__ = [
    "BODY_END",
    "BODY_LAST",
    "BODY_OPENS",
    "HEADING_FINAL",
    "HEADING_GOES_ON",
    "MIN_BODY_SENTENCE",
    "MIN_HEAD",
    "NAME_REACH",
    "OPENING_VERBS",
    "SEAM_ANCHOR",
    "SELF_NAMED",
    "SELF_NAMES",
    "STRONG_OPENS",
    "STRONG_WORDS",
]

# Opens a paragraph whatever comes before it: never inside a heading.  Each alternative
# opens with a literal character (a look behind reads back after it), so that re scans a
# line for their first characters at speed (SEAM_ANCHOR).
_YEAR_OPENS = r"[0-9][0-9]年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?|以来|来)?,"  # 2025年,本镇将……
_STRONG = (
    rf"一(?<![统同唯]一)是(?![,:的否为])|首先[,]|年初[,]|{UNDATED_OPENING}|虽然|尽管"
    r"|\?\?(?=[\u4e00-\u9fff])"  # the indentation a one-byte-off reading turned into ??
    rf"|19{_YEAR_OPENS}|20{_YEAR_OPENS}|20{MASK_DIGIT}{{2}}年(?:以来)?,"  # 20xx年, of a template
)
# The verbs and adverbs a report's paragraphs open with (and 全年, 今年: the year's count);
# not 全面 of a set term (学习总书记全面依法治国新理念: 全面依法治国 is a noun).
_VERB = (
    r"坚持|认真|全面(?!依法治|从严治|深化改革|建成)|深入|始终|紧紧|严格|扎实|持续|积极|切实"
    r"|着力|大力|进一步|围绕|聚焦"
    rf"|{BASIS_WORDS}|通过|高度重视|强化|加大|加快|推动|狠抓|全年|今年"
)
# ...and the words that take such a verb inside a heading's phrase: 推进严格规范公正文明执法,
# 坚持依法全面履行政府职能.  No paragraph begins after one of them.
_TAKES_VERB = (
    r"推进|坚持|加强|深化|依法|依规|全面|持续|不断|进一步|着力|大力|扎实|切实|积极|认真|严格"
    r"|深入|始终|推动|强化|提升|优化|完善|健全|落实|贯彻|学习|开展|统筹|加快|加大|狠抓|抓好"
    r"|做好|夯实|筑牢|压实|更加|全力|努力|主动|不|要|并|和|与|及|以|把|将|在"
    r"|的|地|之|得|是|为|对|向|从|于"  # a word after these is inside the phrase
)
# How a body names itself without its place: 我局, 本镇, 街道党工委, 政府.
SELF_NAMES = (
    "我",
    "本",
    "人民政府",
    "政府",
    "办公室",
    "委员会",
    "管委会",
    "办事处",
    "街道",
    "中心",
)
_SPEAKER, _PLURAL = "我|本", "们"  # how a body names itself: 我局, 本镇, 我们
_ORGANS = "委|政府|人民政府"  # 省委、省政府: a level's party and government
_LEVEL = "[省市区县旗州盟镇乡]"
# A body's name that is one of them, with at most a unit (党工委) after it.
# Not the end of a longer name, read in its line: a level that ends an autonomous one's
# (自治|区人民政府), an organ after its level or 人民 (区|人民政府, 人民|政府).
SELF_NAMED = regex.compile(
    rf"(?:(?<!自治){_LEVEL}(?:{_ORGANS})|(?<!{_LEVEL}|人民)(?:{'|'.join(SELF_NAMES)}))"
    r"\p{Han}{0,3}(?:、|$)"
)
# A body that opens the paragraph, and what it does: 某镇认真贯彻, 我街道将, 本局坚持,
# 街道党工委、办事处高度重视.
# A place's name reaches the last character of an ending within so many characters, all
# of them Chinese: a cheap look ahead, before the endings are tried after each length.
_ENDINGS = BODY_ENDINGS.split("|")
_NAME_GUARD = (
    rf"(?=\p{{Han}}{{1,{8 + max(map(len, _ENDINGS))}}}"
    rf"(?<=[{''.join(sorted({ending[-1] for ending in _ENDINGS}))}]))"
)
_ONE_BODY = (
    rf"(?:(?:{_SPEAKER})(?:{_PLURAL}|{BODY_ENDINGS})?"
    # a place's name has two characters or more
    rf"|{_NAME_GUARD}\p{{Han}}{{2,8}}?(?:{BODY_ENDINGS})"
    rf"|{MASK_DIGIT}{{2,4}}\p{{Han}}{{0,6}}?(?:{BODY_ENDINGS})"  # a template's: xx镇人民政府
    rf"|{_LEVEL}(?:{_ORGANS})"
    rf"|(?<!人民)(?:{'|'.join(SELF_NAMES[2:])}))"  # not 镇人民|政府: the end of a name
)
# The head who acts for the body, in a duties part: 局党组书记、局长认真履行…, 主要负责同志.
_HEADS = rf"(?:(?:{_LEVEL}委?|局|厅|委|办)?{POST}|主要(?:负责|领导)同志)"
_HEAD = rf"{_HEADS}(?:、{_HEADS})*"
BODY_LAST = frozenset(
    word[-1]
    for words in (_SPEAKER, _PLURAL, BODY_ENDINGS, _ORGANS, "|".join(SELF_NAMES[2:]))
    for word in words.split("|")
) | {post[-1] for post in (*SIGNER_POSTS, "同志")}
"""The characters a body's name (of :data:`BODY_OPENS`) or a head's post ends with."""
# What a body that opens a paragraph does next, or the year it did it in (某镇2023年共…).
# (each branch opens with a literal: SEAM_ANCHOR's scan keys on their first characters)
_DOES_WORDS = rf"{_VERB}|将|在|把|对|19[0-9]{{2}}年|20[0-9]{{2}}年|20{MASK_DIGIT}{{2}}年"
_DOES = rf"(?:{_DOES_WORDS})"
_BODY = rf"{_ONE_BODY}(?:、{_ONE_BODY}){{0,2}}|{_HEAD}"
OPENING_VERBS = _VERB
"""The verbs and adverbs a paragraph opens with, after its subject (某局坚持, 认真…)."""

_AFTER_WORD = r"(?<=\p{Han}[ ]*)"  # a paragraph opens after a word (and the spaces after it)
BODY_OPENS = regex.compile(
    rf"""{_AFTER_WORD}
    (?: (?P<strong>)(?={_STRONG})
      | (?={_VERB})(?<!{_TAKES_VERB})  # the verb first: the cheaper test
      | (?<![我本])(?P<body>{_BODY})(?={_DOES})
    )""",
    regex.VERBOSE,
)
"""A place inside a heading's line where the paragraph under it begins.

Found with ``overlapped=True``: a body's name may be read from several starts
(``工作|总结某镇认真``, ``总结|某镇认真``); the one nearest the verb is the seam.

>>> [m.start() for m in BODY_OPENS.finditer("存在的问题与不足一是宣传不够", overlapped=True)]
[8]
>>> view = "2024年工作总结某镇认真贯彻上级部署"
>>> sorted({(m.end("body") if m.group("body") else m.start(), m.start())
...         for m in BODY_OPENS.finditer(view, overlapped=True)})
[(11, 7), (11, 9)]
>>> BODY_OPENS.search("全面推进我县法治政府建设") is None  # 推进 ends no heading
True
"""

STRONG_OPENS = regex.compile(rf"{_AFTER_WORD}(?={_STRONG})")
"""Where :data:`BODY_OPENS` matches with its ``strong`` group: its first alternative alone."""
STRONG_WORDS = re.compile(_STRONG)
"""The strong openings alone, on ``re``, which scans for their first characters at speed:
:data:`STRONG_OPENS` finds one only where this one opens, so where it finds none, none is."""

BODY_END = re.compile(rf"[{''.join(sorted(BODY_LAST))}](?={_DOES})")
"""Where a body's name of :data:`BODY_OPENS` may end: its last character, and what it does."""

# One flat alternation, every branch opening with a literal: re scans for their first
# characters (see _STRONG).
SEAM_ANCHOR = re.compile(rf"{_STRONG}|{_DOES_WORDS}")
"""What every seam of :data:`BODY_OPENS` leads to, found by a plain scan: a line without one
has no seam, and a seam stands at most a body's name (:data:`NAME_REACH` characters) before one."""
NAME_REACH = 12

HEADING_FINAL = regex.compile(
    r"(?:原因|不足|问题|短板|差距|打算|安排|计划|思路|总结|回顾|情况|成效|成绩|举措|措施|做法"
    r"|责任|职责|职能|义务|领导|建设|体系|机制|水平|能力|环境|保障|决策|执法|监督|服务|改革|治理"
    r"|工作|思想|任务|目标|方向|要求|基础|素质|推进|提升|落实|实施|发展|作用|意识|格局|效能"
    r"|质效|化解|纠纷|法治|行政|公开|审查|复议|宣传|教育|质量|效率|实效|秩序"
    r"|氛围|公信力|满意度|获得感|透明度|管理|根基|基石|底线|防线|屏障|支撑|合力|活力|效果|品牌"
    r"|高地|局面|篇章)$"
)
"""The last words of a heading: what a section or a topic of the year's work is called, or
what is done to it (整体推进).  Where a body's name could start at several places, the
heading ends at one of these (工作总结|某镇, 整体推进|自治区党委), searched with the
seam as ``endpos``."""

HEADING_GOES_ON = frozenset("的和与及之并或、")
"""A heading broken after one of these goes on past the break (推进法治政府建设面临的 / 困难
和挑战): no paragraph begins there."""

MIN_HEAD = 4
"""A heading or an item's title has this many characters before its paragraph can begin:
a space or a seam sooner stands inside its words (落 实权利, 强化依 法决策: a scan's)."""

MIN_BODY_SENTENCE = 12
"""A seam found by a verb or a body alone needs this many characters of sentence after
it, up to its stop: a short rest (强化组织领导|全面推进法治建设。) is the heading's own
second half."""

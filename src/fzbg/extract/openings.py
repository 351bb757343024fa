"""The opening sentence of a preamble: the body it names as its subject, before its verb.

"2024年,古城街道坚持…", "2019年,在省委……的正确领导下,南昌县全面贯彻…",
"今年以来,某镇坚持…", "2023年是…开局之年,某县坚持…": :mod:`fzbg.extract.metadata` reads
the issuer (group ``issuer``) and the year (group ``year``) from these when the title
names neither.  Matched on the folded view, at the preamble's start.
"""

from __future__ import annotations

import re

import regex

from fzbg.genre.dates import BASIS_WORDS, MASKED_YEAR, OPENING_YEAR, UNDATED_OPENING
from fzbg.genre.dates import YEAR as _YEAR

__all__ = ["OPENING", "UNDATED", "VERB", "YEAR_CLAUSE"]

# "2024年,古城街道坚持…", "2019年,在省委……的正确领导下,南昌县全面贯彻…": the opening
# sentence names the issuer just before its first verb.
_VERBS = (
    r"坚持|认真|深入|全面|始终|紧紧|紧扣|以|在|围绕|聚焦|牢牢|扎实|积极|高度|按照|严格|持续|不断"
    r"|大力|着力|切实|把|将|进一步|贯彻|落实|立足|锚定|主动"
    r"|统筹|推进|推动|加强|强化|深化|加快|坚定|坚决|全力|奋力|努力|聚力|注重|着眼|紧密|继续"
    r"|稳步|对标|勇于|精心|自觉|充分|准确|一以贯之|扎扎实实"
    # and more, none of them a word of a body's name (not 创新, 规范, 建设, 保障, 管理)
    r"|狠抓|抓实|抓好|抓牢|突出|健全|完善|锐意|团结|带领|坚守|践行|用好|强力|高位|奋发|从严"
    r"|勇毅|守正|多措并举|凝心聚力|高举|秉持|紧盯|扛牢|压实"
)
VERB = re.compile(_VERBS)  # a verb of two characters opens no name (将乐县 may open one)
_NAME_CHAR = r"[^,。、\s:;《》()]"
# The name may be followed by the short name the report goes on with: (以下简称县政府).
_SHORT_NAME = r"(?:\(以下简称[^()]{1,16}\))?"
# A verb of two characters or more opens no name (助力广州实现…, 推动某市…: a clause).
_LONG_VERBS = "|".join(v for v in (*_VERBS.split("|"), "助力", "实现") if len(v) > 1)
_SUBJECT = (
    rf"(?P<issuer>(?![我本也])(?!{_LONG_VERBS}){_NAME_CHAR}{{2,24}}?(?:、{_NAME_CHAR}{{2,12}}?)?)"
    rf"{_SHORT_NAME}(?={_VERBS})"
)
# The clauses, one or two, an opening may put before its subject: 在…领导下, 在…新征程上,
# 面对…形势, 按照…要求 (在县委…领导下,在县委依法治县办…指导下,), 为贯彻落实《…》.
_LEAD_WORDS = f"面对|{BASIS_WORDS}|围绕|对照|立足|聚焦|为|助力"
_LEAD = rf"(?:(?:在[^。]{{2,80}}?[下上中]|(?:{_LEAD_WORDS})[^。,]{{2,80}}),\s*){{0,3}}"
_FOLLOWING = rf"(?:(?:{BASIS_WORDS}|为)[^。]{{2,120}}?,\s*)?"  # 根据…部署,2023年,某街道…
# (a copy may double the comma: 2022年,,某镇坚持…)
OPENING = regex.compile(r"\s*" + _FOLLOWING + OPENING_YEAR + r",{0,2}\s*" + _LEAD + _SUBJECT)
_MASKED_YEAR = rf"{MASKED_YEAR}度?(?:以来)?"  # 20xx年度, of a template: it names no year
# "今年以来,某镇坚持…", "在区委…领导下,某街道坚持…", "20xx年,xx镇坚持…": an opening with no
# year it names; the issuer only.
UNDATED = regex.compile(  # (年, alone: a year whose digits a copy lost)
    rf"\s*(?:(?:{UNDATED_OPENING}|{_MASKED_YEAR}|年度?),{{0,2}}\s*|(?=在|{_LEAD_WORDS}))?"
    + _LEAD
    + _SUBJECT
)
# "2024年是…之年,也是…之年。某街道始终坚持…", "2023年是…开局之年,某县坚持…": an opening
# about the year; the body is the subject of the clause after it, which may name the year
# again without its number and put its leads first (。一年来,在市委…领导下,某县坚持…).
YEAR_CLAUSE = regex.compile(
    r"\s*" + _YEAR + r"是[^。]{2,160}?(?:。|(?:之年|一年),)\s*"
    rf"(?:(?:{UNDATED_OPENING}),\s*)?" + _LEAD + _SUBJECT
)

"""Which statutory section a heading or a paragraph introduces, from cue tables.

The tables are data: adding a heading phrasing the genre uses is one line.  Patterns run
on the folded matching view (simplified characters, half-width punctuation).
"""

from __future__ import annotations

import re

import regex

from fzbg.genre.bodies import BODY_ENDINGS
from fzbg.model import SectionKind

__all__ = [
    "ANY_HEADING_CUE",
    "ATTACHMENTS",
    "BODY_ENDINGS",
    "CLOSING_WORDS",
    "DONE_CUE",
    "DUTY_ITEM",
    "LONGEST_HEADING",
    "PLANS_CUE",
    "classify_heading",
    "classify_lead",
    "is_unnumbered_heading",
]

_K = SectionKind

# The words that end a report's text, before its signature (on the folded view): 特此报告,
# 专此汇报, 特此报告,请审阅, 以上报告,妥否,请批示, 妥否,请审示.  (No literal space: verbose
# patterns embed it.)
_ASKS = r"请(?:审阅|审示|批示|阅示|审议|审定)"
CLOSING_WORDS = rf"(?:(?:特此|专此)(?:报告|汇报)|以上报告)(?:,?(?:妥否,?)?{_ASKS})?|妥否,?{_ASKS}"
# The list of a document's attachments, between its body and its signature: 附件:1.某某
# 统计表 / 2.某某情况表 (the folded view: ``:`` for ：).
ATTACHMENTS = r"附件[ ]?(?:[0-9]{1,2}|[一二三四五六七八九十])?[ ]?:"


# The heads named by their offices, their duties as a heading or an item's title puts them
# (镇党委书记、镇长履职情况, 局长履职尽责情况, 主要领导履职情况).
# Each office a literal, so that the heading cues all open with one (see ANY_HEADING_CUE).
_OFFICES = ("书记", "省长", "市长", "县长", "区长", "州长", "旗长", "镇长", "乡长", "局长", "厅长")
_HEADS_BY_OFFICE = rf"(?:{'|'.join(_OFFICES)}|处长|主任|主要领导)[^,。]{{0,6}}履[职责](?:尽责)?情况"
# The principal leader, in the words a duties heading names them by: 主要负责人, 主要负责
# 同志, 主要领导, and 一把手 or 党政正职 as a report may also put it.  (Not for an item:
# 督促主要领导履职尽责 is a measure, the leaders' duties in general.)
_PRINCIPAL = r"(?:主要负责(?:人|同志)|主要领导|一把手|党政正职)"

# What is still to be done (需要, 有待, 尚待 …改进): the shortcomings, in other words.
_STILL_TO = "需要|有待|亟待|亟需|急需|仍需|尚需|还需|尚待|仍待"

# Heading cues, tried in order: the first that matches decides.  Duties come first
# because their headings also say 情况 (…第一责任人职责暨推进法治政府建设情况);
# shortcomings before plans because "存在的问题及下一步打算" reports problems first.
HEADING_CUES: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    # 党政主要负责人履行推进法治建设第一责任人职责情况, 主要负责人履职情况, 主要负责人述法情况,
    # 镇党委书记、镇长履职情况
    # 领导班子履行法治建设职责情况, 述法情况
    (
        _K.DUTIES,
        re.compile(
            rf"第一责任人|{_PRINCIPAL}.{{0,12}}(职责|履职|履责|述法)"
            # 主要负责人推进法治政府建设情况, 一把手抓法治建设情况: their duty in other
            # words, the leader driving the rule of law; a heading ending in 情况, not a
            # sentence's words (主要负责同志认真履行推进法治建设…)
            rf"|{_PRINCIPAL}[^,。]{{0,8}}(推进|推动|抓)[^,。]{{0,4}}法治[^,。]{{0,8}}情况:?$"
            r"|履行[^,。]{0,8}法治[^,。]{0,6}职责"
            # 镇党委书记、镇长履职情况, 主要领导履职尽责情况: the heads named by office
            rf"|{_HEADS_BY_OFFICE}:?$"
            # 述法情况, 年度述职述法: the heads' own report on those duties
            r"|述法(情况|工作)?:?$"
        ),
    ),
    # 主要工作举措、成效及存在问题, 工作开展情况和存在的不足: the year's measures, with
    # the shortcomings as their last part
    (
        _K.MEASURES,
        re.compile(
            r"(举措|成效|做法|成绩|开展情况)[^,。]{0,8}(及|和|与|、)(其)?存在的?(问题|不足)"
        ),
    ),
    # 存在的不足和原因, 存在的问题与不足, 困难和挑战, 差距和短板, 需要改进的方面
    (
        _K.SHORTCOMINGS,
        re.compile(
            r"不足|差距|短板|薄弱|(存在|面临)的?[^,。]{0,6}(问题|困难|挑战)"
            r"|问题(分析|剖析)"  # 问题分析, 存在问题剖析
            rf"|({_STILL_TO})(进一步)?改进"
            # 还需加强的地方, 有待提升的方面, 需要完善之处: what is still to be improved
            rf"|({_STILL_TO})(进一步)?(加强|提升|提高|完善)的?(地方|方面|之处)"
            r"|(问题|困难)(和|与|及)(不足|原因|挑战|困难|问题|短板|差距)"
            # 问题与展望, 问题及对策, 困难问题及努力方向: the problems first, then what is
            # to be done about them
            r"|(问题|困难|不足|差距)(和|与|及|、)(展望|对策|建议|打算|思路|努力方向|今后|下一?步)"
            # 主要问题, 工作中的问题, 当前的突出问题: a heading that ends in its problems
            r"|(主要|突出|工作中的?|当前的?|目前的?)(问题|困难):?$"
        ),
    ),
    # 下一步工作打算, 下步工作, 2025年工作安排, 下一年度主要安排, 工作思路, 计划, 今后工作方向,
    # 未来工作, 改进方向 (not 未来社区, 未来乡村: programmes a measure builds)
    (
        _K.PLANS,
        re.compile(
            r"下一?(步|阶段)|下一年|下年度|明年|来年|今后|未来(工作|一年|[三五]年)|安排|计划|打算|思路"
            r"|设想|展望|对策"
            # 2025年重点工作(:), 2025年工作目标, 2025年度工作谋划, not 重点工作完成情况
            r"|(重点工作|工作重点|主要任务|(努力|工作|改进)方向|工作目标|工作要点|改进措施|整改措施"
            r"|工作谋划)"
            r":?$"
        ),
    ),
    # 其他需要报告的情况; 意见建议, 几点建议: what the body asks of those above it, neither
    # its measures nor its plans (each cue opens with a word prose seldom holds: 有关 and
    # 工作 would send most lines to the full cue pattern, see fzbg.page.wraps.CUE_OPENING)
    (_K.OTHER, re.compile(r"其[他它]|意见(和|与|及)?建议|几点建议:?$")),
    # 主要举措和成效, 工作开展情况, 工作总结, 基本情况, 2016年工作完成情况, 2023年工作回顾
    (
        _K.MEASURES,
        re.compile(
            r"举措|成效|成绩|(开展|完成|进展|建设|推进|工作|基本)情况|工作(总结|回顾)"
            r"|主要(工作|做法)|(经验|典型|创新)做法|工作亮点|特色亮点|典型经验|总体情况"
        ),
    ),
)

# The words a section's heading ends with (…主要举措和成效, …存在的不足和原因, …有关情况,
# …主要安排): a short line ending so under a heading broken off mid-phrase is its end.
SECTION_FINAL = re.compile(r"(?:情况|安排|成效|原因|不足|打算|计划|措施|举措|思路|问题|挑战)$")

# Words that say the work is done (主要举措和成效, 工作开展情况, 工作总结): a heading with
# them tells the year reported on, even when it names another year.
DONE_CUE = re.compile(r"成效|成绩|成果|情况|总结|回顾|亮点|经验|完成")

# A heading of two clauses ("补齐短板弱项,提升执法水平", "统筹安排部署,压实工作责任"), or
# one opening with a verb of doing (补齐执法短板, 科学安排部署), names a topic of the
# year's work, whatever words it borrows: only these cues, which no topic uses, still name
# a section in it.
_TOPIC_VERB = re.compile(
    r"[ ]*(补齐|补强|弥补|破解|加强|强化|夯实|统筹|科学|严格|落实|着力|聚焦|坚持|完善|健全"
    r"|深化|提升|优化|规范|创新|狠抓|筑牢|压实)"
)
_DUTY_CUE = HEADING_CUES[0][1]
PLANS_CUE = HEADING_CUES[3][1]
"""The plans' heading cue: in a shortcomings heading, it says the plans follow in the
same section (存在的不足和下一步打算)."""
assert HEADING_CUES[3][0] is _K.PLANS
# A top-level measures item whose title names the 第一责任人 states a duty, and so does
# one that names the 主要负责人 and their 职责 (党政主要负责人履行推进法治建设职责情况), or
# one that is the leaders' report on it (述法情况, 年终述职述法; not 推行述法制度), or names
# them by office (镇长履职情况).
DUTY_ITEM = re.compile(
    r"第一责任人|主要负责(?:人|同志)[^,。]{0,16}(?:职责|履职|履责|述法)"
    r"|述法(?:情况|工作)?[ .。:;]*$"
    rf"|{_HEADS_BY_OFFICE}[ .。:;]*$"
)
_MEASURE_CUE = HEADING_CUES[-1][1]
CLAUSE_CUES: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    (_K.DUTIES, _DUTY_CUE),
    (
        _K.SHORTCOMINGS,
        re.compile(
            r"(存在|面临)[^,。]{0,8}(不足|问题|困难|挑战|差距|短板|薄弱)"
            r"|(问题|困难|不足)(和|与|及)(不足|原因|挑战|困难|问题|短板|差距)|差距(和|与|及)不足"
        ),
    ),
    (_K.PLANS, re.compile(r"下一步|下一(年|阶段)|下年度|明年|来年")),
    (_K.MEASURES, _MEASURE_CUE),
)

ANY_HEADING_CUE = regex.compile(
    "|".join(dict.fromkeys(f"(?:{cue.pattern})" for _, cue in (*HEADING_CUES, *CLAUSE_CUES)))
)
"""Any cue of :data:`HEADING_CUES` or :data:`CLAUSE_CUES`: words without one name no
section, whatever their shape.  On ``regex``, for its overlapped search; the parse reads
its source (``page.seams``, ``page.wraps``), not the pattern."""

# A paragraph that opens a section without a heading says so in its lead, before the
# colon that introduces its enumeration: "我们也清醒地看到当前面临的困难和挑战:一是……".
LEAD_CUES: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    (
        _K.SHORTCOMINGS,
        re.compile(
            r"(看到|认识到|发现|存在|面临|仍有|还有|也有)[^。:]{0,30}"
            r"(不足|问题|困难|挑战|差距|短板|薄弱)"
        ),
    ),
    (
        _K.PLANS,
        re.compile(
            r"下一?步|下一?阶段|接下来|今后|下一年|新的一年|明年|打算"  # 下步打算:
            # 2025年,我局将重点做好以下工作 — not 2024年,我县将法治建设纳入考核
            r"|(?:19|20)[0-9][0-9]年[^。:]{0,12}将(?:重点|着力|继续|持续|进一步|围绕|聚焦|从)"
            # 对此,我县将: a lead that ends in what will be done
            r"|将$"
        ),
    ),
)

# An unnumbered heading is a short line with no sentence punctuation inside it, and
# not the report announcing itself ("……报告如下:") or a list ("主要存在以下问题:").
# Not a title (…报告), nor a site's headline that holds one in brackets ([…报告] 对…的思考).
_HEADING_SHAPE = re.compile(
    r"(?!.*(?:报告|如下|以下[^:]{0,8}):?$)(?!.*报告[\]】])[^。,;!?]{2,48}:?"
)
LONGEST_HEADING = 49  # the longest line _HEADING_SHAPE takes: a paragraph fails at once
# ...that names the report's business, not a slogan: "2025年工作安排", "下一步工作打算".
_HEADING_TOPIC = re.compile(
    r"工作|法治|依法|建设|情况|举措|安排|计划|打算|不足|问题|职责"
    r"|成效|做法|存在|面临|改进|方向"  # 取得的主要成效, 存在的薄弱环节, 努力方向
    r"|差距|短板|薄弱|的方面|的地方|之处"  # 主要差距, 短板弱项, 薄弱环节, 有待提升的方面
)


def classify_heading(view: str) -> SectionKind | None:
    """The section kind a heading's words announce, or None when they announce none.

    >>> [classify_heading(h) for h in ("存在的问题与不足", "2025年工作安排", "以党建为引领")]
    [<SectionKind.SHORTCOMINGS: 'shortcomings'>, <SectionKind.PLANS: 'plans'>, None]
    >>> classify_heading("补齐短板弱项,提升执法水平") is None  # a topic, not the shortcomings
    True
    """
    colon = view.find(":")
    topic = "," in (view if colon < 0 else view[:colon]) or _TOPIC_VERB.match(view)
    cues = CLAUSE_CUES if topic else HEADING_CUES
    spaced = " " in view
    closed = None
    for kind, cue in cues:
        if cue.search(view):
            return kind
        if spaced:  # the closed view made once, at the first cue the words do not hold
            closed = closed or _closed(view)
            if closed and _across(cue, *closed):
                return kind
            spaced = closed is not None
    return None


# A scan's space between two characters (存在的不 足, 主要举 措): closed up, a heading's
# cue is read across it only where the space splits the cue's words.  A space a report
# sets between two whole phrases (强化组织领导 压实主体责任) splits no cue word, and
# the words on either side are read as they stand.
_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")


def _closed(view: str) -> tuple[str, tuple[int, ...]] | None:
    """``view`` with its spaces between Han characters closed up, and where each stood."""
    joints: list[int] = []
    parts: list[str] = []
    last = size = 0
    for space in _INNER_SPACE.finditer(view):
        parts.append(view[last : space.start()])
        size += space.start() - last
        joints.append(size)  # the closed view's place where the space stood
        last = space.end()
    if not joints:
        return None
    parts.append(view[last:])
    return "".join(parts), tuple(joints)


def _across(cue: re.Pattern[str], closed: str, joints: tuple[int, ...]) -> bool:
    """Whether ``cue`` matches ``closed`` with a match whose words a closed space split."""
    return any(m.start() < j < m.end() for m in cue.finditer(closed) for j in joints)


def is_unnumbered_heading(view: str) -> SectionKind | None:
    """The kind of a line that is a section heading without a number, else None.

    >>> is_unnumbered_heading("2025年度推进法治政府建设的主要安排")
    <SectionKind.PLANS: 'plans'>
    >>> is_unnumbered_heading("我们将进一步完善工作安排。") is None
    True
    """
    if len(view) > LONGEST_HEADING or not _HEADING_SHAPE.fullmatch(view):
        return None
    if not _HEADING_TOPIC.search(view) and not (
        " " in view and _HEADING_TOPIC.search(view.replace(" ", ""))  # 主要举 措: a scan's space
    ):
        return None
    if view.rstrip(":").endswith((",", "、")):
        return None
    return classify_heading(view)


def classify_lead(view: str) -> SectionKind | None:
    """The kind of section a paragraph's lead (the words before its colon) opens, if any.

    >>> classify_lead("在总结成绩的同时,我们也清醒地看到当前面临的困难和挑战")
    <SectionKind.SHORTCOMINGS: 'shortcomings'>
    """
    closed = _closed(view) if " " in view else None
    for kind, cue in LEAD_CUES:
        if cue.search(view) or (closed and _across(cue, *closed)):
            return kind
    return None

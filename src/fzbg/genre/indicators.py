"""The genre's phrases that keep a figure from counting, or tie it to a subject named elsewhere.

The registry's rows themselves (keys, cues, units) are :mod:`fzbg.genre.indicator_rows`;
``INDICATORS`` is re-exported here, where the stages have always imported it from.
"""

from __future__ import annotations

import re

from fzbg.genre.indicator_rows import INDICATORS
from fzbg.genre.registry import IndicatorSpec
from fzbg.model import Quantity

__all__ = [
    "ALL_OF",
    "AVERAGE",
    "BREAKDOWN",
    "BROADCAST",
    "CHANGE",
    "CHANGE_ENDS",
    "CHANGE_GOES_ON",
    "CHANGE_REACH",
    "COLUMNS",
    "COUNTED_BEFORE",
    "COUNTED_OTHER",
    "DELIBERATED",
    "DISPATCHED",
    "EACH",
    "EACH_ENDS",
    "ELIDED",
    "FILLER",
    "FRAME_OBJECT",
    "FRAME_VERB",
    "FREQUENCY",
    "FROM_BASE",
    "HEAD_NOUN",
    "INDICATORS",
    "LEVEL",
    "LISTED",
    "MEETING",
    "OUTCOME",
    "PARTICIPANTS",
    "PART_OF",
    "PEOPLE",
    "RESPECTIVELY",
    "RESPECTIVE_FIGURE_JOIN",
    "RESPECTIVE_SUBJECT_JOIN",
    "RIGHT_AFTER",
    "TARGET",
    "TOPIC",
    "TOPIC_ENDS",
    "TOPIC_OPENS",
    "counts_other",
    "keys_nothing",
    "past_parts",
    "per_period",
    "right_after_only",
]

# Before a count of several subjects at once (各5件, 均为3件): it keys the first (as 均达100%).
EACH = re.compile(r"(?:各|均|都)(?:为|是|有|达到?)?[ ]?$")
EACH_ENDS = frozenset("各均都为是有达到 \n")  # what EACH's match ends on, or the \n its $ precedes

# Before a figure in its clause, a part of a total stated before: 合法性审查61件,具体包括合同
# 40件; 7件(其中1件驳回…); 包括…等; an outcome of the cases counted: 12件…案件中胜诉10件.
_OUTCOME = r"(?:胜诉|败诉|维持|撤销|撤回|撤诉|驳回|纠错|确认违法|终止|和解|出庭(?:应诉)?)"
_PARTS = r"其中|具体(?:包括|为|是)|包括|含"  # literals: the gate below scans for them fast
_G = r"(?![^()0-9,;。]*\))"  # a gloss closed before any figure qualifies: 案件(含结转)42件
BREAKDOWN = re.compile(rf"其中{_G}|具体(?:包括|为|是){_G}|包括{_G}|含{_G}|中(?=[,:]?{_OUTCOME})")
# An outcome right before a figure counts a part (复议纠错4件, 出庭应诉17件; not 出庭应诉100%).
OUTCOME = re.compile(rf"{_OUTCOME}了?[ ]{{0,2}}$")
_RATE = re.compile(r"[0-9.]+%|百分之")
_OUTCOME_ENDS = frozenset("诉持销回驳错法止解庭了 ")  # the last characters of OUTCOME's matches
_OUTCOME_REACH = 8  # OUTCOME's longest match, and a few spaces

# Before a figure in its sentence, a target or a plan, not the year's result: 力争持证率达到
# 95%, 确保…达到, 下一步, 目标是, 计划完成 (not 目标责任制, a system in place).
TARGET = re.compile(
    r"力争|争取|确保[^,;。]{0,20}?达到?|目标(?:是|为)|下一步|下一年|明年|预计"
    r"|计划(?:完成|达到|开展)"
)

_CHANGE_VERB = r"(?:增加|减少|增长|下降|上升|降低|提高|提升)"  # 增加6件, 下降2.3%, 提高了12%

# A change against an earlier year, right before the figure: 比上年增加6件, 同比下降2.3%,
# 较2022年提高了12%, 与上年相比(,行政复议案件)增加6件, 增幅达26%.  It counts no case, nor
# states a rate, of the year.  The earlier year must be named: 新增法律顾问5名 counts the
# year's new advisers.  Every base holds 比 or 较, or is a rise (增幅, 降幅) itself.
CHANGE = re.compile(
    r"(?:(?:同比|环比|[比较](?:上|去)一?年度?|[比较]20[0-9]{2}年度?)(?:同期)?[^,;。]{0,4}?"
    rf"|[与和](?:上|去)一?年度?(?:同期)?相比[^;。]{{0,16}}?)(?:{_CHANGE_VERB}|多|少)了?$"
    r"|(?:增幅|降幅|涨幅)(?:达到?|为)?$"
)
CHANGE_ENDS = frozenset("加少长降升低高多了幅达到为")
"""The characters a match of :data:`CHANGE` ends with: a figure after none is no change."""
CHANGE_REACH = 16
"""How far before a figure a match of :data:`CHANGE` starts, but for one after 相比."""
# A clause of a change verb alone, after a change: 同比增加30件,增长12% (the 12% too).
CHANGE_GOES_ON = re.compile(rf"\s*{_CHANGE_VERB}了?\s*")

# What joins a change, or an earlier year's figure, to the level reached right after it:
# 比上年增加6件,达到38件; 较上年增加12件,共办理58件; 由上年的120件增至156件.  The level
# counts the subject named before the change; the change, or where it starts, nothing.
LEVEL = re.compile(
    r"[\s,、]*(?:全年|总数|总量)?(?:共|累计|合计|总计)?(?:计|办理|受理|审结|办结|化解|处理|查处)?"
    rf"(?:(?P<to>(?:{_CHANGE_VERB}|增|减|升|降|压缩|缩短)?(?:至|到)|{_CHANGE_VERB}为)"
    r"|(?:仅|只)?(?:达到|达|为|有)了?)?"
    r"(?:20[0-9]{2}年度?的?)?[\s:]*"  # 从2022年的85%提升到2023年的100%
)
# Before the earlier year's figure, in its clause: 由上年的120件, 从2022年的92%, and the
# year compared with, its figure after 的: 较2022年的45件(增加至58件), 比去年同期的40件.
FROM_BASE = re.compile(r"[由从][^,;。]{0,8}$|[较比][^,;。]{0,8}?的$")

# A frequency, not a count of the year: 每季度集体学法不少于1次, 以每两月1次频次, 每3个月; not
# a slogan's first words in quotes (“每月一学”学法活动12场次 counts the year's sessions), looked
# for behind the 每 once found, so that the pattern opens with 每 and skips to one.
# A year with its minimum before the verb (每年至少举办讲座2次) is a rule's frequency too.
FREQUENCY = re.compile(
    r"每(?<![“「‘『]每)(?:(?:[0-9]{1,2}|[两三半])?个?(?:周|月|季度|季|半年|天|日)"
    r"|年度?(?=至少|不少于|不低于))"
)
# ...and, for a minimum (每年开展不少于2次), the year too: a rule, not the year's count.
_PER_PERIOD_OR_YEAR = re.compile(rf"{FREQUENCY.pattern}|每年")
_ARABIC_DIGIT = re.compile(r"[0-9]")


def per_period(view: str, start: int, end: int, *, minimum: bool = False) -> bool:
    """Whether the number at ``end`` is so many a period: the first after one in ``start:end``.

    >>> view = "以每两月1次频次开展学习5次"
    >>> per_period(view, 0, view.index("1次")), per_period(view, 0, view.index("5次"))
    (True, False)
    >>> view = "每年开展培训不少于2次"
    >>> per_period(view, 0, 9), per_period(view, 0, 9, minimum=True)
    (False, True)
    """
    if view.find("每", start, end) < 0:  # every period opens with 每: no scan without it
        return False
    pattern = _PER_PERIOD_OR_YEAR if minimum else FREQUENCY
    periods = list(pattern.finditer(view, start, end))
    return bool(periods) and _ARABIC_DIGIT.search(view, periods[-1].end(), end) is None


# A broadcast counts showings, no event: 滚动播放法治宣传片1200余次, 轮播普法视频300次,
# 推送普法短视频50次.  Its verb stands before the figure in the figure's words, nothing
# between that lists another thing or opens another verb's (通过播放宣传片等形式开展普法
# 活动12场 counts the events; 播放宣传片、开展讲座12场 the lectures).
BROADCAST = re.compile(
    r"(?:播放|播出|轮播|展播|推送)(?:(?!开展|举办|组织|举行|形式|方式)[^,;:。、\d]){0,24}$"
)


def _broadcast(view: str, start: int, at: int) -> bool:
    """Whether the figure at ``at`` counts the showings a broadcast from ``start`` names.

    >>> view = "滚动播放法治宣传片1200余次,开展普法讲座12场"
    >>> _broadcast(view, 0, view.index("1200")), _broadcast(view, 16, view.index("12场"))
    (True, False)
    """
    if view.find("播", start, at) < 0 and view.find("推送", start, at) < 0:
        return False  # most figures: no broadcast's word at all
    return BROADCAST.search(view, start, at) is not None


# An average, in the figure's clause before it: 平均仅有执法人员6名, 人均办案12件 count no
# total (a rate so averaged, 出庭应诉率平均达98%, is still the rate).
AVERAGE = re.compile(r"平均|人均")


# Any of the parts: where none is, no figure after keys nothing for them, in one search
# (中 of BREAKDOWN, too common a character to open one, is looked for in the clause alone).
_BEFORE_FIGURE = re.compile(f"{TARGET.pattern}|{_PARTS}|{FREQUENCY.pattern}")


def keys_nothing(
    view: str, sentence: int, clause: int, start: int, end: int, *, parts: bool = True
) -> bool:
    """Whether the words before the figure at ``end`` make it no count of the year.

    A target from the ``sentence``'s start (``TARGET``), a frequency or a broadcast
    (``BROADCAST``) from ``start`` or a part or an average from the ``clause``'s start
    (``BREAKDOWN``, unless not ``parts``; ``OUTCOME``; ``AVERAGE``, for a count).

    >>> view = "审查61件,其中合同40件,每月学法1次,力争达到95%"
    >>> clauses = [(view.rfind(",", 0, view.index(f)) + 1, view.index(f)) for f in
    ...     ("61件", "40件", "1次", "95%")]
    >>> [keys_nothing(view, 0, start, start, end) for start, end in clauses]
    [False, True, True, True]
    """
    if _broadcast(view, start, end):
        return True  # 滚动播放法治宣传片1200余次: showings, no events
    if view.find("均", clause, end) >= 0 and AVERAGE.search(view, clause, end):
        return _RATE.match(view, end) is None  # 平均仅有执法人员6名: an average, no total
    if (
        view[end - 1 : end] in _OUTCOME_ENDS
        and (outcome := OUTCOME.search(view, max(clause, end - _OUTCOME_REACH), end))
        and not (outcome[0].startswith("出庭") and _RATE.match(view, end))
    ):
        return True
    if _BEFORE_FIGURE.search(view, sentence, end) is None:  # most figures: one search
        return (
            parts
            and view.find("中", clause, end) >= 0
            and BREAKDOWN.search(view, clause, end) is not None
        )
    return bool(
        TARGET.search(view, sentence, end)
        or per_period(view, start, end)
        or (parts and BREAKDOWN.search(view, clause, end))
    )


# Subjects, then 分别 and their figures in order: the n-th figure states the n-th subject
# (信访办结率、群众满意率分别为100%、96%).  The word, what joins subjects, what joins figures.
RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|有|占|计)?[\s:]*")
RESPECTIVE_SUBJECT_JOIN = re.compile(r"、|以及|和|及(?!时)|与")  # not 及时办结率
RESPECTIVE_FIGURE_JOIN = re.compile(r"\s*(?:、|,|以及|和|及|与)\s*")

# A count of 项 that names what it counts right after it counts that, no row's subject:
# 研究重大行政决策源头治理等7项交通法治重点工作, 将公众参与等5项程序纳入重大决策.
COUNTED_OTHER = re.compile(
    r"[^,;。、\d]{0,8}?(?:工作|任务|措施|举措|程序|制度|问题|内容|环节|机制|指标|要求)"
)

# What a count names right before it that no row counts: 参与重大决策…中涉法涉诉法律事务20余次
# counts the legal affairs handled, not the decisions.
COUNTED_BEFORE = re.compile(r"(?:事务|法律意见|意见建议)$")
# Who or what was sent out, between a cue and its count, is what it counts: 检查出动车辆
# 860台次, 执法检查中出动执法人员1200人次 count the vehicles and the staff, no inspection.
DISPATCHED = "出动"

# People counted, then what they took part in: 安排7名执法人员参加…培训班 counts trainees,
# the subject the clause ends on (not the staff they are).
PARTICIPANTS = re.compile(r"[^,;。、\d]{0,8}?参加")
PEOPLE = frozenset(("名", "人", "人次"))

# A count the deliberation after it follows counts deliberations: 先后8次研究了…执法检查
# (the matters discussed are no subject of the figure).
DELIBERATED = re.compile(r"[ ]*(?:专题|集中)?(?:研究|审议|讨论|听取)")

# A count in 起 counts cases and incidents (查处案件15起, 检查发现问题15起, 检查中立案8起):
# by key, the units that count a row's subject only straight after its cue, nothing but a
# word of the work or a total's between (开展执法检查36起, 抽查工作共计12起).
RIGHT_AFTER: dict[str, frozenset[str]] = {"inspections": frozenset(("起",))}
_RUN_UP = re.compile(r"(?:工作|活动|行动)?[ ]*(?:共计|合计|累计|共|计|达到?)?[ ]*")


# The subject, then 中 and what marks a part of it, then the part's figure: 执法人员中具有
# 法律专业背景的仅3名 counts those with the background, not the staff.
PART_OF = re.compile(r"中[^,;。、\d]{0,16}?的")


# A meeting between a cue and a count counts meetings (部署会等会议4次); 会前学法 is study.
# So does a speech at one count speeches (围绕学习法治思想作研讨发言1次).
MEETING = re.compile(r"会议|会(?![前同签商审])|发言")


def _apart(view: str, cue: tuple[IndicatorSpec, int, int], figure: Quantity) -> bool:
    """Whether ``figure``, in a unit the ``cue``'s row reads only straight after it, is apart.

    ``cue`` is the row and where its words start and end (RIGHT_AFTER).

    >>> from fzbg import INDICATORS, extract_quantities
    >>> view, row = "开展执法检查36起,检查发现问题15起", INDICATORS["inspections"]
    >>> [_apart(view, (row, 0, view.index(w) + 2), q)
    ...     for w, q in zip(("检查3", "检查发"), extract_quantities(view))]
    [False, True]
    """
    if not right_after_only(cue[0].key, figure.unit):
        return False
    return _RUN_UP.fullmatch(view, cue[2], figure.span.start) is None


def right_after_only(key: str, unit: str) -> bool:
    """Whether a figure in ``unit`` states the row ``key`` only straight after its cue.

    A title above or a topic the sentence opens with never stands so (RIGHT_AFTER).

    >>> right_after_only("inspections", "起"), right_after_only("inspections", "次")
    (True, False)
    """
    return unit in RIGHT_AFTER.get(key, ())


def counts_other(view: str, cue: tuple[IndicatorSpec, int, int], figure: Quantity) -> bool:
    """Whether the words between ``cue`` (its row, start, end) and ``figure`` name what it counts.

    A meeting (MEETING: each word holds 会 or 言), not a word of a title's (《…应知应会…
    汇编》: only what follows the last title is read); affairs handled (COUNTED_BEFORE);
    anything but a run-up, for a unit the row reads only straight after its cue (:func:`_apart`:
    检查发现问题15起 counts the problems); a part of the subject (PART_OF).
    """
    if _apart(view, cue, figure):
        return True
    if view.startswith("中", cue[2]) and PART_OF.match(view, cue[2], figure.span.start):
        return True  # 执法人员中具有法律背景的3名: a part (PART_OF)
    start, at = cue[2], figure.span.start
    if COUNTED_BEFORE.search(view, start, at) or view.find(DISPATCHED, start, at) >= 0:
        return True
    if view.find("会", start, at) < 0 and view.find("言", start, at) < 0:
        return False  # most figures: no meeting's word at all
    return MEETING.search(view, max(start, view.rfind("》", start, at) + 1), at) is not None


# Brackets right after a figure that list its parts: 内设机构3个(综合股、行政复议股和执法股).
_PARTS_GLOSS = re.compile(r"\([^()]{0,40}?(?:、|和|含|包括)[^()]{0,40}\)")


def past_parts(view: str, at: int, end: int) -> int:
    """Where the words after a figure at ``at`` go on, past brackets that list its parts.

    A cue inside them names a part, not what the figure counts (``…3个(…行政复议股)``);
    brackets that name one thing name the subject (``12件(行政复议案件)``).

    >>> view = "内设机构3个(综合股、复议股)。"
    >>> view[past_parts(view, 6, len(view)) :], past_parts("12件(复议案件)", 3, 10)
    ('。', 3)
    """
    if view.startswith("(", at) and (gloss := _PARTS_GLOSS.match(view, at, end)):
        return gloss.end()
    return at


# What may stand between two figures of one subject: 16批次,34人次; 共, 累计.
FILLER = re.compile(r"[\s,、:()]*(?:共计|合计|累计|共|计|达|涉及)?[\s,、:]*")
# Alone between figures of one unit: a table row's next column (案件 12件 9件), not the subject.
COLUMNS = re.compile(r"[ \t]+")
# A sentence's first clause that names its topic, not a figure: 在合法性审查方面, 行政复议
# 方面, 关于信访工作, 在法律援助工作中.  The first figure after it, with a verb alone before
# it (全年共审查78件), counts the topic's subject.
TOPIC = re.compile(
    r"\s*(?:在|关于|对于|围绕)[^,;。:\d]{2,16}?(?:工作)?(?:方面|领域|工作中|中)?"
    r"|\s*[^,;。:\d]{2,16}?(?:方面|领域|工作中)"
    # the work the sentence says it strengthened: 加强合法性审查工作,审理合同314份
    r"|\s*(?:加强|强化|规范|做好|抓好)[^,;。:\d]{2,14}?工作"
)
TOPIC_OPENS = frozenset("在关对围加强规做抓")  # what a match of TOPIC opens with, or ends with:
TOPIC_ENDS = frozenset("面域中")  # a clause with neither is no topic, without a search
# 对 and its objects with their figures, then the verb that acts on them all and its subject:
# 对规范性文件4件、合同协议25份进行合法性审查 counts reviews, not the documents issued.
FRAME_OBJECT = re.compile(r"对(?!于|照|标|接|外|象|比|口)")
FRAME_VERB = re.compile(r"(?:进行|开展|予以|实施)了?(?:全面|严格|认真)?")
# A figure's clause that names its subject by the head noun alone, a verb before it (清理文件
# 89件, 列入事项5项): the clause before names it in full (开展行政规范性文件清理).
HEAD_NOUN = re.compile(r"[^,;。:\d]{0,6}?(文件|事项)[ ]*(?:共计|合计|累计|共|计|达到?)?[ ]*")
# A clause right after a figure that names what all of it is: 45件,均为行政复议案件.
ALL_OF = re.compile(r",\s*(?:均为|均系|均是|均属于?|全部为|全部是|全部系|全部属于?|全为|都是|皆为)")
# By key, a list after a count that the row counts too: 审查规范性文件12件、合同35份.
LISTED: dict[str, re.Pattern[str]] = {
    "legality-reviews": re.compile(
        # (the body whose object it is may come between: 、区政府及区政府办公室合同286份)
        r"、[^,;:。、\d]{0,12}?(?:合同|协议|文件|决策(?:事项)?|议题|纪要|事项)"
        r"[ ]*(?:共计|合计|累计|共|计)?[ ]*"
    ),
}
# Events of the subject just counted, where held, not what: 宣讲2场次,走进社区开展2场次.
ELIDED = re.compile(r"[\s,:]+[^,:;。、\d]{0,10}?(?:开展|举办|组织|举行)\s*")

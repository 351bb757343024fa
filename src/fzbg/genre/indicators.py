"""The built-in indicator registry, and the genre's phrases that keep a figure from counting.

Each row is data: a stable key, the Chinese name, rate or count, the cue patterns that
name the subject as the genre writes it, the units a count may carry, and why.  Cues run
on the folded view (simplified, half-width punctuation).  Rows are tried together; the
cue nearest the number wins, and at one place an earlier row wins, so a row with a
``context`` (化解率 after 信访) stands before the row it narrows (化解率 of disputes).
"""

from __future__ import annotations

import re

from fzbg.genre.registry import COUNT, RATE, Cue, IndicatorSpec, Registry

__all__ = [
    "ALL_OF",
    "BREAKDOWN",
    "CHANGE",
    "CHANGE_ENDS",
    "CHANGE_GOES_ON",
    "CHANGE_REACH",
    "COLUMNS",
    "EACH",
    "EACH_ENDS",
    "ELIDED",
    "FILLER",
    "FREQUENCY",
    "FROM_BASE",
    "INDICATORS",
    "LEVEL",
    "LISTED",
    "MEETING",
    "OUTCOME",
    "RESPECTIVELY",
    "RESPECTIVE_FIGURE_JOIN",
    "RESPECTIVE_SUBJECT_JOIN",
    "TARGET",
    "keys_nothing",
    "per_period",
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
# Before the earlier year's figure, in its clause: 由上年的120件, 从2022年的92%.
FROM_BASE = re.compile(r"[由从][^,;。]{0,8}$")

# A frequency, not a count of the year: 每季度集体学法不少于1次, 以每两月1次频次, 每3个月; not
# a slogan's first words in quotes (“每月一学”学法活动12场次 counts the year's sessions), looked
# for behind the 每 once found, so that the pattern opens with 每 and skips to one.
FREQUENCY = re.compile(r"每(?<![“「‘『]每)(?:[0-9]{1,2}|[两三半])?个?(?:周|月|季度|季|半年|天|日)")
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


# Any of the parts: where none is, no figure after keys nothing for them, in one search
# (中 of BREAKDOWN, too common a character to open one, is looked for in the clause alone).
_BEFORE_FIGURE = re.compile(f"{TARGET.pattern}|{_PARTS}|{FREQUENCY.pattern}")


def keys_nothing(view: str, sentence: int, clause: int, start: int, end: int) -> bool:
    """Whether the words before the figure at ``end`` make it no count of the year.

    A target from the ``sentence``'s start (``TARGET``), a frequency from ``start`` or a
    part from the ``clause``'s start (``BREAKDOWN``, ``OUTCOME``).

    >>> view = "审查61件,其中合同40件,每月学法1次,力争达到95%"
    >>> clauses = [(view.rfind(",", 0, view.index(f)) + 1, view.index(f)) for f in
    ...     ("61件", "40件", "1次", "95%")]
    >>> [keys_nothing(view, 0, start, start, end) for start, end in clauses]
    [False, True, True, True]
    """
    if (
        view[end - 1 : end] in _OUTCOME_ENDS
        and (outcome := OUTCOME.search(view, max(clause, end - _OUTCOME_REACH), end))
        and not (outcome[0].startswith("出庭") and _RATE.match(view, end))
    ):
        return True
    if _BEFORE_FIGURE.search(view, sentence, end) is None:  # most figures: one search
        return view.find("中", clause, end) >= 0 and BREAKDOWN.search(view, clause, end) is not None
    return bool(
        TARGET.search(view, sentence, end)
        or per_period(view, start, end)
        or BREAKDOWN.search(view, clause, end)
    )


# Subjects, then 分别 and their figures in order: the n-th figure states the n-th subject
# (信访办结率、群众满意率分别为100%、96%).  The word, what joins subjects, what joins figures.
RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|有|占|计)?[\s:]*")
RESPECTIVE_SUBJECT_JOIN = re.compile(r"、|以及|和|及(?!时)|与")  # not 及时办结率
RESPECTIVE_FIGURE_JOIN = re.compile(r"\s*(?:、|,|以及|和|及|与)\s*")

# A meeting between a cue and a count counts meetings (部署会等会议4次); 会前学法 is study.
MEETING = re.compile(r"会议|会(?![前同签商审])")

# What may stand between two figures of one subject: 16批次,34人次; 共, 累计.
FILLER = re.compile(r"[\s,、:()]*(?:共计|合计|累计|共|计|达|涉及)?[\s,、:]*")
# Alone between figures of one unit: a table row's next column (案件 12件 9件), not the subject.
COLUMNS = re.compile(r"[ \t]+")
# A clause right after a figure that names what all of it is: 45件,均为行政复议案件.
ALL_OF = re.compile(r",\s*(?:均为|均系|均是|均属于?|全部为|全部是|全部系|全部属于?|全为|都是|皆为)")
# By key, a list after a count that the row counts too: 审查规范性文件12件、合同35份.
LISTED: dict[str, re.Pattern[str]] = {
    "legality-reviews": re.compile(
        r"、[^,;:。、\d]{0,6}?(?:合同|协议|文件|决策(?:事项)?|议题|纪要|事项)"
    ),
}
# Events of the subject just counted, where held, not what: 宣讲2场次,走进社区开展2场次.
ELIDED = re.compile(r"[\s,:]+[^,:;。、\d]{0,10}?(?:开展|举办|组织|举行)\s*")

_STUDY_AUDIENCE = Cue(
    # 法治专题讲座 / 宣讲 for the leadership or staff is law study, for the public publicity.
    r"(?:法治|法律)(?:专题)?(?:讲座|宣讲)|专题法治讲座",
    context=r"学法|班子|干部|职工|中心组",
)
_LAW = r"法"  # a sentence about law: training or study that is not about law is not counted

_ROWS = (
    IndicatorSpec(
        "court-appearance-rate", "行政机关负责人出庭应诉率", RATE,
        # ... and a percentage of 出庭应诉 with no 率: 负责人出庭应诉实现100%, 100%出庭应诉
        [r"(?:行政机关)?(?:主要)?(?:负责人)?出庭(?:应诉)?(?:率|比例)|出庭应诉"],
        comment="出庭应诉率, 出庭率, 出庭应诉比例: hearings attended by the agency head",
        examples=["出庭应诉率", "行政机关负责人出庭率", "负责人出庭应诉比例", "出庭应诉"],
    ),
    IndicatorSpec(
        "legality-review-rate", "合法性审查率", RATE,
        # 备案审查率 is a filing rate; 合法性审查100%覆盖 is a review rate with no 率
        [r"(?:合法性)?(?<!备案)审[查核](?:覆盖)?率|合法性审[查核]"],
        comment="审查率, 审核率, 审查覆盖率 of 规范性文件, 重大决策, 合同, 议题",
        examples=["合法性审查率", "规范性文件审核率", "合法性审查"],
    ),
    IndicatorSpec(
        "filing-rate", "规范性文件报备率", RATE,
        [r"报备(?:及时)?率|备案(?:审查|及时)?率|报备"],  # 报备: 100%按时报备, with no 率
        comment="报备率, 备案率, 备案审查率: normative documents filed with the level above",
        examples=["规范性文件报备率", "备案率", "备案审查率", "报备"],
    ),
    IndicatorSpec(
        "certification-rate", "执法人员持证率", RATE,
        [r"(?:行政)?(?:执法人员)?持证(?:上岗)?率|持证(?:上岗|执法)"],  # 100%持证上岗
        comment="持证率, 持证上岗率 of enforcement staff",
        examples=["执法人员持证率", "持证上岗率", "持证上岗"],
    ),
    IndicatorSpec(
        "reconsideration-correction-rate", "行政复议纠错率", RATE,
        [r"(?:行政)?(?:复议)?纠错率"],
        comment="复议纠错率: reconsideration cases in which the act was corrected",
        examples=["行政复议纠错率"],
    ),
    IndicatorSpec(
        "litigation-loss-rate", "行政诉讼败诉率", RATE,
        [r"(?:行政)?(?:诉讼)?败诉率"],
        comment="败诉率: administrative lawsuits lost",
        examples=["行政诉讼败诉率"],
    ),
    IndicatorSpec(
        "petition-completion-rate", "信访办结率", RATE,
        [Cue(r"(?:按期|及时)?(?:办结|化解|答复)率", context=r"信访|来信|来访")],
        comment="办结率, 化解率 in a sentence about 信访; before dispute-resolution-rate",
        examples=["信访事项办结率", "信访按期办结率"],
    ),
    IndicatorSpec(
        "dispute-resolution-rate", "矛盾纠纷调处（化解、调解成功）率", RATE,
        # 成功率 alone, in a sentence about disputes or their mediation
        [r"(?:调处|化解|调解)(?:成功)?率", Cue(r"成功率", context=r"纠纷|调解|调处")],
        comment="调处率, 化解率, 调解成功率 of disputes",
        examples=["矛盾纠纷调处率", "调解成功率"],
    ),
    IndicatorSpec(
        "satisfaction-rate", "满意率", RATE,
        [r"满意(?:率|度)|好评率"],  # 好评率: the share of 好评 in 政务服务好差评
        comment="群众满意率, 政务服务满意率, 满意度, 好评率", examples=["满意度", "好评率"],
    ),
    IndicatorSpec(
        "exam-pass-rate", "考试通过（合格、参考）率", RATE,
        [Cue(r"(?:通过|合格|及格|参考|参学|参考)率", context=r"考")],
        comment="pass or participation rate of a law exam; 案卷合格率 is no exam",
        examples=["学法考试通过率", "考试合格率"],
    ),
    IndicatorSpec(
        "legality-reviews", "合法性审查件数", COUNT,
        [
            r"合法性审[查核]|法制审核",
            # 审核规范性文件8件: the review verb and its object, ahead of the document row;
            # 备案审查 is filing, 公平竞争审查 another review
            Cue(
                r"(?<!备案)审[查核][^,;。]{0,8}?(?:合同|协议|规范性文件|决策事项|议题)",
                exclude=r"公平竞争",
            ),
        ],
        ["件", "件次", "份", "次", "个", "宗"],
        comment="documents, contracts, decisions, meeting items reviewed for legality",
        examples=["合法性审查", "审核合同"],
    ),
    IndicatorSpec(
        "major-decisions", "重大行政决策事项", COUNT,
        [r"重大(?:行政)?决策(?:事项)?(?!程序)"],
        ["件", "项", "个", "次"],
        comment="major administrative decisions made or listed",
        examples=["重大行政决策"],
    ),
    IndicatorSpec(
        "normative-documents", "规范性文件件数", COUNT,
        # 公平竞争审查 of documents counts neither documents issued nor legality reviews
        [Cue(r"规范性文件", exclude=r"公平竞争")],
        ["件", "份", "个", "部"],
        comment="normative documents issued, filed or cleaned up",
        examples=["规范性文件"],
    ),
    IndicatorSpec(
        "reconsideration-cases", "行政复议案件", COUNT,
        [r"行政复议|复议(?:案件|申请)"],
        ["件", "起", "宗", "个"],
        comment="reconsideration applications received, accepted or concluded",
        examples=["行政复议案件"],
    ),
    IndicatorSpec(
        "litigation-cases", "行政诉讼案件", COUNT,
        # not 行政诉讼诉前调解 (a mediation), nor 行政诉讼一审败诉案件3件 (a part: those lost)
        [r"行政诉讼(?!诉前)(?![^,;。\d]{0,8}?败诉)|行政应诉|应诉案件"],
        ["件", "起", "宗", "个"],
        comment="administrative lawsuits in which the body was a party",
        examples=["行政诉讼案件", "行政应诉案件"],
    ),
    IndicatorSpec(
        "penalty-cases", "行政处罚案件", COUNT,
        # not 不予行政处罚, 免予处罚案件 (no penalty set), the rules for penalties (裁量基准,
        # 免罚清单), nor their files reviewed (案卷)
        [
            r"行政处罚(?<![不免][予于]行政处罚)(?![^,;。\d]{0,6}?(?:裁量|基准|清单|标准|办法|案卷))"
            r"|处罚案件(?<![不免][予于]处罚案件)",
            # a department's own (查处税收违法案件); not a crime's, discipline's, nor a tip
            r"(?:查[处办](?![^,;。\d]{0,10}?(?:刑事|犯罪|违纪))[^,;。\d]{0,10}?"
            r"|(?<!违纪)违法(?!犯罪|违纪)[^,;。、\d]{0,4}?)案件(?!线索|举报)",
        ],
        ["件", "起", "宗", "个"],
        comment="administrative penalty cases decided or handled (查处违法案件 too)",
        examples=["行政处罚案件", "查处违法案件", "环境违法案件"],
    ),
    IndicatorSpec(
        "inspections", "行政检查", COUNT,
        # 抽查: the random inspections of 双随机、一公开
        [r"(?:行政|执法|监督|专项|日常|联合)?检查|抽查"],
        ["次", "家次", "户次", "场次", "批次", "人次"],
        comment="行政检查, 执法检查 carried out; a count of times, not of places",
        examples=["行政检查", "执法检查", "双随机抽查"],
    ),
    IndicatorSpec(
        "disputes", "矛盾纠纷", COUNT,
        [r"(?:矛盾)?纠纷|调解案件|矛盾"],
        ["件", "起", "宗", "次"],
        comment="disputes screened, mediated or resolved; 调解成功 after a total is its part",
        examples=["矛盾纠纷"],
    ),
    IndicatorSpec(
        "legal-advisers", "法律顾问", COUNT,
        [r"法律顾问|公职律师"],
        ["人", "名", "位", "家"],
        comment="legal advisers engaged (法律顾问, 公职律师)",
        examples=["法律顾问", "公职律师"],
    ),
    IndicatorSpec(
        "study-sessions", "学法次数", COUNT,
        [
            r"学法(?:讲座|例?会议?)?|讲法|法治学习|学习[^,;。]{0,40}?法律法规",
            _STUDY_AUDIENCE,
            Cue(r"学习(?![会班贯])", context=r"学法|法治|法律|法规|法》|法典"),
        ],
        ["次", "场", "场次", "期"],
        comment="law-study sessions of leaders or staff (会前学法, 中心组学法, 专题学法)",
        examples=["会前学法", "中心组学法", "学法会议"],
    ),
    IndicatorSpec(
        "publicity-events", "普法活动", COUNT,
        [
            r"(?:普法|法治宣传|法制宣传|法律宣传)(?:宣传)?(?:教育)?(?:活动|讲座)?|送法"
            r"|(?:法治|法律|普法)[^,;。]{0,4}?(?:课堂|讲堂)"
            # 法律进社区活动, “法治进校园”活动: the campaigns that take law somewhere
            r"|(?:法律|法治|普法)[^,;。]{0,2}进[^,;。]{0,20}?活动"
            # the law a campaign is about (宪法宣传周, 民法典宣传月), cases told as law
            # lessons (以案释法), law put on stage (法治文艺演出)
            r"|(?:宪法|民法典)[^,;。]{0,4}?宣传|以案(?:释|说|普)法|法治文艺",
            Cue(r"讲座|宣讲|授课", context=_LAW),
        ],
        ["次", "场", "场次", "期"],
        comment="law-publicity events, lectures, campaigns",
        examples=["普法活动", "法治宣传活动", "宪法宣传活动", "以案释法活动"],
    ),
    IndicatorSpec(
        "publicity-materials", "普法宣传资料", COUNT,
        [
            r"(?:宣传|普法|法治|法律)(?:资料|材料)|宣传(?:册|手册|品|单|页)|手册|册子|折页|传单"
            r"|读本|明白纸|口袋书",
            Cue(r"发放(?:各类)?(?:资料|材料)", context=r"普法|宣传|送法|法治"),  # 送法下乡,发放资料
        ],
        # 张, 条: posters and banners are put up, not handed out
        ["份", "册", "本", "件", "套"],
        comment="publicity materials handed out (宣传资料, 手册, 读本, 明白纸)",
        examples=["宣传资料", "普法资料", "宣传手册", "普法读本", "法律明白纸"],
    ),
    IndicatorSpec(
        "trainings", "法治培训", COUNT,
        [Cue(r"培训|参训|轮训", context=_LAW)],
        ["场", "场次", "期", "轮", "次", "人", "人次", "名"],
        comment="training sessions (场, 期, 轮) or trainees in law or enforcement",
        examples=["法治培训", "执法培训"],
    ),
    IndicatorSpec(
        "enforcement-staff", "执法人员", COUNT,
        [r"(?:执法人员|执法队员)(?!参加|参与|参训|参考|参学)|执法证"],  # 参加考试: who took part
        ["人", "名"],
        comment="enforcement staff, certified or in total",
        examples=["执法人员"],
    ),
    IndicatorSpec(
        "petitions", "信访", COUNT,
        [r"信访|来访|来信"],
        ["件", "批", "批次", "人次", "起", "次", "件次"],
        comment="petitions received or handled",
        examples=["信访件", "来访"],
    ),
    IndicatorSpec(
        "legal-aid-cases", "法律援助案件", COUNT,
        [r"法律援助"],
        ["件", "宗", "起"],
        comment="legal-aid cases handled",
        examples=["法律援助案件"],
    ),
)  # fmt: skip

INDICATORS = Registry(_ROWS)
"""The built-in registry: 26 stable keys (see the Indicators page of the docs)."""

"""The built-in indicator registry: one row per recurring figure of the genre.

Each row is data: a stable key, the Chinese name, rate or count, the cue patterns that
name the subject as the genre writes it, the units a count may carry, and why.  Cues run
on the folded view (simplified, half-width punctuation).  Rows are tried together; the
cue nearest the number wins, and at one place an earlier row wins, so a row with a
``context`` (化解率 after 信访) stands before the row it narrows (化解率 of disputes).
"""

from __future__ import annotations

from fzbg.genre.registry import COUNT, RATE, Cue, IndicatorSpec, Registry

__all__ = ["INDICATORS"]

_STUDY_AUDIENCE = Cue(
    # 法治专题讲座 / 宣讲 for the leadership or staff is law study, for the public publicity.
    r"(?:法治|法律)(?:专题)?(?:讲座|宣讲)|专题法治讲座",
    context=r"学法|班子|干部|职工|中心组",
)
_LAW = r"法"  # a sentence about law: training or study that is not about law is not counted
# What else a government publicises: safety, health, the environment, policy, the Party's line
_OTHER_PUBLICITY = (
    r"安全|疫情|防疫|消防|防汛|防火|卫生|健康|医保|社保|环保|环境|垃圾|文明|政策|征兵|国防"
    r"|精神|党史|党的|思想(?<!法治思想)"
)
# How a penalty case may end short of the penalty: none set (不予, 免予) or a lighter one
# (从轻, 减轻); a count of those is a part of the cases.  Two characters each: a look-behind.
_LENIENT = r"(?:[不免][予于]|从轻|减轻)"
_LAW_WORK = r"法|复议|诉讼|应诉"  # ...or about the legal work a training teaches (复议应诉业务培训)
# A trade taught, or those a trade is taught to (培训高素质农民, 职业技能培训, 就业创业培训):
# a training in a sentence about law that teaches no law.  Two characters each: a look-behind.
_TRADE = r"(?:农民|技能|职业|就业|创业)"
# What a review verb governs: its first object, then more joined by 、 及 和 与 以及, or by
# nothing (合同协议); the list ends on an object, where the last noun's own cue ends too
# (审查合同、协议及规范性文件39件: at one place the earlier row, the review, wins)
_REVIEWED = (
    r"[^,;。]{0,8}?(?:合同|协议|规范性文件|决策(?:事项)?|议题)"
    r"(?:(?:、|以及|及|和|与)?[^,;。、\d]{0,8}?(?:合同|协议|文件|决策(?:事项)?|议题|事项|纪要|方案))*"
)

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
        # and 审查 that shares the 率 of the rate after it: 审查、报备率均达100%
        [
            r"(?:合法性)?(?<!备案)审[查核](?:覆盖)?率|合法性审[查核]"
            r"|(?<!备案)审[查核](?=、[^,;。]{1,6}率)"
        ],
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
        [r"(?:行政)?(?:执法人员)?持证(?:上岗)?(?:率|比例)|持证(?:上岗|执法)"],  # 100%持证上岗
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
        [Cue(r"(?:按期|及时)?(?:办结|化解|答复|处理)率", context=r"信访|来信|来访")],
        comment="办结率, 化解率, 处理率 in a sentence about 信访; before dispute-resolution-rate",
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
        # 执法资格通过率: the certification exam; 完成率, 优秀率 of a law exam (学法考试)
        [
            # (a law test, 知识测试, is an exam)
            Cue(r"(?:通过|合格|及格|参考|参学|完成|优秀|满分)率", context=r"考|资格|测试"),
            Cue(r"参与率", context=r"考|测试"),  # not 执法参与率 beside 资格管理: no exam
            # 宪法法律测试覆盖率: who sat a law test; not a 考核's coverage
            r"(?:考试|测试)[^,;。]{0,10}?(?:覆盖|参测)率",  # in its own clause: 学习…覆盖率 is none
        ],
        comment="pass or participation rate of a law exam; 案卷合格率 is no exam",
        examples=["学法考试通过率", "考试合格率"],
    ),
    IndicatorSpec(
        "legality-reviews", "合法性审查件数", COUNT,
        [
            r"合法性审[查核]|法制审核",
            # 审核规范性文件8件: the review verb and its object, ahead of the document row;
            # 备案审查 is filing, 公平竞争审查 another review
            # the verb governs a list of its objects too (审核重大行政决策、行政合同等12件);
            # 审查备案 is filing
            # (公平竞争审查 in the sentence goes on as 审查; a new verb, 审核, is a new review)
            Cue(rf"(?<!备案)审查(?!备案){_REVIEWED}", exclude=r"公平竞争"),
            rf"(?<!备案)审核(?!备案){_REVIEWED}",
            # 重大合同审查3件: the object before the verb; 审查…文件1800余件 where the
            # sentence is about legality review (落实合法性审查制度,累计审查…)
            r"(?:合同|协议|规范性文件|决策事项|议题)(?:合法性)?审[查核]",
            Cue(r"(?<!备案)(?<!公平竞争)审[查核](?!备案)", context=r"合法性"),
        ],
        # 项: decisions reviewed in a series of objects (重大行政决策4项)
        ["件", "件次", "份", "次", "个", "宗", "项"],
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
        [Cue(r"规范性文件|行政规范文件", exclude=r"公平竞争")],  # 行政规范文件: 性 left out
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
        # not 行政诉讼诉前调解 (a mediation), nor 行政诉讼一审败诉案件3件 or 出庭应诉案件12件
        # (parts: those lost, those the head attended)
        [r"行政诉讼(?!诉前)(?![^,;。\d]{0,8}?败诉)|行政应诉|应诉(?<!出庭应诉)案件|涉诉(?:行政)?案件"],
        ["件", "起", "宗", "个"],
        comment="administrative lawsuits in which the body was a party",
        examples=["行政诉讼案件", "行政应诉案件"],
    ),
    IndicatorSpec(
        "penalty-cases", "行政处罚案件", COUNT,
        # not 不予行政处罚, 免予处罚案件 (no penalty set) nor 从轻, 减轻处罚 (a part, by how
        # the cases ended: _LENIENT), the rules for penalties (裁量基准, 免罚清单), nor their
        # files reviewed (案卷)
        [
            rf"(?<!{_LENIENT})行政处罚(?![^,;。\d]{{0,6}}?(?:裁量|基准|清单|标准|办法|案卷))"
            rf"|(?<!{_LENIENT})(?<!{_LENIENT}行政)处罚案件"
            # 处理投诉16起,处罚8起: the penalties set, bare
            rf"|(?<!{_LENIENT})(?<!行政)处罚"
            r"(?![^,;。\d]{0,6}?(?:裁量|基准|清单|标准|办法|案卷|金额|款))",
            # a department's own (查处税收违法案件); not a crime's, discipline's, nor a tip
            r"(?:查[处办](?![^,;。\d]{0,10}?(?:刑事|犯罪|违纪))[^,;。\d]{0,10}?"
            # (not 确认…行政行为违法的案件: an act a review found unlawful)
            # (nor 违法不予处罚案件: cases closed with no penalty)
            r"|(?<!违纪|行为)违法(?!犯罪|违纪|不予|免[予于])[^,;。、\d]{0,4}?)案件(?!线索|举报)"
            r"|查[处办][^,;。\d]{0,6}?违法(?:违规)?行为",  # 查处违法行为230起: the cases
            r"立案查处",  # 立案查处390件: the cases a department opened and decided
        ],
        ["件", "起", "宗", "个"],
        comment="administrative penalty cases decided or handled (查处违法案件 too)",
        examples=["行政处罚案件", "查处违法案件", "环境违法案件"],
    ),
    IndicatorSpec(
        "inspections", "行政检查", COUNT,
        # 抽查: the random inspections of 双随机、一公开; 起 only straight after the cue
        # (开展执法检查36起; genre.indicators.RIGHT_AFTER), not 检查发现问题15起
        # 执法巡查, 日常巡查: the rounds of an enforcement patrol (巡查 alone: a river's, a
        # road's); 台次, 辆次: vehicles inspected
        [r"(?:行政|执法|监督|专项|日常|联合)?检查|抽查|(?:执法|监督|监管|专项|日常|联合)巡查"],
        ["次", "家次", "户次", "场次", "批次", "人次", "起", "台次", "辆次"],
        comment="行政检查, 执法检查 carried out; a count of times, not of places",
        examples=["行政检查", "执法检查", "双随机抽查"],
    ),
    IndicatorSpec(
        "disputes", "矛盾纠纷", COUNT,
        # 劳动人事争议案件, 土地权属争议: disputes between parties by another name; not
        # 行政争议, nor 争议 bare (化解争议186件 beside 行政复议: over an act, settled in
        # reconsideration or in court)
        [r"(?:矛盾)?纠纷|调解案件|矛盾|(?:劳动|人事|劳资|权属|民事)争议(?:案件)?"],
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
            # 学习贯彻…法治思想4次 too: the law in the sentence makes it law study; not a
            # department's business study, nor the Party's forms of study (“第一议题”学习,
            # “三会一课”学习, 主题党日学习)
            Cue(
                r"(?<!业务|政治|党日)(?<!议题”|一课”)(?<!议题\"|一课\")学习(?![会班])",
                context=r"学法|法治|法律|法规|法》|法典",
            ),
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
            # 法律进社区活动, “法治进校园”活动, “宪法进校园”活动: campaigns that take law somewhere
            # (or “法律进校园”2次, the campaign's name in quotes alone)
            r"|(?:法律|法治|普法|宪法|民法典)[^,;。]{0,2}进[^,;。]{0,20}?(?:活动|”)"
            # a campaign named in quotes for the law it takes out (“法律赶大集”活动28场);
            # not one that builds or rates something (“法治示范村”创建活动)
            r"|“(?=[^”]{0,16}?(?:法律|法治|普法|宪法|民法典))(?![^”]*(?:示范|创建|建设))"
            r"[^”]{2,24}”(?:系列)?活动"
            # the law a campaign is about (宪法宣传周, 民法典宣传月), cases told as law
            # lessons (以案释法), law put on stage (法治文艺演出)
            r"|(?:宪法|民法典)[^,;。]{0,4}?宣传|以案(?:释|说|普)法|法治文艺|法治教育(?:活动|课)"
            # a law named before its publicity (禁毒法宣传, 《安全生产法》宣传活动); not a
            # word that merely ends on 法 (方法, 办法, 依法, 违法, 执法)
            r"|法(?<![方办做说执违依守用合想非无手司看]法)》?[^,;。\d]{0,6}?宣传",
            Cue(r"讲座|宣讲|授课", context=_LAW),
            # a law class for the public (给群众上法治课5场次); not one a head gives the staff,
            # nor a course in a party school's classes (党校…开设法治课程)
            Cue(r"(?:法治|普法)课(?!程)", exclude=r"学法|班子|干部|职工|中心组|党校"),
            # a report's publicity with no word of law (开展各类宣传活动10余次, 集中宣传16场,
            # 专题宣讲12场次) is law publicity, unless it names another matter or is one of
            # a list of activities (学习、培训、宣讲1.2万余次: a count of them all), nor a
            # thing that carries it (出动宣传车100次, 宣传栏, 宣传横幅)
            Cue(r"(?<!、)宣[传讲](?:活动)?(?!、|车|栏|横幅|标语|海报)", exclude=_OTHER_PUBLICITY),
        ],
        ["次", "场", "场次", "期"],
        comment="law-publicity events, lectures, campaigns",
        examples=["普法活动", "法治宣传活动", "宪法宣传活动", "以案释法活动"],
    ),
    IndicatorSpec(
        "publicity-materials", "普法宣传资料", COUNT,
        [
            r"(?:宣传|普法|法治|法律)(?:资料|材料)|宣传(?:册|手册|品|单|页)|手册|册子|折页|传单"
            r"|读本|单行本|明白纸|口袋书|(?:法律|法治|普法)(?:书籍|图书|丛书|读物)",
            # 送法下乡,发放资料; 派发资料3250册 after 宣传资料
            # (发放法律法规、科普知识材料8000余份: what the materials are about, between)
            Cue(
                r"(?:发放|派发|分发)(?:[^,;。\d]{0,24}?[、和及])?[^,;。\d、]{0,8}?(?:资料|材料)",
                context=r"普法|宣传|送法|法治|法律",
            ),
        ],
        # 张, 条: posters and banners are put up, not handed out
        ["份", "册", "本", "件", "套"],
        comment="publicity materials handed out (宣传资料, 手册, 读本, 明白纸)",
        examples=["宣传资料", "普法资料", "宣传手册", "普法读本", "法律明白纸"],
    ),
    IndicatorSpec(
        "trainings", "法治培训", COUNT,
        [
            # 受训人员605人: trainees; 专题研讨班11期: a seminar
            Cue(
                rf"(?<!{_TRADE})培训(?![^,;。、\d]{{0,4}}?(?:{_TRADE}))(?:会|班)?|参训|轮训|受训|研讨班",
                context=_LAW_WORK,
            ),
            r"执法[^,;。]{0,2}?[讲课]堂",  # 执法大讲堂8期: lectures for the staff who enforce
        ],
        ["场", "场次", "期", "轮", "次", "批次", "人", "人次", "名"],
        comment="training sessions (场, 期, 轮, 批次) or trainees in law or enforcement",
        examples=["法治培训", "执法培训"],
    ),
    IndicatorSpec(
        "enforcement-staff", "执法人员", COUNT,
        # 参加考试: who took part; 参训执法人员96人, 培训执法人员: trainees, not the staff;
        # 覆盖执法人员200余人: whom an activity reached
        # 执法人员参与行政执法工作: the staff who enforce, not who took part in something;
        # 执法人员编制210名, 名额: posts, a quota, not the staff
        [
            r"执法(?<!训执法)(?<!训的执法)(?<!覆盖执法)(?:人员|队员|民警|干警|力量)"
            r"(?!参加|参与(?!(?:行政)?执法工作)|参训|参考|参学|编制|名额)"
            r"|执法证|(?:取得|具有|具备|持有)执法资格",  # 8名干部取得执法资格: the certified
        ],
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

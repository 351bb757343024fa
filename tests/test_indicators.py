"""Indicators: which quantity states which registry key, and registries users build."""

from __future__ import annotations

from pathlib import Path

import pytest

import fzbg
from fzbg import INDICATORS, Cue, IndicatorSpec, Registry

MEASURES = "一、主要举措和成效\n（一）依法行政。"


def _keys(body: str, registry: Registry = INDICATORS) -> list[tuple[str, str]]:
    report = fzbg.parse_report(MEASURES + body)
    return [(i.key, i.quantity.text) for i in fzbg.extract_indicators(report, registry)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the subject before the number, or after it
        ("行政机关负责人出庭应诉率100%。", [("court-appearance-rate", "100%")]),
        ("实现100%的出庭率。", [("court-appearance-rate", "100%")]),
        ("全年开展行政检查354次，承办行政处罚案件546起。",
         [("inspections", "354次"), ("penalty-cases", "546起")]),
        ("法律顾问共参与7件行政诉讼案件审理。", [("litigation-cases", "7件")]),
        # a rate of several subjects keys the first one
        ("规范性文件审查率和报备率均达100%。", [("legality-review-rate", "100%")]),
        # the nearest cue names a count: a review of normative documents is a review
        ("实施行政规范性文件合法性审查5件次。", [("legality-reviews", "5件次")]),
        # after the number the clause's last cue names what is counted
        ("对12件行政规范性文件进行合法性审查。", [("legality-reviews", "12件")]),
        ("组织全体干部集中学习《民法典》3次。", [("study-sessions", "3次")]),
        # the review verb and its object: a review, not a document count
        ("全年共审核规范性文件8件。", [("legality-reviews", "8件")]),
        # the words before the next figure are that figure's subject
        ("依托10个社区调解委员会化解矛盾纠纷426件。", [("disputes", "426件")]),
        # a list of figures shares the subject after it
        ("对53份重要文件、15份重要合同进行了合法性审查。",
         [("legality-reviews", "53份"), ("legality-reviews", "15份")]),
        # a breakdown keys only its total
        ("完成合法性审查61件，具体包括政府合同40件、会议纪要3件。", [("legality-reviews", "61件")]),
        ("作出行政处罚54起，其中简易程序50起，一般行政处罚3起。", [("penalty-cases", "54起")]),
        # a target or a frequency keys nothing
        ("力争执法人员持证率达到95%。", []),
        ("每季度集体学法不少于1次。", []),
        # a rate of petitions handled; who sat a law test; lectures for the staff who enforce
        ("处理群众信访投诉120件，处理率100%。",
         [("petitions", "120件"), ("petition-completion-rate", "100%")]),
        ("组织领导干部宪法法律测试覆盖率100%。", [("exam-pass-rate", "100%")]),
        ("法治建设纳入年度考核，考核覆盖率100%。", []),
        ("全年开展执法大讲堂6期。", [("trainings", "6期")]),
        # figures each before its subject, in a list of several units
        ("学习法治思想，开展8次中心组专题学习、2期读书班、7次支部集中学习。",
         [("study-sessions", "8次"), ("study-sessions", "2期"), ("study-sessions", "7次")]),
        # a clause after a figure's that goes on names what its own figure counts
        ("开展法律知识培训1次，6000余名干部职工参加年度法律知识考试。", [("trainings", "1次")]),
        ("举办法治培训班3期，共500余人参加。", [("trainings", "3期"), ("trainings", "500余人")]),
        # cases opened and decided; lawsuits the body is party to; materials handed out
        ("全年共计立案查处390件。", [("penalty-cases", "390件")]),
        ("全年行政机关涉诉案件83件。", [("litigation-cases", "83件")]),
        ("通过发放宣传资料等方式开展宣传，共派发资料3250多册。",
         [("publicity-materials", "3250多册")]),
        # an act a review found unlawful is no penalty case
        ("复议决定确认具体行政行为违法的案件2件。", []),
        # a campaign named in quotes for the law it takes out; not one that builds something
        ("开展“法律赶大集”活动28场。", [("publicity-events", "28场")]),
        ("开展“民主法治示范村”创建活动3次。", []),
        # brackets after a figure that list its parts name no subject; one name does
        ("设立内设机构3个(综合股、行政复议应诉股和执法监督股)。", []),
        ("办理案件12件(行政复议案件)。", [("reconsideration-cases", "12件")]),
        # the staff an activity reached are not the staff in total
        ("开展执法人员法治培训3期，覆盖执法人员200余人。", [("trainings", "3期")]),
        ("各部门每年至少举办法治专题讲座2次，全年集中学法8次。", [("study-sessions", "8次")]),
        ("各单位每年度不少于组织培训1期。", []),
        # ... but a slogan that opens with one in quotes names an activity
        ("开展“每月一学”学法活动12场次。", [("study-sessions", "12场次")]),
        ("工作目标是持证率达到100%。", []),
        ("落实法治建设目标责任制，全年学法12次。", [("study-sessions", "12次")]),
        # a second figure of one subject, with nothing between
        ("信访接待来访16批次，34人次。", [("petitions", "16批次"), ("petitions", "34人次")]),
        # events held somewhere else, the subject left out: the same subject
        ("开展宪法宣讲3场次，走进企业开展2场次，走进校园举办法治讲座1场次。",
         [("publicity-events", "3场次"), ("publicity-events", "2场次"),
          ("publicity-events", "1场次")]),
        # ... but not when the unit changes, or words after the figure name what it counts
        ("开展宪法宣讲3场次，深入村组开展40人次。", [("publicity-events", "3场次")]),
        ("开展宪法宣讲3场次，深入村组开展2场次义诊。", [("publicity-events", "3场次")]),
        ("开展宪法宣讲3场次。走进企业开展2场次。", [("publicity-events", "3场次")]),
        # a unit the row does not count is not that indicator
        ("化解劳动争议纠纷46起116人。", [("disputes", "46起")]),
        # context decides between rows: 化解率 after 信访 is a petition rate
        ("交办信访案件6件，化解率100%。",
         [("petitions", "6件"), ("petition-completion-rate", "100%")]),
        ("化解矛盾纠纷30起，化解率100%。",
         [("disputes", "30起"), ("dispute-resolution-rate", "100%")]),
        # what is not the subject: fair-competition review, a meeting, a pre-suit mediation
        ("健全公平竞争审查机制，全年审查规范性文件、合同等6件。", []),
        ("召开执法检查部署会等会议4次。", []),
        ("参与行政诉讼诉前调解1件。", []),
        # a gloss before the figure qualifies the total; one after it holds a part
        ("全年共办理行政复议案件（含上年结转）42件。", [("reconsideration-cases", "42件")]),
        ("开展普法宣传活动（不含线上）150余场次。", [("publicity-events", "150余场次")]),
        ("办理行政复议案件42件（含上年结转5件）。", [("reconsideration-cases", "42件")]),
        # the lawsuits lost are a part of them, not their count
        ("行政诉讼一审败诉案件3件，败诉率4.2%。", [("litigation-loss-rate", "4.2%")]),
        # a campaign that takes law somewhere; a study lecture is study, not publicity
        ("开展“法律进社区”活动12场次。", [("publicity-events", "12场次")]),
        ("召开专题学法讲座2期。", [("study-sessions", "2期")]),
        # a lecture hall of law is one whether it says 法治, 法律 or 普法
        ("举办“法律讲堂”15期，普法大讲堂3场。",
         [("publicity-events", "15期"), ("publicity-events", "3场")]),
        # a list of what was reviewed after a review's count: each item a review
        ("全年审查规范性文件12件、合同35份、会议纪要3份。",
         [("legality-reviews", "12件"), ("legality-reviews", "35份"), ("legality-reviews", "3份")]),
        # ... and the next object of the one verb, though its noun names another row
        ("全年审查议题53件、规范性文件11件、行政合同78份。",
         [("legality-reviews", "53件"), ("legality-reviews", "11件"),
          ("legality-reviews", "78份")]),
        ("开展合法性审查议题9件、规范性文件4件。",
         [("legality-reviews", "9件"), ("legality-reviews", "4件")]),
        ("审查合同20份、制定规范性文件8件。",
         [("legality-reviews", "20份"), ("normative-documents", "8件")]),
        # ... but not a list after another row's count, nor a verb after the 、
        ("制定规范性文件3件、合同5份。", [("normative-documents", "3件")]),
        ("审查规范性文件12件、备案8件。", [("legality-reviews", "12件")]),
        # 成功率 alone is a dispute rate in a sentence about disputes, and nothing else
        ("调处矛盾纠纷1234件，成功率99.2%。",
         [("disputes", "1234件"), ("dispute-resolution-rate", "99.2%")]),
        ("项目申报成功率80%。", []),
        # the genre's other words for a row's subject
        ("负责人出庭应诉比例达100%。", [("court-appearance-rate", "100%")]),
        ("政务服务好评率达99.9%。", [("satisfaction-rate", "99.9%")]),
        ("组织执法人员业务培训3轮。", [("trainings", "3轮")]),
        ("规范性文件备案审查率100%。", [("filing-rate", "100%")]),
        ("开展“宪法宣传周”主题活动15场次，以案释法6场。",
         [("publicity-events", "15场次"), ("publicity-events", "6场")]),
        ("开展民法典宣传活动6场，法治文艺演出3场。",
         [("publicity-events", "6场"), ("publicity-events", "3场")]),
        # ... handed out; posters and banners put up are not counted
        ("发放《民法典》读本5000册，法律明白纸3000余份，张贴海报200张。",
         [("publicity-materials", "5000册"), ("publicity-materials", "3000余份")]),
        ("开展“双随机、一公开”抽查120次。", [("inspections", "120次")]),
        # subjects listed, then their figures in the same order after 分别: pair by place
        ("信访事项按期办结率、群众满意率分别为100%、96%。",
         [("petition-completion-rate", "100%"), ("satisfaction-rate", "96%")]),
        ("办理行政复议、行政应诉案件分别为25件、13件。",
         [("reconsideration-cases", "25件"), ("litigation-cases", "13件")]),
        ("全年受理行政复议案件、行政诉讼案件分别为31件和17件。",
         [("reconsideration-cases", "31件"), ("litigation-cases", "17件")]),
        ("行政复议纠错率、行政诉讼败诉率和群众满意率分别为6.2%、3.1%和95%。",
         [("reconsideration-correction-rate", "6.2%"), ("litigation-loss-rate", "3.1%"),
          ("satisfaction-rate", "95%")]),
        # ... a listed subject that is no row's keys nothing; lists of unequal length, or
        # 分别 not before the figures, are read as any clause is
        ("政府信息公开申请、行政复议案件分别为45件、12件。",
         [("reconsideration-cases", "12件")]),
        ("行政复议、行政诉讼、信访案件分别为12件、8件。", []),
        # ... verbs listed for one subject: the first figure is its total
        ("受理、审结行政复议案件分别为27件、24件。", [("reconsideration-cases", "27件")]),
        ("新收和审结行政诉讼案件分别为15件、13件。", [("litigation-cases", "15件")]),
        ("分别召开行政复议案件听证会3次。", []),
        # a change against an earlier year is no count of the year, nor a rate
        # ... while the level reached after the change counts the subject named before it
        ("行政诉讼案件比上年增加6件，达到38件。", [("litigation-cases", "38件")]),
        ("行政复议案件较上年增加9件，共办理47件。", [("reconsideration-cases", "47件")]),
        ("负责人出庭应诉率同比上升4.5个百分点，达到96.5%。",
         [("court-appearance-rate", "96.5%")]),
        ("群众满意率较上年提高3个百分点，达97%以上。", [("satisfaction-rate", "97%以上")]),
        # ... and so does the figure a change runs to, not the one it runs from
        ("查处行政处罚案件由上年的98件增至143件。", [("penalty-cases", "143件")]),
        ("执法人员持证率从91.5%提高到100%。", [("certification-rate", "100%")]),
        ("法律援助案件由210件增加到265件。", [("legal-aid-cases", "265件")]),
        ("出庭应诉率从2022年的87%提升到2023年的100%。", [("court-appearance-rate", "100%")]),
        ("行政处罚案件从上年的74起下降为52起。", [("penalty-cases", "52起")]),
        ("行政复议案件同比增加7件、总计41件。", [("reconsideration-cases", "41件")]),
        ("行政诉讼败诉率同比下降1.8个百分点，仅为2.9%。", [("litigation-loss-rate", "2.9%")]),
        ("行政诉讼案件比上年增加了5件，达到了33件。", [("litigation-cases", "33件")]),
        ("办理法律援助案件同比增加26件，增长11%，达到262件。", [("legal-aid-cases", "262件")]),
        # ... but a list of changes is no change and its level
        ("行政复议、行政诉讼案件分别同比增加4件、2件。", []),
        # ... with the spaces a copy sets around a figure
        ("行政复议案件比上年增加 6 件，达到 44 件。", [("reconsideration-cases", "44 件")]),
        ("受理行政复议案件45件，同比增加  12件。", [("reconsideration-cases", "45件")]),
        # a change against the year named in an earlier clause, or a rise, is one too
        ("与去年同期相比，行政复议案件增加8件。", []),
        ("行政复议案件与上年相比增加8件，达到51件。", [("reconsideration-cases", "51件")]),
        ("受理行政复议申请增幅达24%，共63件。", [("reconsideration-cases", "63件")]),
        ("查处行政处罚案件320起，较上年同期减少25起。", [("penalty-cases", "320起")]),
        ("行政诉讼败诉率为4.5%，同比下降2.3%。", [("litigation-loss-rate", "4.5%")]),
        ("行政机关负责人出庭应诉率较2022年提高了12%。", []),
        # ... but what is new this year is counted: 新增 with no earlier year
        ("新增法律顾问5名。", [("legal-advisers", "5名")]),
        # a rate stated with no 率: the percentage of what the clause names
        ("行政诉讼开庭案件负责人出庭应诉实现100%。", [("court-appearance-rate", "100%")]),
        ("全局执法人员100%持证上岗。", [("certification-rate", "100%")]),
        ("制定的规范性文件100%按时报备。", [("filing-rate", "100%")]),
        ("重大行政决策合法性审查100%覆盖。", [("legality-review-rate", "100%")]),
        # a duration between the subject and the figure does not hide the subject
        ("行政机关负责人出庭应诉率连续四年保持100%。", [("court-appearance-rate", "100%")]),
        ("群众满意率连续3年保持在97%以上。", [("satisfaction-rate", "97%以上")]),
        # a case in which no penalty was set (包容审慎监管, 免罚清单) is no penalty case
        ("依法作出不予行政处罚决定6件，免予处罚案件4件，行政处罚案件210件。",
         [("penalty-cases", "210件")]),
        # an outcome among the cases just counted is a part of them
        ("14件行政诉讼案件中胜诉11件。", [("litigation-cases", "14件")]),
        ("审结行政复议案件23件中，维持19件。", [("reconsideration-cases", "23件")]),
        ("行政复议决定纠错6件，纠错率13.6%。", [("reconsideration-correction-rate", "13.6%")]),
        ("行政复议案件依法撤销2件、确认违法1件。", []),
        ("行政复议决定纠错 3 件。", []),
        # a label, a colon, and the figure alone: the label names the subject
        ("行政复议案件：25件；行政诉讼案件：13件。",
         [("reconsideration-cases", "25件"), ("litigation-cases", "13件")]),
        ("群众满意率: 98.5%。", [("satisfaction-rate", "98.5%")]),
        # ... and so it does when a word or two of what was done stand after the colon
        ("行政复议：收案17件，结案15件；行政诉讼：应诉9件。",
         [("reconsideration-cases", "17件"), ("litigation-cases", "9件")]),
        # ... unless the label is a part (其中:) or words stand after the colon
        ("行政复议案件25件，其中：12件。", [("reconsideration-cases", "25件")]),
        # traditional script matches on the folded view
        ("行政機關負責人出庭應訴率100%，發放宣傳資料1萬餘份。",
         [("court-appearance-rate", "100%"), ("publicity-materials", "1萬餘份")]),
    ],
)  # fmt: skip
def test_which_quantity_states_which_indicator(body: str, expected: list[tuple[str, str]]) -> None:
    """The clause names the subject; breakdowns, targets and other subjects key nothing."""
    assert _keys(body) == expected


def test_report_indicators_hold_the_reports_quantities() -> None:
    """parse_report fills Report.indicators; each quantity is the very object in quantities."""
    report = fzbg.parse_report(MEASURES + "累计开展各类行政检查354次，领导班子学法4次。")
    assert [i.key for i in report.indicators] == ["inspections", "study-sessions"]
    for indicator in report.indicators:
        assert any(indicator.quantity is q for q in report.quantities)
        assert indicator.span.start <= indicator.quantity.span.start
        assert indicator.quantity.span.end <= indicator.span.end
        assert indicator.subject in report.text[indicator.span.start : indicator.span.end]


def test_plans_section_keys_nothing() -> None:
    """A figure in the plans section is not a result of the year reported on."""
    report = fzbg.parse_report(
        MEASURES + "开展行政检查12次。\n二、下一步工作打算\n（一）开展行政检查20次。"
    )
    assert [(i.key, i.quantity.text) for i in report.indicators] == [("inspections", "12次")]


def test_registry_rows_are_data() -> None:
    """26 rows with unique keys; each row's examples are matched by one of its cues."""
    assert len(INDICATORS) == 26
    assert len(set(INDICATORS.keys())) == 26
    for row in INDICATORS:
        assert row.kind in {"rate", "count"}
        assert row.comment
        assert (row.kind == "rate") == (not row.units)
        for example in row.examples:
            assert any(c.check().regex.search(example) for c in row.cues), (row.key, example)


def test_a_registry_is_changed_by_making_a_new_one() -> None:
    """add, drop and replace give new registries; the built-in one is untouched."""
    fire = IndicatorSpec("fire-inspections", "消防检查", "count", ["消防检查"], ["次"])
    narrowed = INDICATORS.replace(
        IndicatorSpec("inspections", "行政检查", "count", [Cue("行政检查")], ["次"])
    )
    mine = narrowed.drop("petitions").add(fire)
    assert "fire-inspections" in mine
    assert "petitions" not in mine
    assert "petitions" in INDICATORS
    assert mine.keys()[-1] == "fire-inspections"
    assert mine["inspections"].cues[0].pattern == "行政检查"
    with pytest.raises(ValueError, match="duplicate"):
        mine.add(fire)
    with pytest.raises(KeyError):
        mine.drop("no-such-key")


TOML = """
drop = ["inspections"]

[[indicator]]
key = "fire-inspections"
name = "消防检查"
kind = "count"
units = ["次", "家次"]
cues = ["消防(?:安全)?检查"]
comment = "fire-safety inspections"

[[indicator]]
key = "satisfaction-rate"
name = "政务服务满意率"
kind = "rate"
cues = [{pattern = "满意率", context = "政务服务"}]
"""


def test_custom_registry_from_toml_end_to_end(tmp_path: Path) -> None:
    """A TOML file adds a key, narrows one and drops one; extract_indicators finds the new key."""
    path = tmp_path / "mine.toml"
    path.write_text(TOML, encoding="utf-8")
    mine = INDICATORS.with_toml(path)
    assert "inspections" not in mine
    assert mine.keys()[-1] == "fire-inspections"
    body = "开展消防安全检查120次，群众满意率98%，政务服务满意率99%。"
    assert _keys(body, mine) == [("fire-inspections", "120次"), ("satisfaction-rate", "99%")]
    assert _keys(body) == [("inspections", "120次"), ("satisfaction-rate", "98%"),
                           ("satisfaction-rate", "99%")]  # fmt: skip
    alone = Registry.from_toml(TOML.replace('drop = ["inspections"]', ""))
    assert alone.keys() == ("fire-inspections", "satisfaction-rate")


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[[indicator]]\nkey = 'x'\nname = 'x'\nkind = 'ratio'\ncues = ['x']", "kind"),
        ("[[indicator]]\nkey = 'x'\nname = 'x'\nkind = 'count'\ncues = ['(']", "error"),
        ("[[indicator]]\nkey = 'x'\nname = 'x'\nkind = 'count'\ncues = ['x']\nunit = 1", "unknown"),
        ("drop = ['no-such-key']", "no-such-key"),
        ("this is = not toml =", "cannot read"),
    ],
)
def test_bad_registry_file_raises_fzbg_error(toml: str, message: str) -> None:
    """A malformed registry file is a FzbgError saying what is wrong."""
    with pytest.raises(fzbg.FzbgError, match=message):
        INDICATORS.with_toml(toml)


@pytest.mark.parametrize(
    ("key", "plain", "other"),
    [
        # cues the joined index cannot take: a group of its own, an inline flag, a cue that
        # may match nothing; they are looked for cue by cue, with the same result
        ("legal-advisers", "法律顾问", "(法律)顾问"),
        ("inspections", "行政检查", "(?i)行政检查"),
        ("inspections", "(?:行政)?检查", "(?:行政)?检查|x?"),
    ],
)
def test_cues_beyond_the_index_key_the_same(key: str, plain: str, other: str) -> None:
    from fzbg.genre.registry import UnitCues  # noqa: PLC0415 - the index is internal

    def with_cue(cue: str) -> Registry:
        spec = INDICATORS[key]
        return INDICATORS.replace(IndicatorSpec(key, spec.name, spec.kind, [cue], spec.units))

    body = "聘请法律顾问5名，全年开展行政检查354次，12次检查，检查7次。"
    assert UnitCues.of(with_cue(other)).joined is None
    assert UnitCues.of(with_cue(plain)).joined is not None
    found = _keys(body, with_cue(plain))
    assert (key, "5名" if key == "legal-advisers" else "354次") in found
    assert _keys(body, with_cue(other)) == found

"""Indicators a report states in plain words, found in real openings, on invented text.

Each figure below is stated without the registry's usual words: publicity with no word
of law (集中宣传16场), trainees (受训人员), a review in a sentence about legality review
(落实合法性审查制度，累计审查…文件), the object before its review (合同审查), the
certification exam (执法资格通过率), a law exam's completion rate, the share of staff
certified (持证比例), and the staff who enforce (执法人员参与行政执法工作).  Beside each,
the look-alike that keys nothing.
"""

from __future__ import annotations

import pytest

import fzbg

_HEAD = (
    "某县2023年法治政府建设情况报告\n2023年，某县坚持依法行政。\n"
    "一、主要举措和成效\n（一）强化组织保障。"
)


def _key(sentence: str, figure: str) -> str | None:
    report = fzbg.parse_report(_HEAD + sentence + "\n")
    keys = [i.key for i in report.indicators if i.quantity.text == figure]
    assert [q.text for q in report.quantities].count(figure) == 1, "the figure is read once"
    return keys[0] if keys else None


@pytest.mark.parametrize(
    ("sentence", "figure", "key"),
    [
        ("组织开展各类宣传活动10余次，发放资料2000余份。", "10余次", "publicity-events"),
        ("村（社区）集中宣传16场，覆盖群众3000人。", "16场", "publicity-events"),
        ("开展民法典、信访工作条例等主题宣传20场次。", "20场次", "publicity-events"),
        ("全年累计开展专题宣讲12场次。", "12场次", "publicity-events"),
        ("开展习近平法治思想宣讲10场。", "10场", "publicity-events"),
        ("将法治课程纳入党校主体班次，受训人员达到605人。", "605人", "trainings"),
        ("开展法律明白人培训4次，受训人数达300余人次。", "300余人次", "trainings"),
        ("开展《民法典》专题培训会2次。", "2次", "trainings"),
        (
            "落实合法性审查和公平竞争审查制度，累计审查以镇政府名义印发的文件1800余件。",
            "1800余件",
            "legality-reviews",
        ),
        ("严格重大决策程序，全年完成重大合同审查3件。", "3件", "legality-reviews"),
        ("全年审查规范性文件、合同、会议纪要等270份。", "270份", "legality-reviews"),
        ("执法资格通过率100%。", "100%", "exam-pass-rate"),
        ("组织参加学法考试，完成率及优秀率均为100%。", "100%", "exam-pass-rate"),
        ("全局执法人员持证比例98%以上。", "98%以上", "certification-rate"),
        ("共有26名执法人员参与行政执法工作。", "26名", "enforcement-staff"),
        ("目前全镇8名干部取得执法资格。", "8名", "enforcement-staff"),
        ("开展学法考试，参与率100%。", "100%", "exam-pass-rate"),
        ("对原有2件行政规范文件进行清理。", "2件", "normative-documents"),
        # a title's figure after a time with no comma (2022全年…, 今年全年…)
        ("三是加强执法检查。2022全年开展统计执法4次。", "4次", "inspections"),
        ("三是加强执法检查。今年全年开展统计执法4次。", "4次", "inspections"),
        ("三是加强执法检查。2023年全年开展统计执法4次。", "4次", "inspections"),
        # a rate's 率 shared by the subject before it: the first subject's
        ("对本局文件进行合法合规审查，审查、报备率均达100%。", "100%", "legality-review-rate"),
        ("规范性文件备案审查、报备率均为100%。", "100%", "filing-rate"),
        ("开展宪法知识测试，在职人员参与率100%。", "100%", "exam-pass-rate"),  # a test
        # the work a sentence opens with strengthening names the figure's subject
        ("加强合法性审查工作，审理各类合同文件314份。", "314份", "legality-reviews"),
        ("举办习近平法治思想专题研讨班11期。", "11期", "trainings"),
        ("参加各类执法培训6批次。", "6批次", "trainings"),
        # people counted, then the training they took part in: trainees, not the staff
        ("积极安排7名执法人员参加省厅举办的执法能力提升培训班。", "7名", "trainings"),
        ("组织30名干部职工参加为期4天的公共法律知识培训班。", "30名", "trainings"),
        # a campaign that takes the law somewhere, without 活动; a law class
        ("开展“法律进校园”2次，进一步增强学生法治意识。", "2次", "publicity-events"),
        ("到村会议室给群众上法治课5场次。", "5场次", "publicity-events"),
        # penalties set, bare; a new verb's review after a fair-competition review
        ("现场处理投诉16起，处罚8起，罚款650元。", "8起", "penalty-cases"),
        ("开展政策措施公平竞争审查35项，审核各类合同710份。", "710份", "legality-reviews"),
        ("一是加强合法性审查工作，审理各类合同文件314份。", "314份", "legality-reviews"),
        ("组织宪法法律知识测试覆盖率达100%。", "100%", "exam-pass-rate"),
        # what the materials handed out are about, named between
        ("发放法律法规、灾害防御、科普知识材料8000余份。", "8000余份", "publicity-materials"),
        ("開展憲法知識測試,在職人員參與率100%。", "100%", "exam-pass-rate"),
    ],
)
def test_a_figure_stated_in_plain_words_keys_its_row(sentence: str, figure: str, key: str) -> None:
    assert _key(sentence, figure) == key


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("开展疫情防控宣传10场。", "10场"),
        ("开展安全生产宣传活动8场。", "8场"),
        ("开展党的二十大精神宣讲10场。", "10场"),
        ("全区累计组织各类学习、培训、宣讲1200余次。", "1200余次"),
        ("开展公平竞争审查12件。", "12件"),
        ("组织学习会议精神3次，推进法治建设。", "3次"),
        # a group's study meeting is no law study, where the sentence counts that apart
        ("开展专题学法3次，参加中心组学习会10次，集体学法23次。", "10次"),
        ("围绕学习习近平法治思想作研讨发言2次。", "2次"),  # speeches, not sessions
        ("局党组会等先后8次研究了执法检查等法治议题。", "8次"),  # deliberations of them
        ("走访困难群众，发放慰问材料300份。", "300份"),  # no publicity
        ("组织业务学习12次，熟悉法律法规。", "12次"),  # a department's own business
        # the Party's forms of study, though the sentence is about the rule of law
        ("把学习法治思想作为政治任务，各级党组织开展“第一议题”学习7963次。", "7963次"),
        ("把学习法治思想作为政治任务，组织主题党日学习20次。", "20次"),
        # a coverage rate of study, an exam named in another clause; what 项 count after them
        ("积极参加学法考试，组织法治专题学习21场次，实现覆盖率100%。", "100%"),
        ("专题研究重大行政决策源头治理等7项交通法治重点工作。", "7项"),
        ("区委党校在11个主体班次中开设25次法治课程。", "25次"),  # a course, no publicity
        # the legal affairs handled in decisions, not the decisions
        ("法律顾问参与市政府重大决策、重大项目推进等事项中涉法涉诉法律事务20余次。", "20余次"),
        ("将公众参与、专家论证等5项程序纳入重大决策必经环节。", "5项"),
        # each figure of a list with its own object: the last one's is not the others'
        ("完成3部地方性法规、2部政府规章以及10部规范性文件的清理。", "3部"),
        ("完成3部地方性法规、2部政府规章以及10部规范性文件的清理。", "2部"),
        ("办理初次轻微违法不予处罚案件32件。", "32件"),  # closed with no penalty
        ("发放宣传资料1000多份、出动宣传车100多次。", "100多次"),  # a vehicle's trips
        ("严格落实执法人员资格管理制度，A岗人员执法参与率100%。", "100%"),
    ],
)
def test_a_look_alike_keys_no_such_row(sentence: str, figure: str) -> None:
    assert _key(sentence, figure) is None


@pytest.mark.parametrize("meeting", ["常务会议", "专题会议", "座谈会", "党组会"])
def test_a_count_of_meetings_keys_nothing_the_meetings_then_discuss(meeting: str) -> None:
    # 召开市政府常务会议5次专题研究行政执法和信访工作: what they discussed is no subject.
    sentence = f"召开{meeting}5次专题研究行政执法和信访工作。"
    assert _key(sentence, "5次") is None


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("全年共办理6件行政复议、8件行政诉讼。", ["reconsideration-cases", "litigation-cases"]),
        ("全年共辦理6件行政復議、8件行政訴訟。", ["reconsideration-cases", "litigation-cases"]),
        ("受理3件行政诉讼和5件行政复议。", ["litigation-cases", "reconsideration-cases"]),
        # objects of different units listed before the review they share
        ("对30件上会议题、拟签订的12份合同进行了合法性审查。", ["legality-reviews"] * 2),
    ],
)
def test_figures_written_before_their_subjects_key_each_its_own(
    sentence: str, keys: list[str]
) -> None:
    report = fzbg.parse_report(_HEAD + sentence + "\n")
    assert [i.key for i in report.indicators] == keys


@pytest.mark.parametrize(
    ("sentence", "figure", "key"),
    [
        (
            "局党组学习《中华人民共和国防洪法》《信访工作条例》等相关内容10次。",
            "10次",
            "study-sessions",
        ),
        ("制定《某市行政规范性文件管理规定》等3件市政府规章。", "3件", None),
        ("围绕《安全生产法》开展宣传活动9场。", "9场", "publicity-events"),
        # a title's words that look like a meeting's (应知应会) are its name
        (
            "常务会议专题学习《宪法》、《领导干部应知应会党内法规汇编》等内容8次。",
            "8次",
            "study-sessions",
        ),
    ],
)
def test_a_title_names_no_subject(sentence: str, figure: str, key: str | None) -> None:
    # The words of a law's or a rule's title (《信访工作条例》) are its name, not what the
    # figure counts; a law named before its publicity still names the publicity.
    assert _key(sentence, figure) == key

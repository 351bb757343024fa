"""Quantities and indicators of reports unlike the visible ones: tables, lists, departments.

Every text here is invented for its test, in the genre's style.
"""

from __future__ import annotations

import pytest

import fzbg

_MEASURES = "一、主要举措和成效\n"


def _keys(body: str) -> dict[str, str]:
    report = fzbg.parse_report(_MEASURES + body)
    return {i.quantity.text: i.key for i in report.indicators}


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("行政复议案件 12件 9件", {"12件": "reconsideration-cases"}),
        ("行政诉讼案件  7件  10件", {"7件": "litigation-cases"}),
        ("行政处罚案件\t156件\t131件", {"156件": "penalty-cases"}),
        ("法律援助案件 88件 76件 15.8%", {"88件": "legal-aid-cases"}),
        # two units are two measures of the one subject, not two columns
        ("接待来访 16批次 34人次", {"16批次": "petitions", "34人次": "petitions"}),
    ],
)
def test_a_table_row_keys_its_first_column_only(row: str, expected: dict[str, str]) -> None:
    """A figure of the same unit after spaces alone is the row's next column (上年, 同比)."""
    assert _keys(row) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全年立案查处各类违法案件128件，罚没款合计356.8万元。", {"128件": "penalty-cases"}),
        ("查处税收违法案件45件，查补税款1200万元。", {"45件": "penalty-cases"}),
        ("立案查处违法用地案件23宗。", {"23宗": "penalty-cases"}),
        ("查办案件16件，其中违法建设案件5件。", {"16件": "penalty-cases"}),
        # a crime's or Party discipline's cases, and tips about cases, are no penalty cases
        ("查处违纪违法案件5件。", {}),
        ("侦破刑事案件56起，查处违法犯罪案件12起。", {}),
        ("受理违法案件举报线索45件。", {}),
        # the rules for penalties and the files of cases reviewed are no cases
        ("制定行政处罚裁量基准3件。", {}),
        ("修订行政处罚自由裁量权基准2件。", {}),
        ("评查行政处罚案卷36件。", {}),
    ],
)
def test_a_departments_own_cases_are_penalty_cases(sentence: str, expected: dict[str, str]) -> None:
    """查处…违法案件, as an enforcing department reports them, counts its penalty cases."""
    assert _keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "规范性文件备案率、合法性审查率分别由上年的88%、90%提高到95%、98%。",
            {"95%": "filing-rate", "98%": "legality-review-rate"},
        ),
        (
            "行政复议、行政诉讼案件分别由上年的20件、15件下降到16件、12件。",
            {"16件": "reconsideration-cases", "12件": "litigation-cases"},
        ),
        (
            "出庭应诉率和调解成功率分别从2022年的85%、90%提升到2023年的100%、96%。",
            {"100%": "court-appearance-rate", "96%": "dispute-resolution-rate"},
        ),
        # lists that do not pair key nothing
        ("行政复议、行政诉讼案件分别由上年的20件、15件下降到16件。", {}),
    ],
)
def test_a_change_after_respectively_keys_the_levels_reached(
    sentence: str, expected: dict[str, str]
) -> None:
    """分别由A、B提高到C、D: C and D state the subjects in order; A and B key nothing."""
    assert _keys(sentence) == expected


def _quantities(body: str) -> list[tuple[str, str, str]]:
    report = fzbg.parse_report(_MEASURES + body)
    return [(q.text, str(q.value), q.unit) for q in report.quantities]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("案件数（件）：38", [("38", "38", "件")]),
        (
            "罚没款（万元）：125.6，同比增长（%）：12.5",
            [("125.6", "1256000", "元"), ("12.5", "12.5", "%")],
        ),
        ("行政复议案件(件) 12 9", [("12", "12", "件")]),
        ("资金（万元） 2,350.5。", [("2,350.5", "23505000", "元")]),
        # a figure with its own unit is read once; a year and a figure's number are no unit
        ("案件数（件）：38件", [("38件", "38", "件")]),
        ("时间（年）：2023", []),
        ("资金（万元） 2023年 150", []),
        ("见图（1）：5", []),
    ],
)
def test_a_bare_figure_takes_the_unit_its_label_names_in_brackets(
    row: str, expected: list[tuple[str, str, str]]
) -> None:
    """案件数（件）：38 is 38 件: a form or a flattened table names the unit once, in the label."""
    assert _quantities(row) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("行政复议案件（件）：12", {"12": "reconsideration-cases"}),
        ("法治培训（人次）：1500", {"1500": "trainings"}),
        ("发放宣传资料(份):3200", {"3200": "publicity-materials"}),
        ("行政机关负责人出庭应诉率（%）：100", {"100": "court-appearance-rate"}),
    ],
)
def test_a_labelled_figure_states_the_labels_indicator(row: str, expected: dict[str, str]) -> None:
    """The label before the bracketed unit names what the bare figure counts."""
    assert _keys(row) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("（三）行政复议\n全年收案12件，结案11件。", {"12件": "reconsideration-cases"}),
        ("一是行政复议。全年收案12件，结案11件。", {"12件": "reconsideration-cases"}),
        ("（三）行政复议\n1.收案12件，结案11件。", {"12件": "reconsideration-cases"}),
        ("（三）行政复议\n2023年，共收案12件。", {"12件": "reconsideration-cases"}),
        (
            "（四）矛盾纠纷化解\n全年共调处326件，调处成功率98%。",
            {"326件": "disputes", "98%": "dispute-resolution-rate"},
        ),
        # prose before the sentence is no title, and a clause that names its own object
        # (a meeting, a service station) is not counted under the title
        ("深化行政复议改革。全年新建服务站3个。", {}),
        ("（五）化解矛盾纠纷\n全年召开专题会议4次。", {}),
        ("（五）化解矛盾纠纷\n为进一步做好矛盾纠纷排查工作，全年开展4次。", {}),
    ],
)
def test_a_title_above_names_the_subject_its_first_figure_counts(
    body: str, expected: dict[str, str]
) -> None:
    """（三）行政复议 then 全年收案12件: the title names what the sentence only does."""
    assert _keys(body) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("行政诉讼案件中行政机关负责人出庭应诉17件。", {}),
        # ... but a rate after 出庭应诉 is the appearance rate
        ("行政机关负责人出庭应诉100%。", {"100%": "court-appearance-rate"}),
        ("全年行政应诉案件23件，负责人出庭应诉23件。", {"23件": "litigation-cases"}),
        (
            "应诉行政诉讼案件20件，行政机关负责人出庭18件，出庭率90%。",
            {"20件": "litigation-cases", "90%": "court-appearance-rate"},
        ),
    ],
)
def test_the_hearings_the_head_attended_are_a_part_of_the_lawsuits(
    sentence: str, expected: dict[str, str]
) -> None:
    """出庭应诉17件 counts the lawsuits the agency head attended: a part, not the total."""
    assert _keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("行政复议和行政诉讼案件各5件。", {"5件": "reconsideration-cases"}),
        ("办理行政复议、行政诉讼案件均为3件。", {"3件": "reconsideration-cases"}),
        # the nearest subject still names a count of one subject
        (
            "办理行政复议案件5件，行政诉讼案件3件。",
            {"5件": "reconsideration-cases", "3件": "litigation-cases"},
        ),
    ],
)
def test_a_count_of_several_subjects_at_once_keys_the_first(
    sentence: str, expected: dict[str, str]
) -> None:
    """各5件, 均为3件: as a rate of several subjects (均达100%), the first subject's key."""
    assert _keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "开展“法律进社区”活动32场次，发放普法资料5600份。",
            {"32场次": "publicity-events", "5600份": "publicity-materials"},
        ),
        ("印发法治宣传材料1200份。", {"1200份": "publicity-materials"}),
        ("全年召开理论学习中心组学法会议6次。", {"6次": "study-sessions"}),
        ("召开党组学法例会4次。", {"4次": "study-sessions"}),
        # a meeting the cue does not name still counts meetings
        ("召开行政执法监督检查部署会等会议4次。", {}),
    ],
)
def test_materials_and_study_meetings_named_as_the_genre_names_them(
    sentence: str, expected: dict[str, str]
) -> None:
    assert _keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("组织2300余名执法人员参加行政执法资格考试。", {}),
        ("执法人员参加执法资格考试2300人。", {}),
        ("共有186名行政执法人员参与执法案卷评查。", {}),
        # the staff themselves, and trainees counted as a training's
        ("全市共有执法人员2300余名，均持证上岗。", {"2300余名": "enforcement-staff"}),
        ("新增持证执法人员120名。", {"120名": "enforcement-staff"}),
        ("组织500名执法人员参加法治培训。", {"500名": "trainings"}),
        ("全市2300余名执法人员参加执法资格考试，通过率98%。", {"98%": "exam-pass-rate"}),
    ],
)
def test_staff_who_take_part_in_something_are_no_headcount(
    sentence: str, expected: dict[str, str]
) -> None:
    """N名执法人员参加考试 counts who took part, not the enforcement staff."""
    assert _keys(sentence) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("全年办理行政复议案件12\n件，均在法定期限内办结。", {"12\n件": "reconsideration-cases"}),
        ("发放宣传资料2.3\n万份。", {"2.3\n万份": "publicity-materials"}),
        ("开展普法活动120余\n场次，覆盖群众3万余人。", {"120余\n场次": "publicity-events"}),
    ],
)
def test_a_figure_a_hard_wrap_parts_from_its_unit_keys_as_unbroken(
    lines: str, expected: dict[str, str]
) -> None:
    """A PDF's line break between a number and its unit keeps the figure and its subject."""
    assert _keys(lines) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "全年开展送法下乡活动48场，发放资料1.2万余份。",
            {"48场": "publicity-events", "1.2万余份": "publicity-materials"},
        ),
        ("开展普法宣传进社区活动，发放各类资料3000余份。", {"3000余份": "publicity-materials"}),
        # materials handed out in a sentence of no publicity are an office's forms
        ("窗口发放申报材料200份。", {}),
    ],
)
def test_materials_handed_out_at_a_publicity_event_are_publicity_materials(
    sentence: str, expected: dict[str, str]
) -> None:
    """发放资料 in a sentence about publicity hands out publicity materials, named or not."""
    assert _keys(sentence) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("（二）行政复议和行政应诉情况\n全年收案45件，审结42件。", {}),
        ("（二）复议应诉\n收案45件。", {}),
        ("（四）矛盾纠纷化解\n全年排查化解126件。", {"126件": "disputes"}),
    ],
)
def test_a_title_of_two_subjects_names_no_figure_below(
    lines: str, expected: dict[str, str]
) -> None:
    """Under 行政复议和行政应诉, 收案45件 may count either: the title keys it to neither."""
    assert _keys(lines) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("行政诉讼案件中败诉3件，占比7.9%。", {"7.9%": "litigation-loss-rate"}),
        (
            "全年审结行政复议案件50件，其中纠错6件，占审结案件的12%。",
            {"50件": "reconsideration-cases", "12%": "reconsideration-correction-rate"},
        ),
        ("负责人出庭应诉28件，占开庭案件的100%。", {"100%": "court-appearance-rate"}),
        # a share of what no rate counts, or of a count that states no outcome
        ("办理行政诉讼案件28件，其中胜诉26件，占比92.9%。", {"28件": "litigation-cases"}),
        ("全年办理行政诉讼案件38件，占比15%。", {"38件": "litigation-cases"}),
    ],
)
def test_a_share_after_an_outcomes_count_states_the_outcomes_rate(
    sentence: str, expected: dict[str, str]
) -> None:
    """败诉3件，占比7.9%: the share of the cases lost is the loss rate."""
    assert _keys(sentence) == expected

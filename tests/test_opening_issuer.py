"""The issuer a report with no title names in its preamble's opening, in more shapes.

Invented openings: a clause before the subject other than 在…领导下 (面对…, 按照…要求),
an opening about the year that names the body after its comma, and a self-naming
sentence with the year before the body's name (现将2023年度某县…报告如下), and the many
verbs after the subject (统筹推进, 加强, 深化 …).
"""

from __future__ import annotations

import pytest

import fzbg

_REST = "\n一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"


@pytest.mark.parametrize(
    ("opening", "issuer", "year"),
    [
        ("2023年，面对复杂严峻的发展形势，白河县坚持以习近平法治思想为指导。", "白河县", 2023),
        ("2023年，按照省委、省政府部署要求，白河市全面推进法治政府建设。", "白河市", 2023),
        ("2022年，围绕全县中心工作，白河县司法局扎实推进依法行政。", "白河县司法局", 2022),
        ("今年以来，面对新形势新任务，白河镇坚持依法行政。", "白河镇", None),
        ("2023年是全面贯彻党的二十大精神的开局之年，白河县坚持依法行政。", "白河县", 2023),
        ("根据有关要求，现将2023年度白河县法治政府建设情况报告如下：", "白河县", 2023),
        ("现就2021年度白河县司法局法治政府建设情况报告如下：", "白河县司法局", 2021),
        # two clauses before the subject, one of them with a verb in it (精心)
        (
            "2023年，在县委、县政府的坚强领导下，在县委依法治县办的精心指导下，"
            "白河镇坚持以习近平法治思想为指导。",
            "白河镇",
            2023,
        ),
        # a collective or the speaker after the clause is no body's name
        ("2023年，按照要求，全县各级行政机关坚持依法行政。", None, 2023),
        # a place with all its bodies (各级各部门, 上下) names the place
        ("2023年，白河县各级各部门坚持依法行政。", "白河县", 2023),
        ("2023年，白河市上下全面推进法治政府建设。", "白河市", 2023),
        ("2022年，白河县各有关单位扎实推进依法行政。", "白河县", 2022),
        # more verbs after the subject, and its short name in brackets before them
        ("2023年，白河县司法局狠抓依法行政各项工作。", "白河县司法局", 2023),
        ("2023年，白河镇健全依法决策机制。", "白河镇", 2023),
        ("2023年，白河区突出抓好法治政府建设。", "白河区", 2023),
        ("2023年，白河市人民政府锐意进取，扎实推进依法行政。", "白河市人民政府", 2023),
        ("2023年，白河县交通运输局抓实依法行政工作。", "白河县交通运输局", 2023),
        ("2023年，白河县委县政府团结带领全县人民坚持依法行政。", "白河县委县政府", 2023),
        ("2023年，白河县人民政府（以下简称县政府）坚持依法行政。", "白河县人民政府", 2023),
        ("2023年来，白河镇坚持依法行政。", "白河镇", 2023),  # 年来, 以 left out
        ("今年来，白河镇坚持依法行政。", "白河镇", None),
        ("2024以来，白河镇坚持依法行政。", "白河镇", 2024),  # 年 left out
        ("2024以来，本人切实履行第一责任人职责。", None, 2024),
        ("年，白河区公安局在区委的坚强领导下，坚持依法行政。", "白河区公安局", None),  # digits lost
        ("现将我县2023年度法治政府建设情况报告如下：", None, 2023),
        ("2024年是关键之年，也是全面深化改革之年。", None, 2024),
        # the sentence about the year ends, and the next names the year again or puts
        # its leads before the body
        ("2021年是建党一百周年，也是开局之年。一年来，白河区坚持依法行政。", "白河区", 2021),
        ("2022年是关键之年。在市委的坚强领导下，白河县司法局坚持依法行政。", "白河县司法局", 2022),
        (
            "2020年是收官之年。在省委领导下，在省人大及其常委会的支持监督下，"
            "白河省各级政府及其部门坚持依法行政。",
            "白河省",
            2020,
        ),
        ("2021年是开局之年。一年来，我局坚持依法行政。", None, 2021),
    ],
)
def test_the_opening_names_the_issuer(opening: str, issuer: str | None, year: int | None) -> None:
    """The body named in the opening is the issuer; its year is the year reported on."""
    report = fzbg.parse_report(f"{opening}{_REST}")
    assert (report.issuer, report.year) == (issuer, year)


@pytest.mark.parametrize(
    "verb",
    ["统筹推进", "推动", "加强", "强化", "深化", "加快", "坚定", "全力", "奋力", "注重", "着眼",
     "继续", "稳步", "努力", "聚力", "对标", "精心", "充分", "坚决", "一以贯之", "扎扎实实"],
)  # fmt: skip
def test_the_subject_ends_before_any_of_the_genre_s_verbs(verb: str) -> None:
    """An opening's subject ends where its verb begins, whichever of the genre's it is."""
    report = fzbg.parse_report(f"2023年，白河县{verb}法治政府建设各项工作。{_REST}")
    assert (report.issuer, report.year) == ("白河县", 2023)


@pytest.mark.parametrize(
    ("preamble", "issuer"),
    [
        # a long basis clause before the subject, a document's number in it
        (
            "根据某某依法治区办印发的《关于做好依法治区绩效考评有关工作的通知》（某法办〔2019〕3号）"
            "和《法治政府建设与责任落实督察工作规定》要求，区教育局认真对照考核标准。",
            "区教育局",
        ),
        # the body named without its place, then in full as a sentence's subject
        (
            "根据要求，区教育局认真对照考核标准。2019年度，白河区教育局深入学习法治思想。",
            "白河区教育局",
        ),
        (
            "根据要求，區教育局認真對照考核標準。2019年度，白河區教育局深入學習法治思想。",
            "白河區教育局",
        ),
        # not a name run on from the words before it
        ("根据要求，区教育局认真对照考核标准，现将区教育局2019年度情况报告如下：", "区教育局"),
    ],
)
def test_a_name_without_its_place_takes_the_preamble_s_fuller_one(
    preamble: str, issuer: str
) -> None:
    """区教育局 first, 白河区教育局 as the subject of a sentence after: the fuller is the issuer."""
    assert fzbg.parse_report(f"{preamble}{_REST}").issuer == issuer

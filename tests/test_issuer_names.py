"""The issuer is a body's name, never a clause fragment (issue #13, class 4).

Invented openings of every level: a province speaking as 全省各级行政机关, a street whose
preamble opens with a clause about the year, a district government followed by an adverb,
a bureau that says only 我局 under a page that names it in 来源.
"""

from __future__ import annotations

import pytest

import fzbg
from fzbg.genre.bodies import body_name

_REST = "\n一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        ("2021年，在省委、省政府的坚强领导下，全省各级行政机关坚持依法行政。", None),
        ("2020年，在黨中央的堅強領導下，全省各級行政機關堅持以習近平法治思想為指導。", None),
        ("2023年，全市依法行政工作坚持以人民为中心，取得新成效。", None),
        ("2022年，我局坚持以习近平法治思想为指导，扎实推进法治机关建设。", None),
        (
            "2024年是全面贯彻党的二十届三中全会精神的关键之年，也是青禾街道深化改革之年。"
            "青禾街道始终坚持以习近平法治思想为指导，扎实推进法治政府建设。",
            "青禾街道",
        ),
        (
            "2019年是新中国成立70周年，也是决胜全面建成小康社会的关键之年。"
            "南河县始终坚持把法治政府建设摆在突出位置。",
            "南河县",
        ),
        ("2020年以来，东坪区政府坚决贯彻落实党中央决策部署，深入推进依法行政。", "东坪区政府"),
        ("2016年，西原自治区法治政府建设工作在自治区党委领导下，全面推进。", "西原自治区"),
        (
            "2025年，大河街道在区委、区政府的坚强领导下，扎实推进依法行政。"
            "现将街道2025年度法治政府建设工作情况报告如下：",
            "大河街道",
        ),
    ],
)
def test_issuer_from_the_opening_is_a_body_name(opening: str, issuer: str | None) -> None:
    """Only a body's name is an issuer; a report speaking as 我省 or 全省… names none."""
    assert fzbg.parse_report(opening + _REST).issuer == issuer


@pytest.mark.parametrize(
    ("source", "issuer"),
    [("来源：云溪县应急管理局", "云溪县应急管理局"), ("来源：实用范文 投诉建议", None)],
)
def test_issuer_from_the_page_source_when_the_report_says_only_wo(
    source: str, issuer: str | None
) -> None:
    """Where the report says only 我局, the page's 来源 names it, if a body stands there."""
    text = (
        f"关于2022年度法治政府建设情况的报告\n{source}\n"
        "2022年，我局坚持以习近平法治思想为指导，扎实推进法治机关建设。" + _REST
    )
    assert fzbg.parse_report(text).issuer == issuer


@pytest.mark.parametrize(
    "words", ["是全力", "全省各级行政机关", "局办公室", "街道", "我县", "本局", "各部门"]
)
def test_fragments_are_no_body_names(words: str) -> None:
    """A clause fragment, a collective or a bare ending is no name."""
    assert body_name(words) is None


@pytest.mark.parametrize(
    "words", ["县司法局", "省政府", "山西省委、省政府", "本溪市人民政府", "将乐县", "原环境保护部"]
)
def test_body_names_of_every_shape(words: str) -> None:
    """Names of every level pass whole, even those opening like a clause word."""
    assert body_name(words) == words


@pytest.mark.parametrize(
    ("headline", "issuer"),
    [
        ("法治政府建设成效如何?云岭省政府发布报告", "云岭省政府"),
        ("速览!东川市人民政府发布年度法治政府建设报告", "东川市人民政府"),
        ("全省法治政府建设情况如何？一文看懂", None),
    ],
)
def test_issuer_from_a_page_headline_naming_the_publisher(
    headline: str, issuer: str | None
) -> None:
    """A repost's headline that says who published the report names the issuer."""
    text = f"{headline}\n\n2021年，在省委的坚强领导下，我省各级行政机关坚持依法行政。" + _REST
    assert fzbg.parse_report(text).issuer == issuer


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("关于全市2022年度法治政府建设情况的报告", None),
        ("全省2021年法治政府建设情况报告", None),
        ("关于全椒县2022年度法治政府建设情况的报告", "全椒县"),
        ("本溪市2023年法治政府建设年度报告", "本溪市"),
    ],
)
def test_a_collective_in_the_title_names_no_issuer(title: str, issuer: str | None) -> None:
    """全市, 全省 in a title speak of a whole level; 全椒县 and 本溪市 are places."""
    text = f"{title}\n2022年，全市各级行政机关坚持依法行政。" + _REST
    assert fzbg.parse_report(text).issuer == issuer


@pytest.mark.parametrize(
    "issuer",
    [
        "中共云溪县委全面依法治县委员会办公室",
        "云溪市人民政府法制办公室",
        "云溪县人大常委会法制工作委员会",
    ],
)
def test_a_body_whose_name_holds_the_genre_words_is_the_issuer(issuer: str) -> None:
    """依法治县委员会 and 法制办公室 are names, not the genre's words run on after one."""
    assert body_name(issuer) == issuer
    title = f"{issuer}关于2016年度法治政府建设情况的报告"
    assert fzbg.parse_report(title + _REST).issuer == issuer
    signed = f"2016年，我办扎实推进依法行政。{_REST}{issuer}\n2017年1月10日\n"
    assert fzbg.parse_report(signed).issuer == issuer


@pytest.mark.parametrize(
    ("words", "name"), [("东湖区法治政府建设工作", "东湖区"), ("青山区法制建设", "青山区")]
)
def test_the_genre_words_after_a_name_are_cut(words: str, name: str) -> None:
    """A name run on into 法治/法制 words ends where they begin."""
    assert body_name(words) == name


@pytest.mark.parametrize(
    "issuer",
    [
        "云溪海关",
        "云溪县消防救援大队",
        "云溪市公安局交通警察支队",
        "云溪县残疾人联合会",
        "云溪县供销合作社联合社",
        "云溪苏木",
        "云溪旗",
        "云溪自治州",
        "云溪盟",
    ],
)
def test_bodies_of_every_kind_sign_a_report(issuer: str) -> None:
    """A customs house, a brigade, a federation, a 苏木 or a 旗 is a body's name: the
    signature under a report that speaks only as 我单位 names its issuer."""
    assert body_name(issuer) == issuer
    signed = f"2023年，我单位扎实推进依法行政。{_REST}{issuer}\n2024年1月10日\n"
    assert fzbg.parse_report(signed).issuer == issuer


_LEVELS = ("", "区", "县", "乡镇", "街道", "街道办事处")
_PERIODS = ("", "五年", "近三年", "上半年", "一季度", "2年来")
# One character is never read as a name, so the pairs start at two.
_UNNAMED = [lv + p for lv in _LEVELS for p in _PERIODS if len(lv + p) >= 2]


@pytest.mark.parametrize("words", _UNNAMED)
@pytest.mark.parametrize("year", ["2021年", "2023年度"])
def test_a_title_that_names_a_period_or_a_level_alone_names_no_issuer(
    words: str, year: str
) -> None:
    # A template's title with its place left out (2023年区五年…, 乡镇2022年…): the
    # words where a name should stand name none, and the opening names none either.
    for title in (f"{year}{words}法治政府建设工作情况报告", f"{words}{year}法治政府建设工作总结"):
        report = fzbg.parse_report(title + "\n一年来，我们坚持依法行政。" + _REST)
        assert report.issuer is None, title


@pytest.mark.parametrize("name", ["五河县", "上林县", "新年镇", "三季村街道", "半年河乡"])
def test_a_name_that_opens_like_a_period_is_still_a_name(name: str) -> None:
    report = fzbg.parse_report(
        f"2022年度{name}法治政府建设工作总结\n一年来，我们坚持依法行政。" + _REST
    )
    assert report.issuer == name

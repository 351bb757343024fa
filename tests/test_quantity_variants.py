"""Forms of quantities and references that real reports use beyond the samples."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fzbg import Approx, extract_quantities, extract_references


def _read(sentence: str) -> list[tuple[str, Decimal, str, Approx]]:
    found = extract_quantities(sentence)
    assert all(sentence[q.span.start : q.span.end] == q.text for q in found)
    return [(q.text, q.value, q.unit, q.approx) for q in found]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("整改工作历时两个半月完成。", "两个半月", "2.5", "月"),
        ("每期集中培训3个半小时。", "3个半小时", "3.5", "小时"),
        ("审批时限压缩为一个半工作日。", "一个半工作日", "1.5", "工作日"),
        ("專項整治歷時兩個半月。", "兩個半月", "2.5", "月"),
    ],
)
def test_a_half_after_ge_is_read_as_point_five(
    sentence: str, text: str, value: str, unit: str
) -> None:
    """两个半月 is two and a half months, not 两个 (two things)."""
    assert _read(sentence) == [(text, Decimal(value), unit, Approx.EXACT)]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("收缴罚款1万2千元。", "1万2千元", "12000", "元"),
        ("落实专项资金2亿3000万元。", "2亿3000万元", "230000000", "元"),
        ("覆盖群众3万5千余人。", "3万5千余人", "35000", "人"),
        ("发放补贴1万2000元。", "1万2000元", "12000", "元"),
        ("筹措资金1亿2千万元以上。", "1亿2千万元以上", "120000000", "元"),
    ],
)
def test_a_number_written_on_after_wan_or_yi_is_one_number(
    sentence: str, text: str, value: str, unit: str
) -> None:
    """1万2千元 is 12000 元, not 2千元: the digits after 万 or 亿 go on the same number."""
    (found,) = _read(sentence)
    assert found[:3] == (text, Decimal(value), unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("全年培训执法人员3 000人。", "3 000人", "3000"),
        ("累计接待群众12 345人次。", "12 345人次", "12345"),
        ("办理业务1 234 567件。", "1 234 567件", "1234567"),
        ("全年受理1　236件。", "1　236件", "1236"),
    ],
)
def test_thousands_set_apart_by_a_space_are_one_number(
    sentence: str, text: str, value: str
) -> None:
    """3 000人 is 3000 people, not 000人 (nought people)."""
    (found,) = _read(sentence)
    assert found[:2] == (text, Decimal(value))


def test_a_count_after_a_bare_wan_or_yi_stays_its_own() -> None:
    """Only digits with their own magnitude (or all four under 万) go on after 万 or 亿."""
    assert [q[0] for q in _read("总投资3亿2个项目落地。")] == ["2个"]
    assert [q[0] for q in _read("引进资金1万2家企业受益。")] == ["2家"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("根据国务院第713号令要求。", ["国务院第713号令"]),
        ("以市政府第3号令公布施行。", ["市政府第3号令"]),
        ("贯彻某省人民政府第二十一号令。", ["某省人民政府第二十一号令"]),
        ("市政府令第12号和省政府第8号令。", ["市政府令第12号", "省政府第8号令"]),
        ("贯彻《某办法》（省政府第265号令）。", ["《某办法》", "省政府第265号令"]),
    ],
)
def test_a_decree_numbered_before_its_ling_is_a_document_number(
    sentence: str, expected: list[str]
) -> None:
    """国务院第713号令 names a decree as 国务院令第713号 does."""
    found = extract_references(sentence)
    assert [r.text for r in found] == expected
    assert {r.kind for r in found if not r.text.startswith("《")} == {"document-number"}
    assert all(sentence[r.span.start : r.span.end] == r.text for r in found)


def test_a_decree_number_without_its_issuer_is_not_a_reference() -> None:
    """发布第5号令 names no issuer: as with 令第5号, nothing is found."""
    assert extract_references("发布第5号令。") == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("依据某府发 〔2023〕12号执行。", "某府发 〔2023〕12号"),
        ("按照某府办函　［2022］5号要求。", "某府办函　［2022］5号"),
        ("根据 〔2023〕12号文件。", "〔2023〕12号"),
    ],
)
def test_a_space_between_issuer_code_and_year_keeps_the_code(sentence: str, expected: str) -> None:
    """某府发 〔2023〕12号: a stray space after the issuer code does not cut it off."""
    assert [r.text for r in extract_references(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "每年开展三至五次专项检查。",
        "每次培训两到三天。",
        "每组配备三-五人。",
        "奖励1万至2万元。",
        "每季度开展十至二十场宣讲。",
    ],
)
def test_a_range_in_chinese_numerals_is_one_quantity(sentence: str) -> None:
    """三至五次 is a range, as 3至5次 is: one quantity, never half of it (五次)."""
    assert len(found := extract_quantities(sentence)) == 1
    assert found[0].approx is Approx.UNDER
    assert found[0].text in sentence
    assert found[0].text[0] in "三两1十"


@pytest.mark.parametrize(
    "sentence",
    [
        "违反条例第32、33条规定。",
        "召开第三、四次全体会议。",
        "公布第3、4、5批名单。",
        "依据第十二、十三条作出决定。",
    ],
)
def test_an_ordinal_run_on_after_di_is_not_a_count(sentence: str) -> None:
    """第三、四次 are the third and fourth sessions, not four of them."""
    assert _read(sentence) == []


def test_a_list_of_counts_after_its_own_words_is_read_in_full() -> None:
    """分别为12件、10件 and 其中第一批3家、第二批5家 keep every count."""
    assert [q[0] for q in _read("分别为12件、10件、8件。")] == ["12件", "10件", "8件"]
    assert [q[0] for q in _read("其中第一批3家、第二批5家。")] == ["3家", "5家"]


def test_a_title_nested_two_deep_is_one_reference() -> None:
    """A forwarding chain (《关于转发《关于印发《某办法》的通知》的通知》) is one title."""
    sentence = "落实《关于转发《关于印发《某办法》的通知》的通知》要求。"
    found = extract_references(sentence)
    assert [(r.kind, r.text) for r in found] == [
        ("title", "《关于转发《关于印发《某办法》的通知》的通知》")
    ]


def test_a_count_in_a_title_nested_two_deep_is_not_a_quantity() -> None:
    """A count written inside any level of a title is part of its name."""
    assert _read("印发《关于转发《关于印发《某办法》的通知》等3件的通知》。") == []


@pytest.mark.parametrize(
    "sentence",
    ["办理时限为3 至 5 天。", "每组3 - 5人。", "每期培训3至 5天。", "每年开展三 至 五次。"],
)
def test_a_range_spaced_around_its_dash_or_zhi_is_one_quantity(sentence: str) -> None:
    """3 至 5 天, with the spaces some reports set around numbers, is a range as 3至5天 is."""
    assert [(str(q.value), q.approx) for q in extract_quantities(sentence)] == [("5", Approx.UNDER)]


def test_a_count_after_a_spaced_word_is_still_read() -> None:
    """共 12 件: a space before a number that ends no range leaves it a count."""
    assert [q[0] for q in _read("全年共 12 件，同比增长 5 %。")] == ["12 件", "5 %"]

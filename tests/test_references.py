"""extract_references: every 《…》 title and every 文号 or 令 number, with exact spans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import fzbg
from fzbg.extract.references import LEAD_WORDS, extract_references
from fzbg.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "严格贯彻落实《中华人民共和国政府信息公开条例》。",
            [("law", "《中华人民共和国政府信息公开条例》")],
        ),
        (
            "组织学习《学习纲要》《学习问答》和《工作要点》等文件。",
            [("title", "《学习纲要》"), ("title", "《学习问答》"), ("title", "《工作要点》")],
        ),
        (
            "根据《某区贯彻落实〈某市实施方案(2021-2025年)〉任务分工表》部署。",
            [("title", "《某区贯彻落实〈某市实施方案(2021-2025年)〉任务分工表》")],
        ),
        (
            "印发《关于《某某办法》的补充通知》。",
            [("title", "《关于《某某办法》的补充通知》")],
        ),
        (
            "根据《关于印发工作要点的通知》（某府办发﹝2021﹞7号）文件要求。",
            [("title", "《关于印发工作要点的通知》"), ("document-number", "某府办发﹝2021﹞7号")],
        ),
        ("落实某办发〔2022〕15号文件。", [("document-number", "某办发〔2022〕15号")]),
        (
            "贯彻《关于转发某办发〔2022〕15号和国务院令第7号的通知》。",
            [("title", "《关于转发某办发〔2022〕15号和国务院令第7号的通知》")],
        ),
        ("按照厅字〔2019〕28号要求。", [("document-number", "厅字〔2019〕28号")]),
        ("执行某政发[2020]3号。", [("document-number", "某政发[2020]3号")]),
        ("执行某政发［2020］3号。", [("document-number", "某政发［2020］3号")]),
        ("执行某政字【2023】12号。", [("document-number", "某政字【2023】12号")]),
        ("执行某政办发(2018)101号。", [("document-number", "某政办发(2018)101号")]),
        ("执行某政办发（2018）101号。", [("document-number", "某政办发（2018）101号")]),
        ("依照某规〔2024〕第2号。", [("document-number", "某规〔2024〕第2号")]),
        ("(〔2022〕4号)", [("document-number", "〔2022〕4号")]),
        (
            "贯彻《重大行政决策程序暂行条例》(国务院令第713号)。",
            [("law", "《重大行政决策程序暂行条例》"), ("document-number", "国务院令第713号")],
        ),
        ("（某省人民政府令第197号）", [("document-number", "某省人民政府令第197号")]),
        ("根据主席令第三十一号公布。", [("document-number", "主席令第三十一号")]),
        ("按照某部令2019年第17号执行。", [("document-number", "某部令2019年第17号")]),
        ("以某政发〔2021〕12号印发。", [("document-number", "某政发〔2021〕12号")]),
        ("法治建设第一责任人。2024年第3次会议，编号第5号。", []),
        ("《未闭合的书名", []),
    ],
)
def test_references_in_genre_sentences(sentence: str, expected: list[tuple[str, str]]) -> None:
    """Titles and document numbers are found with their kind and exact text."""
    found = extract_references(sentence)
    assert [(r.kind, r.text) for r in found] == expected
    assert all(sentence[r.span.start : r.span.end] == r.text for r in found)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("《中华人民共和国行政复议法》", "law"),
        ("《民法典》", "law"),
        ("《宪法》", "law"),
        ("《公司法》", "law"),
        ("《中华人民共和国国家通用语言文字法》", "law"),
        ("《重大行政决策程序暂行条例》", "law"),
        ("《党政主要负责人履行推进法治建设第一责任人职责规定》", "law"),
        ("《某某市行政规范性文件管理办法（试行）》", "law"),
        ("《某某省行政执法证件管理实施细则》", "law"),
        ("《中华人民共和国行政处罚法（2021年修订）》", "law"),
        ("《中国共产党廉洁自律准则》", "law"),
        ("《习近平法治思想学习纲要》", "title"),
        ("《关于印发〈某某办法〉的通知》", "title"),
        ("《法治政府建设实施纲要（2021－2025年）》", "title"),
        ("《某区2025年法治政府建设工作要点》", "title"),
        ("《基层依法治理的经验做法》", "title"),
        ("《某某普法》", "title"),
    ],
)
def test_laws_and_regulations_are_told_from_other_titles(title: str, kind: str) -> None:
    """法, 条例, 规定, 办法, 细则 end a law's name; 纲要, 通知, 要点, 做法 do not."""
    (ref,) = extract_references(f"认真学习{title}。")
    assert (ref.kind, ref.text) == (kind, title)
    assert (ref.canonical is None) is (kind != "law")


@pytest.mark.parametrize(
    ("title", "canonical"),
    [
        ("《中华人民共和国民法典》", "《民法典》"),
        ("《民法典》", "《民法典》"),
        ("《中華人民共和國行政復議法》", "《行政复议法》"),
        ("《中华人民共和国行政处罚法（2021年修订）》", "《行政处罚法》"),
        ("《中华人民共和国宪法修正案》", "《宪法修正案》"),
        ("《某某市行政规范性文件管理办法（试行）》", "《某某市行政规范性文件管理办法(试行)》"),
    ],
)
def test_a_law_has_its_canonical_name(title: str, canonical: str) -> None:
    """《中华人民共和国民法典》 and 《民法典》 name one law: 《民法典》, simplified."""
    (ref,) = extract_references(f"贯彻{title}")
    assert ref.canonical == canonical


@pytest.mark.parametrize(
    "text",
    ["《》", "《 》", "《《》》", "《》" * 500_000, "学习《》和《〈〉》。"],
    ids=["empty", "space", "nested", "a-megabyte", "in-prose"],
)
def test_an_empty_title_is_no_reference(text: str) -> None:
    """《》 cites nothing: no reference, however many of them."""
    assert extract_references(text) == ()


def test_no_lead_word_opens_a_longer_one() -> None:
    """A one-character lead word that opens a longer one would cut it in two (按|照)."""
    singles = {w for w in LEAD_WORDS if len(w) == 1}
    assert not [w for w in LEAD_WORDS if len(w) > 1 and w[0] in singles]


def test_exported_from_the_package() -> None:
    """extract_references is a public name of fzbg."""
    assert fzbg.extract_references is extract_references


# --- the real reports in ../shared, when present ---

_TITLE = re.compile(r"《[^《》\n]*》")
_DOCNO = re.compile(r"[〔﹝\[【(（［]\s*(?:19|20)\d{2}\s*[〕﹞\]】)）］]\s*第?\s*\d+\s*[号號]")
_DECREE = re.compile(r"令第\s*\d+\s*[号號]")


def _reports() -> list[str]:
    texts = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus").glob("*.txt"))
    if not texts:
        pytest.skip(f"no reports in {SHARED}")
    return [normalize(p.read_text("utf-8")) for p in texts]


def test_every_title_and_document_number_in_the_real_reports_is_found() -> None:
    """Every closed 《…》, bracketed 文号 and 令 number is covered by a reference."""
    for text in _reports():
        refs = extract_references(text)
        assert all(text[r.span.start : r.span.end] == r.text for r in refs)
        laws = [r for r in refs if r.kind in ("law", "title")]
        docs = [r for r in refs if r.kind == "document-number"]
        for m in _TITLE.finditer(text):
            assert any(r.span.start <= m.start() and m.end() <= r.span.end for r in laws), m
        for m in [*_DOCNO.finditer(text), *_DECREE.finditer(text)]:
            assert any(r.span.start <= m.start() and m.end() == r.span.end for r in docs), m

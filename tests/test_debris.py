"""Inline conversion debris: found exactly, taken out without loss, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import fzbg
from fzbg.model import Debris
from fzbg.page.debris import (
    INLINE_DEBRIS,
    find_inline_debris,
    restore_debris,
    strip_inline_debris,
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推進法治建設(shè)", ["(shè)"]),
        ("我區(qū)堅持依法行政", ["(qū)"]),
        ("統(tǒng)籌推進，創(chuàng)新機制", ["(tǒng)", "(chuàng)"]),
        ("鄉(xiāng)鎮(zhèn)(街道)", ["(xiāng)", "(zhèn)"]),
        ("印發(fā)《實施方案》", ["(fā)"]),
        ("綠色(lǜ)發展", ["(lǜ)"]),
        ("約定(yuē)事項", ["(yuē)"]),
        ("全角括號（shè）也算", ["（shè）"]),
        ("[bookmark: _GoBack]今年，在區委領導下", ["[bookmark: _GoBack]"]),
        ("一、主要舉措[bookmark: _Toc104216]", ["[bookmark: _Toc104216]"]),
        (
            "[bookmark: OLE_LINK1][bookmark: OLE_LINK2]正文",
            ["[bookmark: OLE_LINK1]", "[bookmark: OLE_LINK2]"],
        ),
        ("[]{#_Toc1234 .anchor}一、工作情况", ["[]{#_Toc1234 .anchor}"]),
        # its space a break, where a copy's spaces stood for its breaks
        ("[bookmark:\n_GoBack] \n某县2023年度报告", ["[bookmark:\n_GoBack]"]),
        # a tool bar's bracketed words left opening the first line of a report
        ("【关闭】2025年，在区委的坚强领导下", ["【关闭】"]),
        ("【打印】 【关闭】2025年，在区委的坚强领导下", ["【打印】 【关闭】"]),
        ("标题\n[打印本页][关闭窗口]县人民政府：", ["[打印本页][关闭窗口]"]),
    ],
)
def test_debris_is_found(text: str, expected: list[str]) -> None:
    """Bookmarks and pinyin glosses are found, each exactly as written."""
    assert [text[s:e] for _, s, e in find_inline_debris(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "（1）加强组织领导",
        "(1)加强组织领导",
        "(一)加强组织领导",
        "关于印发《行政复议条例(试行)》的通知",
        "推广LED照明(LED)改造",
        "条款(a)和(ii)",
        "建设(2021-2025年)规划",
        "咖啡馆(café)",
        "准许(ok)",
        "建设(she)工程",  # no tone mark: not a converter's gloss
        "abc(shè)",  # not after a Han character
        "建设 (shè)",  # a space in between: not a gloss
        "建设(shèshè)",  # two syllables: not one gloss
        "建设(Shè)",  # upper case
        "[bookmark]",
        "见附件[1]",
        "[]{}",
        "【关闭】",  # a bar alone on its line: the chrome table's, not inline
        "请点击【打印】按钮",  # inside a sentence
        "【关键】2025年",  # no tool bar's word
    ],
)
def test_text_is_not_debris(text: str) -> None:
    """Bracketed numbers, qualifiers, abbreviations and unglossed text are left alone."""
    assert list(find_inline_debris(text)) == []


def test_kinds_are_named() -> None:
    """Each piece is recorded under the kind of the rule that found it."""
    _, pieces = strip_inline_debris("[bookmark: _GoBack]建設(shè)")
    assert [p.kind for p in pieces] == ["word-bookmark", "pinyin-gloss"]


def test_strip_records_offsets_in_the_clean_text() -> None:
    """Each piece's offset is where it stood in the returned text."""
    clean, pieces = strip_inline_debris("[bookmark: _GoBack]推進建設(shè)，區(qū)域")
    assert clean == "推進建設，區域"
    assert pieces == (
        Debris("word-bookmark", "[bookmark: _GoBack]", 0),
        Debris("pinyin-gloss", "(shè)", 4),
        Debris("pinyin-gloss", "(qū)", 6),
    )


def test_adjacent_pieces_go_back_in_order() -> None:
    """Two pieces at one offset are restored in the order they were found."""
    text = "正文[bookmark: A][bookmark: B]"
    clean, pieces = strip_inline_debris(text)
    assert clean == "正文"
    assert [p.at for p in pieces] == [2, 2]
    assert restore_debris(clean, pieces) == text


def test_every_rule_has_a_comment_and_a_kind() -> None:
    """The table reads as documentation: every rule says what and why."""
    for kind, pattern, comment in INLINE_DEBRIS:
        assert regex.fullmatch(r"[a-z]+(?:-[a-z]+)*", kind)
        assert isinstance(pattern, regex.Pattern)
        assert comment


_GENRE = st.sampled_from(
    [
        "建設",
        "(shè)",
        "(qū)",
        "（tǒng）",
        "(1)",
        "(一)",
        "(试行)",
        "(LED)",
        "[bookmark: _GoBack]",
        "[bookmark:",
        "]",
        "(",
        ")",
        "\n",
        "a",
        "ǎ",
    ]
)


@given(st.lists(_GENRE | st.text(max_size=4)).map("".join))
def test_strip_then_restore_is_identity(text: str) -> None:
    """Nothing is lost: putting the pieces back gives the text again."""
    clean, pieces = strip_inline_debris(text)
    assert restore_debris(clean, pieces) == text
    assert len(clean) + sum(len(p.text) for p in pieces) == len(text)


@given(st.lists(_GENRE).map("".join))
def test_pieces_do_not_overlap_and_are_in_order(text: str) -> None:
    """Found pieces come in text order and never overlap."""
    last = 0
    for _, start, end in find_inline_debris(text):
        assert last <= start < end
        last = end


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_corpus_glosses_are_all_found() -> None:
    """Every tone-marked syllable in brackets after a character in the corpus is a gloss."""
    candidate = regex.compile(r"(?<=\p{Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = {(s, e) for kind, s, e in find_inline_debris(text) if kind == "pinyin-gloss"}
        for m in candidate.finditer(text):
            if regex.search(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]", m.group()):
                assert (m.start(), m.end()) in found, (path.name, m.group())


@pytest.mark.parametrize("address", ["www.demo-site.cn", "WWW.DEMO-SITE.CN", "Www.demo-site.cn"])
def test_a_watermark_is_found_whatever_the_case_of_its_address(address: str) -> None:
    """The quick look for a w before the scan rules out no spelling of ``www.``."""
    mark = f"某某之家—全网资源每日更新{address}"
    text = f"一、工作情况\n{mark}\n全年办理案件。\n"
    found = [(kind, text[s:e]) for kind, s, e in find_inline_debris(text)]
    assert found == [("site-watermark", mark)]


def test_a_watermark_whose_address_a_copy_set_apart_is_found_and_its_copies() -> None:
    """Word's gap between Chinese and Latin characters: 更新 www.… 责任人, glued mid-word."""
    mark = "某某之家—全网资源每日更新 www.demo-site.cn "
    text = f"{mark}\n一、工作情况\n扛牢第一{mark}责任人职责。\n"
    report = fzbg.parse_report(text)
    assert "第一责任人职责" in report.text
    assert [d.text for d in report.debris if d.kind == "site-watermark"] == [mark, mark]


def test_an_address_is_no_watermark_without_one_around_it() -> None:
    """A w in the text sends it to the scan, which still finds only real watermarks."""
    assert list(find_inline_debris("详见网站www.demo-site.cn及w公众号。")) == []


def test_a_footnotes_mark_is_debris_and_its_note_stays() -> None:
    """法治思维[1]。: the mark a Word copy keeps behind the words is cut; the note stays."""
    text = (
        "云溪县2023年度法治政府建设情况报告\n2023年，云溪县坚持依法行政。\n"
        "一、主要举措和成效\n（一）强化思想引领，提升法治思维[1]。召开会议4次[2]。\n"
        "（二）推进“放管服”改革[3]：审查文件12件。\n二、存在的不足和原因\n（一）宣传形式单一。\n"
        "注：[1]数据来源于县统计局。\n[2]含专题会议。\n"
    )
    report = fzbg.parse_report(text)
    assert [i.title for i in report.sections[0].items] == [
        "强化思想引领，提升法治思维",
        "推进“放管服”改革",
    ]
    assert [d.text for d in report.debris if d.kind == "footnote-mark"] == ["[1]", "[2]", "[3]"]
    assert "注：[1]数据来源于县统计局。\n[2]含专题会议。" in report.text
    assert restore_debris(report.text, report.debris) == text


def test_a_bookmark_in_a_copy_with_spaces_for_breaks_leaves_the_title() -> None:
    """[bookmark: _GoBack] before the title, every break a space: the title is read."""
    title = "青禾镇人民政府关于2023年度法治政府建设工作情况的报告"
    text = " ".join(
        [
            "[bookmark: _GoBack]",
            title,
            "县人民政府：",
            "2023年，青禾镇坚持以习近平法治思想为指导，扎实推进法治政府建设各项工作，"
            "全镇依法行政水平和基层治理能力不断提升，现将有关情况报告如下：",
            "一、主要举措和成效",
            "（一）强化责任落实。全年召开党委会议研究法治建设工作4次，开展学法5次。",
            "（二）规范行政决策。镇政府聘请法律顾问1名，全年审查合同协议32件。",
            "（三）深化普法宣传。开展法治宣传活动15场次，发放宣传资料3000余份。",
            "二、存在的不足",
            "法治宣传形式单一，执法人员专业能力有待提升。",
            "三、下一步工作安排",
            "（一）持续深化法治宣传教育。（二）加强执法队伍建设。",
        ]
    )
    report = fzbg.parse_report(text)
    assert (report.title, report.addressee) == (title, "县人民政府")

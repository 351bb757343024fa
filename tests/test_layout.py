"""Layout recovery: hard wraps joined, run-together bodies split, sound reports untouched."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import fzbg
from fzbg.page.layout import recover_layout

sys.path.insert(0, str(Path(__file__).parent / "property"))
from report_strategies import WRAPS_AT, hard_wrap, run_together

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = sorted(SHARED.glob("seeds/*.txt"))
_WHITE = re.compile(r"\s")

REPORT = """\
青石街道2024年度法治政府建设情况报告
区人民政府:
  2024年,青石街道坚持以习近平法治思想为指导,深入推进依法行政,全面落实法治政府建设各项任务,现将有关情况报告如下:
一、2024年推进法治政府建设的主要举措和成效
(一)加强组织领导,压实第一责任人职责
  街道党工委、办事处主要负责同志认真履行推进法治建设第一责任人职责,全年召开专题会议研究法治政府建设工作6次,将法治建设纳入年度考核,形成一级抓一级、层层抓落实的工作格局。
(二)推进依法决策。严格落实重大行政决策程序规定,全年审查重大行政决策事项12件、行政合同37份,法律顾问列席会议28次,合法性审查率达到100%,未发生因决策违法引发的行政诉讼。
(三)深化普法宣传。围绕民法典、宪法宣传周等主题,组织开展法治讲座和送法进社区活动,累计开展培训860人次,发放宣传资料5000余份,居民法治意识明显提升,矛盾纠纷调处成功率达98%。
二、存在的不足和原因
  一是法治宣传的针对性还不够强,宣传形式较为单一;二是执法队伍专业化水平有待提高,持证执法人员数量不足。
三、2025年工作安排
  (一)持续抓好法治学习,将习近平法治思想纳入党工委理论学习中心组学习内容,全年集中学法不少于4次。
  (二)规范行政执法行为,全面推行行政执法三项制度,组织执法人员参加业务培训。
特此报告。
青石街道办事处
2025年1月10日"""


def _shape(report: fzbg.Report) -> tuple[object, ...]:
    """Sections, item ordinals and titles, quantities: whitespace aside."""
    return (
        [(s.kind, _WHITE.sub("", s.heading or "")) for s in report.sections],
        [[(i.ordinal, _WHITE.sub("", i.title or "")) for i in s.items] for s in report.sections],
        sorted((q.value, q.unit) for q in report.quantities),
        _WHITE.sub("", report.title or ""),
    )


@pytest.mark.parametrize(
    "text",
    [
        REPORT,
        REPORT.replace("\n", "\n\n"),
        "一、工作情况\n召开会议4次。",
        "",
        "打印 关闭 分享到: 微信 微博 进入老年模式 退出老年模式 索引号: 公开方式: 发布时间:",
    ],
)
def test_a_report_whose_lines_are_sound_is_left_alone(text: str) -> None:
    """Text with its line structure intact comes back unchanged, with no diagnostic."""
    assert recover_layout(text) == (text, ())


@pytest.mark.parametrize("width", [20, 28, 40])
@pytest.mark.parametrize("wrap", sorted(WRAPS_AT))
def test_a_hard_wrapped_report_parses_like_the_original(width: int, wrap: str) -> None:
    """Cut at 20, 28 or 40 characters, at line breaks or spaces, the report keeps its shape."""
    wrapped = fzbg.parse_report(hard_wrap(REPORT, width, wrap))
    assert _shape(wrapped) == _shape(fzbg.parse_report(REPORT))
    assert "layout-joined" in {d.code for d in wrapped.diagnostics}
    for quantity in wrapped.quantities:
        assert wrapped.text[quantity.span.start : quantity.span.end] == quantity.text


_ITEMS = (
    "加强组织领导",
    "推进依法决策",
    "规范行政执法",
    "深化普法宣传",
    "强化监督制约,促进权力规范运行",
)


@pytest.mark.parametrize("width", [20, 24, 28])
def test_a_hard_wrapped_report_whose_indentation_became_question_marks_keeps_its_shape(
    width: int,
) -> None:
    """A repost shows lost indentation as ?? : such a line opens a paragraph, not a wrap."""
    lines = [
        "青石街道2024年度法治政府建设情况报告",
        "??2024年,青石街道坚持以习近平法治思想为指导,深入推进依法行政,现将有关情况报告如下:",
        "一、2024年推进法治政府建设的主要举措和成效",
    ]
    for n, title in enumerate(_ITEMS, start=1):
        lines += [f"??{n}、{title}", "??全年召开专题会议4次,审查合同21件,街道高度重视此项工作。"]
    text = "\n".join(lines)
    wrapped = fzbg.parse_report(hard_wrap(text, width, "lines"))
    assert _shape(wrapped) == _shape(fzbg.parse_report(text))


def test_a_number_split_by_a_space_wrap_between_run_in_points_comes_back_whole() -> None:
    """Wrapped at spaces, 23 characters a line, the run-in points keep their quantities."""
    text = (
        "第一部分\u30002024年推进法治政府建设的主要举措和成效\n"
        "  1.加强组织领导。街道高度重视此项工作。2.推进依法决策。全年召开专题会议4次。\n"
        "第二部分\u3000存在的不足和原因\n"
        "  1.强化监督制约,促进权力规范运行。街道高度重视此项工作。2.提升干部法治素养。"
        "全年召开专题会议4次。3.规范行政执法。审查各类合同21件。4.深化普法宣传。"
        "群众满意度持续提升。5.化解矛盾纠纷。街道高度重视此项工作。"
    )
    wrapped = fzbg.parse_report(hard_wrap(text, 23, "spaces"))
    assert _shape(wrapped) == _shape(fzbg.parse_report(text))


_HEAD = "(一)加强组织领导。"
_LEAD = "街道召开专题会议研究部署法治政府建设工作,全年召开会议6次,审查合同21件,累计开展培训"
_REST = (
    "860人次,群众满意度持续提升,各项工作扎实推进,法治政府建设取得新的成效,"
    "为辖区经济社会高质量发展提供了有力的法治保障和服务,群众获得感明显增强,"
    "基层治理法治化水平不断提高,辖区矛盾纠纷得到及时有效化解,社会大局和谐稳定,"
    "人民群众的安全感和满意度持续提升,法治环境进一步优化。"
)


@pytest.mark.parametrize("cut", [1, 2, 3], ids=["8|60", "86|0", "860|人次"])
@pytest.mark.parametrize("wrap", sorted(WRAPS_AT))
def test_a_number_broken_at_a_wrap_comes_back_whole(cut: int, wrap: str) -> None:
    """A number cut from its unit, or in its middle, by a wrap is one quantity again."""
    width = 24  # the second wrap falls `cut` characters into 860
    lead = _LEAD[len(_LEAD) - (2 * width - cut - len(_HEAD)) :]
    paragraph = _HEAD + lead + _REST
    report = fzbg.parse_report(hard_wrap(paragraph, width, wrap))
    assert "860人次" in [q.text for q in report.quantities]


def test_a_body_run_together_at_spaces_gets_its_lines_back() -> None:
    """Title, preamble, headings and paragraphs separated by single spaces are lines again."""
    report = fzbg.parse_report(run_together(REPORT, " "))
    assert _shape(report) == _shape(fzbg.parse_report(REPORT))
    assert report.title == "青石街道2024年度法治政府建设情况报告"


def test_a_body_run_together_with_no_spaces_gets_its_headings_back() -> None:
    """With nothing between lines, a banner, the title and numbered headings after a stop split."""
    glued = "某某文库—范文每日更新www.example.com" + run_together(REPORT, "")
    report = fzbg.parse_report(glued)
    assert report.title == "青石街道2024年度法治政府建设情况报告"
    assert [s.kind for s in report.sections][:1] == [fzbg.SectionKind.MEASURES]
    headings = [s.heading or "" for s in report.sections][1:]
    assert [h[:10] for h in headings] == ["二、存在的不足和原因", "三、2025年工作安"]
    assert "layout-split" in {d.code for d in report.diagnostics}
    for section in report.sections:
        assert report.text[section.span.start : section.span.end] == section.text


@pytest.mark.parametrize("signer", ["青石街道", "某县司法局", "某县人民政府办公室"])
def test_a_signer_run_on_after_a_last_heading_is_the_signature(signer: str) -> None:
    """A last section with nothing under its heading, then the signer and the date, all on
    the line a copy ran the body into: the signer is no part of the heading."""
    points = "".join(
        f"第{n}，{title}。街道召开专题会议研究部署法治政府建设工作，全年开展培训4期。"
        for n, title in zip(
            "一二三四五", ["加强领导", "依法决策", "规范执法", "深化普法", "化解纠纷"], strict=True
        )
    )
    text = f"一、主要举措和成效 {points} 二、存在的不足和原因 {signer} 2025年1月10日"
    report = fzbg.parse_report(text)
    assert [s.heading for s in report.sections][1:] == ["二、存在的不足和原因"]
    assert report.signed == dt.date(2025, 1, 10)
    assert signer in report.closing


@pytest.mark.parametrize("width", [26, 33, 40])
def test_a_body_run_together_and_then_hard_wrapped_gets_its_lines_back(width: int) -> None:
    """A copy that lost its breaks, printed or saved as PDF: unwrapped, it is run together."""
    printed = hard_wrap(run_together(REPORT, " "), width, "lines")
    report = fzbg.parse_report(printed)
    assert _shape(report)[:2] == _shape(fzbg.parse_report(REPORT))[:2]
    assert {"layout-joined", "layout-split"} <= {d.code for d in report.diagnostics}


@pytest.mark.parametrize("lines", [1, 3, 5])
def test_a_body_run_together_below_a_page_head_gets_its_title_back(lines: int) -> None:
    """Chrome lines and a file's name above the long line: its title is still split off."""
    head = ["首页 > 政务公开 > 计划总结", "【字体：大 中 小】 打印本页 关闭窗口", "分享到：",
            "进入老年模式", "青石街道2024年度法治政府建设情况.docx"][-lines:]  # fmt: skip
    report = fzbg.parse_report("\n".join([*head, run_together(REPORT, " ")]))
    assert report.title == "青石街道2024年度法治政府建设情况报告"
    assert _shape(report)[:2] == _shape(fzbg.parse_report(REPORT))[:2]


@pytest.mark.parametrize(
    ("glued", "addressee"),
    [
        ("青石街道2024年度法治政府建设情况报告2024年,青石街道坚持依法行政。", None),
        ("青石街道2024年度法治政府建设情况报告 今年以来,青石街道坚持依法行政。", None),
        ("青石街道2024年度法治政府建设情况报告区人民政府:2024年,街道坚持依法行政。", "区人民政府"),
    ],
)
def test_a_title_glued_to_the_opening_gets_its_line(glued: str, addressee: str | None) -> None:
    """A lost break after the title: the title stands alone again, and the report is whole."""
    body = REPORT.split("\n", 3)[3]  # from the first heading on
    report = fzbg.parse_report(f"{glued}\n{body}")
    assert (report.title, report.issuer, report.year, report.addressee) == (
        "青石街道2024年度法治政府建设情况报告",
        "青石街道",
        2024,
        addressee,
    )
    assert "layout-split" in {d.code for d in report.diagnostics}


@pytest.mark.parametrize(
    "line",
    [
        "2024年,青石街道法治政府建设情况报告如下:",  # the preamble's sentence that names it
        "根据要求,现将青石街道2024年度法治政府建设情况报告如下。",
        "青石街道2024年度法治政府建设情况报告",  # a title alone
    ],
)
def test_a_line_that_is_no_title_glued_to_an_opening_stays_whole(line: str) -> None:
    assert recover_layout(f"{line}\n一、主要举措\n召开会议4次。")[0].split("\n")[0] == line


def test_hard_wrapped_text_with_spaces_around_numbers_keeps_them() -> None:
    """A space set beside a number inside a line stays; a space at a wrap goes."""
    lines = [
        "(一)加强组织领导。街道召开 2 次专题会",
        "议研究部署法治政府建设工作,全年召开会",
        "议6次,审查各类合同 21 件,开展培训8",
        "60人次,群众满意度持续提升,工作扎实推",
        "进,法治政府建设取得新的成效和进展,为辖",
        "区经济社会高质量发展提供了有力的法治保",
        "障和服务,群众获得感明显增强,基层治理",
        "法治化水平不断提高,矛盾纠纷得到及时有",
        "效化解,社会大局和谐稳定,法治环境优化。",
    ]
    text, notes = recover_layout(" ".join(lines))
    assert "召开 2 次专题会议研究" in text
    assert "培训860人次" in text
    assert [d.code for d in notes] == ["layout-joined"]


# REPORT wrapped at 28 characters, as lines: after these lines a page ends in the
# middle of a sentence (…工作6次, / 将法治建设…; …列席会 / 议28次; …发放 / 宣传资料…),
# and after these it ends where a paragraph does: under a heading, after a point that
# ends a sentence, between the closing's 特此报告, the signature and the date.
_MID_SENTENCE = (8, 12, 16)
_AT_AN_END = (6, 10, 19, 24, 27, 28)
_FEET = {
    "dashes": "— {} —",
    "hyphens": "-{}-",
    "of-pages": "第{}页 共9页",
    "with-a-head": "- {} -\n  青石街道人民政府",
    # as a PDF's text copied elsewhere has it: a blank line on each side of the number
    "blank-lines": "\n- {} -\n",
    "blank-lines-and-a-head": "\n- {} -\n\n青石街道人民政府",
}


def _printed(feet: str, ends: tuple[int, ...] = (*_MID_SENTENCE, *_AT_AN_END)) -> str:
    """REPORT wrapped at 28 characters and set on pages that end after the ``ends`` lines."""
    out: list[str] = []
    for number, line in enumerate(hard_wrap(REPORT, 28, "lines").split("\n")):
        out.append(line)
        if number in ends:
            out.append(_FEET[feet].format(len([e for e in ends if e <= number])))
    return "\n".join(out)


@pytest.mark.parametrize("feet", sorted(_FEET))
def test_a_sentence_broken_at_a_page_foot_is_joined_across_the_furniture(feet: str) -> None:
    """The halves of a sentence on two pages join as a wrap does; the furniture is cut."""
    report = fzbg.parse_report(_printed(feet))
    assert _shape(report) == _shape(fzbg.parse_report(REPORT))
    lines = report.text.split("\n")
    for whole in ("研究法治政府建设工作6次,将法治", "法律顾问列席会议28次", "发放宣传资料5000余份"):
        assert any(whole in line for line in lines), whole
    assert "28次" in [q.text for q in report.quantities]
    cut = "".join(d.text for d in report.debris)
    pages = len(_MID_SENTENCE) + len(_AT_AN_END)
    for number in range(1, pages + 1):  # each page's furniture is cut, none left in the text
        foot = _FEET[feet].format(number).strip()
        assert foot.partition("\n")[0] in cut
        assert foot.partition("\n")[0] not in report.text


@pytest.mark.parametrize("feet", sorted(_FEET))
def test_what_ends_a_page_where_a_paragraph_ends_stays_apart(feet: str) -> None:
    """A heading, a point ending a sentence, 特此报告 and the signature stay on their lines."""
    report = fzbg.parse_report(_printed(feet))
    lines = report.text.split("\n")
    for alone in (
        "(一)加强组织领导,压实第一责任人职责",
        "二、存在的不足和原因",
        "特此报告。",
        "青石街道办事处",
        "2025年1月10日",
    ):
        assert alone in lines
    assert report.signed == fzbg.parse_report(REPORT).signed


def test_the_furniture_a_join_passes_follows_the_paragraph() -> None:
    """Nothing is lost: the page number between two halves moves below their paragraph."""
    text, notes = recover_layout(_printed("dashes", ends=(8, 19)))
    lines = text.split("\n")
    joined = next(n for n, line in enumerate(lines) if "工作6次,将法治建设" in line)
    assert lines[joined].endswith("层层抓落实的工作格局。")
    assert lines[joined + 1 : joined + 3] == [
        "— 1 —",
        "(二)推进依法决策。严格落实重大行政决策程序规定,全年审查重大行政决策事项12件、行政合同37份,法律顾问列席会议28次,合法性审查率达到100%,未发生因决策违法引发的行政诉讼。",
    ]
    assert lines[lines.index("二、存在的不足和原因") + 1] == "— 2 —"
    assert [d.code for d in notes] == ["layout-joined"]


def test_a_short_line_at_the_top_of_a_page_is_not_joined_to_the_page_before() -> None:
    """A line printed once under a page number is no known running head: nothing joins it."""
    wrapped = hard_wrap(REPORT, 28, "lines").split("\n")
    wrapped[8:9] = [wrapped[8], "— 1 —", "内部资料"]
    text, _ = recover_layout("\n".join(wrapped))
    assert "工作6次,\n— 1 —\n内部资料\n将法治建设" in text


def test_a_bare_page_number_is_not_glued_into_the_sentence_it_broke() -> None:
    """Pages counted by a bare number (1, 2) a page apart: the sentence joins around it."""
    lines = hard_wrap(REPORT, 28, "lines").split("\n")
    lines[23:24] = [lines[23], "2"]  # …纳入党工委理 / 2 / 论学习中心组…
    lines[11:12] = [lines[11], "1"]  # …全年审 / 1 / 查重大行政决策事项…
    report = fzbg.parse_report("\n".join(lines))
    assert "全年审查重大行政决策事项12件" in report.text
    assert "纳入党工委理论学习中心组" in report.text
    assert _shape(report) == _shape(fzbg.parse_report(REPORT))


@pytest.mark.skipif(not SEEDS, reason="../shared is not beside the project")
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
@pytest.mark.parametrize("width", [20, 33, 40])
@pytest.mark.parametrize("wrap", sorted(WRAPS_AT))
def test_a_seed_re_wrapped_parses_like_the_seed(path: Path, width: int, wrap: str) -> None:
    """Every seed cut at 20, 33 or 40 characters parses to the same sections, items, numbers."""
    source = path.read_text("utf-8")
    wrapped = fzbg.parse_report(hard_wrap(source, width, wrap))
    assert _shape(wrapped)[:3] == _shape(fzbg.parse_report(source))[:3]


def test_a_chrome_line_as_wide_as_the_page_is_never_half_of_a_wrap() -> None:
    """A short copy whose lines share a width reads as wrapped; its tool bar (点赞 | 点赞 …)
    stays a line of its own, cut as chrome, and the preamble under it opens on its year."""
    body = "\n".join(
        [
            "2016年,青石街道坚持以习近平法治思想为指导,现将有关情况报告如下:",
            "第一部分\u3000工作开展情况",
            *[f"{n}、加强组织领导\n全年召开专题会议4次。" for n in range(1, 3)],
            "第二部分\u3000党政主要负责人履行推进法治建设第一责任人职责情况",
            *[f"{n}、推进依法决策\n全年召开专题会议4次。" for n in range(1, 6)],
        ]
    )
    head = "原创 云溪司法 云溪司法 2017-01-01 00:00 发表于湖南\n点赞 | 点赞 | 点赞 | 点赞\n"
    report = fzbg.parse_report(head + body)
    assert report.issuer == fzbg.parse_report(body).issuer == "青石街道"
    assert report.preamble.startswith("2016年")


@pytest.mark.parametrize("joiner", [" ", ""])
def test_a_space_ocr_put_inside_a_word_of_a_run_together_body_is_no_break(joiner: str) -> None:
    """建设法治 政府: a scan's stray space inside the title, a clause or a heading is no break."""
    scanned = REPORT.replace("法治政府", "法治 政府").replace("依法行政", "依法 行政")
    report = fzbg.parse_report(run_together(scanned, joiner))
    lines = report.text.split("\n")
    assert report.title == "青石街道2024年度法治 政府建设情况报告"
    assert "一、2024年推进法治 政府建设的主要举措和成效" in lines
    assert "依法\n行政" not in report.text
    assert [s.kind for s in report.sections] == [s.kind for s in fzbg.parse_report(REPORT).sections]


@pytest.mark.parametrize("between", ["\n", "\n\n\n", "\n  \n"])
def test_a_report_pasted_twice_reads_once(between: str) -> None:
    """The second copy of a report pasted twice goes, and a diagnostic says so."""
    report = fzbg.parse_report(REPORT + between + REPORT.replace("\n", "\n  "))
    assert _shape(report) == _shape(fzbg.parse_report(REPORT))
    assert "layout-repeated" in {d.code for d in report.diagnostics}


def test_a_report_whose_title_comes_again_is_no_second_copy() -> None:
    """A title repeated above a part of the body is kept with all the body after it."""
    title = REPORT.split("\n", 1)[0]
    text = REPORT.replace("二、存在的不足和原因", f"{title}\n二、存在的不足和原因")
    text, notes = recover_layout(text)
    assert text.count(title) == 2
    assert notes == ()


_LONG, _SHORT = "行政机关负责人出庭应诉率", "执法人员持证率"


@pytest.mark.parametrize("sep", [" | ", "\t", "  ", " "])
@pytest.mark.parametrize("first", [(_LONG, "10.1", "10"), (_SHORT, "10.1", "100")])
def test_a_tables_rows_are_never_read_as_wrapped_lines(sep: str, first: tuple[str, ...]) -> None:
    """Rows of like lengths that end no sentence: a short report's table, not a wrapped page.

    A copy's rows are kept as they are, and their figures read.
    """
    rows = [
        ["指标", "2022年", "2023年"],
        list(first),
        [_SHORT if first[0] == _LONG else _LONG, "0", "0"],
        ["行政复议纠错率", "10.1", "100"],
        ["行政诉讼败诉率", "0", "0"],
    ]
    table = "\n".join(sep.join(row).join(("| ", " |") if "|" in sep else ("", "")) for row in rows)
    text = (
        "某县2023年法治政府建设年度报告\n一、主要举措和成效\n（一）主要指标。完成情况如下：\n"
        f"{table}\n\n二、存在的问题\n执法力量不足。"
    )
    report = fzbg.parse_report(text)
    assert table in report.text
    assert not [d for d in report.diagnostics if d.code.startswith("layout")]


@pytest.mark.parametrize(
    "decorate",
    [
        lambda t: t.replace("\n", "\n\n"),  # a PDF's lines pasted one to a paragraph
        lambda t: t.replace("\n", "\n \n"),  # ...with a space on each blank line
        lambda t: "\n".join("    " + line for line in t.split("\n")),  # quoted as a block
        lambda t: "\n".join("\t" + line for line in t.split("\n")).replace("\n", "\n\n"),
    ],
    ids=["blank-after-each", "spaced-blanks", "indented", "both"],
)
def test_a_wrapped_copy_with_every_line_alike_decorated_reads_as_wrapped(
    decorate: Callable[[str], str],
) -> None:
    """A blank line after every line, or one indent before every line, says nothing of
    paragraphs: the wraps are joined, and a figure a wrap parted is read whole."""
    wrapped = hard_wrap(REPORT, 28, "lines")
    report = fzbg.parse_report(decorate(wrapped))
    assert _shape(report) == _shape(fzbg.parse_report(REPORT))
    assert "860人次" in [q.text for q in report.quantities]


def test_a_blank_line_between_paragraphs_only_still_ends_them() -> None:
    """Where only some gaps are blank lines, they mark paragraphs, and stay."""
    text = REPORT.replace("二、存在的不足和原因", "\n二、存在的不足和原因")
    assert "\n\n二、存在的不足和原因" in recover_layout(text)[0]


def test_a_copy_with_a_blank_line_after_every_line_and_page_feet_is_joined() -> None:
    """Page feet widen a few gaps (a blank line on either side of the number); the rest,
    one blank line each, are still a copy's habit, and the wraps are joined."""
    report = fzbg.parse_report(_printed("blank-lines", ends=(8, 16, 24)).replace("\n", "\n\n"))
    assert _shape(report) == _shape(fzbg.parse_report(REPORT))
    lines = report.text.split("\n")
    for whole in ("研究法治政府建设工作6次,将法治", "法律顾问列席会议28次", "发放宣传资料5000余份"):
        assert any(whole in line for line in lines), whole

"""A generated report as copies give it parses like the report itself.

Each test wraps or marks a generated report the way a kind of copy does (a news story
around a repost, a scan's OCR) and asserts the parse the bare report gets: its title,
issuer, year, sections' kinds and items, and quantities.
"""

from __future__ import annotations

import datetime
import os
import re

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from report_strategies import ReportPlan, render, report_plans

import fzbg
from fzbg.page.debris import restore_debris
from fzbg.page.layout import recover_layout
from fzbg.text.normalize import fold, normalize

_SETTINGS = settings(
    max_examples=int(os.environ.get("FZBG_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_WHITE = re.compile(r"\s")
_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")  # a converter's, as written


def _read(words: str | None) -> str:
    """Words as the view reads them, whitespace and a converter's glosses aside."""
    return _GLOSS.sub("", _WHITE.sub("", fold(words or "")))


def _says(report: fzbg.Report) -> tuple[object, ...]:
    """What a report says: its metadata, sections, items and quantities.

    Titles and headings as the view reads them: a scan's 2O23 is the title's 2023, and
    建设(shè) as written is 建设.
    """
    return (
        _read(report.title),
        _read(report.issuer),
        report.year,
        [(s.kind, _read(s.heading)) for s in report.sections],
        [[(i.ordinal, _read(i.title)) for i in s.items] for s in report.sections],
        sorted((q.value, q.unit) for q in report.quantities),
    )


# A news story around a repost: the paper's or the site's lead above the report, and the
# editors' sign-off and the page's share bar under it.
_LEADS = (
    "本报讯（记者 张明）近日，{issuer}发布了{year}年度法治政府建设情况报告。",
    "云溪新闻网讯 记者从{issuer}获悉，该地{year}年度法治政府建设情况报告已正式公布。",
    "近日，记者从司法局获悉，{issuer}法治政府建设年度报告日前向社会公开。",
)
# The line that hands over to the report (报告全文如下：); with it, a lead no byline marks
# (近日，某县公布了…) is the story's too.
_LEAD_INS = ("报告全文如下：", "以下为报告全文：", "附：报告全文", "现将报告原文转载如下：")
_PLAIN_LEAD = "近日，{issuer}公布了{year}年度法治政府建设报告。报告显示，全年工作取得新成效。"
_SIGN_OFFS = (
    "编辑：李华",
    "责任编辑：王芳",
    "【字体：大 中 小】",
    "分享到：",
    "扫一扫在手机打开当前页",
)


@_SETTINGS
@given(
    report_plans(),
    st.sampled_from(_LEADS),
    st.lists(st.sampled_from(_SIGN_OFFS), max_size=3, unique=True),
)
def test_a_report_reposted_in_a_news_story_parses_like_the_report(
    plan: ReportPlan, lead: str, sign_offs: list[str]
) -> None:
    """The story's lead and sign-off are the page's: the report's parse is unchanged."""
    text = render(plan)
    story = "\n".join([lead.format(issuer=plan.issuer, year=plan.year), text, *sign_offs])
    assert _says(fzbg.parse_report(story)) == _says(fzbg.parse_report(text))


@_SETTINGS
@given(report_plans(), st.sampled_from((*_LEADS, _PLAIN_LEAD)), st.sampled_from(_LEAD_INS))
def test_a_story_handing_over_to_the_report_parses_like_the_report(
    plan: ReportPlan, lead: str, lead_in: str
) -> None:
    """The story's lead and its 全文如下 line are the page's, the title below the report's."""
    assume(plan.title or lead != _PLAIN_LEAD)  # untitled, the plain lead is the opening
    # The site's chrome, then the story, then the report from its title on.
    bare = render(attrs.evolve(plan, chrome=(), disclosure=()))
    page = [*plan.chrome, *plan.disclosure] if plan.title else []
    story = "\n".join([*page, lead.format(issuer=plan.issuer, year=plan.year), lead_in, bare])
    report = fzbg.parse_report(story)
    assert _says(report) == _says(fzbg.parse_report(render(plan)))
    assert lead_in not in report.text or report.title is None


# A scan's OCR reads a year's 0 as a letter or a circle (2O23年, 2〇23年, 2o23年).
_ZEROS = ("O", "〇", "o")
_YEAR = re.compile(r"20(?=[0-9]{2}年)")


@_SETTINGS
@given(report_plans(), st.sampled_from(_ZEROS))
def test_a_report_whose_years_ocr_misread_parses_like_the_report(
    plan: ReportPlan, zero: str
) -> None:
    """Every year's 0 read as a look-alike: the year, the sections and the figures stay."""
    text = render(plan)
    scanned = _YEAR.sub(f"2{zero}", text)
    assert _says(fzbg.parse_report(scanned)) == _says(fzbg.parse_report(text))


# The typographic spaces a Word copy or an unescaped &emsp; indents with: em, en, thin,
# narrow no-break and figure spaces.
_SPACES = ("\u2003\u2003", "\u2002\u2002\u2002\u2002", "\u2009\u202f", "\u2007\u2007", "\u00a0")


@_SETTINGS
@given(report_plans(), st.sampled_from(_SPACES))
def test_a_report_indented_by_typographic_spaces_parses_like_the_report(
    plan: ReportPlan, indent: str
) -> None:
    """Every line indented by em, en or thin spaces: the report's parse is unchanged."""
    text = render(plan)
    copied = "\n".join(
        indent + line.lstrip() if line.strip() else line for line in text.split("\n")
    )
    stripped = "\n".join(line.lstrip() for line in text.split("\n"))
    assert _says(fzbg.parse_report(copied)) == _says(fzbg.parse_report(stripped))


_SENTENCE_END = re.compile(r"(?<=[\u4e00-\u9fff])。")


@_SETTINGS
@given(report_plans(), st.integers(1, 9))
def test_a_report_copied_with_its_footnotes_marks_parses_like_the_report(
    plan: ReportPlan, first: int
) -> None:
    """A note's mark behind the first sentences (…法治思维[1]。) is cut: the parse stays."""
    text = render(plan)
    marks = iter(range(first, first + 99))
    noted = _SENTENCE_END.sub(lambda _: f"[{next(marks)}]。", text, count=3)
    assert _says(fzbg.parse_report(noted)) == _says(fzbg.parse_report(text))


@_SETTINGS
@given(report_plans(), st.sampled_from(("", " ", "\u3000\u3000")), st.booleans())
def test_a_closing_glued_after_the_last_sentence_parses_like_the_report(
    plan: ReportPlan, gap: str, dated_below: bool
) -> None:
    """A copy that lost the breaks before the closing (…推进。特此报告。某县 2024年1月10日),
    or all but the one before the date (…推进。特此报告。某县 / 2024年1月10日): the closing
    is read as the report's, the date signs it, the last section ends before it."""
    plan = attrs.evolve(plan, closing=True, after_matter=(), page_numbers=False)
    text = render(plan).rstrip("\n")
    lines = text.split("\n")
    closing = 1 + bool(plan.signature) + bool(plan.thanks or not plan.signature)
    body, ending = lines[:-closing], lines[-closing:]
    assume(body and body[-1].endswith("。"))
    words = [line.strip() for line in ending]
    date = ("\n" if dated_below else " ") + words[-1]
    glued = "\n".join([*body[:-1], body[-1] + gap + "".join(words[:-1]) + date])
    report, plain = fzbg.parse_report(glued), fzbg.parse_report(text)
    assert _says(report) == _says(plain)
    assert (report.signed, report.issuer) == (plain.signed, plain.issuer)
    assert all(words[-1] not in section.text for section in report.sections)


# A simplified-to-traditional converter's glosses: one tone-marked syllable after some
# characters, wherever they stand (a field's label 发(fā)布时间, a title's 报(bào)告).
_GLOSSES = {
    "发": "fā", "区": "qū", "县": "xiàn", "报": "bào", "设": "shè", "领": "lǐng",
    "导": "dǎo", "时": "shí", "间": "jiān", "来": "lái", "执": "zhí", "政": "zhèng",
}  # fmt: skip


@_SETTINGS
@given(report_plans(), st.sets(st.sampled_from(sorted(_GLOSSES)), min_size=1))
def test_a_report_with_a_converters_glosses_parses_like_the_report(
    plan: ReportPlan, glossed: set[str]
) -> None:
    """Glosses in the page's fields, the title or the text change nothing the report says;
    titles, headings and items keep them as written, and the debris restores the input.

    (Not with a heading wrapped before its last words: beside that evidence of a page's
    width, the lines the glosses lengthen can look wrapped too; a converter's page is
    not printed.)
    """
    assume(not any(section.wrapped for section in plan.sections))
    text = render(plan)
    copy = re.sub(f"[{''.join(glossed)}]", lambda m: f"{m[0]}({_GLOSSES[m[0]]})", text)
    assume(copy != text)
    bare, report = fzbg.parse_report(text), fzbg.parse_report(copy)
    assert _says(report) == _says(bare)
    assert report.published == bare.published
    assert restore_debris(report.text, report.debris) == recover_layout(normalize(copy))[0]


@_SETTINGS
@given(report_plans(), st.integers(1, 4))
def test_a_report_whose_indentation_an_encoding_lost_parses_like_the_report(
    plan: ReportPlan, marks: int
) -> None:
    """A page that wrote its indentation in an encoding it could not show opens each line
    with ?? (the title's and the page's fields' too): nothing the report says changes, no
    title or heading keeps a ?, and the debris restores the input."""
    assume(not any(section.wrapped for section in plan.sections))  # see the glosses' test
    text = render(plan)
    copy = re.sub(r"(?m)^[ \t\u3000?]*(?=[^\s?])", "?" * marks, text)
    bare, report = fzbg.parse_report(text), fzbg.parse_report(copy)
    assert _says(report) == _says(bare)
    assert (report.published, report.signed) == (bare.published, bare.signed)
    assert restore_debris(report.text, report.debris) == recover_layout(normalize(copy))[0]


@pytest.mark.parametrize("bullet", ["  ? ", "? ", "\t?  ", "  ?"])
def test_page_fields_whose_bullet_an_encoding_lost_are_read(bullet: str) -> None:
    """A bullet (•) before each of a page's fields, lost to an encoding as a ?, hides no
    field: the fields are cut and read, and the title below them is the title."""
    fields = ["索 引 号:qingshi/2024-00012", "发布机构:青石街道", "成文日期:", "公开方式:公开"]
    head = "".join(f"{bullet}{field}\n" for field in fields)
    report = fzbg.parse_report(
        f"{head}青石街道2023年度法治政府建设情况报告\n发布日期:2024-01-22\n"
        "一、主要举措和成效\n（一）加强组织领导。全年召开专题会议4次。\n"
    )
    assert (report.title, report.issuer) == ("青石街道2023年度法治政府建设情况报告", "青石街道")
    assert report.published == datetime.date(2024, 1, 22)
    assert not any("?" in (s.heading or "") + s.text for s in report.sections)


def test_a_lost_indent_is_recorded_with_the_line_it_opens() -> None:
    """A lost indent belongs to the line after it: under a field line cut as chrome it is
    a piece of its own, and before a chrome line it goes with that line, never with the
    line above (a gloss goes with the character before it)."""
    report = fzbg.parse_report(
        "??当前位置:首页 > 政务公开\n??发(fā)布时间:2024-01-22\n"
        "??青石街道2023年度法治政府建设情况报告\n??一、主要举措和成效\n??（一）加强组织领导。全年召开专题会议4次。\n"
    )
    assert [(d.kind, d.text) for d in report.debris] == [
        ("page-chrome", "??当前位置:首页 > 政务公开\n"),
        ("page-metadata", "??发(fā)布时间:2024-01-22\n"),
        ("lost-indent", "??"),
        ("lost-indent", "??"),
        ("lost-indent", "??"),
    ]

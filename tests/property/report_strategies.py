"""Hypothesis strategies that write reports in the genre's many styles.

A :class:`Plan` of a report (sections in any order, items, children, marker styles,
heading forms, page chrome, title, closing) is drawn first; :func:`render` writes it out
the way real reports are written.  A test parses the rendering and compares it with the
plan.  Every phrase here is written for these tests, in the genre's voice.
"""

from __future__ import annotations

import itertools

import attrs
from hypothesis import strategies as st

from fzbg import SectionKind

K = SectionKind
CN = "一二三四五六七八九十"

HEADINGS = {
    K.MEASURES: ["2024年推进法治政府建设的主要举措和成效", "工作开展情况", "2024年工作总结"],
    K.SHORTCOMINGS: ["存在的不足和原因", "存在的问题与不足", "推进法治政府建设面临的困难和挑战"],
    K.DUTIES: ["党政主要负责人履行推进法治建设第一责任人职责情况"],
    K.PLANS: ["下一步工作打算", "2025年工作安排", "2025年度推进法治政府建设的主要安排"],
    K.OTHER: ["其他需要报告的情况"],
}
# Headings a page may wrap before their last words, whose first line alone names no
# section: "一、2024年推进法治政府建设的主要 / 举措和成效".
WRAPS = {
    "2024年推进法治政府建设的主要举措和成效": "举措和成效",
    "推进法治政府建设面临的困难和挑战": "困难和挑战",
    "2025年度推进法治政府建设的主要安排": "安排",
}
TITLES = [
    "加强组织领导",
    "推进依法决策",
    "规范行政执法",
    "深化普法宣传",
    "化解矛盾纠纷",
    "强化监督制约,促进权力规范运行",
    "提升干部法治素养",
    "完善制度体系",
    "优化法治化营商环境",
    "加强法治队伍建设,夯实工作基础",
]
SENTENCES = [
    "街道高度重视此项工作。",
    "全年召开专题会议4次。",
    "审查各类合同21件。",
    "群众满意度持续提升。",
]
CHROME_ABOVE = [
    "进入老年模式 退出老年模式",
    "当前位置:首页 > 政务公开 > 计划总结",
    "索引号: 公开方式:",
]
# An information-disclosure table a site prints above the title, in two layouts; none of its
# labels (工作报告 among its values) may become the title, the addressee or the issuer.
DISCLOSURE = (
    "[ 索引号 ] 11500231000000000A/2025-00004 [ 发文字号 ]",
    "[ 主题分类 ] 司法、法制 [ 体裁分类 ] 工作报告",
    "文       号:",
    "信息分类: 工作报告",
)
# How the title is laid out: on one line, or the issuer's name on a line above the rest.
TITLE_FORMS = ("one-line", "two-line", "guanyu-two-line")
PAGE_NUMBERS = ["— 2 —", "- 3 -", "第 4 页 共 9 页", "－5－"]
ISSUERS = ["青石街道", "云溪县", "北山镇", "东湖区"]
# What may stand below the signing date: a note, the 版记 of an official document, 附件.
AFTER_MATTER = [
    "（此件公开发布）",
    "抄送:区委依法治区办。",
    "区政府办公室 2025年1月12日印发",
    "附件:工作台账",
]

# Item marker styles, each a function of the ordinal.
ITEM_STYLES = {
    "paren": lambda n: f"({CN[n - 1]})",
    "paren-full": lambda n: f"（{CN[n - 1]}）",
    "arabic": lambda n: f"{n}、",
    "arabic-dot": lambda n: f"{n}.",
    "arabic-full-dot": lambda n: f"{n}．",
    "shi-lines": lambda n: f"{CN[n - 1]}是",
    "shi-run-in": lambda n: f"{CN[n - 1]}是",
    "shi-semicolons": lambda n: f"{CN[n - 1]}是",
    "di-run-on": lambda n: f"第{CN[n - 1]}，",
    "paren-dun": lambda n: f"（{CN[n - 1]}）、",
    "paren-lost-open": lambda n: f"{CN[n - 1]}）",
    "arabic-close": lambda n: f"{n}）",
    "circled-run-on": lambda n: "①②③④⑤"[n - 1],
    "arabic-run-on": lambda n: f"{n}.",
}
# 一、 numbers items only inside the parts of a report cut into 第一部分, 第二部分 ….
PART_ITEM_STYLES = {**ITEM_STYLES, "cn-dun": lambda n: f"{CN[n - 1]}、"}
# One paragraph of points: "一是……。二是……。", "第一，……。第二，……。", "①……。②……。",
# "1.……。2.……。", or "一是……；二是……；三是……。".
RUN_ON_STYLES = ("shi-run-in", "di-run-on", "circled-run-on", "arabic-run-on")
PARAGRAPH_STYLES = (*RUN_ON_STYLES, "shi-semicolons")


@attrs.frozen
class ItemPlan:
    title: str
    run_in_heading: bool
    colon: bool
    """A run-in heading ends in ： instead of 。"""
    children: int  # 0, or 2..4
    children_style: str  # "arabic" lines or "shi" run in


@attrs.frozen
class SectionPlan:
    kind: SectionKind
    words: str
    numbered: bool
    intro: bool
    style: str
    items: tuple[ItemPlan, ...]
    wrapped: bool
    """A numbered heading is wrapped before its last words (see WRAPS)."""


@attrs.frozen
class ReportPlan:
    issuer: str
    year: int
    chrome: tuple[str, ...]
    title: bool
    title_form: str
    disclosure: tuple[str, ...]
    page_fields: bool
    preamble: bool
    sections: tuple[SectionPlan, ...]
    closing: bool
    signature: bool
    """The closing is signed (the issuer's name above the date)."""
    thanks: bool
    """The closing opens with 特此报告。"""
    after_matter: tuple[str, ...]
    tail_chrome: bool
    page_numbers: bool
    """A page number (— 2 —, 第4页 共9页) stands between sections, as print and PDF leave it."""
    indent: str
    blank: str
    parts: bool
    """Section headings are 第一部分, 第二部分 … (so 一、 may number items)."""


@st.composite
def items(draw: st.DrawFn, style: str) -> tuple[ItemPlan, ...]:
    low = 2 if style in PARAGRAPH_STYLES else 0
    n = draw(st.integers(low, 5))
    titles = draw(st.permutations(TITLES))[:n]
    nested = style in ("paren", "paren-full", "paren-dun", "paren-lost-open", "cn-dun")
    return tuple(
        ItemPlan(
            title=t,
            run_in_heading=style.startswith(("shi", "di")) or draw(st.booleans()),
            colon=draw(st.booleans()),
            children=draw(st.sampled_from([0, 2, 3, 4])) if nested else 0,
            children_style=draw(st.sampled_from(["arabic", "shi"])),
        )
        for t in titles
    )


@st.composite
def sections(draw: st.DrawFn, parts: bool) -> SectionPlan:
    kind = draw(st.sampled_from(list(K)))
    style = draw(st.sampled_from(sorted(PART_ITEM_STYLES if parts else ITEM_STYLES)))
    words = draw(st.sampled_from(HEADINGS[kind]))
    numbered = parts or draw(st.booleans())
    return SectionPlan(
        kind=kind,
        words=words,
        numbered=numbered,
        intro=draw(st.booleans()),
        style=style,
        items=draw(items(style)),
        wrapped=numbered and words in WRAPS and draw(st.booleans()),
    )


@st.composite
def report_plans(draw: st.DrawFn) -> ReportPlan:
    """A report: 1–5 sections of distinct kinds in any order, styles drawn per section.

    A report cut into parts has two or more, all numbered.
    """
    parts = draw(st.booleans())
    secs = draw(
        st.lists(sections(parts), min_size=1 + parts, max_size=5, unique_by=lambda s: s.kind)
    )
    return ReportPlan(
        issuer=draw(st.sampled_from(ISSUERS)),
        year=draw(st.integers(2016, 2030)),
        chrome=tuple(draw(st.lists(st.sampled_from(CHROME_ABOVE), max_size=3, unique=True))),
        title=draw(st.booleans()),
        title_form=draw(st.sampled_from(TITLE_FORMS)),
        disclosure=tuple(draw(st.lists(st.sampled_from(DISCLOSURE), max_size=4, unique=True))),
        page_fields=draw(st.booleans()),
        preamble=draw(st.booleans()),
        sections=tuple(secs),
        closing=draw(st.booleans()),
        # Signed right under a bare heading, "青石街道 / 2025年1月10日" is the page's
        # source-and-date line as much as a signature: only a report with a body is signed.
        signature=any(s.items or s.intro for s in secs) and draw(st.booleans()),
        thanks=draw(st.booleans()),
        after_matter=tuple(draw(st.lists(st.sampled_from(AFTER_MATTER), max_size=3, unique=True))),
        tail_chrome=draw(st.booleans()),
        page_numbers=draw(st.booleans()),
        # ?? is full-width indentation a page wrote in an encoding it could not show.
        indent=draw(st.sampled_from(["", "  ", "\u3000\u3000", "??"])),
        blank=draw(st.sampled_from(["\n", "\n\n"])),
        parts=parts,
    )


def title(plan: ReportPlan) -> str:
    """The title as the rendering writes it (a title over two lines keeps its break)."""
    if plan.title_form == "two-line":
        return f"{plan.issuer}\n{plan.year}年度法治政府建设情况报告"
    if plan.title_form == "guanyu-two-line":
        return f"{plan.issuer}\n关于{plan.year}年度法治政府建设情况的报告"
    return f"{plan.issuer}{plan.year}年度法治政府建设情况报告"


def heading(plan: SectionPlan, position: int, parts: bool = False) -> str:
    """The heading line as the rendering writes it."""
    words = plan.words
    if plan.wrapped:
        words = words.replace(WRAPS[words], "\n" + WRAPS[words])
    if parts:
        return f"第{CN[position]}部分\u3000{words}"
    return f"{CN[position]}、{words}" if plan.numbered else words


def _item_lines(item: ItemPlan, marker: str, indent: str) -> list[str]:
    stop = "：" if item.colon else "。"
    if not item.children:
        if item.run_in_heading:
            return [f"{indent}{marker}{item.title}{stop}{SENTENCES[0]}"]
        return [f"{indent}{marker}{item.title}", f"{indent}{SENTENCES[1]}"]
    if item.children_style == "arabic":
        head = (
            f"{marker}{item.title}{stop}{SENTENCES[2]}"
            if item.run_in_heading
            else f"{marker}{item.title}"
        )
        kids = [
            f"{indent}{k}、{TITLES[k - 1]}。{SENTENCES[3]}" for k in range(1, item.children + 1)
        ]
        return [f"{indent}{head}", *kids]
    points = ";".join(f"{CN[k - 1]}是{TITLES[k]}" for k in range(1, item.children + 1))
    if item.run_in_heading:
        return [f"{indent}{marker}{item.title}{stop}{points}。"]
    return [f"{indent}{marker}{item.title}", f"{indent}{points}。"]


def render(plan: ReportPlan) -> str:
    """Write the report out in the genre's style."""
    out: list[str] = []
    if plan.title:
        out += [*plan.chrome, *plan.disclosure]
        out.append(title(plan).replace("\n", plan.blank))
        if plan.page_fields:
            out.append(f"发布时间:{plan.year + 1}-01-08 09:40 信息来源:{plan.issuer} 浏览次数:")
    if plan.preamble:
        out.append(
            f"{plan.indent}{plan.year}年,{plan.issuer}坚持以习近平法治思想为指导,现将有关情况报告如下:"
        )
    for position, sec in enumerate(plan.sections):
        if plan.page_numbers and position:
            out.append(PAGE_NUMBERS[position % len(PAGE_NUMBERS)])
        out.append(heading(sec, position, plan.parts))
        if sec.intro:
            out.append(f"{plan.indent}{SENTENCES[0]}")
        if sec.style in RUN_ON_STYLES:
            marker = ITEM_STYLES[sec.style]
            points = "".join(
                f"{marker(n + 1)}{item.title}。{SENTENCES[n % len(SENTENCES)]}"
                for n, item in enumerate(sec.items)
            )
            out.append(f"{plan.indent}{points}")
            continue
        if sec.style == "shi-semicolons":
            points = "；".join(f"{CN[n]}是{item.title}" for n, item in enumerate(sec.items))
            out.append(f"{plan.indent}{points}。")
            continue
        for n, item in enumerate(sec.items, start=1):
            out += _item_lines(item, PART_ITEM_STYLES[sec.style](n), plan.indent)
    if plan.closing:
        out += ["特此报告。"] if plan.thanks or not plan.signature else []
        out += [plan.issuer] if plan.signature else []
        out += [f"{plan.year + 1}年1月10日", *plan.after_matter]
    if plan.tail_chrome:
        out += ["打印 关闭", "分享到:"]
    return plan.blank.join(out)


# Copies that lost the report's line structure (see fzbg.page.layout): a page hard-wrapped
# at a fixed width, the break at each wrap a line break, a space and a line break, or a
# space alone; and a body run together onto one line, its lines joined by spaces or by
# nothing at all.
WRAPS_AT = {"lines": "\n", "trailing-space": " \n", "spaces": " "}
RUN_TOGETHER = {"spaces": " ", "nothing": ""}


def hard_wrap(text: str, width: int, wrap: str) -> str:
    """Cut every line longer than ``width`` characters into lines of ``width``."""
    breaker = WRAPS_AT[wrap]
    return "\n".join(
        breaker.join(line[at : at + width] for at in range(0, len(line), width)) or line
        for line in text.split("\n")
    )


# The furniture a print sets between two pages: a page number at the foot, in the styles
# offices use, and, on some, a running head at the top of the next page.
# A running head is known by its repeats: it is printed only when there are 3 pages.
PAGE_FEET = {
    "dashes": "— {} —",
    "hyphens": "-{}-",
    "of-pages": "第{}页 共9页",
    "dashes-and-head": "- {} -\n青石街道人民政府",
}


def paginate(wrapped: str, lines: int, foot: str) -> str:
    """Set a hard-wrapped text on pages of ``lines`` lines, the ``foot`` between pages."""
    printed = wrapped.split("\n")
    pages = ["\n".join(printed[at : at + lines]) for at in range(0, len(printed), lines)]
    between = PAGE_FEET[foot] if len(pages) > 2 else PAGE_FEET[foot].partition("\n")[0]
    out = pages[:1]
    for number, page in enumerate(pages[1:], start=1):
        out += [between.format(number), page]
    return "\n".join(out)


def run_together(text: str, joiner: str) -> str:
    """Join every line (blank lines dropped) with ``joiner``: a copy that lost its breaks."""
    return joiner.join(line.strip() for line in text.split("\n") if line.strip())


def wraps_in(text: str, width: int) -> int:
    """How many of the text's lines :func:`hard_wrap` cuts in mid-sentence."""
    return sum(
        line[at - 1] not in "。；：！？;:!?"
        for line in text.split("\n")
        for at in range(width, len(line), width)
    )


# A copy of a PDF that set the title, the headings, the signer and the date apart
# (wide tracking, distributed alignment): a gap between every two characters.
LETTER_GAPS = (" ", "  ", "\u3000", "\t")


def letter_space(line: str, gap: str, digits: bool, columns: bool = False) -> str:
    """``line`` with ``gap`` between every two characters (between digits too, or not).

    A space the line holds (第一部分　2024年…) stays the wider gap it was, alone.  Laid
    out in ``columns`` (pdftotext -layout), every other gap is one space wider.
    """
    out = line[:1]
    for at, (before, char) in enumerate(itertools.pairwise(line)):
        if char.isspace() or before.isspace():
            out += char * (1 + (char == gap))
        elif not digits and before.isdigit() and char.isdigit():
            out += char
        else:
            out += gap + gap[0] * (columns and at % 2) + char
    return out


def letter_spaced(plan: ReportPlan, gap: str, digits: bool, columns: bool = False) -> str:
    """The rendering with its title, headings, signer and date set apart by ``gap``."""
    spaced = set(title(plan).split("\n")) if plan.title else set()
    for position, sec in enumerate(plan.sections):
        spaced.update(heading(sec, position, plan.parts).split("\n"))
    if plan.closing:
        spaced.update({plan.issuer, f"{plan.year + 1}年1月10日"} if plan.signature else ())
    return "\n".join(
        letter_space(line, gap, digits, columns) if line in spaced else line
        for line in render(plan).split("\n")
    )


@st.composite
def paged_reports(draw: st.DrawFn) -> tuple[ReportPlan, str, str, int]:
    """A plan, its rendering, the rendering wrapped and set on pages, the width."""
    plan = attrs.evolve(draw(report_plans()), page_numbers=False)  # paginate numbers them
    text = render(plan)
    width = draw(st.integers(20, 40))
    foot = draw(st.sampled_from(sorted(PAGE_FEET)))
    lines = draw(st.integers(4, 22))
    return plan, text, paginate(hard_wrap(text, width, "lines"), lines, foot), width


@st.composite
def wrapped_reports(draw: st.DrawFn) -> tuple[ReportPlan, str, str, int]:
    """A plan, its rendering, the rendering hard-wrapped at a width from 20 to 40, the width."""
    plan = draw(report_plans())
    text = render(plan)
    wrap = draw(st.sampled_from(sorted(WRAPS_AT)))
    width = draw(st.integers(20, 40))
    return plan, text, hard_wrap(text, width, wrap), width

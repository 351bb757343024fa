"""The typed result of parsing a report: frozen, slotted attrs records.

Every extracted object carries a :class:`Span` into :attr:`Report.text`, so that
``report.text[x.span.start:x.span.end]`` is the text it came from.  Records hold data
only; the parser builds them, nothing here parses.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

import attrs

__all__ = [
    "DIAGNOSTIC_CODES",
    "Approx",
    "Debris",
    "Diagnostic",
    "Duty",
    "Indicator",
    "Item",
    "Measure",
    "Plan",
    "Quantity",
    "Reference",
    "Report",
    "Section",
    "SectionKind",
    "Shortcoming",
    "Span",
]


@attrs.frozen(init=False)
class Span:
    """A half-open range ``[start, end)`` of character offsets into :attr:`Report.text`."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""

    def __init__(self, start: int, end: int) -> None:
        # Written out, one check and two stores straight to the slots: the parser makes
        # hundreds of spans a report (attrs' __init__ with a check: half as long again).
        if not 0 <= start <= end:
            raise ValueError(f"invalid span {start}..{end}")
        _span_start(self, start)
        _span_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start


_span_start, _span_end = Span.__dict__["start"].__set__, Span.__dict__["end"].__set__


class SectionKind(enum.Enum):
    """The statutory sections of a report (《法治政府建设与责任落实督察工作规定》, 2019)."""

    MEASURES = "measures"
    """上一年度推进法治政府建设的主要举措和成效 — what was done."""
    SHORTCOMINGS = "shortcomings"
    """存在的不足和原因 — what fell short, and why."""
    DUTIES = "duties"
    """党政主要负责人履行推进法治建设第一责任人职责情况 — the principal officials' duties."""
    PLANS = "plans"
    """下一年度推进法治政府建设的主要安排 — what comes next."""
    OTHER = "other"
    """其他需要报告的情况, and anything that fits none of the above."""

    # A member is equal only to itself, so identity can hash it: Enum's __hash__ is Python
    # code, and the structure passes look kinds up in sets and dicts once per section.
    __hash__ = object.__hash__

    @property
    def chinese(self) -> str:
        """The section's name in Chinese, as the regulation and the reports put it.

        Example:
            >>> SectionKind.SHORTCOMINGS.chinese
            '存在的不足和原因'

        """
        return _SECTION_NAMES[self.value]


_SECTION_NAMES = {
    "measures": "主要举措和成效",
    "shortcomings": "存在的不足和原因",
    "duties": "第一责任人职责",
    "plans": "下一年度主要安排",
    "other": "其他情况",
}


REQUIRED_KINDS = frozenset(
    {SectionKind.MEASURES, SectionKind.SHORTCOMINGS, SectionKind.DUTIES, SectionKind.PLANS}
)


class Approx(enum.Enum):
    """How a quantity's number relates to the true count."""

    EXACT = "exact"
    """The number as stated: ``61件``."""
    OVER = "over"
    """More than the number: ``1万余份``, ``98%以上``, ``超92%``."""
    UNDER = "under"
    """Less than the number: ``近20次``, ``不足10人``."""
    ABOUT = "about"
    """Around the number: ``约3000人``, ``50人左右``, contradictory ``近200余家``."""


@attrs.frozen
class Quantity:
    """A counted amount in the text, normalised: ``6.1万余人`` is 61000 人, over."""

    value: Decimal
    """The number, normalised (``6.1万`` → 61000, ``百分之九十八`` → 98)."""
    unit: str
    """The measure word in simplified characters (``件``, ``人次``, ``元``), or ``%``."""
    approx: Approx
    """Whether the number is exact or a bound or an estimate."""
    text: str
    """The quantity as written, from its first qualifier through its unit."""
    span: Span
    """Where :attr:`text` stands in :attr:`Report.text`."""


@attrs.frozen
class Reference:
    """A citation: a law or document title in 《》, or a document number (文号)."""

    kind: str
    """``"law"`` for the 《…》 title of a law or regulation (法, 条例, 规定, 办法, 细则 …),
    ``"title"`` for any other titled document in 《…》 (a 纲要, a 方案, a 通知), and
    ``"document-number"`` for a 文号 or 令 number."""
    text: str
    """The reference as written, brackets included."""
    span: Span
    """Where :attr:`text` stands in :attr:`Report.text`."""
    canonical: str | None = None
    """For a law, its name as cited in short, in simplified characters: without
    中华人民共和国 and without a note of revision (``《中华人民共和国民法典》`` and
    ``《民法典》`` are both ``《民法典》``); None for other kinds."""


DIAGNOSTIC_CODES: dict[str, tuple[str, str]] = {
    # The structure: sections and their enumerations.
    "missing-section": ("缺少法定部分", "a required section was not found"),
    "no-sections": ("未识别到章节", "no section heading was found at all"),
    "hidden-section": ("段内章节", "a section was found inside a paragraph of another"),
    "combined-section": ("问题与打算合并", "a shortcomings section's points turn to the plans"),
    "lost-heading": ("首个标题缺失", "sections counted from 二、: the points above are the first"),
    "broken-marker": ("序号残缺", "a marker lost its number or its ): )以政治建设为统领, (一加强"),
    "ordinal-gap": ("序号跳号", "an item's number skips one: (三) after (一)"),
    "ordinal-repeat": ("序号重复", "an item's number repeats or goes back"),
    # The input.
    "path-as-text": ("文本为文件路径", "the str passed is the path of a file: pass a Path"),
    "decode-replaced": ("字节无法解码", "a few bytes fit no character and were read as U+FFFD"),
    "misread-text": ("乱码已修复", "the str was bytes read as Latin-1 or GBK: read again"),
    "ocr-low-confidence": ("识别置信度低", "OCR read a scanned page with low mean confidence"),
    "pages-without-text": (
        "页面无文字层",
        "PDF pages with no text layer were left unread (no OCR)",
    ),
    # Layout recovery: line structure that the copy lost, restored before any span exists.
    "layout-joined": ("折行已合并", "lines broken at a page's right edge were joined"),
    "layout-split": ("段落已拆分", "a body run together onto one line was split into lines"),
    "layout-unspaced": ("字距空格已去除", "a letter-spaced line (二 、 不 足) was closed up"),
    "html-markup": ("HTML标记已去除", "HTML tags and references a scraper left: <p>, &ldquo;"),
    "layout-repeated": ("重复粘贴已去除", "the whole report pasted a second time was removed"),
    # The page: what was cut out of the text around the report.
    "page-chrome": ("网页杂项", "web-page chrome was removed (breadcrumbs, 浏览次数, 打印 关闭)"),
    "page-metadata": ("网页元数据", "the page's metadata fields were read and removed (发布时间)"),
    "page-number": ("页码", "a page number was removed"),
    "repeated-title": ("重复标题", "a repeat of the title was removed"),
    "running-head": ("页眉页脚", "a running head or foot repeated on printed pages was removed"),
    # Conversion debris cut out of the lines (fzbg.page.debris.INLINE_DEBRIS).
    "word-bookmark": ("Word书签", "a Word bookmark a converter wrote out: [bookmark: _GoBack]"),
    "pinyin-gloss": ("拼音注音", "a pinyin gloss a converter left after a character: 建設(shè)"),
    "markdown-emphasis": ("Markdown加粗", "the ** of a bold line a converter wrote"),
    "markdown-heading": ("Markdown标题", "the # a converter wrote before a heading"),
    "markdown-quote": ("Markdown引用", "the > before a line of a report quoted in Markdown"),
    "markdown-list": ("Markdown列表", "the - or * bullet of a Markdown list before a point"),
    "table-border": ("表格边框", "the | borders of the table cell a paragraph was copied from"),
    "decoration-glyph": ("装饰符号", "a glyph an article sets before a title or heading: ▌"),
    "footnote-mark": ("脚注标记", "a Word footnote's mark copied out as text: 法治思维[1]"),
    "html-entity": ("HTML实体", "a white-space entity a scraper left unescaped: &nbsp;"),
    "lost-indent": ("缩进乱码", "indentation a page could not show, written as ?? before a line"),
    "site-watermark": ("网站水印", "a reposting site's name and address stamped into the text"),
    "gbk-shift": ("错位乱码已修复", "text decoded a byte off (GBK) was repaired; debris keeps it"),
    "gbk-shift-kept": ("错位乱码", "text that looks decoded one byte off could not be repaired"),
}
"""Every :attr:`Diagnostic.code` the parser gives: its Chinese name and what it means."""


@attrs.frozen
class Indicator:
    """A quantity that states one of the figures researchers count (see ``fzbg.INDICATORS``).

    ``出庭应诉率100%`` is the indicator ``court-appearance-rate`` with the quantity ``100%``.
    """

    key: str
    """The stable key of the registry row it states: ``court-appearance-rate``,
    ``legality-reviews`` …"""
    quantity: Quantity
    """The quantity, the very object that is also in :attr:`Report.quantities`."""
    subject: str
    """The words that name what is counted, as written: ``合法性审查``, ``出庭应诉率``."""
    span: Span
    """The clause that holds both the subject and the quantity."""


@attrs.frozen
class Diagnostic:
    """Something odd the parser saw and worked around."""

    code: str
    """A stable kebab-case code: ``broken-marker``, ``ordinal-gap``, ``page-chrome`` …"""
    message: str
    """What was seen and what the parser did about it, for a person."""
    span: Span | None = None
    """Where in :attr:`Report.text` it was seen, if it has a place."""


@attrs.frozen
class Debris:
    """A piece of the input that is not part of the report and was taken out of its text.

    Re-inserting every piece at its :attr:`at` offset gives back the input as normalised,
    so no text is ever lost silently.
    """

    kind: str
    """What it was: ``page-chrome``, ``page-metadata``, ``repeated-title``, ``pinyin-gloss`` …"""
    text: str
    """The removed text, exactly as it stood (a whole line includes its newline)."""
    at: int
    """The offset in :attr:`Report.text` where it stood before removal."""


@attrs.frozen
class Item:
    """One enumerated point of a section: ``(一)加强组织领导。…`` or ``一是…``."""

    kind: SectionKind
    """The kind of the section the item reports for."""
    marker: str | None
    """The marker as written (``"(一)"``, ``"（一）"``, ``"一是"``, ``"1、"``, ``")"``)."""
    ordinal: int | None
    """The number the marker stands for, 1-based; None for an unnumbered item."""
    title: str | None
    """The lead phrase: the heading line, or a run-in heading up to the first ``。`` or
    ``：`` (for ``一是`` points, also ``；``); as written, so converter debris inside it (a
    gloss such as ``統(tǒng)``) stays."""
    text: str
    """The whole text of the item, marker and children included."""
    span: Span
    """Where :attr:`text` stands in :attr:`Report.text`."""
    children: tuple[Item, ...] = ()
    """The enumerated points one level below, of the same class as this item."""
    quantities: tuple[Quantity, ...] = ()
    """Every quantity inside :attr:`span`, in order."""

    @staticmethod
    def class_for(kind: SectionKind) -> type[Item]:
        """The item class that holds items of ``kind`` (plain :class:`Item` for OTHER)."""
        return _ITEM_CLASS[kind]


@attrs.frozen
class Measure(Item):
    """A measure taken and its effect (主要举措和成效)."""


@attrs.frozen
class Shortcoming(Item):
    """A shortcoming and its causes (存在的不足和原因)."""


@attrs.frozen
class Duty(Item):
    """How the principal officials performed their first-responsible-person duties."""


@attrs.frozen
class Plan(Item):
    """A plan for the next year (下一年度的主要安排)."""


_ITEM_CLASS: dict[SectionKind, type[Item]] = {
    SectionKind.MEASURES: Measure,
    SectionKind.SHORTCOMINGS: Shortcoming,
    SectionKind.DUTIES: Duty,
    SectionKind.PLANS: Plan,
    SectionKind.OTHER: Item,
}


@attrs.frozen
class Section:
    """A statutory section of the report, with its enumerated items."""

    kind: SectionKind
    """Which statutory section this is."""
    heading: str | None
    """The heading as written, marker and any converter debris included; None for a
    section found inside a paragraph."""
    ordinal: int | None
    """The number of the heading's marker (``三、`` → 3); None when unnumbered."""
    text: str
    """The whole section, heading included."""
    span: Span
    """Where :attr:`text` stands in :attr:`Report.text`."""
    items: tuple[Item, ...] = ()
    """The section's enumerated points, in order."""


def _items_of(report: Report, cls: type[Item]) -> tuple[Item, ...]:
    return tuple(i for s in report.sections for i in s.items if type(i) is cls)


@attrs.frozen
class Report:
    """A parsed 法治政府建设年度报告."""

    text: str
    """The report's text, which every span indexes: decoded, normalised, page chrome and
    debris removed (see :attr:`debris`)."""
    title: str | None = None
    """The title line as written; None when the document has none."""
    issuer: str | None = None
    """The reporting body (``古城街道``, ``静海区``, ``淮安市人民政府``)."""
    year: int | None = None
    """The year reported on."""
    plan_year: int | None = None
    """The year the plans are for, when the report states it."""
    published: dt.date | None = None
    """The publication date from the page's metadata (日期, 发布时间)."""
    signed: dt.date | None = None
    """The date under the text (below 特此报告)."""
    addressee: str | None = None
    """The addressee line (主送机关) without its colon: ``区人民政府``."""
    preamble: str = ""
    """The text between the title and the first section."""
    closing: str = ""
    """The text after the last section: ``特此报告。``, signature, date."""
    sections: tuple[Section, ...] = ()
    """The statutory sections in document order."""
    quantities: tuple[Quantity, ...] = ()
    """Every quantity in :attr:`text`, in order."""
    references: tuple[Reference, ...] = ()
    """Every law title and document number in :attr:`text`, in order."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What the parser found odd and worked around."""
    debris: tuple[Debris, ...] = ()
    """Page chrome and conversion debris taken out of :attr:`text`, in order."""
    indicators: tuple[Indicator, ...] = ()
    """The quantities that state an indicator of the built-in registry, in text order; at
    most one per quantity (see ``fzbg.extract_indicators``)."""

    @property
    def measures(self) -> tuple[Measure, ...]:
        """The items of every measures section, in order."""
        return _items_of(self, Measure)  # type: ignore[return-value]

    @property
    def shortcomings(self) -> tuple[Shortcoming, ...]:
        """The items of every shortcomings section, in order."""
        return _items_of(self, Shortcoming)  # type: ignore[return-value]

    @property
    def duties(self) -> tuple[Duty, ...]:
        """The items of every duties section, and duties stated as a measures item."""
        return _items_of(self, Duty)  # type: ignore[return-value]

    @property
    def plans(self) -> tuple[Plan, ...]:
        """The items of every plans section, in order."""
        return _items_of(self, Plan)  # type: ignore[return-value]

    @property
    def missing_sections(self) -> frozenset[SectionKind]:
        """The required kinds (all but OTHER) that the report does not report on."""
        return missing_kinds(self.sections)


def missing_kinds(sections: tuple[Section, ...]) -> frozenset[SectionKind]:
    """The required kinds that ``sections`` do not report on.

    An item counts for its kind: a duty stated as a measures item, plans in 存在的不足和打算.
    """
    found = {s.kind for s in sections}
    found.update(i.kind for s in sections for i in s.items)
    return REQUIRED_KINDS - found

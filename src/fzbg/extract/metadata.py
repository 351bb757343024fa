"""Title, issuer, years, dates and addressee, read from what the earlier stages found.

Each field is looked for in a fixed order of places, most reliable first (the title, the
preamble's own words, the page's metadata), and left None when none of them states it:
fzbg reports what the document says and invents nothing.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from fzbg.genre.cues import BODY_ENDINGS
from fzbg.model import Section, SectionKind, Span
from fzbg.page.strip import Page
from fzbg.structure.tree import Body

__all__ = ["Metadata", "read_metadata"]

# A year in Arabic digits or, as the genre also writes it, in Chinese ones (二〇二三年).
_CN_YEAR = r"(?:一九|二[〇零])[〇零一二三四五六七八九]{2}"
_YEAR = rf"(?P<year>(?:19|20)[0-9][0-9]|{_CN_YEAR}) ?年"
# "古城街道2024年度…报告", "关于繁阳镇2024年…的报告", "某县人民政府关于2023年…的报告",
# or, year first, "2023年某区法治政府建设年度报告".
_TITLE_ISSUER = regex.compile(
    rf"(?:关于)?(?!关于)(?P<issuer>(?:(?!{_CN_YEAR})[^0-9]){{2,40}}?)\s*(?:关于|{_YEAR})"
    rf"|{_YEAR}度?(?P<issuer>[^0-9\s]{{2,30}}?)(?:关于)?(?:法治|依法行政)"
)
# …or, with neither, a body named before the genre's words: "某县人民政府法治政府建设年度报告".
_TITLE_BODY = regex.compile(
    rf"(?!关于)(?P<issuer>[^0-9\s]{{1,30}}?(?:{BODY_ENDINGS}))(?:法治|依法行政)"
)
_TITLE_PLAN_YEAR = regex.compile(r"[及和暨与]" + _YEAR + r"[^。]{0,12}(安排|计划|打算|思路|要点)")
# "现将荷泉街道2021年度法治政府建设工作报告如下" — the report names itself.
_PREAMBLE_SELF = regex.compile(r"现将(?P<issuer>[^。,;:《》()0-9]{2,30}?)?" + _YEAR)
# "2024年,古城街道坚持…", "2019年,在省委……的正确领导下,南昌县全面贯彻…": the opening
# sentence names the issuer just before its first verb.
_OPENING = regex.compile(
    r"\s*" + _YEAR + r"(?:度|以来)?,?\s*(?:在[^。]{2,80}?下,\s*)?"
    r"(?P<issuer>(?![我本])[^,。、\s:;《》()]{2,24}?(?:、[^,。、\s:;《》()]{2,12}?)?)"
    r"(?=坚持|认真|深入|全面|始终|紧紧|紧扣|以|在|围绕|聚焦|牢牢|扎实|积极|高度|按照|严格|持续|不断"
    r"|大力|着力|切实|把|将|进一步|贯彻|落实|立足|锚定|主动)"
)
_ANY_YEAR = regex.compile(_YEAR)
# The body that signs under the text: "某某镇人民政府", "中共某某镇委员会  某某镇人民政府".
_SIGNER = regex.compile(
    rf"[ ]*(?P<who>[^。,;:!?()《》\d\s](?:[^。,;:!?()《》\d]{{0,38}}?)(?:{BODY_ENDINGS}))[ ]*"
)
_BRACKETED = regex.compile(r"《[^《》\n]*》|\([^()\n]*\)|〔[^〔〕\n]*〕|﹝[^﹝﹞\n]*﹞")
_DATE = regex.compile(r"((?:19|20)[0-9][0-9]) ?[-/.年] ?([0-9]{1,2}) ?[-/.月] ?([0-9]{1,2})")
_CN_DATE = regex.compile(
    r"([〇零一二三四五六七八九]{4}) ?年 ?"
    r"([一二三四五六七八九十]{1,3}) ?月 ?([一二三四五六七八九十]{1,3}) ?日"
)
# "区人民政府:" alone on one of the preamble's first lines.
_ADDRESSEE = regex.compile(r"^[ ]*(?P<who>[^,。;:!?《》\n]{2,30}):[ ]*$", regex.MULTILINE)
_PUBLISHED_LABELS = ("发布时间", "发布日期", "公开日期", "生成日期", "日期", "时间", "发文日期")
_SOURCE_LABELS = ("来源", "信息来源", "发布机构", "发布单位")
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


@attrs.frozen
class Metadata:
    """The report's metadata fields."""

    title: str | None
    issuer: str | None
    year: int | None
    plan_year: int | None
    published: dt.date | None
    signed: dt.date | None
    addressee: str | None


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _cn_small(s: str) -> int:
    if "十" not in s:
        return _CN_DIGIT.get(s, 0)
    tens, _, units = s.partition("十")
    return _CN_DIGIT.get(tens, 1) * 10 + _CN_DIGIT.get(units, 0)


def parse_date(view: str) -> dt.date | None:
    """The first date in ``view``: ``2025-01-08``, ``2022年2月10日``, ``二〇二二年二月十日``.

    >>> parse_date("2022年2月10日"), parse_date("二〇二二年二月十日"), parse_date("13月")
    (datetime.date(2022, 2, 10), datetime.date(2022, 2, 10), None)
    """
    if m := _DATE.search(view):
        return _date(int(m[1]), int(m[2]), int(m[3]))
    if m := _CN_DATE.search(view):
        year = int("".join(str(_CN_DIGIT[c]) for c in m[1]))
        return _date(year, _cn_small(m[2]), _cn_small(m[3]))
    return None


def year_of(numeral: str) -> int:
    """The year a four-digit numeral stands for: ``2023`` or ``二〇二三``.

    >>> year_of("2023"), year_of("二〇二三"), year_of("二零一九")
    (2023, 2023, 2019)
    """
    if numeral.isascii():
        return int(numeral)
    return int("".join(str(_CN_DIGIT[c]) for c in numeral))


def _slice(text: str, span: Span) -> str:
    return text[span.start : span.end]


def _heading_year(sections: tuple[Section, ...], kind: SectionKind, view: str) -> int | None:
    for s in sections:
        if s.kind is kind and s.heading is not None:
            m = _ANY_YEAR.search(view, s.span.start, s.span.start + len(s.heading))
            return year_of(m["year"]) if m else None
    return None


def _signer(text: str, view: str, closing: Span) -> str | None:
    """The body that signed the report: the first line of the closing that names one."""
    start = closing.start
    while start < closing.end:
        end = view.find("\n", start, closing.end)
        end = closing.end if end < 0 else end
        if m := _SIGNER.fullmatch(view, start, end):
            return text[m.start("who") : m.end("who")]
        start = end + 1
    return None


def _addressee(preamble: str) -> regex.Match[str] | None:
    """The addressee line ("区人民政府:") above the preamble's first sentence, if any."""
    # Only the lines above the first 。 are searched: the addressee's line holds none.
    dot = preamble.find("。")
    above = preamble if dot < 0 else preamble[: preamble.rfind("\n", 0, dot) + 1]
    m = _ADDRESSEE.search(above)
    return m if m and "如下" not in m["who"] else None


def read_metadata(
    text: str,
    view: str,
    page: Page,
    body: Body,
    source_fields: tuple[tuple[str, str], ...] = (),
) -> Metadata:
    """Read the metadata fields of a report from its text and the stages' findings.

    ``source_fields`` are the labelled fields the reader found beside the text (a web
    page's date and source, folded as :attr:`Page.fields` are); they are read as if they
    stood above the page's own, so that the first of a label still wins.
    """
    title_view = _slice(view, page.title) if page.title else ""
    title = page.written(page.title.start, page.title.end) if page.title else None
    preamble = _slice(view, body.preamble)
    fields = dict(reversed((*source_fields, *page.fields)))  # the first of a label wins

    issuer = None
    if title and (
        ((m := _TITLE_ISSUER.match(title_view)) and "法治" not in m["issuer"])
        or (m := _TITLE_BODY.match(title_view))
    ):
        s, e = m.span("issuer")
        issuer = text[page.title.start + s : page.title.start + e].strip()  # type: ignore[union-attr]
    named = _PREAMBLE_SELF.search(preamble)
    if not issuer and named and named["issuer"] and named["issuer"][0] not in "我本":
        issuer = _slice(
            text,
            Span(
                body.preamble.start + named.start("issuer"),
                body.preamble.start + named.end("issuer"),
            ),
        )
    # The opening sentence is read only where the issuer or the year may still need it;
    # it opens the preamble, or the line below the addressee.
    addressed = _addressee(preamble)
    opening = None
    if not (issuer and named):
        opening = _OPENING.match(preamble, addressed.end() + 1 if addressed else 0)
    if not issuer and opening:
        issuer = _slice(
            text,
            Span(
                body.preamble.start + opening.start("issuer"),
                body.preamble.start + opening.end("issuer"),
            ),
        )
    if not issuer:
        issuer = _signer(text, view, body.closing)
    if not issuer:
        issuer = next((fields[k] for k in _SOURCE_LABELS if fields.get(k)), None)

    year = None
    stated = named or opening
    if (m := _ANY_YEAR.search(title_view)) or (m := stated):
        year = year_of(m["year"])
    elif (y := _heading_year(body.sections, SectionKind.MEASURES, view)) is not None:
        year = y
    elif m := _ANY_YEAR.search(_BRACKETED.sub(lambda b: " " * len(b[0]), preamble)):
        year = year_of(m["year"])

    plan_year = None
    if m := _TITLE_PLAN_YEAR.search(title_view):
        plan_year = year_of(m["year"])
    else:
        plan_year = _heading_year(body.sections, SectionKind.PLANS, view)

    published = next(
        (d for k in _PUBLISHED_LABELS if k in fields and (d := parse_date(fields[k]))), None
    )
    signed = parse_date(_slice(view, body.closing))

    addressee = None
    if m := addressed:
        addressee = _slice(
            text, Span(body.preamble.start + m.start("who"), body.preamble.start + m.end("who"))
        )
    return Metadata(title, issuer, year, plan_year, published, signed, addressee)

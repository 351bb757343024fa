"""Title, issuer, years, dates and addressee, read from what the earlier stages found.

Each field is looked for in a fixed order of places, most reliable first (the title, the
preamble's own words, the page's metadata), and left None when none of them states it:
fzbg reports what the document says and invents nothing.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import regex

from fzbg.extract.body_year import body_year
from fzbg.extract.form_fields import form_issuer, form_year, head_date
from fzbg.extract.fragments import complete
from fzbg.extract.joint import joint_lines, joint_signer
from fzbg.extract.named_inside import inside_issuer
from fzbg.extract.openings import OPENING, UNDATED, VERB, YEAR_CLAUSE
from fzbg.extract.short_year import short_year
from fzbg.genre.bodies import (
    ADDRESSEE_LINE,
    ADDRESSEE_RUN_ON,
    BODY_ENDINGS,
    BODY_NAME,
    COLLECTIVE,
    GENRE_WORDS,
    SELF_WORDS,
    SIGNER_LINE,
    UNNAMED,
    body_name,
    no_post,
)
from fzbg.genre.chrome import PUBLISHED_LABELS, SOURCE_LABELS
from fzbg.genre.dates import (
    ARABIC_YEAR,
    BARE_YEAR,
    HEADING_YEAR,
    LAST_YEAR,
    THIS_YEAR,
    field_date,
    parse_date,
    year_closed,
    year_of,
)
from fzbg.genre.dates import CN_YEAR as _CN_YEAR
from fzbg.genre.dates import YEAR as _YEAR
from fzbg.genre.dates import YEARS as _YEARS
from fzbg.genre.markers import AR_NUMERAL, CN_NUMERAL
from fzbg.genre.news import NEWS_VERBS
from fzbg.model import Section, SectionKind, Span
from fzbg.page.strip import Page
from fzbg.page.title_line import PLAN_JOINS, PLAN_WORDS
from fzbg.structure.tree import Body

__all__ = ["Metadata", "read_metadata"]

# "古城街道2024年度…报告", "关于繁阳镇2024年…的报告", "某县人民政府关于2023年…的报告",
# "关于报送某县2023年度…报告的函" (the letter a report is sent with), "某区2021-2023年…"
# (a report on several years), or, year first, "2023年某区法治政府建设年度报告",
# "关于2023年度某县法治政府建设情况的报告".
_SENDS = "报送|上报|呈报|呈送|公布|印发|公开"  # and the notice a report is published with
_TITLE_ISSUER = regex.compile(
    rf"(?:关于(?:{_SENDS})?《?)?(?!关于|{_SENDS})(?P<issuer>(?:(?!{_CN_YEAR})[^0-9]){{2,40}}?)"
    rf"\s*(?:关于|{_YEARS}|{BARE_YEAR})"
    rf"|(?:关于(?:{_SENDS})?)?{_YEAR}度?(?P<issuer>[^0-9\s]{{2,30}}?)(?:履行)?(?:推进)?(?:关于)?"
    r"(?:法治|依法行政)"  # 2025年度镇党委主要负责人履行推进法治建设…: its head's duties
)
# …or, with neither, a body named before the genre's words: "某县人民政府法治政府建设年度报告".
_TITLE_BODY = regex.compile(
    rf"(?!关于)(?P<issuer>[^0-9\s]{{1,30}}?(?:{BODY_ENDINGS}))"
    r"(?:近[一二三两五几]?年来?|本届政府以来)?(?:法治|依法行政)"  # …局近年来依法行政工作…
)
# A slogan over the report's own title, after a dash: "奋力开创法治建设新局面——某县2023年
# 法治政府建设年度报告"; the subtitle names the body.
_SUBTITLE = re.compile(r"(?:——|—|--)[ ]?(?=[^ ])")
_TITLE_PLAN_YEAR = regex.compile(rf"[{PLAN_JOINS}]\s?{_YEAR}[^。]{{0,12}}({'|'.join(PLAN_WORDS)})")
# The report names itself: 现将某街道2021年度…报告如下 (or 现就), year first (现将2023年度某县…),
# or quoted by a notice (现将《某局2025年度…报告》予以公布).
_PREAMBLE_SELF = regex.compile(
    rf"(?:{'|'.join(SELF_WORDS)})《?"
    rf"(?:{_YEAR}度?(?P<issuer>[^。,;:《》()0-9]{{2,30}}?)(?=法治|依法行政)"
    rf"|(?P<issuer>[^。,;:《》()0-9]{{2,30}}?)?{_YEAR})"
)
# A news headline taken for the title names the body before what it did: 某县发布2023年….
_NEWS_VERB = regex.compile(rf"\s*(?:{'|'.join(NEWS_VERBS)})了?$")
_ANY_YEAR = regex.compile(rf"\A\s*(?P<year>{ARABIC_YEAR})以来,|{_YEAR}")  # 2024以来,: 年 left out
_THIS_YEAR = regex.compile(rf"\s*(?:{THIS_YEAR})")  # 今年以来, opening the preamble
_LAST_YEAR = regex.compile(LAST_YEAR)  # 现将上一年度…报告如下, 一、上一年度…主要举措
# A title on several years is dated by its last; a date in its brackets dates none; a
# year may drop its 年 before the genre's words (某县2023法治政府建设年度报告) or in the
# brackets after the title (…年度报告(2023)).
_TITLE_YEAR = regex.compile(
    rf"{_YEARS}(?! ?(?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,2}}|元) ?月)|{BARE_YEAR}"
    rf"|[(\[](?P<year>{ARABIC_YEAR})[)\]]$"
)
# Words that stand where a title's body would and name none: 全市, 上半年, 乡镇 (match).
_NO_BODY = re.compile(rf"{COLLECTIVE}|(?:{UNNAMED})$")
# The body a site's list names in brackets after a title without one: …年度报告(某县司法局).
_BRACKETED_BODY = regex.compile(rf"\((?P<issuer>{BODY_NAME})\)$")
# A page's headline above the report naming who published it: "(…?某省政府发布报告)",
# 某市司法局晒出法治政府建设"成绩单" (a news verb), 某县印发….
_PUBLISHED_VERBS = (*NEWS_VERBS, "印发")
_PUBLISHER = regex.compile(
    rf"(?<![^\p{{P}}\s])(?P<issuer>[^\p{{P}}\s\d]{{2,30}}?(?:{BODY_ENDINGS}))"
    rf"(?:{'|'.join(_PUBLISHED_VERBS)})"
)
_HEADING_YEAR = regex.compile(HEADING_YEAR)
_MARK = rf"\(?(?:{CN_NUMERAL}|{AR_NUMERAL})[)、.]"  # (一), 1.: a point's marker
_OPENS_WITH_YEAR = regex.compile(rf"\s*(?:{_MARK}\s*)?{_YEAR}度?,")
_MEASURES = SectionKind.MEASURES
_SIGNER = SIGNER_LINE  # the signer's line under the text, or a byline under the title
_BRACKETED = regex.compile(r"《[^《》\n]*》|\([^()\n]*\)|〔[^〔〕\n]*〕|﹝[^﹝﹞\n]*﹞")
_RUN_ON_REACH = 40  # how far into the preamble the colon of an addressee run on stands


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


def _slice(text: str, span: Span) -> str:
    return text[span.start : span.end]


def _blank_brackets(text: str) -> str:
    return _BRACKETED.sub(lambda b: " " * len(b[0]), text)


def _heading_year(
    sections: tuple[Section, ...], kind: SectionKind, view: str, *, opens: bool = False
) -> int | None:
    """The year a section's heading names; or, if ``opens``, the one its text opens with."""
    for s in sections:
        if s.kind is kind and s.heading is not None:
            end = s.span.start + len(s.heading)
            if m := _HEADING_YEAR.search(view, s.span.start, end):
                return year_of(m["year"])
            # 三、下一步工作打算 / 2025年,我镇将…: the year the plans are for, said first
            m = _OPENS_WITH_YEAR.match(view, end) if opens else None
            return year_of(m["year"]) if m else None
    return None


def _signer(text: str, view: str, closing: Span) -> str | None:
    """The body that signed: the closing's first line naming one, or its form (报告单位:…)."""
    start = closing.start
    while start < closing.end:
        end = view.find("\n", start, closing.end)
        end = closing.end if end < 0 else end
        if m := _SIGNER.fullmatch(view, start, end):
            return joint_signer(text, view, m, closing.end)
        start = end + 1
    return form_issuer(text, view, closing, head=False)


def _addressee(preamble: str) -> regex.Match[str] | None:
    """The addressee line ("区人民政府:") above the preamble's first sentence, if any.

    Or the addressee run on into the opening (区人民政府:2023年,…); either match ends
    where the preamble's opening starts, but for one character (its line break or colon).
    """
    # Only the lines above the first 。 are searched: the addressee's line holds none.
    dot = preamble.find("。")
    above = preamble if dot < 0 else preamble[: preamble.rfind("\n", 0, dot) + 1]
    if ":" in above and (m := ADDRESSEE_LINE.search(above)):  # most open without a colon
        return m if "如下" not in m["who"] else None
    colon = preamble.find(":", 0, _RUN_ON_REACH)  # run on; a one-sentence 如下: has no 。
    if colon >= 0 and (colon < dot or dot < 0):
        return ADDRESSEE_RUN_ON.match(preamble)
    return None


def _byline(text: str, view: str, at: int, preamble: str) -> str | None:
    """The body named alone on a line under the title (its byline), above the first 。."""
    dot = preamble.find("。")
    above = preamble if dot < 0 else preamble[: preamble.rfind("\n", 0, dot) + 1]
    start = 0
    while (end := above.find("\n", start)) >= 0:
        if m := _SIGNER.fullmatch(above, start, end):
            return _body_at(text, view, at + m.start("who"), at + m.end("who"))
        start = end + 1
    return None


def _body_at(text: str, view: str, start: int, end: int) -> str | None:
    """The body name that ``view[start:end]`` holds, as ``text`` writes it, or None."""
    name = body_name(view[start:end])
    return None if name is None else text[start : start + len(name)]


def _publisher(text: str, view: str, at: int, preamble: str) -> str | None:
    """The body a page headline above the preamble's first sentence says published it."""
    dot = preamble.find("。")
    above = preamble if dot < 0 else preamble[: preamble.rfind("\n", 0, dot) + 1]
    for verb in _PUBLISHED_VERBS:
        if verb in above:
            break
    else:
        return None  # a page with no headline: the search would read the whole preamble
    m = _PUBLISHER.search(above)
    return _body_at(text, view, at + m.start("issuer"), at + m.end("issuer")) if m else None


def _title_issuer(text: str, view: str, title: Span) -> str | None:
    """The body the title names: before its year or 关于, or before the genre's words.

    Or, where it names none there, the body a site's list puts in brackets after it
    (…报告(某县司法局)), or a headline's before its news verb (某县发布…报告), or the
    subtitle's after a slogan and its dash (…新篇章——某县2023年…报告).
    """
    title_view = _slice(view, title)
    if ((m := _TITLE_ISSUER.match(title_view)) and not GENRE_WORDS.search(m["issuer"])) or (
        m := _TITLE_BODY.match(title_view)
    ):
        s, e = m.span("issuer")
        e -= len(found[0]) if (found := _NEWS_VERB.search(title_view, s, e)) else 0
        # a title wrapped inside the name (某某省自然 / 资源厅…) names one body all the same
        s, e = title.start + s, title.start + e
        issuer = no_post(joint_lines(text[s:e], view[s:e]).strip())
        # 关于全市2022年…的报告, 2023年度推进法治…报告: no body
        verb = VERB.match(issuer)
        if len(issuer) > 1 and not (_NO_BODY.match(issuer) or (verb and verb.end() > 1)):
            return issuer
    if m := _BRACKETED_BODY.search(title_view) or _PUBLISHER.match(title_view):
        s, e = m.span("issuer")
        return _body_at(text, view, title.start + s, title.start + e)
    dash = _SUBTITLE.search(title_view) if "—" in title_view or "--" in title_view else None
    if dash and GENRE_WORDS.search(title_view, dash.end()):  # the subtitle names the report
        return _title_issuer(text, view, Span(title.start + dash.end(), title.end))
    return None


# A short line with no clause above the opening: what a page left (信息公开元数据, a table's
# border |||, a label); the opening sentence is read below it.
_DEBRIS_LINE = regex.compile(r"[^\n。,;:]{0,24}\n")


def _past_debris(preamble: str, start: int) -> int:
    """Where the preamble's first line with a clause starts, from ``start`` (a few lines on)."""
    for _ in range(4):
        if (line := _DEBRIS_LINE.match(preamble, start)) is None:
            break
        start = line.end()
    return start


def _issuer(
    text: str,
    view: str,
    page: Page,
    body: Body,
    fields: dict[str, str],
    *,
    addressed: regex.Match[str] | None,
) -> tuple[str | None, regex.Match[str] | None, regex.Match[str] | None]:
    """The issuer, and the preamble's self-naming and opening clause that year reading uses.

    In order: the title; a byline under it (a body's name alone on its line); the
    preamble naming the report (现将某县2024年…报告如下); its
    opening clause's subject; the signature; the page's 来源.  Only a body name counts:
    where the report speaks as 我省 or 全省各级行政机关, the issuer is None.  ``addressed``
    is the preamble's addressee line (:func:`_addressee`).
    """
    issuer = _title_issuer(text, view, page.title) if page.title else None
    at = body.preamble.start
    preamble = _slice(view, body.preamble)
    if not issuer:
        issuer = _byline(text, view, at, preamble) or form_issuer(text, view, body.preamble)
    named = _PREAMBLE_SELF.search(preamble) if any(w in preamble for w in SELF_WORDS) else None
    if not issuer and named and named["issuer"]:
        issuer = _body_at(text, view, at + named.start("issuer"), at + named.end("issuer"))
    # The opening sentence is read only where the issuer or the year may still need it;
    # it opens the preamble, or the line below the addressee.
    opening = None
    start = _past_debris(preamble, addressed.end() + 1 if addressed else 0)
    if not (issuer and named):
        opening = OPENING.match(preamble, start) or YEAR_CLAUSE.match(preamble, start)
    if not issuer and (said := opening or UNDATED.match(preamble, start)):
        issuer = _body_at(text, view, at + said.start("issuer"), at + said.end("issuer"))
        if not issuer and (clause := YEAR_CLAUSE.match(preamble, said.start())):
            s, e = clause.span("issuer")
            issuer = _body_at(text, view, at + s, at + e)
    if not issuer:
        issuer = _signer(text, view, body.closing)
    if not issuer:
        issuer = next(
            (n for k in SOURCE_LABELS if k in fields and (n := body_name(fields[k]))), None
        )
    if not issuer:
        issuer = _publisher(text, view, body.preamble.start, preamble)
    if not issuer:  # 我局 in the opening, its full name only further down
        issuer = inside_issuer(text, view, preamble)
    full = (preamble, _slice(text, body.preamble))  # a fuller name in the preamble
    return complete(issuer, lambda: _signer(text, view, body.closing), fields, full), named, opening


def _published(fields: dict[str, str], year: int | None) -> dt.date | None:
    """The page's date of publication: the first labelled date not before the year reported.

    A date before that year is no publication of the report: a site's stale clock
    (2019-12-03 10:21:33 over a report on 2023), a page's date of some other update.
    """
    for label in PUBLISHED_LABELS:
        date = field_date(fields[label]) if label in fields else None
        if date and (year is None or date.year >= year):
            return date
    return None


def _undated_year(
    view: str,
    body: Body,
    addressed: regex.Match[str] | None,
    plan_year: int | None,
    dates: tuple[dt.date | None, dt.date | None],
) -> int | None:
    """The year of a report that states none in digits, from its words and its dates.

    今年以来,… opening the preamble: the year before the one it plans for, or the year
    the report's dates (signed, published) close.  上一年度 in the preamble or the
    measures' heading: the year before the one it was signed in, or the year its
    publication closes.
    """
    preamble = _slice(view, body.preamble)
    signed, published = dates
    if _THIS_YEAR.match(preamble, addressed.end() + 1 if addressed else 0):
        closed = (year_closed(d) for d in (signed, published) if d)
        return plan_year - 1 if plan_year else next((y for y in closed if y), None)
    heading = next((s for s in body.sections if s.kind is SectionKind.MEASURES), None)
    said = _LAST_YEAR.search(preamble) or (
        heading and heading.heading and _LAST_YEAR.search(heading.heading)
    )
    if not said:
        return None
    if signed:
        return signed.year - 1
    return year_closed(published) if published else None


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

    addressed = _addressee(preamble)
    issuer, named, opening = _issuer(text, view, page, body, fields, addressed=addressed)
    year = None
    stated = named or opening
    if (m := _TITLE_YEAR.search(title_view)) or (m := stated):
        year = year_of(m["year"])
    elif y := form_year(view, body.preamble) or _heading_year(body.sections, _MEASURES, view):
        year = y  # 报告年度：2023年 in a form's block above the text, or the heading's
    elif m := _ANY_YEAR.search(_blank_brackets(preamble)):
        year = year_of(m["year"])  # the preamble's first year with its 年, or 2024以来

    plan_year = None
    if any(w in title_view for w in PLAN_WORDS) and (m := _TITLE_PLAN_YEAR.search(title_view)):
        plan_year = year_of(m["year"])
    else:
        plan_year = _heading_year(body.sections, SectionKind.PLANS, view, opens=True)

    published = _published(fields, year)
    signed = parse_date(_slice(view, body.closing)) or head_date(view, body.preamble)
    if year is None and "年" in preamble:
        year = short_year(preamble, addressed.end() + 1 if addressed else 0, signed)
    if year is None:
        year = _undated_year(view, body, addressed, plan_year, (signed, published))
    if year is None:  # an opening cut off above its text: the year its points open with
        year = body_year(view, body.sections)

    addressee = None
    if m := addressed:
        addressee = _slice(
            text, Span(body.preamble.start + m.start("who"), body.preamble.start + m.end("who"))
        )
    return Metadata(title, issuer, year, plan_year, published, signed, addressee)

"""What a web page states about its report outside the article: the title, date and source.

The title is the page's ArticleTitle, else the heading or ``<title>`` part that names a
report; the publication date and ``来源`` come from ``<meta>``, the strip under the title
(``发布时间：… 来源：…``) or a 政府信息公开 table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from fzbg.read.markup import SENTENCE_END, clean, next_element, same

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["page_fields", "page_title", "titled_inside"]

_DATE = regex.compile(
    r"(?<![0-9])(20[0-9][0-9]|19[0-9][0-9])\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})"
)
_META_DATE_NAMES = ("pubdate", "publishdate", "firstpublishedtime", "publishtime", "date")
_META_SOURCE_NAMES = ("contentsource", "source", "author")


def titled_inside(title: str, lines: list[str]) -> bool:
    """Whether the article's first lines hold its title and ``title`` is no report's.

    A page whose ``<title>`` is the site's name (``某县人民政府``, ``详细信息``) and whose
    article opens with the report's title line (naming a 报告 or 总结): the site's name
    is not put above it.
    """
    if _GENRE_TITLE.search(title):
        return False
    return any(
        len(line) <= _MAX_TITLE_LINE
        and _REPORT_TITLE.search(line)
        and not SENTENCE_END.search(line)
        for line in lines[:3]
    )


_MAX_TITLE_LINE = 60


def _meta(tree: LexborHTMLParser, names: tuple[str, ...]) -> str | None:
    for node in tree.css("meta[name], meta[property]"):
        key = (node.attributes.get("name") or node.attributes.get("property") or "").lower()
        if key in names:
            value = (node.attributes.get("content") or "").strip()
            if value:
                return value
    return None


# Where a page states its title, best first; a site's logo is often an <h1> as well.
_TITLE_SELECTORS = "h1, .title, .tit, .detail-title, .article-title, #title, h2, h3"
# What a report's title names: the genre's own words.
_GENRE_TITLE = regex.compile(r"报告|总结|法治|法制|依法行政")
_REPORT_TITLE = regex.compile(r"报告|总结")
# What parts a page's <title> into the report's title and the site's name: ``_``, ``|``,
# a dash (not one between digits, as in 2021-2025年).
_TITLE_SEPARATOR = regex.compile(r"\s*[_|｜]\s*|\s+[-—–]+\s+|(?<![0-9])-+(?![0-9])")


def page_title(tree: LexborHTMLParser) -> str | None:
    """The report's title: the page's ArticleTitle, a heading, else ``<title>``.

    Among the headings, the first that names a report (报告, 总结) wins, then the first
    that names the genre at all (法治 …), then the first heading, which is often the
    site's logo; the page's ``<title>`` is tried after the headings at each step.
    """
    title = _meta(tree, ("articletitle",))
    if title:
        return clean(title)
    page_title = None
    node = tree.css_first("title")
    if node is not None:
        # "报告名称_青岚区人民政府", "青岚区人民政府-报告名称": the site's name stands
        # before or after a separator; the part that names the genre is the report's.
        parts = [x for x in _TITLE_SEPARATOR.split(clean(node.text(deep=True))) if x]
        genre = [x for x in parts if _GENRE_TITLE.search(x)]
        page_title = max(genre, key=len) if genre else parts[0] if parts else None
    headings = [clean(n.text(deep=True)) for n in tree.css(_TITLE_SELECTORS)]
    headings = [h for h in headings if 0 < len(h) <= 100]
    # A report's title names a report (报告, 总结); a site's logo may name 法治 as well
    # (法治云岭, 某县法治政府建设网), so a title with 报告 wins over one with 法治 alone.
    for words in (_REPORT_TITLE, _GENRE_TITLE):
        for heading in headings:
            if words.search(heading):
                return heading
        if page_title and words.search(page_title):
            return page_title
    return headings[0] if headings else page_title or None


def page_fields(tree: LexborHTMLParser, title: str | None = None) -> tuple[str | None, str | None]:
    """The publication date (``YYYY-MM-DD``) and source (``来源``) as the page states them.

    From the page's ``<meta>``, else the strip under the title (``发布时间：… 来源：…``) or
    a 政府信息公开 table, where a label's cell (``发布日期``) may hold no more than the
    label and the date is in the next cell; a date labelled as the document's own
    (``成文日期``, ``印发日期``) is taken only when the page states no other; else a date
    standing alone next to the title (``<span>2026-02-15 09:12</span>``).
    """
    published = None
    value = _meta(tree, _META_DATE_NAMES)
    if value and (m := _DATE.search(value)):
        published = _iso(m)
    source_value = _meta(tree, _META_SOURCE_NAMES)
    source = clean(source_value) if source_value else None
    if published and source:
        return published, source
    written = None  # a 成文日期: the document's date, not the page's
    for node in tree.css("div, span, td, th, p, li, dd, em, font"):
        text = clean(node.text(deep=True))
        if len(text) > 120 or not regex.search(r"日期|时间|来源", text):
            continue
        if published is None:
            for m in _DATE.finditer(text):
                if _DOCUMENT_DATE_LABEL.search(text[max(0, m.start() - 8) : m.start()]):
                    written = written or _iso(m)
                    continue
                published = _iso(m)
                break
            else:
                if _DATE_LABEL_ALONE.match(text) and not _DOCUMENT_DATE_LABEL.search(text):
                    published = _date_in_next(node)
        if source is None and (s := regex.search(r"(?:信息)?来源[:：]\s*([^\s　]{2,30})", text)):
            source = s[1]
        if published and source:
            break
    if published is None and title:
        published = _date_beside_title(tree, title)
    return published or written, source


# A label standing alone in its cell (``发布日期：``), its date in the next.
_DATE_LABEL_ALONE = regex.compile(r"^\p{Han}{0,4}(?:日期|时间)\s*[:：]?$")
# Labels of the document's own dates, not the page's; maybe in brackets ([ 成文日期 ]).
_DOCUMENT_DATE_LABEL = regex.compile(
    r"(?:成文|印发|生效|施行|实施|失效|有效|废止|截止|签发|办结)(?:日期|时间)?\s*[\]】)）]?\s*[:：]?\s*$"
)
# A date (and time) that is all its element says.
_BARE_DATE = regex.compile(
    r"^\s*(?:(?:发布)?(?:日期|时间)\s*[:：]\s*)?"
    r"((?:20|19)[0-9]{2})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?"
    r"(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*$"
)


def _iso(m: regex.Match[str]) -> str:
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"


def _date_in_next(node: LexborNode) -> str | None:
    """The date in the cell after a label's cell, if it begins with one."""
    cell = next_element(node)
    if cell is None:
        return None
    text = clean(cell.text(deep=True))
    m = _DATE.match(text)
    return _iso(m) if m and len(text) <= 40 else None


def _date_beside_title(tree: LexborHTMLParser, title: str) -> str | None:
    """A date alone in one of the few elements after the title's heading."""
    for heading in tree.css(_TITLE_SELECTORS):
        if not same(clean(heading.text(deep=True)), title):
            continue
        for start in (heading, heading.parent):
            sibling = start and next_element(start)
            for _ in range(3):
                if sibling is None:
                    break
                text = sibling.text(deep=True, separator="\n")
                if len(text) > 120:  # the article: the strip is above it
                    return None
                for line in text.split("\n"):
                    if m := _BARE_DATE.match(line):
                        return _iso(m)
                sibling = next_element(sibling)
        break
    return None

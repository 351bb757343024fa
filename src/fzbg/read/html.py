"""Saved web pages: the report's own text out of a government site's page (``fzbg[html]``).

A report's page on a government site wraps a few thousand characters of report in
navigation, breadcrumbs, a metadata strip, share and print bars, related links and a
footer with the site's 备案号.  :func:`html_to_text` keeps the title, one line of page
metadata (publication date and source, which :attr:`Report.published
<fzbg.model.Report.published>` is read from) and the article's text, one paragraph a
line, and drops the rest.

The article is found by where the text is, not by class names: starting at ``<body>``,
descend into the child container that holds nearly all of the node's non-link Han text
(all but a remainder the size of a title, a date strip or a footer), and stop when the
text is spread over several children — those are the report's paragraphs.  Links do not
count, so menus, breadcrumbs and related-article lists never pull the search their way.
On a page with sentences (lines with 。！？；) the search also follows them: it never goes
into a child without most of them, and goes on into the child that holds all but a few
even when the rest is long, so a plain-text list of titles beside a short report (热点文章,
no links, no 。) neither wins nor joins the article.  A signing body and date that the
page puts in elements of their own right after the article are kept with it.

Before the search: an ``<iframe srcdoc>``'s page takes the iframe's place; scripts,
styles and form controls go; what the page hides (``display:none``, a copy for phones)
goes unless it holds the page's only sentences; layout elements (``nav``, ``header``,
``footer``, ``aside``, ``form``) and elements with furniture classes go unless they hold
sentences (an ASP.NET page is one ``<form>``; a print area is ``print_content``).  In the
text: ``<ol>`` numbers are written back as a browser shows them, a data table's row is a
line, ``<pre>`` keeps its lines, a source line break between two Chinese characters
leaves no space, and lines of page tools (print, share, 上一篇/下一篇, pagers, 责任编辑,
footers with 备案号) are dropped.
selectolax was chosen over trafilatura by measuring both on pages built in the styles of
government sites (``python bench/html_extractors.py``): on four page families (TRS
editor, GB2312 table layout, 索引号 table with styled spans, a ``<div>`` per paragraph)
and two reports, this extractor kept every line of the report, the title and the date
with no chrome, in 1-3 ms a page; trafilatura 2.3 with ``favor_recall`` kept 75% of the
lines (it ran the ``<br>`` lines of the table layout into one and took its navigation
along), leaked a share bar or breadcrumb on three families and lost title and date on
two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from fzbg.errors import MissingExtraError
from fzbg.genre.cues import BODY_ENDINGS

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["html_to_text"]

# Elements that never hold report text.
_JUNK_TAGS = (
    "script, style, noscript, iframe, object, embed, template, svg, canvas, select, button,"
    " input, textarea, head"
)
# Elements of a page's layout that hold furniture, unless a site wraps the article in
# one: an ASP.NET page is one <form>, and a print area may be called "print_content".
_LAYOUT_TAGS = "nav, header, footer, aside, form"
# Han characters in sentences that make such an element, or one with a furniture class,
# part of the article: no share bar, footer or menu says that much.
_KEEP_PROSE = 60
# Class or id words of page furniture inside or beside the article: share and print
# bars, breadcrumbs, QR codes, related links, footers, font-size switches.
_CHROME_CLASS = regex.compile(
    r"(?i)(?:^|[-_\s])(?:share|bdshare\w*|print|crumbs?|breadcrumbs?|position|location"
    r"|footer|foot|copyright|related|relevant|xglj|ewm|qrcode|erweima|fontsize|zihao"
    r"|nav|navbar|menu|left-menu)(?:$|[-_\s\d])"
)
# Containers the search may descend into; a paragraph is where it stops.
_CONTAINERS = frozenset({
    "body", "main", "article", "section", "div", "table", "tbody", "thead", "tr", "td", "th",
    "center", "font", "span", "form",
})  # fmt: skip
# Elements that end a line of text.
_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead",
    "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "center",
    "blockquote", "pre", "hr", "address", "figure", "figcaption", "td", "th", "caption",
})  # fmt: skip
_NOT_HAN = regex.compile(r"[^\p{Han}]+")
_SPACE = regex.compile(r"[ \t\r\n\f]+")
# What a child may leave out of its parent's text and still be "the article": a title,
# a date strip, a share bar, a footer — a few hundred characters, or a tenth.
_REMAINDER_ABSOLUTE = 240
_REMAINDER_SHARE = 0.1
_MAX_DEPTH = 64

# Lines that survive inside an article container but are page furniture.
_CHROME_LINE = regex.compile(
    r"""^(?:
        分享到[:：]?.*                              # share bar
      | (?:[【\[]?\s*(?:打印本页|关闭本页|关闭窗口|打印|关闭|我要纠错|纠错|收藏|返回顶部
            |我要打印|保存本页)\s*[】\]]?\s*)+      # print/close/纠错 bar
      | 【?\s*字[体号][:：].{0,12}                   # font-size switch 【字体：大 中 小】
      | 扫一扫.{0,20}                               # QR code caption
      | (?:上一篇|下一篇|上一条|下一条)\s*[:：].{0,80}  # previous/next article links
      | [（(【\[]?\s*(?:责任编辑|编辑|责编|审核|校对)\s*[:：][^。]{0,20}?[）)】\]]?
      | (?=[^。]{0,100}$).*(?:ICP备|网站标识码|公网安备|版权所有|[Cc]opyright|©).*  # footer
      | (?:主办|承办|协办|技术支持|网站维护)(?:单位)?\s*[:：][^。]{0,80}      # footer
      | (?:\s*(?:首页|上一页|下一页|末页|尾页|前一页|后一页|第\s*[0-9]+\s*页|共\s*[0-9]+\s*页
            |\[?[0-9]{1,3}\]?|跳转|转到|[<>«»]+)\s*)*(?:上一页|下一页|前一页|后一页)
        (?:\s*(?:首页|上一页|下一页|末页|尾页|前一页|后一页|第\s*[0-9]+\s*页|共\s*[0-9]+\s*页
            |\[?[0-9]{1,3}\]?|跳转|转到|[<>«»]+)\s*)*                     # pagination
      )$""",
    regex.VERBOSE,
)
# A charset declared in the first bytes of the page.
_CHARSET = regex.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""")
_DATE = regex.compile(
    r"(?<![0-9])(20[0-9][0-9]|19[0-9][0-9])\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})"
)
_META_DATE_NAMES = ("pubdate", "publishdate", "firstpublishedtime", "publishtime", "date")
_META_SOURCE_NAMES = ("contentsource", "source", "author")


def _parse(text: str) -> LexborHTMLParser:
    try:
        from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415 - an optional extra
    except ImportError as error:
        raise MissingExtraError(
            "reading web pages (.html, .htm, .shtml) needs selectolax: pip install 'fzbg[html]'"
        ) from error
    return LexborHTMLParser(text)


def html_to_text(
    data: bytes | str, *, name: str = "<html>", charset: str | None = None
) -> tuple[str, str | None]:
    """Extract a report's text from a web page.

    Args:
        data: The page as served (bytes, any supported encoding, a ``<meta charset>``
            honoured) or as text.
        name: What to call the page in error messages.
        charset: The encoding the page's container declares (a web archive's part
            header), believed before the page's own ``<meta charset>``.

    Returns:
        The text — title, a line ``发布时间：… 来源：…`` when the page states them, then
        the article, one paragraph a line — and the encoding the bytes were decoded
        from (None for text).

    Raises:
        MissingExtraError: selectolax is not installed.
        DecodeError: The bytes are in no supported encoding.

    Example:
        >>> page = ('<html><body><div class="nav"><a>首页</a></div><h1>松溪镇报告</h1>'
        ...         '<div id="zoom"><p>一、主要举措和成效</p><p>（一）加强组织领导。</p>'
        ...         '</div><div class="footer">备案号：浙ICP备1号</div></body></html>')
        >>> print(html_to_text(page)[0], end="")
        松溪镇报告
        一、主要举措和成效
        （一）加强组织领导。

    """
    from fzbg.read.sources import decode_bytes  # noqa: PLC0415 - sources imports this module

    encoding: str | None = None
    if isinstance(data, bytes):
        declared = _CHARSET.search(data[:4096])
        text, encoding = decode_bytes(
            data,
            name=name,
            declared=charset or (declared.group(1).decode("ascii") if declared else None),
        )
    else:
        text = data
    tree = _parse(text)
    title = _title(tree)
    published, source = _page_metadata(tree, title)
    lines = _article_lines(tree)
    out: list[str] = []
    if title and not (lines and _same(lines[0], title)) and not _titled_inside(title, lines):
        out.append(title)
    meta = "　".join(
        part for part in (f"发布时间：{published}" if published else "", source) if part
    )
    if meta:
        out.append(meta)
    out.extend(lines)
    return "\n".join(out) + "\n" if out else "", encoding


def _titled_inside(title: str, lines: list[str]) -> bool:
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
        and not _SENTENCE_END.search(line)
        for line in lines[:3]
    )


_MAX_TITLE_LINE = 60


def _same(a: str, b: str) -> bool:
    return _SPACE.sub("", a) == _SPACE.sub("", b)


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


def _title(tree: LexborHTMLParser) -> str | None:
    """The report's title: the page's ArticleTitle, a heading, else ``<title>``.

    Among the headings, the first that names a report (报告, 总结) wins, then the first
    that names the genre at all (法治 …), then the first heading, which is often the
    site's logo; the page's ``<title>`` is tried after the headings at each step.
    """
    title = _meta(tree, ("articletitle",))
    if title:
        return _clean(title)
    page_title = None
    node = tree.css_first("title")
    if node is not None:
        # "报告名称_青岚区人民政府", "青岚区人民政府-报告名称": the site's name stands
        # before or after a separator; the part that names the genre is the report's.
        parts = [x for x in _TITLE_SEPARATOR.split(_clean(node.text(deep=True))) if x]
        genre = [x for x in parts if _GENRE_TITLE.search(x)]
        page_title = max(genre, key=len) if genre else parts[0] if parts else None
    headings = [_clean(n.text(deep=True)) for n in tree.css(_TITLE_SELECTORS)]
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


def _page_metadata(
    tree: LexborHTMLParser, title: str | None = None
) -> tuple[str | None, str | None]:
    """The publication date (``YYYY-MM-DD``) and ``来源：…`` as the page states them.

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
    source = f"来源：{_clean(source_value)}" if source_value else None
    if published and source:
        return published, source
    written = None  # a 成文日期: the document's date, not the page's
    for node in tree.css("div, span, td, th, p, li, dd, em, font"):
        text = _clean(node.text(deep=True))
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
            source = f"来源：{s[1]}"
        if published and source:
            break
    if published is None and title:
        published = _date_beside_title(tree, title)
    return published or written, source


# A label standing alone in its cell (``发布日期：``), its date in the next.
_DATE_LABEL_ALONE = regex.compile(r"^\p{Han}{0,4}(?:日期|时间)\s*[:：]?$")
# Labels of the document's own dates, not the page's.
_DOCUMENT_DATE_LABEL = regex.compile(
    r"(?:成文|印发|生效|施行|实施|失效|有效|废止|截止|签发|办结)(?:日期|时间)?\s*[:：]?\s*$"
)
# A date (and time) that is all its element says.
_BARE_DATE = regex.compile(
    r"^\s*(?:(?:发布)?(?:日期|时间)\s*[:：]\s*)?"
    r"((?:20|19)[0-9]{2})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?"
    r"(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*$"
)


def _iso(m: regex.Match[str]) -> str:
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"


def _next_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.next
    return sibling


def _date_in_next(node: LexborNode) -> str | None:
    """The date in the cell after a label's cell, if it begins with one."""
    cell = _next_element(node)
    if cell is None:
        return None
    text = _clean(cell.text(deep=True))
    m = _DATE.match(text)
    return _iso(m) if m and len(text) <= 40 else None


def _date_beside_title(tree: LexborHTMLParser, title: str) -> str | None:
    """A date alone in one of the few elements after the title's heading."""
    for heading in tree.css(_TITLE_SELECTORS):
        if not _same(_clean(heading.text(deep=True)), title):
            continue
        for start in (heading, heading.parent):
            sibling = start and _next_element(start)
            for _ in range(3):
                if sibling is None:
                    break
                text = sibling.text(deep=True, separator="\n")
                if len(text) > 120:  # the article: the strip is above it
                    return None
                for line in text.split("\n"):
                    if m := _BARE_DATE.match(line):
                        return _iso(m)
                sibling = _next_element(sibling)
        break
    return None


def _clean(text: str) -> str:
    text = _WIDE_BREAK.sub("", text)
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip(" 　")


# A line break in the page's source between two wide characters, as Word's 另存为网页
# wraps its lines (主要举措\r\n和成效): a browser shows nothing there (CSS Text's
# segment break rule), where between other characters it shows a space.
_WIDE = r"[\p{Han}\u3000-\u303f\uff01-\uff60\u2014\u2018-\u201d\u2026]"
_WIDE_BREAK = regex.compile(rf"(?<={_WIDE})[ \t]*(?:\r\n?|\n)[ \t\r\n]*(?={_WIDE})")


def _own_han(node: LexborNode) -> int:
    """Han characters in ``node``'s text, not counting those inside links."""
    total = _han(node.text(deep=True))
    links = sum(_han(a.text(deep=True)) for a in node.css("a"))
    return total - links


_NOTE_MARK = regex.compile(r"^\[?[0-9ivxlcIVXLC*]{1,4}\]?$")
_HIDDEN_STYLE = regex.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")


def _is_furniture(element: LexborNode) -> bool:
    """An element whose class or id names furniture and that holds no article."""
    words = f"{element.attributes.get('class') or ''} {element.attributes.get('id') or ''}"
    return (
        _CHROME_CLASS.search(words) is not None
        and element.tag not in {"body", "html"}
        and _prose_han(element) < _KEEP_PROSE
    )


def _drop_hidden(body: LexborNode) -> None:
    """Drop what the page hides (a second copy of the article for phones, a template).

    Unless the page's sentences are all in it: a site may hide its article until a
    script shows it.
    """
    hidden = [
        element
        for element in body.css("[style], [hidden]")
        if "hidden" in element.attributes
        or _HIDDEN_STYLE.search(element.attributes.get("style") or "")
    ]
    if not hidden:
        return
    prose = _prose_han(body)
    _decompose_where(hidden, lambda element: prose - _prose_han(element) >= _MIN_PROSE)


def _decompose_where(elements: list[LexborNode], drop: Callable[[LexborNode], bool]) -> None:
    """Decompose the ``elements`` (in document order) that ``drop`` says to drop.

    An element inside one already dropped is gone with it and is not looked at again.
    """
    dropped: set[int] = set()
    for element in elements:
        ancestor = element.parent
        while ancestor is not None and ancestor.mem_id not in dropped:
            ancestor = ancestor.parent
        if ancestor is None and drop(element):
            dropped.add(element.mem_id)
            element.decompose()


def _inline_srcdoc(body: LexborNode) -> None:
    """Put the page an ``<iframe srcdoc>`` holds in the iframe's place.

    Some editors show the article in an iframe whose page is written into its
    ``srcdoc`` attribute; that page is part of this one.  Iframes that load another
    address hold nothing here and go with the other junk.
    """
    for frame in body.css("iframe[srcdoc]"):
        inner = _parse(frame.attributes.get("srcdoc") or "").body
        if inner is None:
            continue
        holder = _parse(f"<div>{inner.html or ''}</div>").css_first("div")
        if holder is not None:
            frame.replace_with(holder)


def _article(tree: LexborHTMLParser) -> LexborNode | None:
    """The element that holds the report: see the module docstring."""
    node = tree.body
    if node is None:
        return None
    _inline_srcdoc(node)
    for junk in node.css(_JUNK_TAGS):
        junk.decompose()
    # A page saved from Word marks its footnotes in the text (``[1]`` linking to
    # ``#_ftn1``); a Word file's text holds no such mark, and neither does the report's.
    for mark in node.css('a[href^="#_ftn"], a[href^="#_edn"]'):
        if _NOTE_MARK.match(_clean(mark.text(deep=True))):
            mark.decompose()
    _drop_hidden(node)
    _decompose_where(node.css(_LAYOUT_TAGS), lambda element: _prose_han(element) < _KEEP_PROSE)
    _decompose_where(node.css("[class], [id]"), _is_furniture)
    here, prose = _own_han(node), _prose_han(node)
    for _ in range(_MAX_DEPTH):
        best, best_han = None, 0
        child = node.child
        while child is not None:
            if child.tag in _CONTAINERS:
                han = _own_han(child)
                if han > best_han:
                    best, best_han = child, han
            child = child.next
        if best is None:
            break
        # A page with sentences is also searched by where they are: a list of titles
        # beside a report (热点文章 as plain text: long, even longer than a short report,
        # but without a 。) is never the article, and need not stay in it.
        by_prose = prose >= _MIN_PROSE
        best_prose = _prose_han(best) if by_prose else 0
        if by_prose and 2 * best_prose < prose:
            best = _child_with_the_prose(node, prose)
        elif here - best_han > max(_REMAINDER_ABSOLUTE, _REMAINDER_SHARE * here):
            best = _child_with_the_prose(node, prose) if by_prose else None
        if best is None:
            break
        node, here, prose = best, _own_han(best), _prose_han(best)
    return node


def _child_with_the_prose(node: LexborNode, prose: int) -> LexborNode | None:
    """The child of ``node`` (which holds ``prose``) with all but a few of its sentences."""
    best, best_prose = None, 0
    child = node.child
    while child is not None:
        if child.tag in _CONTAINERS and (child_prose := _prose_han(child)) > best_prose:
            best, best_prose = child, child_prose
        child = child.next
    return best if prose - best_prose <= _REMAINDER_PROSE else None


# Han characters in sentences (lines with 。！？；) that make a page's text prose enough to
# search by, and that may stay outside the article when the rest holds no more than
# titles, dates, labels and a signature.
_MIN_PROSE = 60
_REMAINDER_PROSE = 40
_SENTENCE_END = regex.compile(r"[。！？；]")


def _han(text: str) -> int:
    """How many Han characters ``text`` holds (deleting the rest is the fastest count)."""
    return len(_NOT_HAN.sub("", text))


def _prose_han(node: LexborNode) -> int:
    """Han characters in ``node``'s text lines that hold a sentence's end."""
    lines = node.text(deep=True, separator="\n").split("\n")
    return _han("".join(line for line in lines if _SENTENCE_END.search(line)))


def _article_lines(tree: LexborHTMLParser) -> list[str]:
    """The article's text, one block a line, furniture lines dropped."""
    article = _article(tree)
    if article is None:
        return []
    lines: list[str] = []
    current: list[str] = []

    marker = [""]  # an <ol> item's number, waiting for the item's first line

    def flush() -> None:
        line = _clean("".join(current))
        current.clear()
        if line and marker[0]:
            line, marker[0] = marker[0] + line, ""
        if line and not _CHROME_LINE.match(line):
            lines.append(line)

    counts: dict[int, int] = {}  # each <ol>'s count so far
    rows = _data_rows(article)
    # Text laid out by its own line breaks (<pre>, where a site posts plain text).
    preformatted = {
        text.mem_id
        for pre in [*article.css("pre"), *([article] if article.tag == "pre" else [])]
        for text in pre.traverse(include_text=True)
        if text.is_text_node
    }
    # Walk the subtree in document order: text joins the current line, a block element
    # (or <br>) ends it.  An explicit stack: pages nest deeply.
    stack: list[LexborNode | None] = [article]
    while stack:
        node = stack.pop()
        if node is None:  # the end of a block element
            flush()
            continue
        if node.is_text_node:
            text = node.text_content or ""
            if node.mem_id in preformatted and "\n" in text:
                first, *more = text.replace("\r\n", "\n").split("\n")
                current.append(first)
                for line in more:
                    flush()
                    current.append(line)
            else:
                current.append(text)
            continue
        if not node.is_element_node and node is not article:
            continue
        if node.tag in _CELLS and node.parent is not None and node.parent.mem_id in rows:
            if node.prev is not None:  # a data table's row is a line, cells apart
                current.append("\t")
        elif node.tag in _BLOCKS:
            flush()
            stack.append(None)
        if node.tag == "li":
            marker[0] = _list_marker(node, counts)
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend(reversed(children))
    flush()
    return lines + _signature_after(article)


_CELLS = frozenset({"td", "th"})
# What makes a cell part of the page's layout rather than a datum: a block inside it.
_BLOCK_SELECTOR = ", ".join(sorted(_BLOCKS - _CELLS))


def _data_rows(article: LexborNode) -> set[int]:
    """The rows of data tables: rows of two or more cells, none holding a block.

    Such a row comes out as one line, as a Word table's does (``行政复议案件	123件``,
    ``索引号：	…	发布机构：	…``); a row of a layout table, whose cells hold paragraphs
    or ``<br>`` lines, is read cell by cell.
    """
    rows = set()
    for row in article.css("tr"):
        cells = [cell for cell in _children(row) if cell.tag in _CELLS]
        if len(cells) >= 2 and not any(cell.css_first(_BLOCK_SELECTOR) for cell in cells):
            rows.add(row.mem_id)
    return rows


def _children(node: LexborNode) -> list[LexborNode]:
    children = []
    child = node.child
    while child is not None:
        children.append(child)
        child = child.next
    return children


# How an <ol> counts: its type attribute or its list-style-type, as Word's number formats.
_OL_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
             "I": "upperRoman"}  # fmt: skip
_OL_STYLES = {
    "decimal": "decimal", "decimal-leading-zero": "decimalZero", "lower-alpha": "lowerLetter",
    "lower-latin": "lowerLetter", "upper-alpha": "upperLetter", "upper-latin": "upperLetter",
    "lower-roman": "lowerRoman", "upper-roman": "upperRoman",
    "cjk-ideographic": "chineseCounting", "simp-chinese-informal": "chineseCounting",
    "trad-chinese-informal": "chineseCounting", "cjk-decimal": "ideographDigital",
    "none": "none",
}  # fmt: skip
_MAX_LIST_NUMBER = 1000
_LIST_STYLE = regex.compile(r"(?i)list-style(?:-type)?\s*:\s*([a-z-]+)")


def _list_marker(item: LexborNode, counts: dict[int, int]) -> str:
    """The number a browser shows before an ``<li>`` of an ``<ol>`` (``1.``, ``一、``).

    An editor's numbered list keeps its numbers out of the text, as Word does; they are
    written back in the list's style, counting from ``start`` (or an item's ``value``).
    """
    from fzbg.read.docx import format_number  # noqa: PLC0415 - a shared helper

    ol = item.parent
    if ol is None or ol.tag != "ol":
        return ""
    value = item.attributes.get("value")
    if value is not None and value.strip().lstrip("-").isdigit():
        n = int(value)
    elif ol.mem_id in counts:
        n = counts[ol.mem_id] + 1
    else:
        start = (ol.attributes.get("start") or "1").strip()
        n = int(start) if start.lstrip("-").isdigit() else 1
    counts[ol.mem_id] = n
    fmt = "decimal"
    for element in (item, ol):
        style = _LIST_STYLE.search(element.attributes.get("style") or "")
        if style and style[1].lower() in _OL_STYLES:
            fmt = _OL_STYLES[style[1].lower()]
            break
    else:
        fmt = _OL_TYPES.get((ol.attributes.get("type") or "1").strip(), "decimal")
    # A number no list reaches (start="99999999") in decimal: letters and roman numerals
    # of it would be as long as it is large.
    number = format_number(n, fmt) if 0 < n < _MAX_LIST_NUMBER else str(n)
    if not number:
        return ""
    return number + ("、" if fmt in {"chineseCounting", "ideographDigital"} else ". ")


# The lines of a signature block: the signing body, then the date.
_SIGNER = regex.compile(rf"^\p{{Han}}{{2,30}}(?:{BODY_ENDINGS})$")
_SIGNED_DATE = regex.compile(
    r"^(?:(?:19|20)[0-9]{2}|[一二]〇[〇零一二三四五六七八九]{2})\s*年\s*[0-9一二三四五六七八九十]{1,3}"
    r"\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日$"
)
_MAX_SIGNATURE_LINES = 4


def _signature_after(article: LexborNode) -> list[str]:
    """A signature block just after the article's element, left behind by the search.

    An editor may put the signing body and date in elements of their own after the
    article's (right-aligned ``<p>``), where they are too short to pull the search out
    of the article.  The elements right after it (or after its ancestors, when it is
    their last) are taken while each line is a body's name, up to a date line; nothing
    is taken unless a date ends them.
    """
    node: LexborNode | None = article
    while node is not None and node.tag not in {"body", "html"}:
        sibling = _next_element(node)
        if sibling is None:
            node = node.parent
            continue
        taken: list[str] = []
        while sibling is not None and len(taken) < _MAX_SIGNATURE_LINES:
            whole = _clean(sibling.text(deep=True))
            if _SIGNED_DATE.match(whole) or _SIGNER.match(whole):
                parts = [whole]
            else:  # a signature in one element, broken by <br>
                parts = sibling.text(deep=True, separator="\n").split("\n")
            for part in parts:
                line = _clean(part)
                if not line:
                    continue
                if _SIGNED_DATE.match(line):
                    return [*taken, line]
                if not _SIGNER.match(line) or len(taken) >= _MAX_SIGNATURE_LINES:
                    return []
                taken.append(line)
            sibling = _next_element(sibling)
        return []
    return []

"""Saved web pages: the report's own text out of a government site's page (``fzbg[html]``).

A report's page on a government site wraps a few thousand characters of report in
navigation, breadcrumbs, a metadata strip, share and print bars, related links and a
footer with the site's 备案号.  :func:`read_html` keeps the title and the article's text,
one paragraph a line, and drops the rest; the page's publication date and source (which
:attr:`Report.published <fzbg.model.Report.published>` is read from) travel beside the
text as :attr:`Source.fields <fzbg.read.record.Source.fields>`.  The parts: the article
is found in :mod:`fzbg.read.html_article`, laid out in lines in
:mod:`fzbg.read.html_lines`; title, date and source are read in :mod:`fzbg.read.html_meta`.

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

import regex

from fzbg.read.decode import decode_bytes
from fzbg.read.html_article import find_article
from fzbg.read.html_lines import article_lines
from fzbg.read.html_meta import page_fields, page_title, titled_inside
from fzbg.read.markup import parse_html, same
from fzbg.read.record import Source

__all__ = ["html_to_text", "read_html"]

# A charset declared in the first bytes of the page.
_CHARSET = regex.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""")


def read_html(data: bytes | str, name: str, *, charset: str | None = None) -> Source:
    """Read a report's text and the page's date and source from a web page.

    Args:
        data: The page as served (bytes, any supported encoding, a ``<meta charset>``
            honoured) or as text.
        name: What to call the page in error messages.
        charset: The encoding the page's container declares (a web archive's part
            header), believed before the page's own ``<meta charset>``.

    Returns:
        The text — the title, then the article, one paragraph a line — with the page's
        publication date and source as fields (``发布时间``, ``来源``) when it states them.

    Raises:
        MissingExtraError: selectolax is not installed.
        DecodeError: The bytes are in no supported encoding.

    Example:
        >>> page = ('<html><head><meta name="PubDate" content="2025-01-08 09:30"></head>'
        ...         '<body><div class="nav"><a>首页</a></div><h1>松溪镇报告</h1>'
        ...         '<div id="zoom"><p>一、主要举措和成效</p><p>（一）加强组织领导。</p>'
        ...         '</div><div class="footer">备案号：浙ICP备1号</div></body></html>')
        >>> source = read_html(page, "报告.html")
        >>> print(source.text, end="")
        松溪镇报告
        一、主要举措和成效
        （一）加强组织领导。
        >>> source.fields
        (('发布时间', '2025-01-08'),)

    """
    title, lines, published, origin, encoding = _read(data, name, charset)
    fields = tuple(
        (label, value) for label, value in (("发布时间", published), ("来源", origin)) if value
    )
    text = "\n".join([*title, *lines])
    return Source(text + "\n" if text else "", name, encoding, "html", fields)


def html_to_text(
    data: bytes | str, *, name: str = "<html>", charset: str | None = None
) -> tuple[str, str | None]:
    """Extract a report's text from a web page, its date and source as a line of text.

    What :func:`read_html` reads, for a person or another tool to read as text: the
    page's fields are written under the title as a page shows them.

    Args:
        data: The page, as bytes or text.
        name: What to call the page in error messages.
        charset: The encoding the page's container declares.

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
    title, lines, published, origin, encoding = _read(data, name, charset)
    meta = "　".join(
        part
        for part in (f"发布时间：{published}" if published else "", origin and f"来源：{origin}")
        if part
    )
    out = [*title, *([meta] if meta else []), *lines]
    return "\n".join(out) + "\n" if out else "", encoding


def _read(
    data: bytes | str, name: str, charset: str | None
) -> tuple[list[str], list[str], str | None, str | None, str | None]:
    """Read a page: its title line, article lines, date, source and encoding.

    The title is a line of its own unless the article's first lines hold it.
    """
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
    tree = parse_html(text)
    title = page_title(tree)
    published, origin = page_fields(tree, title)  # before the search takes the page apart
    article = find_article(tree)
    lines = article_lines(article) if article is not None else []
    shown = title and not (lines and same(lines[0], title)) and not titled_inside(title, lines)
    return [title] if shown and title else [], lines, published, origin, encoding

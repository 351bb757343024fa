"""The article's text, one block a line, as a browser lays it out.

Text joins the current line and a block element (or ``<br>``) ends it; ``<ol>`` numbers
are written back as a browser shows them, a data table's row is a line, ``<pre>`` keeps
its lines, and lines of page tools (print, share, 上一篇/下一篇, pagers, 责任编辑, footers
with 备案号: :func:`fzbg.genre.web_chrome.web_chrome_line`) are dropped.  A signing body and
date that the page puts in elements of their own right after the article are kept with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from fzbg.genre.cues import BODY_ENDINGS
from fzbg.genre.web_chrome import web_chrome_line
from fzbg.read.markup import BLOCKS, children, clean, next_element
from fzbg.read.numbering import format_number

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

__all__ = ["article_lines"]


def article_lines(article: LexborNode) -> list[str]:
    """The text of ``article``, one block a line, furniture lines dropped, its signature."""
    lines = _Lines(article)
    # Walk the subtree in document order.  An explicit stack: pages nest deeply.
    stack: list[LexborNode | None] = [article]
    while stack:
        node = stack.pop()
        if node is None:  # the end of a block element
            lines.flush()
        elif node.is_text_node:
            lines.text(node)
        elif node.is_element_node or node is article:
            if lines.open(node):
                stack.append(None)
            stack.extend(reversed(children(node)))
    lines.flush()
    return lines.done + signature_after(article)


class _Lines:
    """The lines of an article so far, and the line being written."""

    def __init__(self, article: LexborNode) -> None:
        self.done: list[str] = []
        self.current: list[str] = []
        self.marker = ""  # an <ol> item's number, waiting for the item's first line
        self.counts: dict[int, int] = {}  # each <ol>'s count so far
        self.rows = _data_rows(article)
        # Text laid out by its own line breaks (<pre>, where a site posts plain text).
        self.preformatted = {
            text.mem_id
            for pre in [*article.css("pre"), *([article] if article.tag == "pre" else [])]
            for text in pre.traverse(include_text=True)
            if text.is_text_node
        }

    def flush(self) -> None:
        """End the current line; keep it unless it is a line of page furniture."""
        line = clean("".join(self.current))
        self.current.clear()
        if line and self.marker:
            line, self.marker = self.marker + line, ""
        if line and not web_chrome_line().match(line):
            self.done.append(line)

    def text(self, node: LexborNode) -> None:
        """Add a text node to the current line (a preformatted one's breaks end lines)."""
        text = node.text_content or ""
        if node.mem_id in self.preformatted and "\n" in text:
            first, *more = text.replace("\r\n", "\n").split("\n")
            self.current.append(first)
            for line in more:
                self.flush()
                self.current.append(line)
        else:
            self.current.append(text)

    def open(self, node: LexborNode) -> bool:
        """Enter an element; whether it is a block, whose end ends a line."""
        block = False
        if node.tag in _CELLS and node.parent is not None and node.parent.mem_id in self.rows:
            if node.prev is not None:  # a data table's row is a line, cells apart
                self.current.append("\t")
        elif node.tag in BLOCKS:
            self.flush()
            block = True
        if node.tag == "li":
            self.marker = list_marker(node, self.counts)
        return block


_CELLS = frozenset({"td", "th"})
# What makes a cell part of the page's layout rather than a datum: a block inside it.
_BLOCK_SELECTOR = ", ".join(sorted(BLOCKS - _CELLS))


def _data_rows(article: LexborNode) -> set[int]:
    """The rows of data tables: rows of two or more cells, none holding a block.

    Such a row comes out as one line, as a Word table's does (``行政复议案件	123件``,
    ``索引号：	…	发布机构：	…``); a row of a layout table, whose cells hold paragraphs
    or ``<br>`` lines, is read cell by cell.
    """
    rows = set()
    for row in article.css("tr"):
        cells = [cell for cell in children(row) if cell.tag in _CELLS]
        if len(cells) >= 2 and not any(cell.css_first(_BLOCK_SELECTOR) for cell in cells):
            rows.add(row.mem_id)
    return rows


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


def list_marker(item: LexborNode, counts: dict[int, int]) -> str:
    """The number a browser shows before an ``<li>`` of an ``<ol>`` (``1.``, ``一、``).

    An editor's numbered list keeps its numbers out of the text, as Word does; they are
    written back in the list's style, counting from ``start`` (or an item's ``value``).
    """
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


def signature_after(article: LexborNode) -> list[str]:
    """A signature block just after the article's element, left behind by the search.

    An editor may put the signing body and date in elements of their own after the
    article's (right-aligned ``<p>``), where they are too short to pull the search out
    of the article.  The elements right after it (or after its ancestors, when it is
    their last) are taken while each line is a body's name, up to a date line; nothing
    is taken unless a date ends them.
    """
    node: LexborNode | None = article
    while node is not None and node.tag not in {"body", "html"}:
        sibling = next_element(node)
        if sibling is None:
            node = node.parent
            continue
        taken: list[str] = []
        while sibling is not None and len(taken) < _MAX_SIGNATURE_LINES:
            whole = clean(sibling.text(deep=True))
            if _SIGNED_DATE.match(whole) or _SIGNER.match(whole):
                parts = [whole]
            else:  # a signature in one element, broken by <br>
                parts = sibling.text(deep=True, separator="\n").split("\n")
            for part in parts:
                line = clean(part)
                if not line:
                    continue
                if _SIGNED_DATE.match(line):
                    return [*taken, line]
                if not _SIGNER.match(line) or len(taken) >= _MAX_SIGNATURE_LINES:
                    return []
                taken.append(line)
            sibling = next_element(sibling)
        return []
    return []

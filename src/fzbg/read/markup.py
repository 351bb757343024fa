"""What every part of the web-page reader needs: the parser, text of nodes, Han counts.

The parser is selectolax's Lexbor backend (``fzbg[html]``), imported when a page is first
read so that ``import fzbg`` stays fast and works without the extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from fzbg.errors import MissingExtraError

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = [
    "BLOCKS", "SENTENCE_END", "SPACE", "children", "clean", "han", "next_element", "own_han",
    "parse_html", "prose_han", "same",
]  # fmt: skip

# Elements that end a line of text.
BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead",
    "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "center",
    "blockquote", "pre", "hr", "address", "figure", "figcaption", "td", "th", "caption",
})  # fmt: skip
_NOT_HAN = regex.compile(r"[^\p{Han}]+")
SPACE = regex.compile(r"[ \t\r\n\f]+")


def parse_html(text: str) -> LexborHTMLParser:
    """The page ``text`` parsed; :class:`MissingExtraError` without selectolax."""
    try:
        from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415 - an optional extra
    except ImportError as error:
        raise MissingExtraError(
            "reading web pages (.html, .htm, .shtml) needs selectolax: pip install 'fzbg[html]'"
        ) from error
    return LexborHTMLParser(text)


def same(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are the same text but for white space."""
    return SPACE.sub("", a) == SPACE.sub("", b)


def next_element(node: LexborNode) -> LexborNode | None:
    """The element after ``node`` among its siblings, if any."""
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.next
    return sibling


def children(node: LexborNode) -> list[LexborNode]:
    """The child nodes of ``node``, text nodes included, in order."""
    children = []
    child = node.child
    while child is not None:
        children.append(child)
        child = child.next
    return children


def clean(text: str) -> str:
    """``text`` as a browser shows it on one line: runs of white space one space."""
    text = _WIDE_BREAK.sub("", text)
    return SPACE.sub(" ", text.replace("\u00a0", " ")).strip(" 　")


# A line break in the page's source between two wide characters, as Word's 另存为网页
# wraps its lines (主要举措\r\n和成效): a browser shows nothing there (CSS Text's
# segment break rule), where between other characters it shows a space.
_WIDE = r"[\p{Han}\u3000-\u303f\uff01-\uff60\u2014\u2018-\u201d\u2026]"
_WIDE_BREAK = regex.compile(rf"(?<={_WIDE})[ \t]*(?:\r\n?|\n)[ \t\r\n]*(?={_WIDE})")


def own_han(node: LexborNode) -> int:
    """Han characters in ``node``'s text, not counting those inside links."""
    total = han(node.text(deep=True))
    links = sum(han(a.text(deep=True)) for a in node.css("a"))
    return total - links


# A sentence's end: lines holding one are the report's prose, not its furniture.
SENTENCE_END = regex.compile(r"[。！？；]")


def han(text: str) -> int:
    """How many Han characters ``text`` holds (deleting the rest is the fastest count)."""
    return len(_NOT_HAN.sub("", text))


def prose_han(node: LexborNode) -> int:
    """Han characters in ``node``'s text lines that hold a sentence's end."""
    lines = node.text(deep=True, separator="\n").split("\n")
    return han("".join(line for line in lines if SENTENCE_END.search(line)))

"""Which element of a web page holds the report: found by where the text is.

Starting at ``<body>``, descend into the child container that holds nearly all of the
node's non-link Han text (all but a remainder the size of a title, a date strip or a
footer), and stop when the text is spread over several children — those are the report's
paragraphs.  Links do not count, so menus, breadcrumbs and related-article lists never
pull the search their way.  On a page with sentences (lines with 。！？；) the search also
follows them: it never goes into a child without most of them, and goes on into the child
that holds all but a few even when the rest is long, so a plain-text list of titles beside
a short report (热点文章, no links, no 。) neither wins nor joins the article.

Before the search: an ``<iframe srcdoc>``'s page takes the iframe's place; scripts,
styles and form controls go; what the page hides (``display:none``, a copy for phones)
goes unless it holds the page's only sentences; layout elements (``nav``, ``header``,
``footer``, ``aside``, ``form``) and elements with furniture classes go unless they hold
sentences (an ASP.NET page is one ``<form>``; a print area is ``print_content``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from fzbg.read.markup import clean, own_han, parse_html, prose_han

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["find_article"]

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
# What a child may leave out of its parent's text and still be "the article": a title,
# a date strip, a share bar, a footer — a few hundred characters, or a tenth.
_REMAINDER_ABSOLUTE = 240
_REMAINDER_SHARE = 0.1
_MAX_DEPTH = 64

# Han characters in sentences (lines with 。！？；) that make a page's text prose enough to
# search by, and that may stay outside the article when the rest holds no more than
# titles, dates, labels and a signature.
_MIN_PROSE = 60
_REMAINDER_PROSE = 40


_NOTE_MARK = regex.compile(r"^\[?[0-9ivxlcIVXLC*]{1,4}\]?$")
_HIDDEN_STYLE = regex.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")


def _is_furniture(element: LexborNode) -> bool:
    """An element whose class or id names furniture and that holds no article."""
    words = f"{element.attributes.get('class') or ''} {element.attributes.get('id') or ''}"
    return (
        _CHROME_CLASS.search(words) is not None
        and element.tag not in {"body", "html"}
        and prose_han(element) < _KEEP_PROSE
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
    prose = prose_han(body)
    _decompose_where(hidden, lambda element: prose - prose_han(element) >= _MIN_PROSE)


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
        inner = parse_html(frame.attributes.get("srcdoc") or "").body
        if inner is None:
            continue
        holder = parse_html(f"<div>{inner.html or ''}</div>").css_first("div")
        if holder is not None:
            frame.replace_with(holder)


def find_article(tree: LexborHTMLParser) -> LexborNode | None:
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
        if _NOTE_MARK.match(clean(mark.text(deep=True))):
            mark.decompose()
    _drop_hidden(node)
    _decompose_where(node.css(_LAYOUT_TAGS), lambda element: prose_han(element) < _KEEP_PROSE)
    _decompose_where(node.css("[class], [id]"), _is_furniture)
    here, prose = own_han(node), prose_han(node)
    for _ in range(_MAX_DEPTH):
        best, best_han = None, 0
        child = node.child
        while child is not None:
            if child.tag in _CONTAINERS:
                han = own_han(child)
                if han > best_han:
                    best, best_han = child, han
            child = child.next
        if best is None:
            break
        # A page with sentences is also searched by where they are: a list of titles
        # beside a report (热点文章 as plain text: long, even longer than a short report,
        # but without a 。) is never the article, and need not stay in it.
        by_prose = prose >= _MIN_PROSE
        best_prose = prose_han(best) if by_prose else 0
        if by_prose and 2 * best_prose < prose:
            best = _child_with_the_prose(node, prose)
        elif here - best_han > max(_REMAINDER_ABSOLUTE, _REMAINDER_SHARE * here):
            best = _child_with_the_prose(node, prose) if by_prose else None
        if best is None:
            break
        node, here, prose = best, own_han(best), prose_han(best)
    return node


def _child_with_the_prose(node: LexborNode, prose: int) -> LexborNode | None:
    """The child of ``node`` (which holds ``prose``) with all but a few of its sentences."""
    best, best_prose = None, 0
    child = node.child
    while child is not None:
        if child.tag in _CONTAINERS and (child_prose := prose_han(child)) > best_prose:
            best, best_prose = child, child_prose
        child = child.next
    return best if prose - best_prose <= _REMAINDER_PROSE else None

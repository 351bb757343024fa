"""HTML a scraper left in a report's text: its tags and its character references.

A page scraped without an HTML parser, or copied out of a content system's source view,
keeps some of its markup in the text: a paragraph's tags around a heading
(``<p>一、主要举措</p>``), line breaks written as ``<br>``, styling spans, and quotation
marks and dashes as references (``&ldquo;放管服&rdquo;``, ``&#8220;``).  The later stages
read lines and the genre's punctuation, so a heading behind ``<p>`` is no heading and a
slogan in ``&ldquo;…&rdquo;`` no slogan.

:func:`unmark` runs with layout recovery, before any span is taken: a block tag
(paragraph, division, line break, table row or cell, list item, heading) becomes a line
break, any other tag of HTML's names goes, and a character reference becomes its
character (a reference escaped twice, ``&amp;ldquo;``, too).  References to white space
(``&nbsp;``) that indent a line become the white space they stand for (a page that
writes every indent so must read as one that indents with spaces); elsewhere in a line
they are the page stage's inline debris (:mod:`fzbg.page.debris`), kept there with their
spans.  Only HTML's own tag names count as tags, so ``<5%`` or a bracketed word stays
text.
"""

from __future__ import annotations

import html
import re
from html.entities import html5

from fzbg.genre.chrome import SPACE_REFERENCES
from fzbg.read.markup import BLOCKS
from fzbg.text.normalize import normalize

__all__ = ["unmark"]

# Tags whose box stands on its own lines, as the web-page reader knows them (sorted: the
# same pattern on every run): what they held was a paragraph or a line.
_BLOCK = "|".join(sorted(BLOCKS))
# Inline tags: they style words inside a line and go without a trace.
_INLINE = "span|font|strong|b|i|em|u|a|img|sub|sup|small|big|strike|s|o:p|label"
_ATTRIBUTES = r"(?:\s[^<>\n]{0,400}?)?\s*/?>"  # (the tag's name is whole: <p> is no <pre>)
# A run of block tags with the white space around them: one line break.  (Tags on lines
# of their own, "</p>\n<p>", make no blank lines; the spaces after the run indent a line.)
_BLOCK_RUN = re.compile(
    rf"\s*(?:</?(?:{_BLOCK}){_ATTRIBUTES}\s*)*</?(?:{_BLOCK}){_ATTRIBUTES}(?:[ \t]*\n)?",
    re.IGNORECASE,
)
_INLINE_TAG = re.compile(rf"</?(?:{_INLINE}){_ATTRIBUTES}", re.IGNORECASE)
# A named or numeric character reference (``&ldquo;``, ``&#8220;``, ``&#x201C;``), the
# semicolon required: a bare ``&`` in a report's words is no reference.
_NAME = r"(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});"
_REFERENCE = re.compile(rf"&{_NAME}")
# A reference escaped twice, by a system that escaped a page's source as text
# (&amp;nbsp;, &amp;ldquo;): its ampersand written as &amp;, once or more.
_ESCAPED_TWICE = re.compile(rf"&(?:amp;)+(?={_NAME})", re.IGNORECASE)
# White space written as a reference: the inline-debris rule for indentation reads these.
_SPACES = frozenset(SPACE_REFERENCES)
# A line's indentation written as white-space references (&nbsp;&nbsp;一、…), and the
# normalised white space each stands for.
_SPACE_REF = "|".join(map(re.escape, SPACE_REFERENCES))
_INDENT_REFS = re.compile(
    rf"^[ \t\u3000]*(?:{_SPACE_REF})(?:[ \t\u3000]|{_SPACE_REF})*", re.MULTILINE
)
_AS_SPACE = {ref: normalize(html.unescape(ref)) for ref in SPACE_REFERENCES}


def unmark(text: str, places: list[str]) -> str:
    r"""``text`` with HTML tags and character references taken out of it.

    Block tags become line breaks, other tags go, references become their characters
    (white-space references stay for the page stage).  A short excerpt of each place
    changed is appended to ``places``.

    >>> places: list[str] = []
    >>> print(unmark("<p>一、主要举措</p>\n<p>开展&ldquo;法律进社区&rdquo;活动<b>12</b>场。"
    ...              "<br/>二、不足</p>", places))
    一、主要举措
    开展“法律进社区”活动12场。
    二、不足
    <BLANKLINE>
    >>> len(places), unmark("增长<5%,A&B公司", [])
    (8, '增长<5%,A&B公司')
    >>> unmark("&nbsp;&nbsp;一、主要举措", [])
    '  一、主要举措'
    >>> unmark("&amp;ldquo;放管服&amp;rdquo;改革,A&amp;B", [])
    '“放管服”改革,A&B'

    """
    if "<" in text:
        text = _INLINE_TAG.sub(lambda m: _cut(m, places, ""), text)
        text = _BLOCK_RUN.sub(lambda m: _cut(m, places, "\n" if m.start() else ""), text)
    if "&" in text:
        if "&amp;" in text.lower():
            text = _ESCAPED_TWICE.sub(lambda m: _cut(m, places, "&"), text)
        text = _INDENT_REFS.sub(lambda m: _indent(m, places), text)
        text = _REFERENCE.sub(lambda m: _reference(m, places), text)
    return text


def _cut(found: re.Match[str], places: list[str], by: str) -> str:
    places.append(found.group().strip())
    return by


def _indent(found: re.Match[str], places: list[str]) -> str:
    places.append(found.group().strip())
    return re.sub(_SPACE_REF, lambda ref: _AS_SPACE[ref.group()], found.group())


def _reference(found: re.Match[str], places: list[str]) -> str:
    written = found.group()
    if written.lower() in _SPACES:
        return written
    # A name HTML does not know is words that look like a reference; html.unescape would
    # read a known prefix of it (&copy2; as ©2;).
    character = html.unescape(written) if written[1] == "#" else html5.get(written[1:])
    if character is None:
        return written
    places.append(written)
    return character

"""Word documents: a ``.docx`` report as text, automatic numbering included (``fzbg[docx]``).

Word keeps the numbers of an automatically numbered list out of the paragraph's text:
the paragraph only says "numbering instance 3, level 1", and the definitions in
``numbering.xml`` say that level 1 counts ``chineseCounting`` with the text ``（%2）``.
A report whose headings are numbered that way would lose every ``一、`` and ``（一）``, so
:func:`docx_to_text` counts the lists the way Word does and writes each marker back in
front of its paragraph:

- a paragraph is numbered by its own ``w:numPr``, else by its paragraph style's (and the
  styles that style is based on);
- instances (``w:num``) of one list definition (``w:abstractNum``) share their counters,
  except where an instance restarts a level (``w:lvlOverride/w:startOverride``);
- a level counts on from its ``w:start``; numbering a level restarts every level below it;
- ``%1``…``%9`` in a level's text stand for the current count of that level, in that
  level's format (``decimal``, ``chineseCounting``, ``decimalEnclosedCircle``, …); bullets
  are not numbers and are left out.

Tables come out one row a line, cells separated by a tab, except a table of one column,
a frame around text, whose paragraphs come out one a line.  Line breaks (Shift+Enter) end
lines, except in the first paragraph when it is a title laid out over lines.  Headers,
footers, footnotes, text boxes (but one holding the title above the body's first text)
and hidden text are left out.  A paragraph numbered by a
style that names the list but not the level is at the level that names that style
(``w:lvl/w:pStyle``), and a list made from a multilevel list style (``w:numStyleLink``)
counts with that style's list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from fzbg.errors import MissingExtraError, UnsupportedFormatError

__all__ = ["docx_to_text", "format_number"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def qn(tag: str) -> str:
    """The Clark name of a ``w:`` tag: ``w:p`` → ``{…/main}p``."""
    return _W + tag.removeprefix("w:")


_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "".join(chr(c) for c in range(0x2460, 0x2474))  # ①…⑳
_PARENTHESISED = "".join(chr(c) for c in range(0x2474, 0x2488))  # ⑴…⒇
_FULL_STOP = "".join(chr(c) for c in range(0x2488, 0x249C))  # ⒈…⒛
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def _chinese(n: int, digits: str = _CN_DIGITS, ten: str = "十") -> str:
    """``n`` as the genre counts: 一 … 十, 十一, 二十, 二十一 … 九十九, then digit by digit."""
    if 0 <= n < 10:
        return digits[n]
    if 10 <= n < 100:
        tens, ones = divmod(n, 10)
        return (digits[tens] if tens > 1 else "") + ten + (digits[ones] if ones else "")
    return "".join(digits[int(d)] for d in str(n))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _letters(n: int) -> str:
    """Word's letter numbering: A … Z, AA … ZZ, AAA …."""
    repeat, index = divmod(n - 1, 26)
    return chr(ord("A") + index) * (repeat + 1)


def _from_table(table: str, n: int) -> str:
    return table[n - 1] if 1 <= n <= len(table) else str(n)


# Counts from here on are written in digits in every format (Word's own lists stop
# at 32767; roman numerals and letters of a huge count would be as long as it is large).
_MAX_SPELLED = 32768


def format_number(n: int, fmt: str) -> str:
    """Write the count ``n`` in the Word number format ``fmt`` (``w:numFmt/@w:val``).

    Args:
        n: The count, from 1 (0 where a list starts at 0).
        fmt: The format: ``decimal``, ``chineseCounting``, ``upperRoman`` …; an unknown
            format counts in decimal.

    Returns:
        The number as Word shows it; empty for ``bullet`` and ``none``.

    Example:
        >>> [format_number(n, "chineseCounting") for n in (1, 10, 12, 20, 21)]
        ['一', '十', '十二', '二十', '二十一']
        >>> format_number(3, "decimalEnclosedCircle"), format_number(4, "lowerRoman")
        ('③', 'iv')

    """
    if fmt in {"bullet", "none"}:
        return ""
    if fmt in {
        "chineseCounting",
        "chineseCountingThousand",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "japaneseCounting",
    }:
        return _chinese(n)
    if fmt == "chineseLegalSimplified":
        return _chinese(n, _CN_LEGAL, "拾")
    if fmt in {"ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"}:
        return "".join(_CN_DIGITS[int(d)].replace("零", "〇") for d in str(n))
    tables = {
        "ideographTraditional": _TIANGAN,
        "ideographZodiac": _DIZHI,
        "decimalEnclosedCircle": _CIRCLED,
        "decimalEnclosedCircleChinese": _CIRCLED,
        "decimalEnclosedParen": _PARENTHESISED,
        "decimalEnclosedFullstop": _FULL_STOP,
    }
    if fmt in tables:
        return _from_table(tables[fmt], n)
    if n >= _MAX_SPELLED:  # a count no list reaches: spelled out, it would be huge
        return str(n)
    if fmt in {"upperRoman", "lowerRoman"} and n > 0:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in {"upperLetter", "lowerLetter"} and n > 0:
        letters = _letters(n)
        return letters if fmt == "upperLetter" else letters.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in {"decimalFullWidth", "decimalFullWidth2"}:
        return str(n).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})
    return str(n)


@attrs.frozen
class _Level:
    start: int
    fmt: str
    text: str
    suffix: str
    legal: bool
    style: str | None = None


def _val(element: Any, tag: str, default: str | None = None) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    if child is None:
        return default
    value = child.get(qn("w:val"))
    return default if value is None else str(value)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _levels(element: Any) -> dict[int, _Level]:
    levels = {}
    for lvl in element.findall(qn("w:lvl")):
        ilvl = _int(lvl.get(qn("w:ilvl")), 0)
        levels[ilvl] = _Level(
            start=_int(_val(lvl, "w:start"), 1),
            fmt=_val(lvl, "w:numFmt", "decimal") or "decimal",
            text=_val(lvl, "w:lvlText", "") or "",
            suffix=_val(lvl, "w:suff", "tab") or "tab",
            legal=lvl.find(qn("w:isLgl")) is not None,
            style=_val(lvl, "w:pStyle"),
        )
    return levels


@attrs.define
class _Numbering:
    """The list definitions of a document and the running counts, as Word keeps them."""

    abstract: dict[str, dict[int, _Level]] = attrs.Factory(dict)
    nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = attrs.Factory(dict)
    counts: dict[str, list[int | None]] = attrs.Factory(dict)
    started: set[str] = attrs.Factory(set)

    @classmethod
    def of(cls, document: Any, styles: dict[str, Any] | None = None) -> _Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        links: dict[str, str] = {}  # abstractNumId → the numbering style it stands for
        for element in root.findall(qn("w:abstractNum")):
            abstract_id = str(element.get(qn("w:abstractNumId")))
            numbering.abstract[abstract_id] = _levels(element)
            link = _val(element, "w:numStyleLink")
            if link:
                links[abstract_id] = link
        for num in root.findall(qn("w:num")):
            starts, levels = {}, {}
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = _int(override.get(qn("w:ilvl")), 0)
                start = _val(override, "w:startOverride")
                if start is not None:
                    starts[ilvl] = _int(start, 1)
                levels.update(_levels(override))
            numbering.nums[str(num.get(qn("w:numId")))] = (
                str(_val(num, "w:abstractNumId", "")),
                starts,
                levels,
            )
        numbering._follow_style_links(links, styles or {})
        return numbering

    def _follow_style_links(self, links: dict[str, str], styles: dict[str, Any]) -> None:
        """Point instances of a list that only names a numbering style at that style's list.

        A list made from a multilevel list style (``w:numStyleLink``) has no levels of its
        own: they, and the counts, are those of the list the style numbers with.
        """
        target: dict[str, str] = {}
        for abstract_id, style_id in links.items():
            style = styles.get(style_id)
            ppr = style.find(qn("w:pPr")) if style is not None else None
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            num_id = _val(num_pr, "w:numId")
            if num_id in self.nums and self.nums[num_id][0] != abstract_id:
                target[abstract_id] = self.nums[num_id][0]
        for num_id, (abstract_id, starts, levels) in list(self.nums.items()):
            if abstract_id in target:
                self.nums[num_id] = (target[abstract_id], starts, levels)

    def marker(self, num_id: str, ilvl: int | None, style_id: str | None = None) -> str:
        """Count a paragraph of list ``num_id`` at level ``ilvl``; return its marker.

        A paragraph numbered by its style without a level is at the level whose
        ``w:pStyle`` is that style (a list linked to Heading 1, Heading 2 …), else at 0.
        """
        if num_id not in self.nums:
            return ""
        abstract_id, starts, overrides = self.nums[num_id]
        levels = {**self.abstract.get(abstract_id, {}), **overrides}
        if ilvl is None:
            linked = [k for k, level in levels.items() if style_id and level.style == style_id]
            ilvl = min(linked) if linked else 0
        if not 0 <= ilvl < 9:
            return ""
        counts = self.counts.setdefault(abstract_id, [None] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for restarted in starts:
                if 0 <= restarted < 9:
                    counts[restarted] = None
        level = levels.get(ilvl)
        if level is None:
            return ""
        current = counts[ilvl]
        counts[ilvl] = starts.get(ilvl, level.start) if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = None
        return self._render(level, levels, counts, starts)

    @staticmethod
    def _render(
        level: _Level, levels: dict[int, _Level], counts: list[int | None], starts: dict[int, int]
    ) -> str:
        if level.fmt in {"bullet", "none"}:
            return ""
        text = level.text
        for k in range(9):
            placeholder = f"%{k + 1}"
            if placeholder not in text:
                continue
            other = levels.get(k)
            count = counts[k]
            if count is None:  # a higher level never numbered: Word shows its start
                count = starts.get(k, other.start if other else 1)
            fmt = "decimal" if level.legal or other is None else other.fmt
            text = text.replace(placeholder, format_number(count, fmt))
        if not text:
            return ""
        # Word puts a tab (or a space) between marker and text; the genre's markers end
        # in their own punctuation (一、 （一）), others get a space so 1. and 2021 stay apart.
        if level.suffix != "nothing" and not text.endswith(("、", "）", ")", "．", "，")):
            text += " "
        return text


def _paragraph_numbering(
    paragraph: Any, styles: dict[str, Any]
) -> tuple[str, int | None, str | None] | None:
    """The ``(numId, ilvl, styleId)`` of a paragraph, from its own properties or its style's.

    The level is None when a style numbers the paragraph without saying which level.
    """
    ppr = paragraph.find(qn("w:pPr"))
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    # The paragraph's own numPr may give the list, the level, or both (a heading that
    # only moves its style's list to another level); what it leaves out its style gives.
    num_id, ilvl = _val(num_pr, "w:numId"), _val(num_pr, "w:ilvl")
    if num_id is not None and ilvl is None:
        ilvl = "0"  # a paragraph's own list without a level is at level 0
    style_id = paragraph_style = _val(ppr, "w:pStyle")
    seen: set[str] = set()
    while num_id is None and style_id and style_id not in seen:
        seen.add(style_id)
        style = styles.get(style_id)
        if style is None:
            break
        style_ppr = style.find(qn("w:pPr"))
        style_num_pr = style_ppr.find(qn("w:numPr")) if style_ppr is not None else None
        if style_num_pr is not None:
            num_id = _val(style_num_pr, "w:numId")
            ilvl = ilvl if ilvl is not None else _val(style_num_pr, "w:ilvl")
        style_id = _val(style, "w:basedOn")
    if num_id is None or num_id == "0":
        return None
    return num_id, None if ilvl is None else _int(ilvl, 0), paragraph_style


# The runs' characters, in order; not tab stops (w:pPr/w:tabs/w:tab), not the text boxes
# anchored in the paragraph (w:txbxContent), not tracked deletions (w:delText is not w:t)
# nor the old place of moved text (w:moveFrom), not hidden text (w:vanish), not the
# placeholder a template's empty content control shows (单击或点击此处输入文字。).
_RUN_CONTENT = (
    ".//w:r[not(ancestor::w:txbxContent) and not(ancestor::w:moveFrom)"
    " and not(w:rPr/w:vanish[not(@w:val) or not(@w:val='0' or @w:val='false'"
    " or @w:val='off')]) and not(ancestor::w:sdt[w:sdtPr/w:showingPlcHdr])]"
    "/*[self::w:t or self::w:tab or self::w:br or self::w:cr or self::w:noBreakHyphen]"
)


def _paragraph_text(paragraph: Any) -> str:
    parts = []
    for element in paragraph.xpath(_RUN_CONTENT):
        tag = element.tag
        if tag == qn("w:t"):
            parts.append(element.text or "")
        elif tag == qn("w:tab"):
            parts.append("\t")
        elif tag == qn("w:noBreakHyphen"):
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def _iter_blocks(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables of ``parent`` in order, inside content controls and custom XML."""
    for child in parent.iterchildren():
        if child.tag in {qn("w:p"), qn("w:tbl")}:
            yield child
        elif child.tag == qn("w:sdt"):
            properties = child.find(qn("w:sdtPr"))
            if properties is not None and properties.find(qn("w:showingPlcHdr")) is not None:
                continue  # an empty control showing its placeholder (单击此处输入文字)
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _iter_blocks(content)
        elif child.tag == qn("w:customXml"):  # an office system's tags around paragraphs
            yield from _iter_blocks(child)


def docx_to_text(path: Path, *, name: str | None = None) -> str:
    r"""Read a Word document's text, rebuilding its automatic list numbers.

    Args:
        path: The ``.docx`` file.
        name: What to call it in error messages; its path by default.

    Returns:
        The body's text, one paragraph a line, each numbered paragraph with its marker
        (``一、``, ``（一）``, ``1.``) written in front.

    Raises:
        MissingExtraError: python-docx is not installed.
        UnsupportedFormatError: The file is not a Word 2007+ document.

    Example:
        >>> import tempfile, docx
        >>> document = docx.Document()
        >>> _ = document.add_paragraph("一、主要举措和成效")
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     document.save(f"{folder}/报告.docx")
        ...     docx_to_text(Path(f"{folder}/报告.docx"))
        '一、主要举措和成效\n'

    """
    try:
        import docx  # noqa: PLC0415 - an optional extra
    except ImportError as error:
        raise MissingExtraError(
            "reading .docx files needs python-docx: pip install 'fzbg[docx]'"
        ) from error
    label = name or str(path)
    try:
        document = docx.Document(str(path))
    except Exception as error:  # zip, XML and package errors alike: not a Word file
        raise UnsupportedFormatError(
            f"{label}: not a Word 2007+ (.docx) document ({type(error).__name__}: {error})"
        ) from error
    styles = {
        str(style.get(qn("w:styleId"))): style
        for style in document.styles.element.findall(qn("w:style"))
    }
    numbering = _Numbering.of(document, styles)
    lines: list[str] = []
    for block in _iter_blocks(document.element.body):
        if block.tag == qn("w:p"):
            line = _numbered(block, numbering, styles)
            if not any(x.strip() for x in lines):
                lines.extend(_title_in_text_box(block))
                line = _one_line_title(line)
            lines.append(line)
        else:
            lines.extend(_table_rows(block, numbering, styles))
    return "\n".join(lines) + "\n" if lines else ""


# Text boxes, once: Word writes each twice, as a drawing (mc:Choice) and as VML for
# older readers (mc:Fallback).
_TEXT_BOXES = ".//w:txbxContent[not(ancestor::*[local-name()='Fallback'])]"
_REPORT_WORDS = re.compile(r"报告|总结")


def _title_in_text_box(paragraph: Any) -> list[str]:
    """The title, when a text box above the body's first text holds it.

    Text boxes are left out of the text (a red letterhead, a stamp, a page number in
    a frame), except one anchored before any text of the body that names a report
    (报告, 总结): a title set in a text box, its lines joined.
    """
    for box in paragraph.xpath(_TEXT_BOXES):
        text = "".join(t.text or "" for t in box.iter(qn("w:t"))).strip()
        if _REPORT_WORDS.search(text) and len(text) <= _MAX_TITLE:
            return [text]
    return []


# What a title broken over lines never holds: a sentence's punctuation, or a date.
_NOT_A_TITLE = re.compile(r"[。；，：;:,]|[0-9]{4}\s*年\s*[0-9]{1,2}\s*月")
_MAX_TITLE = 60


def _one_line_title(line: str) -> str:
    """The document's first paragraph as one line when it is a title laid out in lines.

    A long title is broken over two or three lines with Shift+Enter; those breaks only
    lay it out.  A first paragraph with a sentence's punctuation or a date is not such a
    title and keeps its lines.
    """
    if "\n" not in line or _NOT_A_TITLE.search(line):
        return line
    parts = [part.strip() for part in line.split("\n")]
    joined = "".join(parts)
    return joined if 0 < len(joined) <= _MAX_TITLE else line


def _numbered(paragraph: Any, numbering: _Numbering, styles: dict[str, Any]) -> str:
    text = _paragraph_text(paragraph)
    where = _paragraph_numbering(paragraph, styles)
    return numbering.marker(*where) + text if where else text


def _has_text(cell: Any) -> bool:
    return any((t.text or "").strip() for t in cell.iter(qn("w:t")))


def _table_rows(table: Any, numbering: _Numbering, styles: dict[str, Any]) -> list[str]:
    """A table one row a line, cells separated by a tab.

    A table with text in no more than one cell of a row is the page's frame, not data
    (a report typed into a table cell, beside an empty margin column; a boxed note):
    its paragraphs come out one a line, as in the body.
    """
    rows = []
    if all(
        sum(_has_text(cell) for cell in row.iterchildren(qn("w:tc"))) <= 1
        for row in table.iterchildren(qn("w:tr"))
    ):
        for cell in table.iterfind(f"{qn('w:tr')}/{qn('w:tc')}"):
            if not _has_text(cell):  # the margin beside the text
                continue
            for block in _iter_blocks(cell):
                if block.tag == qn("w:p"):
                    rows.append(_numbered(block, numbering, styles))
                else:
                    rows.extend(_table_rows(block, numbering, styles))
        return rows
    for row in table.iterchildren(qn("w:tr")):
        cells = []
        for cell in row.iterchildren(qn("w:tc")):
            texts = []
            for block in _iter_blocks(cell):
                if block.tag == qn("w:p"):
                    texts.append(_numbered(block, numbering, styles))
                else:
                    texts.extend(_table_rows(block, numbering, styles))
            cells.append(" ".join(t.strip() for t in texts if t.strip()))
        rows.append("\t".join(cells))
    return rows

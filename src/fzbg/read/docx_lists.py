"""Word's automatic list numbering, counted the way Word counts it.

A numbered paragraph holds only "numbering instance 3, level 1"; the definitions in
``numbering.xml`` say how that level counts.  :class:`Numbering` keeps the definitions and
the running counts and gives each paragraph its marker (see :mod:`fzbg.read.docx`).
"""

from __future__ import annotations

from typing import Any

import attrs

from fzbg.read.numbering import format_number

__all__ = ["Numbering", "paragraph_numbering", "qn"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def qn(tag: str) -> str:
    """The Clark name of a ``w:`` tag: ``w:p`` → ``{…/main}p``."""
    return _W + tag.removeprefix("w:")


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
class Numbering:
    """The list definitions of a document and the running counts, as Word keeps them."""

    abstract: dict[str, dict[int, _Level]] = attrs.Factory(dict)
    nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = attrs.Factory(dict)
    counts: dict[str, list[int | None]] = attrs.Factory(dict)
    started: set[str] = attrs.Factory(set)

    @classmethod
    def of(cls, document: Any, styles: dict[str, Any] | None = None) -> Numbering:
        """The list definitions of ``document`` (a python-docx Document), no counts yet."""
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


def paragraph_numbering(
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

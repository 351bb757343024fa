"""The text :func:`fzbg.page.wraps.unwrap` writes: wraps joined, paragraphs split.

A paragraph that a page's foot broke in two has the page's furniture between its halves
(``— 3 —``, a running head).  When the halves are joined, the furniture is held and
written after the paragraph, each line on a line of its own, so that nothing is lost and
the page stage cuts it as it cuts any furniture.
"""

from __future__ import annotations

from fzbg.page.gaps import BREAKS

__all__ = ["JoinedText", "past_furniture"]


class JoinedText:
    r"""The unwrapped text as it is written, and the page furniture a join carried past.

    Example:
        >>> text = "全年开展培\n— 3 —\n训8次。\n二、存在的问题"
        >>> joined = JoinedText(text)
        >>> joined.join(5, 12, "", ["— 3 —"])
        >>> joined.end_paragraph(16)
        >>> print(joined.done())
        全年开展培训8次。
        — 3 —
        二、存在的问题

    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[str] = []
        self.copied = 0
        self.held: list[str] = []

    def join(self, at: int, end: int, joiner: str, furniture: list[str]) -> None:
        """Drop the break from ``at`` to ``end``; hold the furniture lines it held."""
        self.out += [self.text[self.copied : at], joiner]
        self.copied = end
        self.held += furniture

    def split(self, at: int, end: int) -> None:
        """Put a line break in place of the space from ``at`` to ``end``."""
        self.out.append(self.text[self.copied : at])
        self.release()
        self.out.append("\n")
        self.copied = end

    def end_paragraph(self, at: int) -> None:
        """A paragraph ends at ``at``: the furniture held from inside it follows it."""
        if self.held:
            self.out.append(self.text[self.copied : at])
            self.copied = at
            self.release()

    def release(self) -> None:
        """Write the held furniture, each on a line of its own."""
        self.out += ("\n" + line for line in self.held)
        self.held = []

    def done(self) -> str:
        """The whole text: what is left, and at its end the furniture still held."""
        tail = self.text[self.copied :]
        body = tail.rstrip()
        self.out.append(body)
        self.release()
        self.out.append(tail[len(body) :])
        return "".join(self.out)


def past_furniture(text: str, end: int, furniture: dict[int, int]) -> tuple[int, list[str]]:
    r"""Where the text goes on after the furniture lines opening at ``end``, and those lines.

    Args:
        text: The text.
        end: Where a line opens.
        furniture: Where each line of furniture opens → where it ends (see
            :func:`fzbg.page.furniture.furniture_lines`).

    Returns:
        Where the first line after the furniture opens (after its indentation; the end of
        the text when none follows), and the furniture's lines, with their indentation.

    Example:
        >>> text = "全年开展培\n— 3 —\n  内部资料\n训8次。"
        >>> past_furniture(text, 6, {6: 11, 14: 18})
        (19, ['— 3 —', '  内部资料'])
        >>> past_furniture(text, 19, {6: 11, 14: 18})
        (19, [])

    """
    lines: list[str] = []
    while end in furniture:
        stop = furniture[end]
        lines.append(text[text.rfind("\n", 0, end) + 1 : stop])  # with its indentation
        gap = BREAKS.match(text, stop)  # the breaks after the line
        if gap is None:
            return len(text), lines  # the text ends with furniture
        end = gap.end()
    return end, lines

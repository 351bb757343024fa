"""Every error fzbg raises is a :class:`FzbgError`; messages name the input and the place."""

from __future__ import annotations

import unicodedata

__all__ = [
    "DecodeError",
    "FzbgError",
    "MissingExtraError",
    "NoTextLayerError",
    "SourceNotFoundError",
    "StrictModeError",
    "UnsupportedFormatError",
    "caret",
    "point_at",
]


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: two for wide and full-width characters."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def caret(line: str, start: int, end: int | None = None) -> str:
    r"""Draw carets under ``line[start:end]``, padded for double-width characters.

    Args:
        line: One line of text, without its line break.
        start: Where the marked part begins in ``line``.
        end: Where it ends; one character when None or not after ``start``.

    Returns:
        Spaces up to the column of ``start``, then one ``^`` per column of the marked part
        (at least one).

    Example:
        >>> print("（一）加强领导" + "\n" + caret("（一）加强领导", 3, 5))
        （一）加强领导
              ^^^^

    """
    start = max(0, min(start, len(line)))
    end = start + 1 if end is None or end <= start else min(end, len(line))
    return " " * _width(line[:start]) + "^" * max(1, _width(line[start:end]))


def point_at(text: str, start: int, end: int | None = None, *, name: str = "<text>") -> str:
    r"""Say where ``text[start:end]`` is: the name, line and column, the line, and carets.

    Args:
        text: The whole text.
        start: Offset of the place in ``text``.
        end: Offset where it ends (one character when None).
        name: What the text is called in the message: a path, ``<bytes>``, ``<text>``.

    Returns:
        ``name, line L, column C:`` then the line (shortened around the place when long)
        and carets under the place, each indented by four spaces.

    Example:
        >>> print(point_at("一、总体情况\n(二加强领导", 8, 10, name="报告.txt"))
        报告.txt, line 2, column 2:
            (二加强领导
             ^^^^

    """
    start = max(0, min(start, len(text)))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line_no = text.count("\n", 0, start) + 1
    column = start - line_start
    end = min(end if end is not None else start + 1, line_end)
    # Keep long lines readable: at most 30 characters either side of the place.
    left = max(line_start, start - 30)
    right = min(line_end, max(end, start) + 30)
    shown = text[left:right]
    marks = caret(shown, start - left, end - left)
    return f"{name}, line {line_no}, column {column + 1}:\n    {shown}\n    {marks}"


class FzbgError(Exception):
    """Base class of every error fzbg raises on purpose."""


class DecodeError(FzbgError, ValueError):
    """Bytes that no supported encoding decodes; the message lists what was tried.

    :attr:`name` is the input's name (a path or ``<bytes>``), :attr:`tried` the encodings
    tried in order, and :attr:`offset` the first byte that the most likely one could not
    decode (None when unknown).
    """

    def __init__(
        self,
        message: str,
        *,
        name: str = "<bytes>",
        tried: tuple[str, ...] = (),
        offset: int | None = None,
    ) -> None:
        super().__init__(message)
        self.name = name
        self.tried = tried
        self.offset = offset


class UnsupportedFormatError(FzbgError, ValueError):
    """A file whose suffix fzbg cannot read."""


class SourceNotFoundError(FzbgError, FileNotFoundError):
    """A path that does not exist or is not a file."""


class MissingExtraError(FzbgError, ImportError):
    """An optional dependency is needed; the message names the extra to install."""


class NoTextLayerError(FzbgError, ValueError):
    """A PDF with no text layer (a scan) while OCR (``fzbg[ocr]``) is not installed.

    The message names the file and the extra to install.
    """


class StrictModeError(FzbgError):
    """Raised by ``parse_report(..., strict=True)`` when the parser had to work around something.

    :attr:`diagnostics` holds everything it saw.
    """

    def __init__(self, message: str, diagnostics: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics

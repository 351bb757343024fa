"""The record every reader returns: a source made into text, with what the page stated."""

from __future__ import annotations

import attrs

__all__ = ["Source"]


@attrs.frozen
class Source:
    """A source made into text, with what error messages need to name it.

    Example:
        >>> source = Source("一、主要举措", "报告.html", fields=(("来源", "区司法局"),))
        >>> dict(source.fields)["来源"]
        '区司法局'

    """

    text: str
    """The decoded text, not yet normalised (see :func:`fzbg.normalize`)."""
    name: str
    """What to call the input in messages: its path, ``<bytes>`` or ``<text>``."""
    encoding: str | None = None
    """The encoding the bytes were decoded from; None for a ``str`` or a Word file."""
    format: str = "text"
    """What the input was read as: ``text``, ``html`` or ``docx``."""
    fields: tuple[tuple[str, str], ...] = ()
    """Labelled metadata the reader found outside the text, as ``(label, value)`` pairs in
    the page's own labels: a web page's ``("发布时间", "2024-12-13")`` and ``("来源",
    "某县司法局")`` from its ``<meta>`` tags or its date strip; empty for a ``str`` (unless
    misread), bytes, a text or a Word file.  :func:`fzbg.parse_report` reads them as it
    reads the labelled fields of the text (``发布时间：…`` above a report), before them: a
    reader's field wins over the same label in the text.  Three fields say how the input was read:
    ``("read-as", …)`` when its content named another format than its suffix,
    ``("decode-replaced", "utf-8: bytes 19012, 19013")`` when bytes that fit no
    character were read as U+FFFD, and ``("misread-text", "utf-8")`` when a ``str`` was
    a report's bytes read as Latin-1 and was read again (each a diagnostic of the report)."""

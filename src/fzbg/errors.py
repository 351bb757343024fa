"""Every error fzbg raises is a :class:`FzbgError`; messages name the input and the place."""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "FzbgError",
    "MissingExtraError",
    "SourceNotFoundError",
    "StrictModeError",
    "UnsupportedFormatError",
]


class FzbgError(Exception):
    """Base class of every error fzbg raises on purpose."""


class DecodeError(FzbgError, ValueError):
    """Bytes that no supported encoding decodes; the message lists what was tried."""


class UnsupportedFormatError(FzbgError, ValueError):
    """A file whose suffix fzbg cannot read."""


class SourceNotFoundError(FzbgError, FileNotFoundError):
    """A path that does not exist or is not a file."""


class MissingExtraError(FzbgError, ImportError):
    """An optional dependency is needed; the message names the extra to install."""


class StrictModeError(FzbgError):
    """Raised by ``parse_report(..., strict=True)`` when the parser had to work around something.

    :attr:`diagnostics` holds everything it saw.
    """

    def __init__(self, message: str, diagnostics: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics

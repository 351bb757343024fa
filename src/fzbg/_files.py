"""Files for the command line: which files a directory holds, and a file's report."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from fzbg.api import parse_report
from fzbg.errors import DecodeError, SourceNotFoundError
from fzbg.model import Report

__all__ = ["iter_files", "read_report"]

# Tried in order on a file without a byte-order mark; GB18030 decodes GBK and GB2312 too.
_ENCODINGS = ("utf-8", "gb18030")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def read_report(path: Path) -> Report:
    """Parse the report in the file at ``path``.

    Raises:
        SourceNotFoundError: When ``path`` is not a file.
        DecodeError: When no supported encoding decodes it.
        OSError: When it cannot be read.

    """
    if not path.is_file():
        what = "is a directory" if path.is_dir() else "does not exist"
        raise SourceNotFoundError(f"{path}: {what}")
    return parse_report(_decode(path.read_bytes(), path))


def _decode(data: bytes, path: Path) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    tried = ", ".join(_ENCODINGS)
    raise DecodeError(f"{path}: not text in any supported encoding (tried {tried})")


def iter_files(directory: Path) -> Iterator[Path]:
    """Every regular file below ``directory``, hidden ones left out, in a stable order."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root, name)

"""Files for the command line: which files a directory holds, and a file's report."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from fzbg.api import parse_report
from fzbg.errors import SourceNotFoundError
from fzbg.model import Report

__all__ = ["iter_files", "read_report"]


def read_report(path: Path) -> Report:
    """Parse the report in the file at ``path`` (``.txt``, a web page, ``.docx``).

    Raises:
        SourceNotFoundError: When ``path`` is not a file.
        DecodeError: When it is empty (there is no report to count as parsed) or cannot
            be decoded.
        FzbgError: When it is of a format fzbg does not read.
        OSError: When it cannot be read.

    """
    if not path.is_file():
        what = "is a directory" if path.is_dir() else "does not exist"
        raise SourceNotFoundError(f"{path}: {what}")
    return parse_report(path)


def iter_files(directory: Path) -> Iterator[Path]:
    """Every regular file below ``directory``, hidden ones left out, in a stable order."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root, name)

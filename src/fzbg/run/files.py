"""Files for the command line: which files a directory holds, and a file's report.

A directory is read the way a person lists it: reports only — a file whose suffix is not
one fzbg reads (a ``README.md``, a script, an image) is left out and counted — hidden
files and folders left out, and names in natural order, ``report2`` before ``report10``.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from fzbg.api import parse_report
from fzbg.errors import SourceNotFoundError
from fzbg.model import Report
from fzbg.read.sources import SUFFIXES

__all__ = ["iter_files", "natural_key", "read_report"]


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


def iter_files(directory: Path, skipped: Counter[str] | None = None) -> Iterator[Path]:
    """Every report file below ``directory``, by its suffix, in natural order.

    Args:
        directory: The folder to walk.
        skipped: When given, counts the files left out because their suffix is not one
            fzbg reads, by suffix in lower case (``""`` for none).  Hidden files
            (``.name``) and folders are left out without being counted.

    Yields:
        The paths of the files whose suffix fzbg reads (:data:`fzbg.read.sources.SUFFIXES`,
        in any case), folder by folder, each folder's names in :func:`natural_key` order.

    Example:
        >>> import tempfile
        >>> tmp = Path(tempfile.mkdtemp())
        >>> for name in ("镇10.txt", "镇2.txt", "README.md"):
        ...     _ = (tmp / name).write_text("一、主要举措", "utf-8")
        >>> skipped = Counter()
        >>> [p.name for p in iter_files(tmp, skipped)], dict(skipped)
        (['镇2.txt', '镇10.txt'], {'.md': 1})

    """
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted((d for d in dirs if not d.startswith(".")), key=natural_key)
        for name in sorted(files, key=natural_key):
            if name.startswith("."):
                continue
            suffix = Path(name).suffix.lower()
            if suffix in SUFFIXES:
                yield Path(root, name)
            elif skipped is not None:
                skipped[suffix] += 1


_DIGITS = re.compile(r"([0-9]+)")


def natural_key(name: str) -> tuple[tuple[int | str, ...], str]:
    """A sort key that orders the numbers in names by value: ``report2`` before ``report10``.

    Runs of ASCII digits compare as numbers and the rest without case; names equal so
    (``a01``, ``a1``) fall back to the name itself, so that the order is total.

    Example:
        >>> sorted(["第10批", "第2批", "第1批"], key=natural_key)
        ['第1批', '第2批', '第10批']

    """
    # split() puts the digit runs at the odd places, so two keys compare str with str
    # and int with int, place by place.
    parts = _DIGITS.split(name)
    return tuple(int(p) if i % 2 else p.casefold() for i, p in enumerate(parts)), name

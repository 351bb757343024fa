"""Run-in parts: a short report's statutory parts run in as 一是 points, then run together.

A town's or a department's report may open each part's paragraph with 一是 and the part's
name (一是主要举措和成效。…… 二是存在的不足。……); a copy that lost the breaks runs
them into one paragraph, where they read as one section's points.  Each is put back on a
line of its own, where the structure stage reads it as a part (see
:mod:`fzbg.structure.parts`), only where two of them at least name parts of two kinds.
"""

from __future__ import annotations

import re

from fzbg.genre.cues import classify_heading
from fzbg.genre.parts import PART_NAME

__all__ = ["run_in_parts"]

# A run-in 一是 after a stop whose words up to their 。 or colon name a part whole.  The
# pattern opens with the literal 是, which re scans for at speed, and reads back.
_RUN_IN_PART = re.compile(
    rf"是(?<=[。;:!?][一二三四五六七八九十]是)(?P<name>{PART_NAME.pattern})[。:]"
)


def run_in_parts(view: str) -> list[tuple[int, int]]:
    """Where a line break goes before each part run in as a point (empty cuts).

    >>> view = "概述。一是主要举措和成效。开展培训。二是存在的不足。宣传弱。"
    >>> run_in_parts(view)
    [(3, 3), (18, 18)]
    """
    if "\n一、" in view or "二是" not in view:
        return []  # a report with 一、 headings has its parts there (found near its start)
    found = list(_RUN_IN_PART.finditer(view))
    if len(found) < 2 or len({classify_heading(m["name"]) for m in found}) < 2:
        return []
    return [(m.start() - 1, m.start() - 1) for m in found]

"""A news story around a reposted report, as the head of its page shows it.

A story's lead hands over to the report with a line of its own (报告全文如下:); the
report's title stands below that line, and the story above it is the page's, for
:mod:`fzbg.page.title` to cut.
"""

from __future__ import annotations

import re

from fzbg.genre.news import NEWS_LEAD_IN
from fzbg.page.title_line import HEADLINE, TITLE

__all__ = ["LEAD_IN", "hands_over", "reposted", "story_above"]

LEAD_IN = re.compile(NEWS_LEAD_IN)
"""报告全文如下: a news story's last line before the report it reposts, title and all."""
_LEAD_LINES = 6  # how far below a story's first line its lead-in may stand


def hands_over(line: str) -> bool:
    """Whether ``line`` (trimmed) is a story's lead-in, alone or after the lead's last sentence.

    >>> hands_over("报告全文如下:"), hands_over("近日,某县公布了年度报告。全文如下:")
    (True, True)
    >>> hands_over("近日,某县公布了年度报告。")
    False
    """
    if LEAD_IN.fullmatch(line):
        return True
    stop = line.rfind("。")
    return 0 <= stop < len(line) - 1 and LEAD_IN.fullmatch(line, stop + 1) is not None


def reposted(words: str, below: list[str]) -> bool:
    """Whether ``words`` head a news story (某县发布…报告) over a title among ``below``.

    >>> reposted("某县发布2023年法治政府建设年度报告", ["某县2023年法治政府建设年度报告"])
    True
    """
    return bool(HEADLINE.match(words)) and any(
        TITLE.fullmatch(line) and not HEADLINE.match(line) for line in below
    )


def story_above(view: str, pos: int) -> bool:
    r"""Whether the line at ``pos`` opens a news story's lead over a reposted report.

    A few lines down the story hands over to the report (…报告全文如下:), whose title
    stands below that line.

    >>> story_above("近日,某县公布了年度报告。\n报告全文如下:\n某县2023年法治政府建设年度报告\n", 0)
    True
    >>> story_above("近日,某县公布了年度报告。\n某县2023年法治政府建设年度报告\n", 0)
    False
    >>> story_above("近日,某县公布了报告。全文如下:\n某县2023年法治政府建设年度报告\n", 0)
    True
    """
    reach = pos
    for _ in range(_LEAD_LINES):
        reach = view.find("\n", reach + 1)
        if reach < 0:
            reach = len(view)
            break
    if "全文" not in view[pos:reach] and "原文" not in view[pos:reach]:
        return False
    lines = [line.strip() for line in view[pos:reach].split("\n") if line.strip()]
    handed = [n for n, line in enumerate(lines) if hands_over(line)]
    return bool(handed) and any(TITLE.fullmatch(line) for line in lines[handed[0] + 1 :])

"""The statutory parts of the report, named in the set phrases a heading uses.

The regulations ask a report for its measures and their results, its shortcomings, the
principal leaders' duties and next year's plans, and a heading names each in a few set
phrases (主要举措和成效, 存在的不足和原因, 下一步工作安排), after the year and the work
it reports on (2024年推进法治政府建设的…).  Where a copy took a heading's shape away (a
final 。, or a run-in 一是 for its number), only the whole phrase still tells it from a
sentence that borrows its words (存在一些不足。 is prose).  Patterns run on the folded
view.
"""

from __future__ import annotations

import re

from fzbg.genre.dates import ARABIC_YEAR, CN_YEAR

__all__ = ["PART_NAME", "part_name"]

_YEAR = rf"(?:{ARABIC_YEAR}|{CN_YEAR})年度?"  # the year, in the one date grammar
# When: the year, this one, the next (下一年度的主要安排).
_WHEN = rf"(?:{_YEAR}|本年度?|今年|全年|上一?年度?|下一?年度?|明年|来年|新的一年|今后)"
# Whose: the report's own body, in the words it calls itself by (本单位, 我镇, 全局).
_WHO = r"(?:本(?:单位|部门|机关)|[我全本][省市县区州旗镇乡局委厅办街])"
# The work: 推进法治政府建设, 依法行政工作.
_WORK = r"(?:推进|开展|加强)?(?:法治(?:政府)?建设|依法行政)(?:工作)?"
_AND = "[和及与、]"
_PARTS = (
    # 主要举措和成效, 工作举措及取得的成效, 主要做法和成效, 取得的成效
    rf"(?:主要)?(?:工作)?(?:举措|做法|措施)(?:{_AND}(?:取得的)?(?:主要)?(?:成效|成绩))?"
    r"|(?:取得的)?(?:主要)?(?:成效|成绩)",
    # 存在的不足和原因, 存在的主要问题, 存在的问题与不足, 工作中存在的不足
    rf"(?:工作中)?存在的?(?:主要)?(?:问题|不足|困难|短板|差距)"
    rf"(?:{_AND}(?:原因|不足|问题|困难|短板|差距))?",
    # 下一步工作安排, 下一年度的主要安排, 2025年工作计划, 下步打算
    r"下一?步(?:的)?(?:工作)?(?:安排|计划|打算|思路|设想)?"
    r"|(?:主要|重点)?(?:工作)?(?:安排|计划|打算|思路|设想)",
    # 党政主要负责人履行推进法治建设第一责任人职责情况, 述职述法情况
    r"(?:党政)?主要负责(?:人|同志)履行(?:推进)?法治(?:政府)?建设第一责任人职责(?:的)?(?:情况)?"
    r"|(?:述职)?述法(?:情况)?",
)
PART_NAME = re.compile(rf"(?:{_WHEN})?(?:{_WHO})?(?:{_WORK})?的?(?:{'|'.join(_PARTS)})")
"""A statutory part's whole name, for ``fullmatch``: 2024年推进法治政府建设的主要举措和成效."""


def part_name(words: str) -> bool:
    """Whether ``words`` (without their final 。) are a statutory part's whole name.

    >>> [part_name(w) for w in ("存在的不足和原因", "2025年工作安排", "存在一些不足")]
    [True, True, False]
    """
    return PART_NAME.fullmatch(words.strip(" ")) is not None

"""The title's line: what a title looks like, and the page chrome glued before it.

:mod:`fzbg.page.title` finds the title among the head lines of a page by :data:`TITLE`.
A page that lost the line break between its chrome and the title holds both on one
line (首页 > 政务公开 > 工作动态某县2023年度…报告); :func:`behind_chrome` finds where the
title begins on it, for the chrome before it to be cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from fzbg.genre.bodies import BODY_NAME, PLACE_WORDS, body_name, joint_name
from fzbg.genre.chrome import LABEL_WORDS, TOOL_WORD
from fzbg.genre.crumbs import BANNER, COLUMN, LOCATION
from fzbg.genre.dates import ARABIC_YEAR, CN_YEAR
from fzbg.genre.news import NEWS_TAIL, NEWS_VERBS

__all__ = [
    "HEADLINE",
    "PLANS_JOINED",
    "PLAN_JOINS",
    "PLAN_WORDS",
    "SITUATION",
    "TITLE",
    "TOPICS",
    "behind_chrome",
    "named_first",
    "over_own_title",
    "placed_first",
    "wrapped_name",
    "wrapped_title",
]

# The title: a line naming the genre (法治…报告/汇报/总结/年报, or a 总结 or 情况 with next year's
# plan: …工作总结及2025年工作计划, or the letter it is sent with: …报告的函; a section
# heading ends in 情况 or 安排 alone), with no
# sentence punctuation, maybe with a note in brackets (_NOTE), maybe followed by the
# site name that a page <title> carries ("…报告-某某网").  Plain stdlib ``re``: it runs
# this two and a half times as fast as ``regex``, on every line above the title.
TOPICS = ("法治", "依法行政", "法制", "述法")
"""The topic words every title holds (:data:`TITLE`): a line with none of them holds none.

述法 names the report a body's head gives on the rule of law (某县县长2023年度述法报告)."""
_TOPIC = f"(?:{'|'.join(TOPICS)})"
_NAMING = rf"[^。,;:!?]{{0,60}}?{_TOPIC}[^。,;:!?]{{0,40}}?"  # a title's words, to its last
# What a title's line may add in brackets after it: (全文), its draft or edition
# (征求意见稿, 送审稿, 公开版, 简版, 简本), its year or its date ((2023年度), (2024年3月5日), or the
# year alone, (2023)), or the body that reports, where a site's list names it there
# ((某县司法局)).
_NOTE = (
    rf"全文|全本|简本|摘要|节选|草案|[^()\[\]。]{{0,3}}版|[^()\[\]。]{{0,4}}稿"
    rf"|(?:{ARABIC_YEAR}|{CN_YEAR}) ?年[^()\[\]。]{{0,10}}|{ARABIC_YEAR}|{BODY_NAME}"
)
PLAN_JOINS = "及和暨与"
"""What joins a report's name to next year's plans in its title (…报告和2024年工作计划)."""
PLAN_WORDS = ("安排", "计划", "打算", "思路", "要点", "方案")
"""What a title calls next year's plans, after the report's name and a join."""
PLANS_JOINED = rf"[{PLAN_JOINS}][^。,;:!?\n]{{0,20}}?(?:{'|'.join(PLAN_WORDS)})"
"""Next year's plans joined after a report's name in its title: 及2024年工作计划."""
TITLE = re.compile(
    rf"(?P<title>{_NAMING}"
    r"(?:报告(?:材料)?|汇报|通报|总结|年报"  # 报告材料: a document's own name for itself
    rf"|(?:总结|情况|报告){PLANS_JOINED}"
    r"|(?:报告|情况)》?的(?:函|公告|通知|公示))"  # 关于报送…报告的函, 关于公布…报告的公告: the
    # letter a report is sent with, the notice it is published with (or put up: 公示)
    rf"(?:{NEWS_TAIL})?"  # a headline's verb after the name it gives whole: …报告发布
    rf"(?:\s?[(\[][ ]?(?:{_NOTE})[ ]?[)\]])?)"  # ( 2021年02月10日 ): spaced inside too
    r"(?P<suffix>\s*[-_|—–]{1,2}\s*[^。]{1,40})?"
)
"""A title's line, in the folded view: group ``title``, and ``suffix`` for a site's name."""
# A title may name only the matter, "…法治政府建设工作情况", when it stands first and
# names the year too, or stands over the addressee line or the preamble's opening (see
# fzbg.page.title): a section heading that ends in 情况 stands below the title.
SITUATION = re.compile(rf"(?P<title>{_NAMING}情况)(?P<suffix>(?!))?")
"""A line that names only a report's matter, with TITLE's groups."""
# The words of a title a hard wrap may part (某县20 / 23年…, 某县2023年法 / 治政府建设…,
# …年度报 / 告, …建设情况 / 的报告, 某县关 / 于…): the year and its 年, the topic, the
# genre's words.
_TITLE_WORDS = re.compile(
    rf"(?:{ARABIC_YEAR}|{CN_YEAR})(?: ?年度?)?|{_TOPIC}(?:政府)?建设|依法行政|年度报告"
    r"|(?:情况|工作)的?报告|报告|关于"
)
_WORD_REACH = 8  # the longest of those words, and then some


def over_own_title(words: str, below: str, *, crumb: bool) -> bool:
    """Whether ``words`` name the page over the document's own title, the line ``below``.

    A breadcrumb's last crumb (``crumb``) names the page by its title, maybe shortened
    (首页 > 政务公开 > 某县2023年…报告); a column's name that names no body (2023年法治政府
    建设年度报告) stands over a title that does (某区某局2023年法治政府建设情况报告).

    >>> column, title = "2023年法治政府建设年度报告", "某区某局2023年法治政府建设情况报告"
    >>> over_own_title(column, title, crumb=False), over_own_title(title, column, crumb=False)
    (True, False)
    """
    title = TITLE.fullmatch(below)
    if title is None or title.group("suffix"):
        return False
    return crumb or (not named_first(words) and named_first(below) and "关于" not in words)


def wrapped_title(first: str, second: str) -> bool:
    """Whether a hard wrap parted a title's ``first`` line from ``second``: a word spans them.

    The issuer's name is such a word too (:func:`wrapped_name`).

    >>> wrapped_title("某县2023年法", "治政府建设报告"), wrapped_title("某县人民政府", "2023年…")
    (True, False)
    """
    joined, at = first + second, len(first)
    return any(
        m.start() < at < m.end()
        for m in _TITLE_WORDS.finditer(joined, max(0, at - _WORD_REACH), at + _WORD_REACH)
    ) or wrapped_name(first, second)


HEADLINE = re.compile(
    rf"[^。,;:!?\d]{{2,30}}?(?:{'|'.join(NEWS_VERBS)})了?(?!的)"
    rf"|[^\n]{{4,80}}?(?:报告|总结|年报)(?:{NEWS_TAIL})$"
)
"""A news story's headline over a report it reposts, as its start matches: a body, then
a news verb (某县发布2023年…报告, NEWS_VERBS); or the report's name with the verb after it
(某县2023年…报告出炉, NEWS_TAIL)."""


# Page chrome that runs on into a title which lost its line break: a site's banner with
# its address, a breadcrumb (to its last arrow), or its label (当前位置:), then the crumbs
# of the last column's name (工作动态, 通知公告 …), spaced or not, before the title.
_BANNER = re.compile(BANNER)
_TOOLS = re.compile(f"(?:{TOOL_WORD})+")  # a tool bar's words glued before a title
_LOCATION = re.compile(LOCATION)
_LAST_ARROW = re.compile(r"[^\n]*[>»›]")
_COLUMN = regex.compile(COLUMN)
_SPACES = re.compile(r"\s*")
_CRUMBS = 8  # a breadcrumb's last column is named in a few crumbs, never in a run of them
# What a title opens with: 关于, its year, or its issuer's name before one of them or the
# genre's words (某县司法局2023年度…, 某县人民政府 关于…).
_YEAR = rf"{ARABIC_YEAR} ?年"
_OPENS_TITLE = regex.compile(
    rf"关于|{_YEAR}|(?P<issuer>{BODY_NAME})(?= ?(?:关于|{_YEAR}|{_TOPIC}))"
)
_PLACE = re.compile("|".join(PLACE_WORDS))


def behind_chrome(words: str, named: Callable[[str], bool] | None = None) -> int:
    """Where the title in ``words`` begins behind the page chrome glued before it, or 0.

    The chrome is a banner with the site's address, a breadcrumb or its label, and at
    least one column's name after it (工作动态某县2023年度…报告).  A column glued to the
    title with nothing between them is told from a body's name by what follows it: 关于,
    the year, or an issuer named for its place; where a column's name may also open the
    issuer's (工作动态某县…), it is read as the column.  Words with no chrome in front
    (no banner, breadcrumb or column first) give 0, however they go on.

    Args:
        words: A line of the folded view, trimmed.
        named: Whether the page names a body elsewhere, to part an unknown column's
            name from the issuer's before a title right behind the last arrow.

    Returns:
        The offset in ``words`` where the title begins, or 0 when no title stands behind
        chrome there (a breadcrumb alone, a title with nothing glued before it).

    Example:
        >>> words = "首页 > 政务公开 > 工作动态云溪县2023年度法治政府建设情况报告"
        >>> words[behind_chrome(words):]
        '云溪县2023年度法治政府建设情况报告'
        >>> behind_chrome("政务服务局2023年度法治政府建设工作报告")
        0

    """
    at = banner.end() if (banner := _BANNER.match(words)) else 0
    if tools := _TOOLS.match(words, at):  # 小】【打印】【关闭】某县…报告: a tool bar's end
        at, banner = tools.end(), banner or tools
    if arrow := _LAST_ARROW.match(words, at):
        at = arrow.end()
    elif label := _LOCATION.match(words, at):
        at = label.end()
    # Right behind a banner a title may stand; behind a breadcrumb, behind a column, or
    # right behind its last arrow or its label (_behind_crumbs).
    crumbs, bare = 0, bool(banner) and not (arrow or label)
    title = _behind_crumbs(words, at, named) if arrow or label else 0
    while True:
        glued = crumbs > 0 and not words[at : at + 1].isspace()
        at = _SPACES.match(words, at).end()  # type: ignore[union-attr]
        if (crumbs or bare) and _opens_title(words, at, glued):
            title = at  # a column's name may still open it: 工作动态某县… is read on
        column = _COLUMN.match(words, at) if crumbs < _CRUMBS else None
        if column is None:
            return title
        at, crumbs = column.end(), crumbs + 1


_UNDATED_OPENER = re.compile(rf"关于|{_YEAR}")  # what a title may open with, but a name
_UNKNOWN_COLUMN = 8  # how long a column's name the vocabulary does not know may be
_SPACED_COLUMN = regex.compile(rf"\p{{Han}}{{2,{_UNKNOWN_COLUMN}}}[ ]+")


def _behind_crumbs(words: str, at: int, named: Callable[[str], bool] | None) -> int:
    """Where a title stands right behind a breadcrumb's last arrow or label (at ``at``), or 0.

    The crumb there may be the title alone (> 某县2023年…报告), or a column the vocabulary
    does not know glued to it by a lost break (> 专项报告某县2023年…报告): the title starts
    at the longest end of the name before its year that the page ``named`` elsewhere too
    (某县, in the preamble or the signature), else where the crumb does; or, past a few
    words, at 关于 or its year.  A known column first is left to :func:`behind_chrome`.
    """
    start = _SPACES.match(words, at).end()  # type: ignore[union-attr]
    if _COLUMN.match(words, start):
        return 0
    if _opens_title(words, start, glued=False):
        issuer = _OPENS_TITLE.match(words, start)["issuer"]  # type: ignore[index]
        return start if issuer is None else _named_from(words, start, len(issuer), named)
    spaced = _SPACED_COLUMN.match(words, start)  # > 法治税务 某局2022年…: a space after it
    if spaced and _opens_title(words, spaced.end(), glued=False):
        return spaced.end()
    opens = _UNDATED_OPENER.search(words, start + 1, start + 2 * _UNKNOWN_COLUMN)
    if opens is None or opens.start() - start > _UNKNOWN_COLUMN:
        return 0
    column = words[start : opens.start()]
    return opens.start() if column.isalpha() and TITLE.fullmatch(words, opens.start()) else 0


def _named_from(words: str, start: int, length: int, named: Callable[[str], bool] | None) -> int:
    """Where the longest end of the name at ``start`` that the page ``named`` elsewhere starts.

    Only a body's name of a place counts; ``start`` where none does.
    """
    if named is None:
        return start
    # the name the title opens with; or, a column glued before it that ends in a body's
    # word (县区政府 of 县区政府法治政府建设年报新县人民政府关于…), the name before 关于
    ends = [start + length]
    if (opens := _UNDATED_OPENER.search(words, start + length)) is not None:
        ends.append(opens.start())
    for end in ends:
        for at in range(start, end - 1):
            name = words[at:end]
            if _PLACE.search(name) and body_name(name) == name and named(name):
                return at
    return start


def _opens_title(words: str, at: int, glued: bool) -> bool:
    """Whether a title fills ``words`` from ``at``, right behind chrome (``glued``: no space)."""
    if (opens := _OPENS_TITLE.match(words, at)) is None or not TITLE.fullmatch(words, at):
        return False
    issuer = opens["issuer"]
    if issuer is None:
        return True  # 关于…, 2023年度…
    if (" " in issuer and not joint_name(issuer)) or body_name(issuer) != issuer:
        return False  # crumbs spaced out before a name (政务公开 工作动态某县) are no name
    return not glued or _PLACE.search(issuer) is not None


# A wrap inside the issuer's name parts a title's first line from its second (某某省自然 /
# 资源厅2023年度…, 某某省某某市某 / 某区人民政府2023年…): the first is a few Han characters,
# no column's name (工作动态) and no site's (某县人民政府网), and the name that opens the
# two joined, up to 关于, the year or the topic, runs past where the first ends; nor a
# field's label (发布日期) or value (其他): the first names the place (某某省, 某某市某).
_FRAGMENT = regex.compile(r"\p{Han}{2,16}")
_FIELD_LABEL = re.compile(LABEL_WORDS)
_SITE = re.compile(r"(?:网|网站|门户|平台|公众号|客户端|频道|栏目)$")


def wrapped_name(first: str, second: str) -> bool:
    """Whether a wrap inside the issuer's name parted a title's ``first`` line from ``second``.

    >>> wrapped_name("某某省自然", "资源厅2023年度法治政府建设工作报告")
    True
    >>> wrapped_name("工作动态", "某县2023年度法治政府建设工作报告")
    False
    """
    if not _FRAGMENT.fullmatch(first) or _SITE.search(first) or _COLUMN.fullmatch(first):
        return False
    if _FIELD_LABEL.fullmatch(first) or not _PLACE.search(first):
        return False  # a field's label that lost its colon (发布日期), a value (其他)
    if any(word in first for word in TOPICS):
        return False
    opens = _OPENS_TITLE.match(first + second)
    return opens is not None and opens.end("issuer") > len(first)


def placed_first(words: str) -> bool:
    """Whether ``words`` open with a body's name that names its place (某县司法局2023年…).

    >>> placed_first("某县司法局2023年度法治政府建设工作报告"), placed_first("司法局2023年…")
    (True, False)
    """
    opens = _OPENS_TITLE.match(words)
    return (
        opens is not None and opens["issuer"] is not None and bool(_PLACE.search(opens["issuer"]))
    )


def named_first(words: str) -> bool:
    """Whether ``words`` open with the issuer's name before 关于, the year or the topic.

    >>> named_first("某县司法局2023年度法治政府建设工作报告"), named_first("2023年度法治…")
    (True, False)
    """
    return (opens := _OPENS_TITLE.match(words)) is not None and opens["issuer"] is not None

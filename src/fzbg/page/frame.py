"""The frame a model-essay (范文) site puts around a report it copied, at the top of a page.

:mod:`fzbg.page.strip` cuts it before the head of the page is read (:mod:`fzbg.page.title`).
"""

from __future__ import annotations

import re

import regex

from fzbg.genre.dates import YEAR
from fzbg.genre.news import ESSAY_LABEL
from fzbg.genre.sharing import FILE_SUFFIX, SHARING_DEBRIS, TIP_LINE, TIPS_LABEL
from fzbg.page.head_fields import Cut
from fzbg.page.head_fields import whole as _whole
from fzbg.page.sharing import uploader_below
from fzbg.page.title import _MARKED, _words_from

__all__: list[str] = []

# The frame a model-essay (范文) site puts around a report it copied: its headline
# (某某情况范文(精选3篇), (整理6篇), 某某范文篇1), its blurb (以下是为大家整理的…,
# 欢迎品鉴!), and the header of each essay it strings together (第一篇: 某某情况); and the
# file's name a document-sharing site shows above its text (某某报告.docx).  Whole lines
# above the report's first heading.
_FRAME = regex.compile(
    r".{0,40}(?:范文|范例)"
    r"(?:\((?:精选|通用|汇总|整理|最新|优秀)?[ ]?(?:\d{0,2}|[一二三四五六七八九十]{1,2})[ ]?篇?\)"
    r"|篇(?:\d{1,2}|[一二三四五六七八九十]{1,2}))?"  # …范文篇1: one of the essays it strings
    r"|.*以下是.{0,40}(?:整理|收集|搜集|精选)的.*"
    rf"|(?:.*欢迎(?:品鉴|阅读|参考|借鉴|收藏|分享).{{0,4}}?)?(?P<essay>{ESSAY_LABEL})"
    r"(?::(?P<named>.{0,40}))?|.*欢迎(?:品鉴|阅读|参考|借鉴|收藏|分享).{0,4}"
    # the file's name, as a sharing site shows it (a name in Chinese, not a path)
    # (and the size, pages, price or site's name it shows after it: .pdf 共5页 23.6KB)
    rf"|(?=.{{0,80}}?\p{{Han}}{{2}})[^\s。,;:/\\]{{1,80}}(?P<suffix>{FILE_SUFFIX}"
    rf"(?:[ \t]*{SHARING_DEBRIS})?)"
)
# What each branch of _FRAME holds (范, 以下是, 欢迎, 篇, the file's suffix), found by one
# quick stdlib scan: a line with none of it is no frame, and the slow fullmatch is skipped.
_FRAME_HINT = re.compile(rf"范|以下是|欢迎|篇|{FILE_SUFFIX}")
_FRAME_LINES = 12  # how many lines with words at the top of a page may be its frame
_ESSAY_TITLE = regex.compile(r"[ ]*[^\s。;:!?]{4,40}[ ]*")  # an essay's title: one short line
_DATED = regex.compile(YEAR)


def _frame_cuts(view: str, cuts: list[Cut]) -> list[Cut]:
    """Cut the lines of a model-essay site's frame at the top of the page.

    Returns the cuts inside a line: the suffix of a file's name that is the page's only
    title (某局报告.docx), to be read as the title's inline debris.
    """
    suffixes: list[Cut] = []
    pos = seen = 0
    while seen < _FRAME_LINES and (pos := _words_from(view, pos)) <= len(view):
        end = view.find("\n", pos)
        end = len(view) if end < 0 else end
        words = view[pos:end].strip()
        seen += 1
        if _MARKED.match(words):
            return suffixes  # the report's first heading: no frame below it
        frame = _FRAME.fullmatch(words) if words and _FRAME_HINT.search(words) else None
        if frame is not None and frame.group("suffix") and _untitled_below(view, end):
            # the file's name is the only title the page gives: only its suffix is cut
            suffixes.append((pos + frame.start("suffix"), end, "page-chrome"))
        elif frame is not None:
            cuts.append(_whole(pos, end, view, "page-chrome"))
            if frame.group("essay") and not (frame.group("named") or "").strip():
                end = _essay_title(view, end, cuts)  # the header's title, on the next line
        if end >= len(view):
            return suffixes
        pos = end + 1
    return suffixes


def _essay_title(view: str, end: int, cuts: list[Cut]) -> int:
    """Cut the essay's title that a copy parted from its header (第一篇:) onto the next line.

    Returns where the line ends that the scan goes on after.
    """
    if end >= len(view):
        return end
    after = view.find("\n", end + 1)
    after = len(view) if after < 0 else after
    # the site's name for the essay is undated (乡镇法治政府建设工作总结); a dated line
    # under the header is the report's own title (某县关于2023年度…的报告), kept
    if _ESSAY_TITLE.fullmatch(view, end + 1, after) and not _DATED.search(view, end + 1, after):
        cuts.append(_whole(end + 1, after, view, "page-chrome"))
        return after
    return end


# The lines a sharing site puts between a file's name and the text: its debris and tips.
_SITE_LINE = regex.compile(rf"[ \t]*(?:{SHARING_DEBRIS}|{TIPS_LABEL}|{TIP_LINE})[ \t]*")


def _untitled_below(view: str, end: int) -> bool:
    """Whether the text under a file's name (ending at ``end``) opens without a title.

    Past the site's own lines, the first line with words is the opening's paragraph (it
    holds a 。) or a heading: the file's name is the report's only title.
    """
    pos = end + 1
    for _ in range(_FRAME_LINES):
        pos = _words_from(view, pos)
        if pos > len(view):
            return False
        stop = view.find("\n", pos)
        stop = len(view) if stop < 0 else stop
        if not _SITE_LINE.fullmatch(view, pos, stop):
            return "。" in view[pos:stop] or bool(_MARKED.match(view, pos))
        pos = (uploader_below(view, stop) or stop) + 1  # 文档贡献者 / its user's name
    return False

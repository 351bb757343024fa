"""The frame a document-sharing (文库) site puts around a report it offers for download.

Its debris lines at the top (14.50KB, 共7页, 10金币), its tips on downloading above the
text or below it (温馨提示: / 1、本文档共7页…), cut before the head of the page is read
(:mod:`fzbg.page.strip`); the file's name over the text is :mod:`fzbg.page.frame`'s.
The vocabulary is :mod:`fzbg.genre.sharing`'s.
"""

from __future__ import annotations

import re

from fzbg.genre.sharing import (
    FILE_SUFFIX,
    MENU_ENTRY,
    MENU_RUN,
    SHARING_DEBRIS,
    SHARING_HINT,
    TIP_REACH,
    TIP_WORDS,
    TIPS_LABEL,
    UPLOADER_LABEL,
    WATERMARK_ADDRESS,
    WATERMARK_NAME,
)
from fzbg.page.head_fields import Cut
from fzbg.page.head_fields import whole as _whole
from fzbg.page.title import _MARKED, _words_from

__all__ = ["menu_cuts", "sharing_cuts", "uploader_below", "watermark_cuts"]

_HINT = re.compile(SHARING_HINT)
_DEBRIS = re.compile(rf"[ \t]*{SHARING_DEBRIS}[ \t]*")
_LABEL = re.compile(rf"[ \t]*{TIPS_LABEL}[ \t]*")
_TIP = re.compile(TIP_WORDS)  # searched near a line's start: cheaper than TIP_LINE whole
_FILE = re.compile(FILE_SUFFIX)
_UPLOADER = re.compile(rf"[ \t]*{UPLOADER_LABEL}[ \t]*")
_ADDRESS = re.compile(WATERMARK_ADDRESS, re.MULTILINE)
_SITE_NAME = re.compile(WATERMARK_NAME)
_VALUE = re.compile(r"[ \t]*[^\s。,;:]{1,20}[ \t]*")  # a user's name: a short word
# A tail of tips holds one of these: the file, the download, the site's library.
_FILE_WORDS = re.compile(r"文档|下载|文库|用户上传|内容提供方|本站")
_MENU = re.compile(rf"^(?:{MENU_ENTRY}\n){{{MENU_RUN},}}", re.MULTILINE)
_MENU_REACH = 2000  # a site's menu stands above the text it copies, near the page's top
_TOP_LINES = 14  # how many lines with words at the top of a page may be its frame
_REACH = 240  # how far into a page its frame's words start (a file's name, a tip's label)


def sharing_cuts(view: str, cuts: list[Cut]) -> None:
    r"""Cut a sharing site's debris and tips at the top of ``view`` and its tips at the end.

    >>> view = "某局报告.docx\n14.50KB 共7页\n某局报告\n正文。\n温馨提示:\n1、本文档共7页。\n"
    >>> cuts: list[Cut] = []
    >>> sharing_cuts(view, cuts)
    >>> [view[s:e] for s, e, _ in cuts]
    ['14.50KB 共7页\n', '温馨提示:\n1、本文档共7页。\n']
    """
    if _HINT.search(view, 0, _REACH):
        _top_cuts(view, cuts)
    tail = _tail(view)  # its first look, at the page's last line, is the tail's hint
    if tail is not None:
        cuts.append(tail)


def _top_cuts(view: str, cuts: list[Cut]) -> None:
    """Cut the debris lines and the tips among the lines above the report's text."""
    pos = seen = 0
    tips = False  # under a 温馨提示 label: its numbered tips follow
    while seen < _TOP_LINES and (pos := _words_from(view, pos)) <= len(view):
        end = view.find("\n", pos)
        end = len(view) if end < 0 else end
        seen += 1
        label = _LABEL.fullmatch(view, pos, end) is not None
        if _FILE.search(view, pos, end):
            pass  # the file's name, and what the site shows after it: fzbg.page.frame's
        elif label or _DEBRIS.fullmatch(view, pos, end):
            cuts.append(_whole(pos, end, view, "page-chrome"))
            if (below := uploader_below(view, end)) is not None:
                cuts.append(_whole(end + 1, below, view, "page-chrome"))
                end = below
        elif (tips or _HINT.search(view, pos, end)) and _TIP.search(view, pos, pos + TIP_REACH):
            cuts.append(_whole(pos, end, view, "page-chrome"))
        elif "。" in view[pos:end] or _MARKED.match(view, pos):
            return  # the report's opening or its first heading: the frame is above
        tips = tips or label
        pos = end + 1


def uploader_below(view: str, end: int) -> int | None:
    """Where the line under an uploader's label alone (ending at ``end``) ends, or None.

    The line is the label's value when it is one short word: 文档贡献者 / 某某小屋.
    """
    start = view.rfind("\n", 0, end) + 1
    if not _UPLOADER.fullmatch(view, start, end) or end >= len(view):
        return None
    below = view.find("\n", end + 1)
    below = len(view) if below < 0 else below
    return below if _VALUE.fullmatch(view, end + 1, below) else None


def _tail(view: str) -> Cut | None:
    """The cut of the tips (and debris) that close the page, past its middle, if any."""
    start = end = len(view)
    found = False  # a tip or the tips' label: debris alone is no tail
    while start > 0:
        line_start = view.rfind("\n", 0, start - 1) + 1
        line = view[line_start:start].rstrip("\n")
        if line.strip():
            if _LABEL.fullmatch(line) or _TIP.search(line, 0, TIP_REACH):
                found = True
            elif not _DEBRIS.fullmatch(line):
                break
        start = line_start
    if not found or start < len(view) // 2 or not _FILE_WORDS.search(view, start, end):
        return None
    return start, end, "page-chrome"


def watermark_cuts(view: str, cuts: list[Cut]) -> None:
    r"""Cut a copying site's watermark off every line it stamps, a line it fills whole.

    >>> view = "公文网 www.abc.com\n一、主要举措和成效 公文网 www.abc.com\n正文。"
    >>> cuts: list[Cut] = []
    >>> watermark_cuts(view, cuts)
    >>> [view[s:e] for s, e, _ in cuts]
    ['公文网 www.abc.com\n', ' 公文网 www.abc.com']
    """
    if ".com" not in view and ".cn" not in view and ".net" not in view:
        return  # most pages: no address at all
    for address in _ADDRESS.finditer(view):
        line = view.rfind("\n", 0, address.start()) + 1
        if (name := _SITE_NAME.search(view[line : address.start()])) is None:
            continue
        start, end = line + name.start(), address.end()
        cuts.append(
            _whole(start, end, view, "page-chrome")
            if start == line
            else (start, end, "page-chrome")
        )


def menu_cuts(view: str, cuts: list[Cut]) -> None:
    r"""Cut a site's menu of categories: bulleted short names, one under another.

    >>> view = "• 工作总结\n• 述职报告\n• 情况报告\n某局2023年度法治政府建设报告\n正文。"
    >>> cuts: list[Cut] = []
    >>> menu_cuts(view, cuts)
    >>> [view[s:e] for s, e, _ in cuts]
    ['• 工作总结\n• 述职报告\n• 情况报告\n']
    """
    if "•" not in view[:_MENU_REACH] and "·" not in view[:_MENU_REACH]:
        return  # most pages: no bullet at their top
    cuts.extend((m.start(), m.end(), "page-chrome") for m in _MENU.finditer(view, 0, _MENU_REACH))

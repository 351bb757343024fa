"""Page chrome as a web page's article holds it, before anything is folded.

The same words as :data:`fzbg.genre.chrome.CHROME` (one vocabulary, defined there), for
the lines of an article the web-page reader takes from a page's HTML, in the page's own
characters (full-width colons).
"""

from __future__ import annotations

import functools

import regex

from fzbg.genre.chrome import (
    EDITOR_LABELS,
    FOOTER_LABELS,
    FOOTER_WORDS,
    NEIGHBOUR_WORDS,
    WIDGET_WORDS,
)

__all__ = ["web_chrome_line"]

# A pager under an article: 首页 上一页 [1] [2] 下一页 末页 共3页 跳转.
_TURN = r"上一页|下一页|前一页|后一页"
_PAGER = (
    rf"首页|{_TURN}|末页|尾页|第\s*[0-9]+\s*页|共\s*[0-9]+\s*页"
    r"|\[?[0-9]{1,3}\]?|跳转|转到|[<>«»]+"
)


@functools.cache
def web_chrome_line() -> regex.Pattern[str]:
    """A line of a web page's article that is page furniture, in the page's own characters.

    The same words as :data:`CHROME`, for text not yet folded (full-width colons).
    Compiled on first use: only the web-page reader needs it, and ``import fzbg`` does not.

    >>> lines = ("【打印本页】", "（责任编辑：李明）", "一、主要举措")
    >>> [bool(web_chrome_line().match(line)) for line in lines]
    [True, True, False]
    """
    return regex.compile(
        rf"""^(?:
            分享到[:：]?.*                              # share bar
          | (?:[【\[]?\s*(?:{"|".join(WIDGET_WORDS)})\s*[】\]]?\s*)+      # print/close/纠错 bar
          | 【?\s*字[体号][:：].{{0,12}}                # font-size switch 【字体：大 中 小】
          | 扫一扫.{{0,20}}                             # QR code caption
          | (?:{"|".join(NEIGHBOUR_WORDS)})\s*[:：].{{0,80}}  # previous/next article links
          | [（(【\[]?\s*(?:{"|".join(EDITOR_LABELS)})\s*[:：][^。]{{0,20}}?[）)】\]]?
          | (?=[^。]{{0,100}}$).*(?:{"|".join(FOOTER_WORDS)}).*  # footer
          | (?:{"|".join(FOOTER_LABELS)})(?:单位)?\s*[:：][^。]{{0,80}}      # footer
          | (?:\s*(?:{_PAGER})\s*)*(?:{_TURN})(?:\s*(?:{_PAGER})\s*)*     # pagination
          )$""",
        regex.VERBOSE,
    )

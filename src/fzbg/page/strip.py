"""The web page around a report: chrome, the title, and the page's metadata fields.

Reports reach users as scraped pages.  Around the text stand breadcrumbs, 索引号/文号
tables, ``• 日期:`` bullets, ``打印 关闭`` bars, a site banner above the title, the title
again below it; inside it, converter debris.  This stage cuts all of that out of the text
— every cut recorded as a :class:`~fzbg.model.Debris`, so nothing is lost — finds the
title, and reads the page's labelled fields (日期, 发布时间, 来源) on the way.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

import attrs
import regex

from fzbg.genre.cues import BODY_ENDINGS
from fzbg.model import Debris, Diagnostic, Span
from fzbg.page.debris import INLINE_DEBRIS, find_inline_debris
from fzbg.page.furniture import PAGE_NUMBER as _PAGE_NUMBER
from fzbg.page.furniture import running_heads
from fzbg.text.normalize import fold

__all__ = ["Page", "strip_page"]

# Labels of the metadata tables government sites print around a report.  A label may be
# spaced out for justification ("索 引 号", "名　　称"), so each is matched with spaces.
_LABELS = sorted(
    (
        "索引号", "主题分类", "发文机关", "发文机构", "发布机构", "发布单位", "成文日期",
        "发文日期", "发文字号", "文号", "公开方式", "公开范围", "公开时限", "有效性",
        "发布时间", "发布日期", "信息来源", "来源", "日期", "时间", "浏览次数",
        "阅读次数", "点击数", "点击量", "访问量", "编辑", "作者", "责任编辑", "字体",
        "字号", "分享到", "撰稿", "审核", "供稿", "信息分类", "组配分类", "主题词", "关键词",
        "生成日期", "公开日期", "公开形式", "信息名称", "名称", "标题",
    ),
    key=len,
    reverse=True,
)  # fmt: skip
_LABEL_WORDS = "|".join("[ ]{0,3}".join(label) for label in _LABELS)
_LABEL = re.compile(rf"(?P<label>{_LABEL_WORDS})[ ]?:")
_WIDGET_SEPARATORS = "•·|/【】[]()<>:"
_WIDGET_SEP = f"[ \\t{re.escape(_WIDGET_SEPARATORS)}]"
# The words of a page's tool bars: 打印 关闭 / 【打印本页】【关闭本页】 / 分享到: / 简体| 繁体
_WIDGET_WORDS = (
    "打印本页", "关闭本页", "关闭窗口", "打印正文", "打印", "关闭", "返回顶部", "返回首页", "返回",
    "收藏本页", "加入收藏", "收藏", "设为首页", "分享到", "分享", "字体", "字号", "大", "中", "小",
    "默认", "朗读", "无障碍阅读", "无障碍", "长者版", "老年版", "关怀版", "简体", "繁体", "English",
    "手机版", "微信", "微博", "扫一扫", "我要纠错", "纠错", "保存", "新闻中心",
    "我要打印", "打印此页", "关闭此页", "用手机扫描二维码", "扫描二维码",
)  # fmt: skip
# Words that follow another on a tool bar (扫一扫在手机打开当前页), never open one: the
# lines they would open (在…) are not worth a look.
_WIDGET_INNER_WORDS = ("在手机打开当前页", "在手机上继续观看")
_WIDGETS = "|".join((*_WIDGET_WORDS, *_WIDGET_INNER_WORDS))
_MODE_VERBS = ("进入", "退出", "切换")
_MODE_USERS = ("老年", "长者", "关怀", "无障碍")
_MODE_FORMS = ("模式", "版")
_MODE = "".join(f"(?:{'|'.join(words)})" for words in (_MODE_VERBS, _MODE_USERS, _MODE_FORMS))
_LOCATION_WORDS = ("当前位置", "您现在的位置", "您现在位置", "您的位置", "您位置", "所在位置")
_LOCATION = f"(?:{'|'.join(_LOCATION_WORDS)})"
_NEIGHBOUR_WORDS = (
    "上一篇", "下一篇", "上一条", "下一条", "相关链接", "相关文章", "相关阅读", "相关新闻",
    "相关附件", "附件下载",
)  # fmt: skip
_NEIGHBOUR = f"(?:{'|'.join(_NEIGHBOUR_WORDS)})"
_BULLETS = "•·*-"
_FOOTER_WORDS = (
    "网站标识码", "ICP备", "备案号", "版权所有", "公网安备", "网站地图", "主办单位:", "承办单位:",
    "技术支持:",
)  # fmt: skip
_FOOTER = f"(?:{'|'.join(_FOOTER_WORDS)})"
# How far into a line (past its indentation) the unanchored branches' words may start.
_MODE_REACH, _CRUMB_REACH, _FOOTER_REACH = 10, 24, 40

_PAGE_NUMBER_OPENERS = "-—–第共"

# Whole lines of chrome, one alternative per quirk of government sites.  Matched on the
# folded view, one line at a time (see _CHROME_HINT); no branch can cross a line ([^\n],
# no \s).  Plain stdlib ``re``: it runs this about twice as fast as ``regex``.
_CHROME = re.compile(
    rf"""
    ^[ \t]*+(?:
      (?P<metadata>[{re.escape(_BULLETS)}]?[ \t]*(?:{_LABEL_WORDS})[ ]?:.*)
          # 索引号: 公开方式: / • 日期:2025-01-08 / 发布时间:…信息来源:…阅读次数:…字体:【
    | {_WIDGET_SEP}*(?:(?:{_WIDGETS}){_WIDGET_SEP}*)+
          # 打印 关闭 / 【打印本页】【关闭本页】 / 分享到: / • 设为首页 / 无障碍 简体| 繁体
    | .{{0,{_MODE_REACH}}}{_MODE}.{{0,20}}
          # 进入老年模式 退出老年模式
    | {_LOCATION}[: \t].*
          # 当前位置:首页 > 政务公开 > …
    | (?:[^>»›。\n]{{0,{_CRUMB_REACH}}}[>»›]){{2,}}[^>»›。\n]*
          # > 政务公开 > 信息公开目录 > 计划总结 (a breadcrumb continued on its own line)
    | {_NEIGHBOUR}[: \t].{{0,80}}
          # 上一篇: / 相关链接
    | .{{0,{_FOOTER_REACH}}}{_FOOTER}.{{0,60}}
          # the site footer
    | (?P<number>{_PAGE_NUMBER})
          # — 2 — / - 3 - / 第1页 共3页: a page number that a print or PDF left in the text
    )[ \t]*$
    """,
    re.MULTILINE | re.VERBOSE,
)
# What every chrome line has, right after its line break and indentation: the opening
# of an anchored branch of _CHROME, or, near enough for an unanchored branch, one of these
# characters, rare in report prose, of which each word those branches need holds one:
# 模 or 版 of a mode, 码 of 网站标识码, I of ICP备 …, and the breadcrumb's arrows.
_RARE = "模版码I备图单术>»›"


def _first_rare(words: tuple[str, ...]) -> int:
    """Where the first _RARE character stands in each of ``words``, at the latest."""
    return max(min(i for i, char in enumerate(word) if char in _RARE) for word in words)


def _rare_reach() -> int:
    """How far into a chrome line the first of the _RARE characters can stand."""
    before_form = _MODE_REACH + max(map(len, _MODE_VERBS)) + max(map(len, _MODE_USERS))
    mode = before_form + _first_rare(_MODE_FORMS)
    return max(mode, _CRUMB_REACH, _FOOTER_REACH + _first_rare(_FOOTER_WORDS))


# One scan of the view finds the few lines worth trying _CHROME on: ``re`` skips from line
# break to line break in a tight loop, and on each line looks no further than that reach,
# so a long paragraph costs no more than a short line.
_LINE_OPENERS = "".join(
    sorted(
        {*_BULLETS, *_WIDGET_SEPARATORS, *_PAGE_NUMBER_OPENERS}
        | {word[0] for word in (*_LABELS, *_WIDGET_WORDS, *_LOCATION_WORDS, *_NEIGHBOUR_WORDS)}
    )
)
_CHROME_HINT = re.compile(
    rf"""
    \n[ \t]*+(?:
      (?=[{re.escape(_LINE_OPENERS)}])
      (?:[{re.escape(_BULLETS)}]|{_LABEL_WORDS}|{_WIDGET_SEP}*(?:{_WIDGETS})|{_LOCATION}|{_NEIGHBOUR}
        |{_PAGE_NUMBER})
    | [^\n{re.escape(_RARE)}]{{0,{_rare_reach()}}}+[{re.escape(_RARE)}]
    )
    """,
    re.VERBOSE,
)


def _chrome(view: str) -> Iterator[re.Match[str]]:
    """What ``_CHROME.finditer(view)`` finds, trying only the lines _CHROME_HINT points at."""
    start = 0  # the first line is tried whatever it holds: no line break opens it
    while True:
        if m := _CHROME.match(view, start):
            yield m
        end = view.find("\n", start)
        if end < 0 or not (hint := _CHROME_HINT.search(view, end)):
            return
        start = hint.start() + 1


# The title: a line naming the genre (法治…报告/总结, or a 总结 or 情况 with next year's
# plan: …工作总结及2025年工作计划; a section heading ends in 情况 or 安排 alone), with no
# sentence punctuation, maybe with its year or (全文) in brackets, maybe followed by the
# site name that a page <title> carries ("…报告-某某网").  Plain stdlib ``re``: it runs
# this two and a half times as fast as ``regex``, on every line above the title.
_TITLE = re.compile(
    r"(?P<title>[^。,;:!?]{0,60}?(?:法治|依法行政|法制)[^。,;:!?]{0,40}?"
    r"(?:报告|总结|(?:总结|情况)[及和暨与][^。,;:!?]{0,20}?(?:计划|安排|打算|思路|要点))"
    r"(?:\s?\((?:全文|摘要|(?:19|20)[0-9][0-9] ?年度?)\))?)"
    r"(?P<suffix>\s*[-_|—–]{1,2}\s*[^。]{1,40})?"
)
# The first line of a title broken over two lines is the issuer's name.
_ORG_LINE = regex.compile(rf"[^。,;:!?\d]{{2,30}}(?:{BODY_ENDINGS})")
# ...or that name and the year reported on (青竹镇2025年 / 法治政府建设年度报告).
_ORG_YEAR_LINE = regex.compile(_ORG_LINE.pattern + r" ?(?:19|20)[0-9][0-9] ?年度?")
# A line opening with an enumeration marker (一、 (一) 1、 第一部分) is report, not page head.
_MARKED = regex.compile(
    r"[一二三四五六七八九十]{1,3}[、.,]|\(|\d{1,2}[、.](?!\d)|第[一二三四五六七八九十]{1,3}部分"
)
# A date in page metadata: 2025-01-08, 2025/1/8, 2025.01.08, 2025年1月8日.
_DATE = regex.compile(r"(19|20)\d\d\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}")
_SQUASH = regex.compile(r"[\s\p{P}]+")
_HEAD_LINES = 40  # the title stands near the top, or nowhere
_SHORT_END = 12  # the longest second line of a title broken anywhere: 工作情况的报告

_MESSAGES = {
    "page-chrome": "removed web-page chrome",
    "page-metadata": "read and removed the page's metadata fields",
    "repeated-title": "removed a repeat of the title",
    "running-head": "removed a running head or foot",
}


_INLINE_KINDS = frozenset(rule.kind for rule in INLINE_DEBRIS)


@attrs.frozen
class Page:
    """A report's text with the page around it taken off."""

    text: str
    """The text without chrome and debris."""
    view: str
    """Its matching view (:func:`fzbg.text.normalize.fold`), the same length."""
    debris: tuple[Debris, ...]
    """What was cut out, in order, with offsets into :attr:`text`."""
    title: Span | None
    """Where the title stands in :attr:`text`."""
    fields: tuple[tuple[str, str], ...]
    """Labelled page metadata as found: ``("发布时间", "2024-12-13 16:45")``; an
    unlabelled date line under the title is recorded as ``("日期", …)``."""
    diagnostics: tuple[Diagnostic, ...]
    _inline: tuple[Debris, ...] = attrs.field(
        init=False,
        default=attrs.Factory(
            lambda self: tuple(d for d in self.debris if d.kind in _INLINE_KINDS), takes_self=True
        ),
        repr=False,
    )
    _inline_at: tuple[int, ...] = attrs.field(
        init=False,
        default=attrs.Factory(lambda self: tuple(d.at for d in self._inline), takes_self=True),
        repr=False,
    )

    def written(self, start: int, end: int) -> str:
        """``text[start:end]`` as the source wrote it, inline debris put back.

        Titles and headings are reported as written: a gloss such as 統(tǒng) that stood
        inside one stays in it, while :attr:`text` is clean.  A gloss right at ``end``
        belongs to the character before it and is put back too.
        """
        if not self._inline:  # most reports: every title and heading is a plain slice
            return self.text[start:end]
        lo = bisect.bisect_right(self._inline_at, start)
        hi = bisect.bisect_right(self._inline_at, end)
        inside = [d for d in self._inline[lo:hi] if d.at < end or d.kind == "pinyin-gloss"]
        if not inside:
            return self.text[start:end]
        parts, last = [], start
        for d in inside:
            parts += [self.text[last : d.at], d.text]
            last = d.at
        parts.append(self.text[last:end])
        return "".join(parts)


class _Line(NamedTuple):  # a tuple: made for every head line, it must be cheap
    start: int  # of the line
    end: int  # before its "\n"
    words: str  # folded and trimmed, inline debris blanked out
    first: int  # where the words start


Cut = tuple[int, int, str]  # start, end, Debris kind


def _head(view: str, chrome: set[int], inline: list[Cut]) -> list[_Line]:
    """The lines above the report proper, chrome and blank lines left out.

    Inline debris in a line (``[bookmark: _GoBack]`` before the title) is blanked out of
    its words, so that the title is read past it.
    """
    head: list[_Line] = []
    pos = 0
    for _ in range(_HEAD_LINES):
        if pos > len(view):
            break
        end = view.find("\n", pos)
        end = len(view) if end < 0 else end
        line = view[pos:end]
        if inline and inline[0][0] < end:
            line = _blank(line, pos, inline)
        words = line.strip()
        if words and pos not in chrome:
            if "。" in words or len(words) > 60 or words.endswith(":") or _MARKED.match(words):
                break
            head.append(_Line(pos, end, words, pos + len(line) - len(line.lstrip())))
        pos = end + 1
    return head


def _blank(line: str, start: int, inline: list[Cut]) -> str:
    """``line`` (at ``start``) with the inline debris in it turned into spaces.

    Built in one join: a long line may hold thousands of pieces of debris, and
    re-slicing the line for each would take time quadratic in its length.
    """
    end = start + len(line)
    pieces: list[str] = []
    at = 0  # how much of the line is in pieces
    for s, e, _ in inline:
        if s >= end:
            break
        lo, hi = max(s - start, at), min(e, end) - start
        if hi > lo:
            pieces += [line[at:lo], " " * (hi - lo)]
            at = hi
    pieces.append(line[at:])
    return "".join(pieces)


def _whole(start: int, end: int, view: str, kind: str) -> Cut:
    """Cut the whole line ``start..end``, its line break included."""
    return (start, min(end + 1, len(view)), kind)


def _fields(words: str) -> list[tuple[str, str]]:
    # ["before", label, value, label, value …]: a value runs up to the next label.
    parts = _LABEL.split(words)
    return [
        (label.replace(" ", ""), value.strip(" •·【】[]"))
        for label, value in zip(parts[1::2], parts[2::2], strict=True)
    ]


def _chrome_cuts(view: str) -> tuple[list[Cut], list[tuple[str, str]]]:
    """Cut every chrome line; read the fields of those that are page metadata."""
    cuts: list[Cut] = []
    fields: list[tuple[str, str]] = []
    for m in _chrome(view):
        if m["metadata"]:
            fields.extend(_fields(m[0].strip()))
        kind = "page-metadata" if m["metadata"] else "page-number" if m["number"] else "page-chrome"
        cuts.append(_whole(m.start(), m.end(), view, kind))
    return cuts, fields


def _split(first: str, second: str) -> bool:
    """Whether a title may be broken after ``first``, ``second`` being its next line.

    Its first half is the issuer's name, maybe with the year (某县人民政府 / 2022年度…报告,
    某镇2025年 / 法治政府建设年度报告), or opens a 关于…的报告 that the second half closes,
    or a short second half closes the genre's words with 报告 (…法治政府建设 / 年度报告):
    no section heading ends so.
    """
    if _ORG_LINE.fullmatch(first) or _ORG_YEAR_LINE.fullmatch(first) or "关于" in first:
        return True
    return len(second) <= _SHORT_END and second.endswith("报告") and "法治" in first


def _fuller(title: str, line: _Line) -> bool:
    """Whether ``line`` is a title of its own that says all ``title`` says, and more."""
    if len(line.words) <= len(title) or not (m := _TITLE.fullmatch(line.words)):
        return False
    return not m.group("suffix") and _SQUASH.sub("", title) in _SQUASH.sub("", line.words)


def _find_title(
    head: list[_Line], view: str, cuts: list[Cut], fields: list[tuple[str, str]]
) -> tuple[int, int] | None:
    """Find the title among the head lines; cut the chrome above it and repeats below it."""
    for n, line in enumerate(head):
        following = head[n + 1] if n + 1 < len(head) else None
        alone = _TITLE.fullmatch(line.words)
        if following is not None and not alone and _split(line.words, following.words):
            joined = _TITLE.fullmatch(line.words + following.words)
            if joined and not joined.group("suffix"):  # 赵县人民政府 / 2022年度…报告
                title, rest, above = (line.first, following.end), head[n + 2 :], head[:n]
                named = joined["title"]
                break
        if alone and alone.group("suffix") and following and _fuller(alone["title"], following):
            # The page's <title> ("关于…的报告_某市人民政府"), then the document's own title,
            # which names the issuer the page title left to its suffix.
            start = following.first
            title = (start, start + len(following.words))
            rest, above = head[n + 2 :], head[: n + 1]
            named = following.words
            break
        if alone:
            start = line.first  # past the indentation
            title, rest, above = (start, start + alone.end("title")), head[n + 1 :], head[:n]
            named = alone["title"]
            if alone.group("suffix"):
                cuts.append((title[1], line.end, "page-chrome"))
            break
    else:
        return None
    cuts.extend(_whole(line.start, line.end, view, "page-chrome") for line in above)
    wanted = _SQUASH.sub("", named)
    k = 0
    while k < len(rest):
        for width in (1, 2, 3):
            group = rest[k : k + width]
            if len(group) == width and _SQUASH.sub("", "".join(g.words for g in group)) == wanted:
                cuts.extend(_whole(g.start, g.end, view, "repeated-title") for g in group)
                k += width
                break
        else:
            words = rest[k].words
            # 省政府办公厅 2022-03-15 is the page's; （2025年1月10日） is the document's own.
            if (date := _DATE.search(words)) and len(words) <= 40 and words[0] != "(":
                fields.append(("日期", date.group()))  # 省政府办公厅 2022-03-15
                cuts.append(_whole(rest[k].start, rest[k].end, view, "page-metadata"))
            k += 1
    return title


def _merge(cuts: list[Cut]) -> list[Cut]:
    """Sort the cuts and drop what an earlier cut already covers (debris inside chrome)."""
    out: list[Cut] = []
    for start, end, kind in sorted(cuts):
        begin = max(start, out[-1][1]) if out else start
        if begin < end:
            out.append((begin, end, kind))
    return out


def _apply(text: str, view: str, cuts: list[Cut]) -> tuple[str, str, list[Debris]]:
    """Cut the pieces out of the text and its view; record each contiguous run as debris."""
    parts: list[str] = []
    view_parts: list[str] = []
    runs: list[tuple[str, int, list[str]]] = []
    last = removed = 0
    for start, end, kind in cuts:
        parts.append(text[last:start])
        view_parts.append(view[last:start])
        piece, at = text[start:end], start - removed
        if runs and runs[-1][0] == kind and runs[-1][1] == at:
            runs[-1][2].append(piece)  # joined once below: no quadratic concatenation
        else:
            runs.append((kind, at, [piece]))
        removed += end - start
        last = end
    parts.append(text[last:])
    view_parts.append(view[last:])
    debris = [Debris(kind, "".join(pieces), at) for kind, at, pieces in runs]
    return "".join(parts), "".join(view_parts), debris


def strip_page(text: str) -> Page:
    r"""Cut page chrome and debris out of normalised ``text``; find the title and fields.

    >>> page = strip_page(
    ...     "当前位置:首页 > 政务公开\n某县2024年法治政府建设年度报告\n日期:2025-01-08\n正文。"
    ... )
    >>> page.text
    '某县2024年法治政府建设年度报告\n正文。'
    >>> page.text[page.title.start:page.title.end], page.fields
    ('某县2024年法治政府建设年度报告', (('日期', '2025-01-08'),))
    """
    view = fold(text)
    cuts, fields = _chrome_cuts(view)
    inline = [(s, e, k) for k, s, e in find_inline_debris(text, view=view)]
    title = _find_title(_head(view, {c[0] for c in cuts}, inline), view, cuts, fields)
    cuts.extend(running_heads(view, keep=title))
    cuts.extend(inline)
    if not cuts:  # a clean text: nothing to cut, so nothing moves
        span = None if title is None else Span(*title)
        return Page(text, view, (), span, tuple(fields), ())
    merged = _merge(cuts)
    out, out_view, debris = _apply(text, view, merged)
    title_span = None
    if title is not None:
        before = inside = 0  # what the cuts take out before the title, and inside it
        for s, e, _ in merged:
            if e <= title[0]:
                before += e - s
            elif s >= title[0] and e <= title[1]:
                inside += e - s
        title_span = Span(title[0] - before, title[1] - before - inside)
    diagnostics = tuple(
        Diagnostic(
            d.kind,
            f"{_MESSAGES.get(d.kind, 'removed ' + d.kind)}: {d.text.strip()[:40]!r}",
            Span(d.at, d.at),
        )
        for d in debris
    )
    return Page(out, out_view, tuple(debris), title_span, tuple(fields), diagnostics)

"""The web page around a report: chrome, the title, and the page's metadata fields.

Reports reach users as scraped pages.  Around the text stand breadcrumbs, 索引号/文号
tables, ``• 日期:`` bullets, ``打印 关闭`` bars, a site banner above the title, the title
again below it; inside it, converter debris.  This stage cuts all of that out of the text
— every cut recorded as a :class:`~fzbg.model.Debris`, so nothing is lost — finds the
title, and reads the page's labelled fields (日期, 发布时间, 来源) on the way.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

from fzbg.debris import find_inline_debris
from fzbg.model import Debris, Diagnostic, Span
from fzbg.normalize import fold

__all__ = ["Page", "strip_page"]

# Labels of the metadata tables government sites print around a report.  A label may
# be spaced out for justification ("索 引 号"), so each is matched with optional spaces.
_LABELS = sorted(
    (
        "索引号",
        "主题分类",
        "发文机关",
        "发文机构",
        "发布机构",
        "发布单位",
        "成文日期",
        "发文日期",
        "发文字号",
        "文号",
        "公开方式",
        "公开范围",
        "公开时限",
        "有效性",
        "发布时间",
        "发布日期",
        "信息来源",
        "来源",
        "日期",
        "时间",
        "浏览次数",
        "阅读次数",
        "点击数",
        "点击量",
        "访问量",
        "编辑",
        "作者",
        "责任编辑",
        "字体",
        "字号",
        "分享到",
        "撰稿",
        "审核",
        "供稿",
    ),
    key=len,
    reverse=True,
)
_LABEL = regex.compile(r"(?P<label>" + "|".join(" ?".join(label) for label in _LABELS) + r") ?:")
# A metadata line opens with a label (after a bullet), or packs several labels.
_FIELD_LINE = regex.compile(r"[•·*\-]?\s*(?:" + _LABEL.pattern + r")")

# Whole lines of chrome, tried in order on the folded, trimmed line.
CHROME_LINES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    # 打印 关闭 / 【打印本页】【关闭本页】 / 分享到: / • 设为首页 / 无障碍 简体| 繁体 / 朗读
    (
        "page-chrome",
        regex.compile(
            r"[\s•·|/【】\[\]()<>:]*(?:(?:打印本页|关闭本页|关闭窗口|打印正文|打印|关闭|返回顶部"
            r"|返回首页|返回|收藏本页|加入收藏|收藏|设为首页|分享到|分享|字体|字号|大|中|小|默认"
            r"|朗读|无障碍阅读|无障碍|长者版|老年版|关怀版|简体|繁体|English|手机版|微信|微博"
            r"|扫一扫|我要纠错|纠错|保存|新闻中心)[\s•·|/【】\[\]()<>:]*)+"
        ),
    ),
    # 进入老年模式 退出老年模式
    (
        "page-chrome",
        regex.compile(r".{0,10}(进入|退出|切换)(老年|长者|关怀|无障碍)(模式|版).{0,20}"),
    ),
    # 当前位置:首页 > 政务公开 > …  /  > 政务公开 > 信息公开目录 > …
    ("page-chrome", regex.compile(r"(当前位置|您(现在)?的?位置|所在位置)[:\s].*")),
    ("page-chrome", regex.compile(r"(?:[^>»›。]{0,24}(?:>|»|›)){2,}[^>»›。]*")),
    # 上一篇: / 下一篇: / 相关链接
    (
        "page-chrome",
        regex.compile(r"(上一篇|下一篇|上一条|下一条|相关(链接|文章|阅读|新闻))[:\s].{0,80}"),
    ),
    # the site footer
    (
        "page-chrome",
        regex.compile(
            r".{0,40}(网站标识码|ICP备|备案号|版权所有|公网安备|网站地图|主办单位:|承办单位:|技术支持:).{0,60}"
        ),
    ),
)

# The title: a line naming the genre (法治…报告/总结; a heading ends in 情况 or 安排
# instead), with no sentence punctuation, maybe
# followed by the site name a page <title> carries ("…报告-某某网").
_TITLE = regex.compile(
    r"(?P<title>[^。,;:!?]{0,60}?(?:法治|依法行政|法制)[^。,;:!?]{0,40}?"
    r"(?:报告|总结)(?:\s?\((?:全文|摘要)\))?)"
    r"(?P<suffix>\s*[-_|—–]{1,2}\s*[^。]{1,40})?"
)
# The first line of a title broken over two lines is the issuer's name.
_ORG_LINE = regex.compile(
    r"[^。,;:!?\d]{2,30}(人民政府|政府|局|厅|委员会|委|办事处|街道|镇|乡|县|区|市|部|署|院|办公室|办|中心|所)"
)
# A date in page metadata: 2025-01-08, 2025/1/8, 2025.01.08, 2025年1月8日.
_DATE = regex.compile(r"(19|20)\d\d\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}")
_SQUASH = regex.compile(r"[\s\p{P}]+")


@attrs.frozen
class Page:
    """A report's text with the page around it taken off."""

    text: str
    """The text without chrome and debris."""
    view: str
    """Its matching view (:func:`fzbg.normalize.fold`), the same length."""
    debris: tuple[Debris, ...]
    """What was cut out, in order, with offsets into :attr:`text`."""
    title: Span | None
    """Where the title stands in :attr:`text`."""
    fields: tuple[tuple[str, str], ...]
    """Labelled page metadata as found: ``("发布时间", "2024-12-13 16:45")``; an
    unlabelled date line under the title is recorded as ``("日期", …)``."""
    diagnostics: tuple[Diagnostic, ...]


@attrs.define
class _Line:
    start: int  # of the line in the input
    end: int  # before its "\n"
    view: str  # folded and trimmed

    @property
    def blank(self) -> bool:
        return not self.view


def _lines(text: str, view: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in view.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw.strip()))
        pos += len(raw) + 1
    return lines


def _fields(view: str) -> list[tuple[str, str]]:
    found = list(_LABEL.finditer(view))
    out = []
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        value = view[m.end() : nxt.start() if nxt else len(view)].strip(" •·【】[]")
        out.append((m.group("label").replace(" ", ""), value))
    return out


def _chrome_kind(line: _Line) -> str | None:
    if _FIELD_LINE.match(line.view):
        return "page-metadata"
    for kind, pattern in CHROME_LINES:
        if pattern.fullmatch(line.view):
            return kind
    return None


# A line opening with an enumeration marker (一、 (一) 1、) is report, not page head.
_MARKED = regex.compile(r"[一二三四五六七八九十]{1,3}[、.,]|\(|\d{1,2}[、.](?!\d)")


def _is_body(view: str) -> bool:
    """A line that belongs to the report proper, which ends the page head."""
    return "。" in view or len(view) > 60 or view.endswith(":") or bool(_MARKED.match(view))


def _squash(s: str) -> str:
    return _SQUASH.sub("", s)


@attrs.define
class _Cuts:
    """What to cut out of the text: (start, end, kind), in input offsets."""

    items: list[tuple[int, int, str]] = attrs.Factory(list)

    def line(self, line: _Line, kind: str, text: str) -> None:
        end = line.end + 1 if line.end < len(text) else line.end
        self.items.append((line.start, end, kind))


def _find_title(
    lines: list[_Line], cuts: _Cuts, text: str, fields: list[tuple[str, str]]
) -> tuple[int, int] | None:
    """Find the title in the page head; cut the chrome above it and repeats below it."""
    head = []
    for i, line in enumerate(lines):
        if line.blank or any(s == line.start and k for s, _, k in cuts.items):
            continue
        if _is_body(line.view):
            break
        head.append(i)
    title: tuple[int, int] | None = None
    for n, i in enumerate(head):
        line = lines[i]
        nxt = lines[head[n + 1]] if n + 1 < len(head) else None
        if nxt is not None and _ORG_LINE.fullmatch(line.view) and not _TITLE.fullmatch(line.view):
            joined = _TITLE.fullmatch(line.view + nxt.view)
            if joined and not joined.group("suffix"):
                title = (line.start, nxt.end)
                rest = head[n + 2 :]
                above = head[:n]
                break
        m = _TITLE.fullmatch(line.view)
        if m:
            raw = text[line.start : line.end]
            start = line.start + len(raw) - len(raw.lstrip())
            title = (start, start + m.end("title"))
            if m.group("suffix"):
                cuts.items.append((title[1], line.end, "page-chrome"))
            rest, above = head[n + 1 :], head[:n]
            break
    if title is None:
        return None
    for i in above:
        cuts.line(lines[i], "page-chrome", text)
    wanted = _squash(fold(text[title[0] : title[1]]))
    k = 0
    while k < len(rest):
        for width in (1, 2, 3):
            group = [lines[i] for i in rest[k : k + width]]
            if len(group) == width and _squash("".join(g.view for g in group)) == wanted:
                for g in group:
                    cuts.line(g, "repeated-title", text)
                k += width
                break
        else:
            line = lines[rest[k]]
            if _DATE.search(line.view) and len(line.view) <= 40:
                fields.append(("日期", _DATE.search(line.view).group()))  # type: ignore[union-attr]
                cuts.line(line, "page-metadata", text)
            k += 1
    return title


def _merge(cuts: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sort the cuts and drop what an earlier cut already covers (debris inside chrome)."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(cuts):
        begin = max(start, out[-1][1]) if out else start
        if begin < end:
            out.append((begin, end, kind))
    return out


def _apply(text: str, view: str, cuts: list[tuple[int, int, str]]) -> tuple[str, str, list[Debris]]:
    """Cut the pieces out of the text and its view; record each contiguous run as debris."""
    parts: list[str] = []
    view_parts: list[str] = []
    debris: list[Debris] = []
    last = removed = 0
    for start, end, kind in cuts:
        parts.append(text[last:start])
        view_parts.append(view[last:start])
        piece, at = text[start:end], start - removed
        if debris and debris[-1].kind == kind and debris[-1].at == at:
            debris[-1] = Debris(kind, debris[-1].text + piece, at)
        else:
            debris.append(Debris(kind, piece, at))
        removed += end - start
        last = end
    parts.append(text[last:])
    view_parts.append(view[last:])
    return "".join(parts), "".join(view_parts), debris


_MESSAGES = {
    "page-chrome": "removed web-page chrome",
    "page-metadata": "read and removed the page's metadata fields",
    "repeated-title": "removed a repeat of the title",
}


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
    lines = _lines(text, view)
    cuts = _Cuts()
    fields: list[tuple[str, str]] = []
    for line in lines:
        if line.blank:
            continue
        kind = _chrome_kind(line)
        if kind is not None:
            if kind == "page-metadata":
                fields.extend(_fields(line.view))
            cuts.line(line, kind, text)
    title = _find_title(lines, cuts, text, fields)
    cuts.items.extend((s, e, k) for k, s, e in find_inline_debris(text))
    merged = _merge(cuts.items)
    out, out_view, debris = _apply(text, view, merged)
    title_span = None
    if title is not None:
        before = sum(e - s for s, e, _ in merged if e <= title[0])
        inside = sum(e - s for s, e, _ in merged if s >= title[0] and e <= title[1])
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

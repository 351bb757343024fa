"""Page chrome: the lines a web page puts around a report, one vocabulary for every reader.

The words of tool bars, footers, neighbour links and editors' labels are defined here
once.  Two patterns are built from them: :data:`CHROME`, which the page stage runs on the
folded view of any text (a saved page's text, a scrape) by :func:`chrome_lines`, and
:func:`fzbg.genre.web_chrome.web_chrome_line`, which the web-page reader runs on each
line of an article before anything is folded.
Teaching fzbg a new kind of page chrome is one word in one of these tables.  A copy of a
WeChat (公众号) article has words of its own (:data:`WECHAT_WORDS`, :data:`WECHAT_END_WORDS`)
and two kinds of line that :data:`CHROME` names: the article's header (``posted``, its
date the page's) and a line that ends the article (``end``), after which the page is the
app's, not the report's (see :mod:`fzbg.page.wechat`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from fzbg.genre.crumbs import LOCATION_WORD as _LOCATION
from fzbg.genre.crumbs import LOCATION_WORDS
from fzbg.genre.dates import CLOCK, DATE
from fzbg.genre.markers import MARKED
from fzbg.genre.news import COMPILED_LABEL, NEWS_BYLINES
from fzbg.text.classes import all_but

__all__ = [
    "CHROME", "COUNT_LABELS", "EDITOR_LABELS", "FIELD_TRIM", "FOOTER_LABELS", "FOOTER_WORDS",
    "LABEL", "LABELS_UNSPACED", "LABEL_WORDS", "NEIGHBOUR_WORDS", "PAGE_FRACTION",
    "PAGE_NUMBER", "PUBLISHED_LABELS", "SOURCE_LABELS", "SPACE_REFERENCES", "SUMMARY_LABELS",
    "TITLE_LABELS", "TOOL_WORD", "WECHAT_END_WORDS", "WECHAT_WORDS", "WIDGET_WORDS",
    "chrome_lines",
]  # fmt: skip

# The editors' sign-off under an article: 责任编辑：…, （编辑：…）; and the credits a
# WeChat (公众号) article adds under it: 排版：…, 初审：…, 终审：…, 图片来源：….
EDITOR_LABELS = (
    "责任编辑", "编辑", "责编", "审核", "校对", "排版", "初审", "复审", "终审", "图片来源",
)  # fmt: skip
"""Labels of the staff a page names under its article; page metadata to the text stage."""
SUMMARY_LABELS = ("摘要", "内容摘要", "提要", "内容提要", "概要", "内容概要", "导读")
"""Labels of the summary a page sets over its article: the article's opening, repeated."""
PUBLISHED_LABELS = (
    "发布时间", "发布日期", "发布于", "公开日期", "公开时间", "发稿时间", "发表时间", "生成日期",
    "上传时间", "录入时间", "信息时间", "更新时间", "更新日期", "日期", "时间", "发文日期",
    "发文时间",
)  # fmt: skip
"""The labels of a page's date of publication, the most telling first: 发布时间, 发稿时间 …"""
# When a crawler took its copy (采集时间:…), a label of its own: not 时间, the page's date.
_CAPTURE_LABELS = ("采集时间", "采集日期", "抓取时间", "爬取时间", "访问时间", "下载时间")
SOURCE_LABELS = ("发文机关", "发文机构", "发布机构", "发布单位", "来源", "信息来源")
"""The labels of a page's fields that name a body, the one that issued the document first."""
TITLE_LABELS = ("文章标题", "信息名称", "标题", "名称", "题目")
"""The labels under which a site's field table gives the article's title (标题:…)."""
COUNT_LABELS = (
    "浏览次数", "阅读次数", "访问次数", "点击数", "点击量", "访问量", "浏览量", "阅读量",
    "阅读", "浏览", "字号", "字体",
)  # fmt: skip
"""Labels of a count or the type sizes (浏览次数:35, 字号:大 中 小), never of prose."""
# Labels of the metadata tables sites print around a report.  A label may be spaced out
# for justification ("索 引 号", "名　　称", "文       号"), so each is matched with spaces.
_LABELS = sorted(
    {
        "索引号", "主题分类", "发文机关", "发文机构", "发布机构", "发布单位", "成文日期",
        "发文字号", "文号", "公开方式", "公开范围", "公开时限", "有效性", "公开形式", "信息来源",
        "文章来源", "稿件来源", "新闻来源", "稿源", "来源", "作者", "分享到", "撰稿", "供稿",
        "信息分类", "组配分类", "体裁分类", "主题词", "关键词", "废止日期", "失效日期", "生效日期",
        "责任部门", "统一编号", "信息类别", "审核程序", "是否有效", "登记号", "信息索引号",
        "目录名称", "效用状态", "时效性", "公开目录",
        *_CAPTURE_LABELS, *EDITOR_LABELS, *PUBLISHED_LABELS, *TITLE_LABELS, *COUNT_LABELS,
    },
    key=lambda label: (-len(label), label),
)  # fmt: skip
LABEL_WORDS = "|".join("[ ]{0,8}".join(label) for label in _LABELS)
"""Every label of page metadata, spaced out or not, as an alternation for patterns."""
LABELS_UNSPACED = "|".join(_LABELS)
"""Every label of page metadata as written whole, an alternation: cheaper to try."""
_LABEL_WORDS = LABEL_WORDS
_LABEL_OPENERS = re.escape("".join(sorted({"[", "【", "|", " ", *(w[0] for w in _LABELS)})))
LABEL = re.compile(
    rf"(?=[{_LABEL_OPENERS}])"  # one test of a character rules out most places at once
    rf"[\[【|]?[ ]?(?P<label>{LABEL_WORDS})[ ]?(?::|[\]】|]|(?=[ \t|]{{0,3}}{DATE}))"
)
"""A label of page metadata as fields are read (folded view): ``发布时间:``, ``索 引 号:``,
``[ 主题分类 ]``, or a label whose colon was lost before its date (``发布时间 2025年9月5日``)."""
FIELD_TRIM = " \t•·【】[]|"
"""What is trimmed off a page field's value: spaces, bullets, brackets, table-cell bars."""
_WIDGET_SEPARATORS = "•·|/【】[]()<>:"
_WIDGET_SEP = f"[ \\t{re.escape(_WIDGET_SEPARATORS)}]"
# The words of a page's tool bars: 打印 关闭 / 【打印本页】【关闭本页】 / 分享到: / 今天是:
WIDGET_WORDS = (
    "打印本页", "关闭本页", "关闭窗口", "打印正文", "打印", "关闭", "返回顶部", "返回首页", "返回",
    "收藏本页", "加入收藏", "收藏", "设为首页", "分享到", "分享", "字体", "字号", "大", "中", "小",
    "默认", "朗读", "无障碍阅读", "无障碍", "长者版", "老年版", "关怀版", "简体", "繁体", "English",
    "语音播报", "手机版", "微信", "微博", "扫一扫", "我要纠错", "纠错", "保存", "新闻中心",
    "我要打印", "打印此页", "关闭此页", "用手机扫描二维码", "扫描二维码", "保存本页", "今天是",
)  # fmt: skip
# Words that follow another on a tool bar (扫一扫在手机打开当前页), never open one: the
# lines they would open (在…) are not worth a look.
TOOL_WORD = (
    rf"[\[【]?(?:{'|'.join(w for w in WIDGET_WORDS if len(w) > 1)})[\]】]?[ ]*"
    rf"|(?:{'|'.join(w for w in WIDGET_WORDS if len(w) == 1)})(?:[\]】][ ]*|[ ]+)"
)
"""One word of a tool bar, maybe in its brackets, and the spaces after it (folded view):
【打印】, 关闭, 小】 (the end of 【字体:大 中 小】); a word of one character only before a
space or its bracket's close (中共, 大连 open names)."""
_WIDGET_INNER_WORDS = ("在手机打开当前页", "在手机上继续观看")
# The words of a WeChat (公众号) article's bars, as a copy of it carries them as lines
# (分享 收藏 点赞 在看 / 写留言 / 知道了), and the marks it points down the page with (▼, ↓).
# Not in WIDGET_WORDS: a page that lost its line breaks is not split at these.
WECHAT_WORDS = (
    "点赞", "赞", "在看", "写留言", "留言", "知道了", "图片", "视频", "小程序", "▼", "↓", "▲",
)  # fmt: skip
# Where a WeChat article ends and the app's own page begins: its END, the list of the
# account's other articles (往期推荐), the link to the original, the app's prompts; and
# where a reposting site lists its other pages (相关推荐, 猜你喜欢), their titles below.
# What follows one of these lines, past the report's middle, is chrome too.
WECHAT_END_WORDS = (
    "END", "End", "往期推荐", "往期回顾", "往期精选", "往期精彩", "精彩推荐",
    "推荐阅读", "延伸阅读", "点击阅读原文", "轻触阅读原文", "阅读原文",
    "喜欢此内容的人还喜欢", "继续滑动看下一个", "向上滑动看下一个", "预览时标签不可点",
    "相关推荐", "猜你喜欢", "热门推荐", "热门文章", "更多推荐", "为你推荐", "相关范文",
)  # fmt: skip
_WIDGETS = "|".join((*WIDGET_WORDS, *_WIDGET_INNER_WORDS, *WECHAT_WORDS))
_ENDS = f"(?:THE[ ]?)?(?:{'|'.join(WECHAT_END_WORDS)})"  # END, THE END
_END_SEP = rf"[ \t{re.escape(_WIDGET_SEPARATORS)}\-—–_=~*#]"
# A WeChat prompt to follow the account: 点击上方蓝字关注我们, 长按识别二维码, 微信扫一扫
# 关注该公众号, 关注我们 — a line that asks and says nothing else (no clause, no 。).
_FOLLOW_VERBS = ("点击", "长按", "扫码", "扫描", "识别", "微信扫一扫", "扫一扫", "手机扫码")
# A QR code's caption on a page too: 扫一扫在手机上阅读本文, 手机扫码阅读, 扫码在手机上查看.
_ON_PHONE = r"(?:手机|阅读|查看|打开|浏览)"
_FOLLOW = (
    rf"(?:{'|'.join(_FOLLOW_VERBS)})[^,。;!?\n]{{0,24}}?(?:关注|二维码|{_ON_PHONE})"
    r"[^,。;!?\n]{0,10}"
    r"|关注(?:我们|该公众号|公众号|本号)[^,。;!?\n]{0,10}"
)
# A WeChat article's header: 原创 东山司法 东山司法 2024-02-01 08:30 发表于湖南, or its
# second line 2024年02月01日 08:30 湖南 under the account's name.  The date is the page's.
# (Spaces as classes: the pattern is verbose.  A poster's name and spaces, taken whole.)
_PROVINCE = "[\u4e00-\u9fff]{2,8}"
_POSTER = r"[^\s:,。;]{1,24}+[ \t]++"
_WHEN = DATE.replace(" ", "[ ]") + r"日?"
_WHERE = rf"(?:[ \t]*(?:发表于)?[ \t]*{_PROVINCE})"
_POSTED_ORIGINAL = rf"原创[ \t]+(?:{_POSTER}){{0,3}}{_WHEN}(?:[ \t]?{CLOCK})?{_WHERE}?"
_POSTED = (
    rf"{_POSTED_ORIGINAL}"
    rf"|(?:{_POSTER}){{1,3}}{_WHEN}[ \t]?{CLOCK}{_WHERE}?"
    rf"|{_WHEN}[ \t]?{CLOCK}{_WHERE}"
)
_MODE_VERBS = ("进入", "退出", "切换")
_MODE_USERS = ("老年", "长者", "关怀", "无障碍")
_MODE_FORMS = ("模式", "版")
_MODE = "".join(f"(?:{'|'.join(words)})" for words in (_MODE_VERBS, _MODE_USERS, _MODE_FORMS))
NEIGHBOUR_WORDS = (
    "上一篇", "下一篇", "上一条", "下一条", "相关链接", "相关文章", "相关阅读", "相关新闻",
    "相关附件", "附件下载",
)  # fmt: skip
_NEIGHBOUR = f"(?:{'|'.join(NEIGHBOUR_WORDS)})"
_BULLETS = "•·*-"
FOOTER_WORDS = (
    "网站标识码", "ICP备", "备案号", "版权所有", "公网安备", "网站地图",
    "Copyright", "copyright", "©",
)  # fmt: skip
"""Words of a site's footer, anywhere in its line: 备案号, 网站标识码, 版权所有."""
FOOTER_LABELS = ("主办", "承办", "协办", "技术支持", "网站维护")
"""Labels of a site's footer, each maybe followed by 单位 and then a colon: 主办单位：…."""
_FOOTER_LABEL = f"(?:{'|'.join(FOOTER_LABELS)})(?:单位)?:"
_FOOTER = f"(?:{'|'.join(FOOTER_WORDS)}|{_FOOTER_LABEL})"
# A news story's lead around a report it reposts (本报讯(记者 …), 记者从市司法局获悉).
_NEWS_GAP = 24  # 记者 … 获悉: where the reporter learnt it (从市司法局, 近日从…)
_NEWS = rf"(?:{'|'.join(NEWS_BYLINES)}|记者[^\n。]{{0,{_NEWS_GAP}}}?获悉)"
# White space written as an HTML character reference, which a scraper that did not
# unescape a page leaves in its text, mostly as a line's indentation (&nbsp;&nbsp;索引号:).
SPACE_REFERENCES = (
    "&nbsp;", "&ensp;", "&emsp;", "&thinsp;", "&#160;", "&#8194;", "&#8195;", "&#12288;",
)  # fmt: skip
"""White space as HTML character references: ``&nbsp;``, ``&#12288;``."""
# A line's indentation: spaces and tabs, or white space a scraper left as references.
_INDENT = rf"(?:[ \t]|&(?:{'|'.join(re.escape(ref[1:]) for ref in SPACE_REFERENCES)}))*+"
# How far into a line (past its indentation) the unanchored branches' words may start.
_MODE_REACH, _CRUMB_REACH, _FOOTER_REACH, _NEWS_REACH, _BROWSER_REACH = 10, 24, 40, 20, 40
_OLD_BROWSER = "升级|版本|极速模式|兼容模式|最佳体验|显示效果"  # a site's word to old browsers
_BROWSER = rf".{{0,{_BROWSER_REACH}}}浏览器.{{0,40}}(?:{_OLD_BROWSER}).{{0,60}}"
_NEWS_LINE = 300  # a lead is a paragraph; a whole report run into one line is far longer
_CRUMB_LAST, _CLOCK_REACH = 60, 48  # a crumb may be as long as a title; a clock is far in

# A page number on a line of its own: — 2 —, - 3 -, 第1页 共3页, 共3页 第1页; and 3/12
# (page 3 of 12), which only a page's foot glued after its last sentence shows as one.
_PAGE_OF, _PAGES = r"第[ \t]?\d{1,3}[ \t]?页", r"共[ \t]?\d{1,3}[ \t]?页"
PAGE_NUMBER = (
    r"[-—–][ \t]?\d{1,3}[ \t]?[-—–]"
    rf"|{_PAGE_OF}(?:[ \t]?[,/]?[ \t]?{_PAGES})?|{_PAGES}[ \t]?[,/]?[ \t]?{_PAGE_OF}"
)
_PAGE_NUMBER_OPENERS = "-—–第共"
PAGE_FRACTION = r"[1-9][0-9]{0,2}/[1-9][0-9]{0,2}"

# Whole lines of chrome, one alternative per quirk of government sites.  Matched on the
# folded view, one line at a time (see _CHROME_HINT); no branch can cross a line ([^\n],
# no \s but in _POSTER, which a date must follow on its line).  Plain stdlib ``re``: it
# runs this about twice as fast as ``regex``.  The only groups are ``metadata``,
# ``number``, ``posted`` and ``end``: a match's ``lastgroup`` names its kind.


def _firsts(*words: str) -> str:
    """A look at the next character: the first of one of ``words`` (cheaper than trying each).

    The patterns try an alternation of words only past such a look (the tests build them
    without it, as plain as they were, to hold them to it).  No word opens with a separator.
    """
    return f"(?=[{re.escape(''.join(sorted({word[0] for word in words})))}])"


_WIDGET_ALL = (*WIDGET_WORDS, *_WIDGET_INNER_WORDS, *WECHAT_WORDS)


# Right after a line that ends with a breadcrumb's arrow (a space on either side of the
# break, as a wrap leaves it): a look-behind has one width, so one for each.
_AFTER_ARROW = "(?:{})".format(
    "|".join(rf"(?<=[>»›]{a}\n{b})" for a in ("", r"[ \t]") for b in ("", r"[ \t\u3000]"))
)


def _chrome_line(posted: str, look: Callable[..., str] = _firsts) -> str:
    """A whole line of chrome (see :data:`CHROME`), its header branch ``posted``."""
    words, follow = look(*_WIDGET_ALL, "THE", *WECHAT_END_WORDS), look(*_FOLLOW_VERBS, "关注")
    return rf"""
    {_INDENT}(?:
      (?P<number>{PAGE_NUMBER})
          # — 2 — / - 3 - / 第1页 共3页: a page number that a print or PDF left in the text;
          # first, as no other branch takes such a line, and a printed text has many
    | (?P<metadata>[{re.escape(_BULLETS)}]?[ \t]*(?:{_LABEL_WORDS})[ ]*[:·].*)
          # 索引号: 公开方式: / • 日期:2025-01-08 / 发布时间:…信息来源:…阅读次数:…字体:【
    | (?P<posted>{posted})
          # 原创 某某司法 2024-02-01 08:30 发表于湖南: a WeChat article's header, the page's date
    | (?P<end>(?={_END_SEP}*{words}){_END_SEP}*(?:(?:{_WIDGETS}){_END_SEP}*)*{_ENDS}
        (?:{_END_SEP}*(?:{_WIDGETS}|{_ENDS}))*{_END_SEP}*)
          # END / - END - / 往期推荐 / 阅读原文: where a WeChat article ends (see WECHAT_END_WORDS)
    | {_WIDGET_SEP}*{look(*_WIDGET_ALL)}(?:(?:{_WIDGETS}){_WIDGET_SEP}*)+
          # 打印 关闭 / 【打印本页】【关闭本页】 / 分享到: / • 设为首页 / 无障碍 简体| 繁体
          # / 分享 收藏 点赞 在看 / ▼
    | {follow}(?:{_FOLLOW})
          # 点击上方蓝字关注我们 / 长按识别二维码: WeChat's prompt to follow the account
    | .{{0,{_MODE_REACH}}}{_MODE}.{{0,20}}
          # 进入老年模式 退出老年模式
    | {_LOCATION}[: \t].*
          # 当前位置:首页 > 政务公开 > …
    | (?:[^>»›。\n]{{0,{_CRUMB_REACH}}}[>»›]){{2,}}[^>»›。\n]*
          # > 政务公开 > 信息公开目录 > 计划总结 (a breadcrumb continued on its own line)
    | {_AFTER_ARROW}[^>»›。\n]{{1,{_CRUMB_REACH}}}[>»›][^>»›。\n]*
          # 法治政府建设年度报告 > 县区年报: the rest of a breadcrumb a wrap broke after an arrow
    | [>»›](?![ ]?(?:{MARKED.pattern}))[^>»›。\n]{{1,{_CRUMB_LAST}}}
          # > 全区法治政府建设年度报告: its last crumb alone, the column or the page's title
          # (its heading again); never a marker: > 一、主要举措 is a heading quoted in Markdown
    | {_NEIGHBOUR}[: \t].{{0,80}}
          # 上一篇: / 相关链接
    | {_BROWSER}  # 当前浏览器版本过低…请升级 / 切换至极速模式: a site's word to old browsers
    | {COMPILED_LABEL}
          # 篇一: / 【篇2】: a content farm's label over one of the reports it pastes together
    | .{{0,{_FOOTER_REACH}}}{_FOOTER}.{{0,60}}
          # the site footer
    | [^\n。]{{0,{_NEWS_REACH}}}?{_NEWS}.{{0,{_NEWS_LINE}}}
          # 本报讯(记者 张某)… / 近日,记者从市司法局获悉,…: a news story's lead around a repost
    )[ \t]*$
    """


_CHROME_LINE = _chrome_line(_POSTED)
_NO_CLOCK_LINE = _chrome_line(_POSTED_ORIGINAL)
CHROME = re.compile(rf"^{_CHROME_LINE}", re.MULTILINE | re.VERBOSE)
"""A line of page chrome, with a group ``metadata`` or ``number`` where it is page
metadata or a page number, ``posted`` where it is a WeChat article's header (its date the
page's), ``end`` where it ends a WeChat article."""


# What every chrome line has, right after its line break and indentation: the opening
# of an anchored branch of CHROME, or, near enough for an unanchored branch, one of these
# characters, rare in report prose, of which each word those branches need holds one:
# 模 or 版 of a mode, 码 of 网站标识码, I of ICP备, 办 of 主办, C of Copyright …, the
# breadcrumb's arrows, 讯 or 悉 of a news story's lead (本报讯, 记者…获悉), 器 of 浏览器.
_RARE = "模版码I备图单术办护>»›Cp©讯悉器"
_NOT_RARE = all_but("\n" + _RARE)  # the others, as ranges: a step less each (text.classes)


def _first_rare(words: tuple[str, ...]) -> int:
    """Where the first _RARE character stands in each of ``words``, at the latest."""
    return max(min(i for i, char in enumerate(word) if char in _RARE) for word in words)


def _rare_reach() -> int:
    """How far into a chrome line the first of the _RARE characters can stand."""
    before_form = _MODE_REACH + max(map(len, _MODE_VERBS)) + max(map(len, _MODE_USERS))
    mode = before_form + _first_rare(_MODE_FORMS)
    footer = _first_rare((*FOOTER_WORDS, *(f"{label}单位" for label in FOOTER_LABELS)))
    news = _NEWS_REACH + max(_first_rare(NEWS_BYLINES), len("记者") + _NEWS_GAP + 1)
    return max(mode, _CRUMB_REACH, _FOOTER_REACH + footer, news, _BROWSER_REACH + 2)


# One scan of the view finds the few lines worth trying CHROME on: ``re`` skips from line
# break to line break in a tight loop, and on each line looks no further than that reach,
# so a long paragraph costs no more than a short line.
_OPENING_WORDS = (
    *_LABELS, *WIDGET_WORDS, *WECHAT_WORDS, *WECHAT_END_WORDS, *_FOLLOW_VERBS, "关注",
    *LOCATION_WORDS, *NEIGHBOUR_WORDS, *FOOTER_LABELS,
)  # fmt: skip
_LINE_OPENERS = "".join(
    sorted(
        {*_BULLETS, *_WIDGET_SEPARATORS, *_PAGE_NUMBER_OPENERS, *"-—–_=~*#T原篇"}
        | {word[0] for word in _OPENING_WORDS}
    )
)
# A WeChat header's clock (2024-02-01 08:30), its first colon, as far into a line as it
# stands: the hint's last look.  A view's few clocks are found by one scan instead
# (:func:`_clocked_lines`), and only their lines are looked at so.
_CLOCK_LOOK = rf"[^\n:]{{0,{_CLOCK_REACH}}}+(?<=[0-9]):[0-5][0-9]"
# Every clock the look or CHROME's header takes has this; one scan of a view finds it.
_CLOCK_COLON = re.compile(r":(?<=[0-9]:)[0-9][0-9]")


def _chrome_hint(clock: str, look: Callable[..., str] = _firsts) -> str:
    """The look that rules a line in or out, its header-clock alternative ``clock``."""
    widgets, ends = look(*_WIDGET_ALL), look("THE", *WECHAT_END_WORDS)
    return rf"""
    {_INDENT}(?:
      (?=[{re.escape(_LINE_OPENERS)}])
      (?:{PAGE_NUMBER}|[{re.escape(_BULLETS)}]|{look(*_LABELS)}(?:{_LABEL_WORDS})
        |{_WIDGET_SEP}*{widgets}(?:{_WIDGETS})|{_END_SEP}*{ends}{_ENDS}
        |{_LOCATION}|{_NEIGHBOUR}|{_FOOTER_LABEL}|原创|{_FOLLOW}|{COMPILED_LABEL}[ \t]*$)
    | [{_NOT_RARE}]{{0,{_rare_reach()}}}+[{re.escape(_RARE)}]
    {clock}
    )
    """


_CHROME_HINT = _chrome_hint(f"| {_CLOCK_LOOK}")
_NO_CLOCK_HINT = _chrome_hint("")


@functools.cache
def _scan(opening: str, hint: str, line: str) -> re.Pattern[str]:
    """The pattern of a chrome line that the ``hint`` lets through, after ``opening``.

    Compiled on first use: ``import fzbg`` compiles none of these large patterns.
    """
    return re.compile(rf"{opening}(?={hint}){line}", re.MULTILINE | re.VERBOSE)


# A chrome line after a line break (r"\n"), or the first line (""): the search jumps from
# break to break, the hint but its clock's look rules out a line in a few steps, and only
# then is the line matched.  A view with a clock is matched by the whole line, one with
# none by the line whose only header is one with 原创.  The lines the clock's look alone
# lets through are looked at by the whole hint (_clocked_lines).
_BREAK = r"\n"


def chrome_lines(view: str) -> Iterator[tuple[int, int, str | None]]:
    r"""The lines of page chrome in the folded ``view``, as :data:`CHROME` finds them.

    One scan finds them all, trying only the lines ``_CHROME_HINT`` points at; the
    lines its look for a WeChat header's clock points at are found from the view's
    clocks (:func:`_clocked_lines`).

    Yields:
        ``(start, end, what)`` per line, from its indentation to its end: ``what`` is
        ``"metadata"`` or ``"number"`` where it is page metadata or a page number.

    Example:
        >>> list(chrome_lines("当前位置:首页 > 政务公开\n正文。\n打印 关闭\n— 2 —"))
        [(0, 14, None), (19, 24, None), (25, 30, 'number')]

    """
    clocks = [m.start() for m in _CLOCK_COLON.finditer(view)]
    line = _CHROME_LINE if clocks else _NO_CLOCK_LINE
    first, after_break = _scan("", _NO_CLOCK_HINT, line), _scan(_BREAK, _NO_CLOCK_HINT, line)
    found = [(m.start(), m.end(), m.lastgroup) for m in [first.match(view)] if m]
    found += [(m.start() + 1, m.end(), m.lastgroup) for m in after_break.finditer(view)]
    if clocks and (clocked := _clocked_lines(view, clocks)):
        found = sorted(found + clocked)
    yield from found


def _clocked_lines(view: str, clocks: list[int]) -> list[tuple[int, int, str | None]]:
    """The chrome lines that only the hint's look for a clock (_CLOCK_LOOK) lets through.

    Each line that holds one of the ``clocks`` (where their colons stand) and that the
    rest of the hint rules out is looked at by the whole hint, and matched.
    """
    found: list[tuple[int, int, str | None]] = []
    looked = -1
    for colon in clocks:
        start = view.rfind("\n", 0, colon) + 1
        clocked = start != looked and not _scan("", _NO_CLOCK_HINT, "").match(view, start)
        looked = start
        if clocked and (m := _scan("", _CHROME_HINT, _CHROME_LINE).match(view, start)):
            found.append((m.start(), m.end(), m.lastgroup))
    return found

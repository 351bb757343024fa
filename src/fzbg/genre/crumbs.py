"""A breadcrumb's vocabulary: its label, the columns it names, and a site's banner.

A page's chrome (:mod:`fzbg.genre.chrome`) opens a breadcrumb with its label; the page
stage reads a title a page glued behind a column's name or a banner
(:mod:`fzbg.page.title_line`).
"""

from __future__ import annotations

from fzbg.genre.bodies import PLACE_WORDS

__all__ = [
    "BANNER",
    "COLUMN",
    "COLUMN_ENDINGS",
    "COLUMN_NAMES",
    "COLUMN_WORDS",
    "LOCATION",
    "LOCATION_WORD",
    "LOCATION_WORDS",
]

LOCATION_WORDS = (
    "当前位置", "您当前的位置", "您当前位置", "您现在的位置", "您现在位置", "您的位置", "您位置",
    "所在位置",
)  # fmt: skip
LOCATION_WORD = f"(?:{'|'.join(LOCATION_WORDS)})"
"""The words of a breadcrumb's label: 当前位置, 您现在的位置."""
LOCATION = rf".{{0,4}}?{LOCATION_WORD}[ \t]?:?"
"""The label a breadcrumb opens with, in the folded view: 当前位置:, 您现在的位置: ."""
# The names of a site's columns, which a breadcrumb's last crumb names and a page glues in
# front of a title that lost its line break (工作动态某县2023年度…报告): a few endings
# (…动态, …公告, …公开) after a short name, or a name of their own; and the home page.
# A name before an ending holds no place word (某县政务公开办 is a body); a pair of levels
# (乡镇动态, 县区动态) may.
COLUMN_ENDINGS = (
    "动态", "公告", "公示", "公开", "文件", "要闻", "专栏", "专题", "资讯", "快讯", "新闻", "解读",
)  # fmt: skip
COLUMN_NAMES = (
    "法治政府建设", "依法行政", "法治建设", "政策解读", "计划总结", "工作报告", "年度报告", "年报",
    "网站首页", "首页", "主页",
)  # fmt: skip
# The words a disclosure catalogue's columns are made of, one or a few together:
# 其他法定主动公开内容, 部门政府信息, 重点领域信息公开, 规划计划, 工作总结, 其他.  No body's
# name opens with one, so where a body named for its place follows (部门信息某县司法局…),
# the words are the column's.
COLUMN_WORDS = (
    "其他", "部门", "政府", "法定", "主动", "公开", "信息", "内容", "工作", "总结", "计划", "规划",
    "重点", "领域", "目录", "报告", "文件", "政策", "通知", "专项",
)  # fmt: skip
_PLACE_CHARS = "".join(word for word in PLACE_WORDS if len(word) == 1)
COLUMN = (  # not 关于…, which opens a title: 关于公开某镇…报告的公告
    rf"(?!关于)(?:[{_PLACE_CHARS}]{{2}}|(?:(?![{_PLACE_CHARS}])\p{{Han}}){{0,4}}?)"
    rf"(?:{'|'.join(COLUMN_ENDINGS)})|{'|'.join(COLUMN_NAMES)}"
    rf"|(?:{'|'.join(COLUMN_WORDS)}){{1,6}}"
)
"""A column's name, or the home page's, as a crumb (a ``regex`` pattern): 工作动态, 通知公告,
政务公开, 乡镇动态, 法治政府建设, 首页, 其他法定主动公开内容."""
BANNER = r"[^\n]{0,40}?(?:www\.|https?://)[A-Za-z0-9.\-/]+?\.(?:com|cn|net|org)(?:\.cn)?/?"
"""A site's banner, its name and then its address, as the page glues it before a title
(某县人民政府门户网站 www.….gov.cn)."""

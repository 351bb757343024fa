"""A document-sharing (文库) site's frame around a report it offers for download.

Such a site shows the file's name above the text (某县某局2021年度法治政府建设工作报告.docx),
the file's size, pages and price (14.50KB, 共7页, 10金币, 下载券, VIP), who uploaded it
and how often it was read (文档贡献者, 阅读量), and numbered tips on downloading
(温馨提示: / 1、本文档共7页… / 2、下载前请…) above or below the text.  None of it is the
report's; every pattern runs on the folded view (half-width colons and digits).
"""

from __future__ import annotations

from fzbg.genre.chrome import LABELS_UNSPACED

__all__ = [
    "FILE_SUFFIX",
    "MENU_ENTRY",
    "MENU_RUN",
    "SHARING_DEBRIS",
    "SHARING_HINT",
    "TIPS_LABEL",
    "TIP_LINE",
    "TIP_REACH",
    "TIP_WORDS",
    "UPLOADER_LABEL",
    "WATERMARK_ADDRESS",
    "WATERMARK_NAME",
]

FILE_SUFFIX = r"\.(?i:docx?|wps|pdf|ofd|txt)"
"""The suffix of a file's name as a sharing site shows it (某某报告.docx)."""

# One piece of a site's debris: a size (14.50KB, 1.2 MB), a page count (共7页, 7页), a price
# (10金币, 2下载券, 5积分), a button or badge (下载, 立即下载, VIP, VIP专享), a labelled
# field (文档贡献者, 阅读量 1234, 文档页数:12页, 下载积分:5, 上传时间:2023-03-01), a site's name
# after a dash (- 某某文库).
_PIECE = (
    r"[0-9]+(?:\.[0-9]+)?[ ]?(?i:kb|mb|k|m)\b"
    r"|共?[ ]?[0-9]{1,4}[ ]?页"
    r"|[0-9]+(?:\.[0-9]+)?[ ]?(?:金币|积分|下载券|下载币|文库币|贡献值)"
    r"|(?:免费|立即|点击|付费)?下载(?:文档|本文档|此文档)?|(?i:vip)(?:专享|免费|会员)?|在线阅读"
    r"|(?:(?:文档|文件)?(?:贡献者|上传者|上传人|分享者|页数|大小|格式|类型|价格)"
    r"|(?:阅读|下载|浏览)(?:量|次数|积分|券)|上传(?:时间|日期)|所需积分|售价)"
    r"[ ]?:?[ ]?[^ \n:]{0,20}"
    r"|[-—|][ ]*[^ \n]{0,12}(?:文库|文档网|文档|网)"
)
UPLOADER_LABEL = r"(?:文档|文件)?(?:贡献者|上传者|上传人|分享者)[ ]?:?"
"""The label of who uploaded the file, alone on its line: its value (a user's name) is
the next line, the site's too."""
SHARING_DEBRIS = rf"(?:{_PIECE})(?:[ \t|/·•]*(?:{_PIECE}))*"
"""A run of a sharing site's debris pieces (14.50KB 共7页 10金币), a whole line or the end
of the line that names the file."""

TIPS_LABEL = r"[【\[]?温馨提示[】\]]?:?"
"""The label over a sharing site's tips, alone on its line: 温馨提示：, 【温馨提示】."""

# A tip: its words speak of the file, the site or the download (本文档共7页…, 下载前请…,
# 本站不保证…, 内容提供方…, 付费…, VIP…), maybe numbered (1、, 2.), never a report's prose.
TIP_WORDS = (
    r"本文档|本文库|本站|本网站|文档内容|内容提供方|用户上传|下载前|下载后|下载文档|无法下载"
    r"|付费|金币|下载券|VIP|vip|仅供学习|仅供参考|可编辑"
)
"""The words of a tip, one of which opens within :data:`TIP_REACH` of its line's start."""
TIP_REACH = 36
TIP_LINE = rf"[ ]*(?:[0-9]{{1,2}}[、.)]|\([0-9]{{1,2}}\))?[ ]*[^\n]{{0,30}}?(?:{TIP_WORDS})[^\n]*"
"""A line of a sharing site's tips (1、本文档共7页，可在线阅读或下载。)."""

SHARING_HINT = (
    r"文档|下载|温馨提示|金币|VIP|vip|文库|本站|KB|kb|\.(?:docx?|DOCX?|wps|WPS|pdf|PDF|ofd|txt)"
)
"""Words one of which every frame holds: a page without any is left alone at once.  A
plain alternation, no case-blind group: ``re`` then skips to their first characters."""

WATERMARK_ADDRESS = r"(?:www\.)?[a-z0-9-]+\.(?:com|cn|net|org|cc)(?:\.cn)?[ \t]*$"
"""A copying site's address that ends a line it stamps (公文汇 www.xxx.com)."""
WATERMARK_NAME = r"(?:^|[ \t]+)[\u4e00-\u9fff]{2,8}(?:[ \t,]+[\u4e00-\u9fff]{2,10})?[ \t]*$"
"""The site's name before its address, after a space or alone on the line: with the address,
a watermark a reposting site stamps on headings and lines (…主要举措和成效 公文汇 www.xxx.com)."""

MENU_ENTRY = rf"[ \t]*[•·][ \t]*(?!(?:{LABELS_UNSPACED})[ \t]*$)[\u4e00-\u9fff]{{2,12}}[ \t]*"
"""One entry of a site's menu of categories, a bullet and a short name alone on its line
(• 工作总结, • 述职报告): a resource site lists them above the text it copies.  Not a
label of page metadata (• 发布机构, then its value): a disclosure table bulleted."""
MENU_RUN = 3
"""How many such entries, one under another, make a menu: a report's own bulleted lines
have words after their names, or come one at a time."""

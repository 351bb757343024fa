"""Web pages in the style of Chinese government sites, built around a report's lines.

Each builder takes the title, the publication date, the publishing body and the report's
lines and returns a page the way one family of site software writes it: navigation,
breadcrumbs, a metadata strip, the article, share bars, related links and a footer with
备案号.  The tests and ``bench/html_extractors.py`` use them to check that only the
report's text comes out.  Invented markup, written for fzbg; no real page is copied.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

# Lines of chrome the builders put around the article; none may reach the text.
CHROME = (
    "政务服务",
    "互动交流",
    "当前位置：首页 > 政务公开 > 法治政府建设",
    "分享到：",
    "【打印本页】",
    "【关闭本页】",
    "主办单位：青岚区人民政府办公室",
    "备案号：浙ICP备12345678号-1",
    "网站标识码：3301000001",
    "浙公网安备 33010202000123号",
    "相关链接",
    "扫一扫在手机打开当前页",
    "进入老年模式",
    "无障碍浏览",
)

_NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进青岚"]
_RELATED = ["关于印发青岚区2025年普法工作要点的通知", "青岚区召开法治政府建设推进会"]
_FOOTER = (
    "主办单位：青岚区人民政府办公室　承办：青岚区大数据中心<br>"
    "备案号：浙ICP备12345678号-1　网站标识码：3301000001<br>"
    "浙公网安备 33010202000123号"
)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _head(title: str, charset: str, date: str, source: str) -> str:
    return (
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{_esc(title)}_青岚区人民政府</title>"
        f'<meta name="ArticleTitle" content="{_esc(title)}">'
        f'<meta name="PubDate" content="{date} 09:30">'
        f'<meta name="ContentSource" content="{_esc(source)}">'
        "<style>p{text-indent:2em}</style>"
        "<script>var _hmt=_hmt||[];document.write('统计代码');</script></head>"
    )


def _nav() -> str:
    items = "".join(f'<li><a href="/{i}">{c}</a></li>' for i, c in enumerate(_NAV))
    return (
        '<div class="top"><a href="#">进入老年模式</a> <a href="#">无障碍浏览</a></div>'
        f'<div class="nav"><ul>{items}</ul></div>'
    )


def _share() -> str:
    return (
        '<div class="share bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a>'
        '<a class="bds_tsina">微博</a></div>'
        '<div class="print">【<a href="javascript:window.print()">打印本页</a>】'
        '【<a href="javascript:window.close()">关闭本页</a>】</div>'
        '<div class="ewm"><img src="qr.png">扫一扫在手机打开当前页</div>'
    )


def _related() -> str:
    links = "".join(f'<li><a href="/a/{i}.html">{t}</a></li>' for i, t in enumerate(_RELATED))
    return f'<div class="related"><h3>相关链接</h3><ul>{links}</ul></div>'


def trs_page(title: str, date: str, source: str, lines: Sequence[str]) -> str:
    """A TRS-style page: ``div.TRS_Editor`` of ``<p>`` paragraphs, UTF-8."""
    body = "".join(f'<p style="text-indent:2em;">{_esc(line)}</p>' for line in lines)
    return (
        f"<!DOCTYPE html><html>{_head(title, 'utf-8', date, source)}<body>"
        f"{_nav()}"
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a>'
        ' &gt; <a href="/fzzf">法治政府建设</a></div>'
        f'<div class="article"><h1 class="title">{_esc(title)}</h1>'
        f'<div class="pages-date">{date} 09:30　来源：{_esc(source)}'
        '<span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
        f'<div id="UCAP-CONTENT" class="pages_content"><div class="TRS_Editor">{body}</div>'
        f"</div>{_share()}</div>{_related()}"
        f'<div class="footer">{_FOOTER}</div></body></html>'
    )


def table_page(title: str, date: str, source: str, lines: Sequence[str]) -> str:
    """An old table-layout page, declared GB2312: ``<br>``-separated lines in a cell."""
    body = "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{_esc(line)}" for line in lines)
    cells = "".join(f'<td><a href="/{i}">{c}</a></td>' for i, c in enumerate(_NAV))
    return (
        f"<html>{_head(title, 'gb2312', date, source)}<body>"
        f'<table width="1000"><tr>{cells}</tr></table>'
        '<table width="1000"><tr><td class="wz">您现在的位置：<a href="/">首页</a>'
        " &gt;&gt; 政务公开 &gt;&gt; 法治政府建设</td></tr></table>"
        '<table width="1000"><tr><td width="200" valign="top">'
        f'<table class="left">{"".join(f"<tr><td>{c}</td></tr>" for c in _NAV)}</table></td>'
        '<td valign="top"><table width="100%">'
        f'<tr><td align="center" class="bt"><b>{_esc(title)}</b></td></tr>'
        f'<tr><td align="center">发布时间：{date}　信息来源：{_esc(source)}'
        "　浏览次数：<span>328</span></td></tr>"
        f'<tr><td class="content">{body}</td></tr>'
        '<tr><td align="right">【<a href="#" onclick="window.print()">打印本页</a>】'
        '【<a href="#" onclick="window.close()">关闭本页</a>】</td></tr>'
        "</table></td></tr></table>"
        f'<table width="1000"><tr><td align="center">{_FOOTER}</td></tr></table>'
        "</body></html>"
    )


def meta_table_page(title: str, date: str, source: str, lines: Sequence[str]) -> str:
    """A page with an 索引号/文号 metadata table and paragraphs split into styled spans."""

    def para(line: str) -> str:
        # Word-pasted paragraphs: the text split into runs of spans, a marker on its own.
        head, _, rest = line.partition("。")
        inner = f"<span style='font-family:仿宋'>{_esc(head)}</span>"
        if rest or line.endswith("。"):
            inner += f"<span style='font-family:仿宋'>。{_esc(rest)}</span>"
        return f"<p class='MsoNormal'>{inner}</p>"

    meta = (
        "<table class='xxgk'><tr><td>索引号：</td><td>11330100002/2026-00012</td>"
        f"<td>发布机构：</td><td>{_esc(source)}</td></tr>"
        f"<tr><td>文号：</td><td></td><td>成文日期：</td><td>{date}</td></tr></table>"
    )
    return (
        f"<!DOCTYPE html><html lang='zh-CN'>{_head(title, 'utf-8', date, source)}<body>"
        f"{_nav()}<div class='breadcrumb'>当前位置：首页 > 政务公开 > 法治政府建设</div>"
        f"<main><div class='detail'>{meta}<h2 class='detail-title'>{_esc(title)}</h2>"
        f"<div class='detail-info'><span>日期：{date}</span><span>来源：{_esc(source)}</span>"
        "<span>浏览次数：1024</span></div>"
        f"<div class='article-content'>{''.join(para(line) for line in lines)}</div>"
        f"{_share()}</div></main><aside>{_related()}</aside>"
        f"<footer>{_FOOTER}</footer></body></html>"
    )


def div_page(title: str, date: str, source: str, lines: Sequence[str]) -> str:
    """A page whose article is one ``<div>`` per paragraph, markers in ``<strong>``."""

    def para(line: str) -> str:
        for marker in ("一、", "二、", "三、", "四、"):
            if line.startswith(marker):
                return f"<div><strong>{marker}{_esc(line[2:])}</strong></div>"
        return f"<div>　　{_esc(line)}</div>"

    return (
        f"<html>{_head(title, 'UTF-8', date, source)}<body>{_nav()}"
        "<div class='position'>当前位置：首页 &gt; 法治政府建设</div>"
        f"<div class='main'><div class='left-menu'><ul>{''.join(f'<li>{c}</li>' for c in _NAV)}"
        f"</ul></div><div class='con'><div class='tit'>{_esc(title)}</div>"
        f"<div class='info'>发布时间：{date} 来源：{_esc(source)} 【字号：大 中 小】</div>"
        f"<div class='view TRS_UEDITOR trs_paper_default'>{''.join(para(x) for x in lines)}</div>"
        f"{_share()}</div></div><div class='foot'>{_FOOTER}</div></body></html>"
    )


PAGES: dict[str, Callable[[str, str, str, Sequence[str]], str]] = {
    "trs": trs_page,
    "table-gb2312": table_page,
    "meta-table": meta_table_page,
    "div": div_page,
}
"""Every builder by name; ``table-gb2312`` must be encoded as GB18030 (it says GB2312)."""


def page_bytes(style: str, title: str, date: str, source: str, lines: Sequence[str]) -> bytes:
    """The page of ``style`` as the bytes its site would serve."""
    page = PAGES[style](title, date, source, lines)
    return page.encode("gb18030" if "gb2312" in style else "utf-8")

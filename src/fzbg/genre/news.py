"""A news story around a report it reposts: the words of its lead and of its headline.

A paper or a site reposts a report inside its own story: a headline (某县发布2023年…报告),
a lead (本报讯(记者 …), 某某网讯, 记者从市司法局获悉), then the report.  The story's
lines are the page's, not the report's (:mod:`fzbg.genre.chrome`, :mod:`fzbg.page.title`).
"""

from __future__ import annotations

__all__ = [
    "COMPILED_LABEL",
    "ESSAY_LABEL",
    "NEWS_BYLINES",
    "NEWS_LEAD_IN",
    "NEWS_TAIL",
    "NEWS_VERBS",
]

NEWS_BYLINES = ("报讯", "网讯", "台讯", "社讯")
"""How a news story's lead names its paper or site: 本报讯, 某某日报讯, 某某网讯."""
NEWS_VERBS = ("发布", "公布", "公开", "晒出", "亮出")
"""What a headline says a body did with its report (某县发布2023年法治政府建设年度报告):
a headline, not the report's title."""
NEWS_LEAD_IN = (
    r"(?:附[:：]?)?[^。\n]{0,40}?(?:全文|原文)(?:如下|摘编如下|转载如下|刊发如下|刊登如下)?[:：]?"
)
"""The line with which a story hands over to the report it reposts, as the whole line:
报告全文如下：, 以下为报告全文：, 附：报告全文.  The story's, not the report's."""
NEWS_TAIL = r"(?:(?:正式|重磅|新鲜)?(?:发布|公布|出炉)|来了|来啦|全文)!?"
"""What a headline puts after the report's name it gives whole (on the folded view): its
news verb (某县2023年度法治政府建设报告发布, …报告新鲜出炉), a call (…报告来了!), or
that the story holds it whole (…报告全文)."""
ESSAY_LABEL = r"【?(?:篇[一二三四五六七八九十\d]{1,2}|第[一二三四五六七八九十\d]{1,2}篇)】?"
"""A content farm's label over each of the reports it pastes into one page (…报告范文
（精选3篇） / 篇一： / the report): 篇一, 【篇2】, 第一篇, 第1篇 (folded view)."""
COMPILED_LABEL = rf"{ESSAY_LABEL}[ ]?:?"
"""The label alone on its line, maybe with its colon."""

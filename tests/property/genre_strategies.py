"""Hypothesis strategies for text that looks like a report, or that tries hard to break one.

``genre_text()`` strings together the pieces a parser keys on — enumeration markers of
every style, digits and Chinese numerals, quantity qualifiers, section cue words, page
chrome, converter debris, full-width and traditional forms, every kind of line break and
invisible character — so that random text exercises the parser's rules instead of falling
straight through them.  ``any_text()`` is arbitrary Unicode, lone surrogates included.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

MARKERS = (
    "一、", "二、", "十一、", "一,、", "一．", "(一)", "（二）", "（十）", "(", ")", "）",
    "1、", "2.", "3．", "１２、", "(1)", "（2）", "①", "②", "⑴", "一是", "二是", "三是",
    "第一，", "第二部分", "其一", "首先，", "二十、", "九十九、",
)  # fmt: skip
NUMBERS = (
    "0", "1", "4", "19", "2024", "2025年", "2025 年", "3.5", "6.1万", "100%", "98.5%",
    "三", "十二", "百分之九十八", "两", "千", "1,234", "１０", ".", "..", "1.2.3",
)  # fmt: skip
QUALIFIERS = (
    "近", "余", "多", "以上", "约", "左右", "不足", "超", "逾", "以下", "以内", "不超过",
    "万", "亿", "个", "次", "件", "人次", "场次", "場次", "个工作日", "个百分点", "元",
)  # fmt: skip
CUES = (
    "主要举措和成效", "工作开展情况", "存在的不足和原因", "存在的问题与不足", "困难和挑战",
    "党政主要负责人履行推进法治建设第一责任人职责情况", "第一责任人", "下一步工作打算",
    "2025年工作安排", "下一年度推进法治政府建设的主要安排", "其他需要报告的情况", "其他",
    "我们也清醒地看到", "特此报告。", "区人民政府:", "区人民政府：", "现将", "报告如下:",
    "法治政府建设年度报告", "街道", "人民政府", "年度", "主要舉措和成效", "存在的不足",
)  # fmt: skip
CHROME = (
    "当前位置:首页 > 政务公开", "发布时间:2024-03-01", "信息来源:", "来源:", "浏览次数:",
    "阅读次数:", "日期:", "• 日期:", "字体:【", "打印 关闭", "【打印本页】【关闭本页】",
    "分享到:", "进入老年模式", "索引号:", "文号:", "成文日期:", "编辑:",
)  # fmt: skip
DEBRIS = (
    "[bookmark: _GoBack]", "[bookmark:", "建設(shè)", "區(qū)", "(shè)", "(试行)", "(LED)",
    "《中华人民共和国行政复议法》", "《", "》", "钟府办发﹝2021﹞7号", "国务院令第713号",
    "〔2021〕", "?,F(xiàn)",
)  # fmt: skip
PUNCTUATION = (
    "。", "，", ",", "；", ";", "：", ":", "、", "“", "”", "(", ")", "（", "）", "—", "…",
    " ", "\u3000", "\t", "\xa0", "\ufeff", "\u200b", "\u2028", "\x0c", "\x85", "\ue000",
)  # fmt: skip
LINE_BREAKS = ("\n", "\n", "\r\n", "\r", "\n\n")
HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)

_PIECE = st.one_of(
    st.sampled_from(MARKERS),
    st.sampled_from(NUMBERS),
    st.sampled_from(QUALIFIERS),
    st.sampled_from(CUES),
    st.sampled_from(CHROME),
    st.sampled_from(DEBRIS),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(LINE_BREAKS),
    st.text(HAN, min_size=1, max_size=8),
)


def genre_text(max_pieces: int = 80) -> st.SearchStrategy[str]:
    """Text made of the genre's pieces in random order."""
    return st.lists(_PIECE, max_size=max_pieces).map("".join)


def genre_lines(max_lines: int = 25) -> st.SearchStrategy[str]:
    """Lines that each open with a marker or a cue, the way headings do."""
    line = st.tuples(
        st.sampled_from(("", "", "\u3000\u3000", "  ")),
        st.sampled_from(MARKERS + CUES + CHROME),
        genre_text(12),
    ).map("".join)
    return st.lists(line, max_size=max_lines).map("\n".join)


def any_text() -> st.SearchStrategy[str]:
    """Arbitrary Unicode, surrogates and control characters included."""
    return st.text(st.characters(exclude_categories=()), max_size=300)


UNSIGNED = (
    "2023年法治政府建设年度报告\n"
    "2023年，我单位坚持以习近平法治思想为指导，扎实推进依法行政。\n"
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    "二、存在的不足\n一是执法力量不足。\n"
    "三、下一步工作打算\n（一）持续推进依法行政。\n"
)
"""A short report up to its signature, speaking only as 我单位: a closing added under it
names the issuer.  Its last plan is ``LAST_PLAN``."""
LAST_PLAN = "（一）持续推进依法行政。"


_CN_DIGITS = "〇一二三四五六七八九"


def _small(n: int) -> str:
    """A month or a day in Chinese numerals: 一, 十, 十二, 二十六, 三十一."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones or not tens else "")


def written_date(day: dt.date, words: bool) -> str:
    """``day`` as a report writes it: 2024年1月26日, or in words, 二〇二四年一月二十六日."""
    if not words:
        return f"{day.year}年{day.month}月{day.day}日"
    year = "".join(_CN_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{_small(day.month)}月{_small(day.day)}日"

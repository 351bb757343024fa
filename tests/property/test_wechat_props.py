"""A report reposted as a WeChat (公众号) article says what the bare report says.

A generated report is wrapped in generated WeChat chrome: the article's header in one of
its forms, prompts to follow the account, lines of the app's bars drawn from the chrome
vocabulary, and after the article's end a tail with the account's other headlines.  The
parse is the bare report's (title, issuer, year, sections' kinds and items, quantities),
dated by the header.
"""

from __future__ import annotations

import datetime as dt
import os

import attrs
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from report_strategies import ReportPlan, render, report_plans

import fzbg
from fzbg.genre.chrome import WECHAT_END_WORDS, WECHAT_WORDS

_SETTINGS = settings(
    max_examples=int(os.environ.get("FZBG_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# The reports wrapped here are as WeChat carries them: without a government site's chrome
# (breadcrumbs, disclosure tables, a 发布时间 line; the header alone dates the page), and
# opening with a preamble and holding a few points.  (A report of a few short lines may
# read as hard-wrapped at the width its chrome's lines happen to share: fzbg.page.layout
# runs before the chrome is cut.)
_POINTS = 3
_ACCOUNTS = ("云溪司法", "青石普法", "北山发布", "东湖区人民政府", "法治云溪")
_PROVINCES = ("湖南", "四川", "内蒙古", "广东", "黑龙江")
_FOLLOW = (
    "点击上方蓝字关注我们",
    "点击上方“{account}”关注我们",
    "点击蓝字 关注我们",
    "微信扫一扫关注该公众号",
    "长按识别二维码",
    "关注我们",
)
_BAR_WORDS = (*WECHAT_WORDS, "分享", "收藏", "在看")
_EDITORS = ("编辑：张三", "审核：李四", "排版：王五", "图片来源：{account}", "终审：赵六")
_DECORATIONS = ("{}", "- {} -", "—{}—", "▼{}▼", "{}：", "— {} —")
_HEADLINES = (
    "{account}开展“宪法宣传周”系列活动",
    "一图读懂新修订的行政复议法",
    "【以案释法】一起行政处罚案件的启示",
    "{account}召开{year}年普法依法治理工作推进会",
    "关于公开征集{year}年度重大行政决策事项的公告",
)


@st.composite
def _header(draw: st.DrawFn, published: dt.date) -> str:
    """The article's header in one of the forms a copy gives it, on one line or two."""
    account = draw(st.sampled_from(_ACCOUNTS))
    clock = f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
    where = draw(st.sampled_from(("", " ", " 发表于"))) + draw(st.sampled_from(_PROVINCES))
    dashed = f"{published:%Y-%m-%d}"
    written = f"{published.year}年{published.month:02d}月{published.day:02d}日"
    forms = (
        f"原创 {account} {account} {dashed} {clock} 发表于{draw(st.sampled_from(_PROVINCES))}",
        f"原创 {account} {dashed}",
        f"{account} {account} {dashed} {clock}",
        f"{account} {written} {clock}{where}",
        f"{account}\n{written} {clock}{where}",
        f"{account}\n\n{dashed} {clock}{where}",
    )
    return draw(st.sampled_from(forms))


@st.composite
def _bar(draw: st.DrawFn) -> str:
    """A line of the app's bars, its words drawn from the chrome vocabulary."""
    words = draw(st.lists(st.sampled_from(_BAR_WORDS), min_size=1, max_size=4))
    return draw(st.sampled_from((" ", "  ", " | "))).join(words)


@st.composite
def _wechat(draw: st.DrawFn, plan: ReportPlan, published: dt.date) -> tuple[str, str]:
    """The chrome above the report and the tail below it."""
    account = draw(st.sampled_from(_ACCOUNTS))
    head = [draw(_header(published))]
    head += [
        form.format(account=account)
        for form in draw(st.lists(st.sampled_from(_FOLLOW), max_size=2, unique=True))
    ]
    head += draw(st.lists(_bar(), max_size=2))
    tail = [e.format(account=account) for e in draw(st.lists(st.sampled_from(_EDITORS)))]
    end = draw(st.sampled_from(WECHAT_END_WORDS))
    tail.append(draw(st.sampled_from(_DECORATIONS)).format(end))
    tail += [
        h.format(account=account, year=plan.year + 1)
        for h in draw(st.lists(st.sampled_from(_HEADLINES), min_size=1, max_size=3, unique=True))
    ]
    tail += draw(st.lists(st.one_of(_bar(), st.sampled_from(WECHAT_END_WORDS)), max_size=3))
    return "\n".join(head) + "\n", "\n" + "\n".join(tail) + "\n"


def _flat(words: str | None) -> str | None:
    """``words`` without line breaks: a line the layout stage joined says the same."""
    return None if words is None else words.replace("\n", "")


def _says(report: fzbg.Report) -> tuple[object, ...]:
    """What a report says of itself: title, issuer, year, sections, items, quantities."""
    sections = tuple(
        (
            s.kind,
            _flat(s.heading),
            tuple((i.marker, i.ordinal, _flat(i.title), _flat(i.text)) for i in s.items),
        )
        for s in report.sections
    )
    quantities = tuple((q.text, q.value, q.unit, q.approx) for q in report.quantities)
    return report.title, report.issuer, report.year, sections, quantities


# Derandomized, as the other tests that go through layout recovery: the same examples on
# every run (FZBG_EXAMPLES raises their number for a long search).
@settings(_SETTINGS, derandomize=True, database=None)
@given(report_plans(), st.data())
def test_a_wechat_copy_parses_as_the_bare_report(plan: ReportPlan, data: st.DataObject) -> None:
    """The copy's parse is the bare report's; its header's date is the page's."""
    assume(sum(len(section.items) for section in plan.sections) >= _POINTS)
    plan = attrs.evolve(plan, chrome=(), disclosure=(), page_fields=False, preamble=True)
    published = dt.date(plan.year + 1, data.draw(st.integers(1, 12)), data.draw(st.integers(1, 28)))
    head, tail = data.draw(_wechat(plan, published))
    bare = render(plan)
    bare_report = fzbg.parse_report(bare)
    copy = fzbg.parse_report(head + bare + tail)
    assert _says(copy) == _says(bare_report)
    assert copy.published == published
    for headline in _HEADLINES:
        assert headline.format(account="", year=plan.year + 1)[-8:] not in copy.text

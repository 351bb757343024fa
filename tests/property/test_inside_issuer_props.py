"""An issuer named only inside the report, where its opening speaks as 我局, 本委, 我办.

A report with no title whose opening says 我局 names its body further down: in a document
it issued (印发《某县某局关于…的通知》) or as the subject of a sentence of its own (某县某局
始终坚持…).  That body is the issuer.  A body merely mentioned (one above it, one that
visited it, a place's party committee, a document from above) is not, and the issuer stays
None.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_EXAMPLES = int(os.environ.get("FZBG_EXAMPLES", "300")) // 3
_PLACES = ("青溪县", "某某市", "白石区", "某某省", "南坪县")
_OFFICES = (  # the body's name after its place, and how it speaks of itself
    ("市场监督管理局", ("我局", "本局")),
    ("发展和改革委员会", ("我委", "本委")),
    ("人民政府办公室", ("我办", "本办")),
    ("交通运输厅", ("我厅",)),
    ("卫生健康委", ("我委",)),
)
_OPENING = "{y}年，{we}坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下："
_BODY = (
    "\n一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n{extra}\n"
    "二、存在的不足和原因\n一是法治宣传形式单一；二是执法力量不足。\n"
    "三、下一步工作打算\n（一）持续强化学法用法。"
)
_GIVES = (
    "（二）健全制度。{we}印发《{name}关于推进依法行政工作的实施方案》。",
    "（二）健全制度。制定了《{name}{y}年法治政府建设工作要点》。",
    "（二）强化监督。{name}始终坚持依法行政，主动接受人大监督。",
    "（二）强化学习。{name}认真落实学法制度，全年集中学法6次。",
    "（二）规范决策。{we}修订《{name}重大行政决策程序规定》，严格合法性审查。",
    # an honour it won: the sentence's subject is the body itself
    "（二）创建示范。{name}被某某部评为全国法治政府建设示范单位。",
    "（二）创建示范。{name}荣获省级法治宣传教育先进集体称号。",
)
_MENTIONS = (
    "（二）接受指导。某某市司法局多次来{we}指导工作。",
    "（二）贯彻部署。认真落实《某某市人民政府关于加强法治政府建设的意见》。",
    "（二）加强领导。某某市委高度重视法治建设。",
    "（二）学习交流。{we}赴某某市自然资源局学习考察。",
)


@st.composite
def _report(draw: st.DrawFn, gives: tuple[str, ...]) -> tuple[str, str]:
    office, speakers = draw(st.sampled_from(_OFFICES))
    name = draw(st.sampled_from(_PLACES)) + office
    we, year = draw(st.sampled_from(speakers)), draw(st.integers(2016, 2025))
    extra = draw(st.sampled_from(gives)).format(we=we, name=name, y=year)
    return _OPENING.format(y=year, we=we) + _BODY.format(extra=extra), name


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_report(_GIVES))
def test_the_body_a_report_gives_as_its_own_is_the_issuer(drawn: tuple[str, str]) -> None:
    text, name = drawn
    assert fzbg.parse_report(text).issuer == name, text


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_report(_MENTIONS))
def test_a_body_merely_mentioned_is_not(drawn: tuple[str, str]) -> None:
    text, _ = drawn
    assert fzbg.parse_report(text).issuer is None, text


def test_two_bodies_given_so_leave_the_issuer_unread() -> None:
    extra = "（二）健全制度。我局印发《青溪县水利局关于规范执法的通知》《南坪县水利局工作规则》。"
    text = _OPENING.format(y=2023, we="我局") + _BODY.format(extra=extra)
    assert fzbg.parse_report(text).issuer == "青溪县水利局"  # 《南坪县…规则》 is no 印发《
    extra = "（二）健全制度。青溪县水利局坚持依法行政。南坪县水利局认真落实学法制度。"
    text = _OPENING.format(y=2023, we="我局") + _BODY.format(extra=extra)
    assert fzbg.parse_report(text).issuer is None

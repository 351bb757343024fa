"""Phrasings of the registry's subjects that no row's first cue was written for.

Each class, in invented sentences: a law named before its publicity (禁毒法宣传活动), the
trainees named after a training (参训执法人员96人), books of law handed out, a review
verb over a list of its objects (审核重大行政决策、行政合同等12件), violations
investigated (查处违法行为), study that takes in a law (学习贯彻…法治思想), and what keys
nothing of its own: cases the head attended (出庭应诉案件), a filing review
(审查备案规范性文件).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from indicator_sentences import SETTINGS, keyed

_LEADS = ("", "全年", "2021年，全镇", "本局", "截至年末，全县累计")
_LAWS = ("禁毒法", "安全生产法", "反电信网络诈骗法", "税收征收管理法", "土地管理法", "教育法")
_EVENT_UNITS = ("场", "场次", "次", "期")


@SETTINGS
@given(
    st.sampled_from(_LEADS),
    st.sampled_from(_LAWS),
    st.sampled_from(("开展{law}宣传活动", "开展《{law}》宣传", "围绕《{law}》开展宣传活动")),
    st.integers(2, 999),
    st.sampled_from(_EVENT_UNITS),
)
def test_a_law_named_before_its_publicity_counts_publicity_events(
    lead: str, law: str, shape: str, number: int, unit: str
) -> None:
    """``开展禁毒法宣传活动12场``: the publicity of a named law is law publicity."""
    sentence = f"{lead}{shape.format(law=law)}{number}{unit}。"
    assert keyed(sentence) == [("publicity-events", f"{number}{unit}")], sentence


@SETTINGS
@given(st.sampled_from(("方法", "办法", "依法", "违法")), st.integers(2, 99))
def test_a_word_ending_on_fa_names_no_law(word: str, number: int) -> None:
    """``采取新办法宣传12次``: a word that ends on 法 is not a law's name."""
    assert keyed(f"以{word}宣传消防知识{number}次。") == []


@SETTINGS
@given(
    st.sampled_from(("举办行政执法培训班", "组织执法业务培训", "开展行政复议应诉业务培训")),
    st.integers(1, 9),
    st.sampled_from(("参训执法人员", "培训执法人员", "参训的执法队员")),
    st.integers(10, 999),
    st.sampled_from(("人", "名")),
)
def test_trainees_named_after_a_training_count_as_trainings(
    training: str, sessions: int, trainees: str, people: int, unit: str
) -> None:
    """``…培训班1期，参训执法人员96人``: the staff trained, not the staff in post."""
    sentence = f"{training}{sessions}期，{trainees}{people}{unit}。"
    assert keyed(sentence) == [
        ("trainings", f"{sessions}期"),
        ("trainings", f"{people}{unit}"),
    ], sentence


@SETTINGS
@given(
    st.sampled_from(("赠送", "发放", "向群众发放")),
    st.sampled_from(("法律书籍", "法治图书", "普法读物", "法律丛书")),
    st.integers(10, 9999),
    st.sampled_from(("册", "本", "套")),
)
def test_books_of_law_handed_out_are_publicity_materials(
    verb: str, books: str, number: int, unit: str
) -> None:
    """``赠送法律书籍1200册`` counts materials handed out."""
    sentence = f"{verb}{books}{number}{unit}。"
    assert keyed(sentence) == [("publicity-materials", f"{number}{unit}")], sentence


_OBJECTS = ("重大行政决策", "行政合同", "规范性文件", "会议议题", "合作协议")


@SETTINGS
@given(
    st.sampled_from(("审核", "审查", "法律顾问审核")),
    st.lists(st.sampled_from(_OBJECTS), min_size=2, max_size=3, unique=True),
    st.sampled_from(("等事项共计", "等", "等共")),
    st.integers(2, 999),
    st.sampled_from(("件", "份")),
)
def test_a_review_verb_over_a_list_counts_reviews(
    verb: str, objects: list[str], closing: str, number: int, unit: str
) -> None:
    """``审核重大行政决策、行政合同等事项共计56件``: the verb governs the whole list."""
    sentence = f"{verb}{'、'.join(objects)}{closing}{number}{unit}。"
    assert keyed(sentence) == [("legality-reviews", f"{number}{unit}")], sentence


@SETTINGS
@given(st.sampled_from(_LEADS), st.integers(2, 99))
def test_a_filing_review_counts_documents_not_reviews(lead: str, number: int) -> None:
    """``审查备案规范性文件21件`` is the documents filed (备案审查), not a legality review."""
    sentence = f"{lead}审查备案规范性文件{number}件。"
    assert keyed(sentence) == [("normative-documents", f"{number}件")], sentence


@SETTINGS
@given(st.sampled_from(_LEADS), st.integers(2, 999), st.sampled_from(("起", "件")))
def test_violations_investigated_count_penalty_cases(lead: str, number: int, unit: str) -> None:
    """``立案查处违法行为230起``: the violations investigated are the penalty cases."""
    sentence = f"{lead}立案查处各类违法行为{number}{unit}。"
    assert keyed(sentence) == [("penalty-cases", f"{number}{unit}")], sentence


@SETTINGS
@given(st.integers(2, 99))
def test_the_cases_the_head_attended_are_no_count_of_lawsuits(number: int) -> None:
    """``负责人出庭应诉案件12件，出庭率100%``: the 12 are a part; the rate keys."""
    sentence = f"负责人出庭应诉案件{number}件，出庭率100%。"
    assert keyed(sentence) == [("court-appearance-rate", "100%")], sentence


@SETTINGS
@given(
    st.sampled_from(("局党组", "镇党委理论学习中心组", "区政府常务会议")),
    st.sampled_from(("专题学习贯彻", "集中学习贯彻", "学习贯彻")),
    st.sampled_from(("习近平法治思想", "《行政复议法》", "新修订的法律法规")),
    st.integers(2, 40),
    st.sampled_from(("次", "场次")),
)
def test_study_that_takes_in_a_law_counts_study_sessions(
    body: str, verb: str, law: str, number: int, unit: str
) -> None:
    """``局党组专题学习贯彻习近平法治思想4次``: 学习贯彻 a law is law study too."""
    sentence = f"{body}{verb}{law}{number}{unit}。"
    assert keyed(sentence) == [("study-sessions", f"{number}{unit}")], sentence


@SETTINGS
@given(
    st.sampled_from(("宪法", "民法典")),
    st.sampled_from(("校园", "社区", "企业", "农村")),
    st.integers(2, 999),
    st.sampled_from(_EVENT_UNITS),
)
def test_a_campaign_taking_a_law_somewhere_counts_publicity_events(
    law: str, place: str, number: int, unit: str
) -> None:
    """``开展“宪法进校园”活动56场``: as ``法治进校园`` is, the law's own name taken there."""
    sentence = f"开展“{law}进{place}”活动{number}{unit}。"
    assert keyed(sentence) == [("publicity-events", f"{number}{unit}")], sentence

"""A figure in digits that opens a name in quotes is no quantity; one after the quote is.

``打造“15分钟”法律服务圈``, ``推行“2小时”办结``, ``“30分钟公共法律服务圈”``: the number
names a service or a campaign.  The genre quotes such names and never its own figures,
which stand after the quote (``“双随机”抽查120次``).  Generated clauses put a quoted name
with a figure next to a real count, in each kind of quote mark.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_QUOTES = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ('"', '"'), ("＂", "＂"))
_NAMED = ("{n}分钟", "{n}小时", "{n}天", "{n}分钟公共法律服务圈", "{n}小时办结", "{n}个工作日")
_AFTER = ("法律服务圈", "办结", "服务承诺", "工作法", "")
_COUNTED = ("开展执法检查{n}次", "审查规范性文件{n}件", "举办普法讲座{n}场", "发放资料{n}份")


@st.composite
def _clauses(draw: st.DrawFn) -> tuple[str, int]:
    """A name in quotes that opens with a figure, then a real count; and the count's number."""
    opens, closes = draw(st.sampled_from(_QUOTES))
    named = draw(st.sampled_from(_NAMED)).format(n=draw(st.integers(1, 99)))
    count = draw(st.integers(2, 9999))
    counted = draw(st.sampled_from(_COUNTED)).format(n=count)
    lead = draw(st.sampled_from(("打造", "推行", "落实", "全面推进")))
    text = f"{lead}{opens}{named}{closes}{draw(st.sampled_from(_AFTER))}，{counted}。"
    return text, count


@settings(max_examples=200, deadline=None)
@given(_clauses())
def test_a_figure_inside_a_quoted_name_is_no_quantity(drawn: tuple[str, int]) -> None:
    text, count = drawn
    assert [q.value for q in fzbg.extract_quantities(text)] == [Decimal(count)], text


def test_a_figure_after_a_quoted_name_is_read() -> None:
    found = fzbg.extract_quantities("推行“双随机、一公开”抽查120次，“法律进乡村”活动20场。")
    assert [q.text for q in found] == ["120次", "20场"]


def test_a_quoted_sentence_keeps_its_figures() -> None:
    found = fzbg.extract_quantities("提出“全年办结案件120件，结案率95%”的目标。")
    assert [q.text for q in found] == ["120件", "95%"]

"""The next stages of the cases just counted, their subject elided: 收到申请86件,受理79件.

The clause names only the stage (受理, 审结, 办结) and its figure: the same cases, so the
subject counted before.  An outcome (纠错, 调解成功) is a part of the total, and keys nothing.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fzbg

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_HEAD = "一、主要举措和成效\n（一）依法行政。"


def _keyed(sentence: str) -> list[tuple[str, str]]:
    return [(i.key, i.quantity.text) for i in fzbg.parse_report(_HEAD + sentence).indicators]


_CASES = (
    ("reconsideration-cases", "收到行政复议申请"),
    ("reconsideration-cases", "新收行政复议案件"),
    ("petitions", "受理信访事项"),
    ("legal-aid-cases", "受理法律援助申请"),
)


@_SETTINGS
@given(
    st.sampled_from(_CASES),
    st.integers(50, 999),
    st.lists(
        st.sampled_from(("受理", "依法受理", "审结", "办结", "结案", "已办结")),
        min_size=1,
        max_size=2,
        unique=True,
    ),
)
def test_the_next_stages_of_the_cases_key_their_subject(
    case: tuple[str, str], received: int, stages: list[str]
) -> None:
    """``收到复议申请86件，受理79件，审结75件``: the same cases, accepted, then concluded."""
    key, subject = case
    figures = [f"{received - n}件" for n in range(len(stages) + 1)]
    clauses = "".join(
        f"，{stage}{figure}" for stage, figure in zip(stages, figures[1:], strict=True)
    )
    sentence = f"{subject}{figures[0]}{clauses}。"
    assert _keyed(sentence) == [(key, figure) for figure in figures], sentence


@_SETTINGS
@given(st.integers(20, 999), st.sampled_from(("纠错", "调解成功", "败诉", "维持")))
def test_an_outcome_after_the_count_keys_nothing(total: int, outcome: str) -> None:
    """``受理行政复议案件40件，纠错6件``: an outcome is a part of the total, not a stage."""
    sentence = f"受理行政复议案件{total}件，{outcome}{total // 3}件。"
    assert _keyed(sentence) == [("reconsideration-cases", f"{total}件")], sentence

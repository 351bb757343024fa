"""Sentences built from each registry row key exactly the quantities they should.

For every row of ``fzbg.INDICATORS`` and each of its example subjects: the subject before
the number or after it, with a qualifier and any unit the row counts, in simplified or
traditional script, with a breakdown after the total, or as a target in a plan.
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import fzbg
from fzbg import INDICATORS, IndicatorSpec
from fzbg.text._t2s import SIMPLIFIED, TRADITIONAL

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_HEAD = "一、主要举措和成效\n（一）依法行政。"
_PLANS = "\n二、下一步工作打算\n（一）"
# One traditional form per simplified character, for writing a sentence the way a
# traditional-script report would.
_TO_TRADITIONAL = str.maketrans(dict(zip(SIMPLIFIED, TRADITIONAL, strict=True)))
_LEADS = ("", "全年", "2024年，全镇", "截至年末，累计")
_QUALIFIERS = ("", "余", "多")


def _units(row: IndicatorSpec) -> list[str]:
    return ["%"] if row.kind == "rate" else sorted(row.units)


@st.composite
def _cases(draw: st.DrawFn) -> tuple[IndicatorSpec, str, str]:
    """A row, one of its example subjects, and a unit it counts."""
    row = draw(st.sampled_from([r for r in INDICATORS if r.examples]))
    return row, draw(st.sampled_from(row.examples)), draw(st.sampled_from(_units(row)))


def _sentence(subject: str, number: int, qualifier: str, unit: str, *, after: bool) -> str:
    figure = f"{number}{qualifier}{unit}" if unit != "%" else f"{number}%"
    if after:
        return f"实现{figure}的{subject}" if unit == "%" else f"开展{figure}{subject}"
    return f"{subject}{figure}"


def _keyed(text: str) -> list[tuple[str, str]]:
    return [(i.key, i.quantity.text) for i in fzbg.parse_report(text).indicators]


@_SETTINGS
@given(
    _cases(),
    st.integers(2, 9999),
    st.sampled_from(_QUALIFIERS),
    st.sampled_from(_LEADS),
    st.booleans(),
    st.booleans(),
)
def test_a_sentence_keys_its_row(
    case: tuple[IndicatorSpec, str, str],
    number: int,
    qualifier: str,
    lead: str,
    after: bool,
    traditional: bool,
) -> None:
    """The figure of a sentence naming a row's subject keys that row, in either script."""
    row, subject, unit = case
    sentence = lead + _sentence(subject, number, qualifier, unit, after=after) + "。"
    if traditional:
        sentence = sentence.translate(_TO_TRADITIONAL)
    # a unit run into the subject may read as another word (2起来访: 起来), not a figure
    assume(len(fzbg.extract_quantities(sentence)) == 1)
    keyed = _keyed(_HEAD + sentence)
    assert [k for k, _ in keyed] == [row.key], sentence


@_SETTINGS
@given(_cases(), st.integers(20, 9999))
def test_a_breakdown_keys_only_its_total(case: tuple[IndicatorSpec, str, str], total: int) -> None:
    """``…61件，其中合同40件、纪要3件`` keys the 61 and nothing of its parts."""
    row, subject, unit = case
    if unit == "%":
        return
    sentence = f"{subject}{total}{unit}，其中上半年{total // 2}{unit}、下半年{total // 4}{unit}。"
    assert _keyed(_HEAD + sentence) == [(row.key, f"{total}{unit}")], sentence


@_SETTINGS
@given(_cases(), st.integers(2, 99), st.sampled_from(["力争", "确保", "下一步"]))
def test_a_target_or_a_plan_keys_nothing(
    case: tuple[IndicatorSpec, str, str], number: int, target: str
) -> None:
    """A target in the measures section, or any figure in the plans section, keys nothing."""
    row, subject, unit = case
    figure = f"{number}{unit}"
    reached = f"{subject}{figure}。"
    assert _keyed(_HEAD + f"{target}{subject}达到{figure}。") == []
    assert _keyed(_HEAD + "加强学习。" + _PLANS + reached) == []
    assert [k for k, _ in _keyed(_HEAD + reached + _PLANS + reached)] == [row.key]


@_SETTINGS
@given(
    st.lists(st.sampled_from([r for r in INDICATORS if r.examples]), min_size=2, max_size=4,
             unique_by=lambda r: r.key),
    st.data(),
)  # fmt: skip
def test_figures_after_fenbie_key_their_own_subjects(
    rows: list[IndicatorSpec], data: st.DataObject
) -> None:
    """Subjects listed, then 分别 and a figure each: the n-th figure keys the n-th row."""
    subjects = [data.draw(st.sampled_from(row.examples)) for row in rows]
    figures = [f"{n + 3}{data.draw(st.sampled_from(_units(row)))}" for n, row in enumerate(rows)]
    joins = [data.draw(st.sampled_from(("、", "和"))) for _ in rows[1:]]
    listed = subjects[0] + "".join(j + s for j, s in zip(joins, subjects[1:], strict=True))
    told = figures[0] + "".join(j + f for j, f in zip(joins, figures[1:], strict=True))
    word = data.draw(st.sampled_from(("分别为", "分别达到", "分别是")))
    report = fzbg.parse_report(f"{_HEAD}{listed}{word}{told}。")
    assert [(i.key, i.quantity.text) for i in report.indicators] == [
        (row.key, figure) for row, figure in zip(rows, figures, strict=True)
    ]


@_SETTINGS
@given(
    _cases(),
    st.integers(2, 99),
    st.integers(100, 9999),
    st.sampled_from(["比上年增加", "同比下降", "较2023年减少", "与上年相比增加"]),
    st.sampled_from(["，达到", "，共", "，总计", "、达", "，为"]),
    st.booleans(),
)
def test_the_level_after_a_change_keys_its_row(
    case: tuple[IndicatorSpec, str, str],
    change: int,
    level: int,
    base: str,
    joint: str,
    from_to: bool,
) -> None:
    """``…比上年增加6件，达到38件``, ``…由上年的120件增至156件``: only the level keys."""
    row, subject, unit = case
    if from_to:
        sentence = f"{subject}由上年的{change}{unit}增至{level}{unit}。"
    else:
        sentence = f"{subject}{base}{change}{unit}{joint}{level}{unit}。"
    assume(len(fzbg.extract_quantities(sentence)) == 2)
    assert _keyed(_HEAD + sentence) == [(row.key, f"{level}{unit}")], sentence


# What a review verb governs: objects whose nouns may name another row on their own.
_REVIEW_VERBS = ("审查", "审核", "合法性审查", "审核把关", "依法审查")
_REVIEWED = ("议题", "规范性文件", "行政合同", "合同", "协议", "重大决策事项")


@_SETTINGS
@given(
    st.sampled_from(_REVIEW_VERBS),
    st.lists(st.sampled_from(_REVIEWED), min_size=2, max_size=4, unique=True),
    st.lists(st.integers(2, 999), min_size=4, max_size=4),
    st.sampled_from(_LEADS),
    st.booleans(),
)
def test_one_verb_keys_every_object_of_its_series(
    verb: str, objects: list[str], numbers: list[int], lead: str, traditional: bool
) -> None:
    """``审查议题53件、规范性文件11件``: each figure of the series is a review."""
    series = "、".join(
        f"{o}{n}{'份' if '合同' in o or o == '协议' else '件'}"
        for o, n in zip(objects, numbers, strict=False)
    )
    sentence = f"{lead}{verb}{series}。"
    if traditional:
        sentence = sentence.translate(_TO_TRADITIONAL)
    keyed = _keyed(_HEAD + sentence)
    assert [k for k, _ in keyed] == ["legality-reviews"] * len(objects), sentence

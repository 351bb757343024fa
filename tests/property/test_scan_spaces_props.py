"""A scan's spaces between the Han of a word, in a copy that also lost its line breaks.

OCR, or a PDF's spacing, sets single spaces inside words (``坚持党的全面 领导``).  In a
copy whose breaks were lost without a trace, or kept with its paragraphs run into long
lines, such a space is neither a lost break nor a page's wrap: the headings and the
sections read as in the same copy without the spaces.
"""

from __future__ import annotations

import os
import random
import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import fzbg

_EXAMPLES = int(os.environ.get("FZBG_EXAMPLES", "300")) // 3
_BODIES = ("某某县人民政府", "某某市司法局", "某某镇人民政府", "某某区交通运输局")
_TOPICS = (
    "依法全面履行政府职能",
    "坚持党的全面领导，确保法治政府建设始终沿着正确方向推进",
    "健全依法科学民主决策机制",
    "深入推进严格规范公正文明执法",
    "强化对行政权力的制约和监督",
)
_SENTENCES = (
    "全年审查规范性文件{n}件，办理行政复议案件{m}件，推动依法行政工作落到实处。",
    "组织开展法治培训{n}场次，参训干部{m}人次，领导干部法治素养持续提升。",
    "严格落实重大行政决策程序，全年审查重大决策事项{n}件，合法性审查率100%。",
)
# A section's first paragraph opens with the body's name, as most do.
_OPENINGS = ("县政府", "我局", "市司法局", "我们")
_HAN_PAIR = re.compile(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")


def _report(year: int, body: str, topics: list[str], paras: list[int]) -> str:
    lines = [f"{body}{year}年法治政府建设情况报告", f"{year}年，{body}认真履行职责。"]
    for k, topic in enumerate(topics):
        lines.append(f"{'一二三四五'[k]}、{topic}")
        lines += [
            _SENTENCES[(k + i) % 3].format(n=k + i + 2, m=3 * k + i + 5) for i in range(paras[k])
        ]
        lines[-paras[k]] = _OPENINGS[k % 4] + lines[-paras[k]]
    return "\n".join(lines) + "\n"


def _spaced(text: str, rate: int, seed: int) -> str:
    """``text`` with a scan's space at about one in ``rate`` places between two Han.

    At random: a scan's spaces keep no distance, as a page's wraps do.
    """
    draw = random.Random(seed)
    return _HAN_PAIR.sub(lambda _: " " if draw.randrange(rate) == 0 else "", text)


@st.composite
def _copies(draw: st.DrawFn) -> tuple[str, str]:
    """A report without its breaks or with its paragraphs run on, with and without spaces."""
    year, body = draw(st.integers(2016, 2025)), draw(st.sampled_from(_BODIES))
    topics = draw(st.permutations(_TOPICS))[:3]
    text = _report(year, body, topics, [draw(st.integers(8, 14)) for _ in topics])
    copy = draw(st.sampled_from(("nolf", "long")))
    if copy == "nolf":
        text = text.replace("\n", "")
    else:  # a PDF's paragraphs: each a long line, the headings on theirs
        text = re.sub(r"(?<=。)\n(?![一二三四五])", "", text)
    rate, seed = draw(st.integers(8, 40)), draw(st.integers(0, 2**16))
    body = text.index("年，")  # the title as written: the spaces are the body's
    return text, text[:body] + _spaced(text[body:], rate, seed)


def _shape(text: str) -> list[tuple[str, str]]:
    """Each section's kind and heading, without spaces."""
    report = fzbg.parse_report(text)
    return [(s.kind.value, re.sub(r"\s", "", s.heading or "")) for s in report.sections]


@settings(max_examples=_EXAMPLES, deadline=None)
@given(_copies())
def test_a_scans_spaces_move_no_heading(copies: tuple[str, str]) -> None:
    plain, spaced = copies
    shape = _shape(plain)
    assume(all(len(heading) < 40 for _, heading in shape))  # the copy without spaces read right
    assert _shape(spaced) == shape, spaced


def test_a_space_kept_for_a_lost_break_still_ends_a_heading() -> None:
    text = "某某县人民政府2023年法治政府建设情况报告 一、依法全面履行政府职能 " + (
        "全年审查规范性文件12件，推动依法行政工作落到实处。 " * 12
    )
    assert _shape(text)[0] == ("measures", "一、依法全面履行政府职能")


def test_a_sections_last_word_after_a_scans_space_ends_its_heading() -> None:
    # a copy that kept its breaks as spaces; 安排 names no section of its own
    text = " ".join(
        (
            "某某县人民政府2023年法治政府建设情况报告",
            "一、主要举措和成效",
            "全年审查规范性文件12件，推动依法行政工作落到实处。" * 4,
            "二、下一步工作 安排",
            "持续深化法治政府建设，全年审查规范性文件5件。" * 3,
        )
    )
    last = fzbg.parse_report(text).sections[-1]
    assert (last.kind.value, (last.heading or "").replace(" ", "")) == (
        "plans",
        "二、下一步工作安排",
    )

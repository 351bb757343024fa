"""The layout stage's fast paths give what its plain scans gave.

Each fast path tries fewer places, or looks for a character before it runs a pattern;
these tests hold each to the plain scan it replaced, on texts strung together from the
words and characters it is about (written for the test in the genre's style).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg.genre import openers as o
from fzbg.page import seams

_SETTINGS = settings(max_examples=400, deadline=None)


def _pieces(*words: str, size: int = 40) -> st.SearchStrategy[str]:
    """Texts strung together from ``words`` (each a character or a word)."""
    return st.lists(st.sampled_from(words), min_size=1, max_size=size).map("".join)


_SEAM_WORDS = (
    "存在的问题与不足", "一是", "首先,", "近年来", "今年以来", "2024年,", "2025年3月,", "虽然",
    "??", "街道", "某镇", "我局", "本镇", "我们", "省委", "省政府", "县委", "人民政府", "党工委",
    "办事处", "中心", "委员会", "坚持", "认真", "全面", "深入", "推进", "加强", "高度重视", "全年",
    "将", "在", "把", "对", "工作总结", "原因", "建设", "法治", "的", "和", "、", ",", "。", ":",
    "统一是", "一是,", "推动", "进一步", "严格", "执法", "自治区党委", "整体推进", "宣传", "不够",
    "能力", " ", "  ", "12", "某某县", "司法局", "管委会", "举措", "安排",
)  # fmt: skip


def _plain_seam(line: str, start: int, stop: int, *, verbs: bool) -> int | None:
    """The seam as the plain overlapped scan of every place found it."""
    last = start + 64
    gap = seams._GAP.search(line, start + 4, min(stop, last))
    goes_on = gap is not None and line[gap.start() - 1] in o.HEADING_GOES_ON
    if gap and stop - gap.end() >= o.MIN_BODY_SENTENCE and not goes_on:
        return gap.end()
    window = min(stop, last + 16)
    anchor = o.SEAM_ANCHOR.search(line, start + 4, window)
    if anchor is None:
        return None
    first = max(start + 4, anchor.start() - o.NAME_REACH)
    found_seams = []
    for found in o.BODY_OPENS.finditer(line, first, window, overlapped=True):
        body, at = found.group("body"), found.start()
        if at > last:
            break
        if found.group("strong") is not None:
            found_seams.append((at, 1, 1, -at, at))
        elif stop - at < o.MIN_BODY_SENTENCE:
            continue
        elif body and o.SELF_NAMED.match(body):
            found_seams.append((found.end("body"), 0, 0, at, at))
        elif body:
            final = o.HEADING_FINAL.search(line, start, at) is not None
            found_seams.append((found.end("body"), 0, 1 if final else 2, -at, at))
        elif verbs:
            found_seams.append((at, 1, 1, -at, at))
    return min(found_seams)[4] if found_seams else None


@_SETTINGS
@given(_pieces(*_SEAM_WORDS), st.integers(0, 8), st.integers(0, 80), st.booleans())
def test_a_seam_is_the_one_the_plain_scan_finds(
    line: str, start: int, length: int, verbs: bool
) -> None:
    start = min(start, len(line))
    stop = min(len(line), start + length)
    assert seams._seam(line, start, stop, verbs=verbs) == _plain_seam(
        line, start, stop, verbs=verbs
    )

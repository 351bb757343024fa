"""An unsigned report that ends in the list of its attachments.

A web copy often drops the signature and keeps ``附件：1.某某统计表 / 2.某某目录`` (or
``附件1：… / 附件2：…``) under the last paragraph.  Generated lists of one to four
attachments, in each layout, are the closing's: the last section keeps its own points,
and none of the list's numbers becomes a point.
"""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

import fzbg

_NAMES = (
    "2023年度行政执法情况统计表",
    "重大行政决策事项目录",
    "法治政府建设工作台账",
    "行政复议应诉案件情况表",
)
_REPORT = """某某县2023年度法治政府建设情况报告
2023年，某某县深入推进法治政府建设。
一、主要举措和成效
（一）健全工作机制。全年召开专题会议5次。
（二）完善制度建设。制定印发工作制度3项。
二、存在的不足
（一）普法形式较为单一。
三、下一步工作安排
（一）加强队伍建设。
（二）强化执法监督。
"""


@st.composite
def _lists(draw: st.DrawFn) -> str:
    """The lines of a list of attachments, in one of the genre's layouts."""
    names = draw(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=4, unique=True))
    colon = draw(st.sampled_from(["：", ":"]))
    indent = draw(st.sampled_from(["", "　　", "      "]))
    layout = draw(st.sampled_from(["first-line", "own-line", "numbered"]))
    if layout == "numbered":  # 附件1：… / 附件2：…
        return "\n".join(f"附件{i}{colon}{name}" for i, name in enumerate(names, 1))
    entries = [f"{i}.{name}" for i, name in enumerate(names, 1)]
    if layout == "own-line":  # 附件： / 1.… / 2.…
        return "\n".join([f"附件{colon}", *(indent + e for e in entries)])
    return "\n".join([f"附件{colon}{entries[0]}", *(indent + e for e in entries[1:])])


@settings(max_examples=int(os.environ.get("FZBG_PROPERTY_EXAMPLES", "60")))
@given(_lists())
def test_the_list_of_attachments_is_the_closings(listed: str) -> None:
    """The plans keep their two points; the list is not in the last section's text."""
    report = fzbg.parse_report(_REPORT + listed + "\n")
    assert [len(s.items) for s in report.sections] == [2, 1, 2]
    assert "附件" not in report.sections[-1].text
    assert [p.title for p in report.plans] == ["加强队伍建设", "强化执法监督"]

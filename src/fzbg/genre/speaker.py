"""How a department speaks of itself in its own report: 我局, 本委, 我办, 我厅.

The office word it uses (局, 委, 办) is the ending its full name has (某县某某局, 某市某某
委员会, 某县人民政府办公室): a name elsewhere in the report with that ending, given as its
own, names the speaker.
"""

from __future__ import annotations

__all__ = ["HONOURED", "OFFICE_ENDINGS", "OWN_DOCUMENT_VERBS", "SPEAKER"]

OFFICE_ENDINGS: dict[str, str] = {
    "局": "局",
    "委": "委员会|委",
    "委员会": "委员会",
    "办": "办公室|办",
    "办公室": "办公室",
    "厅": "厅",
    "署": "署",
    "院": "院",
    "中心": "中心",
}
"""The office word a department names itself by (我局) → the endings of its full name."""

SPEAKER = rf"(?:我|本)(?P<office>{'|'.join(sorted(OFFICE_ENDINGS, key=len, reverse=True))})"
"""A department speaking of itself: 我局, 本委, 我办公室 (the office word in ``office``)."""

OWN_DOCUMENT_VERBS = ("印发", "制定", "出台", "修订", "制发", "编制", "下发", "起草", "研究制定")
"""What a body does with a document of its own (印发《某县某局关于…》), not with one from
above (贯彻, 落实, 学习)."""

HONOURED = r"被[^。,;]{0,20}?(?:评为|授予|确定为|命名为|列为|表彰)|荣获|获评"
"""How a report tells of an honour its body won (某县某局被评为…, 某县某局被某部授予…,
某县某局荣获…): the sentence's subject is the body itself, as in one it opens with its
own verb."""

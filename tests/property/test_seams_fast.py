"""The seams' fast scans find what the plain scans they replaced found.

A glued heading's 、 stands right after a numeral (or a numeral and a space): one scan
for those few 、 gives the places both glued-heading patterns are tried at, where each
used to scan the whole view.  These tests hold the places to the plain scans.
"""

from __future__ import annotations

from genre_strategies import any_text, genre_text
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fzbg.page import seams

_SETTINGS = settings(max_examples=300, deadline=None)
_PIECES = st.sampled_from(
    ("。一、", "。 二、", ":三 、", ";十一、", "!九十、", "工作二、", "第二、", "统一、", "、",
     "一", "二", "十", " ", "。", ":", "教育、培训", "存在的不足", "\n", "二 、")
)  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.one_of(_PIECES, genre_text(6)), max_size=40).map("".join), any_text()
)


@_SETTINGS
@given(_TEXTS)
@example("如下:一、主要举措。 二 、存在的不足推动工作落实三、下一步")
def test_numbered_places_hold_every_glued_heading(view: str) -> None:
    places = [found.start() for found in seams._AFTER_NUMERAL.finditer(view)]
    for pattern in (seams._GLUED_HEADING, seams._GLUED_UNSTOPPED):
        kept = [at for at in places if pattern.match(view, at)]
        assert kept == [found.start() for found in pattern.finditer(view)]

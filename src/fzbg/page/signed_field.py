"""A signing date under its label at the foot of the text: the document's, not the page's.

A form or a signature may date a report under a bare label (某某局 / 日期：2024年1月8日),
which the chrome vocabulary reads as a page's field wherever it stands.  Under a signer's
name or a form's field, in the text's second half and under a sentence, it is the
document's own date: left in the text for the closing to hold and the signed date to be
read from.
"""

from __future__ import annotations

import regex

from fzbg.genre.bodies import FORM_FIELD, SIGNATURE, SIGNED_FIELD

__all__ = ["signed_field"]

_SIGNER = regex.compile(SIGNATURE)  # the signer's name alone: a dated line dates itself
_OPENERS = frozenset("落日时")  # what each of genre.bodies.SIGNED_LABELS opens with


def signed_field(view: str, start: int, end: int) -> bool:
    r"""Whether the chrome line ``start..end`` of ``view`` is a signing date under a signer.

    >>> view = "正文。\n" * 3 + "某县司法局\n日期:2024年1月8日"
    >>> signed_field(view, view.rfind("日期"), len(view))
    True
    >>> view = "正文。\n" * 3 + "某县司法局\n2024年1月8日\n日期:2024年1月9日"
    >>> signed_field(view, view.rfind("日期"), len(view))
    False
    """
    if view[start:end].lstrip()[:1] not in _OPENERS or start < len(view) // 2:
        return False  # most chrome lines: another label, or in the page's head
    if view.rfind("。", 0, start) < 0 or not SIGNED_FIELD.fullmatch(view, start, end):
        return False  # no sentence above it: a page's head, however short the page
    above_end = _above_end(view, start)
    above = view[view.rfind("\n", 0, above_end) + 1 : above_end]
    return bool(_SIGNER.fullmatch(above) or FORM_FIELD.match(above))


def _above_end(view: str, start: int) -> int:
    """Where the last line with words above ``start`` ends."""
    at = start
    while at > 0 and view[at - 1] in " \t\n\u3000":
        at -= 1
    return at

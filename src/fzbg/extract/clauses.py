"""Where the sentence and the clause around a figure start and end, on the folded view.

A sentence ends at ``。;!?`` or a line break; a clause also at a comma or a colon (``,``
``:``), not at a list comma ``、``.  :mod:`fzbg.extract.indicators` looks for a figure's
subject in its clause, and for what bends it (a target, a change) in its sentence.
"""

from __future__ import annotations

import re

from fzbg.model import Span
from fzbg.text.classes import all_but

__all__ = ["CLAUSE_ENDS", "around", "labelled", "titled_at"]

_SENTENCE_ENDS = "。;!?！？\n"
CLAUSE_ENDS = f"{_SENTENCE_ENDS},:"
"""What ends a clause on the folded view: a sentence's end, a comma or a colon (not 、)."""
# Back from a figure on the reversed view: to the clause's start, group 1 to the sentence's.
# Each class spelled as ranges, which re tests in fewer steps than [^…] (fzbg.text.classes).
_IN_CLAUSE, _IN_SENTENCE = all_but(CLAUSE_ENDS), all_but(_SENTENCE_ENDS)
_BACK = re.compile(f"[{_IN_CLAUSE}]*+(?:[,:]([{_IN_SENTENCE}]*+))?")
_CLAUSE = re.compile(f"[{_IN_CLAUSE}]*+")  # on from a figure, to the clause's end
_REACH = 600  # how far a sentence runs either side of a figure (longer: debris): a bound


def around(view: str, rview: str, span: Span) -> tuple[int, int, int]:
    """Where the sentence and the clause that hold ``span`` start, and where the clause ends.

    ``rview`` is ``view`` reversed: the last delimiter before ``span`` is the first one
    after it there.  A clause's delimiters are the sentence's and more (``,`` ``:``), so
    the sentence goes on back past a clause delimiter that does not end it.
    """
    n, start, end = len(view), span.start, span.end
    low = start - _REACH if start > _REACH else 0
    back = _BACK.match(rview, n - start, n - low)
    forth = _CLAUSE.match(view, end, end + _REACH if end + _REACH < n else n)
    if back is None or forth is None:  # pragma: no cover - the patterns match anywhere
        raise AssertionError(span)
    s_start, comma = n - back.end(), back.start(1)
    return s_start, n + 1 - comma if comma >= 0 else s_start, forth.end()


_LONGEST_TITLE = 60  # how far back a title's 《 may stand from a word inside it


def titled_at(view: str, start: int, end: int, before: int) -> int | None:
    """Where the 《 opens that ``view[start:end]`` stands inside, closed before ``before``.

    A law's or a rule's title names no subject: 学习《信访工作条例》10次 counts study,
    not petitions.

    >>> titled_at("学习《信访工作条例》10次", 3, 5, 11), titled_at("信访10件", 0, 2, 2)
    (2, None)
    """
    opened = view.rfind("《", max(0, start - _LONGEST_TITLE), start)
    if opened < 0 or view.find("》", opened, start) >= 0:
        return None
    return opened if view.find("》", end, before) >= 0 else None


def labelled(view: str, s_start: int, colon: int) -> int:
    """Where the label before the ``colon`` starts: the clause before it, in the sentence."""
    return max(s_start, view.rfind(",", s_start, colon) + 1, view.rfind(":", s_start, colon) + 1)

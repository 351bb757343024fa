"""The literal words every match of a pattern opens with: a cheap scan before a costly one.

A pattern of many alternatives (the genre's cues) is slow to try at every place of a
long text.  Every match of it opens with one of a few literal words, though (不足,
存在, 第一责任人 …): a pattern of those words alone has a first character that :mod:`re`
scans for at speed, and a place where none of them stands holds no match.
:func:`literal_openings` reads the words off the pattern's own definition.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["literal_openings"]

# The stdlib's own reading of a pattern: private, so a Python that moves it or changes
# its shapes makes every pattern "no words known" (no scan skipped), never an error.
try:
    _PARSER: Any = importlib.import_module("re._parser")
    _C: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - Python 3.11 to 3.14 have both
    _PARSER = _C = None
_MOST = 400  # past this many words, a scan for them is no cheaper than the pattern
_SMALL_CLASS = 8  # a character class of so many characters at most is spelled out


def literal_openings(pattern: str) -> tuple[str, ...] | None:
    """Words (longest first) one of which opens every match of ``pattern``, or None.

    None when some match may open with no word known (a class of many characters, a
    repeat that may be absent at the start, an anchor): then no scan is cheaper.

    >>> literal_openings(r"不足|(存在|面临)的?问题|下一?步|其[他它]|不足之处")
    ('不足', '其他', '其它', '存在', '面临', '下')
    >>> literal_openings(r"[^,。]{0,6}问题") is None
    True
    """
    if _PARSER is None:  # pragma: no cover
        return None
    try:
        parsed = _PARSER.parse(pattern)
        if parsed.state.flags & ~(_C.SRE_FLAG_UNICODE):
            return None  # ignore-case, verbose and the like change what a literal matches
        words, _ = _sequence(list(parsed))
    except (_C.error, AttributeError, TypeError, ValueError):  # regex syntax, or a parser
        return None  # whose shapes changed: no words known
    if words is None or "" in words:
        return None
    # A word another one opens adds nothing: whatever opens with it opens with that one.
    shortest = {word for word in words if not any(word.startswith(w) for w in words - {word})}
    return tuple(sorted(shortest, key=lambda word: (-len(word), word)))


def _sequence(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """The words a sequence of items opens with, and whether they are all it matches."""
    words = {""}
    for item in items:
        found, whole = _item(*item)
        if found is None:
            return words, False
        words = {word + more for word in words for more in found}
        if len(words) > _MOST:
            return None, False
        if not whole:
            return words, False
    return words, True


def _item(op: Any, arg: Any) -> tuple[set[str] | None, bool]:
    """The words one item matches (all of them, or the openings only); None when unknown."""
    if op is _C.LITERAL:
        return {chr(arg)}, True
    if op is _C.IN and all(kind is _C.LITERAL for kind, _ in arg) and len(arg) <= _SMALL_CLASS:
        return {chr(char) for _, char in arg}, True
    if op is _C.SUBPATTERN:
        _, add_flags, del_flags, items = arg
        return (None, False) if add_flags or del_flags else _sequence(list(items))
    if op is _C.BRANCH:
        words: set[str] = set()
        whole = True
        for branch in arg[1]:
            found, complete = _sequence(list(branch))
            if found is None:
                return None, False
            words |= found
            whole = whole and complete
        return words, whole
    return None, False  # a repeat, an anchor, a lookaround, any character: unknown here

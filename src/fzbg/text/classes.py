r"""Character classes spelled so that :mod:`re` tests a character in one table lookup.

stdlib ``re`` compiles a class of characters of the Basic Multilingual Plane into a table
of 256-character blocks, one lookup a character.  A negated class (``[^。,:]``) costs a
negation step more at every character it runs over, and a search for a small class
(``[。:\n]``) a call of the test at every character it passes: over Chinese text, some
50 and 60 machine instructions a character, against 30 for a possessive run of the class
of every other character (whose end is where such a search stops).  :func:`all_but`
spells that class.
"""

from __future__ import annotations

__all__ = ["ASTRAL", "all_but"]

ASTRAL = r"\U00010000-\U0010ffff"
"""The class body of every character past the Basic Multilingual Plane."""


def all_but(chars: str, *, astral: bool = True) -> str:
    r"""A class body for every character but ``chars``: ``[^chars]`` as ranges.

    Characters past U+FFFF are left out of the ranges: with ``astral`` the class holds
    them all (as ``[^chars]`` does, for ``chars`` of the BMP), else none.

    >>> import re
    >>> body = all_but("。,\n")
    >>> [c for c in "法,治。\n😀" if re.fullmatch(f"[{body}]", c)]
    ['法', '治', '😀']
    >>> re.fullmatch(f"[{all_but('。', astral=False)}]", "😀") is None
    True
    """
    if max(chars, default="") > "\uffff":
        raise ValueError(f"a character past the BMP in {chars!r}")
    body, start = [], 0
    for code in [*sorted(set(map(ord, chars))), 0x10000]:
        if code > start:
            body.append(rf"\u{start:04x}-\u{code - 1:04x}")
        start = code + 1
    return "".join(body) + (ASTRAL if astral else "")

"""How alike two passages are, measured on character bigrams.

Chinese needs no word segmentation to be compared: a passage becomes the sequence of its
character bigrams (after folding full-width and traditional forms and dropping
punctuation, spaces and the item's marker), and two sequences are compared with
rapidfuzz's Indel and LCS distances, which run in C.

Two scores, for two questions:

- :func:`restatement` — is one passage the other, maybe reworded?  The normalised Indel
  similarity of the two bigram sequences, ``2 * LCS / (len(a) + len(b))``: 1 for the
  same text, near 0 for unrelated texts of the genre.
- :func:`containment` — does a longer passage carry out a shorter one?  The share of the
  shorter passage's bigrams that the longer one has, in order (``LCS / len(a)``).
"""

from __future__ import annotations

import regex

from fzbg.model import Item
from fzbg.text.normalize import fold

__all__ = ["bigrams", "comparable", "containment", "item_grams", "restatement"]

# What is not compared: punctuation, spaces, symbols.  Han characters, letters and digits
# are the passage's words.
_NOISE = regex.compile(r"[^\p{Han}\p{L}\p{N}]+")


def comparable(text: str) -> str:
    """The part of ``text`` that carries its words: folded, without punctuation or spaces.

    >>> comparable("（一）加強組織領導， 壓實責任。")
    '一加强组织领导压实责任'
    """
    return _NOISE.sub("", fold(text))


def bigrams(text: str) -> list[str]:
    """The character bigrams of :func:`comparable` ``(text)``, in order.

    A text of one character is its own single gram, so that no passage compares as empty.

    >>> bigrams("依法行政。")
    ['依法', '法行', '行政']
    """
    words = comparable(text)
    if len(words) < 2:
        return [words] if words else []
    return [words[i : i + 2] for i in range(len(words) - 1)]


def item_grams(item: Item) -> list[str]:
    """The bigrams of an item's text, without its marker (``（一）``, ``一是``, ``1、``)."""
    text = item.text
    if item.marker and text.startswith(item.marker):
        text = text[len(item.marker) :]
    return bigrams(text)


def restatement(a: list[str], b: list[str]) -> float:
    """How far ``a`` and ``b`` say the same thing: 1 the same text, 0 nothing in common.

    >>> restatement(bigrams("执法力量相对薄弱"), bigrams("执法力量仍然薄弱"))
    0.5714285714285714
    """
    if not a or not b:
        return 0.0
    from rapidfuzz.distance import Indel  # noqa: PLC0415 - import fzbg stays light

    return float(Indel.normalized_similarity(a, b))


def containment(a: list[str], b: list[str]) -> float:
    """The share of ``a``'s bigrams that ``b`` has in the same order (0–1).

    >>> containment(bigrams("完善执法程序"), bigrams("全年修订并完善执法程序规定3项"))
    1.0
    """
    if not a or not b:
        return 0.0
    from rapidfuzz.distance import LCSseq  # noqa: PLC0415 - import fzbg stays light

    return LCSseq.similarity(a, b) / len(a)

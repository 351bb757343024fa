"""MinHash signatures and LSH buckets of many passages at once, with numpy.

:func:`~fzbg.near_duplicates` summarises every passage of a corpus (a million of them
for 10^5 reports) by a MinHash signature and brings together the passages whose
signatures agree on a whole band.  Done one passage and one shingle at a time in Python
that is most of the work; here it is done for a batch of passages in a few numpy passes:

- a passage's shingles are its runs of :data:`SHINGLE` characters, each packed exactly
  into 63 bits (three code points of 21 bits) and mixed to a 32-bit hash;
- permutation ``k`` maps a hash ``h`` to ``a[k] * h + b[k]`` modulo 2^32 (``a[k]`` odd,
  so the map is a bijection), and a signature's row ``k`` is the least value over the
  passage's shingles (one multiply, one add and one segmented minimum per row);
- a band of ``rows`` rows is mixed into one 64-bit key, and two passages are candidates
  when some band's keys are equal (:func:`candidate_pairs`, by sorting each band).

Everything is seeded: the same passages give the same signatures on every run and
machine.  The estimate only picks candidates; the caller checks each one exactly.
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np
import numpy.typing as npt

__all__ = [
    "SHINGLE",
    "PassageIndex",
    "band_keys",
    "candidate_pairs",
    "jaccard",
    "shingles",
    "signatures",
]

SHINGLE = 3
"""Characters per shingle: three Han characters are rarely shared by chance."""

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
Keep = Callable[[I64, I64], npt.NDArray[np.bool_]]

_EMPTY = np.uint32(0xFFFFFFFF)
"""The signature of a passage without a shingle: greater than any other, shared by none
but other empty passages."""

_SEED = 16

_BATCH_CHARS = 1 << 18
"""Characters of passages hashed together: large enough for numpy to pay, small enough
that the scratch arrays stay a few megabytes."""

_BATCH_PAIRS = 1 << 16

_SKETCH_ROWS = 64
"""Rows of each signature kept, a byte each, to estimate a candidate's similarity: the
estimate of a pair of similarity J errs by more than 0.3 less than once in a million."""


class PassageIndex:
    """Passages of a corpus, kept compactly: their texts and their LSH band keys.

    Passages are added one by one and hashed a batch at a time; :meth:`candidates` then
    pairs them.  A passage costs its text (two bytes a character), four bytes a band and
    a sketch of 64 bytes.

    Example:
        >>> index = PassageIndex(num_perm=64, bands=13, rows=4)
        >>> for owner, text in enumerate(["依法全面履行政府职能"] * 2 + ["规范行政执法"]):
        ...     index.add(text, owner=owner, salt=0)
        >>> list(index.candidates()), index.text(2)
        ([(0, 1)], '规范行政执法')

    """

    def __init__(self, *, num_perm: int, bands: int, rows: int) -> None:
        self.num_perm, self.bands, self.rows = num_perm, bands, rows
        self._chunks: list[str] = []  # the texts of each batch, one after the other
        self._where = array("q")  # per passage: chunk, start and end in it
        self._owners = array("q")
        self._salts = array("q")
        self._keys: list[U32] = []  # per batch, (bands, passages)
        self._sketches: list[npt.NDArray[np.uint8]] = []  # per batch, (64, passages)
        self._pending: list[str] = []
        self._pending_chars = 0
        # A passage that many share is checked against each of them: keep its shingles.
        self._shingles = functools.lru_cache(maxsize=1 << 12)(self._shingles_of)

    def __len__(self) -> int:
        return len(self._owners)

    def add(self, text: str, *, owner: int, salt: int) -> None:
        """Add a passage: only passages of different owners and the same salt pair."""
        self._where.extend(
            (len(self._chunks), self._pending_chars, self._pending_chars + len(text))
        )
        self._owners.append(owner)
        self._salts.append(salt)
        self._pending.append(text)
        self._pending_chars += len(text)
        if self._pending_chars >= _BATCH_CHARS:
            self._flush()

    def text(self, passage: int) -> str:
        """The text of the ``passage``-th passage added."""
        chunk, start, end = self._where[3 * passage : 3 * passage + 3]
        return self._chunks[chunk][start:end]

    def similarity(self, first: int, second: int) -> float:
        """The exact Jaccard similarity of two passages' shingle sets."""
        return jaccard(self._shingles(first), self._shingles(second))

    def _shingles_of(self, passage: int) -> set[str]:
        return shingles(self.text(passage))

    def candidates(self, least: float = 0.0) -> Iterator[tuple[int, int]]:
        """Every two passages of different owners likely to be alike, in ascending order.

        Args:
            least: Leave out the pairs whose similarity, as estimated on the sketches of
                their signatures, is below this: the many passages of the genre that share
                a heading or a stock phrase, and meet in a bucket by chance.

        Yields:
            The pairs, as the passages' numbers in the order added, the smaller first.

        """
        self._flush()
        if not self._keys:
            return
        per_band = (
            np.concatenate([keys[band] for keys in self._keys]) for band in range(self.bands)
        )
        owners = np.frombuffer(self._owners, dtype=np.int64)
        sketch = np.concatenate(self._sketches, axis=1)

        def keep(first: I64, second: I64) -> npt.NDArray[np.bool_]:
            wanted: npt.NDArray[np.bool_] = owners[first] != owners[second]
            for start in range(0, len(first), _BATCH_PAIRS):
                part = slice(start, start + _BATCH_PAIRS)
                agree = (sketch[:, first[part]] == sketch[:, second[part]]).mean(axis=0)
                # Two different rows agree on their lowest byte one time in 256.
                wanted[part] &= (agree - 1 / 256) / (1 - 1 / 256) >= least
            return wanted

        pairs = candidate_pairs(per_band, keep)
        for start in range(0, len(pairs), _BATCH_PAIRS):  # a few Python ints at a time
            yield from ((a, b) for a, b in pairs[start : start + _BATCH_PAIRS].tolist())

    def _flush(self) -> None:
        if not self._pending:
            return
        sig = signatures(self._pending, self.num_perm)
        salts = np.asarray(self._salts[len(self._salts) - len(self._pending) :], dtype=np.uint64)
        self._keys.append(band_keys(sig, self.bands, self.rows, salts))
        self._sketches.append(sig[:_SKETCH_ROWS].astype(np.uint8))
        self._chunks.append("".join(self._pending))
        self._pending.clear()
        self._pending_chars = 0


def _mix(x: U64) -> U64:
    """MurmurHash3's 64-bit finaliser, in place: every input bit moves every output bit."""
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xFF51AFD7ED558CCD)
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xC4CEB9FE1A85EC53)
    x ^= x >> np.uint64(33)
    return x


def _permutations(num_perm: int) -> tuple[U32, U32]:
    rng = np.random.default_rng(_SEED)
    a = rng.integers(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = rng.integers(0, 1 << 32, num_perm, dtype=np.uint64).astype(np.uint32)
    return a, b


def _shingle_hashes(texts: Sequence[str]) -> tuple[U32, I64]:
    """Every passage's shingles hashed to 32 bits, one run after the other; and their counts."""
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    points = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    codes = points.astype(np.uint64)
    grams = codes[: len(codes) - 2] << np.uint64(42)
    grams |= codes[1 : len(codes) - 1] << np.uint64(21)
    grams |= codes[2:]
    # A shingle that starts in a passage's last two characters runs into the next one.
    ends = np.cumsum(lengths)
    cut = np.concatenate([ends - 2, ends - 1])
    keep = np.ones(len(grams), dtype=bool)
    keep[cut[(cut >= 0) & (cut < len(grams))]] = False
    hashes = (_mix(grams[keep]) >> np.uint64(32)).astype(np.uint32)
    return hashes, np.maximum(lengths - (SHINGLE - 1), 0)


def signatures(texts: Sequence[str], num_perm: int) -> U32:
    """The MinHash signatures of ``texts``, one column a text (``num_perm`` rows).

    Args:
        texts: The passages, as the characters to compare.
        num_perm: The rows of a signature.

    Returns:
        A ``(num_perm, len(texts))`` array; the share of rows on which two columns agree
        estimates the Jaccard similarity of the two texts' shingle sets.

    Example:
        >>> sig = signatures(["依法全面履行政府职能", "依法全面履行政府职能", "规范行政执法"], 64)
        >>> sig.shape, bool((sig[:, 0] == sig[:, 1]).all()), int((sig[:, 0] == sig[:, 2]).sum())
        ((64, 3), True, 0)

    """
    out = np.full((num_perm, len(texts)), _EMPTY, dtype=np.uint32)
    hashes, counts = _shingle_hashes(texts)
    if not len(hashes):
        return out
    filled = counts > 0
    starts = (np.cumsum(counts) - counts)[filled]
    a, b = _permutations(num_perm)
    scratch = np.empty_like(hashes)
    for k in range(num_perm):
        np.multiply(hashes, a[k], out=scratch)
        scratch += b[k]
        out[k, filled] = np.minimum.reduceat(scratch, starts)
    return out


def band_keys(sig: U32, bands: int, rows: int, salt: U64) -> U32:
    """One 32-bit key per band of each signature: equal bands give equal keys.

    Two different bands share a key one time in 2^32, which only makes a false candidate
    for the exact check to discard.

    Args:
        sig: Signatures, one column a passage (:func:`signatures`).
        bands: How many bands.
        rows: Rows a band (``bands * rows`` at most the rows of ``sig``).
        salt: One value a passage; passages of different salts never share a key
            (but for a collision of keys).

    Returns:
        A ``(bands, passages)`` array.

    Example:
        >>> sig = signatures(["依法全面履行政府职能"] * 2, 8)
        >>> keys = band_keys(sig, 2, 4, np.array([0, 1], dtype=np.uint64))
        >>> keys.shape, bool((keys[:, 0] == keys[:, 1]).any())
        ((2, 2), False)

    """
    keys = np.empty((bands, sig.shape[1]), dtype=np.uint32)
    for band in range(bands):
        key = _mix(salt.astype(np.uint64) ^ np.uint64(band << 56))
        for row in range(band * rows, (band + 1) * rows):
            key ^= sig[row].astype(np.uint64)
            key = _mix(key)
        keys[band] = key >> np.uint64(32)
    return keys


def candidate_pairs(bands: Iterable[U32], keep: Keep | None = None) -> I64:
    """Every two passages that share a key in some band, each pair once.

    Args:
        bands: One array of keys a band, one key a passage (in the same order in each).
        keep: Given the pairs of a bucket step (the smaller passages, the larger ones),
            which to keep; the rest are dropped before they pile up.

    Returns:
        A ``(pairs, 2)`` array of passage numbers, the smaller first, in ascending order.

    Example:
        >>> keys = [np.array(band, dtype=np.uint32) for band in ([5, 7, 5, 5], [1, 2, 3, 2])]
        >>> candidate_pairs(keys).tolist()
        [[0, 2], [0, 3], [1, 3], [2, 3]]

    """
    codes: list[I64] = []
    size = 0
    for keys in bands:
        size = len(keys)
        codes.extend(
            code if keep is None else code[keep(code // size, code % size)]
            for code in _bucket_pairs(keys)
        )
    if not codes:
        return np.empty((0, 2), dtype=np.int64)
    unique = np.unique(np.concatenate(codes))
    return np.stack([unique // size, unique % size], axis=1)


def _bucket_pairs(keys: U32) -> Iterator[I64]:
    """The pairs of passages with equal keys, each as ``smaller * len(keys) + larger``.

    The keys are sorted; a passage is paired with the one ``d`` places before it while
    both are in one run of equal keys, for ``d`` = 1, 2, … up to the longest run.
    """
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.concatenate([[True], ordered[1:] != ordered[:-1]])
    positions = np.arange(len(keys))
    offset = positions - np.maximum.accumulate(np.where(starts, positions, 0))
    later = np.flatnonzero(offset)
    step = 1
    while len(later):
        left, right = order[later - step], order[later]
        yield np.minimum(left, right) * len(keys) + np.maximum(left, right)
        step += 1
        later = later[offset[later] >= step]


def shingles(text: str) -> set[str]:
    """The shingles of ``text``: every run of :data:`SHINGLE` characters.

    >>> sorted(shingles("依法行政"))
    ['依法行', '法行政']
    """
    return {text[i : i + SHINGLE] for i in range(len(text) - SHINGLE + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """The Jaccard similarity of two sets: shared over all (0 for two empty sets).

    >>> round(jaccard(shingles("依法全面履行"), shingles("依法全面落实")), 2)
    0.33
    """
    shared = len(a & b)
    union = len(a) + len(b) - shared
    return shared / union if union else 0.0

"""The cuts a page's chrome and debris are taken out by: sorted, merged, and made.

:mod:`fzbg.page.strip` gathers every cut as a :data:`~fzbg.page.head_fields.Cut`; here
they are made not to overlap, cut out of the text and its view at once, and recorded as
:class:`~fzbg.model.Debris`, with where each offset stands once they are made.
"""

from __future__ import annotations

import bisect
import itertools
import operator

from fzbg.model import Debris, Span
from fzbg.page.head_fields import Cut
from fzbg.page.mojibake import GBK_SHIFT, repaired

__all__ = ["Cuts", "with_repairs"]


class Cuts:
    """The cuts, sorted and made not to overlap, and what they take out before each."""

    def __init__(self, cuts: list[Cut]) -> None:
        cuts = sorted(cuts, key=_longest_first)  # of two cuts at one place, the wider wins
        starts, ends = [s for s, _, _ in cuts], [e for _, e, _ in cuts]
        if not (all(map(operator.lt, starts, ends)) and all(map(operator.le, ends, starts[1:]))):
            cuts = _merge(cuts)  # some cut is covered by an earlier one (debris inside chrome)
            starts, ends = [s for s, _, _ in cuts], [e for _, e, _ in cuts]
        self.starts, self.ends, self.kinds = starts, ends, [k for _, _, k in cuts]
        # removed[i]: what the cuts before the i-th take out
        self.removed = list(itertools.accumulate(map(operator.sub, ends, starts), initial=0))

    def apply(self, text: str, view: str) -> tuple[str, str, list[Debris]]:
        """Cut the pieces out of the text and its view; record each contiguous run as debris."""
        starts, ends, kinds, removed = self.starts, self.ends, self.kinds, self.removed
        kept = (0, *ends), (*starts, len(text))  # what stands between the cuts
        out = "".join(map(text.__getitem__, map(slice, *kept)))
        out_view = "".join(map(view.__getitem__, map(slice, *kept)))
        # A run of cuts, each following the last without a gap and of its kind, is one
        # piece of debris: runs break where a cut leaves a gap or changes kind.
        gaps = map(operator.ne, starts[1:], ends)
        breaks = map(operator.or_, gaps, map(operator.ne, kinds[1:], kinds))
        firsts = [0, *itertools.compress(itertools.count(1), breaks)] if starts else []
        run_starts = [starts[i] for i in firsts]
        run_ends = [ends[i - 1] for i in firsts[1:]] + ends[-1:]
        debris = list(
            map(
                Debris,
                map(kinds.__getitem__, firsts),
                map(text.__getitem__, map(slice, run_starts, run_ends)),
                map(operator.sub, run_starts, map(removed.__getitem__, firsts)),
            )
        )
        return out, out_view, debris

    def moved(self, at: int) -> int:
        """Where offset ``at`` of the text stands once the cuts are made."""
        i = bisect.bisect_left(self.starts, at)  # the cuts that start before it
        return at - self.removed[i] + max(0, self.ends[i - 1] - at) if i else at

    def span(self, start: int, end: int) -> Span:
        """Where ``start..end`` stands once the cuts before it and inside it are made."""
        before = self.removed[bisect.bisect_right(self.ends, start)]
        i, j = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.ends, end)
        inside = self.removed[j] - self.removed[i] if j > i else 0
        return Span(start - before, end - before - inside)

    def take_part(self, repairs: list[tuple[int, str]]) -> bool:
        """Whether a cut takes part of a repaired run (a run's repair stands at ``at``)."""
        for at, run in repairs:
            k = bisect.bisect_right(self.ends, at)  # the first cut ending past the run's start
            if k < len(self.starts) and self.starts[k] < at + len(repaired(run) or ""):
                return True
        return False


def _longest_first(cut: Cut) -> tuple[int, int, str]:
    """A cut's sort key: by its start, the longer first (so it covers a shorter one there)."""
    return cut[0], -cut[1], cut[2]


def _merge(cuts: list[Cut]) -> list[Cut]:
    """Drop from sorted ``cuts`` what an earlier cut already covers."""
    out: list[Cut] = []
    for start, end, kind in cuts:
        begin = max(start, out[-1][1]) if out else start
        if begin < end:
            out.append((begin, end, kind))
    return out


def with_repairs(debris: list[Debris], repairs: list[tuple[int, str]], cuts: Cuts) -> list[Debris]:
    """The debris with a record of each GBK repair, in order (a cut before a repair)."""
    if not repairs:
        return debris
    records = [Debris(GBK_SHIFT, run, cuts.moved(at)) for at, run in repairs]
    return sorted([*debris, *records], key=lambda d: (d.at, d.kind == GBK_SHIFT))

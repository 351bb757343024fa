"""A figure among the objects of ``对``, the verb after them naming what it counts.

``对局机关出台的规范性文件4件、签订的合同协议25份进行合法性审查``: the figures count the
objects 对 puts before the verb (:data:`~fzbg.genre.indicators.FRAME_OBJECT`), and the
verb (:data:`~fzbg.genre.indicators.FRAME_VERB`) with its subject, 合法性审查, says what is
counted of them: reviews.  The noun right before a figure (规范性文件) names what was
reviewed, not what the figure counts.  A verb that names no row's subject
(``对规范性文件3件进行清理``) leaves the noun's key.
"""

from __future__ import annotations

from fzbg.genre.indicators import FRAME_OBJECT, FRAME_VERB
from fzbg.genre.registry import IndicatorSpec, UnitCues
from fzbg.model import Quantity

__all__ = ["framed"]


def framed(  # noqa: PLR0917 - the figure, its clause, and what to key it by
    view: str,
    q: Quantity,
    hit: tuple[IndicatorSpec, int, int],
    c_start: int,
    c_end: int,
    cues: UnitCues,
    context: str,
) -> tuple[IndicatorSpec, int, int]:
    """``hit``, or the cue after the verb of a 对 frame that ``q``'s clause puts it in.

    >>> from fzbg import INDICATORS, extract_quantities
    >>> view = "对规范性文件4件、合同25份进行合法性审查"
    >>> q = extract_quantities(view)[0]
    >>> row = INDICATORS["normative-documents"]
    >>> hit = framed(view, q, (row, 1, 6), 0, len(view), INDICATORS.for_unit("件"), view)
    >>> hit[0].key, view[hit[1] : hit[2]]
    ('legality-reviews', '合法性审查')
    """
    if view.find("对", c_start, hit[1]) < 0 or FRAME_OBJECT.search(view, c_start, hit[1]) is None:
        return hit  # most figures: no 对 before the noun at all
    verb = None
    for verb in FRAME_VERB.finditer(view, q.span.end, c_end):  # noqa: B007 - the last is wanted
        pass
    if verb is None:
        return hit
    best: tuple[IndicatorSpec, int, int] | None = None
    for row, cue, _ in cues.cues:
        m = cue.regex.match(view, verb.end(), c_end)
        if m is not None and (best is None or m.end() > best[2]) and cue.allows(context):
            best = (row, m.start(), m.end())
    return hit if best is None else best

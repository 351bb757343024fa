"""An issuer named without its place (司法局, 区市场监管局), named in full elsewhere.

A department's report may name itself only by its kind, in its title or its opening,
under a site that names the place.  The name is the document's own, and kept; but where
its signature, its page's 来源 or a sentence of its preamble that the body opens
(2019年度,云溪县司法局深入学习…) gives the same name with its place, that is the issuer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from fzbg.extract.openings import VERB
from fzbg.genre.bodies import body_name, fuller_name, name_fragment
from fzbg.genre.chrome import SOURCE_LABELS
from fzbg.text.normalize import fold

__all__ = ["complete"]

# A place's name before a name without its place, as a sentence's subject opens: after a
# stop (or the line's start) and spaces, two to eight characters.
_PLACE_BEFORE = regex.compile(r"(?:^|(?<=[,。;:\n]))[ ]*(?P<place>\p{Han}{2,8})$")


def complete(
    issuer: str | None,
    signer: Callable[[], str | None],
    fields: dict[str, str],
    preamble: tuple[str, str] = ("", ""),
) -> str | None:
    """``issuer``, or the fuller name of its body that the signer, fields or preamble give.

    ``preamble`` is the preamble's folded view and its text.  ``signer`` reads the
    closing's signature only where the issuer is a fragment; the preamble gives a name as
    the subject of a sentence of its own (要求,区教育局认真对照…。2019年度,某某区教育局深入学习…).
    """
    view, written = preamble
    if not issuer or not name_fragment(issuer):
        return issuer  # 云溪县司法局, or no name at all: most reports

    def names() -> Iterator[str | None]:
        yield signer()
        yield from (body_name(fields[k]) for k in SOURCE_LABELS if k in fields)
        yield from (written[s:e] for s, e in _subjects(view, fold(issuer)))

    return fuller_name(issuer, names())


def _subjects(view: str, name: str) -> list[tuple[int, int]]:
    """The spans of the fuller names of ``name`` that open a sentence of ``view``.

    A place's name stands before it and a verb after it: 。2019年度,某某区教育局深入学习….
    """
    found = []
    at = view.find(name)
    while at >= 0:
        end = at + len(name)
        before = _PLACE_BEFORE.search(view, max(0, at - 10), at) if VERB.match(view, end) else None
        if before is not None:
            found.append((before.start("place"), end))
        at = view.find(name, at + 1)
    return found

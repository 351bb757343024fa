"""An issuer named without its place (司法局, 区市场监管局), named in full elsewhere.

A department's report may name itself only by its kind, in its title or its opening,
under a site that names the place.  The name is the document's own, and kept; but where
its signature or its page's 来源 gives the same name with its place (云溪县司法局), that
is the issuer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from fzbg.extract.openings import VERB
from fzbg.genre.bodies import body_name, fuller_name, name_fragment
from fzbg.genre.chrome import SOURCE_LABELS
from fzbg.text.normalize import fold

__all__ = ["complete"]


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
        said = rf"(?:^|(?<=[,。;:\n]))[ ]*(?P<name>\p{{Han}}{{2,8}}?{regex.escape(fold(issuer))})"
        for m in regex.finditer(rf"{said}(?={VERB.pattern})", view):
            yield written[m.start("name") : m.end("name")]

    return fuller_name(issuer, names())

"""Joint issuers: a party body and the government it reports with, named a line each.

A report the party committee and the government send together names both, 中共某某县委
某某县人民政府: on one line, or on two, in the title over the rest of it or in the
signature under the text.  Both are the issuer, parted by a space as one line parts
them; a hard wrap inside one name (某某省自然 / 资源厅) is closed up.
"""

from __future__ import annotations

import regex

from fzbg.genre.bodies import PARTY_BODY, SIGNER_LINE, joint_name

__all__ = ["joint_lines", "joint_signer"]


def _joint(first: str, second: str) -> bool:
    """Whether ``first`` names a party body and ``second`` (folded) a body of its own."""
    return joint_name(f"{first.strip()} {second.strip()}")


def joint_lines(name: str, view: str) -> str:
    r"""``name`` as a title's lines write it (``view`` folded), its line breaks resolved.

    >>> joint_lines("中共云溪县委\n云溪县人民政府", "中共云溪县委\n云溪县人民政府")
    '中共云溪县委 云溪县人民政府'
    >>> joint_lines("江岭省自然\n资源厅", "江岭省自然\n资源厅")
    '江岭省自然资源厅'
    """
    if "\n" not in name:
        return name
    lines, views = name.split("\n"), view.split("\n")
    out = lines[0].strip()
    for at in range(1, len(lines)):
        space = " " if _joint(views[at - 1], views[at]) else ""
        out += space + lines[at].strip()
    return out


def joint_signer(text: str, view: str, signer: regex.Match[str], end: int) -> str:
    """The signer ``signer`` matched on its line (of ``view``), with the body on the next.

    A party body signing first (中共某某县委) signs with the government on the line under
    it (某某县人民政府); the line's end and the closing's ``end`` bound the next line.
    """
    who = text[signer.start("who") : signer.end("who")]
    if not PARTY_BODY.search(signer["who"]):
        return who  # most signatures: one body
    start = signer.end() + 1
    stop = view.find("\n", start, end)
    second = SIGNER_LINE.fullmatch(view, start, end if stop < 0 else stop)
    if second is None or not _joint(signer["who"], second["who"]):
        return who
    return f"{who} {text[second.start('who') : second.end('who')]}"

"""An issuer a report names only inside its text, where its opening speaks as 我局.

A report whose title names no body (or that has none) and whose opening says 我局, 本委
or 我办 may name itself further down: in the title of a document it issued
(印发《某县某局关于…的通知》), or as the subject of a sentence of its own (某县某局始终
坚持…).  A name with the speaker's office ending, given one of these ways, is the issuer
when it is the only such name; a body merely mentioned (one above it, one it visited) is
given neither way, and a report that gives two names so is left unread.
"""

from __future__ import annotations

import functools

import regex

from fzbg.genre.bodies import body_name
from fzbg.genre.dates import YEAR
from fzbg.genre.openers import OPENING_VERBS
from fzbg.genre.speaker import HONOURED, OFFICE_ENDINGS, OWN_DOCUMENT_VERBS, SPEAKER

__all__ = ["inside_issuer"]

_SPEAKS = regex.compile(rf"{SPEAKER}(?![理事法])")  # not 我办理, 本办法
_LEVEL = "[省市县区州旗盟]"
# A body's own rules, named after it: 《某局重大行政决策程序规定》, 《某局法律顾问工作规则》
# (the name whole: not 某某委 of 某某委员会…).
_OWN_RULES = r"(?!员会|公室)[^《》。]{2,30}?(?:规定|办法|规则|制度|细则|方案|意见|清单|要点|计划)》"
_PARTY = regex.compile(rf"(?:{_LEVEL}|党|工)委$")  # 某市委, 某镇党委, 某街道党工委
# A full name opens with its place (某县, 某市): not with a level alone (县司法局, the
# short name of any county's), nor with 我, 本, 全, 各, 该.
_NAME = rf"(?![我本全各该]|{_LEVEL})(?=[^《》。]{{1,12}}?{_LEVEL})[^。,;:!?()《》\d\s]{{3,30}}?"


@functools.cache
def _givers(endings: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The ways a report gives its own full name ending in one of ``endings``.

    A document it issued: 印发《某县某局关于…》, 制定《某县某局2024年…》; a sentence it
    opens: 。某县某局始终坚持…, 。某县某局被评为….
    """
    name = rf"(?P<name>{_NAME}(?:{endings}))"
    verbs = "|".join(OWN_DOCUMENT_VERBS)
    cited = regex.compile(rf"(?:{verbs})了?《{name}(?=关于|{YEAR}|年度|{_OWN_RULES})")
    does = rf"{OPENING_VERBS}|{HONOURED}"
    subject = regex.compile(rf"(?:^|(?<=[。;!?)\n]))[ ]*{name}(?={does})", regex.M)
    return cited, subject


def inside_issuer(text: str, view: str, preamble: str) -> str | None:
    r"""The body a report speaking as 我局 (in its ``preamble``) names as itself, or None.

    >>> view = "2023年,我局坚持依法行政。\n(一)健全制度。印发《云溪县某某局关于加强执法的通知》。"
    >>> inside_issuer(view, view, view[:14])
    '云溪县某某局'
    >>> view = "2023年,我局坚持依法行政。\n云溪市某某局来我局调研。"
    >>> inside_issuer(view, view, view[:14]) is None
    True
    """
    speaks = _SPEAKS.search(preamble)
    if speaks is None:
        return None
    cited, subject = _givers(OFFICE_ENDINGS[speaks["office"]])
    found: dict[str, int] = {}
    for m in cited.finditer(view):
        found.setdefault(m["name"], m.start("name"))
    for m in subject.finditer(view):
        if _PARTY.search(m["name"]):
            continue  # 某市委高度重视: the place's party committee, not a department
        stop = view.find("。", m.end())
        if not _SPEAKS.search(view, m.end(), len(view) if stop < 0 else stop):
            found.setdefault(m["name"], m.start("name"))  # not 某局指导我局: one above it
    if len(found) != 1:
        return None
    [(name, at)] = found.items()
    kept = body_name(name)
    return None if kept is None else text[at : at + len(kept)]

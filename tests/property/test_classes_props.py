"""A class spelled by ``all_but`` matches what the negated class it replaces matched.

The scans that run over many characters (a figure's clause and sentence, normalize's
scan for characters to replace or fold, the chrome hint's look for a rare character)
spell ``[^…]`` as ranges of everything else, which :mod:`re` tests in fewer steps.  These
tests hold the spelling to the negation, character by character, and the clause scans
to the patterns they replaced, on genre text and on arbitrary Unicode.
"""

from __future__ import annotations

import re

import pytest
from genre_strategies import any_text, genre_text
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fzbg.extract import clauses
from fzbg.text.classes import all_but

_SETTINGS = settings(max_examples=300, deadline=None)
_BMP = st.characters(max_codepoint=0xFFFF, exclude_categories=())
_ANY = st.characters(exclude_categories=())


@_SETTINGS
@given(st.text(_BMP, max_size=12), _ANY)
@example("。,\n", "。")
@example("", "\U0001f600")
@example("\uffff", "\uffff")
@example("\x00", "\x00")
def test_all_but_is_the_negated_class(chars: str, char: str) -> None:
    spelled = re.fullmatch(f"[{all_but(chars)}]", char) is not None
    negated = not chars or re.fullmatch(f"[^{re.escape(chars)}]", char) is not None
    assert spelled == negated
    bmp_only = re.fullmatch(f"[{all_but(chars, astral=False)}]", char) is not None
    assert bmp_only == (spelled and char <= "\uffff")


def test_all_but_takes_characters_of_the_bmp_only() -> None:
    with pytest.raises(ValueError, match="past the BMP"):
        all_but("\U0001f600")


_ENDS = "。;!?！？\n"
_OLD_BACK = re.compile(f"[^{_ENDS},:]*+(?:[,:]([^{_ENDS}]*+))?")
_OLD_CLAUSE = re.compile(f"[^{_ENDS},:]*+")


@_SETTINGS
@given(st.one_of(genre_text(), any_text()), st.data())
def test_the_clause_scans_read_as_before(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    for new, old in ((clauses._BACK, _OLD_BACK), (clauses._CLAUSE, _OLD_CLAUSE)):
        found, before = new.match(text, pos, end), old.match(text, pos, end)
        assert found is not None
        assert before is not None
        assert (found.span(), found.groups()) == (before.span(), before.groups())

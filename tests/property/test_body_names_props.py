"""Bodies the issuer reading knew too little of: a second name in brackets, and the
people's organisations and public institutions that also report.

Invented names.  Since the reforms many a department bears a second plate, written in
brackets after its name (某县农业农村局（某县乡村振兴局）); an archive, a federation of
trade unions or a science association (某县档案馆, 某县总工会, 某县科学技术协会)
reports on its rule of law as a department does.  Each signs the report, and has a level.
"""

from __future__ import annotations

import datetime as dt

from genre_strategies import LAST_PLAN, UNSIGNED
from hypothesis import given
from hypothesis import strategies as st

import fzbg
from fzbg.analyze.check import issuer_kind_of
from fzbg.genre.levels import level_of

_PLACES = st.sampled_from(["云溪县", "青禾市", "长林区", "白马县"])
_FIRST = st.sampled_from(["农业农村局", "卫生健康局", "退役军人事务局", "民族宗教事务局"])
_SECOND = st.sampled_from(["乡村振兴局", "中医药管理局", "政府外事办公室", "档案局"])
_INSTITUTIONS = st.sampled_from(
    ["档案馆", "图书馆", "总工会", "科学技术协会", "红十字会", "文学艺术界联合会"]
)


def _signed(signer: str) -> fzbg.Report:
    return fzbg.parse_report(f"{UNSIGNED}{signer}\n2024年1月26日\n")


@given(_PLACES, _FIRST, _SECOND, st.sampled_from(["", "县"]), st.booleans())
def test_a_signer_with_a_second_name_in_brackets(
    place: str, first: str, second: str, short: str, wide: bool
) -> None:
    """某县农业农村局（某县乡村振兴局） signs as it is written, a department."""
    left, right = ("（", "）") if wide else ("(", ")")
    signer = f"{place}{first}{left}{short or place}{second}{right}"
    report = _signed(signer)
    assert (report.issuer, report.signed) == (signer, dt.date(2024, 1, 26))
    assert report.plans[-1].text == LAST_PLAN
    assert level_of(signer) == "department"
    assert issuer_kind_of(signer) == "department"


@given(_PLACES, _INSTITUTIONS)
def test_an_institution_or_organisation_signs(place: str, body: str) -> None:
    """某县档案馆, 某县总工会, 某县科学技术协会: an issuer, and a department's level."""
    report = _signed(place + body)
    assert (report.issuer, report.signed) == (place + body, dt.date(2024, 1, 26))
    assert level_of(report.issuer) == "department"
    assert issuer_kind_of(report.issuer) == "department"

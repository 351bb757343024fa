"""to_dict / from_dict / json_schema: plain JSON data that gives the same report back."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

import attrs
import jsonschema
import pytest

import fzbg
from fzbg import (
    Approx,
    Diagnostic,
    Duty,
    FzbgError,
    Indicator,
    Item,
    Measure,
    Plan,
    Quantity,
    Reference,
    Report,
    Section,
    SectionKind,
    Shortcoming,
    Span,
)
from fzbg.examples import example_report_text

TEXT = (
    "某镇2024年度法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）加强组织领导。召开专题会议4次，化解纠纷6.1万余件。\n"
    "（二）履行第一责任人职责。镇党委书记亲自部署。\n"
    "二、存在的不足和原因\n"
    "一是普法形式单一；二是执法力量不足。\n"
)


def _at(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle))


def _report() -> Report:
    q = Quantity(Decimal("61000"), "件", Approx.OVER, "6.1万余件", _at("6.1万余件"))
    measure = Measure(
        SectionKind.MEASURES,
        "（一）",
        1,
        "加强组织领导",
        "（一）加强组织领导。召开专题会议4次，化解纠纷6.1万余件。",
        _at("（一）加强组织领导。召开专题会议4次，化解纠纷6.1万余件。"),
        quantities=(q,),
    )
    duty = Duty(
        SectionKind.DUTIES,
        "（二）",
        2,
        "履行第一责任人职责",
        "（二）履行第一责任人职责。镇党委书记亲自部署。",
        _at("（二）履行第一责任人职责。镇党委书记亲自部署。"),
    )
    short = [
        Shortcoming(SectionKind.SHORTCOMINGS, m, i, t, m + t, _at(m + t))
        for i, (m, t) in enumerate([("一是", "普法形式单一"), ("二是", "执法力量不足")], 1)
    ]
    return Report(
        text=TEXT,
        title="某镇2024年度法治政府建设情况报告",
        issuer="某镇",
        year=2024,
        plan_year=2025,
        published=dt.date(2025, 1, 15),
        sections=(
            Section(
                SectionKind.MEASURES, "一、主要举措和成效", 1, "…", Span(18, 90), (measure, duty)
            ),
            Section(
                SectionKind.SHORTCOMINGS,
                "二、存在的不足和原因",
                2,
                "…",
                Span(90, 120),
                tuple(short),
            ),
        ),
        quantities=(q,),
        references=(Reference("law", "《行政处罚法》", Span(0, 0)),),
        diagnostics=(Diagnostic("ordinal-gap", "（三） expected", None),),
    )


def _roundtrip(report: Report) -> Report:
    return fzbg.from_dict(json.loads(json.dumps(fzbg.to_dict(report))))


def test_scalars_are_json_ready() -> None:
    """Enums become their values, decimals strings, dates ISO strings, tuples lists."""
    data = fzbg.to_dict(_report())
    assert data["published"] == "2025-01-15"
    assert data["signed"] is None
    assert data["sections"][0]["kind"] == "measures"
    q = data["quantities"][0]
    assert q == {
        "value": "61000",
        "unit": "件",
        "approx": "over",
        "text": "6.1万余件",
        "span": {"start": q["span"]["start"], "end": q["span"]["end"]},
    }
    assert isinstance(data["sections"], list)


def test_derived_views_are_not_stored() -> None:
    """measures, duties, missing_sections … are properties, recomputed after loading."""
    data = fzbg.to_dict(_report())
    assert not {"measures", "duties", "missing_sections"} & data.keys()


@pytest.mark.parametrize(
    ("cls", "tag"),
    [
        (Measure, "measure"),
        (Shortcoming, "shortcoming"),
        (Duty, "duty"),
        (Plan, "plan"),
        (Item, "item"),
    ],
)
def test_each_item_class_has_its_tag(cls: type[Item], tag: str) -> None:
    """The "class" key names the item's class, whatever its kind."""
    item = cls(SectionKind.OTHER, None, None, None, "", Span(0, 0))
    section = Section(SectionKind.OTHER, None, None, "", Span(0, 0), (item,))
    data = fzbg.to_dict(Report("", sections=(section,)))
    assert data["sections"][0]["items"][0]["class"] == tag
    assert type(_roundtrip(Report("", sections=(section,))).sections[0].items[0]) is cls


def test_duty_stated_as_a_measures_item_stays_a_duty() -> None:
    """A Duty inside a measures section comes back a Duty and still counts toward duties."""
    report = _report()
    back = _roundtrip(report)
    assert back == report
    assert [type(i) for i in back.sections[0].items] == [Measure, Duty]
    assert back.duties == report.duties != ()
    assert SectionKind.DUTIES not in back.missing_sections


def test_children_keep_their_class() -> None:
    """Children nested two levels down keep their own class."""
    leaf = Plan(SectionKind.PLANS, "1、", 1, "深化普法", "1、深化普法", Span(0, 0))
    mid = Plan(SectionKind.PLANS, "（一）", 1, "宣传", "…", Span(0, 0), (leaf,))
    report = Report("", sections=(Section(SectionKind.PLANS, None, None, "", Span(0, 0), (mid,)),))
    assert _roundtrip(report).plans[0].children[0] == leaf


def test_parsed_example_report_round_trips() -> None:
    """The shipped example, parsed, survives the JSON round trip."""
    report = fzbg.parse_report(example_report_text())
    assert _roundtrip(report) == report


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"text": 3}, "report.text"),
        ({"text": "", "year": "2024"}, "report.year"),
        ({"text": "", "published": "2024-13-01"}, "report.published"),
        ({"text": "", "quantities": [{"value": "x"}]}, "report.quantities[0]"),
        ({"text": "", "sections": [{"kind": "measure"}]}, "report.sections[0].kind"),
    ],
)
def test_bad_data_raises_fzbg_error_naming_the_place(data: dict[str, Any], where: str) -> None:
    """Data not in to_dict's shape is refused with the path of the bad value."""
    with pytest.raises(FzbgError, match=rf"not a report dict: .*{re.escape(where)}"):
        fzbg.from_dict(data)


def test_schema_is_valid_and_accepts_exports() -> None:
    """json_schema() is a draft 2020-12 schema that accepts what to_dict gives."""
    schema = fzbg.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    validator.validate(json.loads(json.dumps(fzbg.to_dict(_report()))))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("sections", 0, "items", 0, "class"), "gadget"),
        (("sections", 0, "kind"), "measure"),
        (("quantities", 0, "value"), "61,000"),
        (("published",), "2025/01/15"),
        (("year",), "2024"),
    ],
)
def test_schema_rejects_what_from_dict_would_not_read(path: tuple[Any, ...], value: Any) -> None:
    """A wrong class tag, kind, decimal, date or type fails validation."""
    data = json.loads(json.dumps(fzbg.to_dict(_report())))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    validator = jsonschema.Draft202012Validator(
        fzbg.json_schema(), format_checker=jsonschema.FormatChecker()
    )
    assert not validator.is_valid(data)
    with pytest.raises(FzbgError):
        fzbg.from_dict(data)


def test_indicator_round_trips_holding_the_reports_own_quantity() -> None:
    """An indicator comes back equal, and its quantity is the object in report.quantities."""
    report = _report()
    q = report.quantities[0]
    keyed = attrs.evolve(
        report, indicators=(Indicator("disputes", q, "化解纠纷", _at("化解纠纷6.1万余件")),)
    )
    back = _roundtrip(keyed)
    assert back == keyed
    assert back.indicators[0].quantity is back.quantities[0]
    assert fzbg.to_dict(keyed)["indicators"][0]["key"] == "disputes"

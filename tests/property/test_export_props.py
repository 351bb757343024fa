"""Exports round-trip: any report survives to_dict → JSON → from_dict unchanged."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from model_strategies import reports, walk

import fzbg
from fzbg.model import Report

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_VALIDATOR = jsonschema.Draft202012Validator(
    fzbg.json_schema(), format_checker=jsonschema.FormatChecker()
)


@_SETTINGS
@given(reports())
def test_json_round_trip_gives_back_an_equal_report(report: Report) -> None:
    """from_dict(json.loads(json.dumps(to_dict(r)))) == r, item classes included."""
    back = fzbg.from_dict(json.loads(json.dumps(fzbg.to_dict(report))))
    assert back == report
    before = [type(i) for s in report.sections for i in walk(s.items)]
    after = [type(i) for s in back.sections for i in walk(s.items)]
    assert after == before


@_SETTINGS
@given(reports())
def test_indicators_come_back_holding_the_reports_own_quantities(report: Report) -> None:
    """After a round trip each indicator's quantity is an object of report.quantities."""
    back = fzbg.from_dict(json.loads(json.dumps(fzbg.to_dict(report))))
    by_span = {q.span: q for q in back.quantities}
    for indicator in back.indicators:
        if by_span.get(indicator.quantity.span) == indicator.quantity:
            assert any(indicator.quantity is q for q in back.quantities)


@_SETTINGS
@given(reports())
def test_derived_views_are_recomputed_equal(report: Report) -> None:
    """The views that are not stored (measures, duties, missing sections) come back the same."""
    back = fzbg.from_dict(json.loads(json.dumps(fzbg.to_dict(report))))
    assert back.measures == report.measures
    assert back.duties == report.duties
    assert back.missing_sections == report.missing_sections


@_SETTINGS
@given(reports())
def test_exported_data_validates_against_the_schema(report: Report) -> None:
    """Whatever to_dict produces is valid under json_schema()."""
    _VALIDATOR.validate(json.loads(json.dumps(fzbg.to_dict(report))))


@_SETTINGS
@given(reports())
def test_export_is_plain_json_data(report: Report) -> None:
    """to_dict gives only dicts, lists, str, int and None: dumping needs no default hook."""
    data = fzbg.to_dict(report)
    assert json.loads(json.dumps(data)) == data


@_SETTINGS
@given(reports())
def test_frames_have_one_row_per_object(report: Report) -> None:
    """to_frames has a row for every section, item (children too), quantity and diagnostic."""
    frames = fzbg.to_frames({"r": report})
    items = [i for s in report.sections for i in walk(s.items)]
    assert len(frames["sections"]) == len(report.sections)
    assert frames["items"]["text"].tolist() == [i.text for i in items]
    assert frames["items"]["start"].tolist() == [i.span.start for i in items]
    assert len(frames["quantities"]) == len(report.quantities)
    assert len(frames["diagnostics"]) == len(report.diagnostics)
    parents = frames["items"]["parent_id"].dropna().astype(int)
    assert (parents < frames["items"]["item_id"][parents.index]).all()

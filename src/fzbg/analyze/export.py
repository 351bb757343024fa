"""Reports as JSON-ready plain data and back, and a JSON Schema of that data.

:func:`to_dict` turns a :class:`~fzbg.Report` into dicts, lists, strings, numbers and
None, with enums as their values, :class:`~decimal.Decimal` as strings and dates in ISO
form. Every item dict carries a ``"class"`` tag (``"measure"``, ``"shortcoming"``,
``"duty"``, ``"plan"``, ``"item"``) so that :func:`from_dict` rebuilds the same class: a
duty stated as an item of a measures section stays a :class:`~fzbg.Duty`. The derived
views (:attr:`~fzbg.Report.measures`, :attr:`~fzbg.Report.missing_sections` …) are not
stored; they are recomputed from the sections. An indicator dict holds its quantity in
full; :func:`from_dict` gives it back the very quantity object of
:attr:`~fzbg.Report.quantities` that has the same span, as the parser does.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import attrs

from fzbg.errors import FzbgError
from fzbg.model import (
    Debris,
    Diagnostic,
    Duty,
    Indicator,
    Item,
    Measure,
    Plan,
    Quantity,
    Reference,
    Report,
    Section,
    Shortcoming,
    Span,
)

if TYPE_CHECKING:
    import cattrs

__all__ = ["ITEM_CLASS_TAG", "SCHEMA_ID", "from_dict", "json_schema", "to_dict"]

ITEM_CLASS_TAG = "class"
"""The key of an item dict that names the item's class."""

SCHEMA_ID = "report.schema.json"
"""The ``$id`` of the schema :func:`json_schema` returns: a URI reference relative to where
the schema is served.  The documentation build writes the schema under this name at the
root of the HTML it produces, so the ``$id`` names the file beside the docs' index page."""

_ITEM_TAGS: dict[type[Item], str] = {
    Item: "item",
    Measure: "measure",
    Shortcoming: "shortcoming",
    Duty: "duty",
    Plan: "plan",
}
_RECORDS: tuple[type[Any], ...] = (
    Span,
    Quantity,
    Reference,
    Diagnostic,
    Debris,
    Indicator,
    Section,
    Report,
)


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"expected a decimal number as a string, got {value!r}")
    try:
        return Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {value!r}")
    return value


def _structure_date(value: object, _: type) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {value!r}")
    return dt.date.fromisoformat(value)


@functools.cache
def _converter() -> cattrs.Converter:
    # cattrs is imported on first use, which keeps `import fzbg` fast.
    import cattrs  # noqa: PLC0415
    from cattrs.strategies import configure_tagged_union, include_subclasses  # noqa: PLC0415

    conv = cattrs.Converter(unstruct_collection_overrides={tuple: list})
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _structure_date)
    union = functools.partial(
        configure_tagged_union, tag_generator=_ITEM_TAGS.__getitem__, tag_name=ITEM_CLASS_TAG
    )
    include_subclasses(Item, conv, union_strategy=union)
    return conv


def to_dict(report: Report) -> dict[str, Any]:
    """Turn a report into JSON-ready plain data.

    Args:
        report: The report to export.

    Returns:
        A dict with one key per field of :class:`~fzbg.Report`, nested records as dicts,
        tuples as lists, enums as their values, decimals as strings and dates as ISO
        strings; each item dict has a ``"class"`` key naming its class.

    Example:
        >>> from fzbg import Measure, Report, Section, SectionKind, Span, to_dict
        >>> text = "(一)加强组织领导。"
        >>> item = Measure(SectionKind.MEASURES, "(一)", 1, "加强组织领导", text, Span(0, 10))
        >>> section = Section(SectionKind.MEASURES, None, None, text, Span(0, 10), (item,))
        >>> data = to_dict(Report(text, year=2024, sections=(section,)))
        >>> data["year"], data["sections"][0]["kind"], data["sections"][0]["items"][0]["class"]
        (2024, 'measures', 'measure')

    """
    data: dict[str, Any] = _converter().unstructure(report, Report)
    return data


def from_dict(data: typing.Mapping[str, Any]) -> Report:
    """Rebuild a report from what :func:`to_dict` produced (after a JSON round trip too).

    Args:
        data: A mapping in the shape :func:`json_schema` describes.

    Returns:
        The report, equal to the one that was exported.

    Raises:
        FzbgError: When ``data`` is not in that shape; the message says where.

    Example:
        >>> import json, fzbg
        >>> title = "某区2024年法治政府建设年度报告"
        >>> report = fzbg.Report("一、主要举措和成效", title=title, year=2024)
        >>> fzbg.from_dict(json.loads(json.dumps(fzbg.to_dict(report)))) == report
        True

    """
    import cattrs  # noqa: PLC0415 - imported on first use, see _converter

    try:
        report = _converter().structure(data, Report)
    except cattrs.BaseValidationError as exc:
        notes = "; ".join(cattrs.transform_error(exc, path="report"))
        raise FzbgError(f"not a report dict: {notes}") from exc
    except (cattrs.errors.CattrsError, TypeError, ValueError, KeyError) as exc:
        raise FzbgError(f"not a report dict: {type(exc).__name__}: {exc}") from exc
    return _share_quantities(report) if report.indicators else report


def _share_quantities(report: Report) -> Report:
    """Point each indicator at the equal quantity object of ``report.quantities``."""
    by_span = {q.span: q for q in report.quantities}
    shared = tuple(
        attrs.evolve(i, quantity=q) if (q := by_span.get(i.quantity.span)) == i.quantity else i
        for i in report.indicators
    )
    return attrs.evolve(report, indicators=shared)


# --- JSON Schema ---------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """Return a JSON Schema (draft 2020-12) of the data :func:`to_dict` produces.

    The schema is built from the model's fields, so it follows the model when a field is
    added. Objects are closed (``additionalProperties: false``); decimals are strings
    matching a number pattern, dates are ISO ``date`` strings.

    Returns:
        The schema as a dict, ready for ``json.dumps`` or a validator.

    Example:
        >>> import fzbg
        >>> schema = fzbg.json_schema()
        >>> schema["$ref"], sorted(schema["$defs"])[:4]
        ('#/$defs/Report', ['Debris', 'Diagnostic', 'Indicator', 'Item'])

    """
    defs: dict[str, Any] = {cls.__name__: _record_schema(cls) for cls in _RECORDS}
    item = _record_schema(Item)
    item["properties"] = {
        ITEM_CLASS_TAG: {
            "enum": list(_ITEM_TAGS.values()),
            "description": "The item's class: measure, shortcoming, duty, plan or item (OTHER).",
        },
        **item["properties"],
    }
    item["required"] = [ITEM_CLASS_TAG, *item["required"]]
    defs["Item"] = item
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "fzbg report",
        "description": "A parsed 法治政府建设年度报告, as fzbg.to_dict produces it.",
        "$ref": "#/$defs/Report",
        "$defs": dict(sorted(defs.items())),
    }


def _record_schema(cls: type[Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {f.name: _type_schema(hints[f.name]) for f in attrs.fields(cls)}
    required = [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING]
    doc = (cls.__doc__ or "").strip().splitlines()
    schema: dict[str, Any] = {"type": "object", "description": doc[0] if doc else cls.__name__}
    schema |= {"properties": properties, "required": required, "additionalProperties": False}
    return schema


def _type_schema(tp: Any) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [_type_schema(a) for a in args if a is not type(None)]
        nullable = type(None) in args
        return {"anyOf": [*inner, {"type": "null"}]} if nullable else {"anyOf": inner}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(args[0])}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        return {"$ref": f"#/$defs/{'Item' if issubclass(tp, Item) else tp.__name__}"}
    scalar = _SCALARS.get(tp)
    if scalar is None:  # pragma: no cover - a new field type in the model
        raise TypeError(f"no JSON Schema for {tp!r}")
    return dict(scalar)


_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    Decimal: {"type": "string", "pattern": r"^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$"},
    dt.date: {"type": "string", "format": "date"},
}

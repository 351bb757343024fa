"""The indicator registry as a type: rows of data users build, narrow, extend, or load.

A :class:`Registry` is an immutable, ordered collection of :class:`IndicatorSpec` rows.
Every change gives a new registry (:meth:`Registry.add`, :meth:`Registry.drop`,
:meth:`Registry.replace`, :meth:`Registry.with_toml`), so there is no global state to
mutate: a registry is passed explicitly to :func:`fzbg.extract_indicators`.  The built-in
rows are ``fzbg.INDICATORS`` (:mod:`fzbg.genre.indicator_rows`).

A TOML file holds rows as an array of tables, and may drop keys of the registry it is
applied to::

    drop = ["petitions"]

    [[indicator]]
    key = "fire-inspections"
    name = "消防检查"
    kind = "count"
    units = ["次", "家次"]
    cues = ["消防(?:安全)?检查"]            # a string, or {pattern, context, exclude}
    comment = "fire-safety inspections"
"""

from __future__ import annotations

import functools
import importlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from fzbg.errors import FzbgError

__all__ = ["COUNT", "RATE", "Cue", "IndicatorSpec", "Registry", "compiled"]

RATE = "rate"
"""The kind of an indicator stated as a percentage (its unit is ``%``)."""
COUNT = "count"
"""The kind of an indicator stated as a count in one of its units."""


def _source(value: str | re.Pattern[str]) -> str:
    return value.pattern if isinstance(value, re.Pattern) else value


def _optional_source(value: str | re.Pattern[str] | None) -> str | None:
    return None if value is None else _source(value)


@functools.cache
def compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled, once per process: the rows compile on first use, not on import."""
    return re.compile(pattern)


@attrs.frozen
class Cue:
    """Words that name an indicator's subject, as a regular expression on the folded text.

    Patterns run on the matching view (``fzbg.text.normalize.fold``): simplified
    characters and half-width punctuation (``,`` ``;`` ``:`` ``(``), so ``出庭應訴率``
    matches ``出庭应诉率``.  They are compiled on first use; :meth:`check` compiles them now.
    """

    pattern: str = attrs.field(converter=_source)
    """The subject as written in the genre: ``出庭(?:应诉)?率``, ``合法性审[查核]``."""
    context: str | None = attrs.field(default=None, converter=_optional_source)
    """When set, the cue counts only if this also matches in the sentence, from its start
    to the end of the quantity's clause (``化解率`` states a petition rate after ``信访``)."""
    exclude: str | None = attrs.field(default=None, converter=_optional_source)
    """When set, the cue does not count if this matches there (``公平竞争`` review is not a
    legality review)."""

    @property
    def regex(self) -> re.Pattern[str]:
        """:attr:`pattern`, compiled."""
        return compiled(self.pattern)

    def check(self) -> Cue:
        """Compile every pattern now; raise ``re.error`` for a malformed one."""
        for p in (self.pattern, self.context, self.exclude):
            if p is not None:
                compiled(p)
        return self

    def allows(self, sentence: str) -> bool:
        """Whether the context and exclusion hold in ``sentence`` (up to the clause's end)."""
        if self.context is not None and compiled(self.context).search(sentence) is None:
            return False
        return self.exclude is None or compiled(self.exclude).search(sentence) is None


def _cues(values: Iterable[Cue | str | re.Pattern[str]]) -> tuple[Cue, ...]:
    return tuple(v if isinstance(v, Cue) else Cue(v) for v in values)


def _units(values: Iterable[str]) -> frozenset[str]:
    return frozenset(values)


def _specs(values: Iterable[IndicatorSpec]) -> tuple[IndicatorSpec, ...]:
    return tuple(values)


def _examples(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _kind(_: object, __: attrs.Attribute[str], value: str) -> None:
    if value not in (RATE, COUNT):
        raise ValueError(f"kind must be {RATE!r} or {COUNT!r}, not {value!r}")


@attrs.frozen
class IndicatorSpec:
    """One row of the registry: a stable key, what it is called, and how it is recognised."""

    key: str
    """The stable key, kebab-case: ``court-appearance-rate``."""
    name: str
    """The Chinese name: ``行政机关负责人出庭应诉率``."""
    kind: str = attrs.field(validator=_kind)
    """``"rate"`` (a percentage) or ``"count"``."""
    cues: tuple[Cue, ...] = attrs.field(converter=_cues)
    """The cue patterns that name the subject; strings are taken as plain patterns."""
    units: frozenset[str] = attrs.field(default=frozenset(), converter=_units)
    """The units a count may carry (``件``, ``人次``); a rate's unit is always ``%``."""
    comment: str = ""
    """What the row states and why its cues are what they are."""
    examples: tuple[str, ...] = attrs.field(default=(), converter=_examples)
    """Subjects as the genre writes them, each matched by a cue: for the docs and tests."""

    def fits(self, unit: str) -> bool:
        """Whether a quantity with ``unit`` can state this indicator."""
        return unit == "%" if self.kind == RATE else unit in self.units


def _unique_keys(_: object, __: attrs.Attribute[Any], specs: tuple[IndicatorSpec, ...]) -> None:
    keys = [s.key for s in specs]
    if dupes := sorted({k for k in keys if keys.count(k) > 1}):
        raise ValueError(f"duplicate indicator keys: {', '.join(dupes)}")


@attrs.frozen
class UnitCues:
    """The rows that fit one unit, their cues in order, and what finds those cues fast.

    ``starts`` matches a character that can begin a match of some cue, and ``joined`` all
    the cues as one alternation (group ``n`` the ``n``-th cue): a place where no cue can
    start is passed over in one scan.  Either is ``None`` when a cue is beyond the
    analysis (inline flags, groups of its own, a cue that may match nothing).
    """

    rows: tuple[IndicatorSpec, ...]
    cues: tuple[tuple[IndicatorSpec, Cue, frozenset[str]], ...]
    starts: re.Pattern[str] | None
    joined: re.Pattern[str] | None
    by_first: Mapping[str, tuple[int, ...]] = attrs.field(factory=dict, eq=False)
    """The cues (their indices in :attr:`cues`) that a match can start with each character."""

    @classmethod
    def of(cls, specs: Iterable[IndicatorSpec]) -> UnitCues:
        rows = tuple(specs)
        pairs = [(row, cue) for row in rows for cue in row.cues]
        firsts = [_firsts(cue.regex) for _, cue in pairs]
        known = [f for f in firsts if f is not None]
        if not pairs or len(known) < len(pairs):
            return cls(rows, tuple((r, c, frozenset[str]()) for r, c in pairs), None, None)
        chars = "".join(re.escape(c) for c in sorted(frozenset().union(*known)))
        joined = None
        if not any(cue.regex.groups for _, cue in pairs):
            alternatives = "|".join(f"({cue.pattern})" for _, cue in pairs)
            # The look-ahead rejects a place in one test where the alternatives cannot start.
            joined = re.compile(f"(?=[{chars}])(?:{alternatives})")
        cues = tuple((r, c, f) for (r, c), f in zip(pairs, known, strict=True))
        by_first: dict[str, tuple[int, ...]] = {}
        for i, f in enumerate(known):
            for char in f:
                by_first[char] = (*by_first.get(char, ()), i)
        return cls(rows, cues, re.compile(f"[{chars}]"), joined, by_first)


def _firsts(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``regex`` can start with; ``None`` if not known."""
    if regex.flags & ~re.UNICODE:
        return None
    try:
        parser: Any = importlib.import_module("re._parser")
        found = _seq_firsts(list(parser.parse(regex.pattern)))
    except (ImportError, AttributeError, TypeError, ValueError, re.error):
        return None
    return None if found is None or found[1] else frozenset(found[0])


def _seq_firsts(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """The first characters of a sequence of parsed items, and whether it may be empty."""
    chars: set[str] = set()
    for op, av in items:
        one = _item_firsts(str(op), av)
        if one is None:
            return None
        chars |= one[0]
        if not one[1]:
            return chars, False
    return chars, True


def _item_firsts(op: str, av: Any) -> tuple[set[str], bool] | None:
    if op == "LITERAL":
        return {chr(av)}, False
    if op == "IN":
        kinds = {str(o) for o, _ in av}
        if kinds != {"LITERAL"}:
            return None
        return {chr(a) for _, a in av}, False
    if op == "SUBPATTERN":
        return None if av[1] or av[2] else _seq_firsts(list(av[3]))
    if op == "BRANCH":
        alts = [_seq_firsts(list(alt)) for alt in av[1]]
        if any(a is None for a in alts):
            return None
        return set().union(*(a[0] for a in alts if a)), any(a[1] for a in alts if a)
    if op in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        inner = _seq_firsts(list(av[2]))
        return None if inner is None else (inner[0], inner[1] or av[0] == 0)
    if op in {"ASSERT", "ASSERT_NOT", "AT"}:
        return set(), True  # consumes nothing: the next item starts the match
    return None


@attrs.frozen
class Registry:
    """An ordered, immutable set of indicator rows; earlier rows win ties.

    Example:
        >>> from fzbg import INDICATORS, IndicatorSpec
        >>> fire = IndicatorSpec("fire-inspections", "消防检查", "count", ["消防检查"], ["次"])
        >>> mine = INDICATORS.drop("petitions").add(fire)
        >>> "fire-inspections" in mine, "petitions" in mine, "petitions" in INDICATORS
        (True, False, True)

    """

    specs: tuple[IndicatorSpec, ...] = attrs.field(converter=_specs, validator=_unique_keys)
    """The rows, in order."""
    _by_unit: dict[str, UnitCues] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    def for_unit(self, unit: str) -> UnitCues:
        """The rows a quantity with ``unit`` can state and their cues, built once per unit."""
        entry = self._by_unit.get(unit)
        if entry is None:
            entry = self._by_unit[unit] = UnitCues.of(s for s in self.specs if s.fits(unit))
        return entry

    def __iter__(self) -> Iterator[IndicatorSpec]:
        return iter(self.specs)

    def __len__(self) -> int:
        return len(self.specs)

    def __contains__(self, key: object) -> bool:
        return any(s.key == key for s in self.specs)

    def __getitem__(self, key: str) -> IndicatorSpec:
        for spec in self.specs:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def keys(self) -> tuple[str, ...]:
        """The keys, in order."""
        return tuple(s.key for s in self.specs)

    def add(self, *specs: IndicatorSpec) -> Registry:
        """A registry with ``specs`` appended (a key already present is an error)."""
        return Registry((*self.specs, *specs))

    def drop(self, *keys: str) -> Registry:
        """A registry without the rows of ``keys`` (an unknown key is an error)."""
        for key in keys:
            self[key]
        return Registry(s for s in self.specs if s.key not in keys)

    def replace(self, spec: IndicatorSpec) -> Registry:
        """A registry with the row of ``spec.key`` replaced, in place (to narrow a key)."""
        self[spec.key]
        return Registry(spec if s.key == spec.key else s for s in self.specs)

    def with_toml(self, source: str | os.PathLike[str]) -> Registry:
        """Apply a TOML file (a path, or TOML text) to this registry.

        Its ``drop`` keys are removed; each ``[[indicator]]`` table replaces the row of
        the same key in place, or is appended.

        Raises:
            FzbgError: When the file cannot be read or a row is malformed.

        """
        data = _load_toml(source)
        try:
            registry = self.drop(*data.get("drop", ()))
            for table in data.get("indicator", ()):
                spec = _spec_from_table(table)
                registry = registry.replace(spec) if spec.key in registry else registry.add(spec)
        except (KeyError, TypeError, ValueError, re.error) as exc:
            raise FzbgError(f"bad indicator registry: {type(exc).__name__}: {exc}") from exc
        return registry

    @classmethod
    def from_toml(cls, source: str | os.PathLike[str]) -> Registry:
        """A registry of the rows in a TOML file (a path, or TOML text) alone."""
        return cls(()).with_toml(source)


def _load_toml(source: str | os.PathLike[str]) -> Mapping[str, Any]:
    import tomllib  # noqa: PLC0415 - imported on first use, which keeps `import fzbg` fast

    try:
        if isinstance(source, str) and ("\n" in source or "=" in source):
            return tomllib.loads(source)
        return tomllib.loads(Path(source).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FzbgError(f"cannot read indicator registry {source!r}: {exc}") from exc


def _spec_from_table(table: Mapping[str, Any]) -> IndicatorSpec:
    cues = [(Cue(c) if isinstance(c, str) else Cue(**c)).check() for c in table["cues"]]
    known = {"key", "name", "kind", "cues", "units", "comment", "examples"}
    if extra := sorted(set(table) - known):
        raise ValueError(f"unknown fields {extra} in indicator {table.get('key')!r}")
    units = table.get("units", ())
    comment, examples = table.get("comment", ""), table.get("examples", ())
    return IndicatorSpec(table["key"], table["name"], table["kind"], cues, units, comment, examples)

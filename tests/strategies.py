"""Hypothesis strategies built from the resolved model: valid payloads of any class, and the places
in a payload where a single value can be corrupted."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from hypothesis import strategies as st

from generator.ir import SpecModel, TypeRef
from generator.values import union_branch

JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
JSON = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
KEYS = st.text(min_size=1, max_size=10)


def vendor_datetime(moment: datetime) -> str:
    """The vendor's date-time format: UTC, milliseconds, Z."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _string(t: TypeRef) -> st.SearchStrategy[Any]:
    if t.enum:
        return st.sampled_from(t.enum)
    if t.format == "date-time":
        return st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1)).map(
            lambda d: vendor_datetime(d.replace(tzinfo=UTC))
        )
    if t.format == "date":
        return st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)).map(date.isoformat)
    return st.text(max_size=12)


def values_of(spec: SpecModel, t: TypeRef) -> st.SearchStrategy[Any]:
    """Valid JSON values of type ``t`` (absent keys, nulls where nullable, unknown keys kept aside)."""
    base: st.SearchStrategy[Any]
    if t.kind == "string":
        base = _string(t)
    elif t.kind == "integer":
        base = st.sampled_from(t.enum) if t.enum else st.integers(-(2**63), 2**63)
    elif t.kind == "number":
        base = st.integers(-(10**9), 10**9) | st.floats(allow_nan=False, allow_infinity=False)
    elif t.kind == "boolean":
        base = st.booleans()
    elif t.kind in ("object", "any"):
        base = st.dictionaries(KEYS, JSON, max_size=3) if t.kind == "object" else JSON
    elif t.kind == "model":
        base = model_payloads(spec, t.target or "")
    elif t.kind == "map":
        base = st.dictionaries(KEYS, values_of(spec, t.item or TypeRef("any")), max_size=2)
    elif t.kind == "array":
        base = st.lists(values_of(spec, t.item or TypeRef("any")), max_size=2)
    else:  # union
        base = st.one_of([values_of(spec, b) for b in t.branches])
    return st.none() | base if t.nullable else base


def model_payloads(spec: SpecModel, name: str) -> st.SearchStrategy[dict[str, Any]]:
    """Payloads of class ``name``: every field optional."""
    model = spec.model(name)
    optional = {f.wire_name: st.deferred(lambda f=f: values_of(spec, f.type)) for f in model.fields}
    return st.fixed_dictionaries({}, optional=optional)


def class_payloads(spec: SpecModel, classes: list[str]) -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    """(class, payload) for any of ``classes``."""
    return st.sampled_from(classes).flatmap(lambda n: st.tuples(st.just(n), model_payloads(spec, n)))


def leaf_paths(
    spec: SpecModel, value: Any, t: TypeRef, path: tuple[Any, ...] = ()
) -> list[tuple[tuple[Any, ...], TypeRef]]:
    """Every present, non-null value with a checked type below ``value``, with that type."""
    if value is None:
        return []
    found = [(path, t)] if t.kind not in ("any",) else []
    if t.kind == "model" and isinstance(value, dict):
        fields = {f.wire_name: f for f in spec.model(t.target or "").fields}
        for key, item in value.items():
            found += leaf_paths(spec, item, fields[key].type, (*path, key))
    elif t.kind == "map" and isinstance(value, dict):
        for key, item in value.items():
            found += leaf_paths(spec, item, t.item or TypeRef("any"), (*path, key))
    elif t.kind == "array" and isinstance(value, list):
        for i, item in enumerate(value):
            found += leaf_paths(spec, item, t.item or TypeRef("any"), (*path, i))
    elif t.kind == "union" and isinstance(value, dict):
        models = {m.name: m for m in spec.models}
        return [(path, t), *leaf_paths(spec, value, union_branch(value, t, models), path)[1:]]
    return found


def wrong_value(t: TypeRef) -> Any:
    """A value that type ``t`` rejects, whatever its nullability."""
    if t.enum:
        return "NOT-A-DOCUMENTED-VALUE" if t.kind == "string" else 10**12 + 7
    if t.format:
        return "not a date"
    return {"string": 12, "integer": 1.5, "number": "1", "boolean": 1, "array": {}}.get(t.kind, "text")


def set_at(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    """``value`` with the value at ``path`` replaced (copying only along the path)."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, list):
        return [set_at(v, rest, new) if i == head else v for i, v in enumerate(value)]
    return {k: set_at(v, rest, new) if k == head else v for k, v in value.items()}


def corruptions(spec: SpecModel, classes: list[str]) -> st.SearchStrategy[tuple[str, tuple[Any, ...], Any]]:
    """(class, path, payload) where the payload is valid but for one wrong value, at ``path``."""

    @st.composite
    def draw(data: st.DrawFn) -> tuple[str, tuple[Any, ...], Any]:
        name = data(st.sampled_from(classes))
        t = TypeRef("model", model=name, target=name)
        payload = data(model_payloads(spec, name).filter(lambda p: len(leaf_paths(spec, p, t)) > 1))
        path, leaf_type = data(st.sampled_from(leaf_paths(spec, payload, t)[1:]))
        return name, path, set_at(payload, path, wrong_value(leaf_type))

    return draw()

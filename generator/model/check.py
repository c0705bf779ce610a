"""Check a JSON value against a resolved type: used for the spec's own examples and defaults."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, assert_never

from generator.model.formats import FORMATS
from generator.model.ir import (
    AnyValue,
    ArrayOf,
    Boolean,
    Choice,
    FreeObject,
    Integer,
    KeySubsetUnion,
    MapOf,
    Model,
    ModelRef,
    Number,
    OpenChoice,
    TagValueUnion,
    Text,
    TypeNode,
    fixed_value,
)

JsonPath = tuple[str | int, ...]
Problem = tuple[JsonPath, str]


def json_type_name(value: Any) -> str:
    """The JSON name of a Python value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else type(value).__name__


def union_branch(value: Mapping[str, Any], t: KeySubsetUnion, models: Mapping[str, Model]) -> ModelRef:
    """The option the key-subset rule picks: the narrow one when every key belongs to it."""
    narrow_keys = {f.wire_name for f in models[t.narrow].fields}
    return t.narrow_option if set(value) <= narrow_keys else t.wide_option


def check(value: Any, t: TypeNode, models: Mapping[str, Model], path: JsonPath = ()) -> list[Problem]:
    """Every place where ``value`` does not fit ``t``, as (path below value, message)."""
    if value is None:
        return [] if t.nullable or isinstance(t, AnyValue) else [(path, "null is not allowed here")]
    match t:
        case Text(format=fmt):
            if not isinstance(value, str):
                return _expected("string", value, path)
            if fmt is not None and not FORMATS[fmt].valid(value):
                return [(path, f"{value!r} is not a valid {fmt}")]
            return []
        case Choice(values=choices):
            if not isinstance(value, str):
                return _expected("string", value, path)
            return [] if value in choices else [(path, f"{value!r} is not one of {list(choices)}")]
        case OpenChoice(excluded=excluded):
            if not isinstance(value, str):
                return _expected("string", value, path)
            return [(path, f"{value!r} is one of the excluded {list(excluded)}")] if value in excluded else []
        case Integer():
            return [] if isinstance(value, int) and not isinstance(value, bool) else _expected("integer", value, path)
        case Number():
            ok = isinstance(value, int | float) and not isinstance(value, bool)
            return [] if ok else _expected("number", value, path)
        case Boolean():
            return [] if isinstance(value, bool) else _expected("boolean", value, path)
        case FreeObject():
            return [] if isinstance(value, dict) else _expected("object", value, path)
        case AnyValue():
            return []
        case ModelRef(target=target):
            if not isinstance(value, dict):
                return [(path, f"expected object {target}, got {json_type_name(value)}")]
            return _fields(value, models.get(target), models, path)
        case MapOf(item=item):
            if not isinstance(value, dict):
                return _expected("object", value, path)
            return [p for key, v in value.items() for p in check(v, item, models, (*path, key))]
        case ArrayOf(item=item):
            if not isinstance(value, list):
                return _expected("array", value, path)
            return [p for i, v in enumerate(value) for p in check(v, item, models, (*path, i))]
        case KeySubsetUnion():
            if not isinstance(value, dict):
                return _expected("object", value, path)
            return check(value, union_branch(value, t, models), models, path)
        case TagValueUnion(options=options, tag=tag):
            if not isinstance(value, dict):
                return _expected("object", value, path)
            fixed = {o.target: fixed_value(models[o.target], tag) for o in options if o.target in models}
            chosen = next((o for o in options if fixed.get(o.target) == value.get(tag)), t.other)
            if chosen is None:
                known = [v for v in fixed.values() if v is not None]
                return [((*path, tag), f"{value.get(tag)!r} is not one of {known}")]
            return check(value, chosen, models, path)
        case _:
            assert_never(t)


def _expected(kind: str, value: Any, path: JsonPath) -> list[Problem]:
    return [(path, f"expected {kind}, got {json_type_name(value)}")]


def _fields(value: dict[str, Any], model: Model | None, models: Mapping[str, Model], path: JsonPath) -> list[Problem]:
    if model is None:
        return []  # an unknown class is reported where it is referenced
    fields = {f.wire_name: f for f in model.fields}
    known = [(key, item) for key, item in value.items() if key in fields]
    missing = [
        ((*path,), f"missing required key {f.wire_name!r}")
        for f in model.fields
        if f.required and f.wire_name not in value
    ]
    return missing + [p for key, item in known for p in check(item, fields[key].type, models, (*path, key))]

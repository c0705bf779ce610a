"""Check a JSON value against a resolved type: used for the spec's own examples and defaults."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from generator.ir import Model, TypeRef

JsonPath = tuple[str | int, ...]
Problem = tuple[JsonPath, str]

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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


def _valid_format(text: str, fmt: str) -> bool:
    try:
        if fmt == "date-time":
            return bool(_DATE_TIME.match(text)) and bool(datetime.fromisoformat(text))
        if fmt == "date":
            return bool(_DATE.match(text)) and bool(date.fromisoformat(text))
    except ValueError:
        return False
    return True


def union_branch(value: Mapping[str, Any], t: TypeRef, models: Mapping[str, Model]) -> TypeRef:
    """The branch the key-subset rule picks: the narrow one when every key belongs to it."""
    narrow = next(b for b in t.branches if b.target == t.narrow)
    wide = next(b for b in t.branches if b.target == t.wide)
    narrow_keys = {f.wire_name for f in models[t.narrow or ""].fields}
    return narrow if set(value) <= narrow_keys else wide


def check(value: Any, t: TypeRef, models: Mapping[str, Model], path: JsonPath = ()) -> list[Problem]:
    """Every place where ``value`` does not fit ``t``, as (path below value, message)."""
    if value is None:
        return [] if t.nullable or t.kind == "any" else [(path, "null is not allowed here")]
    checker = _CHECKERS[t.kind]
    return checker(value, t, models, path)


def _scalar(value: Any, t: TypeRef, models: Mapping[str, Model], path: JsonPath) -> list[Problem]:
    accepted = {
        "string": isinstance(value, str),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
        "object": isinstance(value, dict),
        "any": True,
    }[t.kind]
    if not accepted:
        return [(path, f"expected {t.kind}, got {json_type_name(value)}")]
    if t.enum is not None and value not in t.enum:
        return [(path, f"{value!r} is not one of {list(t.enum)}")]
    if t.format and isinstance(value, str) and not _valid_format(value, t.format):
        return [(path, f"{value!r} is not a valid {t.format}")]
    return []


def _model(value: Any, t: TypeRef, models: Mapping[str, Model], path: JsonPath) -> list[Problem]:
    if not isinstance(value, dict):
        return [(path, f"expected object {t.target}, got {json_type_name(value)}")]
    if t.target not in models:
        return []  # an unknown class is reported where it is referenced
    fields = {f.wire_name: f for f in models[t.target or ""].fields}
    problems: list[Problem] = []
    for key, item in value.items():
        if key in fields:
            problems += check(item, fields[key].type, models, (*path, key))
    return problems


def _map(value: Any, t: TypeRef, models: Mapping[str, Model], path: JsonPath) -> list[Problem]:
    if not isinstance(value, dict):
        return [(path, f"expected object, got {json_type_name(value)}")]
    item_type = t.item or TypeRef("any")
    return [p for key, item in value.items() for p in check(item, item_type, models, (*path, key))]


def _array(value: Any, t: TypeRef, models: Mapping[str, Model], path: JsonPath) -> list[Problem]:
    if not isinstance(value, list):
        return [(path, f"expected array, got {json_type_name(value)}")]
    item_type = t.item or TypeRef("any")
    return [p for i, item in enumerate(value) for p in check(item, item_type, models, (*path, i))]


def _union(value: Any, t: TypeRef, models: Mapping[str, Model], path: JsonPath) -> list[Problem]:
    if not isinstance(value, dict):
        return [(path, f"expected object, got {json_type_name(value)}")]
    if t.narrow not in models or t.wide not in models:
        return []  # an undecidable union is reported where it is declared
    return check(value, union_branch(value, t, models), models, path)


_Checker = Callable[[Any, TypeRef, Mapping[str, Model], JsonPath], list[Problem]]
_CHECKERS: dict[str, _Checker] = {
    "string": _scalar,
    "integer": _scalar,
    "number": _scalar,
    "boolean": _scalar,
    "object": _scalar,
    "any": _scalar,
    "model": _model,
    "map": _map,
    "array": _array,
    "union": _union,
}

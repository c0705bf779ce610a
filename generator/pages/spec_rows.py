"""The spec's documented attributes as a page shows them, for comparing a page with the spec."""

from __future__ import annotations

from typing import assert_never

from generator.model.ir import (
    AnyValue,
    ArrayOf,
    Boolean,
    Choice,
    Field,
    FreeObject,
    Integer,
    KeySubsetUnion,
    MapOf,
    ModelRef,
    Number,
    OpenChoice,
    SpecModel,
    TagValueUnion,
    Text,
    TypeNode,
)
from generator.model.naming import MAP_KEY
from generator.pages.page import PageAttribute


def spec_rows(
    spec: SpecModel, evidence: str | None = None, flattened: bool = True
) -> dict[tuple[str, str], PageAttribute]:
    """The spec's documented attributes in page terms: (object title, dotted path) -> row. With
    ``evidence`` (a source id), what the spec observed from that document counts as said: the
    document is compared with what the spec took from it.

    Undocumented fields are left out. A composite ("all of") lists the fields of its parts too,
    as text captures flatten them under the composite's title; for a page that keeps its parts
    apart (not ``flattened``), only the fields of its inline parts.
    """
    found: dict[tuple[str, str], PageAttribute] = {}
    for model in spec.models:
        if model.owner is None and model.title:
            fields = model.fields
            if model.all_of and not flattened:
                fields = tuple(f for f in fields if _inline_part(spec, f.origin, model.name))
            _walk(spec, model.title, "", fields, found, evidence)
    return found


def _inline_part(spec: SpecModel, origin: str, composite: str) -> bool:
    """Whether a composite's field comes from one of its inline parts (an owned class)."""
    return any(m.name == origin and m.owner == composite for m in spec.models)


def _walk(
    spec: SpecModel,
    title: str,
    prefix: str,
    fields: tuple[Field, ...],
    found: dict[tuple[str, str], PageAttribute],
    evidence: str | None,
) -> None:
    for f in fields:
        if f.undocumented:
            continue
        path = f"{prefix}{f.wire_name}"
        doc = f.documented
        example = str(f.example) if f.has_example else None
        description = f.description or ""
        seen = {o.attribute: o.value for o in f.observed if o.source == evidence}
        nullable = doc.nullable or seen.get("nullable") is True
        added = tuple(str(v) for v in seen.get("enum", ()))
        enum = (*(doc.enum_text or ()), *added) if doc.enum_text is not None else None
        row = PageAttribute(title, path, doc.type, nullable, description, example, enum, f.formula)
        found[(title, path)] = row
        t = f.type
        if isinstance(t, ArrayOf):  # an array's inline item object: its fields under the array's path
            t = t.item if isinstance(t.item, ModelRef) else t
        if isinstance(t, ModelRef) and spec.model(t.target).owner is not None:
            _walk(spec, title, f"{path}.", spec.model(t.target).fields, found, evidence)
        if isinstance(t, MapOf):
            item = t.item
            key = f"{path}.{MAP_KEY}"
            if isinstance(item, ModelRef) and spec.model(item.target).owner is not None:
                entry = spec.model(item.target)
                found[(title, key)] = PageAttribute(title, key, "object", False, entry.description or "")
                _walk(spec, title, f"{key}.", entry.fields, found, evidence)
            else:
                found[(title, key)] = PageAttribute(title, key, json_kind(item), item.nullable, "")


def json_kind(t: TypeNode) -> str | None:
    """The JSON type a page shows for a value of ``t``; None for a link to an object or a union."""
    match t:
        case Text() | Choice() | OpenChoice():
            return "string"
        case Integer():
            return "integer"
        case Number():
            return "number"
        case Boolean():
            return "boolean"
        case FreeObject() | MapOf():
            return "object"
        case AnyValue():
            return "any"
        case ArrayOf():
            return "array"
        case ModelRef() | KeySubsetUnion() | TagValueUnion():
            return None
        case _:
            assert_never(t)

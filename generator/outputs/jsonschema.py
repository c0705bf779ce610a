"""JSON Schema (draft 2020-12): one bundle with every class under ``$defs``, and one file per object.

The schemas are built here as data; the template only writes them out (``tojson``).
"""

from __future__ import annotations

from typing import Any, assert_never

from generator.model.formats import FORMATS
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
    Model,
    ModelRef,
    Number,
    OpenChoice,
    SpecModel,
    TaggedUnion,
    TagValueUnion,
    Text,
    TypeNode,
    tag_values,
    walk,
)
from generator.model.naming import closed_variant
from generator.outputs.job import Job
from generator.outputs.regex import none_of

TEMPLATE = "jsonschema/schema.json.j2"
Schema = dict[str, Any]


def bundle_path(spec: SpecModel) -> str:
    """The file of the schema with every class, as the project settings name it."""
    return f"jsonschema/{spec.project.bundle}"


def jobs(spec: SpecModel) -> list[Job]:
    """The bundle, then a self-contained schema for every documented (top-level) class."""
    builder = _Builder(spec)
    out = [builder.job(spec.project.bundle, None, list(spec.models), spec.unions)]
    for model in spec.models:
        if model.owner is None:
            out.append(builder.job(f"{model.name}.schema.json", model, reachable(spec, model.name)))
    for union in spec.unions:
        held = {m.name for v in union.variants for m in reachable(spec, v)}
        defs = [m for m in spec.models if m.name in held]
        out.append(builder.job(f"{union.name}.schema.json", union, defs, (union,)))
    return out


class _Builder:
    """Builds the schema files of one spec; each class's definition is built once and shared by
    every file that holds it."""

    def __init__(self, spec: SpecModel) -> None:
        self.spec = spec
        self.definitions: dict[str, Schema] = {}

    def job(
        self, name: str, root: Model | TaggedUnion | None, defs: list[Model], unions: tuple[TaggedUnion, ...] = ()
    ) -> Job:
        spec_files = ", ".join(sorted({m.spec_file for m in defs}))
        schema: Schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$comment": f"Generated from {spec_files} by `docmodels regenerate`. Do not edit.",
        }
        if isinstance(root, TaggedUnion):
            schema |= {"title": root.name, "$ref": _ref(root.name)}
        elif root is not None:
            schema |= {"title": root.title or root.name, "$ref": _ref(root.name)}
        else:
            schema["title"] = self.spec.project.schema_title
        definitions = {m.name: self.definition(m) for m in defs}
        closed = {closed_variant(m.name): self.closed(m) for m in closed_variants(defs)}
        schema["$defs"] = definitions | closed | {u.name: self.union(u) for u in unions}
        return Job(f"jsonschema/{name}", TEMPLATE, {"schema": schema}, "json")

    def definition(self, model: Model) -> Schema:
        if model.name not in self.definitions:
            self.definitions[model.name] = self._definition(model)
        return self.definitions[model.name]

    def _definition(self, model: Model) -> Schema:
        out: Schema = {}
        if model.title:
            out["title"] = model.title
        if model.description:
            out["description"] = model.description
        if model.alias_of:
            out["$ref"] = _ref(model.alias_of)
        else:
            out |= {"type": "object", "properties": self.properties(model)}
            required = [f.wire_name for f in model.fields if f.required]
            if required:
                out["required"] = required
            out["additionalProperties"] = True
            if model.all_of:
                out["x-all-of"] = list(model.all_of)
            if model.variant_of:
                out["x-variant-of"] = model.variant_of
            if model.carried_by:
                # A whole envelope given in place of the part it carries.
                out["not"] = {"type": "object", "required": list(model.carried_by[1:])}
            if model.examples:
                out["examples"] = [e.value for e in model.examples]
        return out | {"x-page": model.page, "x-source": model.source}

    def union(self, union: TaggedUnion) -> Schema:
        """Exactly one variant holds: each case's tag is a constant, the other variant's tag is
        any other string, so the variants are exclusive and a validator (or pydantic's union)
        finds the one the tag chooses."""
        out: Schema = {"title": union.name}
        if union.description:
            out["description"] = union.description
        return out | {
            "oneOf": [{"$ref": _ref(v)} for v in union.variants],
            "x-tagged-union": {
                "base": union.base,
                "tag": union.tag,
                "carrier": union.carrier,
                "cases": {c.value: c.variant for c in union.cases},
            }
            | ({"other": union.other} if union.other is not None else {}),
        }

    def closed(self, model: Model) -> Schema:
        """The narrow class of a key-subset union with no key beyond its own."""
        return {
            "description": f"Only the keys of {model.name}: the narrow branch of a key-subset union.",
            "allOf": [{"$ref": _ref(model.name)}],
            "properties": self.properties(model),
            "additionalProperties": False,
        }

    def properties(self, model: Model) -> Schema:
        return {f.wire_name: self.property(f) for f in model.fields}

    def property(self, f: Field) -> Schema:
        out = self.members(f.type)
        if f.description:
            out["description"] = f.description
        if f.has_example:
            out["examples"] = [f.example]
        if f.has_default:
            out["default"] = f.default
        if f.deprecated:
            out["deprecated"] = True
        if f.formula:
            out["x-formula"] = f.formula
        if f.formula_note:
            out["x-formula-applies"] = {"applies": False, "note": f.formula_note}
        if f.undocumented:
            out["x-undocumented"] = {"source": f.undocumented.source, "note": f.undocumented.note}
        if f.observed:
            out["x-observed"] = [
                {"fact": o.attribute, "value": o.value, "source": o.source} | ({"note": o.note} if o.note else {})
                for o in f.observed
            ]
        return out

    def members(self, t: TypeNode) -> Schema:
        """The keywords of a value of ``t``; a nullable class reference is one of it and null."""
        if t.nullable and isinstance(t, ModelRef | KeySubsetUnion | TagValueUnion):
            return {"anyOf": [self.bare(t), {"type": "null"}]}
        return self.bare(t)

    def bare(self, t: TypeNode) -> Schema:
        match t:
            case ModelRef(target=target):
                return {"$ref": _ref(target)}
            case KeySubsetUnion(narrow=narrow):
                # The key-subset rule, exactly: the narrow branch first and closed (only its own
                # keys), the wide one with at least one key beyond them. The closed class lets
                # pydantic apply the rule too.
                keys = [f.wire_name for f in self.spec.model(narrow).fields]
                wide = self.members(t.wide_option) | {"not": {"propertyNames": {"enum": keys}}}
                return {
                    "anyOf": [{"$ref": _ref(closed_variant(narrow))}, wide],
                    "x-union-rule": {"rule": "key-subset", "narrow": narrow, "wide": t.wide},
                }
            case TagValueUnion(options=options, tag=tag):
                # Each branch fixes the tag to a value of its own, and the other branch's tag
                # refuses those values, so exactly one of them holds.
                values = tag_values(t, self.spec.model)
                rule = {
                    "rule": "tag-value",
                    "field": tag,
                    "cases": dict(zip(values, (o.target for o in options), strict=True)),
                }
                return {
                    "oneOf": [{"$ref": _ref(o.target)} for o in t.classes],
                    "x-union-rule": rule | ({"other": t.other.target} if t.other is not None else {}),
                }
            case MapOf(item=item, key=key):
                out = {"type": _types(t, "object"), "additionalProperties": self.members(item)}
                return out | ({"x-map-key": key} if key else {})
            case ArrayOf(item=item):
                return {"type": _types(t, "array"), "items": self.members(item)}
            case AnyValue():
                return {"$comment": "any JSON value"}
            case Text(format=fmt):
                return {"type": _types(t, "string"), **(FORMATS[fmt].json_schema if fmt else {})}
            case Choice(values=values):
                return {"type": _types(t, "string"), "enum": [*values, *([None] if t.nullable else [])]}
            case OpenChoice(excluded=excluded):
                # Any string: the documented values are known, not a limit. The excluded ones (a
                # tagged union's other cases) are kept out by a pattern, as pydantic honours one.
                return {"type": _types(t, "string"), **({"pattern": none_of(excluded)} if excluded else {})}
            case Integer():
                return {"type": _types(t, "integer")}
            case Number():
                return {"type": _types(t, "number")}
            case Boolean():
                return {"type": _types(t, "boolean")}
            case FreeObject():
                return {"type": _types(t, "object")}
            case _:
                assert_never(t)


def _ref(name: str) -> str:
    return f"#/$defs/{name}"


def _types(t: TypeNode, json_type: str) -> str | list[str]:
    """The ``type`` keyword: the JSON type, with "null" beside it when the type is nullable."""
    return [json_type, "null"] if t.nullable else json_type


def closed_variants(defs: list[Model]) -> list[Model]:
    """The narrow classes of the key-subset unions in ``defs``, in their order."""
    narrow = {t.narrow for m in defs for f in m.fields for t in walk(f.type) if isinstance(t, KeySubsetUnion)}
    return [m for m in defs if m.name in narrow]


def reachable(spec: SpecModel, name: str) -> list[Model]:
    """``name`` and every class its fields, parts and aliases lead to, in the spec's order."""
    found: set[str] = set()
    pending = [name]
    while pending:
        model = spec.model(pending.pop())
        if model.name in found:
            continue
        found.add(model.name)
        pending += [*model.all_of, *([model.alias_of] if model.alias_of else [])]
        for field in model.fields:
            pending += [t.model for t in walk(field.type) if isinstance(t, ModelRef)]
    return [m for m in spec.models if m.name in found]

"""JSON Schema (draft 2020-12): one bundle with every class under ``$defs``, and one file per object."""

from __future__ import annotations

from typing import Any

from generator.ir import Model, SpecModel, TypeRef
from generator.targets import Job

TEMPLATE = "jsonschema/schema.json.j2"


def bundle_path(spec: SpecModel) -> str:
    """The file of the schema with every class, as the project settings name it."""
    return f"jsonschema/{spec.project.bundle}"


def jobs(spec: SpecModel) -> list[Job]:
    """The bundle, then a self-contained schema for every documented (top-level) class."""
    helpers = {
        "json_types": json_types,
        "narrow_keys": lambda t: narrow_keys(spec, t),
        "title": spec.project.schema_title,
    }
    out = [_job(spec.project.bundle, None, list(spec.models), helpers)]
    for model in spec.models:
        if model.owner is None:
            out.append(_job(f"{model.name}.schema.json", model, reachable(spec, model.name), helpers))
    return out


def _job(name: str, root: Model | None, defs: list[Model], helpers: dict[str, Any]) -> Job:
    context: dict[str, Any] = {
        "root": root,
        "defs": defs,
        "closed": closed_variants(defs),
        "spec_files": sorted({m.spec_file for m in defs}),
        **helpers,
    }
    return Job(f"jsonschema/{name}", TEMPLATE, context, "json")


def closed_variants(defs: list[Model]) -> list[Model]:
    """The narrow classes of the key-subset unions in ``defs``: each gets a closed ``<Name>KeysOnly``."""
    narrow = {t.narrow for m in defs for f in m.fields for t in f.type.walk() if t.kind == "union"}
    return [m for m in defs if m.name in narrow]


def narrow_keys(spec: SpecModel, t: TypeRef) -> list[str]:
    """The keys of a key-subset union's narrow branch: a payload with only these keys is that branch,
    one with any other key is the wide branch. The schema states this, so its branches never overlap."""
    return [f.wire_name for f in spec.model(t.narrow or "").fields]


def json_types(t: TypeRef, json_type: str) -> str | list[str]:
    """The ``type`` keyword: the JSON type, with "null" beside it when the type is nullable."""
    return [json_type, "null"] if t.nullable else json_type


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
            pending += [t.model for t in field.type.walk() if t.model]
    return [m for m in spec.models if m.name in found]

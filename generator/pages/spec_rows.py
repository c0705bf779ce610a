"""The spec's documented attributes as a page shows them, for comparing a page with the spec."""

from __future__ import annotations

from generator.model.ir import Field, MapOf, ModelRef, SpecModel
from generator.model.naming import MAP_KEY
from generator.pages.page import PageAttribute


def spec_rows(spec: SpecModel) -> dict[tuple[str, str], PageAttribute]:
    """The spec's documented attributes in page terms: (object title, dotted path) -> row.

    Undocumented fields are left out. A composite ("all of") lists the fields of its parts too,
    as text captures flatten them under the composite's title.
    """
    found: dict[tuple[str, str], PageAttribute] = {}
    for model in spec.models:
        if model.owner is None and model.title:
            _walk(spec, model.title, "", model.fields, found)
    return found


def _walk(
    spec: SpecModel, title: str, prefix: str, fields: tuple[Field, ...], found: dict[tuple[str, str], PageAttribute]
) -> None:
    for f in fields:
        if f.undocumented:
            continue
        path = f"{prefix}{f.wire_name}"
        doc = f.documented
        example = str(f.example) if f.has_example else None
        description = f.description or ""
        row = PageAttribute(title, path, doc.type, doc.nullable, description, example, doc.enum_text, f.formula)
        found[(title, path)] = row
        t = f.type
        if isinstance(t, ModelRef) and spec.model(t.target).owner is not None:
            _walk(spec, title, f"{path}.", spec.model(t.target).fields, found)
        if isinstance(t, MapOf):
            item = t.item
            key = f"{path}.{MAP_KEY}"
            if isinstance(item, ModelRef) and spec.model(item.target).owner is not None:
                entry = spec.model(item.target)
                found[(title, key)] = PageAttribute(title, key, "object", False, entry.description or "")
                _walk(spec, title, f"{key}.", entry.fields, found)
            else:
                found[(title, key)] = PageAttribute(title, key, None, False, "")

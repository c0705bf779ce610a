"""What an OpenAPI document shows of each object's fields beyond a reference page: from its schemas
(``nullable`` and 3.1 type lists, ``required``, ``format``, ``enum``) and from its webhooks'
example payloads (a ``null`` the schema does not allow, a value its ``enum`` lacks; a key its
schema requires that an example leaves out, which makes no ``required`` fact and is ``absent``
where a page requires it). Each fact names the object by its title and the field by the path the
page readers use, with the schema or example that shows it.

The examples are walked along the schemas of the request bodies: a ``$ref`` to an object moves to
that object's title, an ``allOf`` part's properties belong to the part's title, an array's items
and a map's values keep the path as the readers write it. A union of objects (``oneOf``/
``anyOf``) is walked into the one part that fixes a field to the value the example holds; where
no such part tells them apart, it is not: which part a value is, the document does not say."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from generator.model.naming import MAP_KEY
from generator.pages import openapi

FACT_KINDS = ("nullable", "required", "format", "enum", "absent")
OMITTED = "absent"  # an example without a key its schema requires: no `required` fact is made


@dataclass(frozen=True)
class Fact:
    """One thing the document shows of one field: ``kind`` is one of :data:`FACT_KINDS`."""

    object: str
    path: str
    kind: str
    value: Any
    evidence: str  # the schema or example that shows it, as a note says


def facts(text: str) -> list[Fact]:
    """Every fact of the document: its schemas' first, then its examples', each once."""
    doc = openapi.load_document(text)
    reading = openapi.Reading(openapi.schemas_of(doc))
    found: dict[tuple[str, str, str], Fact] = {}
    for name, schema in reading.schemas.items():
        if reading.is_object(name):
            for fact in _schema_facts(reading, reading.title(name), "", schema, f"#/components/schemas/{name}"):
                _add(found, fact)
    hooks = doc.get("webhooks")
    omitted: set[tuple[str, str]] = set()  # required keys an example of the document leaves out
    for hook, operation in _operations(hooks if isinstance(hooks, dict) else {}):
        content = openapi.value_at(operation, "requestBody", "content", "application/json")
        body, examples = openapi.value_at(content, "schema"), openapi.value_at(content, "examples")
        for key, example in examples.items() if isinstance(examples, dict) and isinstance(body, dict) else ():
            value = example.get("value") if isinstance(example, dict) else None
            said = f"the example {key!r} of {hook}"
            for fact in _example_facts(reading, body, value, None, "", said):
                if fact.kind == OMITTED:
                    omitted.add((fact.object, fact.path))
                _add(found, fact)
    # The document contradicts itself: its schema requires a key its own example leaves out.
    return [f for f in found.values() if not (f.kind == "required" and (f.object, f.path) in omitted)]


def _add(found: dict[tuple[str, str, str], Fact], fact: Fact) -> None:
    """The first fact of a kind for a field; the values of an enum fact and an example's joined."""
    key = (fact.object, fact.path, fact.kind)
    there = found.get(key)
    if there is None:
        found[key] = fact
    elif fact.kind == "enum" and not set(fact.value) <= set(there.value):
        joined = tuple(dict.fromkeys((*there.value, *fact.value)))
        found[key] = Fact(there.object, there.path, "enum", joined, f"{there.evidence}; {fact.evidence}")


def _operations(hooks: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    for name, hook in hooks.items():
        for operation in hook.values() if isinstance(hook, dict) else ():
            yield str(name), operation


def _schema_facts(
    reading: openapi.Reading, title: str, prefix: str, schema: Mapping[str, Any], where: str
) -> Iterator[Fact]:
    """The facts of an object's own properties (its untitled ``allOf`` parts' included; a titled
    inline part is an object of its own, as the reader makes it)."""
    parts = schema.get("allOf")
    for part in parts if isinstance(parts, list) else ():
        titled = openapi.part_title(part.get("title")) if isinstance(part, dict) and "$ref" not in part else None
        if titled and isinstance(part, dict):
            yield from _schema_facts(reading, titled, "", part, f"{where}/allOf ({titled})")
    for each in _own_parts(schema):
        required = {r for r in each.get("required", ()) if isinstance(r, str)}
        properties = each.get("properties")
        for key, value in properties.items() if isinstance(properties, dict) else ():
            if isinstance(key, str) and isinstance(value, dict):
                yield from _property_facts(reading, title, f"{prefix}{key}", value, key in required, where)


def _own_parts(schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    parts = schema.get("allOf")
    inline = (
        [p for p in parts if isinstance(p, dict) and "$ref" not in p and not openapi.part_title(p.get("title"))]
        if isinstance(parts, list)
        else []
    )
    return [schema, *inline]


def _property_facts(
    reading: openapi.Reading, title: str, path: str, schema: Mapping[str, Any], required: bool, where: str
) -> Iterator[Fact]:
    resolved, link = reading.resolved_schema(schema)
    kind, nullable, _ = openapi.type_of(resolved)
    said = f"the schema {where} ({path})"
    if nullable:
        yield Fact(title, path, "nullable", True, said)
    if required:
        yield Fact(title, path, "required", True, said)
    if link is not None:
        return
    if isinstance(resolved.get("format"), str) and kind == "string":
        yield Fact(title, path, "format", resolved["format"], said)
    values = [v for v in resolved.get("enum", ()) if isinstance(v, str)]
    if values and kind in (None, "string"):
        yield Fact(title, path, "enum", tuple(values), said)
    item = resolved.get("items")
    if kind == "array" and isinstance(item, dict) and openapi.ref_name(item) is None:
        yield from _schema_facts(reading, title, f"{path}.", item, where)
    elif kind == "object":
        yield from _schema_facts(reading, title, f"{path}.", resolved, where)
        values_schema = resolved.get("additionalProperties")
        if isinstance(values_schema, dict) and values_schema:
            yield from _property_facts(reading, title, f"{path}.{MAP_KEY}", values_schema, False, where)


def _example_facts(
    reading: openapi.Reading, schema: Mapping[str, Any], value: Any, title: str | None, path: str, said: str
) -> Iterator[Fact]:
    """The nulls ``value`` sends where ``schema`` (at ``title``'s ``path``) does not allow one."""
    resolved, link = reading.resolved_schema(schema)
    if value is None:
        if title is not None and path and not openapi.type_of(resolved)[1]:
            yield Fact(title, path, "nullable", True, f"{said} sends null")
        return
    listed = resolved.get("enum")
    if isinstance(value, str) and isinstance(listed, list) and value not in listed and title is not None and path:
        yield Fact(title, path, "enum", (value,), f"{said} sends {value!r}")
    if link is None and isinstance(value, dict):
        link = _branch(reading, resolved, value)
    if link is not None:
        yield from _example_facts(reading, reading.schemas[link], value, reading.title(link), "", said)
        return
    if isinstance(value, dict) and title is not None:
        keys = _keys(reading, resolved, title, path)
        for key, entry in keys.items():
            if entry.required and key not in value:
                yield Fact(entry.title, f"{entry.prefix}{key}", OMITTED, True, f"{said} leaves it out")
            elif entry.schema is not None and key in value:
                yield from _example_facts(reading, entry.schema, value[key], entry.title, f"{entry.prefix}{key}", said)
        extra = resolved.get("additionalProperties")
        if isinstance(extra, dict) and extra and not any(entry.schema is not None for entry in keys.values()):
            for each in value.values():
                yield from _example_facts(reading, extra, each, title, f"{path}.{MAP_KEY}", said)
    elif isinstance(value, list) and isinstance(resolved.get("items"), dict):
        for each in value:
            yield from _example_facts(reading, resolved["items"], each, title, path, said)


def _branch(reading: openapi.Reading, schema: Mapping[str, Any], value: dict[str, Any]) -> str | None:
    """The one object of a ``oneOf``/``anyOf`` that ``value`` is, where the document tells: the
    only one whose field fixed to one value (an enum of one) has that value in ``value``."""
    parts = schema.get("oneOf") or schema.get("anyOf")
    names = [openapi.ref_name(p) for p in parts if isinstance(p, dict)] if isinstance(parts, list) else []
    objects = [n for n in names if n is not None and reading.is_object(n)]
    chosen = [n for n in objects if _fixes(reading.schemas[n], value)]
    return chosen[0] if len(chosen) == 1 else None


def _fixes(schema: Mapping[str, Any], value: dict[str, Any]) -> bool:
    """Whether one of the object's own properties is fixed to one value that ``value`` holds."""
    properties = schema.get("properties")
    for key, each in properties.items() if isinstance(properties, dict) else ():
        listed = each.get("enum") if isinstance(each, dict) else None
        if isinstance(listed, list) and len(listed) == 1 and key in value and value[key] == listed[0]:
            return True
    return False


@dataclass(frozen=True)
class _Key:
    """A key an object value may or must have: the title and path prefix of its field, its
    property's schema (None: required, with no property), and whether it is required."""

    title: str
    prefix: str
    schema: Mapping[str, Any] | None
    required: bool


def _keys(reading: openapi.Reading, schema: Mapping[str, Any], title: str, path: str) -> dict[str, _Key]:
    """Each key of an object value: its own parts' (untitled inline ``allOf`` parts included),
    then each ``allOf`` part's, referenced or titled, at the part's top."""
    prefix = f"{path}." if path else ""
    found: dict[str, _Key] = {}
    for each in _own_parts(schema):
        listed, properties = each.get("required"), each.get("properties")
        required = {r for r in listed if isinstance(r, str)} if isinstance(listed, list) else set()
        own = {k: v for k, v in properties.items() if isinstance(v, dict)} if isinstance(properties, dict) else {}
        for key in [*own, *sorted(required - set(own))]:
            _merge(found, key, _Key(title, prefix, own.get(key), key in required))
    parts = schema.get("allOf")
    for part in parts if isinstance(parts, list) else ():
        ref = openapi.ref_name(part) if isinstance(part, dict) else None
        titled = openapi.part_title(part.get("title")) if isinstance(part, dict) and ref is None else None
        if ref is not None and ref in reading.schemas:
            inherited = _keys(reading, reading.schemas[ref], reading.title(ref), "")
        elif titled is not None and isinstance(part, dict):
            inherited = _keys(reading, part, titled, "")
        else:
            continue
        for key, entry in inherited.items():
            _merge(found, key, entry)
    return found


def _merge(found: dict[str, _Key], key: str, entry: _Key) -> None:
    """The first part's property and schema for the key, required where any part requires it
    (one part may require a key another part defines)."""
    there = found.get(key)
    if there is None or (there.schema is None and entry.schema is not None):
        found[key] = _Key(entry.title, entry.prefix, entry.schema, entry.required or bool(there and there.required))
    elif entry.required and not there.required:
        found[key] = _Key(there.title, there.prefix, there.schema, True)

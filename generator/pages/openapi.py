"""An OpenAPI 3.0 or 3.1 document (JSON or YAML) as a reference page: the request body of each of
its webhooks, or every schema of its components where it has none, with every schema they reach.

Each object schema is an object titled by its ``title`` (its component's name where it has
none), as the pages title theirs, so the same object from a page and from the document is one.
A property that ``$ref``-s an object links it; one that ``$ref``-s anything else is read as that
schema. ``allOf`` of references is an "All of" object (its own properties an inline part);
``oneOf``/``anyOf`` of objects is a "One of" row, of other schemas any value; ``nullable`` and
3.1 type lists, ``enum``, ``required``, ``items``, ``additionalProperties`` (a map),
``description`` and ``example`` become what the readers of pages make of them. A ``$ref`` is
followed once, so cycles end. Nothing is evaluated: the text is parsed as data only."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.model.naming import MAP_KEY
from generator.pages.page import MAX_NESTING, Composite, Event, Page, PageAttribute, PageError

_SNIFF = re.compile(r'^\s*(?:\{\s*)?"?openapi"?\s*:\s*"?3\.', re.MULTILINE)
_SCALARS = ("string", "integer", "number", "boolean")
_REF = "#/components/schemas/"


class OpenApiReader:
    """An OpenAPI document: its webhooks' request bodies, or its component schemas."""

    form = "openapi"
    flattened = False

    def sniff(self, text: str) -> bool:
        return _SNIFF.search(text[:4096]) is not None

    def read(self, text: str, titles: frozenset[str] = frozenset()) -> Page:
        doc = load_document(text)
        reading = Reading(schemas_of(doc))
        for name in _roots(doc, reading.schemas):
            reading.object(name)
        info = doc.get("info")
        title = info.get("title") if isinstance(info, dict) and isinstance(info.get("title"), str) else None
        hooks = doc.get("webhooks")
        events = _events(hooks if isinstance(hooks, dict) else {}, reading)
        return Page(reading.rows, title, reading.composites, descriptions=reading.descriptions, events=events)


def read_selected(text: str, select: str, title: str | None = None) -> Page:
    """The document read for one webhook (its request body) or one component schema, with what it
    reaches; :class:`PageError` naming the nearest names where the document has no such one."""
    doc = load_document(text)
    reading = Reading(schemas_of(doc))
    hooks = doc.get("webhooks")
    webhooks: dict[str, Any] = hooks if isinstance(hooks, dict) else {}
    events: list[Event] = []
    if select in webhooks:
        names = _roots({"webhooks": {select: webhooks[select]}}, reading.schemas)
        events = _events({select: webhooks[select]}, reading)
    elif select in reading.schemas:
        names = [select]
    else:
        known = [*webhooks, *reading.schemas]
        near = difflib.get_close_matches(select, known, n=3)
        hint = f"; the nearest: {', '.join(near)}" if near else ""
        raise PageError(f"the document has no webhook or component schema {select!r}{hint}")
    for name in names:
        reading.object(name)
    return Page(reading.rows, title, reading.composites, descriptions=reading.descriptions, events=events)


@dataclass(frozen=True)
class Pointer:
    """Where an MDX page's front matter says its attributes are: ``openapi: "PATH webhook NAME"``."""

    path: str
    name: str
    line: int


_POINTER = re.compile(r'^openapi:\s*["\']?(\S+)\s+webhook\s+([^"\']+?)["\']?\s*$')


def pointer(text: str) -> Pointer | None:
    """The page's pointer to the webhook of an OpenAPI document that holds its attributes."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return None
    for number, line in enumerate(lines[1:200], 2):
        if line.strip() == "---":
            return None
        if match := _POINTER.match(line.strip()):
            return Pointer(match.group(1), match.group(2).strip(), number)
    return None


def event_id(name: str) -> str:
    """A page id for an event page, from its webhook's name: ``EVENTS.CAMPAIGN.CREATED`` is
    ``campaign-created`` (the pages' own titles, "Created", repeat from one area to the next)."""
    words = re.findall(r"[a-z0-9]+", name.lower().removeprefix("events."))
    return "-".join(words) or "event"


def load_document(text: str) -> dict[str, Any]:
    """The document as data; :class:`PageError` for text that is no OpenAPI document, or that
    nests deeper than :data:`MAX_NESTING` (its schemas and examples are walked recursively)."""
    try:
        doc = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    except RecursionError:
        raise PageError(f"the document nests deeper than {MAX_NESTING} levels") from None
    except (ValueError, yaml.YAMLError) as exc:
        raise PageError(f"not an OpenAPI document: {exc}") from exc
    if not isinstance(doc, dict):
        raise PageError("not an OpenAPI document: its top level is no mapping")
    if _deeper_than(doc, MAX_NESTING):
        raise PageError(f"the document nests deeper than {MAX_NESTING} levels")
    return doc


def part_title(value: Any) -> str | None:
    """A schema's ``title`` as the pages write titles (one line, single spaces), or None."""
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether mappings and lists nest in ``value`` more than ``limit`` levels (walked without
    recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        each, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(each, dict):
            stack += [(v, depth + 1) for v in each.values() if isinstance(v, dict | list)]
        elif isinstance(each, list):
            stack += [(v, depth + 1) for v in each if isinstance(v, dict | list)]
    return False


def schemas_of(doc: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    components = doc.get("components")
    found = components.get("schemas") if isinstance(components, dict) else None
    return {k: v for k, v in found.items() if isinstance(v, dict)} if isinstance(found, dict) else {}


def _roots(doc: Mapping[str, Any], schemas: Mapping[str, Any]) -> list[str]:
    """The component schemas the webhooks' JSON request bodies name, in the document's order;
    every component schema where it has no webhook."""
    webhooks = doc.get("webhooks")
    if not isinstance(webhooks, dict) or not webhooks:
        return list(schemas)
    found: list[str] = []
    for hook in webhooks.values():
        for operation in hook.values() if isinstance(hook, dict) else ():
            body = value_at(operation, "requestBody", "content", "application/json", "schema")
            name = ref_name(body) if isinstance(body, dict) else None
            if name is not None and name in schemas and name not in found:
                found.append(name)
    return found


def _events(webhooks: Mapping[str, Any], reading: Reading) -> list[Event]:
    """Each webhook whose JSON request body is an object of the components: the object's title and
    the keys its examples are filed under."""
    found: list[Event] = []
    for name, hook in webhooks.items():
        for operation in hook.values() if isinstance(hook, dict) else ():
            content = value_at(operation, "requestBody", "content", "application/json")
            body = value_at(content, "schema")
            schema = ref_name(body) if isinstance(body, dict) else None
            if not isinstance(name, str) or schema is None or not reading.is_object(schema):
                continue
            examples = value_at(content, "examples")
            keys = tuple(k for k in examples if isinstance(k, str)) if isinstance(examples, dict) else ()
            found.append(Event(name, reading.title(schema), keys))
    return found


def value_at(value: Any, *keys: str) -> Any:
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def ref_name(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref[len(_REF) :] if isinstance(ref, str) and ref.startswith(_REF) else None


@dataclass
class Reading:
    """The objects read so far, each once."""

    schemas: dict[str, dict[str, Any]]
    rows: list[PageAttribute] = field(default_factory=list)
    composites: list[Composite] = field(default_factory=list)
    descriptions: dict[str, str] = field(default_factory=dict)
    done: set[str] = field(default_factory=set)

    def title(self, name: str) -> str:
        own = self.schemas.get(name, {}).get("title")
        return part_title(own) or name

    def is_object(self, name: str) -> bool:
        """Whether the component is an object of its own: properties or parts (a union, a map or
        an enum is read where it is used)."""
        schema = self.schemas.get(name, {})
        return "properties" in schema or "allOf" in schema

    def object(self, name: str) -> None:
        """Read the component ``name`` (an object) and every object it reaches, each once."""
        pending = [name]
        while pending:
            current = pending.pop(0)
            if current in self.done or current not in self.schemas:
                continue
            self.done.add(current)
            pending += self._object(self.title(current), self.schemas[current])

    def _object(self, title: str, schema: Mapping[str, Any]) -> list[str]:
        reached: list[str] = []
        if isinstance(schema.get("description"), str) and schema["description"].strip():
            self.descriptions.setdefault(title, " ".join(schema["description"].split()))
        parts = schema.get("allOf")
        own: list[Mapping[str, Any]] = [schema]
        if isinstance(parts, list):
            names: list[str] = []  # the parts' titles: a reference's, or an inline part's own
            for part in (p for p in parts if isinstance(p, dict)):
                ref = ref_name(part)
                if ref and self.is_object(ref):
                    names.append(self.title(ref))
                    reached.append(ref)
                elif not ref and (titled := part_title(part.get("title"))):
                    names.append(titled)  # a titled part: an object of its own
                    reached += self._object(titled, part)
                else:  # untitled: the composite's inline part, named by its title as pages do
                    own.append(part)
                    if "properties" in part and title not in names:
                        names.append(title)
            self.composites.append(Composite(title, tuple(names), 0))
        for each in own:
            required = {r for r in each.get("required", ()) if isinstance(r, str)}
            properties = each.get("properties")
            for key, value in properties.items() if isinstance(properties, dict) else ():
                if isinstance(key, str) and isinstance(value, dict):
                    reached += self._property(title, key, value, key in required)
        return reached

    def _property(self, owner: str, path: str, schema: Mapping[str, Any], required: bool) -> list[str]:
        """The rows of one property (and of what nests in it), and the objects it links."""
        schema, link = self.resolved_schema(schema)
        described = schema.get("description")
        kind, nullable, one_of = type_of(schema)
        reached: list[str] = [link] if link else []
        example = schema.get("example")
        values = tuple(v for v in schema.get("enum", ()) if isinstance(v, str)) if kind in (None, "string") else ()
        items = item_link = None
        item_schema = schema.get("items")
        if kind == "array" and isinstance(item_schema, dict):
            resolved, item_link = self.resolved_schema(item_schema)
            items = None if item_link else type_of(resolved)[0]
            reached += [item_link] if item_link else []
        one_of_titles = tuple(self.title(n) for n in one_of)
        reached += list(one_of)
        self.rows.append(
            PageAttribute(
                owner,
                path,
                None if link or one_of_titles else kind,
                nullable,
                " ".join(described.split()) if isinstance(described, str) else "",
                None if example is None else example if isinstance(example, str) else json.dumps(example),
                values or None,
                link=(link and self.title(link)) or (item_link and self.title(item_link)) or None,
                items=items if kind == "array" else None,
                one_of=one_of_titles,
                required=required or None,
            )
        )
        if link is None:
            reached += self._nested(owner, path, schema, kind, item_schema if kind == "array" else None)
        return reached

    def _nested(self, owner: str, path: str, schema: Mapping[str, Any], kind: str | None, item: Any) -> list[str]:
        """What nests in a property: an inline object's properties, an array's inline item
        object's, a map's values (``additionalProperties``)."""
        reached: list[str] = []
        inline = item if isinstance(item, dict) and not ref_name(item) else schema if kind == "object" else None
        if isinstance(inline, dict):
            required = {r for r in inline.get("required", ()) if isinstance(r, str)}
            properties = inline.get("properties")
            for key, value in properties.items() if isinstance(properties, dict) else ():
                if isinstance(key, str) and isinstance(value, dict):
                    reached += self._property(owner, f"{path}.{key}", value, key in required)
        values = schema.get("additionalProperties")
        if kind == "object" and isinstance(values, dict) and values:
            reached += self._property(owner, f"{path}.{MAP_KEY}", values, False)
        return reached

    def resolved_schema(self, schema: Mapping[str, Any]) -> tuple[Mapping[str, Any], str | None]:
        """A property's schema with a reference to anything but an object read in its place (its
        own description and nullability kept), and the object it links."""
        target = ref_name(schema)
        if target is None:
            parts = schema.get("allOf")
            lone = [p for p in parts if isinstance(p, dict)] if isinstance(parts, list) else []
            if len(lone) == 1 and ref_name(lone[0]):  # allOf of one reference: that reference
                target = ref_name(lone[0])
        if target is None or target not in self.schemas:
            return schema, None
        if self.is_object(target):
            return schema, target
        merged = {**self.schemas[target], **{k: v for k, v in schema.items() if k not in ("$ref", "allOf")}}
        return merged, None


def type_of(schema: Mapping[str, Any]) -> tuple[str | None, bool, tuple[str, ...]]:
    """(JSON type or None, nullable, the component names of a union of objects)."""
    declared = schema.get("type")
    listed = declared if isinstance(declared, list) else [declared]
    types = [t for t in listed if isinstance(t, str)]
    nullable = schema.get("nullable") is True or "null" in types
    types = [t for t in types if t != "null"]
    union = schema.get("oneOf") or schema.get("anyOf")
    if isinstance(union, list) and union:
        names = [ref_name(p) if isinstance(p, dict) else None for p in union]
        nullable = nullable or any(isinstance(p, dict) and p.get("type") == "null" for p in union)
        refs = tuple(n for n in names if n)
        others = [p for p in union if isinstance(p, dict) and not ref_name(p) and p.get("type") != "null"]
        if refs and not others:
            return None, nullable, refs
        return "any", nullable, ()
    if len(types) > 1:
        return "any", nullable, ()
    if types and types[0] in (*_SCALARS, "object", "array"):
        return types[0], nullable, ()
    if "properties" in schema or "additionalProperties" in schema:
        return "object", nullable, ()
    if "enum" in schema:
        return "string", nullable, ()
    return None, nullable, ()

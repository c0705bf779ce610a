"""Classes, fields and their types: the spec's type nodes with the observed facts applied."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.diagnostics import Location, did_you_mean
from generator.model import formats, naming
from generator.model.formats import FormatName
from generator.model.ir import (
    AnyValue,
    ArrayOf,
    Boolean,
    Choice,
    Documented,
    Example,
    Fact,
    Field,
    FreeObject,
    Integer,
    MapOf,
    Model,
    ModelRef,
    Note,
    Number,
    OpenChoice,
    Text,
    TypeNode,
    Undocumented,
    kind_name,
)
from generator.resolver import classnames, examples, tagged, unions
from generator.resolver.state import Entry, Scope, State, at

_SCALARS: dict[str, type[Integer | Number | Boolean | FreeObject]] = {
    "integer": Integer,
    "number": Number,
    "boolean": Boolean,
    "object": FreeObject,
}


def build_entry(st: State, entry: Entry) -> None:
    raw, doc = entry.raw, entry.doc
    scope = Scope(doc, entry.path, entry.name, entry.page, entry.source)
    st.order.append(entry.name)
    if "alias_of" in raw:
        target = classnames.lookup(st, raw["alias_of"], doc.at((*entry.path, "alias_of")))
        add_model(st, entry, scope, (), (), target)
        return
    if "fields" in raw:
        fields = build_fields(st, raw["fields"], at(scope, "fields"))
        add_model(st, entry, scope, fields, (), None)
        return
    parts = tuple(build_part(st, entry, i, part) for i, part in enumerate(raw["all_of"]))
    add_model(st, entry, scope, (), tuple(p for p in parts if p), None)


def add_model(
    st: State,
    entry: Entry,
    scope: Scope,
    fields: tuple[Field, ...],
    parts: tuple[str, ...],
    alias_of: str | None,
) -> None:
    raw, doc = entry.raw, entry.doc
    examples = tuple(Example(e["source"], e.get("note"), e["value"]) for e in raw.get("examples", ()))
    for i, e in enumerate(raw.get("examples", ())):
        st.cite(e["source"], doc.at((*entry.path, "examples", i, "source")))
    st.models[entry.name] = Model(
        name=entry.name,
        title=entry.title,
        kind="alias" if alias_of else "object",
        page=entry.page,
        source=entry.source,
        anchor=raw.get("anchor"),
        description=raw.get("description"),
        fields=fields,
        all_of=parts,
        alias_of=alias_of,
        owner=None,
        examples=examples,
        notes=notes(st, raw, scope),
        spec_file=doc.name,
        location=doc.stable(doc.key_at(entry.path)),
    )


def build_part(st: State, entry: Entry, index: int, part: Any) -> str | None:
    path = (*entry.path, "all_of", index)
    if isinstance(part, str):
        return classnames.lookup(st, part, entry.doc.at(path))
    where = entry.doc.at(path)
    title = part.get("title")
    name = part.get("name") or (naming.class_name(title) if title else f"{entry.name}Part{index + 1}")
    if name is None:
        st.error(where, f"title {title!r} gives no class name; set `name`")
        return None
    classnames.claim(st, name, where, f"part {index + 1} of {entry.title!r}")
    scope = Scope(entry.doc, path, name, entry.page, entry.source)
    owned_model(st, name, part, scope, entry.name, where)
    return name


def build_fields(st: State, raw_fields: dict[str, Any], scope: Scope) -> tuple[Field, ...]:
    """The fields of the class ``scope.owner``."""
    return tuple(build_field(st, wire, raw, at(scope, wire)) for wire, raw in raw_fields.items())


def build_field(st: State, wire: str, raw: dict[str, Any], scope: Scope) -> Field:
    doc, path = scope.doc, scope.path
    observed = raw.get("observed", {})
    facts = tuple(Fact(attr, fact["value"], fact["source"], fact.get("note")) for attr, fact in observed.items())
    for attr, fact in observed.items():
        st.cite(fact["source"], doc.at((*path, "observed", attr, "source")))
    resolved = field_type(st, raw, observed, scope, naming.pascal(wire))
    undocumented = raw.get("undocumented")
    if undocumented:
        st.cite(undocumented["source"], doc.at((*path, "undocumented", "source")))
    default_fact = observed.get("default")
    field = Field(
        wire_name=wire,
        py_name=naming.attribute_name(wire),
        type=resolved,
        documented=Documented(
            raw.get("type"),
            bool(raw.get("nullable", False)),
            raw.get("format"),
            tuple(raw["enum"]) if "enum" in raw else None,
            bool(raw.get("required", False)),
        ),
        description=raw.get("description"),
        has_example="example" in raw,
        example=raw.get("example"),
        has_default="default" in raw or default_fact is not None,
        default=raw["default"] if "default" in raw else (default_fact or {}).get("value"),
        deprecated=bool(raw.get("deprecated", False)),
        required=(bool(raw.get("required")) or "required" in observed) and "absent" not in observed,
        formula=_formula_text(raw.get("formula")),
        formula_note=raw["formula"]["note"] if isinstance(raw.get("formula"), dict) else None,
        observed=facts,
        undocumented=Undocumented(undocumented["source"], undocumented["note"]) if undocumented else None,
        notes=notes(st, raw, scope),
        origin=scope.owner,
        location=doc.stable(doc.key_at(path)),
    )
    examples.defer(st, field, raw, scope)
    if "chosen_by" in raw:
        tagged.defer(st, wire, raw, scope)
    if "formula" in raw:
        text_path = (*path, "formula", "text") if isinstance(raw["formula"], dict) else (*path, "formula")
        st.formulas.append((field, doc.at(text_path)))
    return field


def field_type(st: State, raw: dict[str, Any], observed: dict[str, Any], scope: Scope, stem: str) -> TypeNode:
    """The effective type of a field: its documented type with the observed facts applied."""
    doc, path = scope.doc, scope.path
    documented = raw
    if "items" in observed:
        if "items" in raw or raw.get("type") != "array":
            st.error(doc.at((*path, "observed", "items")), "observed `items` needs an array with no documented items")
        else:
            documented = {**raw, "items": observed["items"]["value"]}
    t = type_node(st, documented, scope, stem)
    if "nullable" in observed:
        t = replace(t, nullable=True)
    if "format" in observed:
        where = doc.at((*path, "observed", "format"))
        if not isinstance(t, Text):
            st.error(where, f"a format needs a string without an enum, not {kind_name(t)}")
        else:
            value_at = doc.at((*path, "observed", "format", "value"))
            t = replace(t, format=known_format(st, observed["format"]["value"], value_at))
    if "enum" in observed:
        if not isinstance(t, Choice):
            st.error(
                doc.at((*path, "observed", "enum")),
                "observed enum values extend a documented enum; this field has none",
            )
        else:
            extra = tuple(v for v in observed["enum"]["value"] if v not in t.values)
            t = replace(t, values=t.values + extra)
    if "open" in observed:
        if not isinstance(t, Choice):
            st.error(doc.at((*path, "observed", "open")), "observed `open` needs a documented enum")
        else:
            t = OpenChoice(t.values, (), t.nullable)
    if "map_key" in observed:
        if not isinstance(t, MapOf):
            st.error(doc.at((*path, "observed", "map_key")), "observed `map_key` needs a map")
        else:
            t = replace(t, key=t.key or observed["map_key"]["value"])
    return t


def known_format(st: State, name: str, where: Location) -> FormatName | None:
    """A format the generator implements; any other is an error."""
    found = formats.known(name)
    if found is None:
        near = did_you_mean(name, formats.NAMES)
        st.error(where, f"format {name!r} is not implemented (the formats are {', '.join(formats.NAMES)}){near}")
    return found


def type_node(st: State, raw: dict[str, Any], scope: Scope, stem: str) -> TypeNode:
    doc, path = scope.doc, scope.path
    nullable = bool(raw.get("nullable", False))
    if "ref" in raw:
        if raw["ref"] not in st.entries and raw["ref"] in st.union_names:  # a tagged union or a variant
            st.named_refs.append((raw["ref"], doc.at((*path, "ref"))))
            return ModelRef(raw["ref"], raw["ref"], nullable)
        target = classnames.lookup(st, raw["ref"], doc.at((*path, "ref")))
        return ModelRef(target, classnames.follow(st, target), nullable)
    if "one_of" in raw:
        options = tuple(
            type_node(st, b, at(scope, "one_of", i), f"{stem}Option{i + 1}") for i, b in enumerate(raw["one_of"])
        )
        if raw["union"]["rule"] == "tag-value":
            return unions.tag_union(st, options, raw["union"]["field"], nullable, scope)
        named = classnames.lookup(st, raw["union"]["narrow"], doc.at((*path, "union", "narrow")))
        narrow = classnames.follow(st, named)
        return unions.union(st, options, narrow, nullable, scope)
    kind = raw["type"]
    if kind == "object" and "fields" in raw:
        name = raw.get("name") or f"{scope.owner}{stem}"
        nested_model(st, name, raw, scope)
        return ModelRef(name, name, nullable)
    if kind == "object" and "map" in raw:
        item = type_node(st, raw["map"]["values"], at(scope, "map", "values"), f"{stem}Entry")
        return MapOf(item, raw["map"].get("key"), nullable)
    if kind == "array":
        if "items" not in raw:
            return ArrayOf(AnyValue(), nullable)
        return ArrayOf(type_node(st, raw["items"], at(scope, "items"), f"{stem}Item"), nullable)
    if "enum" in raw and kind != "string":
        st.error(doc.at((*path, "enum")), f"an enum needs a string type, not {kind}")
    if "format" in raw and kind != "string":
        st.error(doc.at((*path, "format")), f"a format needs a string, not {kind}")
    if "enum" in raw and "format" in raw:
        st.error(doc.at((*path, "format")), "an enum lists its values; it takes no format")
    if kind == "string" and "enum" in raw:
        return Choice(tuple(raw["enum"]), nullable)
    if kind == "string":
        fmt = known_format(st, raw["format"], doc.at((*path, "format"))) if "format" in raw else None
        return Text(fmt, nullable)
    if kind == "any":
        return AnyValue(nullable)  # null is a JSON value it takes all the same
    return _SCALARS[kind](nullable)


def nested_model(st: State, name: str, raw: dict[str, Any], scope: Scope) -> None:
    where = scope.doc.key_at(scope.path)
    classnames.claim(st, name, where, f"the nested object at {'.'.join(str(p) for p in scope.path[1:])}")
    owned_model(st, name, raw, replace(scope, owner=name), scope.owner, where)


def owned_model(st: State, name: str, raw: dict[str, Any], scope: Scope, owner: str, where: Location) -> None:
    """A class defined inside another (an inline part of an "all of", or a nested object).
    ``scope.owner`` is the class itself, so objects nested in it are named after it."""
    st.order.append(name)
    st.models[name] = Model(
        name=name,
        title=raw.get("title"),
        kind="object",
        page=scope.page,
        source=scope.source,
        anchor=None,
        description=raw.get("description"),
        fields=build_fields(st, raw["fields"], at(scope, "fields")),
        all_of=(),
        alias_of=None,
        owner=owner,
        examples=(),
        notes=(),
        spec_file=scope.doc.name,
        location=scope.doc.stable(where),
    )


def notes(st: State, raw: dict[str, Any], scope: Scope) -> tuple[Note, ...]:
    for i, note in enumerate(raw.get("notes", ())):
        st.cite(note["source"], scope.doc.at((*scope.path, "notes", i, "source")))
    return tuple(Note(n["source"], n["text"]) for n in raw.get("notes", ()))


def _formula_text(raw: str | dict[str, Any] | None) -> str | None:
    return raw["text"] if isinstance(raw, dict) else raw

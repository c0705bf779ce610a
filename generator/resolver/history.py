"""Pages and their history: every recorded change must name a field that is (or was) there."""

from __future__ import annotations

from typing import Any

from generator.model.ir import (
    ArrayOf,
    Change,
    Field,
    MapOf,
    Model,
    ModelRef,
    Page,
    TypeNode,
)
from generator.model.naming import MAP_KEY
from generator.resolver.classnames import unknown_object
from generator.resolver.state import State
from generator.spec.yamlreader import JsonPath, LocatedDocument


def page(st: State, doc: LocatedDocument, models: dict[str, Model]) -> Page:
    page = doc.data["page"]
    history = tuple(change(st, doc, i, raw, models) for i, raw in enumerate(doc.data.get("history", ())))
    names = tuple(name for name in st.order if models[name].page == page["id"])
    return Page(page["id"], page["title"], page["source"], doc.name, names, history, page.get("area"))


def change(st: State, doc: LocatedDocument, index: int, raw: dict[str, Any], models: dict[str, Model]) -> Change:
    path: JsonPath = ("history", index)
    for j, sid in enumerate(raw["in"]):
        known = st.sources.get(sid)
        if known is None or known[0].kind != "document":
            st.error(doc.at((*path, "in", j)), f"{sid!r} is not a known document")
    entry = st.entries.get(raw["object"])
    if entry is None:
        st.error(doc.at((*path, "object")), unknown_object(st, raw["object"]))
    else:
        field = field_at(models, entry.name, raw["path"].split("."))
        if raw["kind"] == "removed" and field is not None:
            st.error(doc.at((*path, "path")), f"{raw['path']!r} is recorded as removed but is still in {entry.title!r}")
        elif raw["kind"] != "removed" and field is None:
            st.error(doc.at((*path, "path")), f"{entry.title!r} has no field {raw['path']!r}")
    if raw["kind"] not in ("added", "removed") and "before" not in raw:
        st.error(doc.at(path), f"a {raw['kind']} change needs `before`")
    return Change(
        raw["object"],
        raw["path"],
        raw["kind"],
        "before" in raw,
        raw.get("before"),
        tuple(raw["in"]),
        raw.get("note"),
    )


def field_at(models: dict[str, Model], name: str, parts: list[str]) -> Field | None:
    """The field at a dotted path through nested classes, array items and map values (the
    ``[propertyName]`` step the pages print), or None."""
    model = models.get(name)
    field = None
    for part in parts:
        if part == MAP_KEY and field is not None and isinstance(field.type, MapOf):
            model = _class_of(models, field.type.item)
            continue
        if model is None:
            return None
        field = next((f for f in model.fields if f.wire_name == part), None)
        if field is None:
            return None
        model = _class_of(models, field.type.item if isinstance(field.type, ArrayOf) else field.type)
    return field


def _class_of(models: dict[str, Model], node: TypeNode) -> Model | None:
    return models.get(node.target) if isinstance(node, ModelRef) else None

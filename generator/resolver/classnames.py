"""Class names: each object's, each claimed once; titles looked up, aliases followed."""

from __future__ import annotations

from generator.diagnostics import Location, did_you_mean
from generator.model import naming
from generator.resolver.state import UNKNOWN, Entry, State


def name_entry(st: State, entry: Entry) -> None:
    where = entry.doc.key_at(entry.path)
    name = entry.raw.get("name") or naming.class_name(entry.title)
    if name is None:
        st.error(where, f"title {entry.title!r} gives no class name; set `name`")
        name = f"Invalid{len(st.classes)}"
    entry.name = name
    claim(st, name, where, f"object {entry.title!r}", named="name" in entry.raw)


def claim(st: State, name: str, where: Location, what: str, *, named: bool = False) -> None:
    """Reserve a class name; a second claim is an error naming both places. ``named``: the name
    was written in the spec (`name:`) rather than made from a title."""
    if name in naming.MODULE_NAMES:
        fix = "choose another `name`" if named else "set `name`"
        st.error(where, f"class name {name!r} of {what} is a name the generated modules use; {fix}")
        return
    if name in st.classes:
        st.error(where, f"class name {name!r} of {what} collides with the class defined at {st.classes[name]}")
        return
    st.classes[name] = where


def lookup(st: State, title: str, where: Location) -> str:
    """The class name of a documented title; an unknown title is an error."""
    entry = st.entries.get(title)
    if entry is None:
        st.error(where, unknown_object(st, title))
        return UNKNOWN
    return entry.name


def unknown_object(st: State, title: str) -> str:
    """The message for a title no object has: a class name given for a title is named as such."""
    by_name = {e.name: t for t, e in st.entries.items() if e.name}
    if title in by_name:
        owner = by_name[title]
        return f"unknown object {title!r}: a reference names an object by title; this is the class of {owner!r}"
    return f"unknown object {title!r}{did_you_mean(title, st.entries)}"


def follow(st: State, name: str) -> str:
    """The class an alias finally stands for (aliases of aliases are followed, cycles reported)."""
    by_name = {e.name: e for e in st.entries.values()}
    seen: list[str] = []
    while (entry := by_name.get(name)) is not None and "alias_of" in entry.raw:
        if name in seen:
            st.error(entry.doc.key_at(entry.path), f"alias cycle: {' -> '.join([*seen, name])}")
            return name
        seen.append(name)
        target = st.entries.get(entry.raw["alias_of"])
        if target is None:
            return name
        name = target.name
    return name

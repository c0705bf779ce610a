"""How deep payloads nest: recursive classes are marked, others must stay within ``MAX_DEPTH``."""

from __future__ import annotations

from dataclasses import replace
from typing import assert_never

from generator.model.ir import (
    MAX_DEPTH,
    AnyValue,
    ArrayOf,
    Boolean,
    Choice,
    FreeObject,
    Integer,
    KeySubsetUnion,
    MapOf,
    Model,
    ModelRef,
    Number,
    OpenChoice,
    TagValueUnion,
    Text,
    TypeNode,
    classes_in,
)
from generator.resolver.state import State


def mark_recursive(st: State, models: dict[str, Model]) -> None:
    """Mark the classes whose payloads can nest without bound; for every other class, the
    spec's own nesting must stay within MAX_DEPTH."""
    leads = {name: _classes_of(model) for name, model in models.items()}
    recursive = {name for name in models if name in _reach(leads, leads[name])}
    recursive = _reach(leads, recursive) | recursive
    heights = _heights(models, leads, recursive)
    for name, model in models.items():
        if name in recursive:
            models[name] = replace(model, recursive=True)
        elif heights[name] > MAX_DEPTH:
            st.error(st.place(model.location), f"{name} nests objects and arrays deeper than {MAX_DEPTH} levels")


def _classes_of(model: Model) -> set[str]:
    """The classes the fields of ``model`` hold, directly or in arrays, maps and unions."""
    return {name for f in model.fields for name in classes_in(f.type)}


def _reach(leads: dict[str, set[str]], start: set[str]) -> set[str]:
    """Every class reachable from ``start`` through one or more fields."""
    found: set[str] = set()
    pending = list(start)
    while pending:
        name = pending.pop()
        if name not in found and name in leads:
            found.add(name)
            pending += leads[name]
    return found


def _heights(models: dict[str, Model], leads: dict[str, set[str]], recursive: set[str]) -> dict[str, int]:
    """How many levels of objects and arrays a payload of each class that is not recursive can
    nest: the object itself, and the deepest of its fields. A recursive class counts one level:
    outputs check the depth of what it holds as they read it. Classes are taken in dependency
    order with a stack of their own, as a long chain of classes must not meet the recursion limit."""
    done: dict[str, int] = {name: 1 for name in recursive}
    for start in models:
        pending = [(start, False)]
        while pending:
            name, ready = pending.pop()
            if name in done or name not in models:  # an unknown class is reported where it is named
                continue
            if not ready:
                pending.append((name, True))
                pending += [(d, False) for d in leads[name] if d not in done]
                continue
            done[name] = 1 + max((_type_height(f.type, done) for f in models[name].fields), default=0)
    return done


def _type_height(t: TypeNode, done: dict[str, int]) -> int:
    match t:
        case ArrayOf(item=item) | MapOf(item=item):
            return 1 + _type_height(item, done)
        case KeySubsetUnion(options=options):
            return max(_type_height(o, done) for o in options)
        case TagValueUnion():
            return max(_type_height(o, done) for o in t.classes)
        case ModelRef(target=target):
            return done.get(target, 1)
        case Text() | Choice() | OpenChoice() | Integer() | Number() | Boolean() | FreeObject() | AnyValue():
            return 0
        case _:
            assert_never(t)

"""The package's test helpers: ``testing.py`` (a factory per class, built from the spec's full
payloads) and ``pytest_plugin.py`` (the same factories as fixtures)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.model.ir import (
    ArrayOf,
    KeySubsetUnion,
    MapOf,
    ModelRef,
    PackageNames,
    SpecModel,
    TagValueUnion,
    TypeNode,
    walk,
)
from generator.model.naming import snake
from generator.outputs.job import Job
from generator.outputs.pytext import docstring, string_literal, wrap
from generator.outputs.samples import PayloadBuilder, payload_class


def _some(modules: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """The modules that have a name to import."""
    return [(module, names) for module, names in modules if names]


def jobs(spec: SpecModel, root: str, package: Mapping[str, object], modules: list[tuple[str, list[str]]]) -> list[Job]:
    """``testing.py`` and ``pytest_plugin.py``; ``modules``: each module with the classes it exports."""
    names = spec.project.package("python")
    factories = _factories(spec)
    built = {f.class_name for f in factories if f.data}
    testing_modules = _some([(mod, [n for n in members if n in built]) for mod, members in modules])
    testing = {
        **package,
        "signed": spec.signature is not None,
        "doc": docstring(_testing_doc(names, factories), indent=""),
        "modules": testing_modules,
        "factories": factories,
    }
    classes = {m.name for m in spec.models}
    plugin = {**package, "modules": _some([(mod, [n for n in members if n in classes]) for mod, members in modules])}
    plugin["factories"] = factories
    return [
        Job(f"{root}/testing.py", "python/testing.py.j2", testing, "python"),
        Job(f"{root}/pytest_plugin.py", "python/pytest_plugin.py.j2", plugin, "python"),
    ]


def _testing_doc(names: PackageNames, factories: list[FactoryView]) -> str:
    first = next((f for f in factories if f.data), None)
    example = (
        f"``{first.function}()`` returns a full ``{first.class_name}`` (every field set, documented examples used, "
        "documented formulas holding); keyword arguments replace fields by their Python names."
        if first
        else "Keyword arguments replace fields by their Python names."
    )
    return wrap(
        "Factories for tests: a valid instance of every class, built from the spec's examples.\n\n"
        f"{example} Every call returns a new instance. Standard library only; under pytest the same factories"
        f" are fixtures (``{names.package}.pytest_plugin``)."
    )


@dataclass(frozen=True)
class FactoryView:
    """A factory of the package's ``testing`` module: its function, class and data constant."""

    function: str
    class_name: str
    constant: str
    data: str | None  # a Python literal; None for an alias, which reuses its class's factory
    alias_of: str | None
    # The delivery's identity field (a Python literal of its wire name) where the class has it:
    # each call gives it a value of its own, as each webhook request has.
    identity: str | None = None


def _factories(spec: SpecModel) -> list[FactoryView]:
    """A factory per class, with the full payload of the class (documented examples, formulas held).
    A payload names the constants of the classes nested in it instead of repeating them, so the
    constants come in dependency order (the factories deep-copy, so instances stay apart)."""
    builder = PayloadBuilder(spec)
    constants = {m.name: f"_{snake(m.name).upper()}" for m in spec.models}
    data: dict[str, str] = {}
    pending: set[str] = set()

    def define(name: str) -> None:
        if name in data or name in pending:
            return  # defined, or being defined: a class leading back to itself is written out
        pending.add(name)
        model = builder.model(name)
        for f in model.fields:
            for t in walk(f.type):
                if isinstance(t, ModelRef | KeySubsetUnion | TagValueUnion):
                    define(payload_class(t))
        payload = builder.full(name)
        named = set(data)  # only constants defined before this one may be named in it
        items = [
            f"{string_literal(f.wire_name)}: {_literal(builder, constants, named, payload[f.wire_name], f.type)}"
            for f in model.fields
            if f.wire_name in payload
        ]
        pending.discard(name)
        data[name] = "{" + ", ".join(items) + "}"

    for model in spec.models:
        if model.kind == "object":
            define(model.name)
    unique = _identified(spec)
    out = [
        FactoryView(f"make_{snake(n)}", n, constants[n], literal, None, unique.get(n)) for n, literal in data.items()
    ]
    for model in spec.models:
        if model.kind == "alias":
            target = f"make_{snake(model.alias_of or '')}"
            out.append(FactoryView(f"make_{snake(model.name)}", model.name, constants[model.name], None, target))
    return out


def _identified(spec: SpecModel) -> dict[str, str]:
    """The classes that carry the webhook delivery's identity field (a tagged union's base and its
    variants), each with that field's wire name as a literal."""
    identity = spec.delivery.identity if spec.delivery else None
    if identity is None:
        return {}
    carriers = {name for u in spec.unions for name in (u.base, *u.variants)}
    return {
        m.name: string_literal(identity)
        for m in spec.models
        if m.name in carriers and any(f.wire_name == identity for f in m.fields)
    }


def data_literal(value: Any) -> str:
    """A Python literal of JSON data: strings by :func:`string_literal`, numbers, booleans and
    null by ``repr``, which hold them exactly (spec text cannot escape either)."""
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, list):
        return "[" + ", ".join(data_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{string_literal(k)}: {data_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _literal(builder: PayloadBuilder, constants: dict[str, str], named: set[str], value: Any, t: TypeNode) -> str:
    """A Python literal of ``value``: the full payload of a class already defined by its constant's
    name, the rest as plain data (:func:`data_literal`)."""
    if isinstance(t, ModelRef | KeySubsetUnion | TagValueUnion):
        target = payload_class(t)
        if target in named and value == builder.full(target):
            return constants[target]
    if isinstance(t, ArrayOf) and isinstance(value, list):
        item = t.item
        return "[" + ", ".join(_literal(builder, constants, named, v, item) for v in value) + "]"
    if isinstance(t, MapOf) and isinstance(value, dict):
        item = t.item
        pairs = (f"{string_literal(k)}: {_literal(builder, constants, named, v, item)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    return data_literal(value)

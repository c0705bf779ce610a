"""Examples, defaults and formulas: checked against the types once every class exists."""

from __future__ import annotations

from typing import Any

from generator.model import check as value_checks
from generator.model import formulas
from generator.model.ir import (
    ArrayOf,
    Example,
    Field,
    Integer,
    Model,
    ModelRef,
    Number,
    TypeNode,
    kind_name,
)
from generator.resolver.state import Scope, State
from generator.spec.yamlreader import JsonPath


def defer(st: State, field: Field, raw: dict[str, Any], scope: Scope) -> None:
    """Record the field's examples and defaults, checked against its type once all classes exist."""
    observed = raw.get("observed", {})
    candidates: list[tuple[JsonPath, Any]] = []
    if "example" in raw:
        candidates.append(((*scope.path, "example"), raw["example"]))
    if "default" in raw:
        candidates.append(((*scope.path, "default"), raw["default"]))
    if "default" in observed:
        candidates.append(((*scope.path, "observed", "default", "value"), observed["default"]["value"]))
    for i, value in enumerate(observed.get("examples", {}).get("value", ())):
        candidates.append(((*scope.path, "observed", "examples", "value", i), value))
    st.deferred_values.extend((field.type, path, value, scope.doc) for path, value in candidates)


def check_values(st: State, models: dict[str, Model]) -> None:
    """Every example payload of a class, and every example and default of a field, fits its type."""
    for model in models.values():
        if model.variant_of is not None:
            continue  # its examples are the base's, or built of examples checked where they stand
        for i, example in enumerate(model.examples):
            check_example(st, model, i, example, models)
    for t, path, value, doc in st.deferred_values:
        for sub, message in value_checks.check(value, t, models):
            st.error(doc.at((*path, *sub)), message)


def check_example(st: State, model: Model, index: int, example: Example, models: dict[str, Model]) -> None:
    entry = st.entries[model.title or ""]
    t = ModelRef(model.name, model.name)
    for sub, message in value_checks.check(example.value, t, models):
        st.error(entry.doc.at((*entry.path, "examples", index, "value", *sub)), message)


def check_formulas(st: State, models: dict[str, Model]) -> None:
    """A formula must parse, set its own field and read numbers of its object: of the class
    that defines the field, or of every "all of" that holds it."""
    for field, where in st.formulas:
        try:
            formula = formulas.parse(field.formula or "", field.wire_name)
        except formulas.FormulaError as exc:
            st.error(where, f"formula: {exc}")
            continue
        if formula.target != field.wire_name:
            st.error(where, f"the formula sets {formula.target!r}; a field's formula sets the field itself")
            continue
        owner = models.get(field.origin)
        problems = _formula_problems(formula, owner, models) if owner else []
        if problems:  # a part's formula may read the other parts' fields, which every composite has
            composites = [m for m in models.values() if m.all_of and field in m.fields]
            if composites and not any(_formula_problems(formula, m, models) for m in composites):
                problems = []
        if field.formula_note is None:
            for problem in problems:
                st.error(where, problem)
        elif not problems:
            st.error(where, "the formula holds for this object; remove `applies: false`")


def _a(kind: str) -> str:
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def _number(t: TypeNode) -> bool:
    return isinstance(t, Integer | Number)


def _formula_problems(formula: formulas.Formula, model: Model, models: dict[str, Model]) -> list[str]:
    """Why ``formula`` cannot be evaluated over payloads of ``model``: each name it reads must be a
    number field (for a sum, an array of objects with that number field)."""
    fields = {f.wire_name: f.type for f in model.fields}
    sums = formula.summed()
    problems = []
    for name in sorted(formula.names()):
        t = fields.get(name)
        if t is None:
            problems.append(f"the formula reads {name!r}, which is no field of {model.name}")
        elif name in sums:
            item = t.item if isinstance(t, ArrayOf) else None
            if not isinstance(item, ModelRef):
                problems.append(f"the formula sums over {name!r}, {_a(kind_name(t))}; it needs an array of objects")
                continue
            part = {f.wire_name: f.type for f in models[item.target].fields}.get(sums[name])
            if part is None or not _number(part):
                shown = "no field" if part is None else _a(kind_name(part))
                problems.append(f"the formula sums {sums[name]!r} of {item.target}, {shown}; it needs a number")
        elif not _number(t):
            problems.append(f"the formula reads {name!r}, {_a(kind_name(t))}; it needs a number")
    return problems

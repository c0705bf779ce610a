""" "All of" classes get the fields of their parts; fields that conflict, or become one attribute, are errors."""

from __future__ import annotations

from dataclasses import replace

from generator.model.ir import (
    Field,
    Model,
)
from generator.resolver import classnames
from generator.resolver.state import State


def check_fields(st: State, models: dict[str, Model]) -> None:
    """Attributes named like a class get a trailing underscore; "all of" classes get their parts'
    fields; no two fields of a class may become one attribute."""
    for name, model in list(models.items()):
        # An attribute named like a class would hide it in the annotations of the class body.
        fields = tuple(replace(f, py_name=f"{f.py_name}_") if f.py_name in st.classes else f for f in model.fields)
        models[name] = replace(model, fields=fields)
    for name, model in list(models.items()):
        if model.all_of:
            models[name] = replace(model, fields=flatten(st, model, models, ()))
    for model in models.values():
        check_attribute_names(st, model)


def flatten(st: State, model: Model, models: dict[str, Model], stack: tuple[str, ...]) -> tuple[Field, ...]:
    """The fields of an "all of", part by part; cycles and conflicting fields are errors."""
    if model.name in stack:
        cycle = [*stack[stack.index(model.name) :], model.name]
        if cycle[0] == min(cycle):  # each member finds the cycle; report it once
            st.error(st.place(model.location), f"cycle in all_of: {' -> '.join(cycle)}")
        return ()
    fields: dict[str, Field] = {}
    for part_name in model.all_of:
        part = models.get(classnames.follow(st, part_name))
        if part is None:
            continue  # an unknown part, reported where it is named
        part_fields = flatten(st, part, models, (*stack, model.name)) if part.all_of else part.fields
        for field in part_fields:
            first = fields.get(field.wire_name)
            if first is None:
                fields[field.wire_name] = field
            elif _comparable(first) != _comparable(field):
                st.error(
                    st.place(field.location),
                    f"field {field.wire_name!r} of {part.name} conflicts with the field of the same name "
                    f"at {st.place(first.location)} (all_of of {model.name})",
                )
    return tuple(fields.values())


def check_attribute_names(st: State, model: Model) -> None:
    seen: dict[str, Field] = {}
    for field in model.fields:
        other = seen.setdefault(field.py_name, field)
        if other is not field:
            st.error(
                st.place(field.location),
                f"fields {other.wire_name!r} ({st.place(other.location)}) and {field.wire_name!r} "
                f"of {model.name} both become attribute {field.py_name!r}",
            )


def _comparable(field: Field) -> Field:
    return replace(field, origin="", location="")

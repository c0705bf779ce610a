"""Deterministic payloads built from the resolved model: full, minimal, with nulls, with empty
containers, and corrupted ones with the paths of their errors. Used by the fixtures and by the
factories of the models' ``testing`` module.

Values come from the spec where it has them (documented examples, then observed ones), otherwise
from one fixed rule per type. Documented formulas are then applied, so full payloads are
arithmetically consistent (``subtotal_amount = amount - applied_discount_amount``, ...).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Literal, assert_never

from generator.model import formulas
from generator.model.formats import FORMATS
from generator.model.ir import (
    AnyValue,
    ArrayOf,
    Boolean,
    Choice,
    Field,
    FreeObject,
    Integer,
    KeySubsetUnion,
    MapOf,
    Model,
    ModelRef,
    Number,
    OpenChoice,
    SpecModel,
    TagValueUnion,
    Text,
    TypeNode,
    classes_in,
)

Path = tuple[str | int, ...]


def _integer(wire: str) -> int:
    """A plausible integer by the words of the field's name: counts are small, discounts below amounts."""
    words = set(wire.split("_"))
    if words & {"count", "quantity"}:
        return 3
    if "discount" in words:
        return 300
    if "points" in words:
        return 150
    if "customers" in words or wire == "total":
        return 2
    return 3000


@dataclass(frozen=True)
class Leaf:
    """A present value in a payload: its path, its type, the field it is the value of (None for
    map values and array items) and the kind of its container (for corrupting it)."""

    path: Path
    type: TypeNode
    field: Field | None = None
    parent_kind: Literal["model", "map", "array", ""] = ""


class PayloadBuilder:
    """Builds payloads of any class of a spec."""

    def __init__(self, spec: SpecModel) -> None:
        self.spec = spec
        self.models = {m.name: m for m in spec.models}

    def model(self, name: str) -> Model:
        model = self.models[name]
        return self.models[model.alias_of] if model.alias_of else model

    # -- whole payloads -------------------------------------------------------------------------

    def full(
        self, name: str, nulls: bool = False, empty: bool = False, within: frozenset[str] = frozenset()
    ) -> dict[str, Any]:
        """Every field; with ``nulls``, null wherever nullable; with ``empty``, empty maps and arrays.
        A field that would lead back into a class already being built is left out (all are optional)."""
        model = self.model(name)
        within = within | {model.name}
        payload = {
            f.wire_name: self.value(f.type, f, nulls, empty, within)
            for f in model.fields
            if not classes_in(f.type) & within
        }
        return apply_formulas(model, payload)

    def minimal(self, name: str) -> dict[str, Any]:
        """The required fields, or where there are none, one field: the first scalar one."""
        model = self.model(name)
        required = [f for f in model.fields if f.required]
        if required:
            return {f.wire_name: self.minimal_value(f) for f in required}
        scalars = [
            f
            for f in model.fields
            if not isinstance(f.type, ModelRef | KeySubsetUnion | TagValueUnion | MapOf | ArrayOf)
        ]
        field = scalars[0] if scalars else model.fields[0]
        return {field.wire_name: self.value(field.type, field, False, False)}

    def minimal_value(self, field: Field) -> Any:
        """A required field's value in a minimal payload: its own class's minimal payload."""
        t = field.type
        if isinstance(t, ModelRef | KeySubsetUnion | TagValueUnion):
            return self.minimal(payload_class(t))
        return self.value(t, field, False, True)

    def value(
        self, t: TypeNode, field: Field | None, nulls: bool, empty: bool, within: frozenset[str] = frozenset()
    ) -> Any:
        """A valid value of ``t``."""
        if nulls and t.nullable:
            return None
        match t:
            case ModelRef() | KeySubsetUnion() | TagValueUnion():
                return self.full(payload_class(t), nulls, empty, within)
            case MapOf(item=item):
                return {} if empty else {map_key(t, field): self.value(item, None, nulls, empty, within)}
            case ArrayOf(item=item):
                return [] if empty else [self.value(item, None, nulls, empty, within)]
            case Text() | Choice() | OpenChoice() | Integer() | Number() | Boolean() | FreeObject() | AnyValue():
                return scalar(t, field)
            case _:
                assert_never(t)

    # -- where a payload can be corrupted -------------------------------------------------------

    def leaves(self, payload: Any, t: TypeNode, path: Path = (), leaf: Leaf | None = None) -> list[Leaf]:
        """Every present, non-null value below ``payload`` with its type, depth first."""
        if payload is None:
            return []
        found = [leaf or Leaf(path, t)]
        shape = ModelRef(payload_class(t), payload_class(t)) if isinstance(t, KeySubsetUnion | TagValueUnion) else t
        if isinstance(shape, ModelRef) and isinstance(payload, dict):
            fields = {f.wire_name: f for f in self.model(shape.target).fields}
            for key, item in payload.items():
                if key in fields:
                    inner, field = (*path, key), fields[key]
                    found += self.leaves(item, field.type, inner, Leaf(inner, field.type, field, "model"))
        elif isinstance(shape, MapOf | ArrayOf) and isinstance(payload, dict | list):
            items = payload.items() if isinstance(payload, dict) else enumerate(payload)
            kind: Literal["map", "array"] = "map" if isinstance(shape, MapOf) else "array"
            for key, item in items:
                inner = (*path, key)
                found += self.leaves(item, shape.item, inner, Leaf(inner, shape.item, None, kind))
        return found


def payload_class(t: ModelRef | KeySubsetUnion | TagValueUnion) -> str:
    """The class whose payloads stand for values of ``t``: a key-subset union's are its wide
    class's, a tag-value union's its first branch's."""
    match t:
        case KeySubsetUnion():
            return t.wide
        case TagValueUnion(options=options):
            return options[0].target
        case ModelRef(target=target):
            return target
        case _:
            assert_never(t)


def map_key(t: MapOf, field: Field | None) -> str:
    """A key for a map entry: the first key of the field's example, else one named after what the
    spec says the keys are ("campaign name" -> ``campaign-name-1``), else ``key-1``."""
    examples = [field.example] if field is not None and field.has_example else []
    examples += [v for f in (field.observed if field else ()) if f.attribute == "examples" for v in f.value]
    for example in examples:
        if isinstance(example, dict) and example:
            return str(next(iter(example)))
    words = re.findall(r"[a-z0-9]+", (t.key or "").lower())
    return "-".join([*words, "1"]) if words else "key-1"


Scalar = Text | Choice | OpenChoice | Integer | Number | Boolean | FreeObject | AnyValue


def scalar(t: Scalar, field: Field | None) -> Any:
    """A scalar value: the documented example, an observed one, or the rule for its type."""
    if field is not None and field.has_example and field.example is not None:
        return copy.deepcopy(field.example)
    seen = next((f.value for f in (field.observed if field else ()) if f.attribute == "examples"), None)
    wire = field.wire_name if field else "item"
    match t:
        case FreeObject():
            return copy.deepcopy(seen[0]) if seen else {"key": "value"}
        case Choice(values=values):
            return values[0]
        case OpenChoice(values=values):
            return values[0] if values else f"{wire}-1"
        case Text():
            return f"{wire}-1" if t.format is None else FORMATS[t.format].sample
        case Integer():
            return _integer(wire)
        case Number():
            return 1999.5
        case Boolean():
            return True
        case AnyValue():
            return "value"
        case _:
            assert_never(t)


def apply_formulas(model: Model, payload: dict[str, Any]) -> dict[str, Any]:
    """Set every field with a documented formula that applies here (all it reads is present)."""
    for _ in range(len(model.fields)):  # formulas may read each other; settle in a few passes
        changed = False
        for field in model.fields:
            formula = parsed_formula(field)
            if formula is None or formula.target not in payload or not formula.names() <= payload.keys():
                continue
            try:
                value = formula.evaluate(payload)
            except (KeyError, TypeError, ZeroDivisionError):
                continue
            number = int(value) if value.denominator == 1 else float(value)
            if payload[formula.target] != number:
                payload[formula.target] = number
                changed = True
        if not changed:
            break
    return payload


def parsed_formula(field: Field) -> formulas.Formula | None:
    """The field's documented formula, parsed; None where it has none or it cannot hold."""
    if field.formula is None or field.formula_note is not None:
        return None
    return formulas.parse(field.formula, field.wire_name)


def formula_holds(model: Model, payload: dict[str, Any], field: Field) -> bool | None:
    """Whether ``payload`` satisfies the field's formula; None where the formula does not apply."""
    formula = parsed_formula(field)
    if formula is None or formula.target not in payload or not formula.names() <= payload.keys():
        return None
    try:
        return Fraction(payload[formula.target]) == formula.evaluate(payload)
    except (KeyError, TypeError, ZeroDivisionError):
        return None

"""Unions of classes in a field: a decidable key-subset union becomes a :class:`KeySubsetUnion`, and
the closed variant of each narrow class claims its name; a tag-value union becomes a
:class:`TagValueUnion`, whose options are checked once every class exists."""

from __future__ import annotations

from generator.model import naming
from generator.model.ir import (
    AnyValue,
    KeySubsetUnion,
    ModelRef,
    TagValueUnion,
    TypeNode,
    fixed_value,
)
from generator.resolver import classnames
from generator.resolver.state import UNKNOWN, Scope, State


def union(st: State, options: tuple[TypeNode, ...], narrow: str, nullable: bool, scope: Scope) -> TypeNode:
    """A key-subset union of two classes; a union the rule cannot decide is an error."""
    where = scope.doc.at((*scope.path, "union", "narrow"))
    refs = [o for o in options if isinstance(o, ModelRef)]
    targets = [r.target for r in refs]
    if UNKNOWN in targets or narrow == UNKNOWN:
        return AnyValue(nullable)  # already reported where the unknown object is named
    if len(refs) != 2 or len(options) != 2:
        st.error(scope.doc.at((*scope.path, "one_of")), "the key-subset rule needs exactly two object branches")
    elif narrow not in targets:
        st.error(where, f"{narrow!r} is not a branch of this union")
    elif targets[0] == targets[1]:
        st.error(where, "the two branches of the union are the same class")
    else:
        st.closed_variants.append((narrow, where))
        return KeySubsetUnion((refs[0], refs[1]), narrow, nullable)
    return AnyValue(nullable)


def claim_closed_variants(st: State) -> None:
    """Outputs state the key-subset rule with a closed copy of each narrow class, under a name
    of its own (once per class, however many unions name it)."""
    closed: set[str] = set()
    for narrow, where in st.closed_variants:
        if narrow not in closed:
            closed.add(narrow)
            classnames.claim(st, naming.closed_variant(narrow), where, f"the closed variant of {narrow}")


def tag_union(st: State, options: tuple[TypeNode, ...], tag: str, nullable: bool, scope: Scope) -> TypeNode:
    """A union of classes told apart by the value each fixes its field ``tag`` to."""
    refs = [o for o in options if isinstance(o, ModelRef)]
    if UNKNOWN in (r.target for r in refs):
        return AnyValue(nullable)  # already reported where the unknown object is named
    if len(refs) != len(options) or len(refs) < 2:
        st.error(scope.doc.at((*scope.path, "one_of")), "the tag-value rule needs two object branches or more")
        return AnyValue(nullable)
    union = TagValueUnion(tuple(refs), tag, nullable)
    st.tag_unions.append((union, scope.doc.at((*scope.path, "union", "field"))))
    return union


def check_tag_unions(st: State) -> None:
    """Each tag-value union's branches fix its tag to one value each, no two the same: once every
    class exists (a branch may be defined after the field that names it)."""
    for union, where in st.tag_unions:
        seen: dict[str, str] = {}
        for option in union.options:
            model = st.models.get(option.target)
            if model is None:
                continue
            value = fixed_value(model, union.tag)
            if value is None:
                what = f"{option.target!r} does not fix {union.tag!r} to one value (a string enum of one value)"
                st.error(where, f"the tag-value rule: {what}")
            elif value in seen:
                what = f"{option.target!r} and {seen[value]!r} both fix {union.tag!r} to {value!r}"
                st.error(where, f"the tag-value rule: {what}")
            else:
                seen[value] = option.target

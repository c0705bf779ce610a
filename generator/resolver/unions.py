"""Key-subset unions: a decidable one becomes a :class:`KeySubsetUnion`, and the closed variant of
each narrow class claims its name."""

from __future__ import annotations

from generator.model import naming
from generator.model.ir import (
    AnyValue,
    KeySubsetUnion,
    ModelRef,
    TypeNode,
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

"""Tagged unions: a field whose class is chosen by the value of another field (``chosen_by``).

Each case becomes a variant class (the owner's fields with the tag fixed to the case's value and
the carried field of the case's class); the ``other`` variant holds every other tag value, the
carried field as it came. The variants are ordinary classes, so every output handles them as it
handles any class; outputs that show the union itself read :class:`~generator.model.ir.TaggedUnion`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from generator.diagnostics import Location
from generator.model import naming
from generator.model.ir import (
    AnyValue,
    ArrayOf,
    Choice,
    Example,
    Field,
    FreeObject,
    MapOf,
    Model,
    ModelRef,
    OpenChoice,
    TaggedUnion,
    TagValueUnion,
    TypeNode,
    UnionCase,
    walk,
)
from generator.resolver import classnames
from generator.resolver.state import UNKNOWN, Scope, State, at
from generator.spec.blocks import chosen_by_blocks
from generator.spec.yamlreader import JsonPath, LocatedDocument


@dataclass(frozen=True)
class Pending:
    """A ``chosen_by`` block, resolved once its object's class exists."""

    owner: str
    carrier: str
    raw: dict[str, Any]
    scope: Scope


def defer(st: State, wire: str, raw: dict[str, Any], scope: Scope) -> None:
    """Record the block; the union's and the variants' names are claimed now, with the others."""
    block = raw["chosen_by"]
    where = scope.doc.at((*scope.path, "chosen_by"))
    union_at = scope.doc.at((*scope.path, "chosen_by", "union"))
    classnames.claim(st, block["union"], union_at, f"the union {where}")
    parse = naming.union_functions(block["union"], True).parse
    if parse in naming.RUNTIME_PARSERS:
        st.error(union_at, f"the union {block['union']!r} would get the function {parse}(), a name the models use")
    if "other" in block:
        classnames.claim(st, block["other"], scope.doc.at((*scope.path, "chosen_by", "other")), "the other variant")
    for i, case in enumerate(block.get("cases", ())):
        case_at = scope.doc.at((*scope.path, "chosen_by", "cases", i, "name"))
        classnames.claim(st, case["name"], case_at, f"the variant for {case['value']!r}")
        st.cite(case["source"], scope.doc.at((*scope.path, "chosen_by", "cases", i, "source")))
    st.tagged.append(Pending(scope.owner, wire, block, at(scope, "chosen_by")))


@dataclass(frozen=True)
class External:
    """A case a page file adds to a union another file declares (the file's ``cases``)."""

    raw: dict[str, Any]
    doc: LocatedDocument
    path: JsonPath


def collect_cases(st: State) -> list[External]:
    """Every file's ``cases``, their variant names claimed and their sources cited."""
    found: list[External] = []
    for doc in st.docs:
        listed = doc.data.get("cases") if isinstance(doc.data, dict) else None
        for i, raw in enumerate(listed if isinstance(listed, list) else ()):
            path: JsonPath = ("cases", i)
            classnames.claim(st, raw["name"], doc.at((*path, "name")), f"the variant for {raw['value']!r}")
            st.cite(raw["source"], doc.at((*path, "source")))
            found.append(External(raw, doc, path))
    return found


def scan_names(st: State) -> None:
    """The names of every tagged union and its variants, before any class is built: a `ref`
    may name a union (its type: the variant the tag chooses) or one variant."""
    for doc in st.docs:
        data = doc.data if isinstance(doc.data, dict) else {}
        for case in data.get("cases") or ():
            st.union_names.add(case["name"])
        for block, _ in chosen_by_blocks(data.get("objects")):
            names = [block["union"], block.get("other"), *(c["name"] for c in block.get("cases", ()))]
            st.union_names |= {n for n in names if n}


def as_types(st: State) -> None:
    """Each union a type like any other: a field, array item or map value whose class is a
    union's object (or that names the union) is the union, parsed to the variant its tag
    chooses; a `ref` that names a variant is that class."""
    by_name = {u.name: u for u in st.unions}
    by_base = {u.base: u for u in st.unions}
    for name, where in st.named_refs:
        if name not in by_name and name not in st.models and not st.problems:
            st.error(where, f"unknown object {name!r}")
    types = {name: _as_type(u) for name, u in [*by_name.items(), *by_base.items()]}
    for name, model in list(st.models.items()):
        if model.variant_of is None and any(_names_union(f.type, types) for f in model.fields):
            st.models[name] = replace(model, fields=tuple(replace(f, type=_typed(f.type, types)) for f in model.fields))


def _as_type(union: TaggedUnion) -> TagValueUnion:
    options = tuple(ModelRef(c.variant, c.variant) for c in union.cases)
    other = ModelRef(union.other, union.other) if union.other is not None else None
    return TagValueUnion(options, union.tag, False, other)


def _names_union(t: TypeNode, types: dict[str, TagValueUnion]) -> bool:
    return any(isinstance(n, ModelRef) and n.target in types for n in walk(t))


def _typed(t: TypeNode, types: dict[str, TagValueUnion]) -> TypeNode:
    """``t`` with each class that is a union's object (or name) the union, arrays and maps
    included; the options of a field's own union are classes that fix their tag, never a union."""
    if isinstance(t, ModelRef) and t.target in types:
        return replace(types[t.target], nullable=t.nullable)
    if isinstance(t, ArrayOf | MapOf):
        return replace(t, item=_typed(t.item, types))
    return t


def build(st: State, external: list[External]) -> None:
    """Every tagged union and its variants, after every class exists, with the cases other files
    add to it; a case of a union no file declares is an error."""
    declared = {pending.raw["union"] for pending in st.tagged}
    for case in external:
        if case.raw["union"] not in declared:
            known = f" (the spec's: {', '.join(sorted(declared))})" if declared else ""
            st.error(
                case.doc.at((*case.path, "union")), f"no `chosen_by` declares the union {case.raw['union']!r}{known}"
            )
    for pending in st.tagged:
        made = _union(st, pending, [c for c in external if c.raw["union"] == pending.raw["union"]])
        if made is not None:
            st.unions.append(made)


def _union(st: State, p: Pending, external: list[External]) -> TaggedUnion | None:
    doc, path = p.scope.doc, p.scope.path
    owner = st.models.get(p.owner)
    if owner is None:
        return None
    fields = {f.wire_name: f for f in owner.fields}
    tag = fields.get(p.raw["field"])
    carrier = fields[p.carrier]
    problems = len(st.problems)
    if tag is None:
        st.error(doc.at((*path, "field")), f"{p.raw['field']!r} is no field of {owner.name}")
        return None
    if not isinstance(tag.type, Choice | OpenChoice):
        st.error(doc.at((*path, "field")), f"the tag {tag.wire_name!r} needs a string enum")
        return None
    if not isinstance(carrier.type, FreeObject | AnyValue):
        st.error(doc.key_at(path), "the chosen field must be a free-form object: its class is what the cases choose")
    if owner.owner is not None or owner.all_of or owner.kind != "object":
        st.error(doc.key_at(path), "a tagged union's object must be a documented object with fields of its own")
    cases: list[UnionCase] = []
    placed = [(raw, doc, (*path, "cases", i)) for i, raw in enumerate(p.raw.get("cases", ()))]
    placed += [(e.raw, e.doc, e.path) for e in external]
    for raw, there, case_path in placed:
        case = _case(st, raw, tag, there.at((*case_path, "value")), there.at((*case_path, "class")))
        if case is not None and case.value in {c.value for c in cases}:
            st.error(there.at((*case_path, "value")), f"{case.value!r} has a case already")
        elif case is not None:
            cases.append(case)
    uncovered = [v for v in tag.type.values if v not in {c.value for c in cases}]
    if isinstance(tag.type, Choice) and not uncovered and "other" in p.raw:
        what = "every value of the tag has a case: the other variant would hold none; leave `other` out"
        st.error(doc.at((*path, "other")), what)
    elif "other" not in p.raw and (uncovered or isinstance(tag.type, OpenChoice)):
        shown = ", ".join(repr(v) for v in uncovered)
        values = f"the values {shown} have" if uncovered else "an open tag has values that have"
        st.error(doc.at(path), f"{values} no case: name an `other` variant for them")
    if len(st.problems) != problems:
        return None
    union = TaggedUnion(
        name=p.raw["union"],
        base=owner.name,
        tag=tag.wire_name,
        carrier=carrier.wire_name,
        cases=tuple(cases),
        other=p.raw.get("other"),
        page=owner.page,
        description=p.raw.get("description"),
        location=doc.stable(doc.key_at(path)),
    )
    _add_variants(st, union, owner, tag)
    return union


def _case(st: State, raw: dict[str, Any], tag: Field, value_at: Location, class_at: Location) -> UnionCase | None:
    assert isinstance(tag.type, Choice | OpenChoice)
    target = classnames.lookup(st, raw["class"], class_at)
    # An open tag's documents list the values they knew; a case's own source may document another.
    if raw["value"] not in tag.type.values and not isinstance(tag.type, OpenChoice):
        st.error(value_at, f"{raw['value']!r} is not a value of {tag.wire_name!r}")
        return None
    if target == UNKNOWN:
        return None
    return UnionCase(raw["value"], raw["name"], classnames.follow(st, target), raw["source"])


def _add_variants(st: State, union: TaggedUnion, owner: Model, tag: Field) -> None:
    assert isinstance(tag.type, Choice | OpenChoice)
    modelled = tuple(c.value for c in union.cases)
    for case in union.cases:
        fixed = Choice((case.value,), tag.type.nullable)
        carried = ModelRef(case.carried, case.carried, False)
        variant = _variant(owner, union, case.variant, fixed, carried, _case_examples(st, owner, union, case))
        _place(st, owner, variant)
        carried_model = st.models[case.carried]
        if carried_model.carried_by is None:
            st.models[case.carried] = replace(carried_model, carried_by=(union.name, union.tag, union.carrier))
    rest = tuple(v for v in tag.type.values if v not in modelled)
    nullable = tag.type.nullable
    other_tag = OpenChoice(rest, modelled, nullable) if isinstance(tag.type, OpenChoice) else Choice(rest, nullable)
    examples = tuple(e for e in owner.examples if _tag_of(e, union) not in modelled)
    if union.other is not None:
        _place(st, owner, _variant(owner, union, union.other, other_tag, None, examples))


def _variant(
    owner: Model,
    union: TaggedUnion,
    name: str,
    tag: Choice | OpenChoice,
    carried: ModelRef | None,
    examples: tuple[Example, ...],
) -> Model:
    def narrowed(f: Field) -> Field:
        if f.wire_name == union.tag:  # the base's example and default may be another value
            return replace(f, type=tag, has_example=False, example=None, has_default=False, default=None)
        if f.wire_name == union.carrier and carried is not None:
            return replace(f, type=carried)
        return f

    return replace(
        owner,
        name=name,
        title=None,
        anchor=None,
        fields=tuple(narrowed(f) for f in owner.fields),
        examples=examples,
        variant_of=owner.name,
    )


def _place(st: State, owner: Model, variant: Model) -> None:
    """The variant right after its base (and any variant before it), in the page's order."""
    st.models[variant.name] = variant
    index = st.order.index(owner.name) + 1
    while index < len(st.order) and st.models.get(st.order[index], owner).variant_of == owner.name:
        index += 1
    st.order.insert(index, variant.name)


def _tag_of(example: Example, union: TaggedUnion) -> Any:
    return example.value.get(union.tag) if isinstance(example.value, dict) else None


def _case_examples(st: State, owner: Model, union: TaggedUnion, case: UnionCase) -> tuple[Example, ...]:
    """The base's examples of this tag value; else one built from the base's first example with the
    tag set and the carried class's first example (each part an example of the documents)."""
    own = tuple(e for e in owner.examples if _tag_of(e, union) == case.value)
    carried = st.models[case.carried].examples
    if own or not owner.examples or not carried or not isinstance(owner.examples[0].value, dict):
        return own
    base = owner.examples[0]
    value = {**base.value, union.tag: case.value, union.carrier: carried[0].value}
    note = (
        f"Built: the example of {owner.name} ({base.source}) with {union.tag} {case.value!r} and the "
        f"example of {case.carried} ({carried[0].source}) as {union.carrier}."
    )
    return (Example(carried[0].source, note, value),)

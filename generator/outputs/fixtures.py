"""Test fixtures in ``generated/fixtures/``: valid and invalid payloads with a manifest.

Every case is derived by a rule from the resolved model, so fixtures follow the spec when it
changes: minimal and full payloads of every documented object, and for each page's main object
nulls, empty containers, unknown keys, union variants, observed shapes, the spec's example
payloads, and one invalid payload per kind of error with the paths its errors must have.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.model import signing
from generator.model.formats import FORMATS
from generator.model.ir import (
    AnyValue,
    ArrayOf,
    Choice,
    FreeObject,
    Integer,
    KeySubsetUnion,
    MapOf,
    Model,
    ModelRef,
    OpenChoice,
    Signature,
    SpecModel,
    TagValueUnion,
    Text,
    TypeNode,
    tag_values,
)
from generator.outputs.job import Job
from generator.outputs.samples import Leaf, Path, PayloadBuilder


@dataclass(frozen=True)
class Case:
    """One fixture file."""

    file: str
    model: str
    valid: bool
    payload: Any
    errors: tuple[Path, ...]
    note: str


def jobs(spec: SpecModel) -> list[Job]:
    """A JSON file per case and the manifest; with a webhook signature, its cases."""
    cases = sorted(all_cases(spec), key=lambda c: c.file)
    out = [Job(f"fixtures/{c.file}", "fixtures/payload.json.j2", {"payload": c.payload}, "json") for c in cases]
    if spec.signature is not None:
        signed = {"payload": signature_cases(spec, spec.signature)}
        out.append(Job(SIGNATURES, "fixtures/payload.json.j2", signed, "json"))
    entries = [
        {"file": c.file, "model": c.model, "valid": c.valid, "errors": [list(p) for p in c.errors], "note": c.note}
        for c in cases
    ]
    out.append(Job("fixtures/manifest.json", "fixtures/manifest.json.j2", {"entries": entries}, "json"))
    return out


SIGNATURES = "fixtures/signatures.json"
FIXTURE_SECRET = "fixture-webhook-secret"


def signature_cases(spec: SpecModel, signature: Signature) -> list[dict[str, Any]]:
    """Requests a webhook handler must accept or refuse: the documents' vectors, one re-indented,
    and an example payload signed with a fixture secret, then broken one way at a time."""

    def case(name: str, body: str, secret: str, sig: str | None, valid: bool, note: str) -> dict[str, Any]:
        return {"name": name, "body": body, "secret": secret, "signature": sig, "valid": valid, "note": note}

    cases = [
        case(f"vector-{i + 1}", v.body, v.secret, v.signature, True, v.note or f"test vector of {signature.source}")
        for i, v in enumerate(signature.vectors)
    ]
    example = next((e.value for m in _signed_classes(spec) for e in m.examples if isinstance(e.value, dict)), None)
    if example is None:
        return cases
    body = json.dumps(example, indent=2, ensure_ascii=False)
    good = signing.signature_of(body.encode(), FIXTURE_SECRET.encode())
    compact = json.dumps(example, ensure_ascii=False, separators=(",", ":"))
    at = body.find('": "') + 4  # the first character of the first string value
    changed = body[:at] + ("X" if body[at] != "X" else "Y") + body[at + 1 :] if at >= 4 else body + "x"
    return [
        *cases,
        case("example", body, FIXTURE_SECRET, good, True, "an example payload, indented, signed"),
        case("example-compact", compact, FIXTURE_SECRET, good, True, "the same payload compact: the same signature"),
        case("extra-whitespace", body.replace("{", "{ ", 1), FIXTURE_SECRET, good, True,
             "whitespace outside strings is not signed"),
        case("changed-value", changed, FIXTURE_SECRET, good, False, "one byte of the body changed"),
        case("wrong-secret", body, FIXTURE_SECRET + "x", good, False, "checked with another secret"),
        case("missing-header", body, FIXTURE_SECRET, None, False, "no signature header"),
        case("uppercase-hex", body, FIXTURE_SECRET, good.upper(), False, "the signature in uppercase hex"),
        case("truncated", body, FIXTURE_SECRET, good[:-1], False, "the signature one digit short"),
    ]  # fmt: skip


def _signed_classes(spec: SpecModel) -> list[Model]:
    """The classes whose payloads are signed requests: the tagged unions' variants, else none."""
    return [spec.model(v) for u in spec.unions for v in u.variants]


def main_objects(spec: SpecModel) -> list[Model]:
    """The first object of each page: the one the page is about."""
    return [spec.model(page.models[0]) for page in spec.pages if page.models]


def all_cases(spec: SpecModel) -> list[Case]:
    builder = PayloadBuilder(spec)
    cases: list[Case] = []
    for model in spec.models:
        if model.owner is None and model.kind == "object":
            cases.append(_valid(model, "minimal", builder.minimal(model.name), "one field"))
            cases.append(_valid(model, "full", builder.full(model.name), "every field; documented formulas hold"))
        for example in model.examples:
            cases.append(_valid(model, f"example-{example.source}", example.value, "the spec's example, verbatim"))
    for model in main_objects(spec):
        cases += _shapes(builder, model)
        cases += _invalid(builder, model)
    return cases


def _valid(model: Model, case: str, payload: Any, note: str) -> Case:
    return Case(f"valid/{model.name}.{case}.json", model.name, True, payload, (), note)


def _shapes(builder: PayloadBuilder, model: Model) -> list[Case]:
    """The valid shapes of a main object beyond minimal and full."""
    full = builder.full(model.name)
    leaves = builder.leaves(full, ModelRef(model.name, model.name))
    cases = [
        _valid(model, "nulls", builder.full(model.name, nulls=True), "null wherever the spec allows it"),
        _valid(model, "empty-containers", builder.full(model.name, empty=True), "every map and array empty"),
    ]
    objects = [leaf for leaf in leaves if isinstance(leaf.type, ModelRef | KeySubsetUnion | TagValueUnion)]
    # The root, a child object and the deepest object.
    deep = [objects[0], *[o for o in objects if len(o.path) == 1][:1], *sorted(objects, key=lambda o: -len(o.path))[:1]]
    unknown = copy.deepcopy(full)
    for i, leaf in enumerate(deep):
        _get(unknown, leaf.path)[f"unknown_key_{i}"] = {"kept": [i, None, "x"]}
    depths = sorted({len(o.path) for o in deep})
    cases.append(_valid(model, "unknown-keys", unknown, f"unknown keys at depths {depths}"))
    for leaf in leaves:
        t = leaf.type
        name = "-".join(str(p) for p in leaf.path)

        def variant(case: str, value: Any, note: str, path: Path = leaf.path, at: str = name) -> None:
            cases.append(_valid(model, f"{at}-{case}", _set(full, path, value), f"{at}: {note}"))

        if isinstance(t, KeySubsetUnion):
            narrow = builder.full(t.narrow)
            variant(t.narrow, narrow, f"the {t.narrow} branch")
            wide_fields = builder.model(t.wide).fields
            held = [f for f in wide_fields if isinstance(f.type, ModelRef | KeySubsetUnion)]
            nulls = {f.wire_name: None for f in held if f.type.nullable}
            variant("sparse", {**narrow, **nulls}, f"{t.wide} with only ids and nulls, as embedded in real payloads")
        if isinstance(t, TagValueUnion):
            for option, value in list(zip(t.options, tag_values(t, builder.model), strict=True))[1:]:
                variant(value, builder.full(option.target), f"the {option.target} branch, by its {t.tag} {value!r}")
        if isinstance(t, Choice) and leaf.field and leaf.field.documented.enum is not None:
            for extra in [v for v in t.values if v not in leaf.field.documented.enum]:
                variant(str(extra), extra, f"{extra!r}, an observed value")
        if isinstance(t, OpenChoice):
            variant("unrecognized", "NOT-DOCUMENTED", "a value the documents do not list, kept as unrecognized")
        seen = [f.value for f in leaf.field.observed if f.attribute == "examples"] if leaf.field else []
        if seen and isinstance(t, ModelRef):
            variant("observed", seen[0][0], "as seen in real payloads")
    return cases


def _plain_string(leaf: Leaf) -> bool:
    return isinstance(leaf.type, Text) and leaf.type.format is None and len(leaf.path) >= 3


def _is(kind: type[TypeNode]) -> Callable[[Leaf], bool]:
    return lambda leaf: isinstance(leaf.type, kind)


def _formatted(name: str) -> Callable[[Leaf], bool]:
    return lambda leaf: isinstance(leaf.type, Text) and leaf.type.format == name


# kind of error: (which value to break, what to put there, what the case shows)
_BAD: dict[str, tuple[Callable[[Leaf], bool], Any, str]] = {
    "wrong-type-at-depth": (_plain_string, 12345, "a number where a string belongs, three levels down"),
    "bool-as-integer": (_is(Integer), True, "true where an integer belongs"),
    "float-as-integer": (_is(Integer), 1.5, "1.5 where an integer belongs"),
    "bad-enum": (_is(Choice), "NOT-DOCUMENTED", "a value outside the enum"),
    # Each format's own refused values (generator/formats.py).
    **{bad.case: (_formatted(f.name), bad.value, bad.note) for f in FORMATS.values() for bad in f.bad},
    "array-as-object": (_is(ArrayOf), {"0": "x"}, "an object for an array"),
    "object-as-array": (
        lambda leaf: isinstance(leaf.type, ModelRef) and bool(leaf.path),
        [],
        "an array where an object belongs",
    ),
    # An entry or item is bad only where its type refuses something: no case for free items.
    "bad-map-entry": (lambda leaf: leaf.parent_kind == "map" and _refusing(leaf), None, "a bad map value"),
    "bad-array-item": (lambda leaf: leaf.parent_kind == "array" and _refusing(leaf), None, "a bad array item"),
    "null-not-allowed": (
        lambda leaf: bool(leaf.path) and not leaf.type.nullable and not isinstance(leaf.type, AnyValue),
        None,
        "null where the spec does not allow it",
    ),
}


def _refusing(leaf: Leaf) -> bool:
    return not isinstance(leaf.type, AnyValue)


def _wrong(kind: str, leaf: Leaf) -> Any:
    """The value put in place of ``leaf`` for this kind of error."""
    if kind in ("bad-array-item", "bad-map-entry"):
        takes_objects = isinstance(leaf.type, ModelRef | FreeObject | MapOf | KeySubsetUnion | TagValueUnion)
        return "not an object" if takes_objects else {"x": 1}
    return _BAD[kind][1]


def _invalid(builder: PayloadBuilder, model: Model) -> list[Case]:
    """One payload per kind of error, and one with two errors, with the paths they must produce."""
    full = builder.full(model.name)
    leaves = builder.leaves(full, ModelRef(model.name, model.name))
    root = Case(f"invalid/{model.name}.non-object-root.json", model.name, False, [full], ((),), "an array at the root")
    cases = [root]
    chosen: dict[str, Leaf] = {}
    for kind, (matches, _, _) in _BAD.items():
        leaf = next((leaf for leaf in leaves if matches(leaf)), None)
        if leaf is not None:
            chosen[kind] = leaf
    for kind, leaf in chosen.items():
        note = _BAD[kind][2]
        payload = _set(full, leaf.path, _wrong(kind, leaf))
        cases.append(Case(f"invalid/{model.name}.{kind}.json", model.name, False, payload, (leaf.path,), note))
    required = [leaf for leaf in leaves if leaf.field is not None and leaf.field.required]
    # Each required key of the object itself, and the first one nested deeper.
    for leaf in [*(r for r in required if len(r.path) == 1), *[r for r in required if len(r.path) > 1][:1]]:
        case = f"missing-{'-'.join(str(p) for p in leaf.path)}"
        note = f"the required key {'.'.join(str(p) for p in leaf.path)} left out"
        cases.append(
            Case(f"invalid/{model.name}.{case}.json", model.name, False, _without(full, leaf.path), (leaf.path,), note)
        )
    # A tag-value union's payload whose tag no branch fixes: refused at the tag.
    tagged = next((leaf for leaf in leaves if isinstance(leaf.type, TagValueUnion) and leaf.type.other is None), None)
    if isinstance(tagged, Leaf) and isinstance(tagged.type, TagValueUnion):
        at = (*tagged.path, tagged.type.tag)
        note = f"{'.'.join(str(p) for p in at)}: a value no branch of the union fixes"
        payload = _set(full, at, "NOT-DOCUMENTED")
        cases.append(Case(f"invalid/{model.name}.unknown-tag.json", model.name, False, payload, (at,), note))
    pair = [chosen[k] for k in ("bool-as-integer", "bad-enum") if k in chosen]
    if len(pair) == 2:
        payload = _set(_set(full, pair[0].path, True), pair[1].path, "NOT-DOCUMENTED")
        paths = tuple(sorted((pair[0].path, pair[1].path), key=lambda p: [str(x) for x in p]))
        note = "two bad values, both reported"
        cases.append(Case(f"invalid/{model.name}.two-errors.json", model.name, False, payload, paths, note))
    return cases


def _without(payload: Any, path: Path) -> Any:
    """A copy of ``payload`` without the key at ``path`` (copying only along the path)."""
    out = copy.copy(payload)
    if len(path) == 1:
        del out[path[0]]
    else:
        out[path[0]] = _without(payload[path[0]], path[1:])
    return out


def _get(payload: Any, path: Path) -> Any:
    for key in path:
        payload = payload[key]
    return payload


def _set(payload: Any, path: Path, value: Any) -> Any:
    """A copy of ``payload`` with the value at ``path`` replaced. Only the objects and arrays on the
    path are copied; the rest is shared with ``payload`` (cases are only ever written out, and
    deep copies of the full payload per case were a twentieth of a large build)."""
    if not path:
        return copy.deepcopy(value)
    out = copy.copy(payload)
    out[path[0]] = _set(payload[path[0]], path[1:], value)
    return out

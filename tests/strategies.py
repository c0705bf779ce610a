"""Hypothesis strategies built from the resolved model: valid payloads of any class, and the places
in a payload where a single value can be corrupted."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from typing import Any, assert_never

from hypothesis import strategies as st

from generator.model.check import union_branch
from generator.model.formats import EMAIL_MAX_LENGTH, EMAIL_PATTERN
from generator.model.ir import (
    AnyValue,
    ArrayOf,
    Boolean,
    Choice,
    FreeObject,
    Integer,
    KeySubsetUnion,
    MapOf,
    ModelRef,
    Number,
    OpenChoice,
    SpecModel,
    Text,
    TypeNode,
)

JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
JSON = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
KEYS = st.text(min_size=1, max_size=10)


def vendor_datetime(moment: datetime) -> str:
    """The vendor's date-time format: UTC, milliseconds, Z."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _text(t: Text) -> st.SearchStrategy[Any]:
    match t.format:
        case None:
            return st.text(max_size=12)
        case "date-time":
            return st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1)).map(
                lambda d: vendor_datetime(d.replace(tzinfo=UTC))
            )
        case "date":
            return st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)).map(date.isoformat)
        case "email":
            return st.from_regex(EMAIL_PATTERN, fullmatch=True).filter(lambda e: len(e) <= EMAIL_MAX_LENGTH)
        case _:
            assert_never(t.format)


def values_of(spec: SpecModel, t: TypeNode) -> st.SearchStrategy[Any]:
    """Valid JSON values of type ``t`` (absent keys, nulls where nullable, unknown keys kept aside)."""
    base: st.SearchStrategy[Any]
    match t:
        case Text():
            base = _text(t)
        case Choice(values=values):
            base = st.sampled_from(values)
        case OpenChoice(values=values, excluded=excluded):
            others = st.text(max_size=12).filter(lambda s: s not in excluded)
            base = st.sampled_from(values) | others if values else others
        case Integer():
            base = st.integers(-(2**63), 2**63)
        case Number():
            base = st.integers(-(10**9), 10**9) | st.floats(allow_nan=False, allow_infinity=False)
        case Boolean():
            base = st.booleans()
        case FreeObject():
            base = st.dictionaries(KEYS, JSON, max_size=3)
        case AnyValue():
            base = JSON
        case ModelRef(target=target):
            base = model_payloads(spec, target)
        case MapOf(item=item):
            base = st.dictionaries(KEYS, values_of(spec, item), max_size=2)
        case ArrayOf(item=item):
            base = st.lists(values_of(spec, item), max_size=2)
        case KeySubsetUnion(options=options):
            base = st.one_of([values_of(spec, o) for o in options])
        case _:
            assert_never(t)
    return st.none() | base if t.nullable else base


def model_payloads(spec: SpecModel, name: str) -> st.SearchStrategy[dict[str, Any]]:
    """Payloads of class ``name``: the required fields, and any of the others."""
    model = spec.model(name)
    each = {f.wire_name: st.deferred(lambda f=f: values_of(spec, f.type)) for f in model.fields}
    required = {f.wire_name for f in model.fields if f.required}
    return st.fixed_dictionaries(
        {k: v for k, v in each.items() if k in required}, optional={k: v for k, v in each.items() if k not in required}
    )


def class_payloads(spec: SpecModel, classes: list[str]) -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    """(class, payload) for any of ``classes``."""
    return st.sampled_from(classes).flatmap(lambda n: st.tuples(st.just(n), model_payloads(spec, n)))


def leaf_paths(
    spec: SpecModel, value: Any, t: TypeNode, path: tuple[Any, ...] = ()
) -> list[tuple[tuple[Any, ...], TypeNode]]:
    """Every present, non-null value with a checked type below ``value``, with that type."""
    if value is None:
        return []
    found = [] if isinstance(t, AnyValue) else [(path, t)]
    if isinstance(t, ModelRef) and isinstance(value, dict):
        fields = {f.wire_name: f for f in spec.model(t.target).fields}
        for key, item in value.items():
            found += leaf_paths(spec, item, fields[key].type, (*path, key))
    elif isinstance(t, MapOf) and isinstance(value, dict):
        for key, item in value.items():
            found += leaf_paths(spec, item, t.item, (*path, key))
    elif isinstance(t, ArrayOf) and isinstance(value, list):
        for i, item in enumerate(value):
            found += leaf_paths(spec, item, t.item, (*path, i))
    elif isinstance(t, KeySubsetUnion) and isinstance(value, dict):
        models = {m.name: m for m in spec.models}
        return [(path, t), *leaf_paths(spec, value, union_branch(value, t, models), path)[1:]]
    return found


def wrong_value(t: TypeNode) -> Any:
    """A value that type ``t`` rejects, whatever its nullability."""
    match t:
        case Choice():
            return "NOT-A-DOCUMENTED-VALUE"
        case OpenChoice(excluded=excluded):
            return excluded[0] if excluded else 12
        case Text(format=None):
            return 12
        case Text():
            return "not a date"  # no format takes it
        case Integer():
            return 1.5
        case Number():
            return "1"
        case Boolean():
            return 1
        case ArrayOf():
            return {}
        case FreeObject() | AnyValue() | ModelRef() | MapOf() | KeySubsetUnion():
            return "text"
        case _:
            assert_never(t)


def set_at(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    """``value`` with the value at ``path`` replaced (copying only along the path)."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, list):
        return [set_at(v, rest, new) if i == head else v for i, v in enumerate(value)]
    return {k: set_at(v, rest, new) if k == head else v for k, v in value.items()}


def corruptions(spec: SpecModel, classes: list[str]) -> st.SearchStrategy[tuple[str, tuple[Any, ...], Any]]:
    """(class, path, payload) where the payload is valid but for one wrong value, at ``path``."""

    @st.composite
    def draw(data: st.DrawFn) -> tuple[str, tuple[Any, ...], Any]:
        name = data(st.sampled_from(classes))
        t = ModelRef(name, name)
        payload = data(model_payloads(spec, name).filter(lambda p: len(leaf_paths(spec, p, t)) > 1))
        path, leaf_type = data(st.sampled_from(leaf_paths(spec, payload, t)[1:]))
        return name, path, set_at(payload, path, wrong_value(leaf_type))

    return draw()


def email_corpus(count: int = 3000, seed: int = 7) -> list[str]:
    """Addresses at each limit of the email rule and on either side of it, then random edits of
    them: a corpus on which every output must judge alike."""
    edges = [
        "jane.doe@example.com",
        "a@b.co",
        "x" * 64 + "@example.com",
        "x" * 65 + "@example.com",
        "a@" + "b" * 63 + ".com",
        "a@" + "b" * 64 + ".com",
        "a@" + ".".join(["b" * 63] * 3) + "." + "c" * 61,  # 254 characters
        "a@" + ".".join(["b" * 63] * 3) + "." + "c" * 62,  # 255
        "a@-b.com",
        "a@b-.com",
        "a@b--c.com",
        "a@b..com",
        "a@.b.com",
        "a@b.com.",
        "a@b",
        "@b.com",
        "a@",
        "a@@b.com",
        "a@b@c.com",
        "a b@c.com",
        "a@b c.com",
        "ü@b.com",
        "a@b.çom",
        "a\x00@b.com",
        "a@b.com\x00",
        ".a@b.com",
        "a..b@c.com",
        "!#$%&'*+/=?^_`{|}~.-@b.c0",
        "a(b)@c.com",
        "",
    ]
    rng = random.Random(seed)
    alphabet = "aZ09.-@_+!~`{|} \t\n\x00ü\u202e"
    out = list(edges)
    while len(out) < count:
        text = list(rng.choice(edges))
        for _ in range(rng.randint(1, 3)):
            at = rng.randint(0, len(text))
            match rng.randint(0, 2):
                case 0:
                    text.insert(at, rng.choice(alphabet))
                case 1 if text:
                    del text[min(at, len(text) - 1)]
                case _ if text:
                    text[min(at, len(text) - 1)] = rng.choice(alphabet)
        out.append("".join(text))
    return out

"""Differential fuzzing: the C accelerator against the pure Python code on payloads poisoned with
adversarial Python objects (str, int, float, dict and list subclasses, Mappings, keys with hostile
``__hash__``/``__eq__``, non-finite and huge numbers, rare date-time spellings, deep nesting), on
values set by hand, and from several threads at once. Outcomes, results and messages must be the
same; nothing may crash. ``DIFFERENTIAL_EXAMPLES`` sets how many examples each property draws
(300 by default); tests/test_sanitizers.py runs this module again under AddressSanitizer."""

from __future__ import annotations

import collections
import contextlib
import json
import math
import os
import re
import threading
import types
from typing import Any

import pytest
import voucherify_models as vm
from conftest import GENERATED, examples, project_model
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from strategies import class_payloads
from test_speedups import needs_accelerator, outcome, pure
from voucherify_models import _signature as vm_signature

pytestmark = needs_accelerator

SPEC = project_model()
CLASSES = [m.name for m in SPEC.models if m.kind == "object"]
EXAMPLES = int(os.environ.get("DIFFERENTIAL_EXAMPLES", examples(300)))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


class Str(str):
    pass


class CollidingKey(str):
    """A key hashing like a field name, comparing unequal (its __eq__ runs in every lookup)."""

    def __hash__(self) -> int:
        return hash("id")

    def __eq__(self, other: object) -> bool:
        return False

    __ne__ = str.__ne__


class RaisingKey(str):
    def __hash__(self) -> int:
        return hash("id")

    def __eq__(self, other: object) -> bool:
        raise ValueError("compared")


class Int(int):
    pass


class Float(float):
    pass


class Dict(dict):  # type: ignore[type-arg]
    pass


class List(list):  # type: ignore[type-arg]
    pass


def deep(levels: int) -> Any:
    value: Any = []
    for _ in range(levels):
        value = [value]
    return value


POISONS: list[Any] = [
    Str("s"),
    Int(3),
    Float(1.5),
    Dict(a=1),
    List([1]),
    collections.OrderedDict(a=1),
    types.MappingProxyType({"a": 1}),
    (1, 2),
    {1, 2},
    b"bytes",
    math.nan,
    math.inf,
    -0.0,
    1e308,
    5e-324,
    10**30,
    True,
    None,
    "2024-02-01T10:42:59+02:00",
    "2024-02-01T10:42:59.594321Z",
    "9999-12-31T23:59:59.999-01:00",
    "\ud800\u202e",
    10**4300,
    -(10**5000),
    2**64,
    deep(300),
    {CollidingKey("zz"): 1},
    {Str("k"): 1},
    {1: "int key"},
    object(),
]


@st.composite
def poisoned(draw: st.DrawFn) -> tuple[str, Any]:
    """A valid payload of some class with one value, or one key, replaced by a poison."""
    name, payload = draw(class_payloads(SPEC, CLASSES))
    places: list[tuple[Any, Any]] = []  # (container, key)

    def collect(value: Any) -> None:
        if isinstance(value, dict):
            places.extend((value, k) for k in list(value))
            places.append((value, "unknown-key"))
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            places.extend((value, i) for i in range(len(value)))
            for item in value:
                collect(item)

    collect(payload)
    container, key = draw(st.sampled_from(places))
    poison = draw(st.sampled_from(POISONS))
    if draw(st.booleans()) and isinstance(container, dict) and key in container:
        value = container.pop(key)
        try:  # a RaisingKey compares itself with a colliding "id" already there
            container[draw(st.sampled_from([CollidingKey(key), Str(key), RaisingKey(key)]))] = value
        except ValueError:
            reject()
    else:
        container[key] = poison
    return name, payload


def compare(obj: Any) -> None:
    """to_dict() and to_json() of ``obj`` give the same outcome with the accelerator and without."""
    for call in (obj.to_dict, obj.to_json):
        fast = outcome(call)
        with pure():
            assert outcome(call) == fast


@FUZZ
@given(poisoned())
def test_poisoned_payloads_have_one_outcome(case: tuple[str, Any]) -> None:
    name, payload = case
    cls = getattr(vm, name)
    fast = outcome(lambda: cls.from_dict(payload))
    with pure():
        slow = outcome(lambda: cls.from_dict(payload))
    assert fast == slow
    assert fast[0] in ("value", "ValidationError"), fast
    if fast[0] == "value":
        compare(cls.from_dict(payload))
        written = cls.from_dict(payload).to_json()  # every value accepted writes back, as UTF-8
        assert outcome(lambda: cls.from_json(written.encode("utf-8")).to_json()) == ("value", repr(written))


@FUZZ
@given(class_payloads(SPEC, CLASSES), st.data())
def test_values_set_by_hand_write_alike(case: tuple[str, Any], data: st.DataObject) -> None:
    name, payload = case
    obj = getattr(vm, name).from_dict(payload)
    fields = [f.py_name for f in SPEC.model(name).fields]
    for _ in range(data.draw(st.integers(1, 3))):
        setattr(obj, data.draw(st.sampled_from(fields)), data.draw(st.sampled_from(POISONS)))
    compare(obj)


def test_threads_parse_and_write_as_one_thread_does() -> None:
    fixtures = sorted((GENERATED / "fixtures/valid").glob("*.json"))
    cases = [(getattr(vm, p.name.split(".")[0]), p.read_text()) for p in fixtures]
    expected = [outcome(lambda cls=cls, text=text: cls.from_json(text).to_dict()) for cls, text in cases]  # type: ignore[misc]
    problems: list[str] = []

    def work() -> None:
        for _ in range(20):
            for (cls, text), want in zip(cases, expected, strict=True):
                got = outcome(lambda cls=cls, text=text: cls.from_json(text).to_dict())  # type: ignore[misc]
                if got != want:
                    problems.append(f"{cls.__name__}: {got} != {want}")

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == []


@pytest.mark.slow  # a thread racing the parser for seconds
def test_a_payload_mutated_by_another_thread_gives_a_value_or_a_validation_error() -> None:
    payload: dict[str, Any] = {
        "id": "c",
        "loyalty": {"campaigns": {f"c{i}": {"points": i} for i in range(50)}},
        "referrals": {"campaigns": [{"date": "2024-02-01T10:42:59+02:00"} for _ in range(20)]},
    }
    stop = threading.Event()

    def mutate() -> None:
        n = 0
        while not stop.is_set():
            campaigns = payload["loyalty"]["campaigns"]
            campaigns[f"extra{n % 7}"] = {"points": n}
            campaigns.pop(f"extra{(n + 3) % 7}", None)
            payload[f"k{n % 5}"] = n
            payload.pop(f"k{(n + 2) % 5}", None)
            n += 1

    mutator = threading.Thread(target=mutate)
    mutator.start()
    kinds: collections.Counter[str] = collections.Counter()
    try:
        for i in range(3000):
            with pure() if i % 2 else contextlib.nullcontext():
                kinds[outcome(lambda: vm.CustomerWithSummaryLoyaltyReferrals.from_dict(payload))[0]] += 1
    finally:
        stop.set()
        mutator.join()
    assert set(kinds) <= {"value", "ValidationError"}, kinds


# -- JSON text, as JSONTestSuite's cases: valid, invalid and implementation-defined ----------------

ESCAPES = st.sampled_from(["\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000", "\\u202e", '\\"', "\\\\", "\\/"])
NUMBERS = st.sampled_from(
    ["0", "-0", "1e400", "-1e-400", "1.5E+3", "1" * 30, "9" * 4301, "01", "1.", ".5", "NaN", "Infinity"]
)
SPACE = st.sampled_from(["", " ", "\n", "\t", "\r\n", "\u00a0", "\f"])


@st.composite
def json_texts(draw: st.DrawFn) -> str:
    """A JSON-like text: an object of the fields of a class with odd strings, numbers and
    spacing, sometimes broken (a truncated end, a trailing comma, a bare key)."""
    fields = draw(
        st.lists(st.sampled_from(["id", "name", "email", "metadata", "address", "x\u00e9", "\\ud800"]), max_size=5)
    )
    items = []
    for key in fields:
        value = draw(
            st.one_of(
                st.builds(lambda e: f'"a{e}b"', ESCAPES),
                NUMBERS,
                st.builds(lambda n: f'{{"k": {n}}}', NUMBERS),
                st.builds(lambda e: f'{{"{e}": [1, "{e}"]}}', ESCAPES),
                st.sampled_from(["null", "true", "[]", "{}", '"2024-02-01T10:42:59Z"']),
            )
        )
        items.append(f'{draw(SPACE)}"{key}"{draw(SPACE)}:{draw(SPACE)}{value}')
    text = "{" + ",".join(items) + draw(SPACE) + "}"
    broken = draw(st.sampled_from(["", "cut", "comma", "bare"]))
    if broken == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    elif broken == "comma":
        text = text[:-1] + ",}"
    elif broken == "bare":
        text = text.replace('"', "", 2)
    return text


@FUZZ
@given(json_texts(), st.sampled_from(["str", "bytes", "bytearray", "strided"]))
def test_json_text_has_one_outcome_and_what_is_read_writes_back(text: str, kind: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    given_text: Any = {
        "str": text,
        "bytes": data,
        "bytearray": bytearray(data),
        "strided": memoryview(bytes(b for pair in zip(data, b"?" * len(data), strict=True) for b in pair))[::2],
    }[kind]
    cls = vm.CustomerWithSummaryLoyaltyReferrals
    fast = outcome(lambda: cls.from_json(given_text).to_json().encode("utf-8"))
    with pure():
        slow = outcome(lambda: cls.from_json(given_text).to_json().encode("utf-8"))
    assert fast == slow
    assert fast[0] in ("value", "ValidationError"), fast


# -- what webhooks are signed over ------------------------------------------------------------------


def reference_signed_form(body: bytes) -> bytes:
    """The signed form as the vendor's documents define it: JSON strings kept, the JSON whitespace
    between tokens dropped, any other byte kept (a pattern, quadratic on some texts that are no
    JSON, so only small texts here)."""
    if body.lstrip(b" \t\n\r")[:1] not in (b"{", b"["):
        return body
    return re.sub(rb'("(?:[^"\\]|\\.)*")|[ \t\n\r]+', lambda m: m.group(1) or b"", body, flags=re.DOTALL)


PIECES = [b"{", b"}", b"[", b"]", b'"', b"\\", b" ", b"\n", b"\t", b"\r", b":", b",", b"a", b"1", b"\xc3\xa9"]
PIECES += [b"abcdefghijklmnopq", b"\x00", b"\xff" * 9, b"!#", b'x"y z\\"w']  # runs the C reads 8 bytes at a time
JSONISH = st.lists(st.sampled_from(PIECES), max_size=80).map(b"".join)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
)
DUMPED = st.builds(
    lambda v, indent, separators: json.dumps({"v": v}, indent=indent, separators=separators).encode(),
    VALUES,
    st.sampled_from([None, 0, 2, "\t"]),
    st.sampled_from([None, (",", ":"), (" , ", " : ")]),
)


@FUZZ
@given(st.one_of(JSONISH.map(lambda b: b"{" + b), DUMPED))
def test_the_signed_form_is_the_documents_in_both_paths(body: bytes) -> None:
    expected = reference_signed_form(body)
    assert vm_signature.signed_form(body) == expected
    with pure():
        assert vm_signature.signed_form(body) == expected


@pytest.mark.parametrize("at", [0, 1, 15, 16, 62, 63, 64, 65, 126, 127, 128, 129])
@pytest.mark.parametrize("piece", [b'"', b"\\", b'\\"', b" ", b'"a \\" b"', b"\n  ", b'" \\\\"'])
def test_the_signed_form_is_the_documents_wherever_a_piece_falls_in_the_blocks_the_c_reads(
    at: int, piece: bytes
) -> None:
    """The C reads 64 bytes at a time, in 16-byte lanes: a quote, an escape, a space or a string
    that never closes, at each edge of a block and of a lane."""
    for body in (
        b"{" + b"x" * at + piece + b' "k" : "v w" , ' * 5 + piece,
        b"{" + b" " * at + piece + b" " * 70,
        b'{"' + b"y" * at + piece + b' "z" ',
    ):
        expected = reference_signed_form(body)
        assert vm_signature.signed_form(body) == expected, body
        with pure():
            assert vm_signature.signed_form(body) == expected, body


def test_the_signed_form_of_a_text_with_quotes_that_close_nowhere_is_made_in_one_pass() -> None:
    """Every quote opens a string that closes nowhere: a pattern would look for the end from each;
    the result is still the reference's."""
    body = b'{"' + b'\\"' * 2000
    expected = reference_signed_form(body)
    assert vm_signature.signed_form(body) == expected
    with pure():
        assert vm_signature.signed_form(body) == expected

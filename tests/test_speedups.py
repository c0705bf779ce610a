"""The C accelerator (voucherify_models._speedups) gives exactly the Python results, or hands back.

Each test compares the accelerated call with the pure-Python one in the same process: ``pure()``
switches the accelerator off. ``REQUIRE_SPEEDUPS=1`` (CI) turns a missing build into a failure.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import textwrap
import types
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import voucherify_models as vm
from conftest import GENERATED, examples, project_model, write_spec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import JSON, class_payloads, corruptions
from test_escaping import HOSTILE
from test_models_quality import ODD
from voucherify_models import _runtime

from generator.outputs.python.accelerator import c_string

SPEC = project_model()
CLASSES = [m.name for m in SPEC.models if m.kind == "object"]
SETTINGS = settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIXTURES = sorted((GENERATED / "fixtures").glob("*/*.json"))
ACCELERATOR = _runtime._speedups
CUSTOMER = vm.CustomerWithSummaryLoyaltyReferrals


def test_the_accelerator_is_built_and_took_the_classes() -> None:
    if not vm.SPEEDUPS and not os.environ.get("REQUIRE_SPEEDUPS"):
        pytest.skip("no C compiler found: the models run in pure Python")
    assert vm.SPEEDUPS and ACCELERATOR is not None
    assert Path(ACCELERATOR.__file__).parent == Path(vm.__file__).parent  # type: ignore[attr-defined]


needs_accelerator = pytest.mark.skipif(ACCELERATOR is None, reason="the C accelerator is not built")


@contextlib.contextmanager
def pure() -> Iterator[None]:
    saved, _runtime._speedups = _runtime._speedups, None
    try:
        yield
    finally:
        _runtime._speedups = saved


def outcome(call: Any) -> tuple[str, Any]:
    """What a call gives, exactly: the repr of its result (so 1 and True, or two time zones, differ),
    or the type and text of what it raised."""
    try:
        return "value", repr(call())
    except Exception as exc:  # noqa: BLE001 - any exception is part of the outcome compared
        return type(exc).__name__, str(exc)


def same_parse(cls: Any, data: Any) -> tuple[str, Any]:
    fast = outcome(lambda: cls.from_dict(data))
    with pure():
        slow = outcome(lambda: cls.from_dict(data))
    assert fast == slow
    return fast


def same_dump(obj: Any) -> None:
    fast = outcome(obj.to_dict)
    with pure():
        slow = outcome(obj.to_dict)
    assert fast == slow


def fixture_case(path: Path) -> tuple[Any, Any]:
    cls = getattr(vm, path.name.split(".")[0])
    return cls, json.loads(path.read_text("utf-8"))


pytestmark = needs_accelerator


@pytest.mark.parametrize("path", [p for p in FIXTURES if p.parent.name == "valid"], ids=lambda p: p.name)
def test_every_valid_fixture_is_parsed_in_c_with_the_python_result(path: Path) -> None:
    cls, data = fixture_case(path)
    assert ACCELERATOR is not None
    obj = cls.from_dict(data)  # the first payload of a union's case imports the case's module
    assert ACCELERATOR.parse(cls, data) is not None  # taken in C, not handed back
    assert same_parse(cls, data)[0] == "value"
    assert ACCELERATOR.dump(obj) is not None
    same_dump(obj)
    assert obj.to_dict() == data


@pytest.mark.parametrize("path", [p for p in FIXTURES if p.parent.name == "invalid"], ids=lambda p: p.name)
def test_every_invalid_fixture_is_handed_back_and_reported_by_python(path: Path) -> None:
    cls, data = fixture_case(path)
    assert ACCELERATOR is not None
    assert ACCELERATOR.parse(cls, data) is None
    assert same_parse(cls, data)[0] == "ValidationError"


def test_the_vendor_payload_from_the_seed_is_parsed_in_c(customer_created_payload: dict[str, Any]) -> None:
    assert ACCELERATOR is not None
    obj = ACCELERATOR.parse(vm.EventCustomerCreatedData, customer_created_payload)
    assert obj is not None and type(obj) is vm.EventCustomerCreatedData
    assert obj.customer.created_at == datetime(2024, 2, 1, 10, 42, 59, 594000, tzinfo=UTC)
    assert obj.customer.birthdate == date(1974, 1, 2)
    assert obj.customer.additional_properties == {}
    same_parse(vm.EventCustomerCreatedData, customer_created_payload)


@SETTINGS
@given(class_payloads(SPEC, CLASSES))
def test_any_valid_payload_gives_the_python_object_and_dict(case: tuple[str, dict[str, Any]]) -> None:
    name, payload = case
    cls = getattr(vm, name)
    assert same_parse(cls, payload)[0] == "value"
    same_dump(cls.from_dict(payload))


@SETTINGS
@given(corruptions(SPEC, CLASSES))
def test_any_corrupted_payload_gives_the_python_errors(case: tuple[str, tuple[Any, ...], Any]) -> None:
    name, _, broken = case
    assert same_parse(getattr(vm, name), broken)[0] == "ValidationError"


@SETTINGS
@given(st.sampled_from(CLASSES), JSON)
def test_any_json_value_gives_the_python_outcome(name: str, value: Any) -> None:
    same_parse(getattr(vm, name), value)


@SETTINGS
@given(st.sampled_from(CLASSES), st.dictionaries(st.sampled_from(["id", "object", "x", "metadata"]), JSON))
def test_unknown_and_known_keys_mixed_give_the_python_outcome(name: str, value: dict[str, Any]) -> None:
    same_parse(getattr(vm, name), value)


ZONES = st.none() | st.just(UTC) | st.builds(lambda m: timezone(timedelta(minutes=m)), st.integers(-1439, 1439))
DATE_TIMES = st.datetimes(timezones=ZONES) | st.just(datetime(1, 1, 1))


@settings(max_examples=examples(500), deadline=None)
@given(DATE_TIMES, st.dates())
def test_date_times_and_dates_are_written_as_python_writes_them(moment: datetime, day: date) -> None:
    same_dump(CUSTOMER(created_at=moment, birthdate=day))  # astimezone past year 1 or 9999 raises alike
    same_dump(CUSTOMER(created_at=moment, birthdate=moment))  # a datetime where a date goes


SPELLINGS = [
    "2024-02-01T10:42:59.594Z",
    "2024-02-01T10:42:59Z",
    "2024-02-01t10:42:59.594+02:00",
    "2024-13-01T10:42:59.594Z",
    "\u0662\u0660\u0662\u0664-02-01T10:42:59.594Z",  # Arabic-Indic digits
    "1974-01-02",
    "1974-02-30",
]


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet="0123456789-T:.Zz+ ", max_size=30) | st.sampled_from(SPELLINGS))
def test_any_date_time_or_date_spelling_gives_the_python_outcome(text: str) -> None:
    same_parse(CUSTOMER, {"created_at": text})
    same_parse(CUSTOMER, {"birthdate": text})


def test_what_the_engine_is_not_sure_of_is_handed_back() -> None:
    assert ACCELERATOR is not None
    cases: list[tuple[Any, Any]] = [
        (vm.CustomerBase, types.MappingProxyType({"name": "Ann"})),  # a Mapping, not a dict
        (vm.CustomerBase, {"address": types.MappingProxyType({"city": "Paris"})}),
        (vm.CustomerBase, {"metadata": {1: "not a string key"}}),
        (vm.CustomerBase, {1: "not a string key"}),
        (vm.CustomerBase, {"name": True}),
        (vm.CustomerSummaryOrders, {"total_count": True}),  # a bool is no integer
        (vm.OrderCalculated, {"status": "NOT-A-STATUS"}),
    ]
    for cls, data in cases:
        assert ACCELERATOR.parse(cls, data) is None, data
        same_parse(cls, data)
    assert same_parse(vm.CustomerBase, types.MappingProxyType({"name": "Ann"}))[0] == "value"


def test_subclasses_and_other_types_are_left_to_python() -> None:
    class Mine(vm.CustomerBase):
        __slots__ = ()

    assert ACCELERATOR is not None
    assert ACCELERATOR.parse(Mine, {"name": "Ann"}) is None
    assert type(Mine.from_dict({"name": "Ann"})) is Mine
    assert ACCELERATOR.parse(vm.Model, {}) is None and ACCELERATOR.parse(int, {}) is None
    assert ACCELERATOR.dump(Mine(name="Ann")) is None
    assert Mine(name="Ann").to_dict() == {"name": "Ann"}


class Custom:
    """A value with its own to_dict(), set where a generated class goes."""

    def to_dict(self) -> dict[str, Any]:
        return {"custom": True}


def test_values_set_by_hand_are_written_as_python_writes_them() -> None:
    customer = vm.CustomerWithSummaryLoyaltyReferrals.from_dict({"name": "Ann", "address": {"city": "Paris"}})
    customer.address = Custom()  # type: ignore[assignment]
    same_dump(customer)
    assert customer.to_dict()["address"] == {"custom": True}
    customer.name = None  # not nullable in the documents; written back as it is
    same_dump(customer)
    order = vm.OrderCalculated.from_dict({"items": [{"quantity": 1}], "metadata": {"a": 1}})
    order.items = ({"quantity": 2},)  # type: ignore[assignment]  # a tuple: to_dict() iterates it
    same_dump(order)
    del order.metadata
    assert outcome(order.to_dict)[0] == "AttributeError"
    same_dump(order)
    customer.additional_properties = {"extra": [1]}
    same_dump(customer)
    assert customer.to_dict()["extra"] == [1]


def test_extra_keys_are_kept_as_they_came() -> None:
    data = {"name": "Ann", "vip": {"since": 2020}, "tags": ["a"]}
    obj = vm.CustomerBase.from_dict(data)
    assert obj.additional_properties == {"vip": {"since": 2020}, "tags": ["a"]}
    assert obj.additional_properties["vip"] is data["vip"]
    assert obj.to_dict() == data


def test_a_build_from_another_spec_is_refused_and_nothing_is_bound() -> None:
    assert ACCELERATOR is not None
    assert ACCELERATOR.start("0" * 32, {}) is False  # type: ignore[attr-defined]


def test_the_environment_switch_turns_the_accelerator_off(tmp_path: Path) -> None:
    code = "import voucherify_models as vm; print(vm.SPEEDUPS)"
    path = str(Path(vm.__file__).parent.parent)
    for pure_flag, expected in (("", "True"), ("1", "False")):
        env = {**os.environ, "PYTHONPATH": path, "VOUCHERIFY_MODELS_PURE": pure_flag}
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
        assert result.stdout.strip() == expected, result.stderr


def test_classes_the_tables_do_not_match_are_refused_with_a_warning(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import os, warnings
        import voucherify_models as vm
        from voucherify_models import _runtime, _speedups
        del os.environ["VOUCHERIFY_MODELS_PURE"]
        # A module's class of a table's name whose fields are no slots: the accelerator refuses it.
        unlike = type("CustomerWithSummaryLoyaltyReferrals", (), {"__module__": "m", "_WIRE_NAMES": frozenset()})
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            started = _runtime.accelerate(_speedups.FINGERPRINT)
            _runtime.take({"__name__": "m", "CustomerWithSummaryLoyaltyReferrals": unlike})
            print(vm.SPEEDUPS, started, _runtime._speedups)
        print(caught[0].message)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(vm.__file__).parent.parent), "VOUCHERIFY_MODELS_PURE": "1"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.stdout.splitlines() == [
        "False True None",
        "the C accelerator could not take the classes (CustomerWithSummaryLoyaltyReferrals.id is not a slot): "
        "pure Python",
    ], result.stderr


@given(st.text() | st.sampled_from(HOSTILE))
def test_c_string_literals_hold_any_text_and_nothing_else(text: str) -> None:
    literal, length = c_string(text)
    body = literal[1:-1]
    assert literal[0] == literal[-1] == '"' and '"' not in body
    assert re.fullmatch(r"(?:[A-Za-z0-9 _.:,-]|\\[0-7]{3})*", body)  # no comment, trigraph or newline can form
    decoded = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), body.encode("ascii"))
    assert decoded == text.encode("utf-8", "surrogatepass") and len(decoded) == length


# The odd names of test_models_quality, and wire names and enum values hostile to C.
HOSTILE_FIELDS = """\
      'a"b */ ??= \\n c': {type: string}
      "é 🚀": {type: integer, nullable: true}
      '%s%n': {type: string, enum: ['x"*/', "??/", "ü"]}
      when: {type: string, observed: {format: {value: date-time, source: obs}}}
      amount: {type: number}
      anything: {type: array}
      children: {type: array, items: {ref: Odd Thing}}
"""
HOSTILE_SPEC = ODD.replace("    fields:\n", "    fields:\n" + HOSTILE_FIELDS, 1)


@pytest.mark.slow
def test_a_hostile_spec_compiles_and_parses_as_python_does(tmp_path: Path) -> None:
    write_spec(tmp_path / "spec", {"hostile.yaml": HOSTILE_SPEC})
    out = tmp_path / "out"
    made = subprocess.run([sys.executable, "-m", "generator", "regenerate", "--spec", "spec", "--out", str(out)],
                          cwd=tmp_path, capture_output=True, text=True)  # fmt: skip
    assert made.returncode == 0, made.stderr
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    built = subprocess.run(
        [*pip, "--target", str(tmp_path / "site"), str(out / "python")], capture_output=True, text=True
    )
    assert built.returncode == 0, built.stderr
    code = textwrap.dedent(
        """
        import json, sys
        import example_models as vm
        from example_models import _runtime
        assert vm.SPEEDUPS
        payloads = [
            {'a"b */ ??= \\\\n c': "s", "é 🚀": None, "%s%n": "??/", "class": "c", "when": "2024-02-01T10:42:59.594Z",
             "date": "1974-01-02", "items": [["a", None]], "tags": {"k": "x"}, "picked": {"id": "1"},
             "amount": 1.5, "anything": [1], "to_dict": {"k": 1}, "2fa": True, "sign-up.source x": 1, "more": 1},
            {"picked": {"id": "1", "extra": 2}, "%s%n": "x\\"*/", "é 🚀": 3, "Name": "N", "name": "n"},
            {"%s%n": "nope"}, {"amount": float("nan")}, {"items": [[1]]}, {"picked": []}, {"2fa": 1},
        ]
        for data in payloads:
            fast = _runtime._speedups.parse(vm.OddThing, data)
            errors = []
            slow = vm.OddThing._parse(data, (), errors)
            assert (fast is None) == bool(errors), (data, errors)
            if fast is not None:
                assert repr(fast) == repr(slow) and fast.to_dict() == slow._to_dict() == data
                if "picked" in data:
                    assert type(fast.picked) is (vm.Small if data["picked"].keys() == {"id"} else vm.Big)
        def outcome(call):
            try:
                return repr(call())
            except Exception as exc:
                return type(exc).__name__
        for depth in (127, 128, 5000):  # 2 * depth + 1 levels: in C within MAX_DEPTH, else handed back
            deep = {}
            for _ in range(depth):
                deep = {"children": [deep]}
            fast = outcome(lambda: vm.OddThing.from_dict(deep))
            assert (_runtime._speedups.parse(vm.OddThing, deep) is None) == (2 * depth + 1 > _runtime.MAX_DEPTH)
            saved, _runtime._speedups = _runtime._speedups, None
            assert outcome(lambda: vm.OddThing.from_dict(deep)) == fast, depth
            _runtime._speedups = saved
            assert (fast == "ValidationError") == (depth > 127), fast[:80]
        first = vm.OddThing.from_dict(payloads[0])
        assert first.additional_properties == {"more": 1}, first.additional_properties  # every other key is named
        print("ok")
        """
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.stdout.strip() == "ok", result.stderr


@settings(max_examples=examples(500), deadline=None)
@given(
    st.lists(st.text("0123456789", min_size=15, max_size=25) | st.text("x é\u0663", max_size=3)).map("".join)
    | st.binary(max_size=60)
)
def test_long_digits_in_c_agrees_with_python(text: str | bytes) -> None:
    assert ACCELERATOR is not None
    assert ACCELERATOR.long_digits(text) == _runtime.long_digits(text)  # type: ignore[attr-defined]
    assert ACCELERATOR.long_digits(bytearray(text.encode() if isinstance(text, str) else text)) == (  # type: ignore[attr-defined]
        _runtime.long_digits(text)
    )


@settings(max_examples=examples(300), deadline=None)
@given(st.integers() | st.sampled_from([2**63, -(2**63) - 1, 2**64, 10**40]))
def test_integers_of_any_size_come_back_from_json_as_they_went(n: int) -> None:
    for context in (contextlib.nullcontext(), pure()):
        with context:
            for text in (json.dumps({"metadata": {"n": n}}), json.dumps({"metadata": {"n": n}}).encode()):
                value = CUSTOMER.from_json(text).metadata["n"]  # type: ignore[index]
                assert value == n and type(value) is int


@pytest.mark.parametrize("value", [10**12, 1.5, None, [b"{}"]])
def test_what_is_no_json_text_is_refused_at_once(value: Any) -> None:
    for context in (contextlib.nullcontext(), pure()):
        with context, pytest.raises(vm.ValidationError, match="invalid JSON"):
            CUSTOMER.from_json(value)
    assert _runtime.long_digits(value) is True


@pytest.mark.parametrize("mode", ["C", "pure"])
@pytest.mark.parametrize(
    ("sent", "written"),
    [
        ("2023-12-08T14:01:18.213000Z", "2023-12-08T14:01:18.213000Z"),  # six digits, as the vendor's examples
        ("2023-12-08T14:01:18.213Z", "2023-12-08T14:01:18.213Z"),
        ("2023-12-08T14:01:18.213456Z", "2023-12-08T14:01:18.213456Z"),
        ("2023-12-08T16:01:18.213000+02:00", "2023-12-08T14:01:18.213000Z"),  # in UTC, the digits kept
    ],
)
def test_a_date_time_is_written_back_with_the_fraction_digits_it_came_with(mode: str, sent: str, written: str) -> None:
    with pure() if mode == "pure" else contextlib.nullcontext():
        customer = vm.CustomerResponseData.from_dict({"created_at": sent})
        assert customer.to_dict()["created_at"] == written
        assert customer.created_at == datetime.fromisoformat(written)  # the same instant as any datetime
        assert customer.to_dict() == vm.CustomerResponseData.from_json(customer.to_json()).to_dict()

"""Property-based tests of the generated models, with strategies built from the resolved model."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
import voucherify_models as vm
from conftest import examples, project_model
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import JSON, class_payloads, corruptions

SPEC = project_model()
CLASSES = [m.name for m in SPEC.models if m.kind == "object"]
SETTINGS = settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(class_payloads(SPEC, CLASSES))
def test_every_valid_payload_round_trips(case: tuple[str, dict[str, Any]]) -> None:
    name, payload = case
    cls = getattr(vm, name)
    obj = cls.from_dict(payload)
    assert obj.to_dict() == payload
    assert cls.from_json(obj.to_json()).to_dict() == payload


@SETTINGS
@given(corruptions(SPEC, CLASSES))
def test_every_single_value_corruption_fails_at_exactly_that_path(case: tuple[str, tuple[Any, ...], Any]) -> None:
    name, path, broken = case
    with pytest.raises(vm.ValidationError) as caught:
        getattr(vm, name).from_dict(broken)
    assert [e.path for e in caught.value.errors] == [path]


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(CLASSES), JSON)
def test_random_json_raises_only_validation_error(name: str, value: Any) -> None:
    cls = getattr(vm, name)
    try:
        assert cls.from_dict(value).to_dict() == value
    except vm.ValidationError as exc:
        assert exc.errors and all(isinstance(e.path, tuple) for e in exc.errors)


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(CLASSES), st.binary(max_size=64) | st.text(max_size=64))
def test_random_bytes_and_text_raise_only_validation_error(name: str, text: bytes | str) -> None:
    with contextlib.suppress(vm.ValidationError):
        getattr(vm, name).from_json(text)


def _near_vendor_format(example: str) -> st.SearchStrategy[str]:
    """The vendor's spelling with one to three characters replaced by digits, look-alikes or other
    separators, so that many strings pass the fast path's shape check and fromisoformat decides."""
    alphabet = st.sampled_from([*"0123456789+-:.TtZzW ,", "\u0663", "\uff11"])
    edits = st.lists(st.tuples(st.integers(0, len(example) - 1), alphabet), min_size=1, max_size=3)

    def edited(changes: list[tuple[int, str]]) -> str:
        chars = list(example)
        for at, ch in changes:
            chars[at] = ch
        return "".join(chars)

    return edits.map(edited)


def _outcome(parse: Any, value: Any) -> tuple[Any, list[str]]:
    errors: list[Any] = []
    result = parse(value, ((), "at"), errors)
    return result, [str(e) for e in errors]


@settings(max_examples=examples(3000), deadline=None)
@given(st.one_of(_near_vendor_format("2024-02-01T10:42:59.594Z"), st.text(max_size=30), st.integers()))
def test_the_date_time_fast_path_decides_exactly_as_the_pattern(value: Any) -> None:
    runtime = vm._runtime
    fast = _outcome(runtime.parse_datetime, value)
    assert fast == _outcome(runtime.parse_datetime_by_pattern, value)
    if isinstance(fast[0], vm._runtime.datetime):
        assert fast[0].utcoffset() is not None


@settings(max_examples=examples(3000), deadline=None)
@given(st.one_of(_near_vendor_format("1974-01-02"), st.text(max_size=12), st.integers()))
def test_the_date_fast_path_decides_exactly_as_the_pattern(value: Any) -> None:
    runtime = vm._runtime
    assert _outcome(runtime.parse_date, value) == _outcome(runtime.parse_date_by_pattern, value)


ZONES = st.none() | st.just(UTC) | st.timedeltas(timedelta(hours=-23), timedelta(hours=23)).map(timezone)


@settings(max_examples=examples(2000), deadline=None)
@given(st.datetimes(min_value=datetime(2, 1, 1), timezones=ZONES))
def test_date_times_are_written_in_the_vendor_format_without_losing_a_digit(value: datetime) -> None:
    utc = value if value.utcoffset() is None else value.astimezone(UTC)
    fraction = f"{utc.microsecond:06d}" if utc.microsecond % 1000 else f"{utc.microsecond // 1000:03d}"
    expected = "%04d-%02d-%02dT%02d:%02d:%02d.%sZ" % (  # noqa: UP031 - the format's own spelling
        *(utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second),
        fraction,
    )
    assert vm._runtime.dump_datetime(value) == expected
    assert vm._runtime.parse_datetime(expected, (), []) == utc.replace(tzinfo=UTC)


def test_errors_carry_the_whole_path_from_the_root() -> None:
    errors: list[Any] = []
    vm._runtime.fail(errors, ((((), "items"), 1), "quantity"), "integer", "x")
    assert errors[0].path == ("items", 1, "quantity")
    assert str(errors[0]) == "$.items[1].quantity: expected integer, got str"

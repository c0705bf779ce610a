"""Property-based tests of the generated models, with strategies built from the resolved model."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
import voucherify_models as vm
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import JSON, corruptions, model_payloads

from generator.pipeline import load_model

SPEC = load_model(ROOT / "spec")
CLASSES = [m.name for m in SPEC.models if m.kind == "object"]
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def payload_cases() -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    return st.sampled_from(CLASSES).flatmap(lambda n: st.tuples(st.just(n), model_payloads(SPEC, n)))


@SETTINGS
@given(payload_cases())
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


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CLASSES), JSON)
def test_random_json_raises_only_validation_error(name: str, value: Any) -> None:
    cls = getattr(vm, name)
    try:
        assert cls.from_dict(value).to_dict() == value
    except vm.ValidationError as exc:
        assert exc.errors and all(isinstance(e.path, tuple) for e in exc.errors)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CLASSES), st.binary(max_size=64) | st.text(max_size=64))
def test_random_bytes_and_text_raise_only_validation_error(name: str, text: bytes | str) -> None:
    with contextlib.suppress(vm.ValidationError):
        getattr(vm, name).from_json(text)

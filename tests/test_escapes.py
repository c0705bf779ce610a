"""What the second security review found escaping the models (F3-F7), each in both paths (the C
accelerator and pure Python): every accepted value writes back, and nothing but the documented
errors leaves ``from_dict``/``from_json`` or the signature functions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import voucherify_models as vm
from test_speedups import ACCELERATOR, pure
from voucherify_models import _runtime

C = vm.CustomerWithSummaryLoyaltyReferrals


@pytest.fixture(params=["accelerated", "pure"])
def path(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each test runs with the C accelerator (where it is built) and without."""
    if request.param == "accelerated" and ACCELERATOR is None:
        pytest.skip("the C accelerator is not built")
    if request.param == "pure":
        with pure():
            yield request.param
    else:
        yield request.param


@pytest.fixture(params=["orjson", "json"])
def writer(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """With orjson where it is installed, and with the standard library only."""
    if request.param == "json":
        monkeypatch.setattr(_runtime, "_orjson", None)
    elif _runtime._orjson is None:
        pytest.skip("orjson is not installed")
    return str(request.param)


def problems(call: Any) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(vm.ValidationError) as caught:
        call()
    return [(e.path, e.message) for e in caught.value.errors]


# F3: a lone surrogate escape is written back as the same escape, in text any encoder takes.
@pytest.mark.parametrize("text", [b'{"metadata": {"x": "\\ud800"}}', b'{"id": "a\\udfffb", "\\udc00": 1}'])
def test_a_lone_surrogate_is_written_back_as_its_escape(path: str, writer: str, text: bytes) -> None:
    obj = C.from_json(text)
    written = obj.to_json()
    written.encode("utf-8")  # no UnicodeEncodeError
    assert "\\ud" in written
    assert C.from_json(written).to_dict() == obj.to_dict() == json.loads(text)


# F4: a strided memoryview (and any bytes-like) parses alike in both paths.
def test_any_bytes_like_text_parses(path: str) -> None:
    strided = memoryview(b'{ " i d " : " x " } ')[::2]
    assert C.from_json(strided).id == "x"
    assert C.from_json(bytearray(b'{"id": "y"}')).id == "y"
    assert C.from_json(memoryview(b'{"id": "z"}')).id == "z"


# F5: a str body or secret with a lone surrogate is a wrong signature, never an encoding error.
def test_a_body_with_a_lone_surrogate_has_no_valid_signature(path: str) -> None:
    body = '{"id": "\ud800"}'
    with pytest.raises(vm.SignatureError):
        vm.parse_webhook(body, signature="0" * 64, secret="s")
    with pytest.raises(vm.SignatureError):
        vm.check_signature(body, "0" * 64, "s\udfff")
    assert vm.verify_signature(body, "0" * 64, "s") is False
    assert vm.verify_signature(body, vm.signature_of(body, "s"), "s") is True  # the sender's own


# F6: integers beyond 4300 digits, which no JSON text Python writes can hold, are refused at
# their path; every integer accepted writes back.
def test_an_integer_too_long_to_write_is_refused_at_its_path(path: str) -> None:
    huge = 10**_runtime.INT_DIGITS
    said = f"an integer of more than {_runtime.INT_DIGITS} digits"
    assert problems(lambda: C.from_dict({"metadata": {"x": huge}})) == [
        (("metadata", "x"), f"expected a JSON value, got {said}")
    ]
    assert problems(lambda: C.from_dict({"metadata": {"x": [1, -huge]}})) == [
        (("metadata", "x", 1), f"expected a JSON value, got {said}")
    ]
    order = {"id": "o", "amount": huge, "items": [{"quantity": -huge}]}
    assert problems(lambda: vm.OrderCalculated.from_dict(order)) == [
        (("amount",), f"expected integer, got {said}"),
        (("items", 0, "quantity"), f"expected integer, got {said}"),
    ]
    largest = huge - 1
    for value in (largest, -largest, 2**64, -(2**70)):
        obj = C.from_dict({"metadata": {"x": value}})
        assert json.loads(obj.to_json())["metadata"]["x"] == value
        assert vm.OrderCalculated.from_dict({"amount": value}).to_dict() == {"amount": value}


class EqKey(str):
    """A key that hashes like another and whose __eq__ raises: looking a field up compares it."""

    def __eq__(self, other: object) -> bool:
        raise ZeroDivisionError("eq")

    def __hash__(self) -> int:
        return hash(str(self)[1:])


# F7: a key whose own code raises is refused at its path, in a class, in free-form values and in
# the webhook's union.
def test_a_key_whose_own_code_raises_is_refused_at_its_path(path: str) -> None:
    # (A dict cannot hold such a key and the field it collides with: inserting one compares them.)
    assert problems(lambda: C.from_dict({"name": "x", EqKey("!id"): 1})) == [((), "expected string keys, got EqKey")]
    nested = {"name": "x", "address": {EqKey("!city"): 1}}
    assert problems(lambda: C.from_dict(nested)) == [(("address",), "expected string keys, got EqKey")]
    webhook = {"id": "w", EqKey("!type"): "customer.created"}
    assert problems(lambda: vm.webhook_from_dict(webhook))[0] == ((), "expected string keys, got EqKey")


def test_any_other_exception_a_payload_raises_is_a_validation_error_at_the_root(path: str) -> None:
    class Angry(dict):  # type: ignore[type-arg]
        def __contains__(self, key: object) -> bool:
            raise KeyError("angry")

    assert problems(lambda: C.from_dict(Angry(id="x"))) == [
        ((), "reading the payload ran its own code, which raised KeyError: 'angry'")
    ]

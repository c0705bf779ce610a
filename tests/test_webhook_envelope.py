"""The webhook envelope (seed 006): its example and a customer.created request parse and round-trip
in every flavour, every missing key is reported at its path, and an event type the documents do
not list is kept (the vendor adds events)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import voucherify_models as vm
import voucherify_pydantic as vp
from conftest import GENERATED, document, seed_004_payload
from jsonschema import Draft202012Validator

SCHEMA = json.loads((GENERATED / "jsonschema/WebhookEnvelope.schema.json").read_text())
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


def seed_006_example() -> dict[str, Any]:
    """The page's "Voucher published payload example", as printed."""
    text = document("006").read_text()
    found = re.search(r"```JSON Voucher published payload example\n(.*?)\n```", text, re.DOTALL)
    assert found is not None
    example: dict[str, Any] = json.loads(found.group(1))
    return example


def customer_created() -> dict[str, Any]:
    """A customer.created request: seed 004's event data in an envelope of seed 006's shape."""
    envelope = seed_006_example()
    return {
        **envelope,
        "type": "customer.created",
        "data": seed_004_payload(),
        "event": {**envelope["event"], "type": "customer.created", "entity_id": "cust_ID"},
    }


def agrees(payload: dict[str, Any]) -> vm.WebhookEnvelope:
    envelope = vm.WebhookEnvelope.from_dict(payload)
    assert envelope.to_dict() == payload
    assert vm.WebhookEnvelope.from_json(json.dumps(payload)).to_dict() == payload
    assert vp.WebhookEnvelope.model_validate(payload).type == payload["type"]
    assert list(VALIDATOR.iter_errors(payload)) == []
    return envelope


def test_seed_006_s_example_parses_and_round_trips_in_every_flavour() -> None:
    envelope = agrees(seed_006_example())
    assert (envelope.type, envelope.source.object if envelope.source else None) == ("voucher.published", "webhook")
    assert isinstance(envelope.event, vm.WebhookEvent) and isinstance(
        envelope.event.event_source, vm.WebhookEventSource
    )
    assert envelope.event.event_source.channel == "USER_PORTAL"


def test_a_customer_created_request_parses_and_its_data_is_the_event() -> None:
    payload = customer_created()
    envelope = agrees(payload)
    assert isinstance(envelope.data, dict)
    event = vm.EventCustomerCreatedData.from_dict(envelope.data)
    assert event.to_dict() == seed_004_payload()


def test_an_event_type_the_documents_do_not_list_is_kept() -> None:
    payload = {**seed_006_example(), "type": "voucher.split_in_two", "data": {"anything": [1, None]}}
    envelope = agrees(payload)
    assert (envelope.type, envelope.data) == (vm.Unrecognized("voucher.split_in_two"), {"anything": [1, None]})


def test_every_missing_key_is_reported_at_its_path_in_one_pass() -> None:
    payload = seed_006_example()
    for key in ("id", "type", "data"):
        del payload[key]
    del payload["source"]["target_url"]
    del payload["event"]["event_source"]
    with pytest.raises(vm.ValidationError) as caught:
        vm.WebhookEnvelope.from_dict(payload)
    assert str(caught.value).splitlines() == [
        "$.id: missing",
        "$.type: missing",
        "$.data: missing",
        "$.source.target_url: missing",
        "$.event.event_source: missing",
    ]
    messages = sorted(e.message for e in VALIDATOR.iter_errors(payload))
    assert messages == sorted(
        f"'{k}' is a required property" for k in ("id", "type", "data", "target_url", "event_source")
    )
    with pytest.raises(ValueError, match="5 validation errors"):
        vp.WebhookEnvelope.model_validate(payload)


def test_a_bad_created_at_is_reported_at_its_path() -> None:
    payload = {**seed_006_example(), "created_at": "yesterday"}
    with pytest.raises(vm.ValidationError) as caught:
        vm.WebhookEnvelope.from_dict(payload)
    assert [e.path for e in caught.value.errors] == [("created_at",)]


def test_an_order_item_with_a_null_product_id_is_taken_by_every_flavour() -> None:
    """SKU lines of the vendor's order examples carry ``product_id: null`` (observed nullable)."""
    item = {"object": "order_item", "sku_id": "sku_1", "product_id": None, "quantity": 1, "related_object": "sku"}
    payload = {"object": "order", "items": [item]}
    assert vm.OrderCalculated.from_dict(payload).to_dict() == payload
    assert vp.OrderCalculated.model_validate(payload).items[0].product_id is None  # type: ignore[index]
    schema = json.loads((GENERATED / "jsonschema/OrderCalculated.schema.json").read_text())
    assert list(Draft202012Validator(schema).iter_errors(payload)) == []

"""The generated JSON Schema: valid draft 2020-12, accepts the vendor's own payload, rejects bad ones."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import ROOT, project_model, seed_004_payload
from jsonschema import Draft202012Validator

from generator.outputs.samples import PayloadBuilder

SCHEMAS = ROOT / "generated" / "jsonschema"


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def error_paths(name: str, payload: Any) -> list[list[str | int]]:
    return sorted(list(e.absolute_path) for e in validator(name).iter_errors(payload))


@pytest.mark.parametrize("path", sorted(SCHEMAS.glob("*.json")), ids=lambda p: p.name)
def test_every_file_is_a_valid_2020_12_schema(path) -> None:
    schema = json.loads(path.read_text())
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_bundle_has_every_class() -> None:
    bundle = json.loads((SCHEMAS / "voucherify.schema.json").read_text())
    # Every class, then the closed variant of each union's narrow class.
    spec = project_model()
    assert list(bundle["$defs"]) == [m.name for m in spec.models] + ["CustomerIdKeysOnly"] + [
        u.name for u in spec.unions
    ]
    closed = bundle["$defs"]["CustomerIdKeysOnly"]
    assert (closed["allOf"], closed["additionalProperties"]) == ([{"$ref": "#/$defs/CustomerId"}], False)
    assert list(closed["properties"]) == ["id", "object"]


def test_date_time_format_is_really_checked() -> None:
    assert Draft202012Validator.FORMAT_CHECKER.conforms("2024-02-01T10:42:59.594Z", "date-time")
    assert not Draft202012Validator.FORMAT_CHECKER.conforms("2024-02-01 10:42", "date-time")


def test_seed_004_payload_validates(customer_created_payload) -> None:
    assert error_paths("EventCustomerCreatedData", customer_created_payload) == []


def test_a_payload_with_wrong_types_does_not(customer_created_payload) -> None:
    customer = customer_created_payload["customer"]
    customer["summary"]["orders"]["total_count"] = "3"
    customer["created_at"] = "yesterday"
    customer["birthdate"] = "1974-13-02"
    customer["loyalty"]["points"] = True
    assert error_paths("EventCustomerCreatedData", customer_created_payload) == [
        ["customer", "birthdate"],
        ["customer", "created_at"],
        ["customer", "loyalty"],
        ["customer", "summary"],
    ]


def test_every_example_in_the_spec_validates() -> None:
    spec = project_model()
    bundle = json.loads((SCHEMAS / "voucherify.schema.json").read_text())
    for model in spec.models:
        schema = {**bundle, "$ref": f"#/$defs/{model.name}"}
        check = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        for example in model.examples:
            assert list(check.iter_errors(example.value)) == [], model.name
        for field in model.fields:
            if field.has_example:
                payload = {**PayloadBuilder(spec).minimal(model.name), field.wire_name: field.example}
                assert list(check.iter_errors(payload)) == [], field.location


def test_observed_shapes_are_accepted() -> None:
    nulls = dict.fromkeys(["city", "state", "line_1", "line_2", "country", "postal_code"])
    embedded = {"id": "cust_1", "object": "customer", "address": None, "summary": None, "loyalty": None}
    order = {
        "status": "PROCESSING",
        "metadata": None,
        "items": [{"id": "ordli_1", "sku_id": None, "source_id": None, "sku": {"metadata": {"a": 1}}}],
        "customer": {**embedded, "referrals": None, "name": None, "address": nulls},
        "referrer": {"id": "cust_2", "object": "customer"},
        "redemptions": {"r_1": {"stacked": ["r_2"], "related_object_type": "voucher"}},
    }
    assert error_paths("OrderCalculated", order) == []


def test_documented_limits_still_hold() -> None:
    order = {
        "status": "SHIPPED",
        "amount": 1.5,
        "items": [{"product": {"price": "1"}, "quantity": 2.5}],
        "redemptions": {"r_1": {"stacked": [1]}},
    }
    assert error_paths("OrderCalculated", order) == [
        ["amount"],
        ["items", 0, "product", "price"],
        ["items", 0, "quantity"],
        ["redemptions", "r_1", "stacked", 0],
        ["status"],
    ]


def test_the_union_rule_decides_which_branch_validates() -> None:
    assert error_paths("OrderCalculated", {"customer": {"id": "c", "metadata": "text"}}) == [["customer"]]
    assert error_paths("OrderCalculated", {"customer": {"id": "c", "metadata": {"a": 1}}}) == []
    assert error_paths("OrderCalculated", {"customer": {"id": "c", "object": "customer"}}) == []
    assert error_paths("OrderCalculated", {"referrer": {"id": 1}}) == [["referrer"]]


def test_referrals_campaigns_as_strings_is_rejected() -> None:
    # One vendor example shows this shape; the spec says it is wrong.
    assert error_paths("CustomerReferrals", {"campaigns": ["camp_1"]}) == [["campaigns", 0]]


def test_annotations_keep_documented_and_observed_apart() -> None:
    bundle = json.loads((SCHEMAS / "voucherify.schema.json").read_text())
    status = bundle["$defs"]["OrderResponseBase"]["properties"]["status"]
    assert status["enum"] == ["CREATED", "PAID", "CANCELED", "FULFILLED", "PROCESSING"]
    assert status["x-observed"] == [
        {
            "fact": "enum",
            "value": ["PROCESSING"],
            "source": "guides",
            "note": "Used in the vendor's guides although the enum does not list it.",
        }
    ]
    birthday = bundle["$defs"]["CustomerBase"]["properties"]["birthday"]
    assert birthday["deprecated"] is True and birthday["format"] == "date"
    customer = bundle["$defs"]["OrderCalculated"]["properties"]["customer"]
    # The key-subset rule, stated so that the branches never overlap: the closed narrow class first.
    only_id_keys = {"propertyNames": {"enum": ["id", "object"]}}
    assert customer["anyOf"][0]["anyOf"] == [
        {"$ref": "#/$defs/CustomerIdKeysOnly"},
        {"$ref": "#/$defs/CustomerWithSummaryLoyaltyReferrals", "not": only_id_keys},
    ]
    assert customer["anyOf"][0]["x-union-rule"] == {
        "rule": "key-subset",
        "narrow": "CustomerId",
        "wide": "CustomerWithSummaryLoyaltyReferrals",
    }
    assert customer["x-undocumented"]["source"] == "openapi"


def test_seed_004_payload_is_kept_verbatim_in_the_spec() -> None:
    event = project_model().model("EventCustomerCreatedData")
    (example,) = event.examples
    assert example.source == "seed-004"
    assert example.value == seed_004_payload()
    assert json.dumps(example.value) == json.dumps(seed_004_payload())  # key order too

"""The generated dataclasses: lossless, strict, one ValidationError with every path, stdlib only."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
import voucherify_models as vm
from conftest import project_model, seed_004_payload
from voucherify_models import _runtime

from generator.outputs.samples import PayloadBuilder

SPEC = project_model()
BUILDER = PayloadBuilder(SPEC)  # minimal payloads: the required keys a field's example goes beside


def errors_of(cls: type[vm.Model], payload: Any) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(vm.ValidationError) as caught:
        cls.from_dict(payload)
    return [(e.path, e.message) for e in caught.value.errors]


def test_every_documented_object_is_an_exported_dataclass() -> None:
    for name in [
        "CustomerWithSummaryLoyaltyReferrals", "CustomerSummary", "CustomerSummaryRedemptions",
        "CustomerSummaryOrders", "CustomerLoyalty", "CustomerReferrals", "CustomerReferralsCampaignsItem",
        "CustomerId", "OrderCalculated", "OrderItemCalculated", "OrderRedemptions", "EventCustomerCreatedData",
    ]:  # fmt: skip
        assert dataclasses.is_dataclass(getattr(vm, name)), name
    assert {m.name for m in SPEC.models} <= set(vm.__all__)
    assert vm.ReferrerId is vm.CustomerId
    assert issubclass(vm.ValidationError, ValueError)


def test_all_of_is_flattened() -> None:
    names = {f.name for f in dataclasses.fields(vm.CustomerWithSummaryLoyaltyReferrals)}
    parts = {f.name for cls in (vm.CustomerResponseData, vm.CustomerBase) for f in dataclasses.fields(cls)}
    assert names == parts


def test_seed_004_payload_round_trips(customer_created_payload) -> None:
    event = vm.EventCustomerCreatedData.from_dict(customer_created_payload)
    assert event.to_dict() == seed_004_payload()
    customer = event.customer
    assert isinstance(customer, vm.CustomerWithSummaryLoyaltyReferrals)
    assert customer.created_at == datetime(2024, 2, 1, 10, 42, 59, 594000, tzinfo=UTC)
    assert customer.birthdate == date(1974, 1, 2)
    assert customer.updated_at is vm.UNSET
    assert customer.loyalty.campaigns == {}
    assert isinstance(customer.address, vm.CustomerAddress) and customer.address.line_2 is vm.UNSET


def test_seed_004_json_round_trips_through_from_json(customer_created_payload) -> None:
    text = json.dumps(customer_created_payload)
    event = vm.EventCustomerCreatedData.from_json(text.encode())
    assert json.loads(event.to_json()) == customer_created_payload


def test_every_example_in_the_spec_round_trips() -> None:
    count = 0
    for model in SPEC.models:
        cls = getattr(vm, model.name)
        for example in model.examples:
            assert cls.from_dict(example.value).to_dict() == example.value
            count += 1
        for field in model.fields:
            if field.has_example and model.kind == "object":
                payload = {**BUILDER.minimal(model.name), field.wire_name: field.example}
                assert cls.from_dict(payload).to_dict() == payload, field.location
                count += 1
    assert count >= 20


def test_absent_stays_absent_and_null_is_none_where_nullable() -> None:
    orders = vm.CustomerSummaryOrders.from_dict({"total_count": 0, "last_order_date": None})
    assert orders.total_amount is vm.UNSET and orders.last_order_date is None
    assert orders.to_dict() == {"total_count": 0, "last_order_date": None}
    assert errors_of(vm.CustomerSummaryOrders, {"total_count": None}) == [
        (("total_count",), "expected integer, got null")
    ]


def test_observed_nulls_are_accepted() -> None:
    nulls = dict.fromkeys(["city", "state", "line_1", "line_2", "country", "postal_code"])
    embedded = {"id": "c", "object": "customer", "address": nulls, "summary": None, "loyalty": None, "referrals": None}
    order = {"metadata": None, "items": None, "customer": embedded, "referrer": None, "status": "PROCESSING"}
    assert vm.OrderCalculated.from_dict(order).to_dict() == order


def test_bool_is_not_an_integer_and_float_is_not_an_integer() -> None:
    assert errors_of(vm.CustomerLoyalty, {"points": True, "referred_customers": 1.0}) == [
        (("points",), "expected integer, got bool"),
        (("referred_customers",), "expected integer, got float"),
    ]


def test_number_keeps_int_or_float() -> None:
    product = vm.OrderItemCalculatedProduct.from_dict({"price": 100})
    assert type(product.price) is int
    assert type(vm.OrderItemCalculatedProduct.from_dict({"price": 99.5}).price) is float
    assert errors_of(vm.OrderItemCalculatedProduct, {"price": True}) == [(("price",), "expected number, got bool")]
    assert errors_of(vm.OrderItemCalculatedProduct, {"price": float("nan")}) == [
        (("price",), "expected number, got float")
    ]


def test_date_times() -> None:
    parse = vm.OrderRedemptions.from_dict
    assert parse({"date": "2020-09-02T15:59:52Z"}).date == datetime(2020, 9, 2, 15, 59, 52, tzinfo=UTC)
    assert parse({"date": "2020-09-02T15:59:52Z"}).to_dict() == {"date": "2020-09-02T15:59:52.000Z"}
    shifted = parse({"date": "2024-02-01T12:42:59.594+02:00"})
    assert shifted.date == datetime(2024, 2, 1, 10, 42, 59, 594000, tzinfo=UTC)  # the same instant
    assert shifted.to_dict() == {"date": "2024-02-01T10:42:59.594Z"}
    assert errors_of(vm.OrderRedemptions, {"date": "2024-02-01T10:42:59.594"}) == [
        (("date",), "date-time has no time zone: '2024-02-01T10:42:59.594'")
    ]
    for bad in ["2024-02-01", "2024-W05-4T10:42:59Z", "20240201T104259Z", "2024-02-30T10:42:59Z", 1706784179]:
        assert [p for p, _ in errors_of(vm.OrderRedemptions, {"date": bad})] == [("date",)], bad


def test_aware_datetimes_from_python_are_written_in_utc() -> None:
    moment = datetime(2024, 2, 1, 11, 42, 59, 594000, tzinfo=timezone(timedelta(hours=1)))
    assert vm.OrderRedemptions(date=moment).to_dict() == {"date": "2024-02-01T10:42:59.594Z"}


def test_sub_millisecond_precision_is_written_with_six_digits() -> None:
    # The vendor's webhook examples carry microseconds: no digit of an instant is dropped.
    order = vm.OrderCalculated.from_dict({"created_at": "2024-01-18T15:19:20.675043Z"})
    assert order.to_dict() == {"created_at": "2024-01-18T15:19:20.675043Z"}
    moment = datetime(2024, 2, 1, 11, 42, 59, 594321, tzinfo=timezone(timedelta(hours=1)))
    assert vm.OrderRedemptions(date=moment).to_dict() == {"date": "2024-02-01T10:42:59.594321Z"}


def test_dates() -> None:
    assert vm.CustomerBase.from_dict({"birthdate": "1974-01-02"}).birthdate == date(1974, 1, 2)
    for bad in ["19740102", "1974-1-2", "1974-02-30", "1974-01-02T00:00:00Z"]:
        assert [p for p, _ in errors_of(vm.CustomerBase, {"birthdate": bad})] == [("birthdate",)], bad


def test_enums_reject_undocumented_values_unless_observed() -> None:
    assert vm.OrderCalculated.from_dict({"status": "PROCESSING"}).status == "PROCESSING"
    assert errors_of(vm.OrderCalculated, {"status": "SHIPPED"}) == [
        (("status",), "expected one of 'CREATED', 'PAID', 'CANCELED', 'FULFILLED', 'PROCESSING', got 'SHIPPED'")
    ]
    assert errors_of(vm.CustomerId, {"object": ["customer"]}) == [(("object",), "expected string, got list")]


def test_union_rule_picks_the_branch_by_keys() -> None:
    short = vm.OrderCalculated.from_dict({"customer": {"id": "c", "object": "customer"}})
    assert type(short.customer) is vm.CustomerId
    assert type(vm.OrderCalculated.from_dict({"customer": {}}).customer) is vm.CustomerId
    full = vm.OrderCalculated.from_dict({"customer": {"id": "c", "object": "customer", "summary": None}})
    assert type(full.customer) is vm.CustomerWithSummaryLoyaltyReferrals
    referrer = vm.OrderCalculated.from_dict({"referrer": {"id": "c", "name": "N"}})
    assert type(referrer.referrer) is vm.CustomerWithSummaryLoyaltyReferrals
    assert errors_of(vm.OrderCalculated, {"customer": {"id": "c", "metadata": "x"}}) == [
        (("customer", "metadata"), "expected object, got str")
    ]
    assert errors_of(vm.OrderCalculated, {"customer": "cust_1"}) == [(("customer",), "expected object, got str")]


def test_unknown_keys_survive_at_three_depths() -> None:
    payload = copy.deepcopy(seed_004_payload())
    payload["envelope_hint"] = {"a": [1]}
    payload["customer"]["email_unsubscribed"] = False
    payload["customer"]["assets"] = {"cockpit_url": "u", "brand_new": 1}
    payload["customer"]["summary"]["redemptions"]["gift"]["future"] = None
    payload["customer"]["loyalty"]["campaigns"] = {"Summer Campaign": {"points": 5, "new_key": "x"}}
    event = vm.EventCustomerCreatedData.from_dict(payload)
    assert event.additional_properties == {"envelope_hint": {"a": [1]}}
    assert event.customer.assets.additional_properties == {"brand_new": 1}
    assert event.customer.summary.redemptions.gift.additional_properties == {"future": None}
    assert event.customer.email_unsubscribed is False
    assert event.to_dict() == payload


def test_every_problem_is_reported_in_one_pass_with_its_path() -> None:
    payload = {
        "items": [{"quantity": 1}, {"quantity": "2", "product": {"price": "1"}}],
        "customer": {"id": "c", "loyalty": {"campaigns": {"Coffee Club": {"points": 1.5}}}},
        "redemptions": {"r_1": {"stacked": ["r_2", 3]}},
        "created_at": "yesterday",
    }
    with pytest.raises(vm.ValidationError) as caught:
        vm.OrderCalculated.from_dict(payload)
    assert str(caught.value).splitlines() == [
        "$.created_at: expected a date-time like 2024-02-01T10:42:59.594Z, got 'yesterday'",
        "$.items[1].quantity: expected integer, got str",
        "$.items[1].product.price: expected number, got str",
        "$.redemptions.r_1.stacked[1]: expected string, got int",
        '$.customer.loyalty.campaigns["Coffee Club"].points: expected integer, got float',
    ]
    assert caught.value.errors[-1].path == ("customer", "loyalty", "campaigns", "Coffee Club", "points")


def test_referrals_campaigns_as_strings_is_rejected() -> None:
    assert errors_of(vm.CustomerReferrals, {"campaigns": ["camp_1"]}) == [
        (("campaigns", 0), "expected object, got str")
    ]


@pytest.mark.parametrize(
    "payload",
    [None, [], "x", 1, 1.5, True, {1: "x"}, {"customer": []}, {"customer": {"loyalty": {"campaigns": []}}}],
)
def test_wrong_shapes_give_a_validation_error(payload: Any) -> None:
    with pytest.raises(vm.ValidationError):
        vm.EventCustomerCreatedData.from_dict(payload)


@pytest.mark.parametrize(
    "text",
    [b"", b"{", b"\xff\xfe", '{"a": NaN}', "[1, 2", b'{"customer": 1}', '"\\ud800"', "1" * 5000, "[" * 100_000, 7],
)
def test_from_json_raises_only_validation_error(text: Any) -> None:
    with pytest.raises(vm.ValidationError):
        vm.EventCustomerCreatedData.from_json(text)


def test_builtin_names_stay_attributes() -> None:
    # `object`, `id` and `date` are only attributes in the generated code, so they keep their names;
    # keywords and the names a class body uses are covered by the inline-spec tests.
    assert vm.CustomerId.from_dict({"id": "c", "object": "customer"}).object == "customer"
    assert vm.OrderRedemptions.from_dict({"date": "2020-09-02T15:59:52Z"}).date.year == 2020


@pytest.mark.parametrize("with_orjson", [True, False])
def test_json_results_are_the_same_with_and_without_orjson(monkeypatch, with_orjson: bool) -> None:
    if not with_orjson:
        monkeypatch.setattr(_runtime, "_orjson", None)
    else:
        assert _runtime._orjson is not None
    payload = seed_004_payload()
    payload["customer"]["metadata"] = {"big": 2**70, "f": 1e16, "s": "\u2028é", "n": [0.1, -0.0]}
    text = json.dumps(payload)
    event = vm.EventCustomerCreatedData.from_json(text)
    assert event.to_dict() == payload
    assert json.loads(event.to_json()) == payload
    with pytest.raises(vm.ValidationError, match="invalid JSON"):
        vm.EventCustomerCreatedData.from_json('{"a": NaN}')

# Generated from spec/order.yaml by `docmodels regenerate`. Do not edit.
"""Order Object: the classes of the vendor's page, in its order."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from functools import partial
from typing import Any, ClassVar, Literal, Self

from ._runtime import (
    UNSET,
    ErrorItem,
    Model,
    Unset,
    Where,
    dump_datetime,
    extra_keys,
    fail,
    fail_enum,
    is_integer,
    is_mapping,
    is_number,
    new_instance,
    parse_datetime,
    parse_list,
    parse_list_of_type,
    parse_map,
    parse_object,
    take,
    union_parser,
)
from .customer import CustomerWithSummaryLoyaltyReferrals

_ORDERCALCULATED_STATUS_VALUES = frozenset(
    {"CREATED", "PAID", "CANCELED", "FULFILLED", "PROCESSING"}
)
_ORDERCALCULATED_STATUS_SHOWN = (
    "CREATED",
    "PAID",
    "CANCELED",
    "FULFILLED",
    "PROCESSING",
)
_ORDERCALCULATED_OBJECT_VALUES = frozenset({"order"})
_ORDERCALCULATED_OBJECT_SHOWN = ("order",)
_ORDERRESPONSEBASE_STATUS_VALUES = frozenset(
    {"CREATED", "PAID", "CANCELED", "FULFILLED", "PROCESSING"}
)
_ORDERRESPONSEBASE_STATUS_SHOWN = (
    "CREATED",
    "PAID",
    "CANCELED",
    "FULFILLED",
    "PROCESSING",
)
_ORDERRESPONSEBASE_OBJECT_VALUES = frozenset({"order"})
_ORDERRESPONSEBASE_OBJECT_SHOWN = ("order",)
_CUSTOMERID_OBJECT_VALUES = frozenset({"customer"})
_CUSTOMERID_OBJECT_SHOWN = ("customer",)
_ORDERITEMCALCULATED_RELATED_OBJECT_VALUES = frozenset({"product", "sku"})
_ORDERITEMCALCULATED_RELATED_OBJECT_SHOWN = (
    "product",
    "sku",
)
_ORDERITEMCALCULATED_OBJECT_VALUES = frozenset({"order_item"})
_ORDERITEMCALCULATED_OBJECT_SHOWN = ("order_item",)


@dataclass(slots=True, kw_only=True)
class OrderCalculated(Model):
    """Order Calculated

    All of: OrderResponseBase, OrderCalculatedCustomerAndReferrer.

    Source: Order Object page."""

    id: str | Unset = UNSET
    """Unique ID assigned by Voucherify of an existing order that will be linked to the
    redemption of this request."""
    source_id: str | None | Unset = UNSET
    """Unique source ID of an existing order that will be linked to the redemption of this
    request.

    Observed (Vendor payloads): absent True."""
    created_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the order was created in ISO 8601 format.

    Observed (Vendor OpenAPI files): format 'date-time'."""
    updated_at: _dt.datetime | None | Unset = UNSET
    """Timestamp representing the date and time when the order was last updated in ISO 8601
    format.

    Observed (Vendor OpenAPI files): format 'date-time'."""
    status: Literal["CREATED", "PAID", "CANCELED", "FULFILLED", "PROCESSING"] | Unset = UNSET
    """The order status.

    Observed (Vendor guides): enum ['PROCESSING']."""
    amount: int | Unset = UNSET
    """A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing
    the total amount of the order. This is the sum of the order items' amounts."""
    initial_amount: int | Unset = UNSET
    """A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing
    the total amount of the order. This is the sum of the order items' amounts."""
    discount_amount: int | Unset = UNSET
    """Sum of all order-level discounts applied to the order."""
    items_discount_amount: int | Unset = UNSET
    """Sum of all product-specific discounts applied to the order."""
    total_discount_amount: int | Unset = UNSET
    """Sum of all order-level AND all product-specific discounts applied to the order."""
    total_amount: int | Unset = UNSET
    """Order amount after undoing all the discounts through the rollback redemption."""
    applied_discount_amount: int | Unset = UNSET
    """This field shows the order-level discount applied."""
    items_applied_discount_amount: int | Unset = UNSET
    """Sum of all product-specific discounts applied in a particular request.

    Formula: sum(items, i => i.applied_discount_amount)"""
    total_applied_discount_amount: int | Unset = UNSET
    """Sum of all order-level AND all product-specific discounts applied in a particular
    request.

    Formula: total_applied_discount_amount = applied_discount_amount +
    items_applied_discount_amount"""
    items: list[OrderItemCalculated] | None | Unset = UNSET
    """Array of items applied to the order.

    Observed (Vendor payloads): nullable True."""
    metadata: dict[str, Any] | None | Unset = UNSET
    """A set of custom key/value pairs that you can attach to an order. It can be useful for
    storing additional information about the order in a structured format.

    Observed (Vendor payloads): nullable True."""
    customer_id: str | None | Unset = UNSET
    """Unique customer ID of the customer making the purchase.

    Observed (Vendor payloads): absent True."""
    referrer_id: str | None | Unset = UNSET
    """Unique referrer ID.

    Observed (Vendor payloads): absent True."""
    object: Literal["order"] | Unset = UNSET
    """The type of object represented by JSON.

    Observed (Vendor OpenAPI files): default 'order'."""
    redemptions: dict[str, OrderRedemptions] | Unset = UNSET
    """Observed (Vendor OpenAPI files): map_key 'redemption ID'."""
    customer: CustomerWithSummaryLoyaltyReferrals | CustomerId | None | Unset = UNSET
    """The customer making the purchase, in full or as an ID.

    Not in the documents (Vendor OpenAPI files): One of [Customer With Summary Loyalty
    Referrals, Customer Id]; the page capture lost this table. The branches overlap, so
    `object` cannot tell them apart: a payload with keys beyond `id` and `object` is the
    full customer. The description is ours.

    Observed (Vendor payloads): nullable True."""
    referrer: CustomerWithSummaryLoyaltyReferrals | CustomerId | None | Unset = UNSET
    """The customer who referred the customer making the purchase, in full or as an ID.

    Not in the documents (Vendor OpenAPI files): One of [Referrer With Summary Loyalty
    Referrals, Referrer Id]; the page capture lost this table. Decided like `customer`. The
    description is ours.

    Observed (Vendor payloads): nullable True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "source_id",
            "created_at",
            "updated_at",
            "status",
            "amount",
            "initial_amount",
            "discount_amount",
            "items_discount_amount",
            "total_discount_amount",
            "total_amount",
            "applied_discount_amount",
            "items_applied_discount_amount",
            "total_applied_discount_amount",
            "items",
            "metadata",
            "customer_id",
            "referrer_id",
            "object",
            "redemptions",
            "customer",
            "referrer",
        }
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "id" in data:
            found += 1
            v = data["id"]
            if type(v) is not str:
                v = fail(errors, (where, "id"), "string", v)
            obj.id = v
        else:
            obj.id = UNSET
        if "source_id" in data:
            found += 1
            v = data["source_id"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "source_id"), "string", v)
            obj.source_id = v
        else:
            obj.source_id = UNSET
        if "created_at" in data:
            found += 1
            v = data["created_at"]
            v = parse_datetime(v, (where, "created_at"), errors)
            obj.created_at = v
        else:
            obj.created_at = UNSET
        if "updated_at" in data:
            found += 1
            v = data["updated_at"]
            if v is not None:
                v = parse_datetime(v, (where, "updated_at"), errors)
            obj.updated_at = v
        else:
            obj.updated_at = UNSET
        if "status" in data:
            found += 1
            v = data["status"]
            if type(v) is not str or v not in _ORDERCALCULATED_STATUS_VALUES:
                v = fail_enum(errors, (where, "status"), _ORDERCALCULATED_STATUS_SHOWN, v)
            obj.status = v
        else:
            obj.status = UNSET
        if "amount" in data:
            found += 1
            v = data["amount"]
            if not is_integer(v):
                v = fail(errors, (where, "amount"), "integer", v)
            obj.amount = v
        else:
            obj.amount = UNSET
        if "initial_amount" in data:
            found += 1
            v = data["initial_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "initial_amount"), "integer", v)
            obj.initial_amount = v
        else:
            obj.initial_amount = UNSET
        if "discount_amount" in data:
            found += 1
            v = data["discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "discount_amount"), "integer", v)
            obj.discount_amount = v
        else:
            obj.discount_amount = UNSET
        if "items_discount_amount" in data:
            found += 1
            v = data["items_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "items_discount_amount"), "integer", v)
            obj.items_discount_amount = v
        else:
            obj.items_discount_amount = UNSET
        if "total_discount_amount" in data:
            found += 1
            v = data["total_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "total_discount_amount"), "integer", v)
            obj.total_discount_amount = v
        else:
            obj.total_discount_amount = UNSET
        if "total_amount" in data:
            found += 1
            v = data["total_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "total_amount"), "integer", v)
            obj.total_amount = v
        else:
            obj.total_amount = UNSET
        if "applied_discount_amount" in data:
            found += 1
            v = data["applied_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "applied_discount_amount"), "integer", v)
            obj.applied_discount_amount = v
        else:
            obj.applied_discount_amount = UNSET
        if "items_applied_discount_amount" in data:
            found += 1
            v = data["items_applied_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "items_applied_discount_amount"), "integer", v)
            obj.items_applied_discount_amount = v
        else:
            obj.items_applied_discount_amount = UNSET
        if "total_applied_discount_amount" in data:
            found += 1
            v = data["total_applied_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "total_applied_discount_amount"), "integer", v)
            obj.total_applied_discount_amount = v
        else:
            obj.total_applied_discount_amount = UNSET
        if "items" in data:
            found += 1
            v = data["items"]
            if v is not None:
                v = _PARSE_ORDERCALCULATED_ITEMS(v, (where, "items"), errors)
            obj.items = v
        else:
            obj.items = UNSET
        if "metadata" in data:
            found += 1
            v = data["metadata"]
            if v is not None:
                v = parse_object(v, (where, "metadata"), errors)
            obj.metadata = v
        else:
            obj.metadata = UNSET
        if "customer_id" in data:
            found += 1
            v = data["customer_id"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "customer_id"), "string", v)
            obj.customer_id = v
        else:
            obj.customer_id = UNSET
        if "referrer_id" in data:
            found += 1
            v = data["referrer_id"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "referrer_id"), "string", v)
            obj.referrer_id = v
        else:
            obj.referrer_id = UNSET
        if "object" in data:
            found += 1
            v = data["object"]
            if type(v) is not str or v not in _ORDERCALCULATED_OBJECT_VALUES:
                v = fail_enum(errors, (where, "object"), _ORDERCALCULATED_OBJECT_SHOWN, v)
            obj.object = v
        else:
            obj.object = UNSET
        if "redemptions" in data:
            found += 1
            v = data["redemptions"]
            v = _PARSE_ORDERCALCULATED_REDEMPTIONS(v, (where, "redemptions"), errors)
            obj.redemptions = v
        else:
            obj.redemptions = UNSET
        if "customer" in data:
            found += 1
            v = data["customer"]
            if v is not None:
                v = _PARSE_ORDERCALCULATED_CUSTOMER(v, (where, "customer"), errors)
            obj.customer = v
        else:
            obj.customer = UNSET
        if "referrer" in data:
            found += 1
            v = data["referrer"]
            if v is not None:
                v = _PARSE_ORDERCALCULATED_REFERRER(v, (where, "referrer"), errors)
            obj.referrer = v
        else:
            obj.referrer = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.id) is not UNSET:
            d["id"] = v0
        if (v1 := self.source_id) is not UNSET:
            d["source_id"] = v1
        if (v2 := self.created_at) is not UNSET:
            d["created_at"] = dump_datetime(v2)
        if (v3 := self.updated_at) is not UNSET:
            d["updated_at"] = None if v3 is None else dump_datetime(v3)
        if (v4 := self.status) is not UNSET:
            d["status"] = v4
        if (v5 := self.amount) is not UNSET:
            d["amount"] = v5
        if (v6 := self.initial_amount) is not UNSET:
            d["initial_amount"] = v6
        if (v7 := self.discount_amount) is not UNSET:
            d["discount_amount"] = v7
        if (v8 := self.items_discount_amount) is not UNSET:
            d["items_discount_amount"] = v8
        if (v9 := self.total_discount_amount) is not UNSET:
            d["total_discount_amount"] = v9
        if (v10 := self.total_amount) is not UNSET:
            d["total_amount"] = v10
        if (v11 := self.applied_discount_amount) is not UNSET:
            d["applied_discount_amount"] = v11
        if (v12 := self.items_applied_discount_amount) is not UNSET:
            d["items_applied_discount_amount"] = v12
        if (v13 := self.total_applied_discount_amount) is not UNSET:
            d["total_applied_discount_amount"] = v13
        if (v14 := self.items) is not UNSET:
            d["items"] = None if v14 is None else [x0.to_dict() for x0 in v14]
        if (v15 := self.metadata) is not UNSET:
            d["metadata"] = v15
        if (v16 := self.customer_id) is not UNSET:
            d["customer_id"] = v16
        if (v17 := self.referrer_id) is not UNSET:
            d["referrer_id"] = v17
        if (v18 := self.object) is not UNSET:
            d["object"] = v18
        if (v19 := self.redemptions) is not UNSET:
            d["redemptions"] = {k0: x0.to_dict() for k0, x0 in v19.items()}
        if (v20 := self.customer) is not UNSET:
            d["customer"] = None if v20 is None else v20.to_dict()
        if (v21 := self.referrer) is not UNSET:
            d["referrer"] = None if v21 is None else v21.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderCalculatedCustomerAndReferrer(Model):
    """Order Calculated

    Nested in OrderCalculated.

    Source: Order Object page."""

    customer: CustomerWithSummaryLoyaltyReferrals | CustomerId | None | Unset = UNSET
    """The customer making the purchase, in full or as an ID.

    Not in the documents (Vendor OpenAPI files): One of [Customer With Summary Loyalty
    Referrals, Customer Id]; the page capture lost this table. The branches overlap, so
    `object` cannot tell them apart: a payload with keys beyond `id` and `object` is the
    full customer. The description is ours.

    Observed (Vendor payloads): nullable True."""
    referrer: CustomerWithSummaryLoyaltyReferrals | CustomerId | None | Unset = UNSET
    """The customer who referred the customer making the purchase, in full or as an ID.

    Not in the documents (Vendor OpenAPI files): One of [Referrer With Summary Loyalty
    Referrals, Referrer Id]; the page capture lost this table. Decided like `customer`. The
    description is ours.

    Observed (Vendor payloads): nullable True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"customer", "referrer"})

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "customer" in data:
            found += 1
            v = data["customer"]
            if v is not None:
                v = _PARSE_ORDERCALCULATEDCUSTOMERANDREFERRER_CUSTOMER(
                    v, (where, "customer"), errors
                )
            obj.customer = v
        else:
            obj.customer = UNSET
        if "referrer" in data:
            found += 1
            v = data["referrer"]
            if v is not None:
                v = _PARSE_ORDERCALCULATEDCUSTOMERANDREFERRER_REFERRER(
                    v, (where, "referrer"), errors
                )
            obj.referrer = v
        else:
            obj.referrer = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.customer) is not UNSET:
            d["customer"] = None if v0 is None else v0.to_dict()
        if (v1 := self.referrer) is not UNSET:
            d["referrer"] = None if v1 is None else v1.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderResponseBase(Model):
    """Order Response Base

    Source: Order Object page."""

    id: str | Unset = UNSET
    """Unique ID assigned by Voucherify of an existing order that will be linked to the
    redemption of this request."""
    source_id: str | None | Unset = UNSET
    """Unique source ID of an existing order that will be linked to the redemption of this
    request.

    Observed (Vendor payloads): absent True."""
    created_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the order was created in ISO 8601 format.

    Observed (Vendor OpenAPI files): format 'date-time'."""
    updated_at: _dt.datetime | None | Unset = UNSET
    """Timestamp representing the date and time when the order was last updated in ISO 8601
    format.

    Observed (Vendor OpenAPI files): format 'date-time'."""
    status: Literal["CREATED", "PAID", "CANCELED", "FULFILLED", "PROCESSING"] | Unset = UNSET
    """The order status.

    Observed (Vendor guides): enum ['PROCESSING']."""
    amount: int | Unset = UNSET
    """A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing
    the total amount of the order. This is the sum of the order items' amounts."""
    initial_amount: int | Unset = UNSET
    """A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing
    the total amount of the order. This is the sum of the order items' amounts."""
    discount_amount: int | Unset = UNSET
    """Sum of all order-level discounts applied to the order."""
    items_discount_amount: int | Unset = UNSET
    """Sum of all product-specific discounts applied to the order."""
    total_discount_amount: int | Unset = UNSET
    """Sum of all order-level AND all product-specific discounts applied to the order."""
    total_amount: int | Unset = UNSET
    """Order amount after undoing all the discounts through the rollback redemption."""
    applied_discount_amount: int | Unset = UNSET
    """This field shows the order-level discount applied."""
    items_applied_discount_amount: int | Unset = UNSET
    """Sum of all product-specific discounts applied in a particular request.

    Formula: sum(items, i => i.applied_discount_amount)"""
    total_applied_discount_amount: int | Unset = UNSET
    """Sum of all order-level AND all product-specific discounts applied in a particular
    request.

    Formula: total_applied_discount_amount = applied_discount_amount +
    items_applied_discount_amount"""
    items: list[OrderItemCalculated] | None | Unset = UNSET
    """Array of items applied to the order.

    Observed (Vendor payloads): nullable True."""
    metadata: dict[str, Any] | None | Unset = UNSET
    """A set of custom key/value pairs that you can attach to an order. It can be useful for
    storing additional information about the order in a structured format.

    Observed (Vendor payloads): nullable True."""
    customer_id: str | None | Unset = UNSET
    """Unique customer ID of the customer making the purchase.

    Observed (Vendor payloads): absent True."""
    referrer_id: str | None | Unset = UNSET
    """Unique referrer ID.

    Observed (Vendor payloads): absent True."""
    object: Literal["order"] | Unset = UNSET
    """The type of object represented by JSON.

    Observed (Vendor OpenAPI files): default 'order'."""
    redemptions: dict[str, OrderRedemptions] | Unset = UNSET
    """Observed (Vendor OpenAPI files): map_key 'redemption ID'."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "source_id",
            "created_at",
            "updated_at",
            "status",
            "amount",
            "initial_amount",
            "discount_amount",
            "items_discount_amount",
            "total_discount_amount",
            "total_amount",
            "applied_discount_amount",
            "items_applied_discount_amount",
            "total_applied_discount_amount",
            "items",
            "metadata",
            "customer_id",
            "referrer_id",
            "object",
            "redemptions",
        }
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "id" in data:
            found += 1
            v = data["id"]
            if type(v) is not str:
                v = fail(errors, (where, "id"), "string", v)
            obj.id = v
        else:
            obj.id = UNSET
        if "source_id" in data:
            found += 1
            v = data["source_id"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "source_id"), "string", v)
            obj.source_id = v
        else:
            obj.source_id = UNSET
        if "created_at" in data:
            found += 1
            v = data["created_at"]
            v = parse_datetime(v, (where, "created_at"), errors)
            obj.created_at = v
        else:
            obj.created_at = UNSET
        if "updated_at" in data:
            found += 1
            v = data["updated_at"]
            if v is not None:
                v = parse_datetime(v, (where, "updated_at"), errors)
            obj.updated_at = v
        else:
            obj.updated_at = UNSET
        if "status" in data:
            found += 1
            v = data["status"]
            if type(v) is not str or v not in _ORDERRESPONSEBASE_STATUS_VALUES:
                v = fail_enum(errors, (where, "status"), _ORDERRESPONSEBASE_STATUS_SHOWN, v)
            obj.status = v
        else:
            obj.status = UNSET
        if "amount" in data:
            found += 1
            v = data["amount"]
            if not is_integer(v):
                v = fail(errors, (where, "amount"), "integer", v)
            obj.amount = v
        else:
            obj.amount = UNSET
        if "initial_amount" in data:
            found += 1
            v = data["initial_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "initial_amount"), "integer", v)
            obj.initial_amount = v
        else:
            obj.initial_amount = UNSET
        if "discount_amount" in data:
            found += 1
            v = data["discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "discount_amount"), "integer", v)
            obj.discount_amount = v
        else:
            obj.discount_amount = UNSET
        if "items_discount_amount" in data:
            found += 1
            v = data["items_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "items_discount_amount"), "integer", v)
            obj.items_discount_amount = v
        else:
            obj.items_discount_amount = UNSET
        if "total_discount_amount" in data:
            found += 1
            v = data["total_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "total_discount_amount"), "integer", v)
            obj.total_discount_amount = v
        else:
            obj.total_discount_amount = UNSET
        if "total_amount" in data:
            found += 1
            v = data["total_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "total_amount"), "integer", v)
            obj.total_amount = v
        else:
            obj.total_amount = UNSET
        if "applied_discount_amount" in data:
            found += 1
            v = data["applied_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "applied_discount_amount"), "integer", v)
            obj.applied_discount_amount = v
        else:
            obj.applied_discount_amount = UNSET
        if "items_applied_discount_amount" in data:
            found += 1
            v = data["items_applied_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "items_applied_discount_amount"), "integer", v)
            obj.items_applied_discount_amount = v
        else:
            obj.items_applied_discount_amount = UNSET
        if "total_applied_discount_amount" in data:
            found += 1
            v = data["total_applied_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "total_applied_discount_amount"), "integer", v)
            obj.total_applied_discount_amount = v
        else:
            obj.total_applied_discount_amount = UNSET
        if "items" in data:
            found += 1
            v = data["items"]
            if v is not None:
                v = _PARSE_ORDERRESPONSEBASE_ITEMS(v, (where, "items"), errors)
            obj.items = v
        else:
            obj.items = UNSET
        if "metadata" in data:
            found += 1
            v = data["metadata"]
            if v is not None:
                v = parse_object(v, (where, "metadata"), errors)
            obj.metadata = v
        else:
            obj.metadata = UNSET
        if "customer_id" in data:
            found += 1
            v = data["customer_id"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "customer_id"), "string", v)
            obj.customer_id = v
        else:
            obj.customer_id = UNSET
        if "referrer_id" in data:
            found += 1
            v = data["referrer_id"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "referrer_id"), "string", v)
            obj.referrer_id = v
        else:
            obj.referrer_id = UNSET
        if "object" in data:
            found += 1
            v = data["object"]
            if type(v) is not str or v not in _ORDERRESPONSEBASE_OBJECT_VALUES:
                v = fail_enum(errors, (where, "object"), _ORDERRESPONSEBASE_OBJECT_SHOWN, v)
            obj.object = v
        else:
            obj.object = UNSET
        if "redemptions" in data:
            found += 1
            v = data["redemptions"]
            v = _PARSE_ORDERRESPONSEBASE_REDEMPTIONS(v, (where, "redemptions"), errors)
            obj.redemptions = v
        else:
            obj.redemptions = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.id) is not UNSET:
            d["id"] = v0
        if (v1 := self.source_id) is not UNSET:
            d["source_id"] = v1
        if (v2 := self.created_at) is not UNSET:
            d["created_at"] = dump_datetime(v2)
        if (v3 := self.updated_at) is not UNSET:
            d["updated_at"] = None if v3 is None else dump_datetime(v3)
        if (v4 := self.status) is not UNSET:
            d["status"] = v4
        if (v5 := self.amount) is not UNSET:
            d["amount"] = v5
        if (v6 := self.initial_amount) is not UNSET:
            d["initial_amount"] = v6
        if (v7 := self.discount_amount) is not UNSET:
            d["discount_amount"] = v7
        if (v8 := self.items_discount_amount) is not UNSET:
            d["items_discount_amount"] = v8
        if (v9 := self.total_discount_amount) is not UNSET:
            d["total_discount_amount"] = v9
        if (v10 := self.total_amount) is not UNSET:
            d["total_amount"] = v10
        if (v11 := self.applied_discount_amount) is not UNSET:
            d["applied_discount_amount"] = v11
        if (v12 := self.items_applied_discount_amount) is not UNSET:
            d["items_applied_discount_amount"] = v12
        if (v13 := self.total_applied_discount_amount) is not UNSET:
            d["total_applied_discount_amount"] = v13
        if (v14 := self.items) is not UNSET:
            d["items"] = None if v14 is None else [x0.to_dict() for x0 in v14]
        if (v15 := self.metadata) is not UNSET:
            d["metadata"] = v15
        if (v16 := self.customer_id) is not UNSET:
            d["customer_id"] = v16
        if (v17 := self.referrer_id) is not UNSET:
            d["referrer_id"] = v17
        if (v18 := self.object) is not UNSET:
            d["object"] = v18
        if (v19 := self.redemptions) is not UNSET:
            d["redemptions"] = {k0: x0.to_dict() for k0, x0 in v19.items()}
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerId(Model):
    """Customer Id

    Source: Order Object page."""

    id: str | Unset = UNSET
    """A unique identifier of an existing customer."""
    object: Literal["customer"] | Unset = UNSET
    """The type of object represented by JSON.

    Observed (Vendor OpenAPI files): default 'customer'."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"id", "object"})

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "id" in data:
            found += 1
            v = data["id"]
            if type(v) is not str:
                v = fail(errors, (where, "id"), "string", v)
            obj.id = v
        else:
            obj.id = UNSET
        if "object" in data:
            found += 1
            v = data["object"]
            if type(v) is not str or v not in _CUSTOMERID_OBJECT_VALUES:
                v = fail_enum(errors, (where, "object"), _CUSTOMERID_OBJECT_SHOWN, v)
            obj.object = v
        else:
            obj.object = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.id) is not UNSET:
            d["id"] = v0
        if (v1 := self.object) is not UNSET:
            d["object"] = v1
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderItemCalculated(Model):
    """Order Item Calculated

    Source: Order Object page."""

    id: str | Unset = UNSET
    """Unique ID of the order item.

    Not in the documents (Vendor payloads): Sent in real payloads as \"ordli_...\"; not on the
    reference page. The description is ours."""
    sku_id: str | None | Unset = UNSET
    """A unique SKU ID assigned by Voucherify.

    Observed (Vendor payloads): nullable True."""
    product_id: str | None | Unset = UNSET
    """A unique product ID assigned by Voucherify.

    Observed (Vendor payloads): nullable True."""
    related_object: Literal["product", "sku"] | Unset = UNSET
    """Used along with the source_id property, can be set to either sku or product."""
    source_id: str | None | Unset = UNSET
    """The merchant’s product/SKU ID (if it is different from the Voucherify product/SKU ID).
    It is useful in the integration between multiple systems. It can be an ID from an
    eCommerce site, a database, or a third-party service.

    Observed (Vendor payloads): nullable True."""
    quantity: int | Unset = UNSET
    """The quantity of the particular item in the cart."""
    discount_quantity: int | Unset = UNSET
    """Number of dicounted items."""
    initial_quantity: int | Unset = UNSET
    """A positive integer in the smallest unit quantity representing the total amount of the
    order; this is the sum of the order items' quantity."""
    amount: int | Unset = UNSET
    """The total amount of the order item (price * quantity)."""
    discount_amount: int | Unset = UNSET
    """Sum of all order-item-level discounts applied to the order."""
    applied_discount_amount: int | Unset = UNSET
    """This field shows the order-level discount applied."""
    initial_amount: int | Unset = UNSET
    """A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing
    the total amount of the order. This is the sum of the order items' amounts."""
    total_applied_discount_amount: int | Unset = UNSET
    """Sum of all order-level AND all product-specific discounts applied in a particular
    request.

    Formula: total_applied_discount_amount = applied_discount_amount +
    items_applied_discount_amount

    The formula cannot hold for this object, so it is never applied. An order item has no
    `items_applied_discount_amount`: the documents repeat the order's formula on the item's
    field."""
    price: int | Unset = UNSET
    """Unit price of an item. Value is multiplied by 100 to precisely represent 2 decimal
    places. For example 10000 cents for $100.00."""
    subtotal_amount: int | Unset = UNSET
    """Final order item amount after the applied item-level discount. If there are no
    item-level discounts applied, this item is equal to the amount.

    Formula: subtotal_amount=amount-applied_discount_amount"""
    product: OrderItemCalculatedProduct | Unset = UNSET
    """An object containing details of the related product."""
    sku: OrderItemCalculatedSku | Unset = UNSET
    """An object containing details of the related SKU."""
    object: Literal["order_item"] | Unset = UNSET
    """The type of object represented by JSON.

    Observed (Vendor OpenAPI files): default 'order_item'."""
    metadata: dict[str, Any] | Unset = UNSET
    """A set of custom key/value pairs that you can attach to an SKU. It can be useful for
    storing additional information about the SKU in a structured format."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "sku_id",
            "product_id",
            "related_object",
            "source_id",
            "quantity",
            "discount_quantity",
            "initial_quantity",
            "amount",
            "discount_amount",
            "applied_discount_amount",
            "initial_amount",
            "total_applied_discount_amount",
            "price",
            "subtotal_amount",
            "product",
            "sku",
            "object",
            "metadata",
        }
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "id" in data:
            found += 1
            v = data["id"]
            if type(v) is not str:
                v = fail(errors, (where, "id"), "string", v)
            obj.id = v
        else:
            obj.id = UNSET
        if "sku_id" in data:
            found += 1
            v = data["sku_id"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "sku_id"), "string", v)
            obj.sku_id = v
        else:
            obj.sku_id = UNSET
        if "product_id" in data:
            found += 1
            v = data["product_id"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "product_id"), "string", v)
            obj.product_id = v
        else:
            obj.product_id = UNSET
        if "related_object" in data:
            found += 1
            v = data["related_object"]
            if type(v) is not str or v not in _ORDERITEMCALCULATED_RELATED_OBJECT_VALUES:
                v = fail_enum(
                    errors, (where, "related_object"), _ORDERITEMCALCULATED_RELATED_OBJECT_SHOWN, v
                )
            obj.related_object = v
        else:
            obj.related_object = UNSET
        if "source_id" in data:
            found += 1
            v = data["source_id"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "source_id"), "string", v)
            obj.source_id = v
        else:
            obj.source_id = UNSET
        if "quantity" in data:
            found += 1
            v = data["quantity"]
            if not is_integer(v):
                v = fail(errors, (where, "quantity"), "integer", v)
            obj.quantity = v
        else:
            obj.quantity = UNSET
        if "discount_quantity" in data:
            found += 1
            v = data["discount_quantity"]
            if not is_integer(v):
                v = fail(errors, (where, "discount_quantity"), "integer", v)
            obj.discount_quantity = v
        else:
            obj.discount_quantity = UNSET
        if "initial_quantity" in data:
            found += 1
            v = data["initial_quantity"]
            if not is_integer(v):
                v = fail(errors, (where, "initial_quantity"), "integer", v)
            obj.initial_quantity = v
        else:
            obj.initial_quantity = UNSET
        if "amount" in data:
            found += 1
            v = data["amount"]
            if not is_integer(v):
                v = fail(errors, (where, "amount"), "integer", v)
            obj.amount = v
        else:
            obj.amount = UNSET
        if "discount_amount" in data:
            found += 1
            v = data["discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "discount_amount"), "integer", v)
            obj.discount_amount = v
        else:
            obj.discount_amount = UNSET
        if "applied_discount_amount" in data:
            found += 1
            v = data["applied_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "applied_discount_amount"), "integer", v)
            obj.applied_discount_amount = v
        else:
            obj.applied_discount_amount = UNSET
        if "initial_amount" in data:
            found += 1
            v = data["initial_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "initial_amount"), "integer", v)
            obj.initial_amount = v
        else:
            obj.initial_amount = UNSET
        if "total_applied_discount_amount" in data:
            found += 1
            v = data["total_applied_discount_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "total_applied_discount_amount"), "integer", v)
            obj.total_applied_discount_amount = v
        else:
            obj.total_applied_discount_amount = UNSET
        if "price" in data:
            found += 1
            v = data["price"]
            if not is_integer(v):
                v = fail(errors, (where, "price"), "integer", v)
            obj.price = v
        else:
            obj.price = UNSET
        if "subtotal_amount" in data:
            found += 1
            v = data["subtotal_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "subtotal_amount"), "integer", v)
            obj.subtotal_amount = v
        else:
            obj.subtotal_amount = UNSET
        if "product" in data:
            found += 1
            v = data["product"]
            v = _parse_OrderItemCalculatedProduct(v, (where, "product"), errors)
            obj.product = v
        else:
            obj.product = UNSET
        if "sku" in data:
            found += 1
            v = data["sku"]
            v = _parse_OrderItemCalculatedSku(v, (where, "sku"), errors)
            obj.sku = v
        else:
            obj.sku = UNSET
        if "object" in data:
            found += 1
            v = data["object"]
            if type(v) is not str or v not in _ORDERITEMCALCULATED_OBJECT_VALUES:
                v = fail_enum(errors, (where, "object"), _ORDERITEMCALCULATED_OBJECT_SHOWN, v)
            obj.object = v
        else:
            obj.object = UNSET
        if "metadata" in data:
            found += 1
            v = data["metadata"]
            v = parse_object(v, (where, "metadata"), errors)
            obj.metadata = v
        else:
            obj.metadata = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.id) is not UNSET:
            d["id"] = v0
        if (v1 := self.sku_id) is not UNSET:
            d["sku_id"] = v1
        if (v2 := self.product_id) is not UNSET:
            d["product_id"] = v2
        if (v3 := self.related_object) is not UNSET:
            d["related_object"] = v3
        if (v4 := self.source_id) is not UNSET:
            d["source_id"] = v4
        if (v5 := self.quantity) is not UNSET:
            d["quantity"] = v5
        if (v6 := self.discount_quantity) is not UNSET:
            d["discount_quantity"] = v6
        if (v7 := self.initial_quantity) is not UNSET:
            d["initial_quantity"] = v7
        if (v8 := self.amount) is not UNSET:
            d["amount"] = v8
        if (v9 := self.discount_amount) is not UNSET:
            d["discount_amount"] = v9
        if (v10 := self.applied_discount_amount) is not UNSET:
            d["applied_discount_amount"] = v10
        if (v11 := self.initial_amount) is not UNSET:
            d["initial_amount"] = v11
        if (v12 := self.total_applied_discount_amount) is not UNSET:
            d["total_applied_discount_amount"] = v12
        if (v13 := self.price) is not UNSET:
            d["price"] = v13
        if (v14 := self.subtotal_amount) is not UNSET:
            d["subtotal_amount"] = v14
        if (v15 := self.product) is not UNSET:
            d["product"] = v15.to_dict()
        if (v16 := self.sku) is not UNSET:
            d["sku"] = v16.to_dict()
        if (v17 := self.object) is not UNSET:
            d["object"] = v17
        if (v18 := self.metadata) is not UNSET:
            d["metadata"] = v18
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderItemCalculatedProduct(Model):
    """An object containing details of the related product.

    Nested in OrderItemCalculated.

    Source: Order Object page."""

    id: str | Unset = UNSET
    """A unique identifier that represents the product and is assigned by Voucherify.

    Observed (Vendor payloads): absent True."""
    source_id: str | Unset = UNSET
    """The merchant’s product ID (if it is different than Voucherify's product ID). It is
    really useful in case of integration between multiple systems. It can be an ID from an
    eCommerce site, a database or a 3rd party service."""
    override: bool | Unset = UNSET
    """The override set to true is used to store the product information in the system. If the
    product does not exist, it will be created with a source_id; if it does exist, the
    provided values for the name, price, and metadata will replace those already stored in
    the system."""
    name: str | Unset = UNSET
    """Product name."""
    metadata: dict[str, Any] | Unset = UNSET
    """A set of custom key/value pairs that you can attach to a product. It can be useful for
    storing additional information about the product in a structured format."""
    price: int | float | Unset = UNSET
    """Product price. A positive integer in the smallest currency unit (e.g. 100 cents for
    $1.00)."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"id", "source_id", "override", "name", "metadata", "price"}
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "id" in data:
            found += 1
            v = data["id"]
            if type(v) is not str:
                v = fail(errors, (where, "id"), "string", v)
            obj.id = v
        else:
            obj.id = UNSET
        if "source_id" in data:
            found += 1
            v = data["source_id"]
            if type(v) is not str:
                v = fail(errors, (where, "source_id"), "string", v)
            obj.source_id = v
        else:
            obj.source_id = UNSET
        if "override" in data:
            found += 1
            v = data["override"]
            if type(v) is not bool:
                v = fail(errors, (where, "override"), "boolean", v)
            obj.override = v
        else:
            obj.override = UNSET
        if "name" in data:
            found += 1
            v = data["name"]
            if type(v) is not str:
                v = fail(errors, (where, "name"), "string", v)
            obj.name = v
        else:
            obj.name = UNSET
        if "metadata" in data:
            found += 1
            v = data["metadata"]
            v = parse_object(v, (where, "metadata"), errors)
            obj.metadata = v
        else:
            obj.metadata = UNSET
        if "price" in data:
            found += 1
            v = data["price"]
            if not is_number(v):
                v = fail(errors, (where, "price"), "number", v)
            obj.price = v
        else:
            obj.price = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.id) is not UNSET:
            d["id"] = v0
        if (v1 := self.source_id) is not UNSET:
            d["source_id"] = v1
        if (v2 := self.override) is not UNSET:
            d["override"] = v2
        if (v3 := self.name) is not UNSET:
            d["name"] = v3
        if (v4 := self.metadata) is not UNSET:
            d["metadata"] = v4
        if (v5 := self.price) is not UNSET:
            d["price"] = v5
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderItemCalculatedSku(Model):
    """An object containing details of the related SKU.

    Nested in OrderItemCalculated.

    Source: Order Object page."""

    id: str | Unset = UNSET
    """A unique identifier that represents the SKU and is assigned by Voucherify."""
    source_id: str | Unset = UNSET
    """The merchant’s SKU ID (if it is different than Voucherify's SKU ID). It is really useful
    in case of integration between multiple systems. It can be an ID from an eCommerce site,
    a database or a 3rd party service."""
    override: bool | Unset = UNSET
    """The override set to true is used to store the product information in the system. If the
    product does not exist, it will be created with a source_id; if it does exist, the
    provided values for the name, price, and metadata will replace those already stored in
    the system."""
    sku: str | Unset = UNSET
    """The SKU name."""
    price: int | float | Unset = UNSET
    """SKU price. A positive integer in the smallest currency unit (e.g. 100 cents for $1.00)."""
    metadata: dict[str, Any] | Unset = UNSET
    """A set of custom key/value pairs attached to the SKU.

    Not in the documents (Vendor payloads): Sent in real payloads; not on the reference
    page. The description is ours."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"id", "source_id", "override", "sku", "price", "metadata"}
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "id" in data:
            found += 1
            v = data["id"]
            if type(v) is not str:
                v = fail(errors, (where, "id"), "string", v)
            obj.id = v
        else:
            obj.id = UNSET
        if "source_id" in data:
            found += 1
            v = data["source_id"]
            if type(v) is not str:
                v = fail(errors, (where, "source_id"), "string", v)
            obj.source_id = v
        else:
            obj.source_id = UNSET
        if "override" in data:
            found += 1
            v = data["override"]
            if type(v) is not bool:
                v = fail(errors, (where, "override"), "boolean", v)
            obj.override = v
        else:
            obj.override = UNSET
        if "sku" in data:
            found += 1
            v = data["sku"]
            if type(v) is not str:
                v = fail(errors, (where, "sku"), "string", v)
            obj.sku = v
        else:
            obj.sku = UNSET
        if "price" in data:
            found += 1
            v = data["price"]
            if not is_number(v):
                v = fail(errors, (where, "price"), "number", v)
            obj.price = v
        else:
            obj.price = UNSET
        if "metadata" in data:
            found += 1
            v = data["metadata"]
            v = parse_object(v, (where, "metadata"), errors)
            obj.metadata = v
        else:
            obj.metadata = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.id) is not UNSET:
            d["id"] = v0
        if (v1 := self.source_id) is not UNSET:
            d["source_id"] = v1
        if (v2 := self.override) is not UNSET:
            d["override"] = v2
        if (v3 := self.sku) is not UNSET:
            d["sku"] = v3
        if (v4 := self.price) is not UNSET:
            d["price"] = v4
        if (v5 := self.metadata) is not UNSET:
            d["metadata"] = v5
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderRedemptions(Model):
    """Order Redemptions

    Source: Order Object page."""

    date: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the redemption was created in ISO 8601
    format.

    Observed (Vendor OpenAPI files): format 'date-time'."""
    rollback_id: str | Unset = UNSET
    """Unique ID of the redemption rollback."""
    rollback_date: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and tiem when the redemption rollback was created in ISO
    8601 format.

    Observed (Vendor OpenAPI files): format 'date-time'."""
    related_object_type: str | Unset = UNSET
    """The source of the incentive.

    Observed (Vendor payloads): examples ['voucher', 'promotion_tier', 'redemption']."""
    related_object_id: str | Unset = UNSET
    """Unique ID of the parent redemption."""
    related_object_parent_id: str | Unset = UNSET
    """Represent's the campaign ID of the voucher if the redemption was based on a voucher that
    was part of bulk codes generated within a campaign. In case of a promotion tier, this
    represents the campaign ID of the promotion tier's parent campaign."""
    stacked: list[str] | Unset = UNSET
    """Contains a list of unique IDs of child redemptions, which belong to the stacked
    incentives.

    Observed (Vendor OpenAPI files): items {'type': 'string'}."""
    rollback_stacked: list[str] | Unset = UNSET
    """Lists the rollback redemption IDs of the particular child redemptions.

    Observed (Vendor OpenAPI files): items {'type': 'string'}."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "date",
            "rollback_id",
            "rollback_date",
            "related_object_type",
            "related_object_id",
            "related_object_parent_id",
            "stacked",
            "rollback_stacked",
        }
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "date" in data:
            found += 1
            v = data["date"]
            v = parse_datetime(v, (where, "date"), errors)
            obj.date = v
        else:
            obj.date = UNSET
        if "rollback_id" in data:
            found += 1
            v = data["rollback_id"]
            if type(v) is not str:
                v = fail(errors, (where, "rollback_id"), "string", v)
            obj.rollback_id = v
        else:
            obj.rollback_id = UNSET
        if "rollback_date" in data:
            found += 1
            v = data["rollback_date"]
            v = parse_datetime(v, (where, "rollback_date"), errors)
            obj.rollback_date = v
        else:
            obj.rollback_date = UNSET
        if "related_object_type" in data:
            found += 1
            v = data["related_object_type"]
            if type(v) is not str:
                v = fail(errors, (where, "related_object_type"), "string", v)
            obj.related_object_type = v
        else:
            obj.related_object_type = UNSET
        if "related_object_id" in data:
            found += 1
            v = data["related_object_id"]
            if type(v) is not str:
                v = fail(errors, (where, "related_object_id"), "string", v)
            obj.related_object_id = v
        else:
            obj.related_object_id = UNSET
        if "related_object_parent_id" in data:
            found += 1
            v = data["related_object_parent_id"]
            if type(v) is not str:
                v = fail(errors, (where, "related_object_parent_id"), "string", v)
            obj.related_object_parent_id = v
        else:
            obj.related_object_parent_id = UNSET
        if "stacked" in data:
            found += 1
            v = data["stacked"]
            v = _PARSE_ORDERREDEMPTIONS_STACKED(v, (where, "stacked"), errors)
            obj.stacked = v
        else:
            obj.stacked = UNSET
        if "rollback_stacked" in data:
            found += 1
            v = data["rollback_stacked"]
            v = _PARSE_ORDERREDEMPTIONS_ROLLBACK_STACKED(v, (where, "rollback_stacked"), errors)
            obj.rollback_stacked = v
        else:
            obj.rollback_stacked = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.date) is not UNSET:
            d["date"] = dump_datetime(v0)
        if (v1 := self.rollback_id) is not UNSET:
            d["rollback_id"] = v1
        if (v2 := self.rollback_date) is not UNSET:
            d["rollback_date"] = dump_datetime(v2)
        if (v3 := self.related_object_type) is not UNSET:
            d["related_object_type"] = v3
        if (v4 := self.related_object_id) is not UNSET:
            d["related_object_id"] = v4
        if (v5 := self.related_object_parent_id) is not UNSET:
            d["related_object_parent_id"] = v5
        if (v6 := self.stacked) is not UNSET:
            d["stacked"] = list(v6)
        if (v7 := self.rollback_stacked) is not UNSET:
            d["rollback_stacked"] = list(v7)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


ReferrerWithSummaryLoyaltyReferrals = CustomerWithSummaryLoyaltyReferrals


ReferrerId = CustomerId


_parse_OrderItemCalculated = OrderItemCalculated._parse
_parse_OrderRedemptions = OrderRedemptions._parse
_parse_CustomerId = CustomerId._parse
_parse_CustomerWithSummaryLoyaltyReferrals = CustomerWithSummaryLoyaltyReferrals._parse
_parse_OrderItemCalculatedProduct = OrderItemCalculatedProduct._parse
_parse_OrderItemCalculatedSku = OrderItemCalculatedSku._parse
_PARSE_ORDERCALCULATED_ITEMS = partial(parse_list, _parse_OrderItemCalculated)
_PARSE_ORDERCALCULATED_REDEMPTIONS = partial(parse_map, _parse_OrderRedemptions)
_PARSE_ORDERCALCULATED_CUSTOMER = union_parser(
    CustomerId._WIRE_NAMES, _parse_CustomerId, _parse_CustomerWithSummaryLoyaltyReferrals
)
_PARSE_ORDERCALCULATED_REFERRER = union_parser(
    CustomerId._WIRE_NAMES, _parse_CustomerId, _parse_CustomerWithSummaryLoyaltyReferrals
)
_PARSE_ORDERCALCULATEDCUSTOMERANDREFERRER_CUSTOMER = union_parser(
    CustomerId._WIRE_NAMES, _parse_CustomerId, _parse_CustomerWithSummaryLoyaltyReferrals
)
_PARSE_ORDERCALCULATEDCUSTOMERANDREFERRER_REFERRER = union_parser(
    CustomerId._WIRE_NAMES, _parse_CustomerId, _parse_CustomerWithSummaryLoyaltyReferrals
)
_PARSE_ORDERRESPONSEBASE_ITEMS = partial(parse_list, _parse_OrderItemCalculated)
_PARSE_ORDERRESPONSEBASE_REDEMPTIONS = partial(parse_map, _parse_OrderRedemptions)
_PARSE_ORDERREDEMPTIONS_STACKED = partial(parse_list_of_type, str, "string")
_PARSE_ORDERREDEMPTIONS_ROLLBACK_STACKED = partial(parse_list_of_type, str, "string")


# The C accelerator, where it runs, parses and writes this module's classes from now on.
take(globals())

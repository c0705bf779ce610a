# Generated from spec/order.yaml by `python -m generator regenerate`. Do not edit.
"""Order Object: the classes of the vendor's page, in its order."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Self

from ._runtime import (
    UNSET,
    ErrorItem,
    Model,
    Path,
    Unset,
    dump_datetime,
    extra_keys,
    fail,
    fail_enum,
    is_mapping,
    is_number,
    parse_datetime,
    parse_list,
    parse_map,
    parse_object,
    parse_str,
    partial_item,
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

    Source: seed-002, page order."""

    id: str | Unset = UNSET
    """Unique ID assigned by Voucherify of an existing order that will be linked to the
    redemption of this request."""
    source_id: str | None | Unset = UNSET
    """Unique source ID of an existing order that will be linked to the redemption of this
    request.

    Observed (payloads): absent True."""
    created_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the order was created in ISO 8601 format.

    Observed (openapi): format 'date-time'."""
    updated_at: _dt.datetime | None | Unset = UNSET
    """Timestamp representing the date and time when the order was last updated in ISO 8601
    format.

    Observed (openapi): format 'date-time'."""
    status: Literal["CREATED", "PAID", "CANCELED", "FULFILLED", "PROCESSING"] | Unset = UNSET
    """The order status.

    Observed (guides): enum ['PROCESSING']."""
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

    Observed (payloads): nullable True."""
    metadata: dict[str, Any] | None | Unset = UNSET
    """A set of custom key/value pairs that you can attach to an order. It can be useful for
    storing additional information about the order in a structured format.

    Observed (payloads): nullable True."""
    customer_id: str | None | Unset = UNSET
    """Unique customer ID of the customer making the purchase.

    Observed (payloads): absent True."""
    referrer_id: str | None | Unset = UNSET
    """Unique referrer ID.

    Observed (payloads): absent True."""
    object: Literal["order"] | Unset = UNSET
    """The type of object represented by JSON.

    Observed (openapi): default 'order'."""
    redemptions: dict[str, OrderRedemptions] | Unset = UNSET
    """Observed (openapi): map_key 'redemption ID'."""
    customer: CustomerWithSummaryLoyaltyReferrals | CustomerId | None | Unset = UNSET
    """The customer making the purchase, in full or as an ID.

    Not in the documents (openapi): One of [Customer With Summary Loyalty Referrals,
    Customer Id]; the page capture lost this table. The branches overlap, so `object` cannot
    tell them apart: a payload with keys beyond `id` and `object` is the full customer. The
    description is ours.

    Observed (payloads): nullable True."""
    referrer: CustomerWithSummaryLoyaltyReferrals | CustomerId | None | Unset = UNSET
    """The customer who referred the customer making the purchase, in full or as an ID.

    Not in the documents (openapi): One of [Referrer With Summary Loyalty Referrals,
    Referrer Id]; the page capture lost this table. Decided like `customer`. The description
    is ours.

    Observed (payloads): nullable True."""
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
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "id"), "string", v)
        obj.id = v
        v = data.get("source_id", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "source_id"), "string", v)
        obj.source_id = v
        v = data.get("created_at", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_datetime(v, (*path, "created_at"), errors)
        obj.created_at = v
        v = data.get("updated_at", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = parse_datetime(v, (*path, "updated_at"), errors)
        obj.updated_at = v
        v = data.get("status", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str or v not in _ORDERCALCULATED_STATUS_VALUES:
                v = fail_enum(errors, (*path, "status"), _ORDERCALCULATED_STATUS_SHOWN, v)
        obj.status = v
        v = data.get("amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "amount"), "integer", v)
        obj.amount = v
        v = data.get("initial_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "initial_amount"), "integer", v)
        obj.initial_amount = v
        v = data.get("discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "discount_amount"), "integer", v)
        obj.discount_amount = v
        v = data.get("items_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "items_discount_amount"), "integer", v)
        obj.items_discount_amount = v
        v = data.get("total_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_discount_amount"), "integer", v)
        obj.total_discount_amount = v
        v = data.get("total_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_amount"), "integer", v)
        obj.total_amount = v
        v = data.get("applied_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "applied_discount_amount"), "integer", v)
        obj.applied_discount_amount = v
        v = data.get("items_applied_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "items_applied_discount_amount"), "integer", v)
        obj.items_applied_discount_amount = v
        v = data.get("total_applied_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_applied_discount_amount"), "integer", v)
        obj.total_applied_discount_amount = v
        v = data.get("items", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = _PARSE_ORDERCALCULATED_ITEMS(v, (*path, "items"), errors)
        obj.items = v
        v = data.get("metadata", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = parse_object(v, (*path, "metadata"), errors)
        obj.metadata = v
        v = data.get("customer_id", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "customer_id"), "string", v)
        obj.customer_id = v
        v = data.get("referrer_id", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "referrer_id"), "string", v)
        obj.referrer_id = v
        v = data.get("object", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str or v not in _ORDERCALCULATED_OBJECT_VALUES:
                v = fail_enum(errors, (*path, "object"), _ORDERCALCULATED_OBJECT_SHOWN, v)
        obj.object = v
        v = data.get("redemptions", UNSET)
        if v is not UNSET:
            found += 1
            v = _PARSE_ORDERCALCULATED_REDEMPTIONS(v, (*path, "redemptions"), errors)
        obj.redemptions = v
        v = data.get("customer", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = _PARSE_ORDERCALCULATED_CUSTOMER(v, (*path, "customer"), errors)
        obj.customer = v
        v = data.get("referrer", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = _PARSE_ORDERCALCULATED_REFERRER(v, (*path, "referrer"), errors)
        obj.referrer = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.source_id is not UNSET:
            d["source_id"] = self.source_id
        if self.created_at is not UNSET:
            d["created_at"] = dump_datetime(self.created_at)
        if self.updated_at is not UNSET:
            d["updated_at"] = None if self.updated_at is None else dump_datetime(self.updated_at)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.amount is not UNSET:
            d["amount"] = self.amount
        if self.initial_amount is not UNSET:
            d["initial_amount"] = self.initial_amount
        if self.discount_amount is not UNSET:
            d["discount_amount"] = self.discount_amount
        if self.items_discount_amount is not UNSET:
            d["items_discount_amount"] = self.items_discount_amount
        if self.total_discount_amount is not UNSET:
            d["total_discount_amount"] = self.total_discount_amount
        if self.total_amount is not UNSET:
            d["total_amount"] = self.total_amount
        if self.applied_discount_amount is not UNSET:
            d["applied_discount_amount"] = self.applied_discount_amount
        if self.items_applied_discount_amount is not UNSET:
            d["items_applied_discount_amount"] = self.items_applied_discount_amount
        if self.total_applied_discount_amount is not UNSET:
            d["total_applied_discount_amount"] = self.total_applied_discount_amount
        if self.items is not UNSET:
            d["items"] = None if self.items is None else [x0.to_dict() for x0 in self.items]
        if self.metadata is not UNSET:
            d["metadata"] = self.metadata
        if self.customer_id is not UNSET:
            d["customer_id"] = self.customer_id
        if self.referrer_id is not UNSET:
            d["referrer_id"] = self.referrer_id
        if self.object is not UNSET:
            d["object"] = self.object
        if self.redemptions is not UNSET:
            d["redemptions"] = {k0: x0.to_dict() for k0, x0 in self.redemptions.items()}
        if self.customer is not UNSET:
            d["customer"] = None if self.customer is None else self.customer.to_dict()
        if self.referrer is not UNSET:
            d["referrer"] = None if self.referrer is None else self.referrer.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderCalculatedCustomerAndReferrer(Model):
    """Order Calculated

    Nested in OrderCalculated.

    Source: seed-002, page order."""

    customer: CustomerWithSummaryLoyaltyReferrals | CustomerId | None | Unset = UNSET
    """The customer making the purchase, in full or as an ID.

    Not in the documents (openapi): One of [Customer With Summary Loyalty Referrals,
    Customer Id]; the page capture lost this table. The branches overlap, so `object` cannot
    tell them apart: a payload with keys beyond `id` and `object` is the full customer. The
    description is ours.

    Observed (payloads): nullable True."""
    referrer: CustomerWithSummaryLoyaltyReferrals | CustomerId | None | Unset = UNSET
    """The customer who referred the customer making the purchase, in full or as an ID.

    Not in the documents (openapi): One of [Referrer With Summary Loyalty Referrals,
    Referrer Id]; the page capture lost this table. Decided like `customer`. The description
    is ours.

    Observed (payloads): nullable True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"customer", "referrer"})

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("customer", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = _PARSE_ORDERCALCULATEDCUSTOMERANDREFERRER_CUSTOMER(
                    v, (*path, "customer"), errors
                )
        obj.customer = v
        v = data.get("referrer", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = _PARSE_ORDERCALCULATEDCUSTOMERANDREFERRER_REFERRER(
                    v, (*path, "referrer"), errors
                )
        obj.referrer = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.customer is not UNSET:
            d["customer"] = None if self.customer is None else self.customer.to_dict()
        if self.referrer is not UNSET:
            d["referrer"] = None if self.referrer is None else self.referrer.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderResponseBase(Model):
    """Order Response Base

    Source: seed-002, page order."""

    id: str | Unset = UNSET
    """Unique ID assigned by Voucherify of an existing order that will be linked to the
    redemption of this request."""
    source_id: str | None | Unset = UNSET
    """Unique source ID of an existing order that will be linked to the redemption of this
    request.

    Observed (payloads): absent True."""
    created_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the order was created in ISO 8601 format.

    Observed (openapi): format 'date-time'."""
    updated_at: _dt.datetime | None | Unset = UNSET
    """Timestamp representing the date and time when the order was last updated in ISO 8601
    format.

    Observed (openapi): format 'date-time'."""
    status: Literal["CREATED", "PAID", "CANCELED", "FULFILLED", "PROCESSING"] | Unset = UNSET
    """The order status.

    Observed (guides): enum ['PROCESSING']."""
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

    Observed (payloads): nullable True."""
    metadata: dict[str, Any] | None | Unset = UNSET
    """A set of custom key/value pairs that you can attach to an order. It can be useful for
    storing additional information about the order in a structured format.

    Observed (payloads): nullable True."""
    customer_id: str | None | Unset = UNSET
    """Unique customer ID of the customer making the purchase.

    Observed (payloads): absent True."""
    referrer_id: str | None | Unset = UNSET
    """Unique referrer ID.

    Observed (payloads): absent True."""
    object: Literal["order"] | Unset = UNSET
    """The type of object represented by JSON.

    Observed (openapi): default 'order'."""
    redemptions: dict[str, OrderRedemptions] | Unset = UNSET
    """Observed (openapi): map_key 'redemption ID'."""
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
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "id"), "string", v)
        obj.id = v
        v = data.get("source_id", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "source_id"), "string", v)
        obj.source_id = v
        v = data.get("created_at", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_datetime(v, (*path, "created_at"), errors)
        obj.created_at = v
        v = data.get("updated_at", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = parse_datetime(v, (*path, "updated_at"), errors)
        obj.updated_at = v
        v = data.get("status", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str or v not in _ORDERRESPONSEBASE_STATUS_VALUES:
                v = fail_enum(errors, (*path, "status"), _ORDERRESPONSEBASE_STATUS_SHOWN, v)
        obj.status = v
        v = data.get("amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "amount"), "integer", v)
        obj.amount = v
        v = data.get("initial_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "initial_amount"), "integer", v)
        obj.initial_amount = v
        v = data.get("discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "discount_amount"), "integer", v)
        obj.discount_amount = v
        v = data.get("items_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "items_discount_amount"), "integer", v)
        obj.items_discount_amount = v
        v = data.get("total_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_discount_amount"), "integer", v)
        obj.total_discount_amount = v
        v = data.get("total_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_amount"), "integer", v)
        obj.total_amount = v
        v = data.get("applied_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "applied_discount_amount"), "integer", v)
        obj.applied_discount_amount = v
        v = data.get("items_applied_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "items_applied_discount_amount"), "integer", v)
        obj.items_applied_discount_amount = v
        v = data.get("total_applied_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_applied_discount_amount"), "integer", v)
        obj.total_applied_discount_amount = v
        v = data.get("items", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = _PARSE_ORDERRESPONSEBASE_ITEMS(v, (*path, "items"), errors)
        obj.items = v
        v = data.get("metadata", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = parse_object(v, (*path, "metadata"), errors)
        obj.metadata = v
        v = data.get("customer_id", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "customer_id"), "string", v)
        obj.customer_id = v
        v = data.get("referrer_id", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "referrer_id"), "string", v)
        obj.referrer_id = v
        v = data.get("object", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str or v not in _ORDERRESPONSEBASE_OBJECT_VALUES:
                v = fail_enum(errors, (*path, "object"), _ORDERRESPONSEBASE_OBJECT_SHOWN, v)
        obj.object = v
        v = data.get("redemptions", UNSET)
        if v is not UNSET:
            found += 1
            v = _PARSE_ORDERRESPONSEBASE_REDEMPTIONS(v, (*path, "redemptions"), errors)
        obj.redemptions = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.source_id is not UNSET:
            d["source_id"] = self.source_id
        if self.created_at is not UNSET:
            d["created_at"] = dump_datetime(self.created_at)
        if self.updated_at is not UNSET:
            d["updated_at"] = None if self.updated_at is None else dump_datetime(self.updated_at)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.amount is not UNSET:
            d["amount"] = self.amount
        if self.initial_amount is not UNSET:
            d["initial_amount"] = self.initial_amount
        if self.discount_amount is not UNSET:
            d["discount_amount"] = self.discount_amount
        if self.items_discount_amount is not UNSET:
            d["items_discount_amount"] = self.items_discount_amount
        if self.total_discount_amount is not UNSET:
            d["total_discount_amount"] = self.total_discount_amount
        if self.total_amount is not UNSET:
            d["total_amount"] = self.total_amount
        if self.applied_discount_amount is not UNSET:
            d["applied_discount_amount"] = self.applied_discount_amount
        if self.items_applied_discount_amount is not UNSET:
            d["items_applied_discount_amount"] = self.items_applied_discount_amount
        if self.total_applied_discount_amount is not UNSET:
            d["total_applied_discount_amount"] = self.total_applied_discount_amount
        if self.items is not UNSET:
            d["items"] = None if self.items is None else [x0.to_dict() for x0 in self.items]
        if self.metadata is not UNSET:
            d["metadata"] = self.metadata
        if self.customer_id is not UNSET:
            d["customer_id"] = self.customer_id
        if self.referrer_id is not UNSET:
            d["referrer_id"] = self.referrer_id
        if self.object is not UNSET:
            d["object"] = self.object
        if self.redemptions is not UNSET:
            d["redemptions"] = {k0: x0.to_dict() for k0, x0 in self.redemptions.items()}
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerId(Model):
    """Customer Id

    Source: seed-002, page order."""

    id: str | Unset = UNSET
    """A unique identifier of an existing customer."""
    object: Literal["customer"] | Unset = UNSET
    """The type of object represented by JSON.

    Observed (openapi): default 'customer'."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"id", "object"})

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "id"), "string", v)
        obj.id = v
        v = data.get("object", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str or v not in _CUSTOMERID_OBJECT_VALUES:
                v = fail_enum(errors, (*path, "object"), _CUSTOMERID_OBJECT_SHOWN, v)
        obj.object = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.object is not UNSET:
            d["object"] = self.object
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderItemCalculated(Model):
    """Order Item Calculated

    Source: seed-002, page order."""

    id: str | Unset = UNSET
    """Unique ID of the order item.

    Not in the documents (payloads): Sent in real payloads as \"ordli_...\"; not on the
    reference page. The description is ours."""
    sku_id: str | None | Unset = UNSET
    """A unique SKU ID assigned by Voucherify.

    Observed (payloads): nullable True."""
    product_id: str | Unset = UNSET
    """A unique product ID assigned by Voucherify."""
    related_object: Literal["product", "sku"] | Unset = UNSET
    """Used along with the source_id property, can be set to either sku or product."""
    source_id: str | None | Unset = UNSET
    """The merchant’s product/SKU ID (if it is different from the Voucherify product/SKU ID).
    It is useful in the integration between multiple systems. It can be an ID from an
    eCommerce site, a database, or a third-party service.

    Observed (payloads): nullable True."""
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
    items_applied_discount_amount"""
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

    Observed (openapi): default 'order_item'."""
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
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "id"), "string", v)
        obj.id = v
        v = data.get("sku_id", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "sku_id"), "string", v)
        obj.sku_id = v
        v = data.get("product_id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "product_id"), "string", v)
        obj.product_id = v
        v = data.get("related_object", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str or v not in _ORDERITEMCALCULATED_RELATED_OBJECT_VALUES:
                v = fail_enum(
                    errors, (*path, "related_object"), _ORDERITEMCALCULATED_RELATED_OBJECT_SHOWN, v
                )
        obj.related_object = v
        v = data.get("source_id", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "source_id"), "string", v)
        obj.source_id = v
        v = data.get("quantity", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "quantity"), "integer", v)
        obj.quantity = v
        v = data.get("discount_quantity", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "discount_quantity"), "integer", v)
        obj.discount_quantity = v
        v = data.get("initial_quantity", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "initial_quantity"), "integer", v)
        obj.initial_quantity = v
        v = data.get("amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "amount"), "integer", v)
        obj.amount = v
        v = data.get("discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "discount_amount"), "integer", v)
        obj.discount_amount = v
        v = data.get("applied_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "applied_discount_amount"), "integer", v)
        obj.applied_discount_amount = v
        v = data.get("initial_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "initial_amount"), "integer", v)
        obj.initial_amount = v
        v = data.get("total_applied_discount_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_applied_discount_amount"), "integer", v)
        obj.total_applied_discount_amount = v
        v = data.get("price", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "price"), "integer", v)
        obj.price = v
        v = data.get("subtotal_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "subtotal_amount"), "integer", v)
        obj.subtotal_amount = v
        v = data.get("product", UNSET)
        if v is not UNSET:
            found += 1
            v = OrderItemCalculatedProduct._parse(v, (*path, "product"), errors)
        obj.product = v
        v = data.get("sku", UNSET)
        if v is not UNSET:
            found += 1
            v = OrderItemCalculatedSku._parse(v, (*path, "sku"), errors)
        obj.sku = v
        v = data.get("object", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str or v not in _ORDERITEMCALCULATED_OBJECT_VALUES:
                v = fail_enum(errors, (*path, "object"), _ORDERITEMCALCULATED_OBJECT_SHOWN, v)
        obj.object = v
        v = data.get("metadata", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_object(v, (*path, "metadata"), errors)
        obj.metadata = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.sku_id is not UNSET:
            d["sku_id"] = self.sku_id
        if self.product_id is not UNSET:
            d["product_id"] = self.product_id
        if self.related_object is not UNSET:
            d["related_object"] = self.related_object
        if self.source_id is not UNSET:
            d["source_id"] = self.source_id
        if self.quantity is not UNSET:
            d["quantity"] = self.quantity
        if self.discount_quantity is not UNSET:
            d["discount_quantity"] = self.discount_quantity
        if self.initial_quantity is not UNSET:
            d["initial_quantity"] = self.initial_quantity
        if self.amount is not UNSET:
            d["amount"] = self.amount
        if self.discount_amount is not UNSET:
            d["discount_amount"] = self.discount_amount
        if self.applied_discount_amount is not UNSET:
            d["applied_discount_amount"] = self.applied_discount_amount
        if self.initial_amount is not UNSET:
            d["initial_amount"] = self.initial_amount
        if self.total_applied_discount_amount is not UNSET:
            d["total_applied_discount_amount"] = self.total_applied_discount_amount
        if self.price is not UNSET:
            d["price"] = self.price
        if self.subtotal_amount is not UNSET:
            d["subtotal_amount"] = self.subtotal_amount
        if self.product is not UNSET:
            d["product"] = self.product.to_dict()
        if self.sku is not UNSET:
            d["sku"] = self.sku.to_dict()
        if self.object is not UNSET:
            d["object"] = self.object
        if self.metadata is not UNSET:
            d["metadata"] = self.metadata
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderItemCalculatedProduct(Model):
    """An object containing details of the related product.

    Nested in OrderItemCalculated.

    Source: seed-002, page order."""

    id: str | Unset = UNSET
    """A unique identifier that represents the product and is assigned by Voucherify.

    Observed (payloads): absent True."""
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
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "id"), "string", v)
        obj.id = v
        v = data.get("source_id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "source_id"), "string", v)
        obj.source_id = v
        v = data.get("override", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not bool:
                v = fail(errors, (*path, "override"), "boolean", v)
        obj.override = v
        v = data.get("name", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "name"), "string", v)
        obj.name = v
        v = data.get("metadata", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_object(v, (*path, "metadata"), errors)
        obj.metadata = v
        v = data.get("price", UNSET)
        if v is not UNSET:
            found += 1
            if not is_number(v):
                v = fail(errors, (*path, "price"), "number", v)
        obj.price = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.source_id is not UNSET:
            d["source_id"] = self.source_id
        if self.override is not UNSET:
            d["override"] = self.override
        if self.name is not UNSET:
            d["name"] = self.name
        if self.metadata is not UNSET:
            d["metadata"] = self.metadata
        if self.price is not UNSET:
            d["price"] = self.price
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderItemCalculatedSku(Model):
    """An object containing details of the related SKU.

    Nested in OrderItemCalculated.

    Source: seed-002, page order."""

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

    Not in the documents (payloads): Sent in real payloads; not on the reference page. The
    description is ours."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"id", "source_id", "override", "sku", "price", "metadata"}
    )

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "id"), "string", v)
        obj.id = v
        v = data.get("source_id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "source_id"), "string", v)
        obj.source_id = v
        v = data.get("override", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not bool:
                v = fail(errors, (*path, "override"), "boolean", v)
        obj.override = v
        v = data.get("sku", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "sku"), "string", v)
        obj.sku = v
        v = data.get("price", UNSET)
        if v is not UNSET:
            found += 1
            if not is_number(v):
                v = fail(errors, (*path, "price"), "number", v)
        obj.price = v
        v = data.get("metadata", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_object(v, (*path, "metadata"), errors)
        obj.metadata = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.source_id is not UNSET:
            d["source_id"] = self.source_id
        if self.override is not UNSET:
            d["override"] = self.override
        if self.sku is not UNSET:
            d["sku"] = self.sku
        if self.price is not UNSET:
            d["price"] = self.price
        if self.metadata is not UNSET:
            d["metadata"] = self.metadata
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OrderRedemptions(Model):
    """Order Redemptions

    Source: seed-002, page order."""

    date: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the redemption was created in ISO 8601
    format.

    Observed (openapi): format 'date-time'."""
    rollback_id: str | Unset = UNSET
    """Unique ID of the redemption rollback."""
    rollback_date: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and tiem when the redemption rollback was created in ISO
    8601 format.

    Observed (openapi): format 'date-time'."""
    related_object_type: str | Unset = UNSET
    """The source of the incentive.

    Observed (payloads): examples ['voucher', 'promotion_tier', 'redemption']."""
    related_object_id: str | Unset = UNSET
    """Unique ID of the parent redemption."""
    related_object_parent_id: str | Unset = UNSET
    """Represent's the campaign ID of the voucher if the redemption was based on a voucher that
    was part of bulk codes generated within a campaign. In case of a promotion tier, this
    represents the campaign ID of the promotion tier's parent campaign."""
    stacked: list[str] | Unset = UNSET
    """Contains a list of unique IDs of child redemptions, which belong to the stacked
    incentives.

    Observed (openapi): items {'type': 'string'}."""
    rollback_stacked: list[str] | Unset = UNSET
    """Lists the rollback redemption IDs of the particular child redemptions.

    Observed (openapi): items {'type': 'string'}."""
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
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("date", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_datetime(v, (*path, "date"), errors)
        obj.date = v
        v = data.get("rollback_id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "rollback_id"), "string", v)
        obj.rollback_id = v
        v = data.get("rollback_date", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_datetime(v, (*path, "rollback_date"), errors)
        obj.rollback_date = v
        v = data.get("related_object_type", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "related_object_type"), "string", v)
        obj.related_object_type = v
        v = data.get("related_object_id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "related_object_id"), "string", v)
        obj.related_object_id = v
        v = data.get("related_object_parent_id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "related_object_parent_id"), "string", v)
        obj.related_object_parent_id = v
        v = data.get("stacked", UNSET)
        if v is not UNSET:
            found += 1
            v = _PARSE_ORDERREDEMPTIONS_STACKED(v, (*path, "stacked"), errors)
        obj.stacked = v
        v = data.get("rollback_stacked", UNSET)
        if v is not UNSET:
            found += 1
            v = _PARSE_ORDERREDEMPTIONS_ROLLBACK_STACKED(v, (*path, "rollback_stacked"), errors)
        obj.rollback_stacked = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.date is not UNSET:
            d["date"] = dump_datetime(self.date)
        if self.rollback_id is not UNSET:
            d["rollback_id"] = self.rollback_id
        if self.rollback_date is not UNSET:
            d["rollback_date"] = dump_datetime(self.rollback_date)
        if self.related_object_type is not UNSET:
            d["related_object_type"] = self.related_object_type
        if self.related_object_id is not UNSET:
            d["related_object_id"] = self.related_object_id
        if self.related_object_parent_id is not UNSET:
            d["related_object_parent_id"] = self.related_object_parent_id
        if self.stacked is not UNSET:
            d["stacked"] = list(self.stacked)
        if self.rollback_stacked is not UNSET:
            d["rollback_stacked"] = list(self.rollback_stacked)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


ReferrerWithSummaryLoyaltyReferrals = CustomerWithSummaryLoyaltyReferrals


ReferrerId = CustomerId


_PARSE_ORDERCALCULATED_ITEMS = partial_item(parse_list, OrderItemCalculated._parse)
_PARSE_ORDERCALCULATED_REDEMPTIONS = partial_item(parse_map, OrderRedemptions._parse)
_PARSE_ORDERCALCULATED_CUSTOMER = union_parser(
    CustomerId._WIRE_NAMES, CustomerId._parse, CustomerWithSummaryLoyaltyReferrals._parse
)
_PARSE_ORDERCALCULATED_REFERRER = union_parser(
    CustomerId._WIRE_NAMES, CustomerId._parse, CustomerWithSummaryLoyaltyReferrals._parse
)
_PARSE_ORDERCALCULATEDCUSTOMERANDREFERRER_CUSTOMER = union_parser(
    CustomerId._WIRE_NAMES, CustomerId._parse, CustomerWithSummaryLoyaltyReferrals._parse
)
_PARSE_ORDERCALCULATEDCUSTOMERANDREFERRER_REFERRER = union_parser(
    CustomerId._WIRE_NAMES, CustomerId._parse, CustomerWithSummaryLoyaltyReferrals._parse
)
_PARSE_ORDERRESPONSEBASE_ITEMS = partial_item(parse_list, OrderItemCalculated._parse)
_PARSE_ORDERRESPONSEBASE_REDEMPTIONS = partial_item(parse_map, OrderRedemptions._parse)
_PARSE_ORDERREDEMPTIONS_STACKED = partial_item(parse_list, parse_str)
_PARSE_ORDERREDEMPTIONS_ROLLBACK_STACKED = partial_item(parse_list, parse_str)

# Generated from spec/customer.yaml by `docmodels regenerate`. Do not edit.
"""Customer Object: the classes of the vendor's page, in its order."""

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
    dump_date,
    dump_datetime,
    extra_keys,
    fail,
    fail_enum,
    is_integer,
    is_mapping,
    new_instance,
    parse_date,
    parse_datetime,
    parse_list,
    parse_map,
    parse_object,
    take,
)

_CUSTOMERWITHSUMMARYLOYALTYREFERRALS_OBJECT_VALUES = frozenset({"customer"})
_CUSTOMERWITHSUMMARYLOYALTYREFERRALS_OBJECT_SHOWN = ("customer",)
_CUSTOMERRESPONSEDATA_OBJECT_VALUES = frozenset({"customer"})
_CUSTOMERRESPONSEDATA_OBJECT_SHOWN = ("customer",)


@dataclass(slots=True, kw_only=True)
class CustomerWithSummaryLoyaltyReferrals(Model):
    """Customer With Summary Loyalty Referrals

    All of: CustomerResponseData, CustomerBase.

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    id: str | Unset = UNSET
    """The ID of an existing customer that will be linked to redemption in this request."""
    source_id: str | Unset = UNSET
    """A unique identifier of the customer who validates a voucher. It can be a customer ID or
    email from a CRM system, database, or a third-party service. If you also pass a customer
    ID (unique ID assigned by Voucherify), the source ID will be ignored."""
    summary: CustomerSummary | None | Unset = UNSET
    """Observed (Vendor OpenAPI files): nullable True."""
    loyalty: CustomerLoyalty | None | Unset = UNSET
    """Observed (Vendor OpenAPI files): nullable True."""
    referrals: CustomerReferrals | None | Unset = UNSET
    """Observed (Vendor OpenAPI files): nullable True."""
    system_metadata: dict[str, Any] | Unset = UNSET
    """Object used to store system metadata information."""
    created_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the customer was created. The value is
    shown in the ISO 8601 format.

    Observed (Vendor OpenAPI files): format 'date-time'."""
    updated_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the customer was updated. The value is
    shown in the ISO 8601 format.

    Observed (Vendor OpenAPI files): format 'date-time'.

    Observed (customer.created event page): absent True."""
    assets: CustomerAssets | Unset = UNSET
    """Contains information about the customer's cockpit.

    ⚠️ Warning: Customer cockpits were removed. The customer cockpit URLs redirect to
    customer preference center."""
    object: Literal["customer"] | Unset = UNSET
    """The type of the object represented by JSON.

    Observed (Vendor OpenAPI files): default 'customer'."""
    email_unsubscribed: bool | Unset = UNSET
    """Whether the customer unsubscribed from email.

    Not in the documents (Vendor payloads): Sent in real customer payloads; not on the
    reference pages. The description is ours."""
    name: str | None | Unset = UNSET
    """Customer's first and last name.

    Observed (Vendor payloads): nullable True."""
    description: str | None | Unset = UNSET
    """An arbitrary string that you can attach to a customer object.

    Observed (Vendor payloads): nullable True."""
    email: str | None | Unset = UNSET
    """Customer's email address.

    Observed (Vendor payloads): nullable True."""
    phone: str | None | Unset = UNSET
    """Customer's phone number. This parameter is mandatory when you try to send out codes to
    customers via an SMS channel.

    Observed (Vendor payloads): nullable True."""
    birthday: _dt.date | None | Unset = UNSET
    """Deprecated.

    `Deprecated`. ~~Customer's birthdate; format YYYY-MM-DD~~.

    Observed (Vendor OpenAPI files): format 'date'.

    Observed (Vendor payloads): nullable True."""
    birthdate: _dt.date | None | Unset = UNSET
    """Customer's birthdate; format YYYY-MM-DD.

    Observed (Vendor OpenAPI files): format 'date'.

    Observed (Vendor payloads): nullable True."""
    address: CustomerAddress | None | Unset = UNSET
    """Customer's address.

    Observed (Vendor payloads): examples [{'city': None, 'state': None, 'line_1': None,
    'line_2': None, 'country': None, 'postal_code': None}]."""
    metadata: dict[str, Any] | Unset = UNSET
    """A set of custom key/value pairs that you can attach to a customer. The metadata object
    stores all custom attributes assigned to the customer. It can be useful for storing
    additional information about the customer in a structured format. This metadata can be
    used for validating whether the customer qualifies for a discount or it can be used in
    building customer segments.

    Observed (Vendor payloads): examples [{'plan': 'gold', 'vip': True, 'visits': 12,
    'tags': ['a', 'b'], 'sign-up-source': 'web'}]."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "source_id",
            "summary",
            "loyalty",
            "referrals",
            "system_metadata",
            "created_at",
            "updated_at",
            "assets",
            "object",
            "email_unsubscribed",
            "name",
            "description",
            "email",
            "phone",
            "birthday",
            "birthdate",
            "address",
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
        if "source_id" in data:
            found += 1
            v = data["source_id"]
            if type(v) is not str:
                v = fail(errors, (where, "source_id"), "string", v)
            obj.source_id = v
        else:
            obj.source_id = UNSET
        if "summary" in data:
            found += 1
            v = data["summary"]
            if v is not None:
                v = _parse_CustomerSummary(v, (where, "summary"), errors)
            obj.summary = v
        else:
            obj.summary = UNSET
        if "loyalty" in data:
            found += 1
            v = data["loyalty"]
            if v is not None:
                v = _parse_CustomerLoyalty(v, (where, "loyalty"), errors)
            obj.loyalty = v
        else:
            obj.loyalty = UNSET
        if "referrals" in data:
            found += 1
            v = data["referrals"]
            if v is not None:
                v = _parse_CustomerReferrals(v, (where, "referrals"), errors)
            obj.referrals = v
        else:
            obj.referrals = UNSET
        if "system_metadata" in data:
            found += 1
            v = data["system_metadata"]
            v = parse_object(v, (where, "system_metadata"), errors)
            obj.system_metadata = v
        else:
            obj.system_metadata = UNSET
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
            v = parse_datetime(v, (where, "updated_at"), errors)
            obj.updated_at = v
        else:
            obj.updated_at = UNSET
        if "assets" in data:
            found += 1
            v = data["assets"]
            v = _parse_CustomerAssets(v, (where, "assets"), errors)
            obj.assets = v
        else:
            obj.assets = UNSET
        if "object" in data:
            found += 1
            v = data["object"]
            if type(v) is not str or v not in _CUSTOMERWITHSUMMARYLOYALTYREFERRALS_OBJECT_VALUES:
                v = fail_enum(
                    errors, (where, "object"), _CUSTOMERWITHSUMMARYLOYALTYREFERRALS_OBJECT_SHOWN, v
                )
            obj.object = v
        else:
            obj.object = UNSET
        if "email_unsubscribed" in data:
            found += 1
            v = data["email_unsubscribed"]
            if type(v) is not bool:
                v = fail(errors, (where, "email_unsubscribed"), "boolean", v)
            obj.email_unsubscribed = v
        else:
            obj.email_unsubscribed = UNSET
        if "name" in data:
            found += 1
            v = data["name"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "name"), "string", v)
            obj.name = v
        else:
            obj.name = UNSET
        if "description" in data:
            found += 1
            v = data["description"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "description"), "string", v)
            obj.description = v
        else:
            obj.description = UNSET
        if "email" in data:
            found += 1
            v = data["email"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "email"), "string", v)
            obj.email = v
        else:
            obj.email = UNSET
        if "phone" in data:
            found += 1
            v = data["phone"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "phone"), "string", v)
            obj.phone = v
        else:
            obj.phone = UNSET
        if "birthday" in data:
            found += 1
            v = data["birthday"]
            if v is not None:
                v = parse_date(v, (where, "birthday"), errors)
            obj.birthday = v
        else:
            obj.birthday = UNSET
        if "birthdate" in data:
            found += 1
            v = data["birthdate"]
            if v is not None:
                v = parse_date(v, (where, "birthdate"), errors)
            obj.birthdate = v
        else:
            obj.birthdate = UNSET
        if "address" in data:
            found += 1
            v = data["address"]
            if v is not None:
                v = _parse_CustomerAddress(v, (where, "address"), errors)
            obj.address = v
        else:
            obj.address = UNSET
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
        if (v2 := self.summary) is not UNSET:
            d["summary"] = None if v2 is None else v2.to_dict()
        if (v3 := self.loyalty) is not UNSET:
            d["loyalty"] = None if v3 is None else v3.to_dict()
        if (v4 := self.referrals) is not UNSET:
            d["referrals"] = None if v4 is None else v4.to_dict()
        if (v5 := self.system_metadata) is not UNSET:
            d["system_metadata"] = v5
        if (v6 := self.created_at) is not UNSET:
            d["created_at"] = dump_datetime(v6)
        if (v7 := self.updated_at) is not UNSET:
            d["updated_at"] = dump_datetime(v7)
        if (v8 := self.assets) is not UNSET:
            d["assets"] = v8.to_dict()
        if (v9 := self.object) is not UNSET:
            d["object"] = v9
        if (v10 := self.email_unsubscribed) is not UNSET:
            d["email_unsubscribed"] = v10
        if (v11 := self.name) is not UNSET:
            d["name"] = v11
        if (v12 := self.description) is not UNSET:
            d["description"] = v12
        if (v13 := self.email) is not UNSET:
            d["email"] = v13
        if (v14 := self.phone) is not UNSET:
            d["phone"] = v14
        if (v15 := self.birthday) is not UNSET:
            d["birthday"] = None if v15 is None else dump_date(v15)
        if (v16 := self.birthdate) is not UNSET:
            d["birthdate"] = None if v16 is None else dump_date(v16)
        if (v17 := self.address) is not UNSET:
            d["address"] = None if v17 is None else v17.to_dict()
        if (v18 := self.metadata) is not UNSET:
            d["metadata"] = v18
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerResponseData(Model):
    """Customer Response Data

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    id: str | Unset = UNSET
    """The ID of an existing customer that will be linked to redemption in this request."""
    source_id: str | Unset = UNSET
    """A unique identifier of the customer who validates a voucher. It can be a customer ID or
    email from a CRM system, database, or a third-party service. If you also pass a customer
    ID (unique ID assigned by Voucherify), the source ID will be ignored."""
    summary: CustomerSummary | None | Unset = UNSET
    """Observed (Vendor OpenAPI files): nullable True."""
    loyalty: CustomerLoyalty | None | Unset = UNSET
    """Observed (Vendor OpenAPI files): nullable True."""
    referrals: CustomerReferrals | None | Unset = UNSET
    """Observed (Vendor OpenAPI files): nullable True."""
    system_metadata: dict[str, Any] | Unset = UNSET
    """Object used to store system metadata information."""
    created_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the customer was created. The value is
    shown in the ISO 8601 format.

    Observed (Vendor OpenAPI files): format 'date-time'."""
    updated_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the customer was updated. The value is
    shown in the ISO 8601 format.

    Observed (Vendor OpenAPI files): format 'date-time'.

    Observed (customer.created event page): absent True."""
    assets: CustomerAssets | Unset = UNSET
    """Contains information about the customer's cockpit.

    ⚠️ Warning: Customer cockpits were removed. The customer cockpit URLs redirect to
    customer preference center."""
    object: Literal["customer"] | Unset = UNSET
    """The type of the object represented by JSON.

    Observed (Vendor OpenAPI files): default 'customer'."""
    email_unsubscribed: bool | Unset = UNSET
    """Whether the customer unsubscribed from email.

    Not in the documents (Vendor payloads): Sent in real customer payloads; not on the
    reference pages. The description is ours."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "source_id",
            "summary",
            "loyalty",
            "referrals",
            "system_metadata",
            "created_at",
            "updated_at",
            "assets",
            "object",
            "email_unsubscribed",
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
            if type(v) is not str:
                v = fail(errors, (where, "source_id"), "string", v)
            obj.source_id = v
        else:
            obj.source_id = UNSET
        if "summary" in data:
            found += 1
            v = data["summary"]
            if v is not None:
                v = _parse_CustomerSummary(v, (where, "summary"), errors)
            obj.summary = v
        else:
            obj.summary = UNSET
        if "loyalty" in data:
            found += 1
            v = data["loyalty"]
            if v is not None:
                v = _parse_CustomerLoyalty(v, (where, "loyalty"), errors)
            obj.loyalty = v
        else:
            obj.loyalty = UNSET
        if "referrals" in data:
            found += 1
            v = data["referrals"]
            if v is not None:
                v = _parse_CustomerReferrals(v, (where, "referrals"), errors)
            obj.referrals = v
        else:
            obj.referrals = UNSET
        if "system_metadata" in data:
            found += 1
            v = data["system_metadata"]
            v = parse_object(v, (where, "system_metadata"), errors)
            obj.system_metadata = v
        else:
            obj.system_metadata = UNSET
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
            v = parse_datetime(v, (where, "updated_at"), errors)
            obj.updated_at = v
        else:
            obj.updated_at = UNSET
        if "assets" in data:
            found += 1
            v = data["assets"]
            v = _parse_CustomerAssets(v, (where, "assets"), errors)
            obj.assets = v
        else:
            obj.assets = UNSET
        if "object" in data:
            found += 1
            v = data["object"]
            if type(v) is not str or v not in _CUSTOMERRESPONSEDATA_OBJECT_VALUES:
                v = fail_enum(errors, (where, "object"), _CUSTOMERRESPONSEDATA_OBJECT_SHOWN, v)
            obj.object = v
        else:
            obj.object = UNSET
        if "email_unsubscribed" in data:
            found += 1
            v = data["email_unsubscribed"]
            if type(v) is not bool:
                v = fail(errors, (where, "email_unsubscribed"), "boolean", v)
            obj.email_unsubscribed = v
        else:
            obj.email_unsubscribed = UNSET
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
        if (v2 := self.summary) is not UNSET:
            d["summary"] = None if v2 is None else v2.to_dict()
        if (v3 := self.loyalty) is not UNSET:
            d["loyalty"] = None if v3 is None else v3.to_dict()
        if (v4 := self.referrals) is not UNSET:
            d["referrals"] = None if v4 is None else v4.to_dict()
        if (v5 := self.system_metadata) is not UNSET:
            d["system_metadata"] = v5
        if (v6 := self.created_at) is not UNSET:
            d["created_at"] = dump_datetime(v6)
        if (v7 := self.updated_at) is not UNSET:
            d["updated_at"] = dump_datetime(v7)
        if (v8 := self.assets) is not UNSET:
            d["assets"] = v8.to_dict()
        if (v9 := self.object) is not UNSET:
            d["object"] = v9
        if (v10 := self.email_unsubscribed) is not UNSET:
            d["email_unsubscribed"] = v10
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerAssets(Model):
    """Contains information about the customer's cockpit.

    ⚠️ Warning: Customer cockpits were removed. The customer cockpit URLs redirect to
    customer preference center.

    Nested in CustomerResponseData.

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    cockpit_url: str | Unset = UNSET
    """URL address to customer preference center. Previously, a customer's cockpit URL address."""
    cockpit_preference_center_url: str | Unset = UNSET
    """URL address to customer preference center."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"cockpit_url", "cockpit_preference_center_url"}
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "cockpit_url" in data:
            found += 1
            v = data["cockpit_url"]
            if type(v) is not str:
                v = fail(errors, (where, "cockpit_url"), "string", v)
            obj.cockpit_url = v
        else:
            obj.cockpit_url = UNSET
        if "cockpit_preference_center_url" in data:
            found += 1
            v = data["cockpit_preference_center_url"]
            if type(v) is not str:
                v = fail(errors, (where, "cockpit_preference_center_url"), "string", v)
            obj.cockpit_preference_center_url = v
        else:
            obj.cockpit_preference_center_url = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.cockpit_url) is not UNSET:
            d["cockpit_url"] = v0
        if (v1 := self.cockpit_preference_center_url) is not UNSET:
            d["cockpit_preference_center_url"] = v1
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerSummary(Model):
    """Customer Summary

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    redemptions: CustomerSummaryRedemptions | Unset = UNSET
    """redemptions"""
    orders: CustomerSummaryOrders | Unset = UNSET
    """orders"""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"redemptions", "orders"})

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "redemptions" in data:
            found += 1
            v = data["redemptions"]
            v = _parse_CustomerSummaryRedemptions(v, (where, "redemptions"), errors)
            obj.redemptions = v
        else:
            obj.redemptions = UNSET
        if "orders" in data:
            found += 1
            v = data["orders"]
            v = _parse_CustomerSummaryOrders(v, (where, "orders"), errors)
            obj.orders = v
        else:
            obj.orders = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.redemptions) is not UNSET:
            d["redemptions"] = v0.to_dict()
        if (v1 := self.orders) is not UNSET:
            d["orders"] = v1.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerLoyalty(Model):
    """Customer Loyalty

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    points: int | Unset = UNSET
    """Customer's loyalty points minus expired for all loyalty cards which the customer has."""
    referred_customers: int | Unset = UNSET
    """Total number of customers referred by the customer."""
    campaigns: dict[str, CustomerLoyaltyCampaignsEntry] | Unset = UNSET
    """Contains campaigns with details about point balances and how many customers were
    referred by the customer.

    Observed (Vendor OpenAPI files): map_key 'campaign name'."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"points", "referred_customers", "campaigns"})

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "points" in data:
            found += 1
            v = data["points"]
            if not is_integer(v):
                v = fail(errors, (where, "points"), "integer", v)
            obj.points = v
        else:
            obj.points = UNSET
        if "referred_customers" in data:
            found += 1
            v = data["referred_customers"]
            if not is_integer(v):
                v = fail(errors, (where, "referred_customers"), "integer", v)
            obj.referred_customers = v
        else:
            obj.referred_customers = UNSET
        if "campaigns" in data:
            found += 1
            v = data["campaigns"]
            v = _PARSE_CUSTOMERLOYALTY_CAMPAIGNS(v, (where, "campaigns"), errors)
            obj.campaigns = v
        else:
            obj.campaigns = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.points) is not UNSET:
            d["points"] = v0
        if (v1 := self.referred_customers) is not UNSET:
            d["referred_customers"] = v1
        if (v2 := self.campaigns) is not UNSET:
            d["campaigns"] = {k0: x0.to_dict() for k0, x0 in v2.items()}
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerLoyaltyCampaignsEntry(Model):
    """Contains details about the point balances left on loyalty cards and the number of
    referred customers in each campaign.

    Nested in CustomerLoyalty.

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    points: int | Unset = UNSET
    """Remaining point balance in campaign."""
    loyalty_tier: str | Unset = UNSET
    """Customer's loyalty tier within the campaign."""
    referred_customers: int | Unset = UNSET
    """Number of customers referred by the customer in campaign."""
    redeemed_points: int | Unset = UNSET
    """Loyalty points redeemed in the campaign.

    Not in the documents (Vendor payloads): Seen in loyalty campaign entries of real
    payloads. The description is ours."""
    points_to_go: int | Unset = UNSET
    """Remaining point balance in the campaign.

    Not in the documents (Vendor payloads): Seen in loyalty campaign entries of real
    payloads. The description is ours."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"points", "loyalty_tier", "referred_customers", "redeemed_points", "points_to_go"}
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "points" in data:
            found += 1
            v = data["points"]
            if not is_integer(v):
                v = fail(errors, (where, "points"), "integer", v)
            obj.points = v
        else:
            obj.points = UNSET
        if "loyalty_tier" in data:
            found += 1
            v = data["loyalty_tier"]
            if type(v) is not str:
                v = fail(errors, (where, "loyalty_tier"), "string", v)
            obj.loyalty_tier = v
        else:
            obj.loyalty_tier = UNSET
        if "referred_customers" in data:
            found += 1
            v = data["referred_customers"]
            if not is_integer(v):
                v = fail(errors, (where, "referred_customers"), "integer", v)
            obj.referred_customers = v
        else:
            obj.referred_customers = UNSET
        if "redeemed_points" in data:
            found += 1
            v = data["redeemed_points"]
            if not is_integer(v):
                v = fail(errors, (where, "redeemed_points"), "integer", v)
            obj.redeemed_points = v
        else:
            obj.redeemed_points = UNSET
        if "points_to_go" in data:
            found += 1
            v = data["points_to_go"]
            if not is_integer(v):
                v = fail(errors, (where, "points_to_go"), "integer", v)
            obj.points_to_go = v
        else:
            obj.points_to_go = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.points) is not UNSET:
            d["points"] = v0
        if (v1 := self.loyalty_tier) is not UNSET:
            d["loyalty_tier"] = v1
        if (v2 := self.referred_customers) is not UNSET:
            d["referred_customers"] = v2
        if (v3 := self.redeemed_points) is not UNSET:
            d["redeemed_points"] = v3
        if (v4 := self.points_to_go) is not UNSET:
            d["points_to_go"] = v4
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerReferrals(Model):
    """Customer Referrals

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    total: int | Unset = UNSET
    """Total number of times this customer received a referral, i.e. was referred by another
    customer."""
    campaigns: list[CustomerReferralsCampaignsItem] | Unset = UNSET
    """Contains an array of campaigns that served as the source of a referral for the customer."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"total", "campaigns"})

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "total" in data:
            found += 1
            v = data["total"]
            if not is_integer(v):
                v = fail(errors, (where, "total"), "integer", v)
            obj.total = v
        else:
            obj.total = UNSET
        if "campaigns" in data:
            found += 1
            v = data["campaigns"]
            v = _PARSE_CUSTOMERREFERRALS_CAMPAIGNS(v, (where, "campaigns"), errors)
            obj.campaigns = v
        else:
            obj.campaigns = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.total) is not UNSET:
            d["total"] = v0
        if (v1 := self.campaigns) is not UNSET:
            d["campaigns"] = [x0.to_dict() for x0 in v1]
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerReferralsCampaignsItem(Model):
    """Customer Referrals Campaigns Item

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    campaign_id: str | Unset = UNSET
    """Unique campaign ID, assigned by Voucherify."""
    referrer_id: str | Unset = UNSET
    """Unique referrer ID, assigned by Voucherify. This is the customer ID of a customer that
    is referring this customer."""
    related_object_id: str | Unset = UNSET
    """Related object id"""
    related_object_type: str | Unset = UNSET
    """Related object type, i.e. `redemption`."""
    date: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the customer was referred in ISO 8601
    format.

    Observed (Vendor OpenAPI files): format 'date-time'."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"campaign_id", "referrer_id", "related_object_id", "related_object_type", "date"}
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "campaign_id" in data:
            found += 1
            v = data["campaign_id"]
            if type(v) is not str:
                v = fail(errors, (where, "campaign_id"), "string", v)
            obj.campaign_id = v
        else:
            obj.campaign_id = UNSET
        if "referrer_id" in data:
            found += 1
            v = data["referrer_id"]
            if type(v) is not str:
                v = fail(errors, (where, "referrer_id"), "string", v)
            obj.referrer_id = v
        else:
            obj.referrer_id = UNSET
        if "related_object_id" in data:
            found += 1
            v = data["related_object_id"]
            if type(v) is not str:
                v = fail(errors, (where, "related_object_id"), "string", v)
            obj.related_object_id = v
        else:
            obj.related_object_id = UNSET
        if "related_object_type" in data:
            found += 1
            v = data["related_object_type"]
            if type(v) is not str:
                v = fail(errors, (where, "related_object_type"), "string", v)
            obj.related_object_type = v
        else:
            obj.related_object_type = UNSET
        if "date" in data:
            found += 1
            v = data["date"]
            v = parse_datetime(v, (where, "date"), errors)
            obj.date = v
        else:
            obj.date = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.campaign_id) is not UNSET:
            d["campaign_id"] = v0
        if (v1 := self.referrer_id) is not UNSET:
            d["referrer_id"] = v1
        if (v2 := self.related_object_id) is not UNSET:
            d["related_object_id"] = v2
        if (v3 := self.related_object_type) is not UNSET:
            d["related_object_type"] = v3
        if (v4 := self.date) is not UNSET:
            d["date"] = dump_datetime(v4)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerBase(Model):
    """Customer Base

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    name: str | None | Unset = UNSET
    """Customer's first and last name.

    Observed (Vendor payloads): nullable True."""
    description: str | None | Unset = UNSET
    """An arbitrary string that you can attach to a customer object.

    Observed (Vendor payloads): nullable True."""
    email: str | None | Unset = UNSET
    """Customer's email address.

    Observed (Vendor payloads): nullable True."""
    phone: str | None | Unset = UNSET
    """Customer's phone number. This parameter is mandatory when you try to send out codes to
    customers via an SMS channel.

    Observed (Vendor payloads): nullable True."""
    birthday: _dt.date | None | Unset = UNSET
    """Deprecated.

    `Deprecated`. ~~Customer's birthdate; format YYYY-MM-DD~~.

    Observed (Vendor OpenAPI files): format 'date'.

    Observed (Vendor payloads): nullable True."""
    birthdate: _dt.date | None | Unset = UNSET
    """Customer's birthdate; format YYYY-MM-DD.

    Observed (Vendor OpenAPI files): format 'date'.

    Observed (Vendor payloads): nullable True."""
    address: CustomerAddress | None | Unset = UNSET
    """Customer's address.

    Observed (Vendor payloads): examples [{'city': None, 'state': None, 'line_1': None,
    'line_2': None, 'country': None, 'postal_code': None}]."""
    metadata: dict[str, Any] | Unset = UNSET
    """A set of custom key/value pairs that you can attach to a customer. The metadata object
    stores all custom attributes assigned to the customer. It can be useful for storing
    additional information about the customer in a structured format. This metadata can be
    used for validating whether the customer qualifies for a discount or it can be used in
    building customer segments.

    Observed (Vendor payloads): examples [{'plan': 'gold', 'vip': True, 'visits': 12,
    'tags': ['a', 'b'], 'sign-up-source': 'web'}]."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"name", "description", "email", "phone", "birthday", "birthdate", "address", "metadata"}
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "name" in data:
            found += 1
            v = data["name"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "name"), "string", v)
            obj.name = v
        else:
            obj.name = UNSET
        if "description" in data:
            found += 1
            v = data["description"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "description"), "string", v)
            obj.description = v
        else:
            obj.description = UNSET
        if "email" in data:
            found += 1
            v = data["email"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "email"), "string", v)
            obj.email = v
        else:
            obj.email = UNSET
        if "phone" in data:
            found += 1
            v = data["phone"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "phone"), "string", v)
            obj.phone = v
        else:
            obj.phone = UNSET
        if "birthday" in data:
            found += 1
            v = data["birthday"]
            if v is not None:
                v = parse_date(v, (where, "birthday"), errors)
            obj.birthday = v
        else:
            obj.birthday = UNSET
        if "birthdate" in data:
            found += 1
            v = data["birthdate"]
            if v is not None:
                v = parse_date(v, (where, "birthdate"), errors)
            obj.birthdate = v
        else:
            obj.birthdate = UNSET
        if "address" in data:
            found += 1
            v = data["address"]
            if v is not None:
                v = _parse_CustomerAddress(v, (where, "address"), errors)
            obj.address = v
        else:
            obj.address = UNSET
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
        if (v0 := self.name) is not UNSET:
            d["name"] = v0
        if (v1 := self.description) is not UNSET:
            d["description"] = v1
        if (v2 := self.email) is not UNSET:
            d["email"] = v2
        if (v3 := self.phone) is not UNSET:
            d["phone"] = v3
        if (v4 := self.birthday) is not UNSET:
            d["birthday"] = None if v4 is None else dump_date(v4)
        if (v5 := self.birthdate) is not UNSET:
            d["birthdate"] = None if v5 is None else dump_date(v5)
        if (v6 := self.address) is not UNSET:
            d["address"] = None if v6 is None else v6.to_dict()
        if (v7 := self.metadata) is not UNSET:
            d["metadata"] = v7
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerAddress(Model):
    """Customer's address.

    Nested in CustomerBase.

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    city: str | None | Unset = UNSET
    """City

    Observed (Vendor payloads): nullable True."""
    state: str | None | Unset = UNSET
    """State

    Observed (Vendor payloads): nullable True."""
    line_1: str | None | Unset = UNSET
    """First line of address.

    Observed (Vendor payloads): nullable True."""
    line_2: str | None | Unset = UNSET
    """Second line of address.

    Observed (Vendor payloads): nullable True.

    Observed (customer.created event page): absent True."""
    country: str | None | Unset = UNSET
    """Country.

    Observed (Vendor payloads): nullable True."""
    postal_code: str | None | Unset = UNSET
    """Postal code.

    Observed (Vendor payloads): nullable True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"city", "state", "line_1", "line_2", "country", "postal_code"}
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "city" in data:
            found += 1
            v = data["city"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "city"), "string", v)
            obj.city = v
        else:
            obj.city = UNSET
        if "state" in data:
            found += 1
            v = data["state"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "state"), "string", v)
            obj.state = v
        else:
            obj.state = UNSET
        if "line_1" in data:
            found += 1
            v = data["line_1"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "line_1"), "string", v)
            obj.line_1 = v
        else:
            obj.line_1 = UNSET
        if "line_2" in data:
            found += 1
            v = data["line_2"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "line_2"), "string", v)
            obj.line_2 = v
        else:
            obj.line_2 = UNSET
        if "country" in data:
            found += 1
            v = data["country"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "country"), "string", v)
            obj.country = v
        else:
            obj.country = UNSET
        if "postal_code" in data:
            found += 1
            v = data["postal_code"]
            if v is not None and (type(v) is not str):
                v = fail(errors, (where, "postal_code"), "string", v)
            obj.postal_code = v
        else:
            obj.postal_code = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.city) is not UNSET:
            d["city"] = v0
        if (v1 := self.state) is not UNSET:
            d["state"] = v1
        if (v2 := self.line_1) is not UNSET:
            d["line_1"] = v2
        if (v3 := self.line_2) is not UNSET:
            d["line_2"] = v3
        if (v4 := self.country) is not UNSET:
            d["country"] = v4
        if (v5 := self.postal_code) is not UNSET:
            d["postal_code"] = v5
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerSummaryRedemptions(Model):
    """Customer Summary Redemptions

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    total_redeemed: int | Unset = UNSET
    """Total number of redemptions made by the customer."""
    total_failed: int | Unset = UNSET
    """Total number of redemptions that failed."""
    total_succeeded: int | Unset = UNSET
    """Total number of redemptions that succeeded."""
    total_rolled_back: int | Unset = UNSET
    """Total number of redemptions that were rolled back for the customer."""
    total_rollback_failed: int | Unset = UNSET
    """Total number of redemption rollbacks that failed."""
    total_rollback_succeeded: int | Unset = UNSET
    """Total number of redemption rollbacks that succeeded."""
    gift: CustomerSummaryRedemptionsGift | Unset = UNSET
    """Summary of gift card credits.

    Observed (Vendor payloads): absent True."""
    loyalty_card: CustomerSummaryRedemptionsLoyaltyCard | Unset = UNSET
    """Summary of loyalty points.

    Observed (Vendor payloads): absent True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "total_redeemed",
            "total_failed",
            "total_succeeded",
            "total_rolled_back",
            "total_rollback_failed",
            "total_rollback_succeeded",
            "gift",
            "loyalty_card",
        }
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "total_redeemed" in data:
            found += 1
            v = data["total_redeemed"]
            if not is_integer(v):
                v = fail(errors, (where, "total_redeemed"), "integer", v)
            obj.total_redeemed = v
        else:
            obj.total_redeemed = UNSET
        if "total_failed" in data:
            found += 1
            v = data["total_failed"]
            if not is_integer(v):
                v = fail(errors, (where, "total_failed"), "integer", v)
            obj.total_failed = v
        else:
            obj.total_failed = UNSET
        if "total_succeeded" in data:
            found += 1
            v = data["total_succeeded"]
            if not is_integer(v):
                v = fail(errors, (where, "total_succeeded"), "integer", v)
            obj.total_succeeded = v
        else:
            obj.total_succeeded = UNSET
        if "total_rolled_back" in data:
            found += 1
            v = data["total_rolled_back"]
            if not is_integer(v):
                v = fail(errors, (where, "total_rolled_back"), "integer", v)
            obj.total_rolled_back = v
        else:
            obj.total_rolled_back = UNSET
        if "total_rollback_failed" in data:
            found += 1
            v = data["total_rollback_failed"]
            if not is_integer(v):
                v = fail(errors, (where, "total_rollback_failed"), "integer", v)
            obj.total_rollback_failed = v
        else:
            obj.total_rollback_failed = UNSET
        if "total_rollback_succeeded" in data:
            found += 1
            v = data["total_rollback_succeeded"]
            if not is_integer(v):
                v = fail(errors, (where, "total_rollback_succeeded"), "integer", v)
            obj.total_rollback_succeeded = v
        else:
            obj.total_rollback_succeeded = UNSET
        if "gift" in data:
            found += 1
            v = data["gift"]
            v = _parse_CustomerSummaryRedemptionsGift(v, (where, "gift"), errors)
            obj.gift = v
        else:
            obj.gift = UNSET
        if "loyalty_card" in data:
            found += 1
            v = data["loyalty_card"]
            v = _parse_CustomerSummaryRedemptionsLoyaltyCard(v, (where, "loyalty_card"), errors)
            obj.loyalty_card = v
        else:
            obj.loyalty_card = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.total_redeemed) is not UNSET:
            d["total_redeemed"] = v0
        if (v1 := self.total_failed) is not UNSET:
            d["total_failed"] = v1
        if (v2 := self.total_succeeded) is not UNSET:
            d["total_succeeded"] = v2
        if (v3 := self.total_rolled_back) is not UNSET:
            d["total_rolled_back"] = v3
        if (v4 := self.total_rollback_failed) is not UNSET:
            d["total_rollback_failed"] = v4
        if (v5 := self.total_rollback_succeeded) is not UNSET:
            d["total_rollback_succeeded"] = v5
        if (v6 := self.gift) is not UNSET:
            d["gift"] = v6.to_dict()
        if (v7 := self.loyalty_card) is not UNSET:
            d["loyalty_card"] = v7.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerSummaryRedemptionsGift(Model):
    """Summary of gift card credits.

    Nested in CustomerSummaryRedemptions.

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    redeemed_amount: int | Unset = UNSET
    """Total amount of gift card credits redeemed by customer. The value is multiplied by 100
    to represent 2 decimal places. For example `10000 cents` for `$100.00`.

    Observed (Vendor OpenAPI files): default 0."""
    amount_to_go: int | Unset = UNSET
    """Remaining gift card balance across all gift cards. The value is multiplied by 100 to
    represent 2 decimal places. For example `10000 cents` for `$100.00`.

    Observed (Vendor OpenAPI files): default 0."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"redeemed_amount", "amount_to_go"})

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "redeemed_amount" in data:
            found += 1
            v = data["redeemed_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "redeemed_amount"), "integer", v)
            obj.redeemed_amount = v
        else:
            obj.redeemed_amount = UNSET
        if "amount_to_go" in data:
            found += 1
            v = data["amount_to_go"]
            if not is_integer(v):
                v = fail(errors, (where, "amount_to_go"), "integer", v)
            obj.amount_to_go = v
        else:
            obj.amount_to_go = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.redeemed_amount) is not UNSET:
            d["redeemed_amount"] = v0
        if (v1 := self.amount_to_go) is not UNSET:
            d["amount_to_go"] = v1
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerSummaryRedemptionsLoyaltyCard(Model):
    """Summary of loyalty points.

    Nested in CustomerSummaryRedemptions.

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    redeemed_points: int | Unset = UNSET
    """Total number of loyalty points redeemed by the customer."""
    points_to_go: int | Unset = UNSET
    """Sum of remaining available point balance across all loyalty cards."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"redeemed_points", "points_to_go"})

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "redeemed_points" in data:
            found += 1
            v = data["redeemed_points"]
            if not is_integer(v):
                v = fail(errors, (where, "redeemed_points"), "integer", v)
            obj.redeemed_points = v
        else:
            obj.redeemed_points = UNSET
        if "points_to_go" in data:
            found += 1
            v = data["points_to_go"]
            if not is_integer(v):
                v = fail(errors, (where, "points_to_go"), "integer", v)
            obj.points_to_go = v
        else:
            obj.points_to_go = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.redeemed_points) is not UNSET:
            d["redeemed_points"] = v0
        if (v1 := self.points_to_go) is not UNSET:
            d["points_to_go"] = v1
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerSummaryOrders(Model):
    """Customer Summary Orders

    Source: Customer Object page (https://docs.voucherify.io/llms.txt)."""

    total_amount: int | Unset = UNSET
    """The total amount spent by the customer. The value is multiplied by 100 to represent 2
    decimal places. For example `10000 cents` for `$100.00`."""
    total_count: int | Unset = UNSET
    """Total number of orders made by the customer."""
    average_amount: int | None | Unset = UNSET
    """Average amount spent on orders. `total_amount` ÷ `total_count`. The value is multiplied
    by 100 to represent 2 decimal places. For example `10000 cents` for `$100.00`.

    Formula: total_amount ÷ total_count

    Observed (Vendor payloads): nullable True."""
    last_order_amount: int | None | Unset = UNSET
    """Amount spent on last order. The value is multiplied by 100 to represent 2 decimal
    places. For example `10000 cents` for `$100.00`.

    Observed (Vendor payloads): nullable True."""
    last_order_date: _dt.datetime | None | Unset = UNSET
    """Timestamp representing the date and time of the customer's last order in ISO 8601
    format.

    Observed (Vendor OpenAPI files): format 'date-time'.

    Observed (Vendor payloads): nullable True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"total_amount", "total_count", "average_amount", "last_order_amount", "last_order_date"}
    )

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "total_amount" in data:
            found += 1
            v = data["total_amount"]
            if not is_integer(v):
                v = fail(errors, (where, "total_amount"), "integer", v)
            obj.total_amount = v
        else:
            obj.total_amount = UNSET
        if "total_count" in data:
            found += 1
            v = data["total_count"]
            if not is_integer(v):
                v = fail(errors, (where, "total_count"), "integer", v)
            obj.total_count = v
        else:
            obj.total_count = UNSET
        if "average_amount" in data:
            found += 1
            v = data["average_amount"]
            if v is not None and (not is_integer(v)):
                v = fail(errors, (where, "average_amount"), "integer", v)
            obj.average_amount = v
        else:
            obj.average_amount = UNSET
        if "last_order_amount" in data:
            found += 1
            v = data["last_order_amount"]
            if v is not None and (not is_integer(v)):
                v = fail(errors, (where, "last_order_amount"), "integer", v)
            obj.last_order_amount = v
        else:
            obj.last_order_amount = UNSET
        if "last_order_date" in data:
            found += 1
            v = data["last_order_date"]
            if v is not None:
                v = parse_datetime(v, (where, "last_order_date"), errors)
            obj.last_order_date = v
        else:
            obj.last_order_date = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.total_amount) is not UNSET:
            d["total_amount"] = v0
        if (v1 := self.total_count) is not UNSET:
            d["total_count"] = v1
        if (v2 := self.average_amount) is not UNSET:
            d["average_amount"] = v2
        if (v3 := self.last_order_amount) is not UNSET:
            d["last_order_amount"] = v3
        if (v4 := self.last_order_date) is not UNSET:
            d["last_order_date"] = None if v4 is None else dump_datetime(v4)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


_parse_CustomerSummary = CustomerSummary._parse
_parse_CustomerLoyalty = CustomerLoyalty._parse
_parse_CustomerReferrals = CustomerReferrals._parse
_parse_CustomerAssets = CustomerAssets._parse
_parse_CustomerAddress = CustomerAddress._parse
_parse_CustomerSummaryRedemptions = CustomerSummaryRedemptions._parse
_parse_CustomerSummaryOrders = CustomerSummaryOrders._parse
_parse_CustomerLoyaltyCampaignsEntry = CustomerLoyaltyCampaignsEntry._parse
_parse_CustomerReferralsCampaignsItem = CustomerReferralsCampaignsItem._parse
_parse_CustomerSummaryRedemptionsGift = CustomerSummaryRedemptionsGift._parse
_parse_CustomerSummaryRedemptionsLoyaltyCard = CustomerSummaryRedemptionsLoyaltyCard._parse
_PARSE_CUSTOMERLOYALTY_CAMPAIGNS = partial(parse_map, _parse_CustomerLoyaltyCampaignsEntry)
_PARSE_CUSTOMERREFERRALS_CAMPAIGNS = partial(parse_list, _parse_CustomerReferralsCampaignsItem)


# The C accelerator, where it runs, parses and writes this module's classes from now on.
take(globals())

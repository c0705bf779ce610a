# Generated from spec/customer.yaml by `python -m generator regenerate`. Do not edit.
"""Customer Object: the classes of the vendor's page, in its order."""

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
    dump_date,
    dump_datetime,
    extra_keys,
    fail,
    fail_enum,
    is_mapping,
    parse_date,
    parse_datetime,
    parse_list,
    parse_map,
    parse_object,
    partial_item,
)

_CUSTOMERWITHSUMMARYLOYALTYREFERRALS_OBJECT_VALUES = frozenset({"customer"})
_CUSTOMERWITHSUMMARYLOYALTYREFERRALS_OBJECT_SHOWN = ("customer",)
_CUSTOMERRESPONSEDATA_OBJECT_VALUES = frozenset({"customer"})
_CUSTOMERRESPONSEDATA_OBJECT_SHOWN = ("customer",)


@dataclass(slots=True, kw_only=True)
class CustomerWithSummaryLoyaltyReferrals(Model):
    """Customer With Summary Loyalty Referrals

    All of: CustomerResponseData, CustomerBase.

    Source: seed-001, page customer."""

    id: str | Unset = UNSET
    """The ID of an existing customer that will be linked to redemption in this request."""
    source_id: str | Unset = UNSET
    """A unique identifier of the customer who validates a voucher. It can be a customer ID or
    email from a CRM system, database, or a third-party service. If you also pass a customer
    ID (unique ID assigned by Voucherify), the source ID will be ignored."""
    summary: CustomerSummary | None | Unset = UNSET
    """Observed (openapi): nullable True."""
    loyalty: CustomerLoyalty | None | Unset = UNSET
    """Observed (openapi): nullable True."""
    referrals: CustomerReferrals | None | Unset = UNSET
    """Observed (openapi): nullable True."""
    system_metadata: dict[str, Any] | Unset = UNSET
    """Object used to store system metadata information."""
    created_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the customer was created. The value is
    shown in the ISO 8601 format.

    Observed (openapi): format 'date-time'."""
    updated_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the customer was updated. The value is
    shown in the ISO 8601 format.

    Observed (openapi): format 'date-time'.

    Observed (seed-004): absent True."""
    assets: CustomerAssets | Unset = UNSET
    """Contains information about the customer's cockpit.

    ⚠️ Warning: Customer cockpits were removed. The customer cockpit URLs redirect to
    customer preference center."""
    object: Literal["customer"] | Unset = UNSET
    """The type of the object represented by JSON.

    Observed (openapi): default 'customer'."""
    email_unsubscribed: bool | Unset = UNSET
    """Whether the customer unsubscribed from email.

    Not in the documents (payloads): Sent in real customer payloads; not on the reference
    pages. The description is ours."""
    name: str | None | Unset = UNSET
    """Customer's first and last name.

    Observed (payloads): nullable True."""
    description: str | None | Unset = UNSET
    """An arbitrary string that you can attach to a customer object.

    Observed (payloads): nullable True."""
    email: str | None | Unset = UNSET
    """Customer's email address.

    Observed (payloads): nullable True."""
    phone: str | None | Unset = UNSET
    """Customer's phone number. This parameter is mandatory when you try to send out codes to
    customers via an SMS channel.

    Observed (payloads): nullable True."""
    birthday: _dt.date | None | Unset = UNSET
    """Deprecated.

    `Deprecated`. ~~Customer's birthdate; format YYYY-MM-DD~~.

    Observed (openapi): format 'date'.

    Observed (payloads): nullable True."""
    birthdate: _dt.date | None | Unset = UNSET
    """Customer's birthdate; format YYYY-MM-DD.

    Observed (openapi): format 'date'.

    Observed (payloads): nullable True."""
    address: CustomerAddress | None | Unset = UNSET
    """Customer's address.

    Observed (payloads): examples [{'city': None, 'state': None, 'line_1': None, 'line_2':
    None, 'country': None, 'postal_code': None}]."""
    metadata: dict[str, Any] | Unset = UNSET
    """A set of custom key/value pairs that you can attach to a customer. The metadata object
    stores all custom attributes assigned to the customer. It can be useful for storing
    additional information about the customer in a structured format. This metadata can be
    used for validating whether the customer qualifies for a discount or it can be used in
    building customer segments.

    Observed (payloads): examples [{'plan': 'gold', 'vip': True, 'visits': 12, 'tags': ['a',
    'b'], 'sign-up-source': 'web'}]."""
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
        v = data.get("summary", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = CustomerSummary._parse(v, (*path, "summary"), errors)
        obj.summary = v
        v = data.get("loyalty", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = CustomerLoyalty._parse(v, (*path, "loyalty"), errors)
        obj.loyalty = v
        v = data.get("referrals", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = CustomerReferrals._parse(v, (*path, "referrals"), errors)
        obj.referrals = v
        v = data.get("system_metadata", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_object(v, (*path, "system_metadata"), errors)
        obj.system_metadata = v
        v = data.get("created_at", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_datetime(v, (*path, "created_at"), errors)
        obj.created_at = v
        v = data.get("updated_at", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_datetime(v, (*path, "updated_at"), errors)
        obj.updated_at = v
        v = data.get("assets", UNSET)
        if v is not UNSET:
            found += 1
            v = CustomerAssets._parse(v, (*path, "assets"), errors)
        obj.assets = v
        v = data.get("object", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str or v not in _CUSTOMERWITHSUMMARYLOYALTYREFERRALS_OBJECT_VALUES:
                v = fail_enum(
                    errors, (*path, "object"), _CUSTOMERWITHSUMMARYLOYALTYREFERRALS_OBJECT_SHOWN, v
                )
        obj.object = v
        v = data.get("email_unsubscribed", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not bool:
                v = fail(errors, (*path, "email_unsubscribed"), "boolean", v)
        obj.email_unsubscribed = v
        v = data.get("name", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "name"), "string", v)
        obj.name = v
        v = data.get("description", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "description"), "string", v)
        obj.description = v
        v = data.get("email", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "email"), "string", v)
        obj.email = v
        v = data.get("phone", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "phone"), "string", v)
        obj.phone = v
        v = data.get("birthday", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = parse_date(v, (*path, "birthday"), errors)
        obj.birthday = v
        v = data.get("birthdate", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = parse_date(v, (*path, "birthdate"), errors)
        obj.birthdate = v
        v = data.get("address", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = CustomerAddress._parse(v, (*path, "address"), errors)
        obj.address = v
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
        if self.summary is not UNSET:
            d["summary"] = None if self.summary is None else self.summary.to_dict()
        if self.loyalty is not UNSET:
            d["loyalty"] = None if self.loyalty is None else self.loyalty.to_dict()
        if self.referrals is not UNSET:
            d["referrals"] = None if self.referrals is None else self.referrals.to_dict()
        if self.system_metadata is not UNSET:
            d["system_metadata"] = self.system_metadata
        if self.created_at is not UNSET:
            d["created_at"] = dump_datetime(self.created_at)
        if self.updated_at is not UNSET:
            d["updated_at"] = dump_datetime(self.updated_at)
        if self.assets is not UNSET:
            d["assets"] = self.assets.to_dict()
        if self.object is not UNSET:
            d["object"] = self.object
        if self.email_unsubscribed is not UNSET:
            d["email_unsubscribed"] = self.email_unsubscribed
        if self.name is not UNSET:
            d["name"] = self.name
        if self.description is not UNSET:
            d["description"] = self.description
        if self.email is not UNSET:
            d["email"] = self.email
        if self.phone is not UNSET:
            d["phone"] = self.phone
        if self.birthday is not UNSET:
            d["birthday"] = None if self.birthday is None else dump_date(self.birthday)
        if self.birthdate is not UNSET:
            d["birthdate"] = None if self.birthdate is None else dump_date(self.birthdate)
        if self.address is not UNSET:
            d["address"] = None if self.address is None else self.address.to_dict()
        if self.metadata is not UNSET:
            d["metadata"] = self.metadata
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerResponseData(Model):
    """Customer Response Data

    Source: seed-001, page customer."""

    id: str | Unset = UNSET
    """The ID of an existing customer that will be linked to redemption in this request."""
    source_id: str | Unset = UNSET
    """A unique identifier of the customer who validates a voucher. It can be a customer ID or
    email from a CRM system, database, or a third-party service. If you also pass a customer
    ID (unique ID assigned by Voucherify), the source ID will be ignored."""
    summary: CustomerSummary | None | Unset = UNSET
    """Observed (openapi): nullable True."""
    loyalty: CustomerLoyalty | None | Unset = UNSET
    """Observed (openapi): nullable True."""
    referrals: CustomerReferrals | None | Unset = UNSET
    """Observed (openapi): nullable True."""
    system_metadata: dict[str, Any] | Unset = UNSET
    """Object used to store system metadata information."""
    created_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the customer was created. The value is
    shown in the ISO 8601 format.

    Observed (openapi): format 'date-time'."""
    updated_at: _dt.datetime | Unset = UNSET
    """Timestamp representing the date and time when the customer was updated. The value is
    shown in the ISO 8601 format.

    Observed (openapi): format 'date-time'.

    Observed (seed-004): absent True."""
    assets: CustomerAssets | Unset = UNSET
    """Contains information about the customer's cockpit.

    ⚠️ Warning: Customer cockpits were removed. The customer cockpit URLs redirect to
    customer preference center."""
    object: Literal["customer"] | Unset = UNSET
    """The type of the object represented by JSON.

    Observed (openapi): default 'customer'."""
    email_unsubscribed: bool | Unset = UNSET
    """Whether the customer unsubscribed from email.

    Not in the documents (payloads): Sent in real customer payloads; not on the reference
    pages. The description is ours."""
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
        v = data.get("summary", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = CustomerSummary._parse(v, (*path, "summary"), errors)
        obj.summary = v
        v = data.get("loyalty", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = CustomerLoyalty._parse(v, (*path, "loyalty"), errors)
        obj.loyalty = v
        v = data.get("referrals", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = CustomerReferrals._parse(v, (*path, "referrals"), errors)
        obj.referrals = v
        v = data.get("system_metadata", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_object(v, (*path, "system_metadata"), errors)
        obj.system_metadata = v
        v = data.get("created_at", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_datetime(v, (*path, "created_at"), errors)
        obj.created_at = v
        v = data.get("updated_at", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_datetime(v, (*path, "updated_at"), errors)
        obj.updated_at = v
        v = data.get("assets", UNSET)
        if v is not UNSET:
            found += 1
            v = CustomerAssets._parse(v, (*path, "assets"), errors)
        obj.assets = v
        v = data.get("object", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str or v not in _CUSTOMERRESPONSEDATA_OBJECT_VALUES:
                v = fail_enum(errors, (*path, "object"), _CUSTOMERRESPONSEDATA_OBJECT_SHOWN, v)
        obj.object = v
        v = data.get("email_unsubscribed", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not bool:
                v = fail(errors, (*path, "email_unsubscribed"), "boolean", v)
        obj.email_unsubscribed = v
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
        if self.summary is not UNSET:
            d["summary"] = None if self.summary is None else self.summary.to_dict()
        if self.loyalty is not UNSET:
            d["loyalty"] = None if self.loyalty is None else self.loyalty.to_dict()
        if self.referrals is not UNSET:
            d["referrals"] = None if self.referrals is None else self.referrals.to_dict()
        if self.system_metadata is not UNSET:
            d["system_metadata"] = self.system_metadata
        if self.created_at is not UNSET:
            d["created_at"] = dump_datetime(self.created_at)
        if self.updated_at is not UNSET:
            d["updated_at"] = dump_datetime(self.updated_at)
        if self.assets is not UNSET:
            d["assets"] = self.assets.to_dict()
        if self.object is not UNSET:
            d["object"] = self.object
        if self.email_unsubscribed is not UNSET:
            d["email_unsubscribed"] = self.email_unsubscribed
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerAssets(Model):
    """Contains information about the customer's cockpit.

    ⚠️ Warning: Customer cockpits were removed. The customer cockpit URLs redirect to
    customer preference center.

    Nested in CustomerResponseData.

    Source: seed-001, page customer."""

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
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("cockpit_url", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "cockpit_url"), "string", v)
        obj.cockpit_url = v
        v = data.get("cockpit_preference_center_url", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "cockpit_preference_center_url"), "string", v)
        obj.cockpit_preference_center_url = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.cockpit_url is not UNSET:
            d["cockpit_url"] = self.cockpit_url
        if self.cockpit_preference_center_url is not UNSET:
            d["cockpit_preference_center_url"] = self.cockpit_preference_center_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerSummary(Model):
    """Customer Summary

    Source: seed-001, page customer."""

    redemptions: CustomerSummaryRedemptions | Unset = UNSET
    """redemptions"""
    orders: CustomerSummaryOrders | Unset = UNSET
    """orders"""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"redemptions", "orders"})

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("redemptions", UNSET)
        if v is not UNSET:
            found += 1
            v = CustomerSummaryRedemptions._parse(v, (*path, "redemptions"), errors)
        obj.redemptions = v
        v = data.get("orders", UNSET)
        if v is not UNSET:
            found += 1
            v = CustomerSummaryOrders._parse(v, (*path, "orders"), errors)
        obj.orders = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.redemptions is not UNSET:
            d["redemptions"] = self.redemptions.to_dict()
        if self.orders is not UNSET:
            d["orders"] = self.orders.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerLoyalty(Model):
    """Customer Loyalty

    Source: seed-001, page customer."""

    points: int | Unset = UNSET
    """Customer's loyalty points minus expired for all loyalty cards which the customer has."""
    referred_customers: int | Unset = UNSET
    """Total number of customers referred by the customer."""
    campaigns: dict[str, CustomerLoyaltyCampaignsEntry] | Unset = UNSET
    """Contains campaigns with details about point balances and how many customers were
    referred by the customer.

    Observed (openapi): map_key 'campaign name'."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"points", "referred_customers", "campaigns"})

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("points", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "points"), "integer", v)
        obj.points = v
        v = data.get("referred_customers", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "referred_customers"), "integer", v)
        obj.referred_customers = v
        v = data.get("campaigns", UNSET)
        if v is not UNSET:
            found += 1
            v = _PARSE_CUSTOMERLOYALTY_CAMPAIGNS(v, (*path, "campaigns"), errors)
        obj.campaigns = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.points is not UNSET:
            d["points"] = self.points
        if self.referred_customers is not UNSET:
            d["referred_customers"] = self.referred_customers
        if self.campaigns is not UNSET:
            d["campaigns"] = {k0: x0.to_dict() for k0, x0 in self.campaigns.items()}
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerLoyaltyCampaignsEntry(Model):
    """Contains details about the point balances left on loyalty cards and the number of
    referred customers in each campaign.

    Nested in CustomerLoyalty.

    Source: seed-001, page customer."""

    points: int | Unset = UNSET
    """Remaining point balance in campaign."""
    loyalty_tier: str | Unset = UNSET
    """Customer's loyalty tier within the campaign."""
    referred_customers: int | Unset = UNSET
    """Number of customers referred by the customer in campaign."""
    redeemed_points: int | Unset = UNSET
    """Loyalty points redeemed in the campaign.

    Not in the documents (payloads): Seen in loyalty campaign entries of real payloads. The
    description is ours."""
    points_to_go: int | Unset = UNSET
    """Remaining point balance in the campaign.

    Not in the documents (payloads): Seen in loyalty campaign entries of real payloads. The
    description is ours."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"points", "loyalty_tier", "referred_customers", "redeemed_points", "points_to_go"}
    )

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("points", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "points"), "integer", v)
        obj.points = v
        v = data.get("loyalty_tier", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "loyalty_tier"), "string", v)
        obj.loyalty_tier = v
        v = data.get("referred_customers", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "referred_customers"), "integer", v)
        obj.referred_customers = v
        v = data.get("redeemed_points", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "redeemed_points"), "integer", v)
        obj.redeemed_points = v
        v = data.get("points_to_go", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "points_to_go"), "integer", v)
        obj.points_to_go = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.points is not UNSET:
            d["points"] = self.points
        if self.loyalty_tier is not UNSET:
            d["loyalty_tier"] = self.loyalty_tier
        if self.referred_customers is not UNSET:
            d["referred_customers"] = self.referred_customers
        if self.redeemed_points is not UNSET:
            d["redeemed_points"] = self.redeemed_points
        if self.points_to_go is not UNSET:
            d["points_to_go"] = self.points_to_go
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerReferrals(Model):
    """Customer Referrals

    Source: seed-001, page customer."""

    total: int | Unset = UNSET
    """Total number of times this customer received a referral, i.e. was referred by another
    customer."""
    campaigns: list[CustomerReferralsCampaignsItem] | Unset = UNSET
    """Contains an array of campaigns that served as the source of a referral for the customer."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"total", "campaigns"})

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("total", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total"), "integer", v)
        obj.total = v
        v = data.get("campaigns", UNSET)
        if v is not UNSET:
            found += 1
            v = _PARSE_CUSTOMERREFERRALS_CAMPAIGNS(v, (*path, "campaigns"), errors)
        obj.campaigns = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.total is not UNSET:
            d["total"] = self.total
        if self.campaigns is not UNSET:
            d["campaigns"] = [x0.to_dict() for x0 in self.campaigns]
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerReferralsCampaignsItem(Model):
    """Customer Referrals Campaigns Item

    Source: seed-001, page customer."""

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

    Observed (openapi): format 'date-time'."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"campaign_id", "referrer_id", "related_object_id", "related_object_type", "date"}
    )

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("campaign_id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "campaign_id"), "string", v)
        obj.campaign_id = v
        v = data.get("referrer_id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "referrer_id"), "string", v)
        obj.referrer_id = v
        v = data.get("related_object_id", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "related_object_id"), "string", v)
        obj.related_object_id = v
        v = data.get("related_object_type", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not str:
                v = fail(errors, (*path, "related_object_type"), "string", v)
        obj.related_object_type = v
        v = data.get("date", UNSET)
        if v is not UNSET:
            found += 1
            v = parse_datetime(v, (*path, "date"), errors)
        obj.date = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.campaign_id is not UNSET:
            d["campaign_id"] = self.campaign_id
        if self.referrer_id is not UNSET:
            d["referrer_id"] = self.referrer_id
        if self.related_object_id is not UNSET:
            d["related_object_id"] = self.related_object_id
        if self.related_object_type is not UNSET:
            d["related_object_type"] = self.related_object_type
        if self.date is not UNSET:
            d["date"] = dump_datetime(self.date)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerBase(Model):
    """Customer Base

    Source: seed-001, page customer."""

    name: str | None | Unset = UNSET
    """Customer's first and last name.

    Observed (payloads): nullable True."""
    description: str | None | Unset = UNSET
    """An arbitrary string that you can attach to a customer object.

    Observed (payloads): nullable True."""
    email: str | None | Unset = UNSET
    """Customer's email address.

    Observed (payloads): nullable True."""
    phone: str | None | Unset = UNSET
    """Customer's phone number. This parameter is mandatory when you try to send out codes to
    customers via an SMS channel.

    Observed (payloads): nullable True."""
    birthday: _dt.date | None | Unset = UNSET
    """Deprecated.

    `Deprecated`. ~~Customer's birthdate; format YYYY-MM-DD~~.

    Observed (openapi): format 'date'.

    Observed (payloads): nullable True."""
    birthdate: _dt.date | None | Unset = UNSET
    """Customer's birthdate; format YYYY-MM-DD.

    Observed (openapi): format 'date'.

    Observed (payloads): nullable True."""
    address: CustomerAddress | None | Unset = UNSET
    """Customer's address.

    Observed (payloads): examples [{'city': None, 'state': None, 'line_1': None, 'line_2':
    None, 'country': None, 'postal_code': None}]."""
    metadata: dict[str, Any] | Unset = UNSET
    """A set of custom key/value pairs that you can attach to a customer. The metadata object
    stores all custom attributes assigned to the customer. It can be useful for storing
    additional information about the customer in a structured format. This metadata can be
    used for validating whether the customer qualifies for a discount or it can be used in
    building customer segments.

    Observed (payloads): examples [{'plan': 'gold', 'vip': True, 'visits': 12, 'tags': ['a',
    'b'], 'sign-up-source': 'web'}]."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"name", "description", "email", "phone", "birthday", "birthdate", "address", "metadata"}
    )

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("name", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "name"), "string", v)
        obj.name = v
        v = data.get("description", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "description"), "string", v)
        obj.description = v
        v = data.get("email", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "email"), "string", v)
        obj.email = v
        v = data.get("phone", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "phone"), "string", v)
        obj.phone = v
        v = data.get("birthday", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = parse_date(v, (*path, "birthday"), errors)
        obj.birthday = v
        v = data.get("birthdate", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = parse_date(v, (*path, "birthdate"), errors)
        obj.birthdate = v
        v = data.get("address", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = CustomerAddress._parse(v, (*path, "address"), errors)
        obj.address = v
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
        if self.name is not UNSET:
            d["name"] = self.name
        if self.description is not UNSET:
            d["description"] = self.description
        if self.email is not UNSET:
            d["email"] = self.email
        if self.phone is not UNSET:
            d["phone"] = self.phone
        if self.birthday is not UNSET:
            d["birthday"] = None if self.birthday is None else dump_date(self.birthday)
        if self.birthdate is not UNSET:
            d["birthdate"] = None if self.birthdate is None else dump_date(self.birthdate)
        if self.address is not UNSET:
            d["address"] = None if self.address is None else self.address.to_dict()
        if self.metadata is not UNSET:
            d["metadata"] = self.metadata
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerAddress(Model):
    """Customer's address.

    Nested in CustomerBase.

    Source: seed-001, page customer."""

    city: str | None | Unset = UNSET
    """City

    Observed (payloads): nullable True."""
    state: str | None | Unset = UNSET
    """State

    Observed (payloads): nullable True."""
    line_1: str | None | Unset = UNSET
    """First line of address.

    Observed (payloads): nullable True."""
    line_2: str | None | Unset = UNSET
    """Second line of address.

    Observed (payloads): nullable True.

    Observed (seed-004): absent True."""
    country: str | None | Unset = UNSET
    """Country.

    Observed (payloads): nullable True."""
    postal_code: str | None | Unset = UNSET
    """Postal code.

    Observed (payloads): nullable True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"city", "state", "line_1", "line_2", "country", "postal_code"}
    )

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("city", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "city"), "string", v)
        obj.city = v
        v = data.get("state", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "state"), "string", v)
        obj.state = v
        v = data.get("line_1", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "line_1"), "string", v)
        obj.line_1 = v
        v = data.get("line_2", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "line_2"), "string", v)
        obj.line_2 = v
        v = data.get("country", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "country"), "string", v)
        obj.country = v
        v = data.get("postal_code", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not str):
                v = fail(errors, (*path, "postal_code"), "string", v)
        obj.postal_code = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.city is not UNSET:
            d["city"] = self.city
        if self.state is not UNSET:
            d["state"] = self.state
        if self.line_1 is not UNSET:
            d["line_1"] = self.line_1
        if self.line_2 is not UNSET:
            d["line_2"] = self.line_2
        if self.country is not UNSET:
            d["country"] = self.country
        if self.postal_code is not UNSET:
            d["postal_code"] = self.postal_code
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerSummaryRedemptions(Model):
    """Customer Summary Redemptions

    Source: seed-001, page customer."""

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

    Observed (payloads): absent True."""
    loyalty_card: CustomerSummaryRedemptionsLoyaltyCard | Unset = UNSET
    """Summary of loyalty points.

    Observed (payloads): absent True."""
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
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("total_redeemed", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_redeemed"), "integer", v)
        obj.total_redeemed = v
        v = data.get("total_failed", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_failed"), "integer", v)
        obj.total_failed = v
        v = data.get("total_succeeded", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_succeeded"), "integer", v)
        obj.total_succeeded = v
        v = data.get("total_rolled_back", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_rolled_back"), "integer", v)
        obj.total_rolled_back = v
        v = data.get("total_rollback_failed", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_rollback_failed"), "integer", v)
        obj.total_rollback_failed = v
        v = data.get("total_rollback_succeeded", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_rollback_succeeded"), "integer", v)
        obj.total_rollback_succeeded = v
        v = data.get("gift", UNSET)
        if v is not UNSET:
            found += 1
            v = CustomerSummaryRedemptionsGift._parse(v, (*path, "gift"), errors)
        obj.gift = v
        v = data.get("loyalty_card", UNSET)
        if v is not UNSET:
            found += 1
            v = CustomerSummaryRedemptionsLoyaltyCard._parse(v, (*path, "loyalty_card"), errors)
        obj.loyalty_card = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.total_redeemed is not UNSET:
            d["total_redeemed"] = self.total_redeemed
        if self.total_failed is not UNSET:
            d["total_failed"] = self.total_failed
        if self.total_succeeded is not UNSET:
            d["total_succeeded"] = self.total_succeeded
        if self.total_rolled_back is not UNSET:
            d["total_rolled_back"] = self.total_rolled_back
        if self.total_rollback_failed is not UNSET:
            d["total_rollback_failed"] = self.total_rollback_failed
        if self.total_rollback_succeeded is not UNSET:
            d["total_rollback_succeeded"] = self.total_rollback_succeeded
        if self.gift is not UNSET:
            d["gift"] = self.gift.to_dict()
        if self.loyalty_card is not UNSET:
            d["loyalty_card"] = self.loyalty_card.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerSummaryRedemptionsGift(Model):
    """Summary of gift card credits.

    Nested in CustomerSummaryRedemptions.

    Source: seed-001, page customer."""

    redeemed_amount: int | Unset = UNSET
    """Total amount of gift card credits redeemed by customer. The value is multiplied by 100
    to represent 2 decimal places. For example `10000 cents` for `$100.00`.

    Observed (openapi): default 0."""
    amount_to_go: int | Unset = UNSET
    """Remaining gift card balance across all gift cards. The value is multiplied by 100 to
    represent 2 decimal places. For example `10000 cents` for `$100.00`.

    Observed (openapi): default 0."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"redeemed_amount", "amount_to_go"})

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("redeemed_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "redeemed_amount"), "integer", v)
        obj.redeemed_amount = v
        v = data.get("amount_to_go", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "amount_to_go"), "integer", v)
        obj.amount_to_go = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.redeemed_amount is not UNSET:
            d["redeemed_amount"] = self.redeemed_amount
        if self.amount_to_go is not UNSET:
            d["amount_to_go"] = self.amount_to_go
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerSummaryRedemptionsLoyaltyCard(Model):
    """Summary of loyalty points.

    Nested in CustomerSummaryRedemptions.

    Source: seed-001, page customer."""

    redeemed_points: int | Unset = UNSET
    """Total number of loyalty points redeemed by the customer."""
    points_to_go: int | Unset = UNSET
    """Sum of remaining available point balance across all loyalty cards."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"redeemed_points", "points_to_go"})

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("redeemed_points", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "redeemed_points"), "integer", v)
        obj.redeemed_points = v
        v = data.get("points_to_go", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "points_to_go"), "integer", v)
        obj.points_to_go = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.redeemed_points is not UNSET:
            d["redeemed_points"] = self.redeemed_points
        if self.points_to_go is not UNSET:
            d["points_to_go"] = self.points_to_go
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerSummaryOrders(Model):
    """Customer Summary Orders

    Source: seed-001, page customer."""

    total_amount: int | Unset = UNSET
    """The total amount spent by the customer. The value is multiplied by 100 to represent 2
    decimal places. For example `10000 cents` for `$100.00`."""
    total_count: int | Unset = UNSET
    """Total number of orders made by the customer."""
    average_amount: int | None | Unset = UNSET
    """Average amount spent on orders. `total_amount` ÷ `total_count`. The value is multiplied
    by 100 to represent 2 decimal places. For example `10000 cents` for `$100.00`.

    Formula: total_amount ÷ total_count

    Observed (payloads): nullable True."""
    last_order_amount: int | None | Unset = UNSET
    """Amount spent on last order. The value is multiplied by 100 to represent 2 decimal
    places. For example `10000 cents` for `$100.00`.

    Observed (payloads): nullable True."""
    last_order_date: _dt.datetime | None | Unset = UNSET
    """Timestamp representing the date and time of the customer's last order in ISO 8601
    format.

    Observed (openapi): format 'date-time'.

    Observed (payloads): nullable True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"total_amount", "total_count", "average_amount", "last_order_amount", "last_order_date"}
    )

    @classmethod
    def _parse(cls, data: Any, path: Path, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, path, "object", data)
            return cls()
        obj = cls.__new__(cls)
        found = 0
        v = data.get("total_amount", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_amount"), "integer", v)
        obj.total_amount = v
        v = data.get("total_count", UNSET)
        if v is not UNSET:
            found += 1
            if type(v) is not int:
                v = fail(errors, (*path, "total_count"), "integer", v)
        obj.total_count = v
        v = data.get("average_amount", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not int):
                v = fail(errors, (*path, "average_amount"), "integer", v)
        obj.average_amount = v
        v = data.get("last_order_amount", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None and (type(v) is not int):
                v = fail(errors, (*path, "last_order_amount"), "integer", v)
        obj.last_order_amount = v
        v = data.get("last_order_date", UNSET)
        if v is not UNSET:
            found += 1
            if v is not None:
                v = parse_datetime(v, (*path, "last_order_date"), errors)
        obj.last_order_date = v
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, path, errors) if len(data) != found else {}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.total_amount is not UNSET:
            d["total_amount"] = self.total_amount
        if self.total_count is not UNSET:
            d["total_count"] = self.total_count
        if self.average_amount is not UNSET:
            d["average_amount"] = self.average_amount
        if self.last_order_amount is not UNSET:
            d["last_order_amount"] = self.last_order_amount
        if self.last_order_date is not UNSET:
            d["last_order_date"] = (
                None if self.last_order_date is None else dump_datetime(self.last_order_date)
            )
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


_PARSE_CUSTOMERLOYALTY_CAMPAIGNS = partial_item(parse_map, CustomerLoyaltyCampaignsEntry._parse)
_PARSE_CUSTOMERREFERRALS_CAMPAIGNS = partial_item(parse_list, CustomerReferralsCampaignsItem._parse)

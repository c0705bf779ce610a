# Generated from spec/webhook.yaml by `docmodels regenerate`. Do not edit.
"""Project settings webhooks: the classes of the vendor's page, in its order."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ._runtime import (
    UNSET,
    ErrorItem,
    Model,
    Unrecognized,
    Unset,
    Where,
    dump_datetime,
    dump_open,
    extra_keys,
    fail,
    fail_enum,
    is_mapping,
    late_parser,
    loads,
    new_instance,
    open_enum_of,
    parse_datetime,
    parse_object,
    report,
    tag_of,
    take,
)
from ._signature import check_signature

if TYPE_CHECKING:
    from .customer_created_event import EventCustomerCreatedData

_CUSTOMERCREATEDWEBHOOK_TYPE_VALUES = frozenset({"customer.created"})
_CUSTOMERCREATEDWEBHOOK_TYPE_SHOWN = ("customer.created",)
_WEBHOOKSOURCE_OBJECT_VALUES = frozenset({"webhook", "distribution"})
_WEBHOOKSOURCE_OBJECT_SHOWN = (
    "webhook",
    "distribution",
)
_WEBHOOKEVENTSOURCE_CHANNEL_VALUES = frozenset({"USER_PORTAL", "API", "CLIENT_API", "INTERNAL"})
_WEBHOOKEVENTSOURCE_CHANNEL_SHOWN = (
    "USER_PORTAL",
    "API",
    "CLIENT_API",
    "INTERNAL",
)


@dataclass(slots=True, kw_only=True)
class WebhookEnvelope(Model):
    """The list shows a general structure of a webhook payload set in Project settings.
    Indented bullet points mean that an object contains further properties or objects.

    Source: Project settings webhooks page."""

    id: str
    """Unique identifier of the send out for this webhook.

    Observed (Vendor OpenAPI files): required True."""
    project_id: str
    """Unique identifier of the Voucherify project.

    Observed (Vendor OpenAPI files): required True."""
    created_at: _dt.datetime
    """The exact moment when the webhook was created.

    Observed (Vendor OpenAPI files): format 'date-time'.

    Observed (Vendor OpenAPI files): required True."""
    type: (
        Literal[
            "business_validation_rule.assignment.created",
            "business_validation_rule.assignment.deleted",
            "business_validation_rule.created",
            "business_validation_rule.deleted",
            "business_validation_rule.updated",
            "campaign.created",
            "campaign.deleted",
            "campaign.disabled",
            "campaign.enabled",
            "campaign.earning_rule.assigned",
            "campaign.earning_rule.deleted",
            "campaign.earning_rule.disabled",
            "campaign.earning_rule.enabled",
            "campaign.earning_rule.updated",
            "campaign.loyalty_tier.created",
            "campaign.loyalty_tier.deleted",
            "campaign.loyalty_tier.updated",
            "campaign.promotion_stack.created",
            "campaign.promotion_stack.updated",
            "campaign.promotion_tier.created",
            "campaign.promotion_tier.deleted",
            "campaign.promotion_tier.disabled",
            "campaign.promotion_tier.enabled",
            "campaign.promotion_tier.updated",
            "campaign.referral_tier.created",
            "campaign.referral_tier.deleted",
            "campaign.referral_tier.updated",
            "campaign.reward.assignment.created",
            "campaign.reward.assignment.deleted",
            "campaign.reward.assignment.updated",
            "campaign.updated",
            "campaign.vouchers.added",
            "campaign.vouchers.generation.completed",
            "campaign.vouchers.generation.failed",
            "campaign.vouchers.generation.started",
            "customer.confirmed",
            "customer.created",
            "customer.updated",
            "customer.deleted",
            "customer.rewarded",
            "customer.rewarded.loyalty_points",
            "publication.succeeded",
            "redemption.failed",
            "redemption.rollback.failed",
            "redemption.rollback.succeeded",
            "redemption.succeeded",
            "voucher.created",
            "voucher.deleted",
            "voucher.disabled",
            "voucher.enabled",
            "voucher.gift.balance_added",
            "voucher.gift.transaction.created",
            "voucher.loyalty_card.pending_points.activated",
            "voucher.loyalty_card.pending_points.added",
            "voucher.loyalty_card.pending_points.canceled",
            "voucher.loyalty_card.pending_points.updated",
            "voucher.loyalty_card.points_added",
            "voucher.loyalty_card.points_expired",
            "voucher.loyalty_card.transaction.created",
            "voucher.published",
            "voucher.updated",
        ]
        | Unrecognized
    )
    """Name of the event that triggered the webhook send out.

    Observed (Vendor OpenAPI files): required True.

    Observed (Vendor OpenAPI files): open True."""
    data: dict[str, Any]
    """Payload depends on the event that triggered the webhook send out. Project settings cover
    the following events:

    Observed (Vendor OpenAPI files): required True."""
    source: WebhookSource
    """Contains details about the source of the webhook send out.

    Observed (Vendor OpenAPI files): required True."""
    event: WebhookEvent
    """Contains other data of the event that triggered the send out.

    Observed (Vendor OpenAPI files): required True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"id", "project_id", "created_at", "type", "data", "source", "event"}
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
            report(errors, (where, "id"), "missing")
        if "project_id" in data:
            found += 1
            v = data["project_id"]
            if type(v) is not str:
                v = fail(errors, (where, "project_id"), "string", v)
            obj.project_id = v
        else:
            report(errors, (where, "project_id"), "missing")
        if "created_at" in data:
            found += 1
            v = data["created_at"]
            v = parse_datetime(v, (where, "created_at"), errors)
            obj.created_at = v
        else:
            report(errors, (where, "created_at"), "missing")
        if "type" in data:
            found += 1
            v = data["type"]
            v = _PARSE_WEBHOOKENVELOPE_TYPE(v, (where, "type"), errors)
            obj.type = v
        else:
            report(errors, (where, "type"), "missing")
        if "data" in data:
            found += 1
            v = data["data"]
            v = parse_object(v, (where, "data"), errors)
            obj.data = v
        else:
            report(errors, (where, "data"), "missing")
        if "source" in data:
            found += 1
            v = data["source"]
            v = _parse_WebhookSource(v, (where, "source"), errors)
            obj.source = v
        else:
            report(errors, (where, "source"), "missing")
        if "event" in data:
            found += 1
            v = data["event"]
            v = _parse_WebhookEvent(v, (where, "event"), errors)
            obj.event = v
        else:
            report(errors, (where, "event"), "missing")
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        v0 = self.id
        d["id"] = v0
        v1 = self.project_id
        d["project_id"] = v1
        v2 = self.created_at
        d["created_at"] = dump_datetime(v2)
        v3 = self.type
        d["type"] = dump_open(v3)
        v4 = self.data
        d["data"] = v4
        v5 = self.source
        d["source"] = v5.to_dict()
        v6 = self.event
        d["event"] = v6.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class CustomerCreatedWebhook(Model):
    """A WebhookEnvelope whose type is 'customer.created': its data is a
    EventCustomerCreatedData (one of Webhook).

    Source: Project settings webhooks page."""

    id: str
    """Unique identifier of the send out for this webhook.

    Observed (Vendor OpenAPI files): required True."""
    project_id: str
    """Unique identifier of the Voucherify project.

    Observed (Vendor OpenAPI files): required True."""
    created_at: _dt.datetime
    """The exact moment when the webhook was created.

    Observed (Vendor OpenAPI files): format 'date-time'.

    Observed (Vendor OpenAPI files): required True."""
    type: Literal["customer.created"]
    """Name of the event that triggered the webhook send out.

    Observed (Vendor OpenAPI files): required True.

    Observed (Vendor OpenAPI files): open True."""
    data: EventCustomerCreatedData
    """Payload depends on the event that triggered the webhook send out. Project settings cover
    the following events:

    Observed (Vendor OpenAPI files): required True."""
    source: WebhookSource
    """Contains details about the source of the webhook send out.

    Observed (Vendor OpenAPI files): required True."""
    event: WebhookEvent
    """Contains other data of the event that triggered the send out.

    Observed (Vendor OpenAPI files): required True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"id", "project_id", "created_at", "type", "data", "source", "event"}
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
            report(errors, (where, "id"), "missing")
        if "project_id" in data:
            found += 1
            v = data["project_id"]
            if type(v) is not str:
                v = fail(errors, (where, "project_id"), "string", v)
            obj.project_id = v
        else:
            report(errors, (where, "project_id"), "missing")
        if "created_at" in data:
            found += 1
            v = data["created_at"]
            v = parse_datetime(v, (where, "created_at"), errors)
            obj.created_at = v
        else:
            report(errors, (where, "created_at"), "missing")
        if "type" in data:
            found += 1
            v = data["type"]
            if type(v) is not str or v not in _CUSTOMERCREATEDWEBHOOK_TYPE_VALUES:
                v = fail_enum(errors, (where, "type"), _CUSTOMERCREATEDWEBHOOK_TYPE_SHOWN, v)
            obj.type = v
        else:
            report(errors, (where, "type"), "missing")
        if "data" in data:
            found += 1
            v = data["data"]
            v = _parse_EventCustomerCreatedData(v, (where, "data"), errors)
            obj.data = v
        else:
            report(errors, (where, "data"), "missing")
        if "source" in data:
            found += 1
            v = data["source"]
            v = _parse_WebhookSource(v, (where, "source"), errors)
            obj.source = v
        else:
            report(errors, (where, "source"), "missing")
        if "event" in data:
            found += 1
            v = data["event"]
            v = _parse_WebhookEvent(v, (where, "event"), errors)
            obj.event = v
        else:
            report(errors, (where, "event"), "missing")
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        v0 = self.id
        d["id"] = v0
        v1 = self.project_id
        d["project_id"] = v1
        v2 = self.created_at
        d["created_at"] = dump_datetime(v2)
        v3 = self.type
        d["type"] = v3
        v4 = self.data
        d["data"] = v4.to_dict()
        v5 = self.source
        d["source"] = v5.to_dict()
        v6 = self.event
        d["event"] = v6.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class OtherWebhook(Model):
    """A WebhookEnvelope of any type but 'customer.created', its data as it came (one of
    Webhook).

    Source: Project settings webhooks page."""

    id: str
    """Unique identifier of the send out for this webhook.

    Observed (Vendor OpenAPI files): required True."""
    project_id: str
    """Unique identifier of the Voucherify project.

    Observed (Vendor OpenAPI files): required True."""
    created_at: _dt.datetime
    """The exact moment when the webhook was created.

    Observed (Vendor OpenAPI files): format 'date-time'.

    Observed (Vendor OpenAPI files): required True."""
    type: (
        Literal[
            "business_validation_rule.assignment.created",
            "business_validation_rule.assignment.deleted",
            "business_validation_rule.created",
            "business_validation_rule.deleted",
            "business_validation_rule.updated",
            "campaign.created",
            "campaign.deleted",
            "campaign.disabled",
            "campaign.enabled",
            "campaign.earning_rule.assigned",
            "campaign.earning_rule.deleted",
            "campaign.earning_rule.disabled",
            "campaign.earning_rule.enabled",
            "campaign.earning_rule.updated",
            "campaign.loyalty_tier.created",
            "campaign.loyalty_tier.deleted",
            "campaign.loyalty_tier.updated",
            "campaign.promotion_stack.created",
            "campaign.promotion_stack.updated",
            "campaign.promotion_tier.created",
            "campaign.promotion_tier.deleted",
            "campaign.promotion_tier.disabled",
            "campaign.promotion_tier.enabled",
            "campaign.promotion_tier.updated",
            "campaign.referral_tier.created",
            "campaign.referral_tier.deleted",
            "campaign.referral_tier.updated",
            "campaign.reward.assignment.created",
            "campaign.reward.assignment.deleted",
            "campaign.reward.assignment.updated",
            "campaign.updated",
            "campaign.vouchers.added",
            "campaign.vouchers.generation.completed",
            "campaign.vouchers.generation.failed",
            "campaign.vouchers.generation.started",
            "customer.confirmed",
            "customer.updated",
            "customer.deleted",
            "customer.rewarded",
            "customer.rewarded.loyalty_points",
            "publication.succeeded",
            "redemption.failed",
            "redemption.rollback.failed",
            "redemption.rollback.succeeded",
            "redemption.succeeded",
            "voucher.created",
            "voucher.deleted",
            "voucher.disabled",
            "voucher.enabled",
            "voucher.gift.balance_added",
            "voucher.gift.transaction.created",
            "voucher.loyalty_card.pending_points.activated",
            "voucher.loyalty_card.pending_points.added",
            "voucher.loyalty_card.pending_points.canceled",
            "voucher.loyalty_card.pending_points.updated",
            "voucher.loyalty_card.points_added",
            "voucher.loyalty_card.points_expired",
            "voucher.loyalty_card.transaction.created",
            "voucher.published",
            "voucher.updated",
        ]
        | Unrecognized
    )
    """Name of the event that triggered the webhook send out.

    Observed (Vendor OpenAPI files): required True.

    Observed (Vendor OpenAPI files): open True."""
    data: dict[str, Any]
    """Payload depends on the event that triggered the webhook send out. Project settings cover
    the following events:

    Observed (Vendor OpenAPI files): required True."""
    source: WebhookSource
    """Contains details about the source of the webhook send out.

    Observed (Vendor OpenAPI files): required True."""
    event: WebhookEvent
    """Contains other data of the event that triggered the send out.

    Observed (Vendor OpenAPI files): required True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"id", "project_id", "created_at", "type", "data", "source", "event"}
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
            report(errors, (where, "id"), "missing")
        if "project_id" in data:
            found += 1
            v = data["project_id"]
            if type(v) is not str:
                v = fail(errors, (where, "project_id"), "string", v)
            obj.project_id = v
        else:
            report(errors, (where, "project_id"), "missing")
        if "created_at" in data:
            found += 1
            v = data["created_at"]
            v = parse_datetime(v, (where, "created_at"), errors)
            obj.created_at = v
        else:
            report(errors, (where, "created_at"), "missing")
        if "type" in data:
            found += 1
            v = data["type"]
            v = _PARSE_OTHERWEBHOOK_TYPE(v, (where, "type"), errors)
            obj.type = v
        else:
            report(errors, (where, "type"), "missing")
        if "data" in data:
            found += 1
            v = data["data"]
            v = parse_object(v, (where, "data"), errors)
            obj.data = v
        else:
            report(errors, (where, "data"), "missing")
        if "source" in data:
            found += 1
            v = data["source"]
            v = _parse_WebhookSource(v, (where, "source"), errors)
            obj.source = v
        else:
            report(errors, (where, "source"), "missing")
        if "event" in data:
            found += 1
            v = data["event"]
            v = _parse_WebhookEvent(v, (where, "event"), errors)
            obj.event = v
        else:
            report(errors, (where, "event"), "missing")
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        v0 = self.id
        d["id"] = v0
        v1 = self.project_id
        d["project_id"] = v1
        v2 = self.created_at
        d["created_at"] = dump_datetime(v2)
        v3 = self.type
        d["type"] = dump_open(v3)
        v4 = self.data
        d["data"] = v4
        v5 = self.source
        d["source"] = v5.to_dict()
        v6 = self.event
        d["event"] = v6.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class WebhookSource(Model):
    """Contains details about the source of the webhook send out.

    Nested in WebhookEnvelope.

    Source: Project settings webhooks page."""

    id: str
    """ID number of the webhook.

    Observed (Vendor OpenAPI files): required True."""
    object: Literal["webhook", "distribution"]
    """Determines the type of the object.

    Observed (Vendor OpenAPI files): required True.

    Observed (Vendor payloads): enum ['distribution']."""
    target_url: str
    """The address where the webhook will be sent.

    Observed (Vendor OpenAPI files): required True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"id", "object", "target_url"})

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
            report(errors, (where, "id"), "missing")
        if "object" in data:
            found += 1
            v = data["object"]
            if type(v) is not str or v not in _WEBHOOKSOURCE_OBJECT_VALUES:
                v = fail_enum(errors, (where, "object"), _WEBHOOKSOURCE_OBJECT_SHOWN, v)
            obj.object = v
        else:
            report(errors, (where, "object"), "missing")
        if "target_url" in data:
            found += 1
            v = data["target_url"]
            if type(v) is not str:
                v = fail(errors, (where, "target_url"), "string", v)
            obj.target_url = v
        else:
            report(errors, (where, "target_url"), "missing")
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        v0 = self.id
        d["id"] = v0
        v1 = self.object
        d["object"] = v1
        v2 = self.target_url
        d["target_url"] = v2
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class WebhookEvent(Model):
    """Contains other data of the event that triggered the send out.

    Nested in WebhookEnvelope.

    Source: Project settings webhooks page."""

    id: str
    """Unique identifier of the event that triggered the send out.

    Observed (Vendor OpenAPI files): required True."""
    type: str
    """Determines the type of the event.

    Observed (Vendor OpenAPI files): required True."""
    created_at: _dt.datetime
    """The exact moment when the event was created.

    Observed (Vendor OpenAPI files): format 'date-time'.

    Observed (Vendor OpenAPI files): required True."""
    entity_id: str | Unset = UNSET
    """Unique identifier of the entity that triggered the send out."""
    group_id: str
    """Unique identifier of the request that triggered the event.

    Observed (Vendor OpenAPI files): required True."""
    event_source: WebhookEventSource
    """Contains the source of the object that triggered the send out.

    Observed (Vendor OpenAPI files): required True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"id", "type", "created_at", "entity_id", "group_id", "event_source"}
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
            report(errors, (where, "id"), "missing")
        if "type" in data:
            found += 1
            v = data["type"]
            if type(v) is not str:
                v = fail(errors, (where, "type"), "string", v)
            obj.type = v
        else:
            report(errors, (where, "type"), "missing")
        if "created_at" in data:
            found += 1
            v = data["created_at"]
            v = parse_datetime(v, (where, "created_at"), errors)
            obj.created_at = v
        else:
            report(errors, (where, "created_at"), "missing")
        if "entity_id" in data:
            found += 1
            v = data["entity_id"]
            if type(v) is not str:
                v = fail(errors, (where, "entity_id"), "string", v)
            obj.entity_id = v
        else:
            obj.entity_id = UNSET
        if "group_id" in data:
            found += 1
            v = data["group_id"]
            if type(v) is not str:
                v = fail(errors, (where, "group_id"), "string", v)
            obj.group_id = v
        else:
            report(errors, (where, "group_id"), "missing")
        if "event_source" in data:
            found += 1
            v = data["event_source"]
            v = _parse_WebhookEventSource(v, (where, "event_source"), errors)
            obj.event_source = v
        else:
            report(errors, (where, "event_source"), "missing")
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        v0 = self.id
        d["id"] = v0
        v1 = self.type
        d["type"] = v1
        v2 = self.created_at
        d["created_at"] = dump_datetime(v2)
        if (v3 := self.entity_id) is not UNSET:
            d["entity_id"] = v3
        v4 = self.group_id
        d["group_id"] = v4
        v5 = self.event_source
        d["event_source"] = v5.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class WebhookEventSource(Model):
    """Contains the source of the object that triggered the send out.

    Nested in WebhookEvent.

    Source: Project settings webhooks page."""

    channel: Literal["USER_PORTAL", "API", "CLIENT_API", "INTERNAL"] | Unset = UNSET
    """Determines the channel that triggered the send out."""
    user: WebhookEventUser | Unset = UNSET
    """Defines the user who triggered the event."""
    api_key: WebhookEventApiKey | Unset = UNSET
    """Determines the API key used to initiate the send out."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"channel", "user", "api_key"})

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "channel" in data:
            found += 1
            v = data["channel"]
            if type(v) is not str or v not in _WEBHOOKEVENTSOURCE_CHANNEL_VALUES:
                v = fail_enum(errors, (where, "channel"), _WEBHOOKEVENTSOURCE_CHANNEL_SHOWN, v)
            obj.channel = v
        else:
            obj.channel = UNSET
        if "user" in data:
            found += 1
            v = data["user"]
            v = _parse_WebhookEventUser(v, (where, "user"), errors)
            obj.user = v
        else:
            obj.user = UNSET
        if "api_key" in data:
            found += 1
            v = data["api_key"]
            v = _parse_WebhookEventApiKey(v, (where, "api_key"), errors)
            obj.api_key = v
        else:
            obj.api_key = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.channel) is not UNSET:
            d["channel"] = v0
        if (v1 := self.user) is not UNSET:
            d["user"] = v1.to_dict()
        if (v2 := self.api_key) is not UNSET:
            d["api_key"] = v2.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class WebhookEventUser(Model):
    """Defines the user who triggered the event.

    Nested in WebhookEventSource.

    Source: Project settings webhooks page."""

    id: str | Unset = UNSET
    """ID of the user who triggered the event."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"id"})

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
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.id) is not UNSET:
            d["id"] = v0
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class WebhookEventApiKey(Model):
    """Determines the API key used to initiate the send out.

    Nested in WebhookEventSource.

    Source: Project settings webhooks page."""

    name: str | Unset = UNSET
    """Channel name in the application keys."""
    app_id: str | Unset = UNSET
    """Contains the application ID from the Voucherify API key pair."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"name", "app_id"})

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
            if type(v) is not str:
                v = fail(errors, (where, "name"), "string", v)
            obj.name = v
        else:
            obj.name = UNSET
        if "app_id" in data:
            found += 1
            v = data["app_id"]
            if type(v) is not str:
                v = fail(errors, (where, "app_id"), "string", v)
            obj.app_id = v
        else:
            obj.app_id = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.name) is not UNSET:
            d["name"] = v0
        if (v1 := self.app_id) is not UNSET:
            d["app_id"] = v1
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


# WebhookEnvelope by its 'type': 'customer.created' -> EventCustomerCreatedData; any other value
# -> OtherWebhook.
Webhook = CustomerCreatedWebhook | OtherWebhook
_WEBHOOK_CASES: dict[str, type[CustomerCreatedWebhook] | type[OtherWebhook]] = {
    "customer.created": CustomerCreatedWebhook,
}


def webhook_from_dict(data: Any) -> Webhook:
    """Parse a payload into the class its 'type' chooses (OtherWebhook for any value without a
    class of its own); raises :class:`ValidationError` listing every bad value."""
    tag = tag_of(data, "type")
    variant = _WEBHOOK_CASES.get(tag, OtherWebhook) if type(tag) is str else OtherWebhook
    return variant.from_dict(data)


def webhook_from_json(text: str | bytes) -> Webhook:
    """Parse JSON text as :func:`webhook_from_dict` does."""
    return webhook_from_dict(loads(text))


def parse_webhook(
    body: str | bytes, *, signature: str | bytes | None = None, secret: str | bytes | None = None
) -> Webhook:
    """Parse a webhook request's raw body. Given the webhook ``secret``, the body is authenticated
    first, with ``signature`` (the request's ``SIGNATURE_HEADER``): a missing or wrong one raises
    :class:`SignatureError` before the body is read. Bad payloads raise :class:`ValidationError`."""
    if secret is not None:
        check_signature(body, signature, secret)
    elif signature is not None:
        raise TypeError("a signature is checked against the webhook secret: pass secret= as well")
    return webhook_from_json(body)


_parse_WebhookSource = WebhookSource._parse
_parse_WebhookEvent = WebhookEvent._parse
_parse_EventCustomerCreatedData = late_parser(
    __package__, "customer_created_event", "EventCustomerCreatedData"
)
_parse_WebhookEventSource = WebhookEventSource._parse
_parse_WebhookEventUser = WebhookEventUser._parse
_parse_WebhookEventApiKey = WebhookEventApiKey._parse
_PARSE_WEBHOOKENVELOPE_TYPE = open_enum_of(
    (
        "business_validation_rule.assignment.created",
        "business_validation_rule.assignment.deleted",
        "business_validation_rule.created",
        "business_validation_rule.deleted",
        "business_validation_rule.updated",
        "campaign.created",
        "campaign.deleted",
        "campaign.disabled",
        "campaign.enabled",
        "campaign.earning_rule.assigned",
        "campaign.earning_rule.deleted",
        "campaign.earning_rule.disabled",
        "campaign.earning_rule.enabled",
        "campaign.earning_rule.updated",
        "campaign.loyalty_tier.created",
        "campaign.loyalty_tier.deleted",
        "campaign.loyalty_tier.updated",
        "campaign.promotion_stack.created",
        "campaign.promotion_stack.updated",
        "campaign.promotion_tier.created",
        "campaign.promotion_tier.deleted",
        "campaign.promotion_tier.disabled",
        "campaign.promotion_tier.enabled",
        "campaign.promotion_tier.updated",
        "campaign.referral_tier.created",
        "campaign.referral_tier.deleted",
        "campaign.referral_tier.updated",
        "campaign.reward.assignment.created",
        "campaign.reward.assignment.deleted",
        "campaign.reward.assignment.updated",
        "campaign.updated",
        "campaign.vouchers.added",
        "campaign.vouchers.generation.completed",
        "campaign.vouchers.generation.failed",
        "campaign.vouchers.generation.started",
        "customer.confirmed",
        "customer.created",
        "customer.updated",
        "customer.deleted",
        "customer.rewarded",
        "customer.rewarded.loyalty_points",
        "publication.succeeded",
        "redemption.failed",
        "redemption.rollback.failed",
        "redemption.rollback.succeeded",
        "redemption.succeeded",
        "voucher.created",
        "voucher.deleted",
        "voucher.disabled",
        "voucher.enabled",
        "voucher.gift.balance_added",
        "voucher.gift.transaction.created",
        "voucher.loyalty_card.pending_points.activated",
        "voucher.loyalty_card.pending_points.added",
        "voucher.loyalty_card.pending_points.canceled",
        "voucher.loyalty_card.pending_points.updated",
        "voucher.loyalty_card.points_added",
        "voucher.loyalty_card.points_expired",
        "voucher.loyalty_card.transaction.created",
        "voucher.published",
        "voucher.updated",
    ),
    (),
)
_PARSE_OTHERWEBHOOK_TYPE = open_enum_of(
    (
        "business_validation_rule.assignment.created",
        "business_validation_rule.assignment.deleted",
        "business_validation_rule.created",
        "business_validation_rule.deleted",
        "business_validation_rule.updated",
        "campaign.created",
        "campaign.deleted",
        "campaign.disabled",
        "campaign.enabled",
        "campaign.earning_rule.assigned",
        "campaign.earning_rule.deleted",
        "campaign.earning_rule.disabled",
        "campaign.earning_rule.enabled",
        "campaign.earning_rule.updated",
        "campaign.loyalty_tier.created",
        "campaign.loyalty_tier.deleted",
        "campaign.loyalty_tier.updated",
        "campaign.promotion_stack.created",
        "campaign.promotion_stack.updated",
        "campaign.promotion_tier.created",
        "campaign.promotion_tier.deleted",
        "campaign.promotion_tier.disabled",
        "campaign.promotion_tier.enabled",
        "campaign.promotion_tier.updated",
        "campaign.referral_tier.created",
        "campaign.referral_tier.deleted",
        "campaign.referral_tier.updated",
        "campaign.reward.assignment.created",
        "campaign.reward.assignment.deleted",
        "campaign.reward.assignment.updated",
        "campaign.updated",
        "campaign.vouchers.added",
        "campaign.vouchers.generation.completed",
        "campaign.vouchers.generation.failed",
        "campaign.vouchers.generation.started",
        "customer.confirmed",
        "customer.updated",
        "customer.deleted",
        "customer.rewarded",
        "customer.rewarded.loyalty_points",
        "publication.succeeded",
        "redemption.failed",
        "redemption.rollback.failed",
        "redemption.rollback.succeeded",
        "redemption.succeeded",
        "voucher.created",
        "voucher.deleted",
        "voucher.disabled",
        "voucher.enabled",
        "voucher.gift.balance_added",
        "voucher.gift.transaction.created",
        "voucher.loyalty_card.pending_points.activated",
        "voucher.loyalty_card.pending_points.added",
        "voucher.loyalty_card.pending_points.canceled",
        "voucher.loyalty_card.pending_points.updated",
        "voucher.loyalty_card.points_added",
        "voucher.loyalty_card.points_expired",
        "voucher.loyalty_card.transaction.created",
        "voucher.published",
        "voucher.updated",
    ),
    ("customer.created",),
)


# The C accelerator, where it runs, parses and writes this module's classes from now on.
take(globals())

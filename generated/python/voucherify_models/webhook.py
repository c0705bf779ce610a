# Generated from spec/webhook.yaml by `python -m generator regenerate`. Do not edit.
"""Project settings webhooks: the classes of the vendor's page, in its order."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
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
    is_mapping,
    new_instance,
    parse_datetime,
    parse_object,
    report,
)

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

    id: str | Unset = UNSET
    """Unique identifier of the send out for this webhook.

    Observed (Vendor OpenAPI files): required True."""
    project_id: str | Unset = UNSET
    """Unique identifier of the Voucherify project.

    Observed (Vendor OpenAPI files): required True."""
    created_at: _dt.datetime | Unset = UNSET
    """The exact moment when the webhook was created.

    Observed (Vendor OpenAPI files): format 'date-time'.

    Observed (Vendor OpenAPI files): required True."""
    type: str | Unset = UNSET
    """Name of the event that triggered the webhook send out.

    Observed (Vendor OpenAPI files): required True.

    Observed (Vendor OpenAPI files): open True."""
    data: dict[str, Any] | Unset = UNSET
    """Payload depends on the event that triggered the webhook send out. Project settings cover
    the following events:

    Observed (Vendor OpenAPI files): required True."""
    source: WebhookSource | Unset = UNSET
    """Contains details about the source of the webhook send out.

    Observed (Vendor OpenAPI files): required True."""
    event: WebhookEvent | Unset = UNSET
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
            return cls()
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
            obj.id = UNSET
        if "project_id" in data:
            found += 1
            v = data["project_id"]
            if type(v) is not str:
                v = fail(errors, (where, "project_id"), "string", v)
            obj.project_id = v
        else:
            report(errors, (where, "project_id"), "missing")
            obj.project_id = UNSET
        if "created_at" in data:
            found += 1
            v = data["created_at"]
            v = parse_datetime(v, (where, "created_at"), errors)
            obj.created_at = v
        else:
            report(errors, (where, "created_at"), "missing")
            obj.created_at = UNSET
        if "type" in data:
            found += 1
            v = data["type"]
            if type(v) is not str:
                v = fail(errors, (where, "type"), "string", v)
            obj.type = v
        else:
            report(errors, (where, "type"), "missing")
            obj.type = UNSET
        if "data" in data:
            found += 1
            v = data["data"]
            v = parse_object(v, (where, "data"), errors)
            obj.data = v
        else:
            report(errors, (where, "data"), "missing")
            obj.data = UNSET
        if "source" in data:
            found += 1
            v = data["source"]
            v = _parse_WebhookSource(v, (where, "source"), errors)
            obj.source = v
        else:
            report(errors, (where, "source"), "missing")
            obj.source = UNSET
        if "event" in data:
            found += 1
            v = data["event"]
            v = _parse_WebhookEvent(v, (where, "event"), errors)
            obj.event = v
        else:
            report(errors, (where, "event"), "missing")
            obj.event = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.id) is not UNSET:
            d["id"] = v0
        if (v1 := self.project_id) is not UNSET:
            d["project_id"] = v1
        if (v2 := self.created_at) is not UNSET:
            d["created_at"] = dump_datetime(v2)
        if (v3 := self.type) is not UNSET:
            d["type"] = v3
        if (v4 := self.data) is not UNSET:
            d["data"] = v4
        if (v5 := self.source) is not UNSET:
            d["source"] = v5.to_dict()
        if (v6 := self.event) is not UNSET:
            d["event"] = v6.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class WebhookSource(Model):
    """Contains details about the source of the webhook send out.

    Nested in WebhookEnvelope.

    Source: Project settings webhooks page."""

    id: str | Unset = UNSET
    """ID number of the webhook.

    Observed (Vendor OpenAPI files): required True."""
    object: Literal["webhook", "distribution"] | Unset = UNSET
    """Determines the type of the object.

    Observed (Vendor OpenAPI files): required True.

    Observed (Vendor payloads): enum ['distribution']."""
    target_url: str | Unset = UNSET
    """The address where the webhook will be sent.

    Observed (Vendor OpenAPI files): required True."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"id", "object", "target_url"})

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return cls()
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
            obj.id = UNSET
        if "object" in data:
            found += 1
            v = data["object"]
            if type(v) is not str or v not in _WEBHOOKSOURCE_OBJECT_VALUES:
                v = fail_enum(errors, (where, "object"), _WEBHOOKSOURCE_OBJECT_SHOWN, v)
            obj.object = v
        else:
            report(errors, (where, "object"), "missing")
            obj.object = UNSET
        if "target_url" in data:
            found += 1
            v = data["target_url"]
            if type(v) is not str:
                v = fail(errors, (where, "target_url"), "string", v)
            obj.target_url = v
        else:
            report(errors, (where, "target_url"), "missing")
            obj.target_url = UNSET
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
        if (v2 := self.target_url) is not UNSET:
            d["target_url"] = v2
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


@dataclass(slots=True, kw_only=True)
class WebhookEvent(Model):
    """Contains other data of the event that triggered the send out.

    Nested in WebhookEnvelope.

    Source: Project settings webhooks page."""

    id: str | Unset = UNSET
    """Unique identifier of the event that triggered the send out.

    Observed (Vendor OpenAPI files): required True."""
    type: str | Unset = UNSET
    """Determines the type of the event.

    Observed (Vendor OpenAPI files): required True."""
    created_at: _dt.datetime | Unset = UNSET
    """The exact moment when the event was created.

    Observed (Vendor OpenAPI files): format 'date-time'.

    Observed (Vendor OpenAPI files): required True."""
    entity_id: str | Unset = UNSET
    """Unique identifier of the entity that triggered the send out."""
    group_id: str | Unset = UNSET
    """Unique identifier of the request that triggered the event.

    Observed (Vendor OpenAPI files): required True."""
    event_source: WebhookEventSource | Unset = UNSET
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
            return cls()
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
            obj.id = UNSET
        if "type" in data:
            found += 1
            v = data["type"]
            if type(v) is not str:
                v = fail(errors, (where, "type"), "string", v)
            obj.type = v
        else:
            report(errors, (where, "type"), "missing")
            obj.type = UNSET
        if "created_at" in data:
            found += 1
            v = data["created_at"]
            v = parse_datetime(v, (where, "created_at"), errors)
            obj.created_at = v
        else:
            report(errors, (where, "created_at"), "missing")
            obj.created_at = UNSET
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
            obj.group_id = UNSET
        if "event_source" in data:
            found += 1
            v = data["event_source"]
            v = _parse_WebhookEventSource(v, (where, "event_source"), errors)
            obj.event_source = v
        else:
            report(errors, (where, "event_source"), "missing")
            obj.event_source = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.id) is not UNSET:
            d["id"] = v0
        if (v1 := self.type) is not UNSET:
            d["type"] = v1
        if (v2 := self.created_at) is not UNSET:
            d["created_at"] = dump_datetime(v2)
        if (v3 := self.entity_id) is not UNSET:
            d["entity_id"] = v3
        if (v4 := self.group_id) is not UNSET:
            d["group_id"] = v4
        if (v5 := self.event_source) is not UNSET:
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
            return cls()
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
            return cls()
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
            return cls()
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


_parse_WebhookSource = WebhookSource._parse
_parse_WebhookEvent = WebhookEvent._parse
_parse_WebhookEventSource = WebhookEventSource._parse
_parse_WebhookEventUser = WebhookEventUser._parse
_parse_WebhookEventApiKey = WebhookEventApiKey._parse

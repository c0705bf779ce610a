# Generated from the spec by `docmodels regenerate`. Do not edit.
"""Factories for tests: a valid instance of every class, built from the spec's examples.

``make_customer_summary_redemptions_gift()`` returns a full
``CustomerSummaryRedemptionsGift`` (every field set, documented examples used,
documented formulas holding); keyword arguments replace fields by their Python names.
Every call returns a new instance. Standard library only; under pytest the same
factories are fixtures (``voucherify_models.pytest_plugin``)."""

from __future__ import annotations

import copy
import dataclasses
import itertools
import json
from typing import Any, Final, TypeVar

from ._runtime import Model
from ._signature import SIGNATURE_HEADER, signature_of
from .customer import (
    CustomerAddress,
    CustomerAssets,
    CustomerBase,
    CustomerLoyalty,
    CustomerLoyaltyCampaignsEntry,
    CustomerReferrals,
    CustomerReferralsCampaignsItem,
    CustomerResponseData,
    CustomerSummary,
    CustomerSummaryOrders,
    CustomerSummaryRedemptions,
    CustomerSummaryRedemptionsGift,
    CustomerSummaryRedemptionsLoyaltyCard,
    CustomerWithSummaryLoyaltyReferrals,
)
from .customer_created_event import EventCustomerCreatedData
from .order import (
    CustomerId,
    OrderCalculated,
    OrderCalculatedCustomerAndReferrer,
    OrderItemCalculated,
    OrderItemCalculatedProduct,
    OrderItemCalculatedSku,
    OrderRedemptions,
    OrderResponseBase,
)
from .webhook import (
    CustomerCreatedWebhook,
    OtherWebhook,
    WebhookEnvelope,
    WebhookEvent,
    WebhookEventApiKey,
    WebhookEventSource,
    WebhookEventUser,
    WebhookSource,
)

_M = TypeVar("_M", bound=Model)
_CALLS = itertools.count(1)


def _build(cls: type[_M], data: dict[str, Any], overrides: dict[str, Any], unique: str = "") -> _M:
    """A new instance of ``cls`` from ``data``, its fields replaced by ``overrides``; ``unique``
    names a field given a value of its own at each call (a webhook request's identity)."""
    data = copy.deepcopy(data)
    if unique and isinstance(data.get(unique), str):
        data[unique] = f"{data[unique]}-{next(_CALLS)}"
    obj = cls.from_dict(data)
    names = {f.name for f in dataclasses.fields(obj)}  # type: ignore[arg-type]
    unknown = sorted(set(overrides) - names)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {unknown[0]!r}")
    for name, value in overrides.items():
        setattr(obj, name, value)
    return obj


_CUSTOMER_SUMMARY_REDEMPTIONS_GIFT: Final[dict[str, Any]] = {
    "redeemed_amount": 3000,
    "amount_to_go": 3000,
}

_CUSTOMER_SUMMARY_REDEMPTIONS_LOYALTY_CARD: Final[dict[str, Any]] = {
    "redeemed_points": 150,
    "points_to_go": 150,
}

_CUSTOMER_SUMMARY_REDEMPTIONS: Final[dict[str, Any]] = {
    "total_redeemed": 3000,
    "total_failed": 3000,
    "total_succeeded": 3000,
    "total_rolled_back": 3000,
    "total_rollback_failed": 3000,
    "total_rollback_succeeded": 3000,
    "gift": _CUSTOMER_SUMMARY_REDEMPTIONS_GIFT,
    "loyalty_card": _CUSTOMER_SUMMARY_REDEMPTIONS_LOYALTY_CARD,
}

_CUSTOMER_SUMMARY_ORDERS: Final[dict[str, Any]] = {
    "total_amount": 3000,
    "total_count": 3,
    "average_amount": 1000,
    "last_order_amount": 3000,
    "last_order_date": "2022-08-30T11:51:08.029Z",
}

_CUSTOMER_SUMMARY: Final[dict[str, Any]] = {
    "redemptions": _CUSTOMER_SUMMARY_REDEMPTIONS,
    "orders": _CUSTOMER_SUMMARY_ORDERS,
}

_CUSTOMER_LOYALTY_CAMPAIGNS_ENTRY: Final[dict[str, Any]] = {
    "points": 150,
    "loyalty_tier": "ltr_UJ5Q54Q0OvEhua87Qfv2Ki5x",
    "referred_customers": 2,
    "redeemed_points": 150,
    "points_to_go": 150,
}

_CUSTOMER_LOYALTY: Final[dict[str, Any]] = {
    "points": 150,
    "referred_customers": 2,
    "campaigns": {"campaign-name-1": _CUSTOMER_LOYALTY_CAMPAIGNS_ENTRY},
}

_CUSTOMER_REFERRALS_CAMPAIGNS_ITEM: Final[dict[str, Any]] = {
    "campaign_id": "camp_rRsfatlwN7unSeUIJDCYedal",
    "referrer_id": "cust_sehkNIi8Uq2qQuRqSr7xn4Zi",
    "related_object_id": "r_0b9d4cc4aa164dd073",
    "related_object_type": "related_object_type-1",
    "date": "2022-08-30T10:19:39.196Z",
}

_CUSTOMER_REFERRALS: Final[dict[str, Any]] = {
    "total": 2,
    "campaigns": [_CUSTOMER_REFERRALS_CAMPAIGNS_ITEM],
}

_CUSTOMER_ASSETS: Final[dict[str, Any]] = {
    "cockpit_url": "cockpit_url-1",
    "cockpit_preference_center_url": "cockpit_preference_center_url-1",
}

_CUSTOMER_ADDRESS: Final[dict[str, Any]] = {
    "city": "city-1",
    "state": "state-1",
    "line_1": "line_1-1",
    "line_2": "line_2-1",
    "country": "country-1",
    "postal_code": "postal_code-1",
}

_CUSTOMER_WITH_SUMMARY_LOYALTY_REFERRALS: Final[dict[str, Any]] = {
    "id": "id-1",
    "source_id": "source_id-1",
    "summary": _CUSTOMER_SUMMARY,
    "loyalty": _CUSTOMER_LOYALTY,
    "referrals": _CUSTOMER_REFERRALS,
    "system_metadata": {"key": "value"},
    "created_at": "2022-08-30T06:32:07.380Z",
    "updated_at": "2022-08-31T06:32:07.380Z",
    "assets": _CUSTOMER_ASSETS,
    "object": "customer",
    "email_unsubscribed": True,
    "name": "name-1",
    "description": "description-1",
    "email": "email-1",
    "phone": "phone-1",
    "birthday": "1974-01-02",
    "birthdate": "1974-01-02",
    "address": _CUSTOMER_ADDRESS,
    "metadata": {
        "plan": "gold",
        "vip": True,
        "visits": 12,
        "tags": ["a", "b"],
        "sign-up-source": "web",
    },
}

_CUSTOMER_RESPONSE_DATA: Final[dict[str, Any]] = {
    "id": "id-1",
    "source_id": "source_id-1",
    "summary": _CUSTOMER_SUMMARY,
    "loyalty": _CUSTOMER_LOYALTY,
    "referrals": _CUSTOMER_REFERRALS,
    "system_metadata": {"key": "value"},
    "created_at": "2022-08-30T06:32:07.380Z",
    "updated_at": "2022-08-31T06:32:07.380Z",
    "assets": _CUSTOMER_ASSETS,
    "object": "customer",
    "email_unsubscribed": True,
}

_CUSTOMER_BASE: Final[dict[str, Any]] = {
    "name": "name-1",
    "description": "description-1",
    "email": "email-1",
    "phone": "phone-1",
    "birthday": "1974-01-02",
    "birthdate": "1974-01-02",
    "address": _CUSTOMER_ADDRESS,
    "metadata": {
        "plan": "gold",
        "vip": True,
        "visits": 12,
        "tags": ["a", "b"],
        "sign-up-source": "web",
    },
}

_EVENT_CUSTOMER_CREATED_DATA: Final[dict[str, Any]] = {
    "customer": _CUSTOMER_WITH_SUMMARY_LOYALTY_REFERRALS
}

_ORDER_ITEM_CALCULATED_PRODUCT: Final[dict[str, Any]] = {
    "id": "id-1",
    "source_id": "source_id-1",
    "override": True,
    "name": "name-1",
    "metadata": {"key": "value"},
    "price": 1999.5,
}

_ORDER_ITEM_CALCULATED_SKU: Final[dict[str, Any]] = {
    "id": "id-1",
    "source_id": "source_id-1",
    "override": True,
    "sku": "sku-1",
    "price": 1999.5,
    "metadata": {"key": "value"},
}

_ORDER_ITEM_CALCULATED: Final[dict[str, Any]] = {
    "id": "id-1",
    "sku_id": "sku_id-1",
    "product_id": "product_id-1",
    "related_object": "product",
    "source_id": "source_id-1",
    "quantity": 3,
    "discount_quantity": 3,
    "initial_quantity": 3,
    "amount": 3000,
    "discount_amount": 300,
    "applied_discount_amount": 300,
    "initial_amount": 3000,
    "total_applied_discount_amount": 300,
    "price": 3000,
    "subtotal_amount": 2700,
    "product": _ORDER_ITEM_CALCULATED_PRODUCT,
    "sku": _ORDER_ITEM_CALCULATED_SKU,
    "object": "order_item",
    "metadata": {"key": "value"},
}

_ORDER_REDEMPTIONS: Final[dict[str, Any]] = {
    "date": "2022-09-02T17:06:56.649Z",
    "rollback_id": "rr_0c63c84eb78ee0a6c0",
    "rollback_date": "2023-01-31T14:18:37.150Z",
    "related_object_type": "related_object_type-1",
    "related_object_id": "r_0ba186c4824e4881e1",
    "related_object_parent_id": "related_object_parent_id-1",
    "stacked": ["item-1"],
    "rollback_stacked": ["item-1"],
}

_CUSTOMER_ID: Final[dict[str, Any]] = {"id": "id-1", "object": "customer"}

_ORDER_CALCULATED: Final[dict[str, Any]] = {
    "id": "id-1",
    "source_id": "source_id-1",
    "created_at": "2021-12-22T10:13:06.487Z",
    "updated_at": "2021-12-22T10:14:45.316Z",
    "status": "CREATED",
    "amount": 3000,
    "initial_amount": 3000,
    "discount_amount": 300,
    "items_discount_amount": 300,
    "total_discount_amount": 300,
    "total_amount": 3000,
    "applied_discount_amount": 300,
    "items_applied_discount_amount": 300,
    "total_applied_discount_amount": 600,
    "items": [_ORDER_ITEM_CALCULATED],
    "metadata": {"key": "value"},
    "customer_id": "cust_7iUa6ICKyU6gH40dBU25kQU1",
    "referrer_id": "cust_nM4jqPiaXUvQdVSA6vTRUnix",
    "object": "order",
    "redemptions": {"redemption-id-1": _ORDER_REDEMPTIONS},
    "customer": _CUSTOMER_WITH_SUMMARY_LOYALTY_REFERRALS,
    "referrer": _CUSTOMER_WITH_SUMMARY_LOYALTY_REFERRALS,
}

_ORDER_CALCULATED_CUSTOMER_AND_REFERRER: Final[dict[str, Any]] = {
    "customer": _CUSTOMER_WITH_SUMMARY_LOYALTY_REFERRALS,
    "referrer": _CUSTOMER_WITH_SUMMARY_LOYALTY_REFERRALS,
}

_ORDER_RESPONSE_BASE: Final[dict[str, Any]] = {
    "id": "id-1",
    "source_id": "source_id-1",
    "created_at": "2021-12-22T10:13:06.487Z",
    "updated_at": "2021-12-22T10:14:45.316Z",
    "status": "CREATED",
    "amount": 3000,
    "initial_amount": 3000,
    "discount_amount": 300,
    "items_discount_amount": 300,
    "total_discount_amount": 300,
    "total_amount": 3000,
    "applied_discount_amount": 300,
    "items_applied_discount_amount": 300,
    "total_applied_discount_amount": 600,
    "items": [_ORDER_ITEM_CALCULATED],
    "metadata": {"key": "value"},
    "customer_id": "cust_7iUa6ICKyU6gH40dBU25kQU1",
    "referrer_id": "cust_nM4jqPiaXUvQdVSA6vTRUnix",
    "object": "order",
    "redemptions": {"redemption-id-1": _ORDER_REDEMPTIONS},
}

_WEBHOOK_SOURCE: Final[dict[str, Any]] = {
    "id": "wh_j56Vfy47Vx9YOX7QYD1fzHnc",
    "object": "webhook",
    "target_url": "target_url-1",
}

_WEBHOOK_EVENT_USER: Final[dict[str, Any]] = {"id": "id-1"}

_WEBHOOK_EVENT_API_KEY: Final[dict[str, Any]] = {
    "name": "name-1",
    "app_id": "1XXXX5XX-0XXX-XXXb-X7XX-XX2XXaXXX6XX",
}

_WEBHOOK_EVENT_SOURCE: Final[dict[str, Any]] = {
    "channel": "API",
    "user": _WEBHOOK_EVENT_USER,
    "api_key": _WEBHOOK_EVENT_API_KEY,
}

_WEBHOOK_EVENT: Final[dict[str, Any]] = {
    "id": "evred_1f3611301g3127begb",
    "type": "redemption.succeeded",
    "created_at": "2024-01-01T11:11:11.111Z",
    "entity_id": "r_1f3611302bf107befb",
    "group_id": "v-1f36113948e50fc4ge",
    "event_source": _WEBHOOK_EVENT_SOURCE,
}

_WEBHOOK_ENVELOPE: Final[dict[str, Any]] = {
    "id": "whs_0e16e42bc6e0c65b57",
    "project_id": "proj_5T4Rpl4T1nuM",
    "created_at": "2024-01-01T11:11:11.111Z",
    "type": "business_validation_rule.assignment.created",
    "data": {"key": "value"},
    "source": _WEBHOOK_SOURCE,
    "event": _WEBHOOK_EVENT,
}

_CUSTOMER_CREATED_WEBHOOK: Final[dict[str, Any]] = {
    "id": "whs_0e16e42bc6e0c65b57",
    "project_id": "proj_5T4Rpl4T1nuM",
    "created_at": "2024-01-01T11:11:11.111Z",
    "type": "customer.created",
    "data": _EVENT_CUSTOMER_CREATED_DATA,
    "source": _WEBHOOK_SOURCE,
    "event": _WEBHOOK_EVENT,
}

_OTHER_WEBHOOK: Final[dict[str, Any]] = {
    "id": "whs_0e16e42bc6e0c65b57",
    "project_id": "proj_5T4Rpl4T1nuM",
    "created_at": "2024-01-01T11:11:11.111Z",
    "type": "business_validation_rule.assignment.created",
    "data": {"key": "value"},
    "source": _WEBHOOK_SOURCE,
    "event": _WEBHOOK_EVENT,
}


def make_customer_summary_redemptions_gift(**overrides: Any) -> CustomerSummaryRedemptionsGift:
    """A valid ``CustomerSummaryRedemptionsGift``; keyword arguments replace its fields."""
    return _build(CustomerSummaryRedemptionsGift, _CUSTOMER_SUMMARY_REDEMPTIONS_GIFT, overrides)


def make_customer_summary_redemptions_loyalty_card(
    **overrides: Any,
) -> CustomerSummaryRedemptionsLoyaltyCard:
    """A valid ``CustomerSummaryRedemptionsLoyaltyCard``; keyword arguments replace its fields."""
    return _build(
        CustomerSummaryRedemptionsLoyaltyCard, _CUSTOMER_SUMMARY_REDEMPTIONS_LOYALTY_CARD, overrides
    )


def make_customer_summary_redemptions(**overrides: Any) -> CustomerSummaryRedemptions:
    """A valid ``CustomerSummaryRedemptions``; keyword arguments replace its fields."""
    return _build(CustomerSummaryRedemptions, _CUSTOMER_SUMMARY_REDEMPTIONS, overrides)


def make_customer_summary_orders(**overrides: Any) -> CustomerSummaryOrders:
    """A valid ``CustomerSummaryOrders``; keyword arguments replace its fields."""
    return _build(CustomerSummaryOrders, _CUSTOMER_SUMMARY_ORDERS, overrides)


def make_customer_summary(**overrides: Any) -> CustomerSummary:
    """A valid ``CustomerSummary``; keyword arguments replace its fields."""
    return _build(CustomerSummary, _CUSTOMER_SUMMARY, overrides)


def make_customer_loyalty_campaigns_entry(**overrides: Any) -> CustomerLoyaltyCampaignsEntry:
    """A valid ``CustomerLoyaltyCampaignsEntry``; keyword arguments replace its fields."""
    return _build(CustomerLoyaltyCampaignsEntry, _CUSTOMER_LOYALTY_CAMPAIGNS_ENTRY, overrides)


def make_customer_loyalty(**overrides: Any) -> CustomerLoyalty:
    """A valid ``CustomerLoyalty``; keyword arguments replace its fields."""
    return _build(CustomerLoyalty, _CUSTOMER_LOYALTY, overrides)


def make_customer_referrals_campaigns_item(**overrides: Any) -> CustomerReferralsCampaignsItem:
    """A valid ``CustomerReferralsCampaignsItem``; keyword arguments replace its fields."""
    return _build(CustomerReferralsCampaignsItem, _CUSTOMER_REFERRALS_CAMPAIGNS_ITEM, overrides)


def make_customer_referrals(**overrides: Any) -> CustomerReferrals:
    """A valid ``CustomerReferrals``; keyword arguments replace its fields."""
    return _build(CustomerReferrals, _CUSTOMER_REFERRALS, overrides)


def make_customer_assets(**overrides: Any) -> CustomerAssets:
    """A valid ``CustomerAssets``; keyword arguments replace its fields."""
    return _build(CustomerAssets, _CUSTOMER_ASSETS, overrides)


def make_customer_address(**overrides: Any) -> CustomerAddress:
    """A valid ``CustomerAddress``; keyword arguments replace its fields."""
    return _build(CustomerAddress, _CUSTOMER_ADDRESS, overrides)


def make_customer_with_summary_loyalty_referrals(
    **overrides: Any,
) -> CustomerWithSummaryLoyaltyReferrals:
    """A valid ``CustomerWithSummaryLoyaltyReferrals``; keyword arguments replace its fields."""
    return _build(
        CustomerWithSummaryLoyaltyReferrals, _CUSTOMER_WITH_SUMMARY_LOYALTY_REFERRALS, overrides
    )


def make_customer_response_data(**overrides: Any) -> CustomerResponseData:
    """A valid ``CustomerResponseData``; keyword arguments replace its fields."""
    return _build(CustomerResponseData, _CUSTOMER_RESPONSE_DATA, overrides)


def make_customer_base(**overrides: Any) -> CustomerBase:
    """A valid ``CustomerBase``; keyword arguments replace its fields."""
    return _build(CustomerBase, _CUSTOMER_BASE, overrides)


def make_event_customer_created_data(**overrides: Any) -> EventCustomerCreatedData:
    """A valid ``EventCustomerCreatedData``; keyword arguments replace its fields."""
    return _build(EventCustomerCreatedData, _EVENT_CUSTOMER_CREATED_DATA, overrides)


def make_order_item_calculated_product(**overrides: Any) -> OrderItemCalculatedProduct:
    """A valid ``OrderItemCalculatedProduct``; keyword arguments replace its fields."""
    return _build(OrderItemCalculatedProduct, _ORDER_ITEM_CALCULATED_PRODUCT, overrides)


def make_order_item_calculated_sku(**overrides: Any) -> OrderItemCalculatedSku:
    """A valid ``OrderItemCalculatedSku``; keyword arguments replace its fields."""
    return _build(OrderItemCalculatedSku, _ORDER_ITEM_CALCULATED_SKU, overrides)


def make_order_item_calculated(**overrides: Any) -> OrderItemCalculated:
    """A valid ``OrderItemCalculated``; keyword arguments replace its fields."""
    return _build(OrderItemCalculated, _ORDER_ITEM_CALCULATED, overrides)


def make_order_redemptions(**overrides: Any) -> OrderRedemptions:
    """A valid ``OrderRedemptions``; keyword arguments replace its fields."""
    return _build(OrderRedemptions, _ORDER_REDEMPTIONS, overrides)


def make_customer_id(**overrides: Any) -> CustomerId:
    """A valid ``CustomerId``; keyword arguments replace its fields."""
    return _build(CustomerId, _CUSTOMER_ID, overrides)


def make_order_calculated(**overrides: Any) -> OrderCalculated:
    """A valid ``OrderCalculated``; keyword arguments replace its fields."""
    return _build(OrderCalculated, _ORDER_CALCULATED, overrides)


def make_order_calculated_customer_and_referrer(
    **overrides: Any,
) -> OrderCalculatedCustomerAndReferrer:
    """A valid ``OrderCalculatedCustomerAndReferrer``; keyword arguments replace its fields."""
    return _build(
        OrderCalculatedCustomerAndReferrer, _ORDER_CALCULATED_CUSTOMER_AND_REFERRER, overrides
    )


def make_order_response_base(**overrides: Any) -> OrderResponseBase:
    """A valid ``OrderResponseBase``; keyword arguments replace its fields."""
    return _build(OrderResponseBase, _ORDER_RESPONSE_BASE, overrides)


def make_webhook_source(**overrides: Any) -> WebhookSource:
    """A valid ``WebhookSource``; keyword arguments replace its fields."""
    return _build(WebhookSource, _WEBHOOK_SOURCE, overrides)


def make_webhook_event_user(**overrides: Any) -> WebhookEventUser:
    """A valid ``WebhookEventUser``; keyword arguments replace its fields."""
    return _build(WebhookEventUser, _WEBHOOK_EVENT_USER, overrides)


def make_webhook_event_api_key(**overrides: Any) -> WebhookEventApiKey:
    """A valid ``WebhookEventApiKey``; keyword arguments replace its fields."""
    return _build(WebhookEventApiKey, _WEBHOOK_EVENT_API_KEY, overrides)


def make_webhook_event_source(**overrides: Any) -> WebhookEventSource:
    """A valid ``WebhookEventSource``; keyword arguments replace its fields."""
    return _build(WebhookEventSource, _WEBHOOK_EVENT_SOURCE, overrides)


def make_webhook_event(**overrides: Any) -> WebhookEvent:
    """A valid ``WebhookEvent``; keyword arguments replace its fields."""
    return _build(WebhookEvent, _WEBHOOK_EVENT, overrides)


def make_webhook_envelope(**overrides: Any) -> WebhookEnvelope:
    """A valid ``WebhookEnvelope``; keyword arguments replace its fields."""
    return _build(WebhookEnvelope, _WEBHOOK_ENVELOPE, overrides, "id")


def make_customer_created_webhook(**overrides: Any) -> CustomerCreatedWebhook:
    """A valid ``CustomerCreatedWebhook``; keyword arguments replace its fields."""
    return _build(CustomerCreatedWebhook, _CUSTOMER_CREATED_WEBHOOK, overrides, "id")


def make_other_webhook(**overrides: Any) -> OtherWebhook:
    """A valid ``OtherWebhook``; keyword arguments replace its fields."""
    return _build(OtherWebhook, _OTHER_WEBHOOK, overrides, "id")


make_referrer_with_summary_loyalty_referrals = make_customer_with_summary_loyalty_referrals


make_referrer_id = make_customer_id


def signed_request(
    obj: Model, secret: str, indent: int | None = None
) -> tuple[bytes, dict[str, str]]:
    """The body and headers of a webhook request carrying ``obj``, signed with ``secret`` as the
    vendor signs (for tests of a handler: pass both on as the request)."""
    text = (
        obj.to_json()
        if indent is None
        else json.dumps(obj.to_dict(), indent=indent, ensure_ascii=False)
    )
    body = text.encode()
    return body, {SIGNATURE_HEADER: signature_of(body, secret), "content-type": "application/json"}


__all__ = [
    "make_customer_summary_redemptions_gift",
    "make_customer_summary_redemptions_loyalty_card",
    "make_customer_summary_redemptions",
    "make_customer_summary_orders",
    "make_customer_summary",
    "make_customer_loyalty_campaigns_entry",
    "make_customer_loyalty",
    "make_customer_referrals_campaigns_item",
    "make_customer_referrals",
    "make_customer_assets",
    "make_customer_address",
    "make_customer_with_summary_loyalty_referrals",
    "make_customer_response_data",
    "make_customer_base",
    "make_event_customer_created_data",
    "make_order_item_calculated_product",
    "make_order_item_calculated_sku",
    "make_order_item_calculated",
    "make_order_redemptions",
    "make_customer_id",
    "make_order_calculated",
    "make_order_calculated_customer_and_referrer",
    "make_order_response_base",
    "make_webhook_source",
    "make_webhook_event_user",
    "make_webhook_event_api_key",
    "make_webhook_event_source",
    "make_webhook_event",
    "make_webhook_envelope",
    "make_customer_created_webhook",
    "make_other_webhook",
    "make_referrer_with_summary_loyalty_referrals",
    "make_referrer_id",
    "signed_request",
]

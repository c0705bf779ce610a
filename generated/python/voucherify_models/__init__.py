# Generated from the spec by `docmodels regenerate`. Do not edit.
"""Voucherify object models: dataclasses that parse payloads and emit them again.

The objects of Voucherify's Customer Object, Order Object and `customer.created` webhook
event reference pages, and the envelope of its project webhooks.

``CustomerWithSummaryLoyaltyReferrals.from_dict(data)`` /
``CustomerWithSummaryLoyaltyReferrals.from_json(text)`` parse (raising
``ValidationError`` with every bad value and its path), ``obj.to_dict()`` /
``obj.to_json()`` emit. Absent keys are ``UNSET``; a required key is never absent from a
parsed object, so its type has no ``Unset``."""

import importlib
from typing import TYPE_CHECKING

from ._runtime import UNSET, ErrorItem, Model, Unrecognized, Unset, ValidationError, accelerate
from ._signature import (
    SIGNATURE_HEADER,
    SignatureError,
    check_signature,
    signature_of,
    verify_signature,
)

if TYPE_CHECKING:
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
        ReferrerId,
        ReferrerWithSummaryLoyaltyReferrals,
    )
    from .webhook import (
        CustomerCreatedWebhook,
        OtherWebhook,
        Webhook,
        WebhookEnvelope,
        WebhookEvent,
        WebhookEventApiKey,
        WebhookEventSource,
        WebhookEventUser,
        WebhookSource,
        parse_webhook,
        webhook_from_dict,
        webhook_from_json,
    )

__all__ = [
    "CustomerAddress",
    "CustomerAssets",
    "CustomerBase",
    "CustomerCreatedWebhook",
    "CustomerId",
    "CustomerLoyalty",
    "CustomerLoyaltyCampaignsEntry",
    "CustomerReferrals",
    "CustomerReferralsCampaignsItem",
    "CustomerResponseData",
    "CustomerSummary",
    "CustomerSummaryOrders",
    "CustomerSummaryRedemptions",
    "CustomerSummaryRedemptionsGift",
    "CustomerSummaryRedemptionsLoyaltyCard",
    "CustomerWithSummaryLoyaltyReferrals",
    "ErrorItem",
    "EventCustomerCreatedData",
    "Model",
    "OrderCalculated",
    "OrderCalculatedCustomerAndReferrer",
    "OrderItemCalculated",
    "OrderItemCalculatedProduct",
    "OrderItemCalculatedSku",
    "OrderRedemptions",
    "OrderResponseBase",
    "OtherWebhook",
    "ReferrerId",
    "ReferrerWithSummaryLoyaltyReferrals",
    "SIGNATURE_HEADER",
    "SignatureError",
    "UNSET",
    "Unrecognized",
    "Unset",
    "ValidationError",
    "Webhook",
    "WebhookEnvelope",
    "WebhookEvent",
    "WebhookEventApiKey",
    "WebhookEventSource",
    "WebhookEventUser",
    "WebhookSource",
    "check_signature",
    "parse_webhook",
    "signature_of",
    "verify_signature",
    "webhook_from_dict",
    "webhook_from_json",
]

# The module of each class: a page module is imported the first time one of its names is asked
# for (PEP 562), so that importing the package costs only what is used.
_HOME = {
    "CustomerAddress": "customer",
    "CustomerAssets": "customer",
    "CustomerBase": "customer",
    "CustomerLoyalty": "customer",
    "CustomerLoyaltyCampaignsEntry": "customer",
    "CustomerReferrals": "customer",
    "CustomerReferralsCampaignsItem": "customer",
    "CustomerResponseData": "customer",
    "CustomerSummary": "customer",
    "CustomerSummaryOrders": "customer",
    "CustomerSummaryRedemptions": "customer",
    "CustomerSummaryRedemptionsGift": "customer",
    "CustomerSummaryRedemptionsLoyaltyCard": "customer",
    "CustomerWithSummaryLoyaltyReferrals": "customer",
    "EventCustomerCreatedData": "customer_created_event",
    "CustomerId": "order",
    "OrderCalculated": "order",
    "OrderCalculatedCustomerAndReferrer": "order",
    "OrderItemCalculated": "order",
    "OrderItemCalculatedProduct": "order",
    "OrderItemCalculatedSku": "order",
    "OrderRedemptions": "order",
    "OrderResponseBase": "order",
    "ReferrerId": "order",
    "ReferrerWithSummaryLoyaltyReferrals": "order",
    "CustomerCreatedWebhook": "webhook",
    "OtherWebhook": "webhook",
    "Webhook": "webhook",
    "WebhookEnvelope": "webhook",
    "WebhookEvent": "webhook",
    "WebhookEventApiKey": "webhook",
    "WebhookEventSource": "webhook",
    "WebhookEventUser": "webhook",
    "WebhookSource": "webhook",
    "parse_webhook": "webhook",
    "webhook_from_dict": "webhook",
    "webhook_from_json": "webhook",
}

# Whether the C accelerator runs (_runtime.accelerate); results are the same either way.
SPEEDUPS = accelerate("aa43ac1343f0bba688e8648be052bb7a")

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _HOME.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_HOME})

# Generated from the spec by `docmodels regenerate`. Do not edit.
"""Voucherify object models: dataclasses that parse payloads and emit them again.

The objects of Voucherify's Customer Object, Order Object and `customer.created` webhook
event reference pages, and the envelope of its project webhooks.

``CustomerWithSummaryLoyaltyReferrals.from_dict(data)`` /
``CustomerWithSummaryLoyaltyReferrals.from_json(text)`` parse (raising
``ValidationError`` with every bad value and its path), ``obj.to_dict()`` /
``obj.to_json()`` emit. Absent keys are ``UNSET``; a required key is never absent from a
parsed object, so its type has no ``Unset``."""

from ._runtime import UNSET, ErrorItem, Model, Unrecognized, Unset, ValidationError, accelerate
from ._signature import (
    SIGNATURE_HEADER,
    SignatureError,
    check_signature,
    signature_of,
    verify_signature,
)
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

# Whether the C accelerator took the classes (_runtime.accelerate); results are the same either way.
SPEEDUPS = accelerate(globals(), "aa43ac1343f0bba688e8648be052bb7a")

# Generated from the spec by `python -m generator regenerate`. Do not edit.
"""Voucherify object models: dataclasses that parse payloads and emit them again.

The objects of Voucherify's Customer Object, Order Object and `customer.created` webhook
event reference pages.

``CustomerWithSummaryLoyaltyReferrals.from_dict(data)`` /
``CustomerWithSummaryLoyaltyReferrals.from_json(text)`` parse (raising
``ValidationError`` with every bad value and its path), ``obj.to_dict()`` /
``obj.to_json()`` emit. Absent keys are ``UNSET``."""

from ._runtime import (
    SIGNATURE_HEADER,
    UNSET,
    ErrorItem,
    Model,
    SignatureError,
    Unset,
    ValidationError,
    accelerate,
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

__all__ = [
    "CustomerAddress",
    "CustomerAssets",
    "CustomerBase",
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
    "ReferrerId",
    "ReferrerWithSummaryLoyaltyReferrals",
    "SIGNATURE_HEADER",
    "SignatureError",
    "UNSET",
    "Unset",
    "ValidationError",
    "check_signature",
    "signature_of",
    "verify_signature",
]

# Whether the C accelerator took the classes (_runtime.accelerate); results are the same either way.
SPEEDUPS = accelerate(globals(), "f07e1e2c703c0e5624abef4b4d395a84")

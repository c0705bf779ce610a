# Generated from the spec by `docmodels regenerate`. Do not edit.
"""pytest fixtures: every factory of ``voucherify_models.testing``, under the same name.

pytest loads this module through the package's ``pytest11`` entry point (or ``-p
voucherify_models.pytest_plugin``); nothing else imports it, so the package never needs pytest.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from . import testing
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
    WebhookEnvelope,
    WebhookEvent,
    WebhookEventApiKey,
    WebhookEventSource,
    WebhookEventUser,
    WebhookSource,
)


@pytest.fixture
def make_customer_summary_redemptions_gift() -> Callable[..., CustomerSummaryRedemptionsGift]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_summary_redemptions_gift


@pytest.fixture
def make_customer_summary_redemptions_loyalty_card() -> (
    Callable[..., CustomerSummaryRedemptionsLoyaltyCard]
):
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_summary_redemptions_loyalty_card


@pytest.fixture
def make_customer_summary_redemptions() -> Callable[..., CustomerSummaryRedemptions]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_summary_redemptions


@pytest.fixture
def make_customer_summary_orders() -> Callable[..., CustomerSummaryOrders]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_summary_orders


@pytest.fixture
def make_customer_summary() -> Callable[..., CustomerSummary]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_summary


@pytest.fixture
def make_customer_loyalty_campaigns_entry() -> Callable[..., CustomerLoyaltyCampaignsEntry]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_loyalty_campaigns_entry


@pytest.fixture
def make_customer_loyalty() -> Callable[..., CustomerLoyalty]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_loyalty


@pytest.fixture
def make_customer_referrals_campaigns_item() -> Callable[..., CustomerReferralsCampaignsItem]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_referrals_campaigns_item


@pytest.fixture
def make_customer_referrals() -> Callable[..., CustomerReferrals]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_referrals


@pytest.fixture
def make_customer_assets() -> Callable[..., CustomerAssets]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_assets


@pytest.fixture
def make_customer_address() -> Callable[..., CustomerAddress]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_address


@pytest.fixture
def make_customer_with_summary_loyalty_referrals() -> (
    Callable[..., CustomerWithSummaryLoyaltyReferrals]
):
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_with_summary_loyalty_referrals


@pytest.fixture
def make_customer_response_data() -> Callable[..., CustomerResponseData]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_response_data


@pytest.fixture
def make_customer_base() -> Callable[..., CustomerBase]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_base


@pytest.fixture
def make_event_customer_created_data() -> Callable[..., EventCustomerCreatedData]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_event_customer_created_data


@pytest.fixture
def make_order_item_calculated_product() -> Callable[..., OrderItemCalculatedProduct]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_order_item_calculated_product


@pytest.fixture
def make_order_item_calculated_sku() -> Callable[..., OrderItemCalculatedSku]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_order_item_calculated_sku


@pytest.fixture
def make_order_item_calculated() -> Callable[..., OrderItemCalculated]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_order_item_calculated


@pytest.fixture
def make_order_redemptions() -> Callable[..., OrderRedemptions]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_order_redemptions


@pytest.fixture
def make_customer_id() -> Callable[..., CustomerId]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_id


@pytest.fixture
def make_order_calculated() -> Callable[..., OrderCalculated]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_order_calculated


@pytest.fixture
def make_order_calculated_customer_and_referrer() -> (
    Callable[..., OrderCalculatedCustomerAndReferrer]
):
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_order_calculated_customer_and_referrer


@pytest.fixture
def make_order_response_base() -> Callable[..., OrderResponseBase]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_order_response_base


@pytest.fixture
def make_webhook_source() -> Callable[..., WebhookSource]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_webhook_source


@pytest.fixture
def make_webhook_event_user() -> Callable[..., WebhookEventUser]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_webhook_event_user


@pytest.fixture
def make_webhook_event_api_key() -> Callable[..., WebhookEventApiKey]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_webhook_event_api_key


@pytest.fixture
def make_webhook_event_source() -> Callable[..., WebhookEventSource]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_webhook_event_source


@pytest.fixture
def make_webhook_event() -> Callable[..., WebhookEvent]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_webhook_event


@pytest.fixture
def make_webhook_envelope() -> Callable[..., WebhookEnvelope]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_webhook_envelope


@pytest.fixture
def make_customer_created_webhook() -> Callable[..., CustomerCreatedWebhook]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_customer_created_webhook


@pytest.fixture
def make_other_webhook() -> Callable[..., OtherWebhook]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_other_webhook


@pytest.fixture
def make_referrer_with_summary_loyalty_referrals() -> (
    Callable[..., ReferrerWithSummaryLoyaltyReferrals]
):
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_referrer_with_summary_loyalty_referrals


@pytest.fixture
def make_referrer_id() -> Callable[..., ReferrerId]:
    """The factory, not an instance: call it, with keyword arguments to replace fields."""
    return testing.make_referrer_id

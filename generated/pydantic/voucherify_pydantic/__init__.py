# Generated from jsonschema/voucherify.schema.json by datamodel-code-generator 0.89.0, run by
# `docmodels regenerate`. Do not edit.
"""Voucherify object models for pydantic v2 (``from voucherify_pydantic import CustomerWithSummaryLoyaltyReferrals``)."""

from __future__ import annotations

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StrictBool,
    StrictInt,
    StrictStr,
)
from typing import Annotated, Any, Literal
from datetime import date as date_aliased


class CustomerAddress(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    city: Annotated[StrictStr | None, Field(description="City")] = None
    state: Annotated[StrictStr | None, Field(description="State")] = None
    line_1: Annotated[StrictStr | None, Field(description="First line of address.")] = None
    line_2: Annotated[StrictStr | None, Field(description="Second line of address.")] = None
    country: Annotated[StrictStr | None, Field(description="Country.")] = None
    postal_code: Annotated[StrictStr | None, Field(description="Postal code.")] = None


class CustomerAssets(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    cockpit_url: Annotated[
        StrictStr | None,
        Field(
            description="URL address to customer preference center. Previously, a customer's cockpit URL address."
        ),
    ] = None
    cockpit_preference_center_url: Annotated[
        StrictStr | None, Field(description="URL address to customer preference center.")
    ] = None


class CustomerBase(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[StrictStr | None, Field(description="Customer's first and last name.")] = None
    description: Annotated[
        StrictStr | None,
        Field(description="An arbitrary string that you can attach to a customer object."),
    ] = None
    email: Annotated[StrictStr | None, Field(description="Customer's email address.")] = None
    phone: Annotated[
        StrictStr | None,
        Field(
            description="Customer's phone number. This parameter is mandatory when you try to send out codes to customers via an SMS channel."
        ),
    ] = None
    birthday: Annotated[
        date_aliased | None,
        Field(
            deprecated=True,
            description="`Deprecated`. ~~Customer's birthdate; format YYYY-MM-DD~~.",
        ),
    ] = None
    birthdate: Annotated[
        date_aliased | None, Field(description="Customer's birthdate; format YYYY-MM-DD.")
    ] = None
    address: Annotated[CustomerAddress | None, Field(description="Customer's address.")] = None
    metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description="A set of custom key/value pairs that you can attach to a customer. The metadata object stores all custom attributes assigned to the customer. It can be useful for storing additional information about the customer in a structured format. This metadata can be used for validating whether the customer qualifies for a discount or it can be used in building customer segments."
        ),
    ] = None


class CustomerCreatedWebhook(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr,
        Field(
            description="Unique identifier of the send out for this webhook.",
            examples=["whs_0e16e42bc6e0c65b57"],
        ),
    ]
    project_id: Annotated[
        StrictStr,
        Field(
            description="Unique identifier of the Voucherify project.",
            examples=["proj_5T4Rpl4T1nuM"],
        ),
    ]
    created_at: Annotated[
        AwareDatetime,
        Field(
            description="The exact moment when the webhook was created.",
            examples=["2024-01-01T11:11:11.111Z"],
        ),
    ]
    type: Annotated[
        Literal["customer.created"],
        Field(description="Name of the event that triggered the webhook send out."),
    ]
    data: Annotated[
        EventCustomerCreatedData,
        Field(
            description="Payload depends on the event that triggered the webhook send out. Project settings cover the following events:"
        ),
    ]
    source: Annotated[
        WebhookSource,
        Field(description="Contains details about the source of the webhook send out."),
    ]
    event: Annotated[
        WebhookEvent,
        Field(description="Contains other data of the event that triggered the send out."),
    ]


class CustomerId(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr | None, Field(description="A unique identifier of an existing customer.")
    ] = None
    object: Annotated[
        Literal["customer"] | None, Field(description="The type of object represented by JSON.")
    ] = "customer"


class CustomerIdKeysOnly(CustomerId):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[
        StrictStr | None, Field(description="A unique identifier of an existing customer.")
    ] = None
    object: Annotated[
        Literal["customer"] | None, Field(description="The type of object represented by JSON.")
    ] = "customer"


class CustomerLoyalty(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    points: Annotated[
        StrictInt | None,
        Field(
            description="Customer's loyalty points minus expired for all loyalty cards which the customer has."
        ),
    ] = None
    referred_customers: Annotated[
        StrictInt | None, Field(description="Total number of customers referred by the customer.")
    ] = None
    campaigns: Annotated[
        dict[str, CustomerLoyaltyCampaignsEntry] | None,
        Field(
            description="Contains campaigns with details about point balances and how many customers were referred by the customer."
        ),
    ] = None


class CustomerLoyaltyCampaignsEntry(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    points: Annotated[
        StrictInt | None, Field(description="Remaining point balance in campaign.")
    ] = None
    loyalty_tier: Annotated[
        StrictStr | None,
        Field(
            description="Customer's loyalty tier within the campaign.",
            examples=["ltr_UJ5Q54Q0OvEhua87Qfv2Ki5x"],
        ),
    ] = None
    referred_customers: Annotated[
        StrictInt | None,
        Field(description="Number of customers referred by the customer in campaign."),
    ] = None
    redeemed_points: Annotated[
        StrictInt | None, Field(description="Loyalty points redeemed in the campaign.")
    ] = None
    points_to_go: Annotated[
        StrictInt | None, Field(description="Remaining point balance in the campaign.")
    ] = None


class CustomerReferrals(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    total: Annotated[
        StrictInt | None,
        Field(
            description="Total number of times this customer received a referral, i.e. was referred by another customer."
        ),
    ] = None
    campaigns: Annotated[
        list[CustomerReferralsCampaignsItem] | None,
        Field(
            description="Contains an array of campaigns that served as the source of a referral for the customer."
        ),
    ] = None


class CustomerReferralsCampaignsItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    campaign_id: Annotated[
        StrictStr | None,
        Field(
            description="Unique campaign ID, assigned by Voucherify.",
            examples=["camp_rRsfatlwN7unSeUIJDCYedal"],
        ),
    ] = None
    referrer_id: Annotated[
        StrictStr | None,
        Field(
            description="Unique referrer ID, assigned by Voucherify. This is the customer ID of a customer that is referring this customer.",
            examples=["cust_sehkNIi8Uq2qQuRqSr7xn4Zi"],
        ),
    ] = None
    related_object_id: Annotated[
        StrictStr | None, Field(description="Related object id", examples=["r_0b9d4cc4aa164dd073"])
    ] = None
    related_object_type: Annotated[
        StrictStr | None, Field(description="Related object type, i.e. `redemption`.")
    ] = None
    date: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and time when the customer was referred in ISO 8601 format.",
            examples=["2022-08-30T10:19:39.196Z"],
        ),
    ] = None


class CustomerResponseData(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr | None,
        Field(
            description="The ID of an existing customer that will be linked to redemption in this request."
        ),
    ] = None
    source_id: Annotated[
        StrictStr | None,
        Field(
            description="A unique identifier of the customer who validates a voucher. It can be a customer ID or email from a CRM system, database, or a third-party service. If you also pass a customer ID (unique ID assigned by Voucherify), the source ID will be ignored."
        ),
    ] = None
    summary: CustomerSummary | None = None
    loyalty: CustomerLoyalty | None = None
    referrals: CustomerReferrals | None = None
    system_metadata: Annotated[
        dict[str, Any] | None,
        Field(description="Object used to store system metadata information."),
    ] = None
    created_at: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and time when the customer was created. The value is shown in the ISO 8601 format.",
            examples=["2022-08-30T06:32:07.380Z"],
        ),
    ] = None
    updated_at: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and time when the customer was updated. The value is shown in the ISO 8601 format.",
            examples=["2022-08-31T06:32:07.380Z"],
        ),
    ] = None
    assets: Annotated[
        CustomerAssets | None,
        Field(
            description="Contains information about the customer's cockpit.\n\n⚠️ Warning: Customer cockpits were removed. The customer cockpit URLs redirect to customer preference center."
        ),
    ] = None
    object: Annotated[
        Literal["customer"] | None, Field(description="The type of the object represented by JSON.")
    ] = "customer"
    email_unsubscribed: Annotated[
        StrictBool | None, Field(description="Whether the customer unsubscribed from email.")
    ] = None


class CustomerSummary(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    redemptions: CustomerSummaryRedemptions | None = None
    orders: CustomerSummaryOrders | None = None


class CustomerSummaryOrders(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    total_amount: Annotated[
        StrictInt | None,
        Field(
            description="The total amount spent by the customer. The value is multiplied by 100 to represent 2 decimal places. For example `10000 cents` for `$100.00`."
        ),
    ] = None
    total_count: Annotated[
        StrictInt | None, Field(description="Total number of orders made by the customer.")
    ] = None
    average_amount: Annotated[
        StrictInt | None,
        Field(
            description="Average amount spent on orders. `total_amount` ÷ `total_count`. The value is multiplied by 100 to represent 2 decimal places. For example `10000 cents` for `$100.00`."
        ),
    ] = None
    last_order_amount: Annotated[
        StrictInt | None,
        Field(
            description="Amount spent on last order. The value is multiplied by 100 to represent 2 decimal places. For example `10000 cents` for `$100.00`."
        ),
    ] = None
    last_order_date: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and time of the customer's last order in ISO 8601 format.",
            examples=["2022-08-30T11:51:08.029Z"],
        ),
    ] = None


class CustomerSummaryRedemptions(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    total_redeemed: Annotated[
        StrictInt | None, Field(description="Total number of redemptions made by the customer.")
    ] = None
    total_failed: Annotated[
        StrictInt | None, Field(description="Total number of redemptions that failed.")
    ] = None
    total_succeeded: Annotated[
        StrictInt | None, Field(description="Total number of redemptions that succeeded.")
    ] = None
    total_rolled_back: Annotated[
        StrictInt | None,
        Field(description="Total number of redemptions that were rolled back for the customer."),
    ] = None
    total_rollback_failed: Annotated[
        StrictInt | None, Field(description="Total number of redemption rollbacks that failed.")
    ] = None
    total_rollback_succeeded: Annotated[
        StrictInt | None, Field(description="Total number of redemption rollbacks that succeeded.")
    ] = None
    gift: Annotated[
        CustomerSummaryRedemptionsGift | None, Field(description="Summary of gift card credits.")
    ] = None
    loyalty_card: Annotated[
        CustomerSummaryRedemptionsLoyaltyCard | None,
        Field(description="Summary of loyalty points."),
    ] = None


class CustomerSummaryRedemptionsGift(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    redeemed_amount: Annotated[
        StrictInt | None,
        Field(
            description="Total amount of gift card credits redeemed by customer. The value is multiplied by 100 to represent 2 decimal places. For example `10000 cents` for `$100.00`."
        ),
    ] = 0
    amount_to_go: Annotated[
        StrictInt | None,
        Field(
            description="Remaining gift card balance across all gift cards. The value is multiplied by 100 to represent 2 decimal places. For example `10000 cents` for `$100.00`."
        ),
    ] = 0


class CustomerSummaryRedemptionsLoyaltyCard(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    redeemed_points: Annotated[
        StrictInt | None,
        Field(description="Total number of loyalty points redeemed by the customer."),
    ] = None
    points_to_go: Annotated[
        StrictInt | None,
        Field(description="Sum of remaining available point balance across all loyalty cards."),
    ] = None


class CustomerWithSummaryLoyaltyReferrals(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr | None,
        Field(
            description="The ID of an existing customer that will be linked to redemption in this request."
        ),
    ] = None
    source_id: Annotated[
        StrictStr | None,
        Field(
            description="A unique identifier of the customer who validates a voucher. It can be a customer ID or email from a CRM system, database, or a third-party service. If you also pass a customer ID (unique ID assigned by Voucherify), the source ID will be ignored."
        ),
    ] = None
    summary: CustomerSummary | None = None
    loyalty: CustomerLoyalty | None = None
    referrals: CustomerReferrals | None = None
    system_metadata: Annotated[
        dict[str, Any] | None,
        Field(description="Object used to store system metadata information."),
    ] = None
    created_at: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and time when the customer was created. The value is shown in the ISO 8601 format.",
            examples=["2022-08-30T06:32:07.380Z"],
        ),
    ] = None
    updated_at: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and time when the customer was updated. The value is shown in the ISO 8601 format.",
            examples=["2022-08-31T06:32:07.380Z"],
        ),
    ] = None
    assets: Annotated[
        CustomerAssets | None,
        Field(
            description="Contains information about the customer's cockpit.\n\n⚠️ Warning: Customer cockpits were removed. The customer cockpit URLs redirect to customer preference center."
        ),
    ] = None
    object: Annotated[
        Literal["customer"] | None, Field(description="The type of the object represented by JSON.")
    ] = "customer"
    email_unsubscribed: Annotated[
        StrictBool | None, Field(description="Whether the customer unsubscribed from email.")
    ] = None
    name: Annotated[StrictStr | None, Field(description="Customer's first and last name.")] = None
    description: Annotated[
        StrictStr | None,
        Field(description="An arbitrary string that you can attach to a customer object."),
    ] = None
    email: Annotated[StrictStr | None, Field(description="Customer's email address.")] = None
    phone: Annotated[
        StrictStr | None,
        Field(
            description="Customer's phone number. This parameter is mandatory when you try to send out codes to customers via an SMS channel."
        ),
    ] = None
    birthday: Annotated[
        date_aliased | None,
        Field(
            deprecated=True,
            description="`Deprecated`. ~~Customer's birthdate; format YYYY-MM-DD~~.",
        ),
    ] = None
    birthdate: Annotated[
        date_aliased | None, Field(description="Customer's birthdate; format YYYY-MM-DD.")
    ] = None
    address: Annotated[CustomerAddress | None, Field(description="Customer's address.")] = None
    metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description="A set of custom key/value pairs that you can attach to a customer. The metadata object stores all custom attributes assigned to the customer. It can be useful for storing additional information about the customer in a structured format. This metadata can be used for validating whether the customer qualifies for a discount or it can be used in building customer segments."
        ),
    ] = None


class EventCustomerCreatedData(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    customer: Annotated[
        CustomerWithSummaryLoyaltyReferrals | None,
        Field(description="Customer details with details about loyalty and referral programs."),
    ] = None


class OrderCalculated(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr | None,
        Field(
            description="Unique ID assigned by Voucherify of an existing order that will be linked to the redemption of this request."
        ),
    ] = None
    source_id: Annotated[
        StrictStr | None,
        Field(
            description="Unique source ID of an existing order that will be linked to the redemption of this request."
        ),
    ] = None
    created_at: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and time when the order was created in ISO 8601 format.",
            examples=["2021-12-22T10:13:06.487Z"],
        ),
    ] = None
    updated_at: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and time when the order was last updated in ISO 8601 format.",
            examples=["2021-12-22T10:14:45.316Z"],
        ),
    ] = None
    status: Annotated[
        Literal["CREATED", "PAID", "CANCELED", "FULFILLED", "PROCESSING"] | None,
        Field(description="The order status."),
    ] = None
    amount: Annotated[
        StrictInt | None,
        Field(
            description="A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of the order. This is the sum of the order items' amounts."
        ),
    ] = None
    initial_amount: Annotated[
        StrictInt | None,
        Field(
            description="A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of the order. This is the sum of the order items' amounts."
        ),
    ] = None
    discount_amount: Annotated[
        StrictInt | None,
        Field(description="Sum of all order-level discounts applied to the order."),
    ] = None
    items_discount_amount: Annotated[
        StrictInt | None,
        Field(description="Sum of all product-specific discounts applied to the order."),
    ] = None
    total_discount_amount: Annotated[
        StrictInt | None,
        Field(
            description="Sum of all order-level AND all product-specific discounts applied to the order."
        ),
    ] = None
    total_amount: Annotated[
        StrictInt | None,
        Field(
            description="Order amount after undoing all the discounts through the rollback redemption."
        ),
    ] = None
    applied_discount_amount: Annotated[
        StrictInt | None, Field(description="This field shows the order-level discount applied.")
    ] = None
    items_applied_discount_amount: Annotated[
        StrictInt | None,
        Field(description="Sum of all product-specific discounts applied in a particular request."),
    ] = None
    total_applied_discount_amount: Annotated[
        StrictInt | None,
        Field(
            description="Sum of all order-level AND all product-specific discounts applied in a particular request."
        ),
    ] = None
    items: Annotated[
        list[OrderItemCalculated] | None, Field(description="Array of items applied to the order.")
    ] = None
    metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description="A set of custom key/value pairs that you can attach to an order. It can be useful for storing additional information about the order in a structured format."
        ),
    ] = None
    customer_id: Annotated[
        StrictStr | None,
        Field(
            description="Unique customer ID of the customer making the purchase.",
            examples=["cust_7iUa6ICKyU6gH40dBU25kQU1"],
        ),
    ] = None
    referrer_id: Annotated[
        StrictStr | None,
        Field(description="Unique referrer ID.", examples=["cust_nM4jqPiaXUvQdVSA6vTRUnix"]),
    ] = None
    object: Annotated[
        Literal["order"] | None, Field(description="The type of object represented by JSON.")
    ] = "order"
    redemptions: dict[str, OrderRedemptions] | None = None
    customer: Annotated[
        CustomerIdKeysOnly | CustomerWithSummaryLoyaltyReferrals | None,
        Field(description="The customer making the purchase, in full or as an ID."),
    ] = None
    referrer: Annotated[
        CustomerIdKeysOnly | CustomerWithSummaryLoyaltyReferrals | None,
        Field(
            description="The customer who referred the customer making the purchase, in full or as an ID."
        ),
    ] = None


class OrderCalculatedCustomerAndReferrer(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    customer: Annotated[
        CustomerIdKeysOnly | CustomerWithSummaryLoyaltyReferrals | None,
        Field(description="The customer making the purchase, in full or as an ID."),
    ] = None
    referrer: Annotated[
        CustomerIdKeysOnly | CustomerWithSummaryLoyaltyReferrals | None,
        Field(
            description="The customer who referred the customer making the purchase, in full or as an ID."
        ),
    ] = None


class OrderItemCalculated(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[StrictStr | None, Field(description="Unique ID of the order item.")] = None
    sku_id: Annotated[
        StrictStr | None, Field(description="A unique SKU ID assigned by Voucherify.")
    ] = None
    product_id: Annotated[
        StrictStr | None, Field(description="A unique product ID assigned by Voucherify.")
    ] = None
    related_object: Annotated[
        Literal["product", "sku"] | None,
        Field(
            description="Used along with the source_id property, can be set to either sku or product."
        ),
    ] = None
    source_id: Annotated[
        StrictStr | None,
        Field(
            description="The merchant’s product/SKU ID (if it is different from the Voucherify product/SKU ID). It is useful in the integration between multiple systems. It can be an ID from an eCommerce site, a database, or a third-party service."
        ),
    ] = None
    quantity: Annotated[
        StrictInt | None, Field(description="The quantity of the particular item in the cart.")
    ] = None
    discount_quantity: Annotated[
        StrictInt | None, Field(description="Number of dicounted items.")
    ] = None
    initial_quantity: Annotated[
        StrictInt | None,
        Field(
            description="A positive integer in the smallest unit quantity representing the total amount of the order; this is the sum of the order items' quantity."
        ),
    ] = None
    amount: Annotated[
        StrictInt | None,
        Field(description="The total amount of the order item (price * quantity)."),
    ] = None
    discount_amount: Annotated[
        StrictInt | None,
        Field(description="Sum of all order-item-level discounts applied to the order."),
    ] = None
    applied_discount_amount: Annotated[
        StrictInt | None, Field(description="This field shows the order-level discount applied.")
    ] = None
    initial_amount: Annotated[
        StrictInt | None,
        Field(
            description="A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of the order. This is the sum of the order items' amounts."
        ),
    ] = None
    total_applied_discount_amount: Annotated[
        StrictInt | None,
        Field(
            description="Sum of all order-level AND all product-specific discounts applied in a particular request."
        ),
    ] = None
    price: Annotated[
        StrictInt | None,
        Field(
            description="Unit price of an item. Value is multiplied by 100 to precisely represent 2 decimal places. For example 10000 cents for $100.00."
        ),
    ] = None
    subtotal_amount: Annotated[
        StrictInt | None,
        Field(
            description="Final order item amount after the applied item-level discount. If there are no item-level discounts applied, this item is equal to the amount."
        ),
    ] = None
    product: Annotated[
        OrderItemCalculatedProduct | None,
        Field(description="An object containing details of the related product."),
    ] = None
    sku: Annotated[
        OrderItemCalculatedSku | None,
        Field(description="An object containing details of the related SKU."),
    ] = None
    object: Annotated[
        Literal["order_item"] | None, Field(description="The type of object represented by JSON.")
    ] = "order_item"
    metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description="A set of custom key/value pairs that you can attach to an SKU. It can be useful for storing additional information about the SKU in a structured format."
        ),
    ] = None


class OrderItemCalculatedProduct(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr | None,
        Field(
            description="A unique identifier that represents the product and is assigned by Voucherify."
        ),
    ] = None
    source_id: Annotated[
        StrictStr | None,
        Field(
            description="The merchant’s product ID (if it is different than Voucherify's product ID). It is really useful in case of integration between multiple systems. It can be an ID from an eCommerce site, a database or a 3rd party service."
        ),
    ] = None
    override: Annotated[
        StrictBool | None,
        Field(
            description="The override set to true is used to store the product information in the system. If the product does not exist, it will be created with a source_id; if it does exist, the provided values for the name, price, and metadata will replace those already stored in the system."
        ),
    ] = None
    name: Annotated[StrictStr | None, Field(description="Product name.")] = None
    metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description="A set of custom key/value pairs that you can attach to a product. It can be useful for storing additional information about the product in a structured format."
        ),
    ] = None
    price: Annotated[
        float | None,
        Field(
            description="Product price. A positive integer in the smallest currency unit (e.g. 100 cents for $1.00)."
        ),
    ] = None


class OrderItemCalculatedSku(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr | None,
        Field(
            description="A unique identifier that represents the SKU and is assigned by Voucherify."
        ),
    ] = None
    source_id: Annotated[
        StrictStr | None,
        Field(
            description="The merchant’s SKU ID (if it is different than Voucherify's SKU ID). It is really useful in case of integration between multiple systems. It can be an ID from an eCommerce site, a database or a 3rd party service."
        ),
    ] = None
    override: Annotated[
        StrictBool | None,
        Field(
            description="The override set to true is used to store the product information in the system. If the product does not exist, it will be created with a source_id; if it does exist, the provided values for the name, price, and metadata will replace those already stored in the system."
        ),
    ] = None
    sku: Annotated[StrictStr | None, Field(description="The SKU name.")] = None
    price: Annotated[
        float | None,
        Field(
            description="SKU price. A positive integer in the smallest currency unit (e.g. 100 cents for $1.00)."
        ),
    ] = None
    metadata: Annotated[
        dict[str, Any] | None,
        Field(description="A set of custom key/value pairs attached to the SKU."),
    ] = None


class OrderRedemptions(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    date: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and time when the redemption was created in ISO 8601 format.",
            examples=["2022-09-02T17:06:56.649Z"],
        ),
    ] = None
    rollback_id: Annotated[
        StrictStr | None,
        Field(
            description="Unique ID of the redemption rollback.", examples=["rr_0c63c84eb78ee0a6c0"]
        ),
    ] = None
    rollback_date: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and tiem when the redemption rollback was created in ISO 8601 format.",
            examples=["2023-01-31T14:18:37.150Z"],
        ),
    ] = None
    related_object_type: Annotated[
        StrictStr | None, Field(description="The source of the incentive.")
    ] = None
    related_object_id: Annotated[
        StrictStr | None,
        Field(description="Unique ID of the parent redemption.", examples=["r_0ba186c4824e4881e1"]),
    ] = None
    related_object_parent_id: Annotated[
        StrictStr | None,
        Field(
            description="Represent's the campaign ID of the voucher if the redemption was based on a voucher that was part of bulk codes generated within a campaign. In case of a promotion tier, this represents the campaign ID of the promotion tier's parent campaign."
        ),
    ] = None
    stacked: Annotated[
        list[StrictStr] | None,
        Field(
            description="Contains a list of unique IDs of child redemptions, which belong to the stacked incentives."
        ),
    ] = None
    rollback_stacked: Annotated[
        list[StrictStr] | None,
        Field(description="Lists the rollback redemption IDs of the particular child redemptions."),
    ] = None


class OrderResponseBase(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr | None,
        Field(
            description="Unique ID assigned by Voucherify of an existing order that will be linked to the redemption of this request."
        ),
    ] = None
    source_id: Annotated[
        StrictStr | None,
        Field(
            description="Unique source ID of an existing order that will be linked to the redemption of this request."
        ),
    ] = None
    created_at: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and time when the order was created in ISO 8601 format.",
            examples=["2021-12-22T10:13:06.487Z"],
        ),
    ] = None
    updated_at: Annotated[
        AwareDatetime | None,
        Field(
            description="Timestamp representing the date and time when the order was last updated in ISO 8601 format.",
            examples=["2021-12-22T10:14:45.316Z"],
        ),
    ] = None
    status: Annotated[
        Literal["CREATED", "PAID", "CANCELED", "FULFILLED", "PROCESSING"] | None,
        Field(description="The order status."),
    ] = None
    amount: Annotated[
        StrictInt | None,
        Field(
            description="A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of the order. This is the sum of the order items' amounts."
        ),
    ] = None
    initial_amount: Annotated[
        StrictInt | None,
        Field(
            description="A positive integer in the smallest currency unit (e.g. 100 cents for $1.00) representing the total amount of the order. This is the sum of the order items' amounts."
        ),
    ] = None
    discount_amount: Annotated[
        StrictInt | None,
        Field(description="Sum of all order-level discounts applied to the order."),
    ] = None
    items_discount_amount: Annotated[
        StrictInt | None,
        Field(description="Sum of all product-specific discounts applied to the order."),
    ] = None
    total_discount_amount: Annotated[
        StrictInt | None,
        Field(
            description="Sum of all order-level AND all product-specific discounts applied to the order."
        ),
    ] = None
    total_amount: Annotated[
        StrictInt | None,
        Field(
            description="Order amount after undoing all the discounts through the rollback redemption."
        ),
    ] = None
    applied_discount_amount: Annotated[
        StrictInt | None, Field(description="This field shows the order-level discount applied.")
    ] = None
    items_applied_discount_amount: Annotated[
        StrictInt | None,
        Field(description="Sum of all product-specific discounts applied in a particular request."),
    ] = None
    total_applied_discount_amount: Annotated[
        StrictInt | None,
        Field(
            description="Sum of all order-level AND all product-specific discounts applied in a particular request."
        ),
    ] = None
    items: Annotated[
        list[OrderItemCalculated] | None, Field(description="Array of items applied to the order.")
    ] = None
    metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description="A set of custom key/value pairs that you can attach to an order. It can be useful for storing additional information about the order in a structured format."
        ),
    ] = None
    customer_id: Annotated[
        StrictStr | None,
        Field(
            description="Unique customer ID of the customer making the purchase.",
            examples=["cust_7iUa6ICKyU6gH40dBU25kQU1"],
        ),
    ] = None
    referrer_id: Annotated[
        StrictStr | None,
        Field(description="Unique referrer ID.", examples=["cust_nM4jqPiaXUvQdVSA6vTRUnix"]),
    ] = None
    object: Annotated[
        Literal["order"] | None, Field(description="The type of object represented by JSON.")
    ] = "order"
    redemptions: dict[str, OrderRedemptions] | None = None


class OtherWebhook(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr,
        Field(
            description="Unique identifier of the send out for this webhook.",
            examples=["whs_0e16e42bc6e0c65b57"],
        ),
    ]
    project_id: Annotated[
        StrictStr,
        Field(
            description="Unique identifier of the Voucherify project.",
            examples=["proj_5T4Rpl4T1nuM"],
        ),
    ]
    created_at: Annotated[
        AwareDatetime,
        Field(
            description="The exact moment when the webhook was created.",
            examples=["2024-01-01T11:11:11.111Z"],
        ),
    ]
    type: Annotated[
        StrictStr,
        Field(
            description="Name of the event that triggered the webhook send out.",
            pattern="^(?:|[^c][\\s\\S]*|c(?:|[^u][\\s\\S]*|u(?:|[^s][\\s\\S]*|s(?:|[^t][\\s\\S]*|t(?:|[^o][\\s\\S]*|o(?:|[^m][\\s\\S]*|m(?:|[^e][\\s\\S]*|e(?:|[^r][\\s\\S]*|r(?:|[^\\u002e][\\s\\S]*|\\u002e(?:|[^c][\\s\\S]*|c(?:|[^r][\\s\\S]*|r(?:|[^e][\\s\\S]*|e(?:|[^a][\\s\\S]*|a(?:|[^t][\\s\\S]*|t(?:|[^e][\\s\\S]*|e(?:|[^d][\\s\\S]*|d(?:[\\s\\S]+)))))))))))))))))$",
        ),
    ]
    data: Annotated[
        dict[str, Any],
        Field(
            description="Payload depends on the event that triggered the webhook send out. Project settings cover the following events:"
        ),
    ]
    source: Annotated[
        WebhookSource,
        Field(description="Contains details about the source of the webhook send out."),
    ]
    event: Annotated[
        WebhookEvent,
        Field(description="Contains other data of the event that triggered the send out."),
    ]


class ReferrerId(RootModel[CustomerId]):
    root: Annotated[CustomerId, Field(title="Referrer Id")]


class ReferrerWithSummaryLoyaltyReferrals(RootModel[CustomerWithSummaryLoyaltyReferrals]):
    root: Annotated[
        CustomerWithSummaryLoyaltyReferrals, Field(title="Referrer With Summary Loyalty Referrals")
    ]


class Webhook(RootModel[CustomerCreatedWebhook | OtherWebhook]):
    root: Annotated[
        CustomerCreatedWebhook | OtherWebhook,
        Field(
            description="A webhook request's payload: the class of `data` is chosen by `type`. Event types with a documented data object have a class; the data of every other type is kept as it came.",
            title="Webhook",
        ),
    ]


class WebhookEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr,
        Field(
            description="Unique identifier of the send out for this webhook.",
            examples=["whs_0e16e42bc6e0c65b57"],
        ),
    ]
    project_id: Annotated[
        StrictStr,
        Field(
            description="Unique identifier of the Voucherify project.",
            examples=["proj_5T4Rpl4T1nuM"],
        ),
    ]
    created_at: Annotated[
        AwareDatetime,
        Field(
            description="The exact moment when the webhook was created.",
            examples=["2024-01-01T11:11:11.111Z"],
        ),
    ]
    type: Annotated[
        StrictStr, Field(description="Name of the event that triggered the webhook send out.")
    ]
    data: Annotated[
        dict[str, Any],
        Field(
            description="Payload depends on the event that triggered the webhook send out. Project settings cover the following events:"
        ),
    ]
    source: Annotated[
        WebhookSource,
        Field(description="Contains details about the source of the webhook send out."),
    ]
    event: Annotated[
        WebhookEvent,
        Field(description="Contains other data of the event that triggered the send out."),
    ]


class WebhookEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr,
        Field(
            description="Unique identifier of the event that triggered the send out.",
            examples=["evred_1f3611301g3127begb"],
        ),
    ]
    type: Annotated[
        StrictStr,
        Field(description="Determines the type of the event.", examples=["redemption.succeeded"]),
    ]
    created_at: Annotated[
        AwareDatetime,
        Field(
            description="The exact moment when the event was created.",
            examples=["2024-01-01T11:11:11.111Z"],
        ),
    ]
    entity_id: Annotated[
        StrictStr | None,
        Field(
            description="Unique identifier of the entity that triggered the send out.",
            examples=["r_1f3611302bf107befb"],
        ),
    ] = None
    group_id: Annotated[
        StrictStr,
        Field(
            description="Unique identifier of the request that triggered the event.",
            examples=["v-1f36113948e50fc4ge"],
        ),
    ]
    event_source: Annotated[
        WebhookEventSource,
        Field(description="Contains the source of the object that triggered the send out."),
    ]


class WebhookEventApiKey(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[
        StrictStr | None, Field(description="Channel name in the application keys.")
    ] = None
    app_id: Annotated[
        StrictStr | None,
        Field(
            description="Contains the application ID from the Voucherify API key pair.",
            examples=["1XXXX5XX-0XXX-XXXb-X7XX-XX2XXaXXX6XX"],
        ),
    ] = None


class WebhookEventSource(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    channel: Annotated[
        Literal["USER_PORTAL", "API", "CLIENT_API", "INTERNAL"] | None,
        Field(description="Determines the channel that triggered the send out.", examples=["API"]),
    ] = None
    user: Annotated[
        WebhookEventUser | None, Field(description="Defines the user who triggered the event.")
    ] = None
    api_key: Annotated[
        WebhookEventApiKey | None,
        Field(description="Determines the API key used to initiate the send out."),
    ] = None


class WebhookEventUser(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr | None, Field(description="ID of the user who triggered the event.")
    ] = None


class WebhookSource(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        StrictStr,
        Field(description="ID number of the webhook.", examples=["wh_j56Vfy47Vx9YOX7QYD1fzHnc"]),
    ]
    object: Annotated[
        Literal["webhook", "distribution"],
        Field(description="Determines the type of the object.", examples=["webhook"]),
    ]
    target_url: Annotated[
        StrictStr, Field(description="The address where the webhook will be sent.")
    ]

# Generated from spec/events.yaml by `docmodels regenerate`. Do not edit.
"""customer.created event: the classes of the vendor's page, in its order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from ._runtime import (
    UNSET,
    ErrorItem,
    Model,
    Unset,
    Where,
    extra_keys,
    fail,
    is_mapping,
    new_instance,
    report,
    take,
)
from .customer import CustomerWithSummaryLoyaltyReferrals


@dataclass(slots=True, kw_only=True)
class EventCustomerCreatedData(Model):
    """Event data object schema for customer.created.

    Source: customer.created event page (https://docs.voucherify.io/llms.txt)."""

    customer: CustomerWithSummaryLoyaltyReferrals | Unset = UNSET
    """Customer details with details about loyalty and referral programs."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Keys the spec does not name, kept as they came and written back by ``to_dict()``."""

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset({"customer"})

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        if type(data) is not dict and not is_mapping(data):
            fail(errors, where, "object", data)
            return new_instance(cls)
        if "type" in data and "data" in data:
            report(
                errors,
                where,
                (
                    "a whole Webhook (it has 'type' and 'data'), not the 'data' "
                    "it carries: parse it with parse_webhook() or "
                    "webhook_from_dict()"
                ),
            )
            return new_instance(cls)
        obj = new_instance(cls)
        found = 0
        if "customer" in data:
            found += 1
            v = data["customer"]
            v = _parse_CustomerWithSummaryLoyaltyReferrals(v, (where, "customer"), errors)
            obj.customer = v
        else:
            obj.customer = UNSET
        obj.additional_properties = (
            extra_keys(data, cls._WIRE_NAMES, where, errors) if len(data) != found else {}
        )
        return obj

    def _to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if (v0 := self.customer) is not UNSET:
            d["customer"] = v0.to_dict()
        if self.additional_properties:
            d.update(self.additional_properties)
        return d


_parse_CustomerWithSummaryLoyaltyReferrals = CustomerWithSummaryLoyaltyReferrals._parse


# The C accelerator, where it runs, parses and writes this module's classes from now on.
take(globals())

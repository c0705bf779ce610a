"""The pydantic models, cross-checked with the dataclasses and the JSON Schema on every fixture."""

from __future__ import annotations

import inspect
import json
import re
from datetime import datetime
from typing import Any

import pydantic
import pytest
import voucherify_models as vm
import voucherify_pydantic as vp
from conftest import GENERATED, project_model
from test_fixtures import INVALID, VALID, load, schema_error_paths

SPEC = project_model()
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

# Rules the pydantic flavour cannot express, each with why; the tests below check it accepts them.
PYDANTIC_CANNOT = {
    "null-not-allowed": "datamodel-code-generator types every optional field as `X | None` (required ones stay `X`)",
}
# Rules JSON Schema cannot express, tested below: the dataclasses and pydantic reject, the schema accepts.
SCHEMA_CANNOT = {
    "integral float for an integer": "JSON Schema's integer admits 1.0",
}


def instants(value: Any) -> Any:
    """``value`` with every date-time string read as an instant: the flavours spell them differently
    (the dataclasses write milliseconds, ``...59.594Z``; pydantic microseconds, ``...59.594000Z``)."""
    if isinstance(value, dict):
        return {k: instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [instants(v) for v in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def test_class_names_equal_the_dataclass_names() -> None:
    members = inspect.getmembers(vp, inspect.isclass)
    classes = {n for n, c in members if issubclass(c, pydantic.BaseModel) and n.isidentifier()}
    classes -= {"BaseModel", "RootModel"}
    assert classes - {m.name for m in SPEC.models} == {"CustomerIdKeysOnly", *(u.name for u in SPEC.unions)}
    assert {m.name for m in SPEC.models} <= classes
    assert issubclass(vp.CustomerIdKeysOnly, vp.CustomerId)


@pytest.mark.parametrize("entry", VALID, ids=lambda e: e["file"])
def test_valid_fixture_is_accepted_by_all_three_and_dumps_the_same(entry: dict[str, Any]) -> None:
    payload = load(entry)
    ours = getattr(vm, entry["model"]).from_dict(payload).to_dict()
    theirs = getattr(vp, entry["model"]).model_validate(payload)
    dumped = theirs.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert instants(dumped) == instants(ours)
    assert schema_error_paths(entry["model"], payload) == []


def union_branch_errors(error_locs: list[tuple[Any, ...]], payload: Any) -> list[list[Any]]:
    """pydantic tags errors inside a union with the member's class; keep the member the key-subset
    rule picks for the value there, and drop the tag, giving paths comparable with the dataclasses'."""
    out = []
    for loc in error_locs:
        path: list[Any] = []
        value = payload
        keep = True
        for part in loc:
            if isinstance(part, str) and part in ("CustomerIdKeysOnly", "CustomerWithSummaryLoyaltyReferrals"):
                narrow = isinstance(value, dict) and set(value) <= {"id", "object"}
                keep = keep and (part == "CustomerIdKeysOnly") == narrow
                continue
            path.append(part)
            value = value[part] if isinstance(value, dict | list) and _has(value, part) else None
        if keep:
            out.append(path)
    return sorted(out, key=lambda p: [str(x) for x in p])


def _has(value: dict[Any, Any] | list[Any], part: Any) -> bool:
    return part in value if isinstance(value, dict) else isinstance(part, int) and 0 <= part < len(value)


@pytest.mark.parametrize("entry", INVALID, ids=lambda e: e["file"])
def test_invalid_fixture_is_rejected_at_the_dataclass_paths(entry: dict[str, Any]) -> None:
    payload = load(entry)
    kind = entry["file"].split(".")[1]
    expected = sorted(entry["errors"], key=lambda p: [str(x) for x in p])
    model = getattr(vp, entry["model"])
    if kind in PYDANTIC_CANNOT and not all(required_at(entry["model"], path) for path in expected):
        model.model_validate(payload)  # accepted: a rule this flavour cannot express
        return
    with pytest.raises(pydantic.ValidationError) as caught:
        model.model_validate(payload)
    locs = [tuple(e["loc"]) for e in caught.value.errors()]
    assert sorted(set(map(tuple, union_branch_errors(locs, payload)))) == sorted(set(map(tuple, expected)))


def required_at(model: str, path: list[Any]) -> bool:
    """Whether the field at ``path`` (through nested classes) is a required one."""
    fields = {f.wire_name: f for f in SPEC.model(model).fields}
    field = fields.get(path[0]) if path else None
    if field is None:
        return False
    if len(path) == 1:
        return field.required
    target = getattr(field.type, "target", None)
    return isinstance(target, str) and required_at(target, path[1:])


def test_rules_json_schema_cannot_express() -> None:
    payload = {"amount": 1.0}
    assert schema_error_paths("OrderCalculated", payload) == []  # JSON Schema's integer admits 1.0
    with pytest.raises(vm.ValidationError):
        vm.OrderCalculated.from_dict(payload)
    with pytest.raises(pydantic.ValidationError):
        vp.OrderCalculated.model_validate(payload)
    assert set(SCHEMA_CANNOT) == {"integral float for an integer"}


def test_union_rule_is_the_dataclass_rule() -> None:
    for customer, narrow in [
        ({"id": "c", "object": "customer"}, True),
        ({}, True),
        ({"id": "c", "name": "N"}, False),
        ({"id": "c", "brand_new_key": 1}, False),
    ]:
        ours = vm.OrderCalculated.from_dict({"customer": customer}).customer
        theirs = vp.OrderCalculated.model_validate({"customer": customer}).customer
        assert isinstance(ours, vm.CustomerId) == narrow
        assert isinstance(theirs, vp.CustomerId) == narrow


def test_seed_004_payload_through_pydantic_json(customer_created_payload) -> None:
    event = vp.EventCustomerCreatedData.model_validate_json(json.dumps(customer_created_payload))
    assert event.customer.birthdate.isoformat() == "1974-01-02"
    assert event.customer.created_at.utcoffset().total_seconds() == 0
    assert instants(event.model_dump(mode="json", exclude_unset=True)) == instants(customer_created_payload)


def test_generated_module_says_where_it_comes_from() -> None:
    head = (GENERATED / "pydantic/voucherify_pydantic/__init__.py").read_text().splitlines()[:2]
    assert head[0].startswith("# Generated from jsonschema/voucherify.schema.json by datamodel-code-generator")

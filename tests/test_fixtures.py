"""generated/fixtures: the manifest covers every file; each fixture passes or fails the dataclasses
and the JSON Schema exactly as the manifest says; full payloads honour the documented formulas."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import voucherify_models as vm
from conftest import GENERATED, ROOT, project_model, seed_004_payload
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from generator.model.ir import ArrayOf, KeySubsetUnion, ModelRef
from generator.outputs.samples import formula_holds

FIXTURES = GENERATED / "fixtures"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text())
SPEC = project_model()
BUNDLE = json.loads((GENERATED / "jsonschema/voucherify.schema.json").read_text())
VALID = [e for e in MANIFEST if e["valid"]]
INVALID = [e for e in MANIFEST if not e["valid"]]


def load(entry: dict[str, Any]) -> Any:
    return json.loads((FIXTURES / entry["file"]).read_text())


def schema_validator(model: str) -> Draft202012Validator:
    return Draft202012Validator(
        {**BUNDLE, "$ref": f"#/$defs/{model}"}, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _not_this_branch(error: SchemaError, parent: SchemaError) -> bool:
    """An error that only says the value belongs to another branch of an anyOf (null, or the other
    side of the key-subset rule)."""
    same_place = error.absolute_path == parent.absolute_path
    return same_place and error.validator in ("type", "not", "additionalProperties")


def schema_error_paths(model: str, payload: Any) -> list[list[Any]]:
    """Where the JSON Schema rejects ``payload``, looking inside anyOf at the branch that applies."""
    found: list[list[Any]] = []

    def visit(error: SchemaError) -> None:
        if error.validator == "anyOf" and error.context:
            branches: dict[Any, list[SchemaError]] = defaultdict(list)
            for sub in error.context:
                branches[sub.relative_schema_path[0]].append(sub)
            relevant = [errs for errs in branches.values() if not all(_not_this_branch(e, error) for e in errs)]
            if len(relevant) == 1:
                for sub in relevant[0]:
                    visit(sub)
                return
        if error.validator == "required":  # reported at the object; the missing key is the path
            found.append([*error.absolute_path, re.findall(r"'([^']*)'", error.message)[0]])
            return
        found.append(list(error.absolute_path))

    for error in schema_validator(model).iter_errors(payload):
        visit(error)
    return sorted(found, key=lambda p: [str(x) for x in p])


def test_manifest_lists_every_fixture_file_once() -> None:
    others = {"manifest.json", "signatures.json"}
    files = sorted(str(p.relative_to(FIXTURES)) for p in FIXTURES.rglob("*.json") if p.name not in others)
    assert [e["file"] for e in MANIFEST] == files
    assert all(set(e) == {"file", "model", "valid", "errors", "note"} for e in MANIFEST)


def test_there_are_enough_fixtures_of_every_kind() -> None:
    assert len(VALID) >= 15 and len(INVALID) >= 10
    kinds = {e["file"].split(".")[1] for e in INVALID}
    assert kinds >= {
        "wrong-type-at-depth", "bool-as-integer", "bad-enum", "bad-date-time", "bad-date", "array-as-object",
        "object-as-array", "bad-map-entry", "bad-array-item", "non-object-root", "two-errors",
    }  # fmt: skip
    valid_kinds = {e["file"].split(".", 1)[1].removesuffix(".json") for e in VALID}
    assert valid_kinds >= {
        "minimal", "full", "nulls", "empty-containers", "unknown-keys", "customer-CustomerId",
        "customer-sparse", "status-PROCESSING", "address-observed", "example-seed-004",
    }  # fmt: skip


@pytest.mark.parametrize("entry", VALID, ids=lambda e: e["file"])
def test_valid_fixture_round_trips_and_validates(entry: dict[str, Any]) -> None:
    payload = load(entry)
    cls = getattr(vm, entry["model"])
    assert cls.from_dict(payload).to_dict() == payload
    assert cls.from_json(json.dumps(payload)).to_dict() == payload
    assert schema_error_paths(entry["model"], payload) == []


@pytest.mark.parametrize("entry", INVALID, ids=lambda e: e["file"])
def test_invalid_fixture_is_rejected_at_exactly_the_listed_paths(entry: dict[str, Any]) -> None:
    payload = load(entry)
    expected = sorted(entry["errors"], key=lambda p: [str(x) for x in p])
    with pytest.raises(vm.ValidationError) as caught:
        getattr(vm, entry["model"]).from_dict(payload)
    assert sorted((list(e.path) for e in caught.value.errors), key=lambda p: [str(x) for x in p]) == expected
    assert schema_error_paths(entry["model"], payload) == expected


def test_seed_004_fixture_is_verbatim() -> None:
    text = (FIXTURES / "valid/EventCustomerCreatedData.example-seed-004.json").read_text()
    assert json.loads(text) == seed_004_payload()
    assert list(json.loads(text)["customer"]) == list(seed_004_payload()["customer"])  # key order too


def formula_checks(name: str, payload: Any) -> list[tuple[str, bool]]:
    """(class.field, holds) for every documented formula that applies anywhere in the payload."""
    checks = []
    model = SPEC.model(name)
    if isinstance(payload, dict):
        for field in model.fields:
            holds = formula_holds(model, payload, field)
            if holds is not None:
                checks.append((f"{name}.{field.wire_name}", holds))
            t = field.type
            value = payload.get(field.wire_name)
            if isinstance(t, ModelRef) and isinstance(value, dict):
                checks += formula_checks(t.target, value)
            if isinstance(t, KeySubsetUnion) and isinstance(value, dict):
                checks += formula_checks(t.wide if not set(value) <= {"id", "object"} else t.narrow, value)
            if isinstance(t, ArrayOf) and isinstance(t.item, ModelRef) and isinstance(value, list):
                for item in value:
                    checks += formula_checks(t.item.target, item)
    return checks


def test_full_fixtures_honour_every_documented_formula() -> None:
    checked: set[str] = set()
    for entry in VALID:
        if entry["file"].endswith(".full.json"):
            for where, holds in formula_checks(entry["model"], load(entry)):
                assert holds, f"{entry['file']}: {where}"
                checked.add(where)
    assert {
        "OrderCalculated.items_applied_discount_amount",
        "OrderCalculated.total_applied_discount_amount",
        "OrderItemCalculated.subtotal_amount",
        "CustomerSummaryOrders.average_amount",
    } <= checked


def test_the_formula_values_are_right_in_the_full_order() -> None:
    order = load({"file": "valid/OrderCalculated.full.json"})
    item = order["items"][0]
    assert order["items_applied_discount_amount"] == sum(i["applied_discount_amount"] for i in order["items"])
    assert (
        order["total_applied_discount_amount"]
        == order["applied_discount_amount"] + order["items_applied_discount_amount"]
    )
    assert item["subtotal_amount"] == item["amount"] - item["applied_discount_amount"]
    orders = order["customer"]["summary"]["orders"]
    assert orders["average_amount"] == orders["total_amount"] / orders["total_count"]


def test_fixture_files_are_deterministic(tmp_path: Path) -> None:
    from generator.pipeline import build

    first = {k: v for k, v in build(ROOT / "spec").items() if k.startswith("fixtures/")}
    second = {k: v for k, v in build(ROOT / "spec").items() if k.startswith("fixtures/")}
    assert first == second and len(first) == len(MANIFEST) + 2  # the manifest and the signature cases

"""Property-based tests: loader, naming, and the agreement of the value checker with the JSON Schema."""

from __future__ import annotations

import json
import keyword
from typing import Any

import yaml
from conftest import ROOT, examples, project_model
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from strategies import JSON, corruptions, model_payloads

from generator.model import check, naming
from generator.model.ir import ModelRef
from generator.spec.yamlreader import load_text

SPEC = project_model()
MODELS = {m.name: m for m in SPEC.models}
BUNDLE = json.loads((ROOT / "generated/jsonschema/voucherify.schema.json").read_text())
CLASSES = ["EventCustomerCreatedData", "OrderCalculated", "CustomerWithSummaryLoyaltyReferrals"]


def schema_validator(name: str) -> Draft202012Validator:
    schema = {**BUNDLE, "$ref": f"#/$defs/{name}"}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


VALIDATORS = {name: schema_validator(name) for name in CLASSES}
YAML_DATA = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(min_size=1), inner, max_size=4),
    max_leaves=20,
)


@given(YAML_DATA)
def test_loader_reads_back_any_yaml_data_with_a_location_for_every_value(data: Any) -> None:
    # Escaped output: PyYAML's emitter writes some line-break characters raw under allow_unicode.
    text = yaml.safe_dump({"root": data})
    doc, problems = load_text(text, "t.yaml")
    assert problems == []
    assert doc.data == {"root": data}

    def paths(value: Any, path: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        inner = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
        return [path, *(p for key, item in inner for p in paths(item, (*path, key)))]

    for path in paths(doc.data, ()):
        assert path in doc.values


@given(st.text())
def test_attribute_names_are_always_safe_identifiers(wire: str) -> None:
    name = naming.attribute_name(wire)
    assert name.isidentifier() and name.isascii()
    assert not keyword.iskeyword(name) and name not in naming.RESERVED
    assert naming.attribute_name(wire) == name


@given(st.text())
def test_class_names_are_pascal_case_identifiers_or_none(title: str) -> None:
    name = naming.class_name(title)
    assert name is None or (name.isidentifier() and name[0].isupper() and name.isascii())


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(CLASSES).flatmap(lambda n: st.tuples(st.just(n), model_payloads(SPEC, n))))
def test_valid_payloads_pass_the_checker_and_the_json_schema(case: tuple[str, dict[str, Any]]) -> None:
    name, payload = case
    t = ModelRef(name, name)
    assert check.check(payload, t, MODELS) == []
    assert list(VALIDATORS[name].iter_errors(payload)) == []


@settings(max_examples=examples(150), deadline=None)
@given(corruptions(SPEC, CLASSES))
def test_one_corrupted_value_is_reported_at_exactly_its_path(case: tuple[str, tuple[Any, ...], Any]) -> None:
    name, path, broken = case
    t = ModelRef(name, name)
    assert [p for p, _ in check.check(broken, t, MODELS)] == [path]
    assert not VALIDATORS[name].is_valid(broken)


@settings(max_examples=examples(200), deadline=None)
@given(JSON)
def test_checker_and_json_schema_agree_on_arbitrary_json(value: Any) -> None:
    t = ModelRef("OrderCalculated", "OrderCalculated")
    assert (check.check(value, t, MODELS) == []) == VALIDATORS["OrderCalculated"].is_valid(value)

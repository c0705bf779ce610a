"""Small inline specs exercise each resolver feature through the whole pipeline: spec -> model -> files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import write_spec
from jsonschema import Draft202012Validator

SPEC = """\
spec_version: 1
page: {id: shop, title: Shop, source: doc}
objects:
  Basket:
    description: All of a head and a body.
    all_of:
      - Basket Head
      - title: Basket Body
        fields:
          lines:
            type: array
            items:
              type: object
              fields:
                sku: {type: string}
                qty: {type: integer, example: 2}
          totals:
            type: object
            map:
              key: currency code
              values: {type: integer}
          notes:
            type: array
            observed:
              items: {value: {type: string}, source: obs}
          owner:
            one_of: [{ref: Person}, {ref: Person Id}]
            union: {rule: key-subset, narrow: Person Id}
            observed:
              nullable: {value: true, source: obs}
  Basket Head:
    fields:
      id: {type: string}
      class: {type: string, description: A Python keyword.}
      2fa-enabled: {type: boolean}
      Name: {type: string}
      name: {type: string}
      state:
        type: string
        enum: [OPEN, PAID]
        observed:
          enum: {value: [HELD], source: obs}
          default: {value: OPEN, source: obs}
      address:
        type: object
        nullable: true
        name: Address
        fields:
          city: {type: string, observed: {nullable: {value: true, source: obs}}}
          geo:
            type: object
            fields: {lat: {type: number}}
      created_at:
        type: string
        observed:
          format: {value: date-time, source: obs}
  Person:
    fields:
      id: {type: string}
      nick: {type: string}
  Person Id:
    fields:
      id: {type: string}
  Buyer:
    alias_of: Person
"""


@pytest.fixture
def built(run, tmp_path: Path, monkeypatch) -> dict[str, Any]:
    monkeypatch.chdir(tmp_path)
    write_spec(tmp_path / "spec", {"shop.yaml": SPEC})
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.code == 0, result.err
    dump = run("regenerate", "--spec", "spec", "--dump-model")
    assert dump.code == 0, dump.err
    return {"model": json.loads(dump.out), "out": tmp_path / "out"}


def models(built: dict[str, Any]) -> dict[str, Any]:
    return {m["name"]: m for m in built["model"]["models"]}


def validator(built: dict[str, Any], name: str) -> Draft202012Validator:
    schema = json.loads((built["out"] / "jsonschema" / f"{name}.schema.json").read_text())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_classes_are_named_by_title_explicit_name_or_owner_and_field(built) -> None:
    assert list(models(built)) == [
        "Basket",
        "BasketBody",
        "BasketBodyLinesItem",
        "BasketHead",
        "Address",
        "AddressGeo",
        "Person",
        "PersonId",
        "Buyer",
    ]
    assert models(built)["BasketBodyLinesItem"]["owner"] == "BasketBody"
    assert models(built)["AddressGeo"]["owner"] == "Address"  # named after the class it is nested in


def test_all_of_flattens_the_parts_in_order(built) -> None:
    basket = models(built)["Basket"]
    assert basket["all_of"] == ["BasketHead", "BasketBody"]
    assert [f["wire_name"] for f in basket["fields"]] == [
        "id", "class", "2fa-enabled", "Name", "name", "state", "address", "created_at",
        "lines", "totals", "notes", "owner",
    ]  # fmt: skip
    assert {f["origin"] for f in basket["fields"]} == {"BasketHead", "BasketBody"}


def test_odd_wire_names_get_safe_attributes_and_keep_their_wire_name(built) -> None:
    names = {f["wire_name"]: f["py_name"] for f in models(built)["BasketHead"]["fields"]}
    assert names == {
        "id": "id",
        "class": "class_",
        "2fa-enabled": "field_2fa_enabled",
        "Name": "Name",
        "name": "name",
        "state": "state",
        "address": "address",
        "created_at": "created_at",
    }


def test_observed_facts_widen_the_effective_type_and_stay_recorded(built) -> None:
    state = next(f for f in models(built)["BasketHead"]["fields"] if f["wire_name"] == "state")
    assert state["documented"]["enum"] == ["OPEN", "PAID"]
    assert (state["type"]["kind"], state["type"]["values"]) == ("enum", ["OPEN", "PAID", "HELD"])
    assert (state["has_default"], state["default"]) == (True, "OPEN")
    assert [f["attribute"] for f in state["observed"]] == ["enum", "default"]


def test_union_rule_is_recorded(built) -> None:
    owner = models(built)["Basket"]["fields"][-1]["type"]
    assert (owner["kind"], owner["nullable"], owner["narrow"], owner["wide"]) == ("union", True, "PersonId", "Person")


def test_alias_points_at_its_class(built) -> None:
    assert models(built)["Buyer"]["kind"] == "alias"
    assert models(built)["Buyer"]["alias_of"] == "Person"
    assert validator(built, "Buyer").is_valid({"id": "p1", "nick": "x"})
    assert not validator(built, "Buyer").is_valid({"id": 1})


def test_generated_schema_accepts_a_full_payload(built) -> None:
    payload = {
        "id": "b1",
        "class": "gold",
        "2fa-enabled": True,
        "Name": "A",
        "name": "a",
        "state": "HELD",
        "address": {"city": None},
        "created_at": "2024-02-01T10:42:59.594Z",
        "lines": [{"sku": "s1", "qty": 2}],
        "totals": {"EUR": 100},
        "notes": ["n"],
        "owner": {"id": "p1"},
        "unknown": {"kept": True},
    }
    assert list(validator(built, "Basket").iter_errors(payload)) == []
    assert validator(built, "Basket").is_valid({**payload, "address": None, "owner": None})


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"state": "LOST"}, ["state"]),
        ({"lines": [{"qty": "2"}]}, ["lines", 0, "qty"]),
        ({"totals": {"EUR": 1.5}}, ["totals", "EUR"]),
        ({"notes": [1]}, ["notes", 0]),
        ({"created_at": "2024-02-01"}, ["created_at"]),
        ({"2fa-enabled": "yes"}, ["2fa-enabled"]),
        ({"id": None}, ["id"]),
    ],
)
def test_generated_schema_rejects_each_bad_value(built, change: dict[str, Any], path: list[Any]) -> None:
    errors = list(validator(built, "Basket").iter_errors(change))
    assert [list(e.absolute_path) for e in errors] == [path]


def test_regenerate_check_on_the_inline_spec(run, built, tmp_path: Path) -> None:
    assert run("regenerate", "--spec", "spec", "--out", "out", "--check").code == 0
    (tmp_path / "spec/shop.yaml").write_text(SPEC.replace("A Python keyword.", "A keyword."))
    result = run("regenerate", "--spec", "spec", "--out", "out", "--check")
    assert result.code == 1
    assert '+          "description": "A keyword."' in result.out

"""The spec holds every attribute the seed pages document, with the same type (and, for the newest
page, the same description, example and available values, verbatim)."""

from __future__ import annotations

import copy
import dataclasses
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import ROOT, project_model, seed

from generator.model.ir import SpecModel
from generator.pages.html import HtmlReader
from generator.pages.page import PageAttribute
from generator.pages.spec_rows import spec_rows
from generator.pages.text import TextReader
from generator.resolver import resolve
from generator.spec.loader import load_spec


@pytest.fixture(scope="module")
def spec() -> SpecModel:
    return project_model()


def html_mismatches(spec: SpecModel, rows: list[PageAttribute]) -> list[str]:
    known = spec_rows(spec)
    problems = []
    for row in rows:
        ours = known.get((row.object, row.path))
        if ours is None:
            problems.append(f"missing: {row.object} {row.path}")
        elif dataclasses.replace(ours, formula=None) != row:  # pages print formulas inside descriptions
            problems.append(f"differs: {row}\n  spec: {ours}")
    return problems


def text_mismatches(spec: SpecModel, rows: list[PageAttribute]) -> list[str]:
    # Text captures lose nesting: a row matches a field of the same name and type anywhere in its object.
    by_object: dict[str, set[tuple[str, str | None, bool]]] = defaultdict(set)
    for (title, path), row in spec_rows(spec).items():
        by_object[title].add((path.rsplit(".", 1)[-1], row.type, row.nullable))
    return [
        f"missing or retyped: {row.object} {row.path} {row.type}{' null' if row.nullable else ''}"
        for row in rows
        if (row.path, row.type, row.nullable) not in by_object[row.object]
    ]


def test_seed_001_html_is_fully_and_verbatim_in_the_spec(spec: SpecModel) -> None:
    rows = HtmlReader().read(seed("001")).rows
    assert len(rows) == 59
    assert {r.object for r in rows} == {
        "Customer Response Data",
        "Customer Summary",
        "Customer Loyalty",
        "Customer Referrals",
        "Customer Referrals Campaigns Item",
        "Customer Base",
        "Customer Summary Redemptions",
        "Customer Summary Orders",
    }
    assert html_mismatches(spec, rows) == []


def test_seed_002_text_is_fully_in_the_spec(spec: SpecModel) -> None:
    rows = TextReader().read(seed("002")).rows
    assert len(rows) >= 110
    assert {"Order Response Base", "Order Item Calculated", "Order Redemptions", "Customer Id"} <= {
        r.object for r in rows
    }
    assert text_mismatches(spec, rows) == []


def _spec_without(tmp_path: Path, file: str, edit) -> SpecModel:
    docs = load_spec(ROOT / "spec")
    doc = next(d for d in docs if d.name == f"spec/{file}")
    doc.data = copy.deepcopy(doc.data)
    edit(doc.data)
    return resolve(docs)


def test_the_check_fails_when_an_attribute_is_missing(tmp_path: Path) -> None:
    def drop(data):
        del data["objects"]["Customer Response Data"]["fields"]["assets"]["fields"]["cockpit_preference_center_url"]
        data["history"] = [h for h in data["history"] if h["kind"] != "added"]

    spec = _spec_without(tmp_path, "customer.yaml", drop)
    assert html_mismatches(spec, HtmlReader().read(seed("001")).rows) == [
        "missing: Customer Response Data assets.cockpit_preference_center_url"
    ]


def test_the_check_fails_when_a_type_differs(tmp_path: Path) -> None:
    def retype(data):
        data["objects"]["Order Redemptions"]["fields"]["rollback_id"]["type"] = "integer"
        del data["objects"]["Order Redemptions"]["fields"]["rollback_id"]["example"]

    spec = _spec_without(tmp_path, "order.yaml", retype)
    assert text_mismatches(spec, TextReader().read(seed("002")).rows) == [
        "missing or retyped: Order Redemptions rollback_id string"
    ]

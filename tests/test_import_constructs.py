"""Each construct of the vendor's object pages, on a verbatim excerpt of the page that shows it
(tests/pages/README.md says where each comes from): imported into one spec folder, regenerated,
and used by a payload the generated models parse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from test_import_page import spec_folder

PAGES = ROOT / "tests" / "pages"
EXCERPTS = [
    "reward-one-of.mdx",
    "campaign-values-and-lists.mdx",
    "export-any.mdx",
    "qualification-array-of.mdx",
    "customer-activity-alias-and-one-of-row.mdx",
]


def imported(tmp: Path, names: list[str], codes: tuple[int, ...] = (0,)) -> Path:
    """The pages of tests/pages ``names`` imported one after the other into one spec folder in
    ``tmp`` (``spec/PAGE-STEM.yaml``, each exiting with one of ``codes``), and regenerated into
    ``tmp/out``."""
    spec = spec_folder(tmp, *(PAGES / name for name in names))
    for i, name in enumerate(names, 1):
        command = ["import-page", str(spec / "documents" / name), "--source", f"page-{i}", "--out"]
        done = _generator(*command, str(spec / f"{Path(name).stem}.yaml"))
        assert done.returncode in codes, done.stdout + done.stderr
    built = _generator("regenerate", "--spec", str(spec), "--out", str(tmp / "out"))
    assert built.returncode == 0, built.stderr
    return tmp


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The excerpts imported one after the other into one spec folder, and regenerated."""
    return imported(tmp_path_factory.mktemp("constructs"), EXCERPTS, (0, 1))  # 1: points to decide


def _generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=ROOT)


def _objects(folder: Path, page: str) -> dict[str, Any]:
    data = yaml.safe_load((folder / "spec" / f"{Path(page).stem}.yaml").read_text())
    return dict(data["objects"])


def _parse(folder: Path, cls: str, payload: Any) -> str:
    """What the generated models make of ``payload``: its dict again, or the errors."""
    code = f"""
        import json, imported_models as m
        try:
            print(json.dumps(m.{cls}.from_dict({payload!r}).to_dict()))
        except m.ValidationError as exc:
            print(exc)
        """
    env = {**os.environ, "PYTHONPATH": str(folder / "out" / "python"), "IMPORTED_MODELS_PURE": "1"}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_front_matter_names_the_page(folder: Path) -> None:
    data = yaml.safe_load((folder / "spec" / "reward-one-of.yaml").read_text())
    assert data["page"] == {"id": "reward-object", "title": "Reward Object", "source": "page-1"}


def test_available_values_on_a_row_without_a_type_are_a_string_enum(folder: Path) -> None:
    reward = _objects(folder, "reward-one-of.mdx")["Reward"]["fields"]["object"]
    assert reward["type"] == "string" and reward["enum"] == ["reward"]
    assert _parse(folder, "Reward", {"object": "reward"}) == '{"object": "reward"}'
    assert _parse(folder, "Reward", {"object": "other"}) == "$.object: expected one of 'reward', got 'other'"


def test_a_one_of_heading_is_left_to_decide_once_and_takes_any_part_until_then(folder: Path) -> None:
    text = (folder / "spec" / "reward-one-of.yaml").read_text()
    assert text.count("as one of Digital, Pay with Points, Material") == 1
    assert _objects(folder, "reward-one-of.mdx")["Reward"]["fields"]["parameters"]["type"] == "any"
    payload = {"parameters": {"campaign": {"id": "camp_1", "balance": 1000, "type": "GIFT_VOUCHERS"}}}
    assert json.loads(_parse(folder, "Reward", payload)) == payload
    assert set(_objects(folder, "reward-one-of.mdx")) >= {"Digital", "Pay with Points", "Material"}


def test_a_row_that_links_a_heading_of_values_is_that_enum(folder: Path) -> None:
    effect = _objects(folder, "campaign-values-and-lists.mdx")["Fixed"]["fields"]["effect"]
    assert effect == {
        "type": "string",
        "enum": ["APPLY_TO_ORDER", "APPLY_TO_ITEMS"],
        "description": "Defines how the discount is applied to the customer's order.",
    }
    assert _parse(folder, "Fixed", {"effect": "APPLY_TO_ITEMS"}) == '{"effect": "APPLY_TO_ITEMS"}'
    assert "Discount Fixed Vouchers Effect Types" not in _objects(folder, "campaign-values-and-lists.mdx")


def test_any_is_the_any_type_and_array_any_of_an_array_of_it(folder: Path) -> None:
    condition = _objects(folder, "export-any.mdx")["Filters Condition"]["fields"]
    assert condition["$in"] == {"type": "array", "items": {"type": "any"}}
    payload = {"$in": ["a", 1, 2.5, {"k": [None]}], "$is": [True]}
    assert json.loads(_parse(folder, "FiltersCondition", payload)) == payload


def test_a_heading_of_values_alone_is_no_object_and_its_values_reach_its_row(folder: Path) -> None:
    objects = _objects(folder, "export-any.mdx")
    assert "Junction" not in objects and "Any" not in objects


def test_an_inline_table_in_an_all_of_is_an_inline_part_and_array_of_a_link_keeps_its_items(folder: Path) -> None:
    whole = _objects(folder, "qualification-array-of.mdx")
    (composite,) = whole.values()
    (part,) = composite["all_of"]  # the linked part is on another page, left to decide
    assert part["fields"]["redeemables"]["type"] == "array"
    text = (folder / "spec" / "qualification-array-of.yaml").read_text()
    assert "# open: the page links 'Single redeemable', which it does not define" in text


def test_a_heading_that_only_links_another_object_is_an_alias(folder: Path) -> None:
    objects = _objects(folder, "customer-activity-alias-and-one-of-row.mdx")
    assert objects["Referrer Id"] == {"alias_of": "Customer Id"}
    assert _parse(folder, "ReferrerId", {"id": "cust_1", "object": "customer"}) == (
        '{"id": "cust_1", "object": "customer"}'
    )


def test_a_one_of_row_of_value_headings_takes_the_values_of_each(folder: Path) -> None:
    whole = _objects(folder, "customer-activity-alias-and-one-of-row.mdx")["Voucher Transaction"]
    kind = whole["all_of"][-1]["fields"]["type"]  # its own table, after the base it is all of
    assert kind["type"] == "string"
    assert kind["enum"][:5] == [
        "CREDITS_REDEMPTION",
        "CREDITS_REFUND",
        "CREDITS_ADDITION",
        "CREDITS_REMOVAL",
        "PENDING_POINTS_ACTIVATION",
    ]
    for value in ("CREDITS_REFUND", "POINTS_EXPIRATION"):
        assert _parse(folder, "VoucherTransaction", {"type": value}) == json.dumps({"type": value})


def test_a_code_list_on_an_array_row_gives_its_items_type() -> None:
    from generator.pages import importer

    page = """---
title: "Days Page"
---
<h2 id="thing">Thing</h2>
<table><tbody><tr><td><p>days<br /><code>array</code></p></td>
<td><p>Days.</p><ul><li><code>0</code> Sunday</li><li><code>1</code> Monday</li></ul></td></tr></tbody></table>
"""
    data = yaml.safe_load(importer.import_page(page, "doc").text)
    assert data["objects"]["Thing"]["fields"]["days"] == {
        "type": "array",
        "items": {"type": "integer"},
        "description": "Days.",
    }


SHARED = """---
title: "{title}"
---
<h2 id="{id}">{whole}</h2>
<table><tbody><tr><td><p>category<br /><code>object</code></p></td>
<td>See: <a href="#category">Category</a></td></tr></tbody></table>
<h2 id="category">Category</h2>
<table><tbody><tr><td><p>{field}<br /><code>string</code></p></td><td><p>The name.</p></td></tr></tbody></table>
"""


def test_an_object_another_page_defines_alike_is_written_once(tmp_path: Path) -> None:
    first = tmp_path / "voucher.mdx"
    first.write_text(SHARED.format(title="Voucher Object", id="voucher", whole="Voucher", field="name"))
    second = tmp_path / "product.mdx"
    second.write_text(SHARED.format(title="Product Object", id="product", whole="Product", field="name"))
    third = tmp_path / "reward.mdx"
    third.write_text(SHARED.format(title="Reward Object", id="reward", whole="Reward", field="label"))
    spec = spec_folder(tmp_path, first, second, third)
    for i, page in enumerate((first, second, third), 1):
        _generator("import-page", str(page), "--source", f"page-{i}", "--out", str(spec / f"{page.stem}.yaml"))
    product = _objects(tmp_path, "product.mdx")
    assert list(product) == ["Product"]  # Category is the voucher page's, word for word
    assert product["Product"]["fields"]["category"] == {"ref": "Category"}
    reward = _objects(tmp_path, "reward.mdx")
    assert list(reward) == ["Reward", "Category (Reward Object)"]  # another object under a taken title
    assert reward["Reward"]["fields"]["category"] == {"ref": "Category (Reward Object)"}
    text = (spec / "reward.yaml").read_text()
    assert "# open: 'Category' is also defined at " in text and "voucher.yaml:" in text
    built = _generator("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr


def test_an_object_alike_but_for_its_anchor_is_written_once(tmp_path: Path) -> None:
    """Where a page links an object (`anchor`, set by hand as spec/customer.yaml does) is not what
    the object is: the customer activity page repeats the customer page's objects word for word."""
    first = tmp_path / "voucher.mdx"
    first.write_text(SHARED.format(title="Voucher Object", id="voucher", whole="Voucher", field="name"))
    second = tmp_path / "product.mdx"
    second.write_text(SHARED.format(title="Product Object", id="product", whole="Product", field="name"))
    spec = spec_folder(tmp_path, first, second)
    _generator("import-page", str(first), "--source", "page-1", "--out", str(spec / "voucher.yaml"))
    written = spec / "voucher.yaml"
    written.write_text(written.read_text().replace("  Category:\n", "  Category:\n    anchor: voucher-category\n"))
    assert _objects(tmp_path, "voucher.mdx")["Category"]["anchor"] == "voucher-category"
    _generator("import-page", str(second), "--source", "page-2", "--out", str(spec / "product.yaml"))
    product = _objects(tmp_path, "product.mdx")
    assert list(product) == ["Product"]
    assert product["Product"]["fields"]["category"] == {"ref": "Category"}


def test_fields_named_as_hand_made_keys_are_compared_like_any_other(tmp_path: Path) -> None:
    # `name` and `examples` are keys a maintainer adds to an object, and also wire names of fields.
    from generator.pages import folder

    spec = tmp_path / "a.yaml"
    spec.write_text(
        "spec_version: 1\npage: {id: a, title: A, source: s}\nobjects:\n"
        "  Category:\n    name: Kind\n    fields:\n      name: {type: string, description: The name.}\n"
    )
    found = folder.read(tmp_path)
    assert found.same("Category", {"fields": {"name": {"type": "string", "description": "The name."}}})
    assert not found.same("Category", {"fields": {"name": {"type": "string", "description": "Another."}}})
    assert not found.same("Category", {"fields": {"label": {"type": "string", "description": "The name."}}})

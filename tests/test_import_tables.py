"""Other vendors' plain attribute tables (generator/pages/table.py): HTML and Markdown tables with
attribute, type, description and required columns in any order, on two self-written pages of
layouts the vendor does not use (tests/pages/README.md): imported into one spec folder,
regenerated, and used by payloads the generated models parse."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st
from test_import_constructs import _parse, imported

from generator.pages import readers
from generator.pages.importer import import_page
from generator.pages.table import TableReader

PAGES = ROOT / "tests" / "pages"
TABLES = ["table-html-parcels.html", "table-markdown-depots.md", "table-markdown-discounts.md"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported(tmp_path_factory.mktemp("tables"), TABLES)  # nothing left to decide


def _objects(folder: Path, page: str) -> dict[str, Any]:
    return dict(yaml.safe_load((folder / "spec" / f"{Path(page).stem}.yaml").read_text())["objects"])


def test_both_layouts_are_read_as_attribute_tables() -> None:
    for name in TABLES:
        reader, page = readers.read((PAGES / name).read_text())
        assert reader.form == "table"
        assert page.rows


def test_the_html_page_s_columns_in_its_own_order_give_types_required_values_and_nesting(folder: Path) -> None:
    data = yaml.safe_load((folder / "spec" / "table-html-parcels.yaml").read_text())
    assert data["page"] == {"id": "parcels-api-reference", "title": "Parcels API reference", "source": "page-1"}
    parcel = _objects(folder, TABLES[0])["Parcel"]
    fields = parcel["fields"]
    assert parcel["description"] == "A parcel on its way to a recipient."
    assert fields["weight_grams"] == {"type": "integer", "required": True, "description": "Weight in grams."}
    assert fields["note"]["nullable"] is True and "required" not in fields["note"]
    assert fields["status"]["enum"] == ["created", "in_transit", "delivered"]
    assert fields["recipient"]["fields"]["name"]["type"] == "string"
    assert fields["labels"]["items"] == {"type": "string"}
    assert fields["dimensions"] == {"ref": "Dimensions", "description": "Its size."}
    assert _objects(folder, TABLES[0])["Dimensions"]["fields"]["width"]["type"] == "number"
    route = fields["route"]  # a table inside its row: its fields, not its description
    assert route["description"] == "How it travels."
    assert route["fields"]["from"] == {"type": "string", "required": True, "description": "The depot it leaves."}
    assert route["fields"]["stops"]["items"] == {"type": "string"}


def test_the_markdown_page_s_links_arrays_of_objects_and_escaped_bars(folder: Path) -> None:
    depot = _objects(folder, TABLES[1])["Depot"]["fields"]
    assert depot["address"] == {"ref": "Depot Address", "required": True, "description": "Where it is."}
    assert depot["parcels"]["items"] == {"type": "string"}
    assert depot["hours"]["items"] == {"ref": "Opening Hours"}
    assert depot["capacity"] == {
        "type": "integer",
        "nullable": True,
        "description": "How many parcels it holds, or null when unbounded.",
    }
    assert depot["kind"]["enum"] == ["locker", "shop", "warehouse"]
    assert depot["tags"]["description"] == "Labels with a | in them."


def test_payloads_parse_through_the_models_made_from_the_tables(folder: Path) -> None:
    parcel = {
        "id": "p_1",
        "weight_grams": 1200,
        "status": "in_transit",
        "recipient": {"name": "Ada"},
        "dimensions": {"width": 1.5, "height": 2.0, "depth": 3.25},
    }
    assert json.loads(_parse(folder, "Parcel", parcel)) == parcel
    assert _parse(folder, "Parcel", {**parcel, "status": "lost"}) == (
        "$.status: expected one of 'created', 'in_transit', 'delivered', got 'lost'"
    )
    missing = {k: v for k, v in parcel.items() if k != "weight_grams"}
    assert "$.weight_grams" in _parse(folder, "Parcel", missing)
    depot = {
        "id": "d_1",
        "opened_at": "2024-01-01T00:00:00Z",
        "kind": "locker",
        "address": {"line_1": "1 Main St", "city": "Lyon"},
        "hours": [{"weekday": 1, "from": "08:00", "to": "18:00"}],
        "capacity": None,
    }
    assert json.loads(_parse(folder, "Depot", depot)) == depot


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("string", ("string", False, None, None, ())),
        ("`int64`", ("integer", False, None, None, ())),
        ("String | null", ("string", True, None, None, ())),
        ("number (nullable)", ("number", True, None, None, ())),
        ("boolean or null", ("boolean", True, None, None, ())),
        ("array of integer", ("array", False, "integer", None, ())),
        ("string[]", ("array", False, "string", None, ())),
        ("list<Dimensions>", ("array", False, None, "Dimensions", ())),
        ("Array[Dimensions]", ("array", False, None, "Dimensions", ())),
        ("Dimensions", (None, False, None, "Dimensions", ())),
        ("Money", (None, False, None, "Money", ())),
        ("One of: `Dimensions`, `Money`", (None, False, None, None, ("Dimensions", "Money"))),
        ("Dimensions | Money | null", (None, True, None, None, ("Dimensions", "Money"))),
        ("string or integer", ("any", False, None, None, ())),
    ],
)
def test_the_spellings_of_a_type_cell(cell: str, expected: tuple[Any, ...]) -> None:
    from generator.pages.table import _type

    assert _type(cell, None, {"dimensions": "Dimensions"}) == expected


HEADERS = {"name": "Attribute", "type": "Type", "description": "Description", "required": "Required"}
ROWS = [
    {"name": "`id`", "type": "string", "description": "Identifier.", "required": "yes"},
    {"name": "`total`", "type": "number, nullable", "description": "Sum.", "required": "no"},
    {"name": "`state`", "type": "string", "description": "One of: `open`, `closed`.", "required": ""},
]


@given(st.permutations(list(HEADERS)), st.sampled_from(["html", "markdown"]))
def test_any_order_of_the_columns_imports_the_same_spec(order: list[str], form: str) -> None:
    if form == "markdown":
        lines = ["# Invoices", "", "## Invoice", "", "| " + " | ".join(HEADERS[c] for c in order) + " |"]
        lines.append("|" + "---|" * len(order))
        lines += ["| " + " | ".join(row[c] for c in order) + " |" for row in ROWS]
        page = "\n".join(lines) + "\n"
    else:

        def html(text: str) -> str:
            return text.replace("`", "<code>", 1).replace("`", "</code>", 1) if text.count("`") == 2 else text

        head = "".join(f"<th>{HEADERS[c]}</th>" for c in order)
        body = "".join("<tr>" + "".join(f"<td>{html(row[c])}</td>" for c in order) + "</tr>" for row in ROWS)
        page = f"<title>Invoices</title><h2>Invoice</h2><table><tr>{head}</tr>{body}</table>"
    imported = yaml.safe_load(import_page(page, "doc").text)
    fields = imported["objects"]["Invoice"]["fields"]
    assert fields["id"] == {"type": "string", "required": True, "description": "Identifier."}
    assert fields["total"] == {"type": "number", "nullable": True, "description": "Sum."}
    assert fields["state"]["type"] == "string"
    assert fields["state"]["description"].startswith("One of:")


def test_a_table_without_a_type_column_is_no_attribute_table() -> None:
    reader = TableReader()
    assert not reader.sniff("<table><tr><th>Attribute</th><th>Description</th></tr></table>")
    assert not reader.sniff("| Name | Description |\n| --- | --- |\n| a | b |\n")
    assert all(not reader.sniff(p.read_text()) for p in itertools.islice((ROOT / "spec/documents").glob("00*"), 10))


def test_a_row_that_is_one_of_two_objects_is_a_point_to_decide() -> None:
    page = (
        "# Payments\n\n## Payment\n\n| Field | Type |\n| --- | --- |\n| `id` | string |\n"
        "| `method` | One of: [Card](#card), [Bank Account](#bank-account) |\n\n"
        "## Card\n\n| Field | Type |\n| --- | --- |\n| `last4` | string |\n\n"
        "## Bank Account\n\n| Field | Type |\n| --- | --- |\n| `iban` | string |\n"
    )
    imported = import_page(page, "doc")
    assert yaml.safe_load(imported.text)["objects"]["Payment"]["fields"]["method"] == {"type": "any"}
    (point,) = imported.open_points
    assert (point.object, point.path) == ("Payment", "method")
    assert "one of Card, Bank Account" in point.what


def test_one_of_two_objects_that_each_fix_their_type_is_a_tag_value_union(folder: Path) -> None:
    effect = _objects(folder, TABLES[2])["Discount"]["fields"]["effect"]
    assert effect == {
        "one_of": [{"ref": "Amount Discount"}, {"ref": "Percent Discount"}],
        "union": {"rule": "tag-value", "field": "type"},
        "description": "What it takes off.",
    }
    amount = {"id": "d", "effect": {"type": "AMOUNT", "amount_off": 500}}
    percent = {"id": "d", "effect": {"type": "PERCENT", "percent_off": 12.5}}
    assert json.loads(_parse(folder, "Discount", amount)) == amount
    assert json.loads(_parse(folder, "Discount", percent)) == percent
    assert _parse(folder, "Discount", {"effect": {"type": "FREE"}}) == (
        "$.effect.type: expected one of 'AMOUNT', 'PERCENT', got 'FREE'"
    )


def test_a_vendor_page_with_a_type_table_inside_a_description_stays_the_vendor_s_layout() -> None:
    """The vendor's validation rule page lists rule types in small "Type | Name" tables inside its
    attributes' descriptions: its attribute tables are the vendor's two-column ones."""
    inner = (
        "<table><thead><tr><th>Type</th><th>Name</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>"
    )
    row = f"<tr><td><p>name<br /><code>string</code></p></td><td><p>Rules.</p>{inner}</td></tr>"
    table = f"<table><thead><tr><th>Attributes</th><th>Description</th></tr></thead><tbody>{row}</tbody></table>"
    page = f"<h2>Rule</h2>{table}<h2>Other</h2>{table}"
    assert readers.reader_for(page).form == "html"
    assert not TableReader().sniff(page)

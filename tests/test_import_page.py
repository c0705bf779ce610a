"""``import-page``: a saved page becomes a spec file that regenerates every output and that
``compare-docs`` finds in agreement with the page; what the page leaves open is listed and marked
in the file, which stays valid; hostile page text stays inert YAML strings."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DOCUMENTS, document
from test_escaping import HOSTILE

from generator.pages import importer
from generator.pages.page import PageError
from generator.pages.text import TextReader

PROJECT = """\
spec_version: 1
project:
  name: Imported
  summary: Objects imported from saved pages
  version: 0.1.0
  outputs:
    python: {package: imported_models, distribution: imported-models, description: Imported models.}
    jsonschema: {bundle: imported.schema.json, title: Imported objects}
    markdown: {}
    fixtures: {}
"""


def spec_folder(tmp_path: Path, *pages: Path) -> Path:
    """A spec folder with the pages saved in it and a source for each (``page-1``, ...)."""
    spec = tmp_path / "spec"
    (spec / "documents").mkdir(parents=True)
    (spec / "project.yaml").write_text(PROJECT)
    sources = {"spec_version": 1, "sources": {}}
    for i, page in enumerate(pages, 1):
        shutil.copy(page, spec / "documents" / page.name)
        sources["sources"][f"page-{i}"] = {"kind": "document", "title": f"Page {i}", "file": f"documents/{page.name}"}
    (spec / "sources.yaml").write_text(yaml.safe_dump(sources))
    return spec


def imported(run: Any, tmp_path: Path, *pages: Path) -> tuple[Path, list[Any]]:
    spec = spec_folder(tmp_path, *pages)
    results = []
    for i, page in enumerate(pages, 1):
        out = spec / f"page{i}.yaml"
        results.append(
            run("import-page", str(spec / "documents" / page.name), "--source", f"page-{i}", "--out", str(out))
        )
    return spec, results


@pytest.mark.parametrize("prefix", ["001", "006"])
def test_an_imported_page_regenerates_and_agrees_with_the_page(run: Any, tmp_path: Path, prefix: str) -> None:
    spec, (result,) = imported(run, tmp_path, document(prefix))
    assert result.code == 0, result.err  # the page decides everything the readers take from it
    built = run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert built.code == 0, built.err
    compared = run("compare-docs", "--spec", str(spec), str(spec / "documents" / document(prefix).name))
    assert compared.code == 0, compared.out
    assert "agrees with the spec" in compared.out


def test_the_models_of_an_imported_page_parse_the_page_s_own_example(run: Any, tmp_path: Path) -> None:
    spec, _ = imported(run, tmp_path, document("006"))
    example = yaml.safe_load((spec / "page1.yaml").read_text())["objects"]["Project setting webhook payload"]
    assert example["examples"][0]["value"]["type"] == "voucher.published"  # the page's JSON block
    assert run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out")).code == 0
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import imported_models as m; "
        "v = json.loads(sys.argv[2]); print(m.ProjectSettingWebhookPayload.from_dict(v).to_dict() == v)"
    )
    value = json.dumps(example["examples"][0]["value"])
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "out/python"), value], capture_output=True, text=True
    )
    assert done.stdout.strip() == "True", done.stderr


def test_the_webhook_page_s_objects_and_values_are_the_page_s(run: Any, tmp_path: Path) -> None:
    spec, _ = imported(run, tmp_path, document("006"))
    data = yaml.safe_load((spec / "page1.yaml").read_text())
    assert data["page"] == {"id": "project-settings-webhooks", "title": "Project settings webhooks", "source": "page-1"}
    envelope = data["objects"]["Project setting webhook payload"]["fields"]
    assert list(envelope) == ["id", "project_id", "created_at", "type", "data", "source", "event"]
    assert len(envelope["type"]["enum"]) == 61 and envelope["type"]["type"] == "string"
    assert list(envelope["event"]["fields"]["event_source"]["fields"]) == ["channel", "user", "api_key"]
    assert "observed" not in json.dumps(data)  # what the page says, nothing else


def test_a_link_to_an_object_the_page_defines_is_a_ref(run: Any, tmp_path: Path) -> None:
    spec, _ = imported(run, tmp_path, document("001"))
    data = yaml.safe_load((spec / "page1.yaml").read_text())
    fields = data["objects"]["Customer Response Data"]["fields"]
    assert fields["summary"] == {"ref": "Customer Summary"}
    assert fields["created_at"]["example"] == "2022-08-30T06:32:07.380Z"


def test_a_link_to_an_object_the_page_lacks_is_an_open_point_and_the_file_stays_valid(run: Any, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    text = document("001").read_text()
    page.write_text(text.replace('<a href="#customer-summary">Customer Summary</a>', '<a href="#x">Elsewhere</a>'))
    spec, (result,) = imported(run, tmp_path, page)
    assert result.code == 1
    assert ":56: Customer Response Data.summary: the page links 'Elsewhere', which it does not define" in result.err
    assert "# open: the page links 'Elsewhere'" in (spec / "page1.yaml").read_text()
    assert run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out")).code == 0


def test_a_file_that_is_no_reference_page_is_exit_2_and_writes_nothing(run: Any, tmp_path: Path) -> None:
    page = tmp_path / "notes.txt"
    page.write_text("Nothing here is a table.\n")
    result = run("import-page", str(page), "--source", "x", "--out", str(tmp_path / "out.yaml"))
    assert result.code == 2 and "no attributes found" in result.err
    assert not (tmp_path / "out.yaml").exists()


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_page_text_loads_back_as_the_same_strings(text: str) -> None:
    page = document("001").read_text()
    hostile = text.replace("\x00", "").replace("\r", "")  # what an HTML page can carry as text
    page = page.replace("Object used to store system metadata information.", hostile.replace("<", "&lt;"))
    spec = yaml.safe_load(importer.import_page(page, "doc").text)
    description = spec["objects"]["Customer Response Data"]["fields"]["system_metadata"]["description"]
    assert description == " ".join(hostile.split())  # the reader joins whitespace, as compare-docs does


def test_every_saved_page_is_read_by_the_importer() -> None:
    for path in sorted(DOCUMENTS.iterdir()):
        if path.suffix in (".txt", ".mdx") and "VENDOR" not in path.name:
            try:
                result = importer.import_page(path.read_text(), "doc")
            except PageError:
                continue  # the SDK model page has no attribute table
            assert yaml.safe_load(result.text)["objects"], path.name


# What a maintainer adds by hand after importing: facts beyond the page, and names and decisions.
BY_HAND = {"observed", "notes", "undocumented", "name", "anchor", "examples", "history", "chosen_by"}


def documented(value: Any) -> Any:
    """A spec's objects without what is added by hand (and without fields the page does not show)."""
    if isinstance(value, dict):
        out = {k: documented(v) for k, v in value.items() if k not in BY_HAND}
        if isinstance(value.get("fields"), dict):
            shown = {k: v for k, v in value["fields"].items() if not (isinstance(v, dict) and "undocumented" in v)}
            out["fields"] = {k: documented(v) for k, v in shown.items()}
        return out
    if isinstance(value, list):
        return [documented(v) for v in value]
    return value


@pytest.mark.parametrize(("prefix", "spec_file"), [("001", "customer.yaml"), ("006", "webhook.yaml")])
def test_importing_a_seed_gives_the_documented_content_of_its_hand_written_file(prefix: str, spec_file: str) -> None:
    result = importer.import_page(document(prefix).read_text(), "doc")
    assert result.open_points == ()
    ours = yaml.safe_load((DOCUMENTS.parent / spec_file).read_text())
    theirs = yaml.safe_load(result.text)
    assert documented(theirs["objects"]) == documented(ours["objects"])
    assert list(theirs["objects"]) == list(ours["objects"])  # the page's order
    assert theirs["page"]["title"] == ours["page"]["title"]


def test_a_text_capture_with_a_lost_part_is_an_open_point_at_its_line(run: Any, tmp_path: Path) -> None:
    spec, (result,) = imported(run, tmp_path, document("002"))
    assert result.code == 1
    assert ":3: Order Calculated: part 2 has the whole's title: add it as an inline part with a `name`" in result.err
    data = yaml.safe_load((spec / "page1.yaml").read_text())
    assert data["objects"]["Order Calculated"] == {"all_of": ["Order Response Base"]}
    assert run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out")).code == 0


def test_the_union_seed_002_lost_is_open_at_the_objects_it_named(run: Any, tmp_path: Path) -> None:
    spec, (result,) = imported(run, tmp_path, document("002"))
    lost = [line for line in result.err.splitlines() if "no field of the page names this object" in line]
    named = [line.split(": ")[1] for line in lost]
    assert named == [
        "Customer With Summary Loyalty Referrals",
        "Customer Id",
        "Referrer With Summary Loyalty Referrals",
        "Referrer Id",
    ]  # the branches of `customer` and `referrer`, whose table the capture lost
    assert all(re.match(r".*002_\w+\.txt:(134|199|211|215): ", line) for line in lost)
    data = yaml.safe_load((spec / "page1.yaml").read_text())["objects"]
    assert data["Referrer Id"] == {"alias_of": "Customer Id"}  # a heading over another's title


def test_a_text_capture_imports_to_the_documented_content_where_it_kept_its_tables() -> None:
    result = importer.import_page(document("002").read_text(), "doc")
    theirs = documented(yaml.safe_load(result.text)["objects"])
    ours = documented(yaml.safe_load((DOCUMENTS.parent / "order.yaml").read_text())["objects"])
    kept = ["Order Response Base", "Customer Id", "Referrer With Summary Loyalty Referrals", "Referrer Id"]
    assert {t: theirs[t] for t in kept} == {t: ours[t] for t in kept}  # formulas taken off the text too
    assert [t for t in theirs if t in ours] == [t for t in ours if t in theirs]  # the page's order
    item, hand = theirs["Order Item Calculated"]["fields"], ours["Order Item Calculated"]["fields"]
    assert item["product"] == hand["product"]  # a flattened table nested again from its "Attributes" line
    flattened = {p.object: p.what for p in result.open_points if "flattened" in p.what}
    assert flattened["Order Item Calculated"].startswith("the capture flattened the nested tables of `product`, `sku`")
    assert set(flattened) == {
        "Order Response Base",
        "Customer Response Data",
        "Order Item Calculated",
        "Customer Loyalty",
        "Customer Base",
        "Customer Summary Redemptions",
    }


def test_compare_docs_finds_a_text_capture_in_agreement_with_its_import(run: Any, tmp_path: Path) -> None:
    spec, (result,) = imported(run, tmp_path, document("002"))
    assert result.code == 1  # the lost union, and where the flattened tables end
    assert run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out")).code == 0
    compared = run("compare-docs", "--spec", str(spec), str(spec / "documents" / document("002").name))
    assert compared.code == 0, compared.out
    assert "agrees with the spec" in compared.out


def test_seed_000_s_dashed_parts_and_its_lost_table_are_read() -> None:
    text = document("000").read_text()
    (whole,) = TextReader().read(text).composites
    assert whole.parts == ("Customer Response Data", "Customer Base")
    result = importer.import_page(text, "doc")
    assert yaml.safe_load(result.text)["objects"]["Customer With Summary Loyalty Referrals"] == {
        "all_of": ["Customer Response Data", "Customer Base"]
    }
    (lost,) = [p for p in result.open_points if "no table" in p.what]
    assert (lost.object, lost.at) == ("Customer Referrals", 37)


def test_page_text_in_an_open_point_cannot_leave_its_comment() -> None:
    page = document("001").read_text()
    link = '<a href="#x">Else\u2028where: {x}\n  evil: true</a>'
    page = page.replace('<a href="#customer-summary">Customer Summary</a>', link, 1)
    result = importer.import_page(page, "doc")
    spec = yaml.safe_load(result.text)
    assert "evil" not in spec["objects"]["Customer Response Data"]["fields"]
    (comment,) = [line for line in result.text.splitlines() if "# open:" in line and "Else" in line]
    assert "Else where: {x} evil: true" in comment


def test_a_class_name_taken_twice_gets_a_stand_in_and_the_file_stays_valid(run: Any, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    text = (
        document("001")
        .read_text()
        .replace(
            '<h2 id="customer-summary">Customer Summary</h2>',
            '<h2 id="customer-summary">Customer Response Data Assets</h2>',
        )
    )  # the nested `assets` of Customer Response Data is that class already
    page.write_text(text)
    spec, (result,) = imported(run, tmp_path, page)
    assert result.code == 1
    assert (
        "Customer Response Data Assets: makes the class name CustomerResponseDataAssets, as the nested object at "
        "Customer Response Data.assets does: named CustomerResponseDataAssets2 for now; set `name`" in result.err
    )
    data = yaml.safe_load((spec / "page1.yaml").read_text())
    assert data["objects"]["Customer Response Data Assets"]["name"] == "CustomerResponseDataAssets2"
    assert run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out")).code == 0


def test_in_seed_000_compare_docs_finds_only_the_link_the_import_left_open(run: Any, tmp_path: Path) -> None:
    spec, (result,) = imported(run, tmp_path, document("000"))
    assert (
        "Customer Response Data.referrals: the page links 'Customer Referrals', which it does not define" in result.err
    )
    assert run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out")).code == 0
    compared = run(
        "compare-docs", "--format", "json", "--spec", str(spec), str(spec / "documents" / document("000").name)
    )
    (report,) = json.loads(compared.out)
    assert [(f["object"], f["path"]) for f in report["findings"]] == [("Customer Response Data", "referrals")]


def test_an_imported_file_points_editors_where_its_neighbours_do(run: Any, tmp_path: Path) -> None:
    spec, _ = imported(run, tmp_path, document("006"))
    assert not (spec / "page1.yaml").read_text().startswith("# yaml-language-server")  # none beside it
    (spec / "other.yaml").write_text(
        "# yaml-language-server: $schema=https://example.test/spec.json\nspec_version: 1\n"
    )
    run("import-page", str(document("006")), "--source", "page-1", "--out", str(spec / "page2.yaml"))
    assert (
        (spec / "page2.yaml")
        .read_text()
        .startswith("# yaml-language-server: $schema=https://example.test/spec.json\n#\n")
    )


def test_an_import_into_a_folder_with_no_sources_yet_is_reminded_of_them(run: Any, tmp_path: Path) -> None:
    result = run("import-page", document("001"), "--source", "customers-2026", "--out", tmp_path / "customer.yaml")
    assert (
        f"{tmp_path / 'sources.yaml'}: there is no such file yet; list 'customers-2026' there before `regenerate`"
        in result.err
    )

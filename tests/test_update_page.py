"""``import-page --update``: a newer capture of a page rewrites only the documented values of its
spec file, records each change in the history, and keeps everything added by hand; an unchanged
page changes no byte."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DOCUMENTS, document, seed_spec
from test_escaping import HOSTILE

from generator.pages import updater
from generator.spec import yamlwriter

SPEC = DOCUMENTS.parent
ROW = re.compile(r"\s*<tr>\s*<td>\s*<p>\s*system\\_metadata.*?</tr>", re.DOTALL)


def project_copy(tmp_path: Path, page: str | None = None) -> Path:
    """The seed pages' spec files with the documents, and a newer capture of the customer page as
    ``seed-001b``."""
    spec = tmp_path / "spec"
    shutil.copytree(seed_spec(), spec, ignore=shutil.ignore_patterns("documents"))
    shutil.copytree(DOCUMENTS, spec / "documents")
    if page is not None:
        (spec / "documents" / "newer.html").write_text(page)
        sources = spec / "sources.yaml"
        entry = "  seed-001b:\n    kind: document\n    title: Customer Object, a newer capture\n"
        sources.write_text(
            sources.read_text().replace("sources:\n", f"sources:\n{entry}    file: documents/newer.html\n", 1)
        )
    return spec


def reworded(tmp_path: Path) -> Path:
    """Seed 001 with one description changed, saved outside the spec folder."""
    page = tmp_path / "page.html"
    page.write_text(document("001").read_text().replace("system metadata information", "system metadata"))
    return page


def update(run: Any, spec: Path, page: Path, source: str, file: str = "customer.yaml") -> Any:
    return run("import-page", str(page), "--source", source, "--update", str(spec / file))


def older(text: str, document: str) -> str:
    """The customer file as transcribed from an older capture: the history's older texts put back,
    the fields it records as added since taken out, and the page's source set back."""
    data = yaml.safe_load(text)
    for change in data["history"]:
        if document not in change["in"]:
            continue
        *parents, name = change["path"].split(".")
        fields = data["objects"][change["object"]]["fields"]
        for part in parents:
            fields = fields[part]["fields"]
        if change["kind"] == "description":
            current = fields[name]["description"]
            text = _replaced(text, "description", current, change["before"])
        elif change["kind"] == "added":
            text = _replaced(text, name, fields[name], None)
    return text.replace("  source: seed-001\n", f"  source: {document}\n", 1)


def _replaced(text: str, key: str, value: Any, by: Any) -> str:
    for indent in range(6, 20, 2):
        block = "\n".join(yamlwriter.entry(key, value, indent)) + "\n"
        if text.count(block) == 1:
            return text.replace(block, "" if by is None else "\n".join(yamlwriter.entry(key, by, indent)) + "\n")
    raise AssertionError(f"{key}: {value!r} is not written once as specyaml writes it")


@pytest.mark.parametrize(
    ("prefix", "file", "source"), [("001", "customer.yaml", "seed-001"), ("006", "webhook.yaml", "seed-006")]
)
def test_an_unchanged_page_changes_no_byte(run: Any, tmp_path: Path, prefix: str, file: str, source: str) -> None:
    spec = project_copy(tmp_path)
    result = update(run, spec, document(prefix), source, file)
    assert result.code == 0, result.err
    assert f"{file} agrees with the page" in result.out
    assert (spec / file).read_bytes() == (SPEC / file).read_bytes()


def test_the_newer_capture_restores_today_s_file_byte_for_byte(run: Any, tmp_path: Path) -> None:
    spec = project_copy(tmp_path)
    today = (SPEC / "customer.yaml").read_text()
    (spec / "customer.yaml").write_text(older(today, "seed-000"))
    assert (spec / "customer.yaml").read_text() != today
    result = update(run, spec, document("001"), "seed-001")
    assert result.code == 0, result.err
    assert "Customer Response Data.assets.cockpit_preference_center_url: added" in result.out
    assert "Customer Summary Orders.average_amount: description changed" in result.out
    assert (spec / "customer.yaml").read_text() == today  # the history already records every change


def test_a_changed_page_is_recorded_in_the_history_and_keeps_what_was_added_by_hand(run: Any, tmp_path: Path) -> None:
    page = document("001").read_text()
    page = page.replace("Object used to store system metadata information.", "System metadata, set by Voucherify.")
    page = page.replace("2022-08-30T06:32:07.380Z", "2023-01-01T00:00:00.000Z")
    spec = project_copy(tmp_path, page)
    before = yaml.safe_load((spec / "customer.yaml").read_text())
    result = update(run, spec, spec / "documents" / "newer.html", "seed-001b")
    assert result.code == 0, result.err
    after = yaml.safe_load((spec / "customer.yaml").read_text())
    fields = after["objects"]["Customer Response Data"]["fields"]
    assert fields["system_metadata"]["description"] == "System metadata, set by Voucherify."
    assert fields["created_at"]["example"] == "2023-01-01T00:00:00.000Z"
    assert (
        fields["created_at"]["observed"]
        == before["objects"]["Customer Response Data"]["fields"]["created_at"]["observed"]
    )
    assert after["page"]["source"] == "seed-001b"
    assert after["history"][: len(before["history"])] == before["history"]
    assert after["history"][len(before["history"]) :] == [
        {
            "object": "Customer Response Data",
            "path": "system_metadata",
            "kind": "description",
            "before": "Object used to store system metadata information.",
            "in": ["seed-001"],
        },
        {
            "object": "Customer Response Data",
            "path": "created_at",
            "kind": "example",
            "before": "2022-08-30T06:32:07.380Z",
            "in": ["seed-001"],
        },
    ]
    # What is not on the page is as it was: observed facts, notes, names, the other objects.
    for title in ("Customer Summary", "Customer Loyalty", "Customer With Summary Loyalty Referrals"):
        assert after["objects"][title] == before["objects"][title]
    assert run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out")).code == 0
    newer = run("compare-docs", "--spec", str(spec), str(spec / "documents" / "newer.html"))
    assert newer.code == 0, newer.out
    old = run("compare-docs", "--spec", str(spec), str(spec / "documents" / document("001").name))
    assert old.code == 1 and old.out.count("recorded in the spec's history") == 2, old.out


def test_a_field_added_and_one_dropped_are_recorded_where_the_page_has_them(run: Any, tmp_path: Path) -> None:
    page = document("001").read_text()
    row = ROW.search(page)
    assert row is not None
    added = row.group(0).replace("system\\_metadata", "tags").replace("Object used to store system metadata", "Tags")
    spec = project_copy(tmp_path, page.replace(row.group(0), added))
    result = update(run, spec, spec / "documents" / "newer.html", "seed-001b")
    assert result.code == 0, result.err
    text = (spec / "customer.yaml").read_text()
    after = yaml.safe_load(text)
    fields = list(after["objects"]["Customer Response Data"]["fields"])
    assert fields[fields.index("referrals") + 1] == "tags"  # where the page shows it
    assert "system_metadata" not in fields
    assert {(c["path"], c["kind"]) for c in after["history"][-2:]} == {
        ("tags", "added"),
        ("system_metadata", "removed"),
    }
    assert "      tags:\n        type: object\n        description: Tags information.\n" in text
    assert run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out")).code == 0


def test_a_dropped_field_with_observed_facts_is_left_to_decide(run: Any, tmp_path: Path) -> None:
    page = document("001").read_text()
    row = re.search(r"\s*<tr>\s*<td>\s*<p>\s*created\\_at.*?</tr>", page, re.DOTALL)
    assert row is not None
    spec = project_copy(tmp_path, page.replace(row.group(0), "", 1))
    result = update(run, spec, spec / "documents" / "newer.html", "seed-001b")
    assert result.code == 1
    assert re.search(r"customer\.yaml:\d+: Customer Response Data\.created_at: the page no longer shows", result.err)
    assert (
        "created_at"
        in yaml.safe_load((spec / "customer.yaml").read_text())["objects"]["Customer Response Data"]["fields"]
    )


def test_a_changed_page_under_the_file_s_own_source_writes_nothing(run: Any, tmp_path: Path) -> None:
    page, spec = reworded(tmp_path), project_copy(tmp_path)
    result = update(run, spec, page, "seed-001")
    assert result.code == 2
    assert re.search(
        r"customer\.yaml:11:\d+: the page differs from the file, and 'seed-001' is the file's own source", result.err
    )
    assert (spec / "customer.yaml").read_bytes() == (SPEC / "customer.yaml").read_bytes()


def test_a_text_capture_or_a_file_that_is_no_spec_file_is_exit_2(run: Any, tmp_path: Path) -> None:
    spec = project_copy(tmp_path)
    assert update(run, spec, document("000"), "seed-000").code == 2
    (spec / "notes.yaml").write_text("- just\n- a list\n")
    result = update(run, spec, document("001"), "seed-001", "notes.yaml")
    assert result.code == 2 and "notes.yaml:1:1: not a spec page file" in result.err
    assert (spec / "notes.yaml").read_text() == "- just\n- a list\n"


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_of_a_newer_capture_is_an_inert_string_of_the_file(run: Any, tmp_path: Path, text: str) -> None:
    hostile = text.replace("\x00", "").replace("\r", "")
    page = (
        document("001")
        .read_text()
        .replace("Object used to store system metadata information.", hostile.replace("<", "&lt;"))
    )
    spec = project_copy(tmp_path, page)
    before = yaml.safe_load((spec / "customer.yaml").read_text())
    assert update(run, spec, spec / "documents" / "newer.html", "seed-001b").code == 0
    after = yaml.safe_load((spec / "customer.yaml").read_text())
    wanted = " ".join(hostile.split())
    assert after["objects"]["Customer Response Data"]["fields"]["system_metadata"]["description"] == wanted
    assert after["history"][-1]["before"] == "Object used to store system metadata information."
    del after["objects"]["Customer Response Data"]["fields"]["system_metadata"]
    del before["objects"]["Customer Response Data"]["fields"]["system_metadata"]
    assert after["objects"] == before["objects"]  # nothing else moved


def test_a_change_inside_a_map_s_values_is_recorded_at_its_page_path(run: Any, tmp_path: Path) -> None:
    page = document("001").read_text()
    page = page.replace("Remaining point balance in campaign.", "Points left in the campaign.")
    page = page.replace("Contains details about the point balances left", "Details of the point balances left")
    spec = project_copy(tmp_path, page)
    result = update(run, spec, spec / "documents" / "newer.html", "seed-001b")
    assert result.code == 0, result.err
    after = yaml.safe_load((spec / "customer.yaml").read_text())
    entry = after["objects"]["Customer Loyalty"]["fields"]["campaigns"]["map"]["values"]
    assert entry["name"] == "CustomerLoyaltyCampaignsEntry"  # the maintainer's name stays
    assert entry["fields"]["points"]["description"] == "Points left in the campaign."
    paths = [c["path"] for c in after["history"][-2:]]
    assert paths == ["campaigns.[propertyName]", "campaigns.[propertyName].points"]
    assert run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out")).code == 0  # the paths resolve


FILE = """\
spec_version: 1
page:
  id: p
  title: P
  source: old
objects:
  Thing:
    fields:
      id: {type: string, description: Old., observed: {format: {value: uuid, source: x}}}
      tags:
        type: array
        items:
          type: string
      # kept: a comment of the maintainer
      size:
        type: integer
        description: The size.
"""


def test_a_one_line_field_is_written_out_again_and_a_changed_shape_is_left_to_decide() -> None:
    page = {
        "page": {"title": "P"},
        "objects": {
            "Thing": {
                "fields": {
                    "id": {"type": "string", "description": "New."},
                    "tags": {"type": "object", "map": {"values": {"type": "string"}}},
                    "size": {"type": "integer", "nullable": True, "description": "The size."},
                }
            }
        },
    }
    done = updater.update(FILE, "p.yaml", page, [], "new")
    data = yaml.safe_load(done.text)
    fields = data["objects"]["Thing"]["fields"]
    assert fields["id"] == {
        "type": "string",
        "description": "New.",
        "observed": {"format": {"value": "uuid", "source": "x"}},
    }
    assert fields["size"] == {"type": "integer", "nullable": True, "description": "The size."}
    assert (
        "      # kept: a comment of the maintainer\n      size:\n        type: integer\n        nullable: true\n"
        in done.text
    )
    assert [(p.path, p.at) for p in done.open_points] == [("tags", 10)]  # array to map: by hand
    assert fields["tags"] == {"type": "array", "items": {"type": "string"}}  # as it was, all of it
    assert [(c["path"], c["kind"], c.get("before")) for c in data["history"]] == [("size", "nullable", False)]


def test_a_nested_object_that_became_a_link_loses_its_fields_and_records_them() -> None:
    text = FILE.replace(
        "      size:\n",
        "      size:\n        fields:\n          a: {type: string}\n          b:\n            type: integer\n",
    )
    text = text.replace(
        "        type: integer\n        description: The size.",
        "        type: object\n        description: The size.",
        1,
    )
    page = yaml.safe_load(FILE.replace("old", "new"))
    page["objects"]["Thing"]["fields"]["size"] = {"ref": "Thing", "description": "The size."}
    data = yaml.safe_load(updater.update(text, "p.yaml", page, [], "new").text)
    assert data["objects"]["Thing"]["fields"]["size"] == {"ref": "Thing", "description": "The size."}
    kinds = [(c["path"], c["kind"]) for c in data["history"]]
    assert kinds == [("size", "type"), ("size.a", "removed"), ("size.b", "removed")]


def test_a_source_the_spec_folder_does_not_list_is_a_reminder(run: Any, tmp_path: Path) -> None:
    page, spec = reworded(tmp_path), project_copy(tmp_path)
    result = update(run, spec, page, "seed-009")
    assert result.code == 0
    assert "sources.yaml: 'seed-009' is not listed yet; add the page there before `regenerate`" in result.err
    assert "not listed" not in update(run, project_copy(tmp_path / "b"), document("001"), "seed-001").err


def test_a_file_that_is_no_utf_8_is_exit_2_at_the_byte(run: Any, tmp_path: Path) -> None:
    spec = project_copy(tmp_path)
    (spec / "latin.yaml").write_bytes(b"spec_version: 1\npage: {title: caf\xe9}\n")
    result = update(run, spec, document("001"), "seed-001", "latin.yaml")
    assert result.code == 2 and "latin.yaml:2:18: not UTF-8: byte 0xe9 cannot be decoded" in result.err

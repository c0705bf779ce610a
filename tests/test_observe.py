"""`observe`: what an OpenAPI document shows beyond the pages, recorded as observed facts
(generator/pages/observer.py), on the self-written helpdesk document (tests/pages/openapi-tickets.yaml)
and a spec whose objects were imported from it and then lost what a page would not show."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from test_import_constructs import _generator
from test_import_page import spec_folder

from generator.pages import openapi_facts

PAGE = ROOT / "tests/pages/openapi-tickets.yaml"


def _document() -> dict[str, Any]:
    """The helpdesk document with an example that sends null for a subject its schema does not
    let be null."""
    document = yaml.safe_load(PAGE.read_text())
    base = document["components"]["schemas"]["TicketBase"]["properties"]
    base["subject"] = {"type": "string"}  # the schema: no null
    example = document["webhooks"]["TICKET.OPENED"]["post"]["requestBody"]["content"]["application/json"]
    example["examples"]["ticket.opened"]["value"]["ticket"]["subject"] = None
    example["examples"]["ticket.opened"]["value"]["ticket"]["source"]["session"] = None
    closed = document["webhooks"]["TICKET.CLOSED"]["post"]["requestBody"]["content"]["application/json"]
    closed["examples"]["ticket.closed"]["value"]["resolution"] = "duplicate"  # a value no schema lists
    return document


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    """The document imported into a spec folder, with what the pages would not show taken out of
    its file: the priority's `high`, every `required`, the resolution's null."""
    saved = tmp_path / "helpdesk.yaml"
    saved.write_text(yaml.safe_dump(_document(), sort_keys=False))
    folder = spec_folder(tmp_path, saved)
    sources = yaml.safe_load((folder / "sources.yaml").read_text())
    sources["sources"]["openapi"] = {"kind": "document", "title": "Helpdesk OpenAPI", "file": "documents/helpdesk.yaml"}
    (folder / "sources.yaml").write_text(yaml.safe_dump(sources))
    imported = _generator("import-page", str(saved), "--source", "page-1")
    assert imported.returncode == 0, imported.stderr
    text = imported.stdout.replace("enum: [low, normal, high]", "enum: [low, normal]")
    text = re.sub(r"(?m)^ *required: true\n", "", text)
    text = text.replace("nullable: true\n        enum: [fixed, wontfix]", "enum: [fixed, wontfix]")
    (folder / "helpdesk.yaml").write_text("# The helpdesk's objects.\n" + text)
    return folder


def _observe(spec: Path, *extra: str) -> Any:
    document = str(spec / "documents/helpdesk.yaml")
    return _generator("observe", document, "--source", "openapi", "--spec", str(spec), *extra)


def _field(spec: Path, title: str, *path: str) -> dict[str, Any]:
    node = yaml.safe_load((spec / "helpdesk.yaml").read_text())["objects"][title]
    for key in path:
        node = node[key]
    return dict(node)


def test_the_facts_land_under_observed_with_the_document_as_source(spec: Path) -> None:
    done = _observe(spec)
    assert done.returncode == 0, done.stderr
    priority = _field(spec, "Ticket Base", "fields", "priority")
    assert priority["enum"] == ["low", "normal"]  # what the page says stays as it is
    assert priority["observed"]["enum"] == {
        "value": ["high"],
        "source": "openapi",
        "note": "the schema #/components/schemas/TicketBase (priority)",
    }
    assert priority["observed"]["required"]["value"] is True
    subject = _field(spec, "Ticket Base", "fields", "subject")
    assert subject["observed"]["nullable"]["note"] == "the example 'ticket.opened' of TICKET.OPENED sends null"
    at = _field(spec, "Ticket Base", "fields", "notes", "items", "fields", "at")
    assert at["observed"]["format"]["value"] == "date-time"
    resolution = _field(spec, "Ticket Closed", "fields", "resolution")["observed"]
    assert resolution["nullable"]["value"] is True
    assert resolution["enum"]["value"] == ["duplicate"]
    assert resolution["enum"]["note"].endswith("; the example 'ticket.closed' of TICKET.CLOSED sends 'duplicate'")
    assert (spec / "helpdesk.yaml").read_text().startswith("# The helpdesk's objects.\n")  # comments stay
    assert "Ticket Base.subject: observed nullable (the example 'ticket.opened'" in done.stdout
    assert done.stdout.splitlines()[-1].endswith("fact(s) recorded in 1 file(s)")


def test_check_lists_what_is_missing_writes_nothing_and_a_second_run_changes_nothing(spec: Path) -> None:
    before = (spec / "helpdesk.yaml").read_text()
    check = _observe(spec, "--check")
    assert check.returncode == 1
    assert (spec / "helpdesk.yaml").read_text() == before
    assert "Ticket Base.priority: observed enum ['high']" in check.stdout
    assert _observe(spec).returncode == 0
    after = (spec / "helpdesk.yaml").read_text()
    again = _observe(spec, "--check")
    assert (again.returncode, again.stdout) == (0, f"{spec} records every fact {spec}/documents/helpdesk.yaml adds\n")
    assert _observe(spec).returncode == 0 and (spec / "helpdesk.yaml").read_text() == after


def test_the_models_take_what_the_document_shows_and_compare_docs_agrees(spec: Path, tmp_path: Path) -> None:
    assert _observe(spec).returncode == 0
    built = _generator("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr
    bundle = json.loads((tmp_path / "out/jsonschema/imported.schema.json").read_text())["$defs"]
    assert bundle["TicketBase"]["properties"]["subject"]["type"] == ["string", "null"]
    assert "high" in bundle["TicketBase"]["properties"]["priority"]["enum"]
    assert set(bundle["TicketBase"]["required"]) == {"id", "priority"}
    compared = _generator("compare-docs", str(spec / "documents/helpdesk.yaml"), "--spec", str(spec))
    assert compared.returncode == 0, compared.stdout
    assert "(openapi, openapi)" in compared.stdout


def test_the_document_s_facts_name_objects_by_title_and_fields_by_the_readers_paths() -> None:
    found = {(f.object, f.path, f.kind): f.value for f in openapi_facts.facts(yaml.safe_dump(_document()))}
    assert found[("Ticket Base", "priority", "enum")] == ("low", "normal", "high")
    assert found[("Ticket Base", "notes.at", "format")] == "date-time"
    assert found[("Ticket Closed", "resolution", "nullable")] is True
    assert found[("Ticket Base", "subject", "nullable")] is True  # from the example
    # into the one part of a oneOf that fixes its `channel` to the example's value
    assert found[("Chat Source", "session", "nullable")] is True
    assert ("Ticket Opened", "ticket", "required") in found


def test_an_unreadable_document_is_an_error_with_exit_2(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    (tmp_path / "bad.json").write_text("[1, 2")
    done = _generator("observe", str(tmp_path / "bad.json"), "--source", "x", "--spec", str(tmp_path / "spec"))
    assert done.returncode == 2
    assert done.stderr.startswith(f"{tmp_path}/bad.json: not an OpenAPI document")


def test_a_field_inside_a_flow_mapping_is_reported_not_written_and_the_file_stays_valid(spec: Path) -> None:
    flow = (
        "spec_version: 1\npage: {id: tickets, title: Tickets, source: page-1}\nobjects:\n"
        "  Ticket Base: {fields: {id: {type: string}, subject: {type: string}}}\n"
        "  Ticket Closed:\n    fields:\n      resolution: {type: string, enum: [fixed]}\n"
    )
    (spec / "helpdesk.yaml").write_text(flow)
    done = _observe(spec)
    assert done.returncode == 1
    assert (
        "Ticket Base.id: observed required (" in done.stdout
        and "in flow style, not written; add it by hand" in done.stdout
    )
    data = yaml.safe_load((spec / "helpdesk.yaml").read_text())
    assert data["objects"]["Ticket Base"] == {"fields": {"id": {"type": "string"}, "subject": {"type": "string"}}}
    resolution = data["objects"]["Ticket Closed"]["fields"]["resolution"]  # its own line: written whole
    assert resolution["enum"] == ["fixed"] and resolution["observed"]["enum"]["value"] == ["wontfix", "duplicate"]


def test_hostile_names_titles_and_keys_of_a_document_stay_inert_text(tmp_path: Path) -> None:
    """Text from the document reaches the spec files as titles and notes: written as strings of
    the file, whatever they hold, and the folder builds."""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "x\n# evil", "version": "1"},
        "webhooks": {
            "W\nobjects: {}\n#": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/T"},
                                "examples": {"k'\"\n- x: |": {"value": {"a": None, "b": "zz\n"}}},
                            }
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "T": {
                    "title": "T: # evil\n- x",
                    "type": "object",
                    "properties": {"a": {"type": "string"}, "b": {"type": "string", "enum": ["y"]}},
                }
            }
        },
    }
    saved = tmp_path / "doc.json"
    saved.write_text(json.dumps(document))
    spec = spec_folder(tmp_path, saved)
    assert _generator("import-page", str(spec / "documents/doc.json"), "--source", "page-1", "--out",
                      str(spec / "t.yaml")).returncode == 0  # fmt: skip
    done = _generator("observe", str(spec / "documents/doc.json"), "--source", "page-1", "--spec", str(spec))
    assert done.returncode == 0, done.stderr
    objects = yaml.safe_load((spec / "t.yaml").read_text())["objects"]
    fields = objects["T: # evil - x"]["fields"]  # a title is one line, as the pages write titles
    assert (
        fields["a"]["observed"]["nullable"]["note"] == "the example 'k\\'\"\\n- x: |' of W\nobjects: {}\n# sends null"
    )
    assert fields["b"]["observed"]["enum"]["value"] == ["zz\n"]
    built = _generator("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr


def test_an_example_is_walked_into_a_key_one_part_requires_and_another_defines() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "x", "version": "1"},
        "webhooks": {
            "W": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/T"},
                                "examples": {"w": {"value": {"a": {"b": None}}}},
                            }
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "T": {
                    "title": "T",
                    "required": ["a"],
                    "allOf": [
                        {
                            "type": "object",
                            "properties": {"a": {"type": "object", "properties": {"b": {"type": "string"}}}},
                        }
                    ],
                }
            }
        },
    }
    found = {(f.object, f.path, f.kind) for f in openapi_facts.facts(json.dumps(document))}
    assert ("T", "a.b", "nullable") in found

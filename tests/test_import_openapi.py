"""An OpenAPI document as a page (generator/pages/openapi.py): a self-written OpenAPI 3.1 document
of webhooks (tests/pages/openapi-tickets.yaml) with every construct the reader maps, imported into
a spec folder, regenerated, and used by payloads the generated models parse."""

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
from test_import_constructs import _generator, _parse, imported
from test_import_page import spec_folder

from generator.pages import openapi, readers
from generator.pages.importer import import_page

PAGE = ROOT / "tests/pages/openapi-tickets.yaml"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported(tmp_path_factory.mktemp("openapi"), [PAGE.name])  # nothing left to decide


def _objects(folder: Path) -> dict[str, Any]:
    return dict(yaml.safe_load((folder / "spec" / f"{PAGE.stem}.yaml").read_text())["objects"])


def test_the_document_is_read_as_openapi_in_yaml_and_in_json() -> None:
    text = PAGE.read_text()
    as_json = json.dumps(yaml.safe_load(text), indent=2)
    assert readers.reader_for(text).form == readers.reader_for(as_json).form == "openapi"
    assert import_page(text, "doc").text == import_page(as_json, "doc").text


def test_every_schema_the_webhooks_reach_is_an_object_under_its_title(folder: Path) -> None:
    objects = _objects(folder)
    assert list(objects) == [
        "Ticket",
        "Ticket Opened",
        "Ticket Routing",
        "Agent",
        "Ticket Base",
        "Email Source",
        "Chat Source",
        "Ticket Closed",
    ]
    assert objects["Ticket Opened"]["description"] == "Sent when a ticket is opened."
    assert objects["Ticket Opened"]["fields"]["opened_by"] == {"ref": "Agent", "description": "Who opened it."}


def test_all_of_references_a_titled_part_and_an_inline_part(folder: Path) -> None:
    ticket = _objects(folder)["Ticket"]["all_of"]
    assert ticket[:2] == ["Ticket Base", "Ticket Routing"]
    assert set(ticket[2]["fields"]) == {"source", "watchers"}
    assert ticket[2]["fields"]["watchers"] == {"type": "array", "items": {"ref": "Agent"}}


def test_one_of_objects_that_fix_a_field_is_a_tag_value_union(folder: Path) -> None:
    source = _objects(folder)["Ticket"]["all_of"][2]["fields"]["source"]
    assert source == {
        "one_of": [{"ref": "Email Source"}, {"ref": "Chat Source"}],
        "union": {"rule": "tag-value", "field": "channel"},
    }


def test_types_nullability_enums_required_maps_arrays_and_references(folder: Path) -> None:
    base = _objects(folder)["Ticket Base"]["fields"]
    assert base["id"] == {"type": "string", "required": True, "example": "tck_1"}
    assert base["priority"] == {  # a reference to a string enum: read in place, its description kept
        "type": "string",
        "required": True,
        "description": "How urgent it is.",
        "enum": ["low", "normal", "high"],
    }
    assert base["subject"] == {"type": "string", "nullable": True}  # 3.0's nullable
    assert base["fields"] == {"type": "object", "map": {"values": {"type": "integer"}}}
    assert base["notes"]["items"]["fields"]["text"] == {"type": "string"}
    assert base["parent"] == {"ref": "Ticket"}  # a cycle: Ticket is all of Ticket Base
    closed = _objects(folder)["Ticket Closed"]["fields"]["resolution"]
    assert closed == {"type": "string", "nullable": True, "enum": ["fixed", "wontfix"]}  # 3.1's type list


def test_payloads_parse_through_the_models_made_from_the_document(folder: Path) -> None:
    opened = {
        "ticket": {
            "id": "tck_1",
            "priority": "high",
            "queue": "billing",
            "source": {"channel": "chat", "session": "s1"},
            "parent": {"id": "tck_0", "priority": "low", "source": {"channel": "email", "address": "a@b.c"}},
            "watchers": [{"id": "ag_1", "manager": {"id": "ag_2"}}],
        },
        "opened_by": {"id": "ag_1"},
    }
    assert json.loads(_parse(folder, "TicketOpened", opened)) == opened
    bad = {"ticket": {"id": "t", "priority": "urgent", "source": {"channel": "fax"}}}
    assert _parse(folder, "TicketOpened", bad).splitlines() == [
        "$.ticket.priority: expected one of 'low', 'normal', 'high', got 'urgent'",
        "$.ticket.source.channel: expected one of 'email', 'chat', got 'fax'",
    ]


def test_a_document_that_is_no_mapping_is_a_page_error() -> None:
    with pytest.raises(readers.PageError, match="not an OpenAPI document"):
        readers.read("openapi: 3.1.0\n- a list\n  not: [yaml\n")


EVENT = ROOT / "tests/pages/ticket-opened.mdx"


def test_an_event_page_imports_the_webhook_its_front_matter_points_to(tmp_path: Path) -> None:
    documents = tmp_path / "spec/documents"
    (documents / "openapi").mkdir(parents=True)
    (documents / "openapi" / PAGE.name).write_text(PAGE.read_text())
    (documents / EVENT.name).write_text(EVENT.read_text())
    done = _generator("import-page", str(documents / EVENT.name), "--source", "doc")
    assert done.returncode == 0, done.stderr
    data = yaml.safe_load(done.stdout)
    assert data["page"] == {"id": "ticket-opened", "title": "Ticket Opened (TICKET.OPENED)", "source": "doc"}
    assert "Ticket Opened" in data["objects"] and "Ticket Closed" not in data["objects"]  # that webhook only
    assert "(openapi)" in done.stdout.splitlines()[0]


def test_a_pointer_to_a_document_not_saved_names_the_nearest(tmp_path: Path) -> None:
    documents = tmp_path / "spec/documents"
    documents.mkdir(parents=True)
    (documents / "openapi_tickets.yaml").write_text(PAGE.read_text())
    (documents / EVENT.name).write_text(EVENT.read_text())
    done = _generator("import-page", str(documents / EVENT.name), "--source", "doc")
    assert done.returncode == 2
    assert "4:1: the page's attributes are in '/openapi/openapi-tickets.yaml', which is not saved in" in done.stderr
    assert "the nearest saved document is 'openapi_tickets.yaml'" in done.stderr


def test_select_imports_one_webhook_or_one_schema_and_names_the_nearest_of_a_wrong_one() -> None:
    hook = _generator("import-page", str(PAGE), "--source", "doc", "--select", "TICKET.CLOSED")
    assert hook.returncode == 0, hook.stderr
    closed = list(yaml.safe_load(hook.stdout)["objects"])
    assert "Ticket Closed" in closed and "Ticket Opened" not in closed
    schema = _generator("import-page", str(PAGE), "--source", "doc", "--select", "Agent")
    assert list(yaml.safe_load(schema.stdout)["objects"]) == ["Agent"]
    wrong = _generator("import-page", str(PAGE), "--source", "doc", "--select", "TICKET.CLOSD")
    assert wrong.returncode == 2
    assert "no webhook or component schema 'TICKET.CLOSD'; the nearest: TICKET.CLOSED" in wrong.stderr


def test_sources_yaml_maps_a_path_pages_point_to_to_the_saved_file(tmp_path: Path) -> None:
    """The vendor's five validation rule pages point to `events-bus_val_rule.json`; the file is
    `events-bus-val-rule.json`: the maintainer says so once, in the document's source."""
    spec = tmp_path / "spec"
    (spec / "documents").mkdir(parents=True)
    (spec / "documents" / "openapi_tickets.yaml").write_text(PAGE.read_text())
    (spec / "documents" / EVENT.name).write_text(EVENT.read_text())
    (spec / "sources.yaml").write_text(
        "spec_version: 1\nsources:\n  tickets:\n    kind: document\n    file: documents/openapi_tickets.yaml\n"
        "    title: Helpdesk events\n    pointed_as: [/openapi/openapi-tickets.yaml]\n"
    )
    command = ["import-page", str(spec / "documents" / EVENT.name), "--source", "tickets", "--out"]
    done = _generator(*command, str(spec / "ticket-opened.yaml"))
    assert done.returncode == 0, done.stderr
    assert "Ticket Opened" in yaml.safe_load((spec / "ticket-opened.yaml").read_text())["objects"]


def test_an_event_page_s_id_is_its_webhook_s_name() -> None:
    assert openapi.event_id("EVENTS.CAMPAIGN.CREATED") == "campaign-created"
    assert openapi.event_id("EVENTS.BUS_VAL_RULE.ASSIGNMENT.CREATED") == "bus-val-rule-assignment-created"
    assert openapi.event_id("TICKET.OPENED") == "ticket-opened"


def _envelope(title: str, values: str, union: str) -> str:
    """A spec page of a webhook envelope whose union of events (by its `type`, an open enum of
    ``values``) has no case of its own yet."""
    return f"""\
spec_version: 1
page: {{id: envelope, title: {title} page, source: envelope}}
objects:
  {title}:
    fields:
      id: {{type: string, required: true}}
      type:
        type: string
        enum: [{values}]
        required: true
        observed:
          open: {{value: true, source: envelope, note: The vendor adds events.}}
      data:
        type: object
        required: true
        chosen_by: {{field: type, union: {union}, other: Other{union}}}
"""


ENVELOPE = _envelope("Ticket Envelope", "ticket.opened, ticket.assigned", "TicketWebhook")


def _enveloped(tmp_path: Path, document: dict[str, Any]) -> Path:
    """A spec folder with the helpdesk's envelope, whose union of events has no case yet, and the
    ``document`` saved beside it as the page ``page-1``."""
    saved = tmp_path / "helpdesk.yaml"
    saved.write_text(yaml.safe_dump(document, sort_keys=False))
    spec = spec_folder(tmp_path, saved)
    sources = yaml.safe_load((spec / "sources.yaml").read_text())
    sources["sources"]["envelope"] = {"kind": "document", "title": "Envelope", "file": "documents/helpdesk.yaml"}
    (spec / "sources.yaml").write_text(yaml.safe_dump(sources))
    (spec / "envelope.yaml").write_text(ENVELOPE)
    return spec


def test_each_webhook_becomes_the_case_of_the_envelope_its_example_is_filed_under(tmp_path: Path) -> None:
    spec = _enveloped(tmp_path, yaml.safe_load(PAGE.read_text()))
    done = _generator("import-page", str(spec / "documents/helpdesk.yaml"), "--source", "page-1", "--out",
                      str(spec / "helpdesk.yaml"))  # fmt: skip
    assert done.returncode == 0, done.stderr
    cases = yaml.safe_load((spec / "helpdesk.yaml").read_text())["cases"]
    assert cases == [
        {"union": "TicketWebhook", "value": "ticket.opened", "class": "Ticket Opened",
         "name": "TicketOpenedTicketWebhook", "source": "page-1"},
        {"union": "TicketWebhook", "value": "ticket.closed", "class": "Ticket Closed",
         "name": "TicketClosedTicketWebhook", "source": "page-1"},
    ]  # fmt: skip
    built = _generator("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr
    code = """
        import imported_models as m
        for tag in ("ticket.opened", "ticket.closed", "ticket.assigned", "ticket.merged"):
            data = {"ticket": {"id": "t", "priority": "low", "source": {"channel": "chat"}}}
            event = m.ticket_webhook_from_dict({"id": "w", "type": tag, "data": data})
            print(tag, type(event).__name__, type(event.data).__name__)
        """
    shown = _run_models(tmp_path / "out/python", code)
    assert shown.splitlines() == [
        "ticket.opened TicketOpenedTicketWebhook TicketOpened",  # ticket.closed is no documented value of
        "ticket.closed TicketClosedTicketWebhook TicketClosed",  # the open tag: the document adds it
        "ticket.assigned OtherTicketWebhook dict",
        "ticket.merged OtherTicketWebhook dict",
    ]
    assert "| `ticket.closed` | [TicketClosedTicketWebhook]" in (tmp_path / "out/docs/envelope.md").read_text()


def test_a_webhook_without_one_example_key_or_with_a_taken_one_is_left_to_decide(tmp_path: Path) -> None:
    document = yaml.safe_load(PAGE.read_text())
    hooks = document["webhooks"]
    hooks["TICKET.REOPENED"] = json.loads(json.dumps(hooks["TICKET.OPENED"]))  # filed under ticket.opened too
    del hooks["TICKET.CLOSED"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    spec = _enveloped(tmp_path, document)
    done = _generator("import-page", str(spec / "documents/helpdesk.yaml"), "--source", "page-1", "--out",
                      str(spec / "helpdesk.yaml"))  # fmt: skip
    assert done.returncode == 1
    assert [c["value"] for c in yaml.safe_load((spec / "helpdesk.yaml").read_text())["cases"]] == ["ticket.opened"]
    assert "the document files the webhook TICKET.CLOSED's examples under no key: add its case" in done.stderr
    assert "the webhook TICKET.REOPENED's example is filed under 'ticket.opened', as the webhook" in done.stderr
    built = _generator("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr


def test_a_case_of_a_union_no_file_declares_is_a_located_error(tmp_path: Path) -> None:
    spec = _enveloped(tmp_path, yaml.safe_load(PAGE.read_text()))
    _generator("import-page", str(spec / "documents/helpdesk.yaml"), "--source", "page-1", "--out",
               str(spec / "helpdesk.yaml"))  # fmt: skip
    text = (spec / "helpdesk.yaml").read_text()
    (spec / "helpdesk.yaml").write_text(text.replace("union: TicketWebhook", "union: TicketEvents", 1))
    built = _generator("regenerate", "--check", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert built.returncode == 2
    line = 1 + text[: text.index("union: TicketWebhook")].count("\n")
    assert f"helpdesk.yaml:{line}:" in built.stderr
    assert "no `chosen_by` declares the union 'TicketEvents' (the spec's: TicketWebhook)" in built.stderr


def _run_models(package: Path, code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(package), "IMPORTED_MODELS_PURE": "1"}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_an_object_the_folder_defines_under_the_document_s_title_is_that_object(tmp_path: Path) -> None:
    """The vendor titles a schema as its page titles the object: what else the document says of
    it is evidence for `observe`, not a second object under a stand-in title."""
    spec = spec_folder(tmp_path, PAGE)
    (spec / "agent.yaml").write_text(
        "spec_version: 1\npage: {id: agent, title: Agent page, source: page-1}\n"
        "objects:\n  Agent:\n    description: A person who answers tickets.\n    fields:\n"
        "      id: {type: string, description: The agent's id.}\n"
    )
    done = _generator("import-page", str(spec / "documents" / PAGE.name), "--source", "page-1", "--out",
                      str(spec / "tickets.yaml"))  # fmt: skip
    assert done.returncode == 0, done.stderr
    objects = yaml.safe_load((spec / "tickets.yaml").read_text())["objects"]
    assert "Agent" not in objects and not any(title.startswith("Agent (") for title in objects)
    assert objects["Ticket Opened"]["fields"]["opened_by"]["ref"] == "Agent"
    built = _generator("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr


VENDOR = ROOT / "tests/pages/events-bus-val-rule-created.json"
VENDOR_ENVELOPE = _envelope("Webhook Envelope", "customer.created", "Webhook")


def test_the_vendor_s_webhook_is_the_case_of_the_value_its_example_is_filed_under(tmp_path: Path) -> None:
    """`EVENTS.BUS_VAL_RULE.CREATED` is `business_validation_rule.created`: no spelling of the
    name gives the value; the document files its example under it."""
    spec = spec_folder(tmp_path, VENDOR)
    sources = yaml.safe_load((spec / "sources.yaml").read_text())
    sources["sources"]["envelope"] = {"kind": "document", "title": "Envelope", "file": f"documents/{VENDOR.name}"}
    (spec / "sources.yaml").write_text(yaml.safe_dump(sources))
    (spec / "webhook.yaml").write_text(VENDOR_ENVELOPE)
    done = _generator("import-page", str(spec / "documents" / VENDOR.name), "--source", "page-1", "--out",
                      str(spec / "bus-val-rule.yaml"))  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    (case,) = yaml.safe_load((spec / "bus-val-rule.yaml").read_text())["cases"]
    assert (case["value"], case["name"]) == ("business_validation_rule.created", "BusinessValidationRuleCreatedWebhook")
    observed = _generator("observe", str(spec / "documents" / VENDOR.name), "--source", "page-1", "--spec", str(spec))
    assert observed.returncode == 0, observed.stderr
    built = _generator("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr
    document = json.loads(VENDOR.read_text())
    body = document["webhooks"]["EVENTS.BUS_VAL_RULE.CREATED"]["post"]["requestBody"]["content"]["application/json"]
    data = body["examples"]["business_validation_rule.created"]["value"]
    code = f"""
        import imported_models as m
        for tag in ("business_validation_rule.created", "voucher.created"):
            event = m.webhook_from_dict({{"id": "w", "type": tag, "data": {data!r}}})
            assert event.to_dict()["data"] == {data!r}
            print(type(event).__name__, type(event.data).__name__)
        """
    assert _run_models(tmp_path / "out/python", code).splitlines() == [
        f"BusinessValidationRuleCreatedWebhook {case['class'].replace(' ', '')}",
        "OtherWebhook dict",
    ]


def test_update_from_a_newer_document_adds_the_cases_of_its_new_webhooks(tmp_path: Path) -> None:
    older = yaml.safe_load(PAGE.read_text())
    del older["webhooks"]["TICKET.CLOSED"]
    spec = _enveloped(tmp_path, older)
    out = spec / "helpdesk.yaml"
    assert _generator("import-page", str(spec / "documents/helpdesk.yaml"), "--source", "page-1", "--out",
                      str(out)).returncode == 0  # fmt: skip
    assert [c["value"] for c in yaml.safe_load(out.read_text())["cases"]] == ["ticket.opened"]
    newer = spec / "documents/helpdesk-2.yaml"
    newer.write_text(PAGE.read_text())
    sources = yaml.safe_load((spec / "sources.yaml").read_text())
    sources["sources"]["page-2"] = {"kind": "document", "title": "Newer", "file": "documents/helpdesk-2.yaml"}
    (spec / "sources.yaml").write_text(yaml.safe_dump(sources))
    updated = _generator("import-page", str(newer), "--source", "page-2", "--update", str(out))
    assert updated.returncode in (0, 1), updated.stderr
    assert "case 'ticket.closed' of TicketWebhook added" in updated.stdout
    cases = yaml.safe_load(out.read_text())["cases"]
    assert [(c["value"], c["source"]) for c in cases] == [("ticket.opened", "page-1"), ("ticket.closed", "page-2")]
    again = out.read_text()
    _generator("import-page", str(newer), "--source", "page-2", "--update", str(out))
    assert out.read_text() == again
    built = _generator("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr

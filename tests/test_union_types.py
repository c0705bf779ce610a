"""A tagged union is a type like any other: a field, array item or map value whose class is the
union's object, or that names the union, parses to the variant its tag chooses, in every output;
a `ref` may name one variant."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from conftest import write_spec
from jsonschema import Draft202012Validator

SPEC = """\
spec_version: 1
page: {id: page, title: Page, source: doc}
objects:
  Envelope:
    fields:
      kind: {type: string, enum: [a, b], required: true}
      body:
        type: object
        chosen_by:
          field: kind
          union: Message
          other: OtherMessage
          cases:
            - {value: a, class: Part A, name: AMessage, source: doc}
  Part A:
    fields:
      x: {type: integer}
  Inbox:
    fields:
      latest: {ref: Envelope, nullable: true}
      all: {type: array, items: {ref: Message}}
      by_id: {type: object, map: {values: {ref: Envelope}}}
      first_a: {ref: AMessage}
"""
A = {"kind": "a", "body": {"x": 1}}
B = {"kind": "b", "body": {"anything": [1, "two"]}}
INBOX = {"latest": A, "all": [A, B], "by_id": {"m1": B, "m2": A}, "first_a": A}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("union-types")
    write_spec(root / "spec", {"page.yaml": SPEC})
    made = subprocess.run(
        [sys.executable, "-m", "generator", "regenerate", "--spec", str(root / "spec"), "--out", str(root / "out")],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    return root / "out"


PARSE = """
    import json, sys
    import example_models as m
    payload = json.loads(sys.argv[1])
    try:
        inbox = m.Inbox.from_dict(payload)
    except m.ValidationError as exc:
        print(exc)
    else:
        if sys.argv[2:] == ["judge"]:
            print(inbox.to_dict() == payload)
            sys.exit()
        shown = [type(inbox.latest).__name__, type(inbox.latest.body).__name__]
        shown += [type(e).__name__ for e in inbox.all] + [type(e).__name__ for e in inbox.by_id.values()]
        shown += [type(inbox.first_a).__name__, str(inbox.to_dict() == payload)]
        print(" ".join(shown))
"""


def _parse(site: Path, payload: Any, pure: bool = True, *how: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(site)} | ({"EXAMPLE_MODELS_PURE": "1"} if pure else {})
    command = [sys.executable, "-c", textwrap.dedent(PARSE), json.dumps(payload), *how]
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_union_s_object_its_name_and_a_variant_parse_typed_nested_in_arrays_and_maps(out: Path) -> None:
    shown = _parse(out / "python", INBOX)
    assert shown == "AMessage PartA AMessage OtherMessage OtherMessage AMessage AMessage True"


def test_a_bad_value_inside_a_variant_is_reported_at_its_path(out: Path) -> None:
    bad = {**INBOX, "latest": {"kind": "a", "body": {"x": "one"}}, "first_a": B}
    assert _parse(out / "python", bad).splitlines() == [
        "$.latest.body.x: expected integer, got str",
        "$.first_a.kind: expected one of 'a', got 'b'",
    ]


def test_the_schema_says_one_of_the_variants_and_the_docs_link_each(out: Path) -> None:
    schema = json.loads((out / "jsonschema/Inbox.schema.json").read_text())
    latest = schema["$defs"]["Inbox"]["properties"]["latest"]
    union = next(branch for branch in latest["anyOf"] if "oneOf" in branch) if "anyOf" in latest else latest
    assert union["oneOf"] == [{"$ref": "#/$defs/AMessage"}, {"$ref": "#/$defs/OtherMessage"}]
    assert union["x-union-rule"] == {
        "rule": "tag-value",
        "field": "kind",
        "cases": {"a": "AMessage"},
        "other": "OtherMessage",
    }
    validator = Draft202012Validator(schema)
    assert list(validator.iter_errors(INBOX)) == []
    assert [e.json_path for e in validator.iter_errors({"first_a": B})] == ["$.first_a.kind"]
    page = (out / "docs/page.md").read_text()
    assert "`a`: [AMessage]" in page and "any other: [OtherMessage]" in page


def test_every_fixture_of_a_class_that_holds_the_union_is_judged_as_its_manifest_says(out: Path) -> None:
    manifest = json.loads((out / "fixtures/manifest.json").read_text())
    entries = [e for e in manifest if e["model"] == "Inbox"]
    assert entries
    for entry in entries:
        payload = json.loads((out / "fixtures" / entry["file"]).read_text())
        shown = _parse(out / "python", payload, True, "judge")
        assert (shown == "True") == entry["valid"], (entry["file"], shown)


@pytest.mark.slow  # a pip install with the C accelerator, and mypy
def test_the_c_path_chooses_alike_and_mypy_checks_a_match_over_the_union(out: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    built = subprocess.run([*pip, "--target", str(site), str(out / "python")], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    for payload in (INBOX, {**INBOX, "latest": {"kind": "a", "body": {"x": "one"}}}):
        assert _parse(site, payload, pure=False) == _parse(site, payload, pure=True)
    user = tmp_path / "user.py"
    user.write_text(
        textwrap.dedent(
            """
            from typing import assert_never
            import example_models as m

            def describe(message: m.Message) -> str:
                match message:
                    case m.AMessage():
                        return str(message.body.x) if message.body else "no body"
                    case m.OtherMessage():
                        return "other"
                    case _:
                        assert_never(message)

            def latest(inbox: m.Inbox) -> str:
                return describe(inbox.latest) if inbox.latest else "none"
            """
        )
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), str(user)],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(site)},
    )
    assert checked.returncode == 0, checked.stdout


CLOSED = SPEC.replace("          other: OtherMessage\n", "").replace(
    "            - {value: a, class: Part A, name: AMessage, source: doc}\n",
    "            - {value: a, class: Part A, name: AMessage, source: doc}\n"
    "            - {value: b, class: Part A, name: BMessage, source: doc}\n",
)
CLOSED_CHECK = """
    import json, sys
    import example_models as m
    for payload in json.loads(sys.argv[1]):
        try:
            print(type(m.message_from_dict(payload)).__name__)
        except m.ValidationError as exc:
            print(exc)
    try:
        m.Inbox.from_dict({"latest": {"kind": "c"}})
    except m.ValidationError as exc:
        print(exc)
"""


def test_a_closed_tag_whose_every_value_has_a_case_needs_no_other_and_refuses_the_rest(tmp_path: Path) -> None:
    write_spec(tmp_path / "spec", {"page.yaml": CLOSED.replace("first_a: {ref: AMessage}", "first_b: {ref: BMessage}")})
    command = [sys.executable, "-m", "generator", "regenerate", "--spec", str(tmp_path / "spec"), "--out"]
    made = subprocess.run([*command, str(tmp_path / "out")], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "out/python"), "EXAMPLE_MODELS_PURE": "1"}
    payloads = [A, {"kind": "b"}, {"kind": "c"}, {}, []]
    code = [sys.executable, "-c", textwrap.dedent(CLOSED_CHECK), json.dumps(payloads)]
    done = subprocess.run(code, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "AMessage",
        "BMessage",
        "$.kind: expected one of 'a', 'b', got 'c'",
        "$.kind: missing",
        "$: expected object, got list",
        "$.latest.kind: expected one of 'a', 'b', got 'c'",
    ]
    schema = json.loads((tmp_path / "out/jsonschema/Message.schema.json").read_text())["$defs"]["Message"]
    assert schema["oneOf"] == [{"$ref": "#/$defs/AMessage"}, {"$ref": "#/$defs/BMessage"}]
    assert "other" not in schema["x-tagged-union"]
    assert "any other value" not in (tmp_path / "out/docs/page.md").read_text()


def test_a_union_without_other_whose_tag_has_values_no_case_has_is_a_located_error(tmp_path: Path) -> None:
    write_spec(tmp_path / "spec", {"page.yaml": SPEC.replace("          other: OtherMessage\n", "")})
    command = [sys.executable, "-m", "generator", "regenerate", "--spec", str(tmp_path / "spec"), "--out"]
    made = subprocess.run([*command, str(tmp_path / "out")], capture_output=True, text=True)
    assert made.returncode == 2
    assert "page.yaml:10:11: the values 'b' have no case: name an `other` variant for them" in made.stderr


@pytest.mark.slow  # mypy
def test_mypy_checks_a_match_over_a_closed_union_without_another_case(tmp_path: Path) -> None:
    write_spec(tmp_path / "spec", {"page.yaml": CLOSED})
    command = [sys.executable, "-m", "generator", "regenerate", "--spec", str(tmp_path / "spec"), "--out"]
    assert subprocess.run([*command, str(tmp_path / "out")], capture_output=True).returncode == 0
    user = tmp_path / "user.py"
    user.write_text(
        textwrap.dedent(
            """
            from typing import assert_never
            import example_models as m

            def describe(message: m.Message) -> str:
                match message:
                    case m.AMessage():
                        return "a"
                    case m.BMessage():
                        return "b"
                    case _:
                        assert_never(message)
            """
        )
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), str(user)],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(tmp_path / "out/python")},
    )
    assert checked.returncode == 0, checked.stdout


def test_a_field_called_chosen_by_is_a_field_and_not_a_union(tmp_path: Path) -> None:
    """The resolver looks for every union before it builds classes; a field of that name once
    made it fail with a KeyError."""
    page = SPEC + "  Odd:\n    fields:\n      chosen_by: {type: string}\n      n: {ref: Message}\n"
    write_spec(tmp_path / "spec", {"page.yaml": page})
    command = [sys.executable, "-m", "generator", "regenerate", "--spec", str(tmp_path / "spec"), "--out"]
    made = subprocess.run([*command, str(tmp_path / "out")], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert "chosen_by: str | Unset" in (tmp_path / "out/python/example_models/page.py").read_text()

"""A spec of another, made-up API (tests/specs/freight) generates every output under its own names.

The generator must know nothing of the project's own vendor: the outputs of this spec import,
round-trip their examples, pass ``mypy --strict``, compile their C accelerator, and never say
"Voucherify".
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT
from jsonschema import Draft202012Validator
from strategies import email_corpus

from generator import pipeline
from generator.model.formats import EMAIL_PATTERN, is_email

FREIGHT = ROOT / "tests" / "specs" / "freight"
VENDOR = re.compile(rb"voucherify", re.IGNORECASE)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("freight") / "generated"
    made = subprocess.run(
        [sys.executable, "-m", "generator", "regenerate", "--spec", str(FREIGHT), "--out", str(folder)],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    return folder


@pytest.fixture(scope="module")
def site(out: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both packages as pip installs them (the C accelerator compiled)."""
    target = tmp_path_factory.mktemp("freight-site")
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    built = subprocess.run(
        [*pip, "--target", str(target), str(out / "python"), str(out / "pydantic")], capture_output=True, text=True
    )
    assert built.returncode == 0, built.stderr
    return target


def python(site: Path, code: str) -> subprocess.CompletedProcess[str]:
    program = f"import sys; sys.path.insert(0, {str(site)!r})\n{textwrap.dedent(code)}"
    return subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=site)


def test_every_output_is_built_under_the_spec_s_own_names(out: Path) -> None:
    files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert {
        "python/orbit_models/__init__.py",
        "python/orbit_models/_speedups.c",
        "python/orbit_models/shipment.py",
        "python/orbit_models/testing.py",
        "pydantic/orbit_pydantic/__init__.py",
        "jsonschema/orbit.schema.json",
        "jsonschema/Shipment.schema.json",
        "docs/README.md",
        "docs/shipment.md",
        "fixtures/manifest.json",
    } <= files
    pyproject = (out / "python/pyproject.toml").read_text()
    assert 'name = "orbit-freight-models"' in pyproject and 'version = "2.3.0"' in pyproject
    assert 'name = "orbit-freight-pydantic"' in (out / "pydantic/pyproject.toml").read_text()
    assert (out / "docs/README.md").read_text().splitlines()[1] == "# Orbit Freight shipment reference"


def test_a_spec_without_a_webhook_signature_gets_no_signature_functions(out: Path) -> None:
    for module in ("__init__.py", "_runtime.py"):
        assert "signature" not in (out / "python/orbit_models" / module).read_text().lower()


def test_no_output_names_the_project_s_own_vendor(out: Path) -> None:
    named = [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and VENDOR.search(p.read_bytes())]
    assert named == []


def test_the_generator_and_its_templates_name_no_vendor() -> None:
    named = [
        p.relative_to(ROOT).as_posix()
        for folder in ("generator", "templates")
        for p in sorted((ROOT / folder).rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and VENDOR.search(p.read_bytes())
    ]
    assert named == []


@pytest.mark.slow  # pip installs the spec's packages
def test_the_models_compile_import_and_round_trip_the_examples(site: Path) -> None:
    examples = [e.value for m in pipeline.load_model(FREIGHT).models for e in m.examples]
    assert examples
    result = python(
        site,
        f"""
        import orbit_models as om
        from orbit_models.testing import make_shipment
        assert om.SPEEDUPS, "the C accelerator did not take the classes"
        for example in {examples!r}:
            shipment = om.Shipment.from_dict(example)
            assert shipment.to_dict() == example, shipment.to_dict()
            assert om.Shipment.from_json(shipment.to_json()).to_dict() == example
        assert type(shipment.recipient).__name__ == "ContactId"
        assert shipment.carrier_code == "ZX-42" and shipment.class_ == "express"
        assert shipment.customs["8471.30"].quantity == 1
        assert make_shipment().to_dict() == om.Shipment.from_dict(make_shipment().to_dict()).to_dict()
        try:
            om.Shipment.from_dict({{"status": "LOST", "parcels": [{{"size": {{"width_mm": "2"}}}}]}})
        except om.ValidationError as exc:
            print(exc)
        """,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "$.id: missing",
        "$.status: expected one of 'CREATED', 'IN_TRANSIT', 'DELIVERED', 'RETURNED', got 'LOST'",
        "$.parcels[0].size.width_mm: expected integer, got str",
    ]


@pytest.mark.slow  # pip installs the spec's packages
def test_the_pure_switch_is_named_after_the_package(site: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import orbit_models; print(orbit_models.SPEEDUPS)"],
        capture_output=True,
        text=True,
        cwd=site,
        env={"PYTHONPATH": str(site), "ORBIT_MODELS_PURE": "1"},
    )
    assert result.stdout == "False\n", result.stderr


@pytest.mark.slow
def test_the_models_pass_mypy_strict(out: Path, tmp_path: Path) -> None:
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), "orbit_models"],
        cwd=out / "python",
        capture_output=True,
        text=True,
    )
    assert typed.returncode == 0, typed.stdout


@pytest.mark.slow  # pip installs the spec's packages
def test_every_fixture_is_judged_as_its_manifest_says(site: Path, out: Path) -> None:
    entries = json.loads((out / "fixtures/manifest.json").read_text())
    bundle = json.loads((out / "jsonschema/orbit.schema.json").read_text())
    cases = [(e["model"], e["valid"], json.loads((out / "fixtures" / e["file"]).read_text())) for e in entries]
    for model, valid, payload in cases:
        schema = {**bundle, "$ref": f"#/$defs/{model}"}
        errors = list(
            Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(payload)
        )
        assert (not errors) == valid, (model, payload)
    result = python(
        site,
        f"""
        import orbit_models as om, orbit_pydantic as op
        for model, valid, payload in {cases!r}:
            try:
                assert getattr(om, model).from_dict(payload).to_dict() == payload
                accepted = True
            except om.ValidationError:
                accepted = False
            assert accepted == valid, (model, payload)
            if valid:
                getattr(op, model).model_validate(payload)
        print(len({cases!r}))
        """,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(cases) > 20


# -- format: email, in every output (the freight spec's Contact.email) -------------------------


@pytest.mark.slow  # pip installs the spec's packages
def test_email_is_one_rule_in_every_output(site: Path, out: Path) -> None:
    """On a corpus at and around each limit of the rule, the dataclasses (pure and with the C
    accelerator), pydantic and the JSON Schema accept exactly the addresses the rule accepts.
    Python's jsonschema library is the one exception, and only for a final newline: it matches
    ``pattern`` with ``re.search``, whose ``$`` also matches before one (ECMA-262's does not)."""
    corpus = email_corpus()
    expected = [is_email(e) for e in corpus]
    assert 100 < sum(expected) < len(corpus) - 100
    bundle = json.loads((out / "jsonschema/orbit.schema.json").read_text())
    validator = Draft202012Validator({**bundle, "$ref": "#/$defs/Contact"})
    by_schema = [validator.is_valid({"email": e}) for e in corpus]
    differ = [e for e, s, x in zip(corpus, by_schema, expected, strict=True) if s != x]
    assert all(e.endswith("\n") and is_email(e[:-1]) for e in differ), differ
    program = """
        import json, sys
        import orbit_models as om, orbit_pydantic as op
        print(om.SPEEDUPS, file=sys.stderr)
        judged = []
        for e in json.loads(sys.stdin.read()):
            try:
                assert om.Contact.from_dict({"email": e}).to_dict() == {"email": e}
                models = True
            except om.ValidationError as exc:
                lines = str(exc).splitlines()
                assert len(lines) == 1 and lines[0].startswith(
                    ("$.email: expected an email address like jane.doe@example.com", "$.email: expected email string")
                ), lines
                models = False
            try:
                op.Contact.model_validate({"email": e})
                pydantic = True
            except ValueError:
                pydantic = False
            judged.append([models, pydantic])
        print(json.dumps(judged))
        """
    for pure in ("", "1"):
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(program)],
            input=json.dumps(corpus),
            capture_output=True,
            text=True,
            cwd=site,
            env={"PYTHONPATH": str(site), "ORBIT_MODELS_PURE": pure},
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr.strip() == ("False" if pure else "True")
        judged = json.loads(result.stdout)
        assert [m for m, _ in judged] == expected
        assert [p for _, p in judged] == expected


def test_email_needs_no_package_the_pydantic_output_does_not_declare(out: Path) -> None:
    module = (out / "pydantic/orbit_pydantic/__init__.py").read_text()
    assert "EmailStr" not in module and "max_length=254" in module
    assert "email" not in (out / "pydantic/pyproject.toml").read_text().lower()


def test_email_is_documented_and_has_its_fixture(out: Path) -> None:
    page = (out / "docs/shipment.md").read_text()
    assert "| `email` | string (email) |" in page
    index = (out / "docs/README.md").read_text()
    assert "- `email`: an ASCII email address `local@domain`" in index
    entries = {e["file"]: e for e in json.loads((out / "fixtures/manifest.json").read_text())}
    bad = entries["invalid/Shipment.bad-email.json"]
    assert bad["errors"] == [["recipient", "email"]] and not bad["valid"]
    schema = json.loads((out / "jsonschema/Shipment.schema.json").read_text())
    email = schema["$defs"]["Contact"]["properties"]["email"]
    assert (email["format"], email["maxLength"], email["pattern"]) == ("email", 254, EMAIL_PATTERN)


# -- required keys (Shipment Base.id documented, TrackingEvent.at observed, carrier:code absent) ---


@pytest.mark.slow  # pip installs the spec's packages
def test_a_missing_required_key_is_reported_at_its_path_in_every_flavour(site: Path, out: Path) -> None:
    payload = {"status": "CREATED", "events": [{"kind": "picked_up"}, {"at": "2025-03-04T08:00:00.000Z"}]}
    program = f"""
        import orbit_models as om, orbit_pydantic as op
        print(om.SPEEDUPS)
        try:
            om.Shipment.from_dict({payload!r})
        except om.ValidationError as exc:
            print(exc)
        try:
            op.Shipment.model_validate({payload!r})
        except ValueError as exc:
            print(sorted(".".join(map(str, e["loc"])) for e in exc.errors() if e["type"] == "missing"))
        print(repr(om.Shipment.from_dict({{"id": "s", "events": [{{"at": "2025-03-04T08:00:00.000Z"}}]}}).carrier_code))
        """
    expected = [
        "$.id: missing",
        "$.events[0].at: missing",
        "['events.0.at', 'id']",
        "UNSET",
    ]
    for pure in ("", "1"):
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(program)],
            capture_output=True,
            text=True,
            cwd=site,
            env={"PYTHONPATH": str(site), "ORBIT_MODELS_PURE": pure},
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == ["False" if pure else "True", *expected]
    bundle = json.loads((out / "jsonschema/orbit.schema.json").read_text())
    assert (bundle["$defs"]["ShipmentBase"]["required"], bundle["$defs"]["TrackingEvent"]["required"]) == (
        ["id"],
        ["at"],
    )
    errors = Draft202012Validator({**bundle, "$ref": "#/$defs/Shipment"}).iter_errors(payload)
    assert sorted(e.message for e in errors) == ["'at' is a required property", "'id' is a required property"]


def test_required_keys_are_documented_and_have_their_fixture(out: Path) -> None:
    page = (out / "docs/shipment.md").read_text()
    assert "| `id`<br>**required** |" in page and "| `at`<br>required (*observed*) |" in page
    assert "`carrier:code`<br>Python: `carrier_code`<br>**required**" not in page
    entries = {e["file"]: e for e in json.loads((out / "fixtures/manifest.json").read_text())}
    assert entries["invalid/Shipment.missing-id.json"]["errors"] == [["id"]]
    assert entries["invalid/Shipment.missing-events-0-at.json"]["errors"] == [["events", 0, "at"]]
    minimal = json.loads((out / "fixtures/valid/Shipment.minimal.json").read_text())
    assert list(minimal) == ["id"]


# Every kind of JSON value, nested too: what an `any` field holds.
ANY_VALUES = [None, True, False, 0, -7, 2.5, "", "text", [], [1, "a", None], {}, {"a": {"b": [1, {"c": None}]}}]


@pytest.mark.slow  # pip installs the spec's packages
def test_an_any_field_keeps_every_json_value_as_it_came_in_both_paths(site: Path) -> None:
    for pure in ("", "1"):
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                textwrap.dedent(
                    f"""
                    import orbit_models as om
                    assert om.SPEEDUPS == {not pure}
                    for value in {ANY_VALUES!r}:
                        payload = {{"id": "s", "carrier_data": value, "labels": [value, value]}}
                        shipment = om.ShipmentBase.from_dict(payload)
                        assert shipment.carrier_data == value and shipment.to_dict() == payload, shipment
                        assert om.ShipmentBase.from_json(shipment.to_json()).to_dict() == payload
                    for bad in ({{"x": float("nan")}}, [object()]):
                        try:
                            om.ShipmentBase.from_dict({{"id": "s", "carrier_data": bad}})
                        except om.ValidationError as exc:
                            print(exc)
                    """
                ),
            ],
            capture_output=True,
            text=True,
            env={"PYTHONPATH": str(site), "ORBIT_MODELS_PURE": pure},
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == [
            "$.carrier_data.x: expected a finite number, got nan",
            "$.carrier_data[0]: expected a JSON value, got object",
        ], pure


@pytest.mark.slow  # pip installs the spec's packages
def test_an_any_field_is_any_json_value_in_the_schema_pydantic_and_docs(site: Path, out: Path) -> None:
    schema = json.loads((out / "jsonschema" / "ShipmentBase.schema.json").read_text())
    validator = Draft202012Validator(schema)
    for value in ANY_VALUES:
        assert validator.is_valid({"id": "s", "carrier_data": value, "labels": [value]}), value
    result = python(
        site,
        f"""
        from orbit_pydantic import ShipmentBase
        for value in {ANY_VALUES!r}:
            model = ShipmentBase.model_validate({{"id": "s", "carrier_data": value, "labels": [value]}})
            assert model.carrier_data == value and model.labels == [value], model
        """,
    )
    assert result.returncode == 0, result.stderr
    reference = (out / "docs" / "shipment.md").read_text()
    assert "| `carrier_data` | any | What the carrier sent, as it sent it. |" in reference
    assert "| `labels` | array of any |" in reference


# -- a union of objects told apart by a tag (the freight spec's payments) -------------------------

PAID = {
    "id": "s",
    "payment": {"method": "invoice", "due_on": "2025-04-01"},
    "charges": [{"method": "card", "last4": "4242"}, {"method": "invoice"}],
    "refunds": {"r1": {"method": "card", "last4": "0005"}},
}
UNPAID = [
    ({"method": "cash"}, "$.payment.method: expected one of 'card', 'invoice', got 'cash'"),
    ({"last4": "1"}, "$.payment.method: missing"),
    ([], "$.payment: expected object, got list"),
    ({"method": "card", "last4": 4}, "$.payment.last4: expected string, got int"),
]


@pytest.mark.slow  # pip installs the spec's packages
def test_a_tag_value_union_parses_to_its_branch_wherever_it_is_used_in_both_paths(site: Path) -> None:
    for pure in ("", "1"):
        code = f"""
            import orbit_models as om
            assert om.SPEEDUPS == {not pure}
            shipment = om.ShipmentTracking.from_dict({PAID!r})
            assert type(shipment.payment) is om.InvoicePayment and str(shipment.payment.due_on) == "2025-04-01"
            assert [type(c).__name__ for c in shipment.charges] == ["CardPayment", "InvoicePayment"]
            assert type(shipment.refunds["r1"]) is om.CardPayment
            assert shipment.to_dict() == {PAID!r}
            assert om.ShipmentTracking.from_json(shipment.to_json()).to_dict() == {PAID!r}
            if om.SPEEDUPS:  # the engine reads the unions itself, and hands bad ones back to Python
                fast = om._runtime._speedups.parse(om.ShipmentTracking, {PAID!r})
                assert fast is not None and type(fast.charges[1]) is om.InvoicePayment
                assert om._runtime._speedups.parse(om.ShipmentTracking, {{"payment": {{"method": "cash"}}}}) is None
            for bad, _ in {UNPAID!r}:
                try:
                    om.ShipmentTracking.from_dict({{"payment": bad}})
                except om.ValidationError as exc:
                    print(exc)
            """
        env = {"PYTHONPATH": str(site), "ORBIT_MODELS_PURE": pure}
        run = [sys.executable, "-c", textwrap.dedent(code)]
        result = subprocess.run(run, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == [message for _, message in UNPAID], pure


@pytest.mark.slow  # pip installs the spec's packages
def test_a_tag_value_union_is_the_same_rule_in_the_schema_pydantic_and_docs(site: Path, out: Path) -> None:
    schema = json.loads((out / "jsonschema" / "ShipmentTracking.schema.json").read_text())
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert validator.is_valid(PAID)
    assert all(not validator.is_valid({"payment": bad}) for bad, _ in UNPAID)
    result = python(
        site,
        f"""
        from orbit_pydantic import CardPayment, InvoicePayment, ShipmentTracking
        import pydantic
        model = ShipmentTracking.model_validate({PAID!r})
        assert isinstance(model.payment, InvoicePayment) and isinstance(model.charges[0], CardPayment)
        assert isinstance(model.refunds["r1"], CardPayment)
        for bad, _ in {UNPAID!r}:
            try:
                ShipmentTracking.model_validate({{"payment": bad}})
            except pydantic.ValidationError:
                continue
            raise AssertionError(bad)
        """,
    )
    assert result.returncode == 0, result.stderr
    reference = (out / "docs" / "shipment.md").read_text()
    assert "one of [Card Payment](#card-payment) or [Invoice Payment](#invoice-payment) by its `method`" in reference
    assert "`card`: [Card Payment](#card-payment), `invoice`: [Invoice Payment](#invoice-payment)" in reference
    manifest = json.loads((out / "fixtures/manifest.json").read_text())
    tags = [e for e in manifest if e["file"].endswith("unknown-tag.json")]
    assert tags and all(e["errors"][-1][-1] == "method" for e in tags)

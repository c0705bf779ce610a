"""The webhook union: ``type`` chooses the class of ``data`` in every output, any other type keeps
``data`` as it came, a whole envelope is refused by the class it carries, ``parse_webhook``
authenticates before it reads, and a user's ``mypy --strict`` narrows on ``event.type``."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import voucherify_models as vm
import voucherify_pydantic as vp
from conftest import GENERATED, examples, seed_004_payload, write_spec
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from test_speedups import needs_accelerator, pure
from test_webhook_envelope import customer_created, seed_006_example
from voucherify_models import testing

from generator.outputs.regex import none_of

SCHEMA = json.loads((GENERATED / "jsonschema/Webhook.schema.json").read_text())
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
DATA_SCHEMA = json.loads((GENERATED / "jsonschema/EventCustomerCreatedData.schema.json").read_text())
DATA_VALIDATOR = Draft202012Validator(DATA_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
SECRET = "whsec-test"


def chosen(payload: dict[str, Any]) -> str:
    """The class every flavour chooses for ``payload``, which must be the same, and round-trip."""
    with pure():
        slow = vm.webhook_from_dict(payload)
    fast = vm.webhook_from_dict(payload)
    assert type(slow) is type(fast) and slow == fast
    assert fast.to_dict() == payload and vm.webhook_from_json(json.dumps(payload)).to_dict() == payload
    assert list(VALIDATOR.iter_errors(payload)) == []
    assert type(vp.Webhook.model_validate(payload).root).__name__ == type(fast).__name__
    return type(fast).__name__


def test_customer_created_chooses_its_class_and_the_data_is_the_event() -> None:
    payload = customer_created()
    assert chosen(payload) == "CustomerCreatedWebhook"
    webhook = vm.webhook_from_dict(payload)
    assert isinstance(webhook, vm.CustomerCreatedWebhook)
    assert isinstance(webhook.data, vm.EventCustomerCreatedData)
    assert webhook.data.to_dict() == seed_004_payload()


def test_seed_006_s_example_is_another_type_and_keeps_its_data_as_it_came() -> None:
    payload = seed_006_example()
    assert chosen(payload) == "OtherWebhook"
    webhook = vm.webhook_from_dict(payload)
    assert webhook.type == "voucher.published" and webhook.data == payload["data"]


def test_a_type_the_documents_do_not_list_is_kept_and_marked_unrecognized() -> None:
    payload = {**seed_006_example(), "type": "loyalty.tier.joined", "data": {"tier": [1, None]}}
    assert chosen(payload) == "OtherWebhook"
    webhook = vm.webhook_from_dict(payload)
    assert webhook.type == vm.Unrecognized("loyalty.tier.joined") and str(webhook.type) == "loyalty.tier.joined"
    assert webhook.type != "loyalty.tier.joined"  # never equal to a known value: unions narrow on it


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(["customer.created", "customer.updated", "voucher.published"]) | st.text(max_size=20))
def test_any_type_chooses_the_case_class_exactly_when_it_is_the_case_s_value(tag: str) -> None:
    payload = {**seed_006_example(), "type": tag, "data": {}}
    expected = "CustomerCreatedWebhook" if tag == "customer.created" else "OtherWebhook"
    assert chosen(payload) == expected


def test_errors_have_paths_from_the_envelope_root_in_every_flavour() -> None:
    payload = customer_created()
    payload["data"]["customer"]["created_at"] = "yesterday"
    del payload["id"]
    for parse in (vm.webhook_from_dict, vm.CustomerCreatedWebhook.from_dict):
        with pytest.raises(vm.ValidationError) as caught:
            parse(payload)
        assert [e.path for e in caught.value.errors] == [("id",), ("data", "customer", "created_at")]
    paths = {tuple(e.absolute_path) for e in VALIDATOR.iter_errors(payload) for e in [e, *(e.context or [])]}
    assert ("data", "customer", "created_at") in paths
    with pytest.raises(ValueError, match=r"CustomerCreatedWebhook\.data\.customer\.created_at"):
        vp.Webhook.model_validate(payload)


def test_a_wrong_data_for_its_type_is_an_error_not_another_variant() -> None:
    """The other variant never takes a modelled type: bad customer.created data is reported."""
    payload = {**customer_created(), "data": {"customer": "not an object"}}
    with pytest.raises(vm.ValidationError, match=r"\$\.data\.customer: expected object"):
        vm.webhook_from_dict(payload)
    with pytest.raises(vm.ValidationError, match=r"other than 'customer\.created'"):
        vm.OtherWebhook.from_dict(payload)
    assert list(VALIDATOR.iter_errors(payload))
    with pytest.raises(ValueError):
        vp.Webhook.model_validate(payload)


def test_every_missing_envelope_key_is_reported_in_one_pass() -> None:
    with pytest.raises(vm.ValidationError) as caught:
        vm.webhook_from_dict({})
    assert [str(e) for e in caught.value.errors] == [
        f"$.{key}: missing" for key in ("id", "project_id", "created_at", "type", "data", "source", "event")
    ]


@pytest.mark.parametrize("flavour", ["c", "python"])
@pytest.mark.parametrize("how", ["from_dict", "from_json"])
def test_the_event_class_refuses_a_whole_envelope_and_says_what_to_use(flavour: str, how: str) -> None:
    if flavour == "c" and not vm.SPEEDUPS:
        pytest.skip("the C accelerator is not built")
    payload = customer_created()
    given = payload if how == "from_dict" else json.dumps(payload)
    with pure() if flavour == "python" else _no_change(), pytest.raises(vm.ValidationError) as caught:
        getattr(vm.EventCustomerCreatedData, how)(given)
    assert str(caught.value) == (
        "$: a whole Webhook (it has 'type' and 'data'), not the 'data' it carries: "
        "parse it with parse_webhook() or webhook_from_dict()"
    )
    assert list(DATA_VALIDATOR.iter_errors(payload))
    # Real event data is not touched by the rule: the page's payload, and one with either key alone.
    for data in (seed_004_payload(), {**seed_004_payload(), "type": "x"}, {**seed_004_payload(), "data": {}}):
        assert vm.EventCustomerCreatedData.from_dict(data).to_dict() == data
        assert list(DATA_VALIDATOR.iter_errors(data)) == []


@needs_accelerator
def test_the_accelerator_hands_a_nested_envelope_back_for_the_same_error() -> None:
    payload = {**customer_created(), "data": customer_created()}
    with pytest.raises(vm.ValidationError) as fast:
        vm.webhook_from_dict(payload)
    with pure(), pytest.raises(vm.ValidationError) as slow:
        vm.webhook_from_dict(payload)
    assert str(fast.value) == str(slow.value) and str(fast.value).startswith("$.data: a whole Webhook")


class _no_change:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_: object) -> None:
        return None


# -- parse_webhook: authenticate, then parse -----------------------------------------------------


def test_parse_webhook_checks_the_signature_then_parses_any_indentation() -> None:
    body = json.dumps(customer_created(), indent=4).encode()
    webhook = vm.parse_webhook(body, signature=vm.signature_of(body, SECRET), secret=SECRET)
    assert isinstance(webhook, vm.CustomerCreatedWebhook)


@pytest.mark.parametrize(
    ("signature", "secret", "message"),
    [
        (None, SECRET, "no x-voucherify-signature header"),
        ("0" * 64, SECRET, "not the signature of this body"),
        ("abc", SECRET, "not 64 lowercase hex digits"),
        ("SIGNED", "another-secret", "not the signature of this body"),
    ],
)
def test_a_bad_signature_is_a_signature_error_before_the_body_is_read(
    signature: str | None, secret: str, message: str
) -> None:
    body = b'{"not": "json'  # were it read, this would be a ValidationError
    if signature == "SIGNED":
        signature = vm.signature_of(body, SECRET)
    with pytest.raises(vm.SignatureError, match=message):
        vm.parse_webhook(body, signature=signature, secret=secret)
    assert not issubclass(vm.SignatureError, vm.ValidationError)


def test_a_changed_byte_fails_and_a_signature_without_the_secret_is_refused() -> None:
    body = json.dumps(customer_created()).encode()
    signature = vm.signature_of(body, SECRET)
    with pytest.raises(vm.SignatureError):
        vm.parse_webhook(body.replace(b"Lionel", b"Lionen"), signature=signature, secret=SECRET)
    with pytest.raises(TypeError, match="secret="):
        vm.parse_webhook(body, signature=signature)
    assert isinstance(vm.parse_webhook(body), vm.CustomerCreatedWebhook)  # no secret: parse only


def test_the_factories_make_signed_envelopes_a_handler_accepts() -> None:
    webhook = testing.make_customer_created_webhook()
    assert isinstance(webhook.data, vm.EventCustomerCreatedData) and webhook.type == "customer.created"
    body, headers = testing.signed_request(webhook, SECRET, indent=2)
    parsed = vm.parse_webhook(body, signature=headers[vm.SIGNATURE_HEADER], secret=SECRET)
    assert parsed == webhook


# -- the user's type checker ---------------------------------------------------------------------

HANDLER = """\
from voucherify_models import EventCustomerCreatedData, Webhook, parse_webhook


def customer_name(body: bytes, signature: str | None) -> str:
    webhook: Webhook = parse_webhook(body, signature=signature, secret="s")
    if webhook.type == "customer.created":
        data: EventCustomerCreatedData = webhook.data  # narrowed by the check of type
        return data.customer.name if data.customer and data.customer.name else ""
    return str(webhook.type)
"""


@pytest.mark.slow
@pytest.mark.parametrize("checked", [True, False])
def test_a_typed_handler_narrows_on_the_type_under_mypy_strict(tmp_path: Path, checked: bool) -> None:
    code = HANDLER if checked else HANDLER.replace('webhook.type == "customer.created"', "True")
    (tmp_path / "app.py").write_text(code)
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), str(tmp_path / "app.py")],
        cwd=GENERATED / "python",
        capture_output=True,
        text=True,
    )
    if checked:
        assert typed.returncode == 0, typed.stdout
    else:
        assert "Incompatible types in assignment" in typed.stdout, typed.stdout


# -- the pattern that keeps the other variant off the modelled values ----------------------------

WORDS = st.lists(st.text(alphabet="ab.é\n", max_size=4), min_size=1, max_size=5)


@settings(max_examples=examples(300), deadline=None)
@given(WORDS, st.text(alphabet="ab.é\n", max_size=6))
def test_none_of_matches_exactly_the_strings_that_are_none_of_the_words(words: list[str], text: str) -> None:
    pattern = re.compile(none_of(words))
    assert (pattern.fullmatch(text) is not None) == (text not in words)
    # As Python's JSON Schema validators apply it; their `$` also matches before a final line
    # break, so a word that ends in one is not kept out (docs/spec-format.md, "Tagged unions").
    if not any(w.endswith("\n") for w in words):
        assert (pattern.search(text) is not None) == (text not in words)


@settings(max_examples=examples(100), deadline=None)
@given(WORDS, st.text(alphabet="ab.é\n", max_size=6))
def test_pydantic_s_regex_engine_reads_the_pattern_alike(words: list[str], text: str) -> None:
    from typing import Annotated

    from pydantic import StringConstraints, TypeAdapter, ValidationError

    adapter = TypeAdapter(Annotated[str, StringConstraints(pattern=none_of(words))])
    try:
        adapter.validate_python(text)
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted == (text not in words)


# -- the spec feature ----------------------------------------------------------------------------

PAGE = """\
spec_version: 1
page: {{id: page, title: Page, source: doc}}
objects:
  Envelope:
    fields:
      kind: {{type: string, enum: [a, b]{open}}}
      body:
        type: object
        chosen_by:
{chosen}
  Part A:
    fields:
      x: {{type: integer}}
"""
CHOSEN = """\
          field: kind
          union: Message
          other: OtherMessage
          cases:
            - {value: a, class: Part A, name: AMessage, source: doc}
"""


def _spec(tmp_path: Path, chosen: str = CHOSEN, open_enum: str = "") -> Path:
    indented = textwrap.indent(chosen, "")
    return write_spec(tmp_path / "spec", {"page.yaml": PAGE.format(chosen=indented.rstrip("\n"), open=open_enum)})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("field: kind", "field: nothing"), "'nothing' is no field of Envelope"),
        (("value: a,", "value: c,"), "'c' is not a value of 'kind'"),
        (("class: Part A", "class: Part Z"), "unknown object 'Part Z'"),
        (("name: AMessage", "name: Envelope"), "class name 'Envelope'"),
        (("union: Message", "union: Model"), "class name 'Model'"),
        (("union: Message", "union: Datetime"), "the function parse_datetime(), a name the models use"),
    ],
)
def test_a_bad_chosen_by_is_a_located_error(tmp_path: Path, run: Any, change: tuple[str, str], message: str) -> None:
    spec = _spec(tmp_path, CHOSEN.replace(*change))
    result = run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.code == 2, result.err
    assert re.search(r"page\.yaml:\d+:\d+: .*" + re.escape(message), result.err), result.err
    assert not (tmp_path / "out").exists()


def test_a_closed_tag_with_every_value_modelled_leaves_the_other_variant_none(tmp_path: Path, run: Any) -> None:
    both = CHOSEN + "            - {value: b, class: Part A, name: BMessage, source: doc}\n"
    result = run("regenerate", "--spec", str(_spec(tmp_path, both)), "--out", str(tmp_path / "out"))
    assert result.code == 2 and "the other variant would hold none" in result.err, result.err


def test_a_second_spec_s_union_works_with_a_closed_tag(tmp_path: Path, run: Any) -> None:
    spec = _spec(tmp_path)
    result = run("regenerate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.code == 0, result.err
    module = (tmp_path / "out/python").glob("*/page.py")
    text = next(module).read_text()
    assert "Message = AMessage | OtherMessage" in text and "def message_from_dict(" in text
    assert "def parse_message(" not in text  # no signature block: nothing to authenticate
    schema = json.loads(next((tmp_path / "out/jsonschema").glob("Message.schema.json")).read_text())
    assert schema["$defs"]["Message"]["oneOf"] == [{"$ref": "#/$defs/AMessage"}, {"$ref": "#/$defs/OtherMessage"}]
    assert schema["$defs"]["OtherMessage"]["properties"]["kind"]["enum"] == ["b"]


def test_hostile_tag_values_stay_strings_in_every_output(tmp_path: Path, run: Any) -> None:
    hostile = 'b"\\n# """\\nimport os  # \\u2028'
    page = PAGE.format(chosen=CHOSEN.replace("value: a,", f"value: {json.dumps(hostile)},").rstrip("\n"), open="")
    page = page.replace("enum: [a, b]", f"enum: [a, {json.dumps(hostile)}]")
    write_spec(tmp_path / "spec", {"page.yaml": page})
    result = run("regenerate", "--spec", str(tmp_path / "spec"), "--out", str(tmp_path / "out"))
    assert result.code == 0, result.err
    module = next((tmp_path / "out/python").glob("*/page.py"))
    tree = compile(module.read_text(), str(module), "exec", dont_inherit=True)
    assert "os" not in tree.co_names  # nothing of the value became code
    value = json.loads(json.dumps(hostile))
    schema = json.loads((tmp_path / "out/jsonschema/Message.schema.json").read_text())
    assert schema["$defs"]["AMessage"]["properties"]["kind"]["enum"] == [value]

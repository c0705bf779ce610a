"""Webhook signatures (seed 005): the documents' vectors, bodies re-indented or changed, bad
headers, constant-time comparison, and the spec's checks of its own signature block."""

from __future__ import annotations

import hmac
import json
from pathlib import Path
from typing import Any

import pytest
import voucherify_models as vm
from conftest import ROOT, project_model, write_spec
from hypothesis import given
from hypothesis import strategies as st
from strategies import JSON

from generator.model import signing
from generator.pipeline import load_model

SPEC = project_model()
SECRET = "secretKey"


def test_the_spec_records_seed_005_s_scheme_and_vectors() -> None:
    signature = SPEC.signature
    assert signature is not None
    assert (signature.header, signature.algorithm, signature.signed) == (
        "x-voucherify-signature",
        "hmac-sha256-hex",
        "compact-json",
    )
    assert signature.header == vm.SIGNATURE_HEADER
    assert len(signature.vectors) == 4


@pytest.mark.parametrize("index", range(4))
def test_the_vendor_s_vectors_verify(index: int) -> None:
    assert SPEC.signature is not None
    vector = SPEC.signature.vectors[index]
    assert vm.signature_of(vector.body, vector.secret) == vector.signature
    assert vm.verify_signature(vector.body.encode(), vector.signature, vector.secret.encode())
    vm.check_signature(vector.body, vector.signature, vector.secret)


JSON_VALUES = st.recursive(
    JSON | st.text(alphabet=' "\\\t\n{}[]:,ab', max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


@given(st.dictionaries(st.text(max_size=6), JSON_VALUES, max_size=4), st.sampled_from([None, 0, 2, "\t"]))
def test_a_body_signed_compact_verifies_however_it_is_indented(data: dict[str, Any], indent: int | str | None) -> None:
    compact = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    signature = hmac.new(SECRET.encode(), compact.encode(), "sha256").hexdigest()
    spaced = "\n " + json.dumps(data, indent=indent, ensure_ascii=False, separators=(", ", " : ")) + "\r\n"
    assert vm.verify_signature(spaced.encode(), signature, SECRET)
    # The generator's own check of the spec's vectors signs alike.
    assert signing.signature_of(spaced.encode(), SECRET.encode()) == signature


@given(st.binary(max_size=64), st.binary(min_size=1, max_size=16))
def test_the_models_and_the_generator_sign_any_body_alike(body: bytes, secret: bytes) -> None:
    assert vm.signature_of(body, secret) == signing.signature_of(body, secret)


@given(st.binary(max_size=64), st.one_of(st.binary(max_size=200), st.text(max_size=80)))
def test_the_models_hmac_is_the_standard_library_s_for_a_key_of_any_length(body: bytes, secret: bytes | str) -> None:
    """Keys shorter than, as long as and longer than SHA-256's block (which is hashed first)."""
    key = secret.encode("utf-8", "surrogatepass") if isinstance(secret, str) else secret
    expected = hmac.digest(key, vm._signature.signed_form(body), "sha256").hex()
    assert vm.signature_of(body, secret) == expected
    assert vm.verify_signature(body, expected, secret)


BODY = b'{"id": "whs_1", "type": "customer.created", "data": {"name": "J\\u00f3 \\"Q\\""}}'
GOOD = vm.signature_of(BODY, SECRET)


@pytest.mark.parametrize(
    ("body", "signature", "secret", "message"),
    [
        (BODY.replace(b"whs_1", b"whs_2"), GOOD, SECRET, "is not the signature of this body"),
        (BODY.replace(b"J\\u00f3 ", b"J\\u00f3"), GOOD, SECRET, "is not the signature of this body"),
        (BODY, GOOD, "anotherKey", "is not the signature of this body"),
        (BODY, None, SECRET, "no x-voucherify-signature header"),
        (BODY, "", SECRET, "is not 64 lowercase hex digits"),
        (BODY, GOOD.upper(), SECRET, "is not 64 lowercase hex digits"),
        (BODY, GOOD[:-1], SECRET, "is not 64 lowercase hex digits"),
        (BODY, "sha256=" + GOOD, SECRET, "is not 64 lowercase hex digits"),
        (BODY, GOOD[:-1] + "é", SECRET, "is not 64 lowercase hex digits"),
    ],
    ids=[
        "changed byte",
        "whitespace in a string",
        "wrong secret",
        "missing",
        "empty",
        "upper",
        "short",
        "prefixed",
        "non-ascii",
    ],
)
def test_a_bad_request_fails_with_signature_error(
    body: bytes, signature: str | None, secret: str, message: str
) -> None:
    with pytest.raises(vm.SignatureError, match=message):
        vm.check_signature(body, signature, secret)
    assert not vm.verify_signature(body, signature, secret)
    assert not issubclass(vm.SignatureError, vm.ValidationError)


def test_the_header_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    original = hmac.compare_digest

    def compare(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return original(a, b)

    monkeypatch.setattr(vm._signature.hmac, "compare_digest", compare)
    assert vm.verify_signature(BODY, GOOD, SECRET)
    assert not vm.verify_signature(BODY, "0" * 64, SECRET)
    assert calls == [(GOOD, GOOD), ("0" * 64, GOOD)]  # the whole hex digests, however they differ


@pytest.mark.parametrize(
    "spelling", [GOOD, f" {GOOD}\r\n", GOOD.encode(), f"\t{GOOD} ".encode(), bytearray(GOOD.encode())]
)
def test_the_header_is_read_as_text_or_bytes_around_ascii_spaces(spelling: str | bytes) -> None:
    assert vm.verify_signature(BODY, spelling, SECRET)
    assert vm.verify_signature(BODY.decode(), spelling, SECRET.encode())


@pytest.mark.parametrize("spelling", ["\u2003" + GOOD, GOOD + "\x85", ("\u00a0" + GOOD).encode()])
def test_a_header_around_spaces_that_are_not_ascii_is_malformed(spelling: str | bytes) -> None:
    with pytest.raises(vm.SignatureError, match="is not 64 lowercase hex digits"):
        vm.check_signature(BODY, spelling, SECRET)


def test_any_number_of_secrets_in_turn_each_checks_its_own_signatures() -> None:
    """The keyed states of the secrets in use are kept, a few at a time: more secrets than that,
    in any order, and of every type a secret may have, still check exactly their own bodies."""
    secrets: list[str | bytes | bytearray] = [f"key-{i}" for i in range(20)]
    secrets += [s.encode() for s in secrets[:5]] + [bytearray(b"key-7")]
    for round_ in range(2):
        for secret in secrets:
            plain = secret if isinstance(secret, str) else bytes(secret).decode()
            signature = hmac.digest(plain.encode(), b'{"a":1}', "sha256").hex()
            assert vm.verify_signature(b'{"a": 1}', signature, secret), (round_, secret)
            assert not vm.verify_signature(
                b'{"a": 1}', signature, secret + "x" if isinstance(secret, str) else bytes(secret) + b"x"
            )


SIGNED = (
    "spec_version: 1\nsignature:\n  source: doc\n  header: x-sig\n  algorithm: hmac-sha256-hex\n"
    "  signed: compact-json\n"
)


def test_a_vector_that_does_not_verify_is_a_located_error(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    bad = SIGNED + "  vectors:\n    - {secret: k, body: '{}', signature: '" + "0" * 64 + "'}\n"
    write_spec(tmp_path / "spec", {"a.yaml": bad, "b.yaml": SIGNED})
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.code == 2
    made = signing.signature_of(b"{}", b"k")
    assert result.err.splitlines() == [
        f"spec/a.yaml:8:42: the body signed with the secret is {made}, not this signature",
        "spec/b.yaml:2:1: the webhook signature is already defined at spec/a.yaml:2:1",
        "2 problem(s); nothing written",
    ]
    assert not (tmp_path / "out").exists()


def test_a_spec_without_a_signature_block_has_none(tmp_path: Path) -> None:
    write_spec(tmp_path / "spec", {"p.yaml": "spec_version: 1\npage: {id: p, title: P, source: doc}\n"})
    assert load_model(tmp_path / "spec").signature is None  # and no functions: tests/test_second_spec.py


@pytest.mark.parametrize("indent", [None, 2])
def test_signed_request_makes_a_request_a_handler_accepts(indent: int | None) -> None:
    from voucherify_models.testing import make_webhook_envelope, signed_request

    envelope = make_webhook_envelope(type="customer.created", data={"customer": {"id": "cust_1"}})
    body, headers = signed_request(envelope, SECRET, indent=indent)
    vm.check_signature(body, headers[vm.SIGNATURE_HEADER], SECRET)
    assert vm.WebhookEnvelope.from_json(body).to_dict() == envelope.to_dict()
    with pytest.raises(vm.SignatureError):
        vm.check_signature(body, headers[vm.SIGNATURE_HEADER], "another secret")


SIGNATURE_CASES = json.loads((ROOT / "generated/fixtures/signatures.json").read_text())


def test_the_signature_fixtures_cover_the_vectors_and_each_way_to_fail() -> None:
    names = [c["name"] for c in SIGNATURE_CASES]
    assert names[:4] == ["vector-1", "vector-2", "vector-3", "vector-4"]
    assert {"example", "changed-value", "wrong-secret", "missing-header", "uppercase-hex"} <= set(names)
    assert {c["valid"] for c in SIGNATURE_CASES} == {True, False}


@pytest.mark.parametrize("case", SIGNATURE_CASES, ids=lambda c: c["name"])
def test_each_signature_fixture_is_accepted_or_refused_as_it_says(case: dict[str, Any]) -> None:
    body, signature, secret = case["body"].encode(), case["signature"], case["secret"]
    assert vm.verify_signature(body, signature, secret) is case["valid"]
    assert (signing.signature_of(body, secret.encode()) == signature) is case["valid"]
    if not case["valid"]:
        with pytest.raises(vm.SignatureError):
            vm.parse_webhook(body, signature=signature, secret=secret)
    elif case["name"].startswith("example"):
        assert isinstance(vm.parse_webhook(body, signature=signature, secret=secret), vm.CustomerCreatedWebhook)

"""The reference's "Receiving a webhook" handlers run as printed: FastAPI and Flask take a signed
request once, refuse a bad signature before reading, keep an authentic body the models refuse,
answer a re-try as done; the worker narrows on the type; all three pass ``mypy --strict``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import voucherify_models as vm
from conftest import GENERATED
from test_webhook_envelope import customer_created, seed_006_example
from voucherify_models import testing

PAGE = (GENERATED / "docs/webhook.md").read_text("utf-8")
SECTION = PAGE.split("## Receiving a webhook", 1)[1]
FASTAPI, FLASK, WORKER, PYDANTIC = re.findall(r"```python\n(.*?)```", SECTION, re.DOTALL)
SECRET = "handler-test-secret"


def load(code: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("WEBHOOK_SECRET", SECRET)
    namespace: dict[str, Any] = {"__name__": "handler_under_test"}
    exec(compile(code, "webhook.md", "exec"), namespace)
    return namespace


def signed(payload: dict[str, Any], secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    return testing.signed_request(vm.webhook_from_dict(payload), secret, indent=2)


def post_all(post: Any, namespace: dict[str, Any]) -> None:
    body, headers = signed(customer_created())
    assert post(body, headers) == 200
    assert post(body, headers) == 200  # the vendor's re-try: answered, not queued again
    assert namespace["work"].qsize() == 1
    assert isinstance(namespace["work"].get_nowait(), vm.CustomerCreatedWebhook)
    other_body, other_headers = signed({**seed_006_example(), "id": "whs_another"})
    assert post(other_body, other_headers) == 200
    assert isinstance(namespace["work"].get_nowait(), vm.OtherWebhook)
    assert post(body, {**headers, vm.SIGNATURE_HEADER: "0" * 64}) == 401
    assert post(body, {"content-type": "application/json"}) == 401
    assert post(b"not json", {vm.SIGNATURE_HEADER: vm.signature_of(b"not json", "other")}) == 401
    authentic = json.dumps({"type": "customer.created"}).encode()
    assert post(authentic, {vm.SIGNATURE_HEADER: vm.signature_of(authentic, SECRET)}) == 200
    assert [b for b, _ in namespace["refused"]] == [authentic] and namespace["work"].empty()


def test_the_fastapi_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    namespace = load(FASTAPI, monkeypatch)
    client = TestClient(namespace["app"])
    post_all(lambda body, headers: client.post("/webhooks", content=body, headers=headers).status_code, namespace)


def test_the_flask_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    namespace = load(FLASK, monkeypatch)
    client = namespace["app"].test_client()
    post_all(lambda body, headers: client.post("/webhooks", data=body, headers=headers).status_code, namespace)


def test_the_worker_takes_each_class(monkeypatch: pytest.MonkeyPatch) -> None:
    handle = load(WORKER, monkeypatch)["handle"]
    assert handle(vm.webhook_from_dict(customer_created())) == "modelled: EventCustomerCreatedData"
    assert handle(vm.webhook_from_dict(seed_006_example())) == "kept as it came: voucher.published"


def test_the_fastapi_handler_with_the_pydantic_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """Signature first, on the raw body; an authentic body the models refuse is answered 200 and
    kept, and no answer holds the models' internals."""
    import voucherify_pydantic as vp
    from fastapi.testclient import TestClient

    namespace = load(PYDANTIC, monkeypatch)
    client = TestClient(namespace["app"])

    def post(body: bytes, headers: dict[str, str]) -> int:
        answer = client.post("/webhooks", content=body, headers=headers)
        assert answer.content == b""
        return answer.status_code

    body, headers = signed(customer_created())
    assert post(body, headers) == 200
    assert post(body, headers) == 200  # a re-try
    taken = namespace["work"].get_nowait()
    assert isinstance(taken, vp.Webhook) and isinstance(taken.root, vp.CustomerCreatedWebhook)
    assert namespace["work"].empty()
    assert post(body, {**headers, vm.SIGNATURE_HEADER: "0" * 64}) == 401
    invalid = json.dumps({**customer_created(), "id": "whs_bad", "created_at": "yesterday"}).encode()
    assert post(invalid, {vm.SIGNATURE_HEADER: vm.signature_of(invalid, SECRET)}) == 200
    assert [b for b, _ in namespace["refused"]] == [invalid] and namespace["work"].empty()


@pytest.mark.slow
@pytest.mark.parametrize("name", ["fastapi", "flask", "worker", "pydantic"])
def test_each_handler_passes_mypy_strict(tmp_path: Path, name: str) -> None:
    code = {"fastapi": FASTAPI, "flask": FLASK, "worker": WORKER, "pydantic": PYDANTIC}[name]
    (tmp_path / f"handler_{name}.py").write_text(code)
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), str(tmp_path)],
        cwd=GENERATED / "python",
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": os.pathsep.join([str(GENERATED / "python"), str(GENERATED / "pydantic")])},
    )
    assert typed.returncode == 0, typed.stdout

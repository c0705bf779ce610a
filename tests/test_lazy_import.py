"""Importing the generated package loads no page module: each loads the first time one of its
names is asked for (PEP 562), and hands its classes to the C accelerator then."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from conftest import GENERATED, models_site
from test_speedups import needs_accelerator

PAGES = ("customer", "order", "customer_created_event", "webhook")


def run(code: str, pure: bool) -> str:
    """Run ``code`` in a child interpreter against the installed package; its standard output."""
    environment = {k: v for k, v in os.environ.items() if k != "VOUCHERIFY_MODELS_PURE"}
    if pure:
        environment["VOUCHERIFY_MODELS_PURE"] = "1"
    program = f"import sys; sys.path.insert(0, {str(models_site())!r})\n" + textwrap.dedent(code)
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=environment)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


# Prints the page modules imported so far.
LOADED = (
    "print(json.dumps(sorted(n.split('.')[-1] for n in sys.modules"
    f" if n.startswith('voucherify_models.') and n.split('.')[-1] in {list(PAGES)!r})))"
)


@pytest.mark.parametrize("pure", [True, False], ids=["pure", "C"])
def test_the_package_imports_no_page_module_until_a_name_is_used(pure: bool) -> None:
    out = run(
        f"""
        import json, sys
        import voucherify_models as vm
        {LOADED}
        vm.CustomerId
        {LOADED}
        """,
        pure,
    )
    first, second = (json.loads(line) for line in out.splitlines())
    assert first == []
    assert second == ["customer", "order"]  # order's classes use customer's


@pytest.mark.parametrize("pure", [True, False], ids=["pure", "C"])
def test_every_exported_name_loads_and_dir_lists_it(pure: bool) -> None:
    out = run(
        """
        import voucherify_models as vm
        from voucherify_models import *  # noqa: F403
        missing = [n for n in vm.__all__ if n not in dir(vm) or getattr(vm, n) is None]
        try:
            vm.NoSuchClass
        except AttributeError as err:
            print(missing, err)
        """,
        pure,
    )
    assert out == "[] module 'voucherify_models' has no attribute 'NoSuchClass'\n"


@needs_accelerator
def test_a_class_loaded_on_first_use_is_parsed_and_written_in_c() -> None:
    out = run(
        """
        import voucherify_models as vm
        from voucherify_models import _runtime
        body = {"id": "cust_1", "object": "customer"}
        parsed = _runtime._speedups.parse(vm.CustomerId, body)
        print(vm.SPEEDUPS, type(parsed).__name__, _runtime._speedups.dump(parsed) == body)
        """,
        pure=False,
    )
    assert out == "True CustomerId True\n"


@needs_accelerator
def test_the_webhook_union_reaches_its_cases_in_c() -> None:
    out = run(
        """
        import json
        from voucherify_models import CustomerCreatedWebhook, parse_webhook, _runtime
        from voucherify_models.testing import make_customer_created_webhook
        body = make_customer_created_webhook().to_dict()
        event = parse_webhook(json.dumps(body))
        print(type(event).__name__, _runtime._speedups.parse(type(event), body) is not None)
        """,
        pure=False,
    )
    assert out == "CustomerCreatedWebhook True\n"


@pytest.mark.parametrize("pure", [True, False], ids=["pure", "C"])
def test_a_union_loads_a_case_s_module_with_the_first_payload_of_that_case(
    pure: bool,
) -> None:
    """A webhook handler that imports parse_webhook loads the envelope's module only; the module of
    an event's data loads with the first body of that event, and in C from then on."""
    body = (GENERATED / "fixtures" / "valid" / "CustomerCreatedWebhook.full.json").read_text()
    out = run(
        f"""
        import json, sys
        from voucherify_models import parse_webhook, _runtime
        {LOADED}
        body = {body!r}
        first = parse_webhook(body)
        {LOADED}
        again = parse_webhook(body)
        fast = _runtime._speedups is not None and _runtime._speedups.parse(type(again), json.loads(body)) is not None
        print(type(first).__name__, first.to_dict() == json.loads(body), again == first, fast)
        """,
        pure,
    )
    before, after, outcome = out.splitlines()
    assert json.loads(before) == ["webhook"]
    assert json.loads(after) == ["customer", "customer_created_event", "webhook"]
    assert outcome == f"CustomerCreatedWebhook True True {not pure}"

"""voucherify_models.testing: a valid instance of every class, overrides, and the pytest plugin."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import voucherify_models as vm
from conftest import GENERATED, installed_models, project_model
from jsonschema import Draft202012Validator
from voucherify_models import testing

from generator.model.naming import snake

SPEC = project_model()
BUNDLE = json.loads((GENERATED / "jsonschema/voucherify.schema.json").read_text())


@pytest.mark.parametrize("model", SPEC.models, ids=lambda m: m.name)
def test_every_class_has_a_factory_whose_output_round_trips_and_validates(model) -> None:
    factory = getattr(testing, f"make_{snake(model.name)}")
    obj = factory()
    assert isinstance(obj, getattr(vm, model.name))
    data = obj.to_dict()
    assert type(obj).from_dict(data).to_dict() == data
    schema = Draft202012Validator(
        {**BUNDLE, "$ref": f"#/$defs/{model.name}"}, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    assert list(schema.iter_errors(data)) == []
    # Every field is set: all but additional_properties.
    assert len(data) == len(dataclasses.fields(obj)) - 1


def test_overrides_replace_fields_by_python_name() -> None:
    order = testing.make_order_calculated(status="PAID", metadata={"k": 1})
    assert (order.status, order.metadata) == ("PAID", {"k": 1})
    assert order.to_dict()["status"] == "PAID"
    with pytest.raises(TypeError, match="OrderCalculated has no field 'colour'"):
        testing.make_order_calculated(colour="red")


def test_each_call_gives_a_new_instance() -> None:
    first = testing.make_customer_with_summary_loyalty_referrals()
    first.metadata["changed"] = True
    assert "changed" not in testing.make_customer_with_summary_loyalty_referrals().metadata


def test_documented_examples_are_used() -> None:
    customer = testing.make_customer_referrals_campaigns_item()
    assert customer.campaign_id == "camp_rRsfatlwN7unSeUIJDCYedal"
    assert testing.make_order_response_base().customer_id == "cust_7iUa6ICKyU6gH40dBU25kQU1"


def test_testing_imports_without_pytest(tmp_path: Path) -> None:
    path = str(GENERATED / "python")
    code = f"import sys; sys.path.insert(0, {path!r}); import voucherify_models.testing; print('pytest' in sys.modules)"
    result = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.strip() == "False", result.stderr


def test_the_pytest_plugin_offers_the_factories_as_fixtures(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            def test_fixture(make_order_calculated, make_customer_id):
                order = make_order_calculated(status="CANCELED")
                assert order.status == "CANCELED"
                assert make_customer_id().object == "customer"
            """
        )
    )
    # The package as pip installs it: pytest finds the plugin through its pytest11 entry point.
    env = {"PYTHONPATH": str(installed_models())}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user.py"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_each_webhook_a_factory_makes_has_an_id_of_its_own() -> None:
    """A handler that drops re-tries by id must see two test requests as two (docs/outputs.md)."""
    first, second = vm.testing.make_customer_created_webhook(), vm.testing.make_customer_created_webhook()
    assert first.id != second.id and first.id.startswith(second.id.rsplit("-", 1)[0])
    assert vm.testing.make_webhook_envelope().id not in (first.id, second.id)
    assert vm.testing.make_customer_created_webhook(id="whs_1").id == "whs_1"
    assert type(vm.webhook_from_dict(first.to_dict())) is vm.CustomerCreatedWebhook

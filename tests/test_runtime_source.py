"""The runtime and the C engine of the Python models are source files of the generator
(``generator/outputs/python/runtime/``): checked here as code, and shipped as they are, only what
varies per spec (``_settings.py``, ``_tables.h``) rendered beside them."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from conftest import ENGINE_SOURCE, GENERATED, ROOT, project_model

from generator.emit.formatters import format_python
from generator.model.ir import PackageNames
from generator.outputs.python.package import settings
from generator.outputs.python.runtime import SIGNATURE_NAMES
from generator.pipeline import load_model

PYTHON_SOURCES = ("_runtime.py", "_signature.py")
SHIPPED = GENERATED / "python/voucherify_models"


def test_the_python_runtime_is_laid_out_as_black_lays_out_generated_code() -> None:
    for name in PYTHON_SOURCES:
        text = (ENGINE_SOURCE / name).read_text()
        assert format_python(text, disk_cache=False) == text, name


def test_the_package_ships_each_source_file_as_it_is_below_one_header_line() -> None:
    for name in (*PYTHON_SOURCES, "_speedups.c"):
        header, body = (SHIPPED / name).read_text().split("\n", 1)
        assert "Do not edit" in header
        assert body == (ENGINE_SOURCE / name).read_text(), name


def test_the_settings_stub_declares_exactly_what_the_settings_template_renders() -> None:
    stub = ast.parse((ENGINE_SOURCE / "_settings.pyi").read_text())
    declared = {
        node.target.id for node in stub.body if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    names = PackageNames("example_models", "example-models", "Example.")
    signed = project_model()
    unsigned = load_model(ROOT / "tests/specs/freight")
    assert signed.signature is not None and unsigned.signature is None
    assert {s.name for s in settings(signed, names)} == declared
    assert {s.name for s in settings(unsigned, names)} == declared - {"SIGNATURE_HEADER"}


def test_the_signature_module_offers_the_names_the_package_imports_from_it() -> None:
    tree = ast.parse((ENGINE_SOURCE / "_signature.py").read_text())
    (exported,) = (
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets)
    )
    assert set(SIGNATURE_NAMES) <= set(exported)


@pytest.mark.slow
def test_ruff_and_mypy_strict_pass_on_the_runtime_source() -> None:
    linted = subprocess.run(
        [sys.executable, "-m", "ruff", "check", str(ENGINE_SOURCE)], capture_output=True, text=True, cwd=ROOT
    )
    assert linted.returncode == 0, linted.stdout
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "-p", "generator.outputs.python.runtime"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert checked.returncode == 0, checked.stdout

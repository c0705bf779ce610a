"""The renderer: template overrides, and its memo of repeated fragments (once per key and build)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import SHIPPED, on_seed_pages, seed_spec

from generator import pipeline


@pytest.fixture
def run(run: Any) -> Any:
    return on_seed_pages(run)


def test_a_template_override_replaces_that_template_only(tmp_path: Path) -> None:
    shipped = (SHIPPED / "markdown/index.md.j2").read_text()
    (tmp_path / "markdown").mkdir()
    (tmp_path / "markdown/index.md.j2").write_text(shipped.replace("## Sources", "## Where it comes from"))
    plain = pipeline.build(seed_spec())
    custom = pipeline.build(seed_spec(), tmp_path)
    changed = {path for path in plain if plain[path] != custom[path]}
    assert changed == {"docs/README.md"}
    assert b"## Where it comes from" in custom["docs/README.md"]
    assert b"## Sources" not in custom["docs/README.md"]


def test_every_shipped_template_renders_the_same_bytes_in_the_sandbox(tmp_path: Path) -> None:
    """With an override folder, every template renders in Jinja's sandbox: the shipped ones too."""
    shutil.copytree(SHIPPED, tmp_path / "templates", ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    sandboxed = pipeline.build(seed_spec(), tmp_path / "templates")
    shipped = pipeline.build(seed_spec())
    # The overrides' Python goes through black whole (its layout is not the shipped templates'):
    # the same bytes, recorded in the manifest under that formatter.
    assert sandboxed.keys() == shipped.keys()
    assert {path for path in shipped if sandboxed[path] != shipped[path]} == {".manifest"}


@pytest.mark.parametrize(
    "template",
    [
        "{{ cycler.__init__.__globals__.os.popen('echo ran').read() }}",
        "{{ title.__class__.__mro__ }}",
        "{% set x = sources.append(1) %}",
    ],
)
def test_an_override_that_reaches_beyond_its_values_stops_the_run_where_it_does(
    template: str, tmp_path: Path, run: Any
) -> None:
    (tmp_path / "markdown").mkdir()
    (tmp_path / "markdown/index.md.j2").write_text(f"# Index\n\n{template}\n")
    result = run("regenerate", "--templates", tmp_path, "--out", tmp_path / "out")
    assert result.code == 2
    assert f"{tmp_path}/markdown/index.md.j2:3:1: while rendering docs/README.md:" in result.err
    assert "unsafe" in result.err or "not safely" in result.err or "immutable" in result.err
    assert not (tmp_path / "out").exists()

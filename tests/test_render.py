"""The renderer: template overrides, and its memo of repeated fragments (once per key and build)."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, SHIPPED

from generator import pipeline


def test_a_template_override_replaces_that_template_only(tmp_path: Path) -> None:
    shipped = (SHIPPED / "markdown/index.md.j2").read_text()
    (tmp_path / "markdown").mkdir()
    (tmp_path / "markdown/index.md.j2").write_text(shipped.replace("## Sources", "## Where it comes from"))
    plain = pipeline.build(ROOT / "spec")
    custom = pipeline.build(ROOT / "spec", tmp_path)
    changed = {path for path in plain if plain[path] != custom[path]}
    assert changed == {"docs/README.md"}
    assert b"## Where it comes from" in custom["docs/README.md"]
    assert b"## Sources" not in custom["docs/README.md"]

"""The renderer: template overrides, and its memo of repeated fragments (once per key and build)."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, SHIPPED

from generator import pipeline
from generator.render import environment


def test_once_renders_a_fragment_once_per_key_and_build(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text(
        "{% macro frag(x) %}{{ count(x) }}{% endmacro %}"
        '{{ once("a", frag, 1) }} {{ once("a", frag, 2) }} {{ once("b", frag, 3) }}'
    )
    calls: list[int] = []

    def count(x: int) -> str:
        calls.append(x)
        return f"<{x}>"

    env = environment(tmp_path)
    template = env.get_template("t.j2")
    assert template.render(count=count) == "<1> <1> <3>"
    assert template.render(count=count) == "<1> <1> <3>"  # later files of the same build reuse it
    assert calls == [1, 3]
    assert environment(tmp_path).get_template("t.j2").render(count=count) == "<1> <1> <3>"
    assert calls == [1, 3, 1, 3]  # a new build renders afresh


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

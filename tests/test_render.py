"""The renderer's memo of repeated fragments: one rendering per key and build, never across builds."""

from __future__ import annotations

from pathlib import Path

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

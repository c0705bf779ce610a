"""Long Python sources are formatted in pieces (generator/emit/pieces.py), their long statements
laid out first (generator/emit/prelay.py), and the templates' Python is laid out without black's
pass over the whole (generator.emit.formatters.lay_out): the bytes must be what black gives the
whole source, for any module, and for the modules the generator renders from any spec."""

from __future__ import annotations

import ast
from pathlib import Path

import black
import pytest
import yaml
from conftest import ROOT, examples, write_spec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.emit import formatters, pieces
from generator.emit.formatters import BLACK_LINE_LENGTH, lay_out
from generator.emit.prelay import prelaid
from generator.emit.render import environment
from generator.outputs.job import Job
from generator.outputs.pytext import string_literal, wrap
from generator.outputs.registry import chosen
from generator.pipeline import load_model

MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)


def whole(source: str) -> str:
    return black.format_str(source, mode=MODE)


def black_at(source: str, width: int) -> str | None:
    mode = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=width)
    try:
        return black.format_str(source, mode=mode)
    except black.InvalidInput:
        return None


def laid(source: str) -> str:
    return prelaid(source, BLACK_LINE_LENGTH, black_at)


def in_pieces(source: str, lines: int) -> str | None:
    cut = pieces.cut(source, lines)
    return pieces.joined(cut, {text: whole(text) for piece in cut for text in piece.inputs})


names = st.sampled_from(["a", "value", "CustomerWithSummaryLoyaltyReferrals", "x_1", "parse_thing", "_T"])
literals = st.sampled_from(["1", "'text'", '"text"', "None", "[1, 2,]", "{'k': 'v'}", "(1,)", "3.50"])
comments = st.sampled_from(["", "# a comment\n", "\n\n# two blank lines, then a comment\n", "\n\n\n\n"])
blank = st.sampled_from(["", "\n", "\n\n", "\n\n\n"])


@st.composite
def statement(draw: st.DrawFn) -> str:
    name, value = draw(names), draw(literals)
    many = ", ".join(draw(st.lists(literals, min_size=1, max_size=30)))
    kind = draw(st.integers(0, 11))
    body = {
        0: f"{name} = {value}\n",
        1: f"{name}: dict[str, Any] = {{'key': {value}, 'other': [{many}]}}\n",
        2: f"from .module import {', '.join(draw(st.lists(names, min_size=1, max_size=25)))}\n",
        3: f"def {name}(a, b = {value}):\n    '''Doc.'''\n    return [{many}]\n",
        4: f"@decorator\n@other({value})\ndef {name}():\n    pass\n",
        5: f"class {name}(Base):\n    '''Doc.'''\n    x: int = {value}\n\n    def m(self):  # why\n"
        f"        return {value}\n",
        6: f"class {name}: ...\n",
        7: "'''A bare string.'''\n",
        8: f"if {name}:\n    {name} = {value}\nelse:\n    pass\n",
        9: f"import os, sys\n{name} = frozenset({{{many}}})\n",
        10: f"class {name}:\n    def m(self, {name}_argument, other_argument={value}) -> dict[str, list[int]]:\n"
        f"        if {name} and {name}_argument and other_argument and {name} is not other_argument and {name}:\n"
        f"            return call_something({many}, key={value}, other=[{many}])  # a comment\n"
        f"        return {{'key': [{many}], 'other': ({many},)}}\n",
        11: f"for {name} in range(3):\n"
        f"    {name}_total = {name}_total + {name} * 1000000000 + {name} * 2000000000 + 3000000000\n",
    }[kind]
    return draw(comments) + body + draw(blank)


@pytest.mark.slow  # black over made-up modules
@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(statement(), min_size=1, max_size=25), st.sampled_from(["", '"""Module."""\n\n']), st.integers(1, 8))
def test_any_module_in_pieces_is_the_whole_formatted(parts: list[str], head: str, lines: int) -> None:
    source = head + "".join(parts)
    assert in_pieces(source, lines) == whole(source)
    assert whole(laid(source)) == whole(source)


def rendered_modules(*folders: Path) -> list[str]:
    """The Python the templates render for the specs in ``folders``, before black."""
    env = environment(None)
    found = []
    for folder in folders or (ROOT / "spec", ROOT / "tests/specs/freight"):
        model = load_model(folder)
        outputs, _ = chosen(model.project.outputs)
        for output in outputs:
            for job in output.jobs(model):
                if isinstance(job, Job) and job.formatter == "python":
                    found.append(env.get_template(job.template).render(**job.context))
    return found


@pytest.mark.slow
def test_the_generator_s_own_modules_in_pieces_are_the_whole_formatted() -> None:
    modules = rendered_modules()
    assert len(modules) > 10
    cut_into_many = 0
    for source in modules:
        cut = pieces.cut(source, 60)
        cut_into_many += len(cut) > 2
        assert pieces.joined(cut, {text: whole(text) for piece in cut for text in piece.inputs}) == whole(source)
    assert cut_into_many >= 5


def test_short_sources_directives_and_broken_python_stay_whole() -> None:
    long = "x = 1\n" * 100
    assert len(pieces.cut(long, 10)) > 1
    assert len(pieces.cut(long, 60)) == 1  # shorter than twice the piece
    assert len(pieces.cut("# fmt: off\n" + long, 10)) == 1
    assert len(pieces.cut(long + "def (:\n", 10)) == 1
    assert len(pieces.cut(long.replace("\n", "\r\n"), 10)) == 1


def test_a_bare_string_is_never_a_context() -> None:
    source = "'''doc'''\n" + "x = 1\n'''a string'''\n" * 30
    for piece in pieces.cut(source, 2):
        assert not piece.context.strip().startswith("'''")


def test_what_the_layout_cannot_take_goes_to_black_whole_and_what_is_no_python_to_none() -> None:
    inside = "x = [\n    " + ", ".join(f"value_{k}" for k in range(30)) + "\n]\n"  # long, in a longer statement
    wide = "x = '" + "\u6f22" * 60 + "'\ny = call(x, x)\n"  # 63 characters, 123 columns
    quoted = "x = 'text'\n"  # not black's layout at all, but short: the templates never write it
    assert lay_out(inside) == whole(inside) != inside
    assert lay_out(wide) == whole(wide)
    assert lay_out("def broken(:\n") is None
    assert lay_out(quoted) == quoted != whole(quoted)


def test_a_long_one_line_docstring_needs_no_black_over_the_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """black never splits a string: a docstring wider than the limit is no reason to format the
    whole module (the factories' docstrings name long class names)."""
    source = 'def f() -> None:\n    """' + "A valid ``Name``, " * 8 + 'end."""\n\n\nx = 1\n'
    assert lay_out(source) == whole(source) == source

    def no_black(text: str) -> str:
        raise AssertionError("black ran over the whole module")

    monkeypatch.setattr(formatters, "_black_or_none", no_black)
    assert lay_out(source) == source


@pytest.mark.slow  # black over every module of both specs
def test_the_templates_python_laid_out_is_black_s_for_the_project_and_the_second_spec() -> None:
    """What the build writes for the templates' Python without black's whole pass is black's."""
    modules = rendered_modules()
    assert len(modules) > 10
    for source in modules:
        assert lay_out(source) == whole(source)


# Spec text that reaches Python: docstrings, string literals of enum values and wire names, and
# names long enough to make any statement too long.
TEXTS = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=120)
SHORT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=40)
WIRE = st.from_regex(r"[a-z][a-z0-9_]{0,40}", fullmatch=True) | st.sampled_from(
    ["class", "x.y", "a b", "2fa", "\u00e9t\u00e9"]
)


@st.composite
def texted_specs(draw: st.DrawFn) -> dict[str, object]:
    """A valid spec whose descriptions, enum values, titles and names are any text."""
    count = draw(st.integers(1, 3))
    objects: dict[str, object] = {}
    for index in range(count):
        title = f"Thing {chr(65 + index)}" + draw(
            st.sampled_from(["", " With A Rather Long Title For A Class Name Here"])
        )
        fields: dict[str, object] = {}
        for name in draw(st.lists(WIRE, min_size=1, max_size=8, unique_by=lambda n: n.replace(" ", "_").lower())):
            field: dict[str, object] = draw(
                st.sampled_from(
                    [
                        {"type": "string"},
                        {"type": "integer", "nullable": True},
                        {"type": "array", "items": {"type": "string"}},
                        {"type": "object", "map": {"values": {"type": "number"}}},
                    ]
                )
            )
            field = dict(field)
            if draw(st.booleans()):
                field = {"type": "string", "enum": draw(st.lists(SHORT, min_size=1, max_size=12, unique=True))}
            if draw(st.booleans()):
                field["description"] = draw(TEXTS)
            fields[name] = field
        described = {"description": draw(TEXTS)} if draw(st.booleans()) else {}
        objects[title] = {**described, "fields": fields}
    return {"spec_version": 1, "page": {"id": "texts", "title": draw(SHORT), "source": "doc"}, "objects": objects}


@pytest.mark.slow
@settings(max_examples=examples(20), deadline=None, suppress_health_check=list(HealthCheck))
@given(texted_specs())
def test_the_templates_python_laid_out_is_black_s_for_any_spec(
    tmp_path_factory: pytest.TempPathFactory, spec: dict[str, object]
) -> None:
    folder = write_spec(
        tmp_path_factory.mktemp("texts") / "spec", {"texts.yaml": yaml.safe_dump(spec, allow_unicode=True)}
    )
    try:
        modules = rendered_modules(folder)
    except Exception as exc:  # noqa: BLE001 - two drawn names may meet after naming: not this test's matter
        assert "both become" in str(exc) or "GenerationError" in type(exc).__name__, exc
        return
    for source in modules:
        assert lay_out(source) == whole(source)


@given(st.text(st.sampled_from(list("ab'\"\\\n\t\u00e9\u200b\U0004790c")), max_size=16) | st.text(max_size=16))
def test_a_string_literal_is_written_as_black_writes_it_and_reads_back_as_the_text(text: str) -> None:
    source = f"X = {string_literal(text)}\n"
    assert whole(source) == source
    assert ast.literal_eval(string_literal(text)) == text


def test_a_description_ending_with_a_line_break_starts_no_paragraph_with_a_space() -> None:
    """Found by the made-up specs: the class docstring's next paragraph was indented one space
    more than black writes it."""
    assert wrap("An object.\n" + "\n\nSource: A document.") == "An object.\n\nSource: A document."
    source = 'class A:\n    """' + docstring_body(wrap("An object.\n\n\nSource: A document.")) + '"""\n'
    assert lay_out(source) == whole(source) == source


def docstring_body(text: str) -> str:
    return text.replace("\n", "\n    ").replace("    \n", "\n")

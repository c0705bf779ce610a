"""The helpers that put spec text into generated Python and TOML: whatever the text, the literal
holds it exactly and nothing in it runs."""

from __future__ import annotations

import ast
import tomllib

from hypothesis import given
from hypothesis import strategies as st

from generator.outputs.pytext import docstring, header, python_string, toml_string

HOSTILE = [
    '"""; import os; os.system("echo pwned"); """',
    "'''\\",
    'ends with a quote"',
    "ends with a backslash\\",
    "{{ 7 * 7 }} {% if x %}",
    "line\u2028separator\u2029paragraph\x00nul\x0cfeed\rreturn\x1b[31m",
    "é ünïcödé 🚀 " + "x" * 5000,
]


@given(st.text() | st.sampled_from(HOSTILE))
def test_docstring_literal_holds_the_text_and_runs_nothing(text: str) -> None:
    literal = docstring(text)
    tree = ast.parse(f"def f():\n    {literal}\n")
    (function,) = tree.body
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 1
    assert ast.get_docstring(function, clean=False) == ast.literal_eval(literal)
    assert all(line.isprintable() for line in literal.splitlines())
    assert ast.literal_eval(docstring(text, indent="")) == text.strip()


@given(st.text() | st.sampled_from(HOSTILE))
def test_string_literal_holds_the_text(text: str) -> None:
    literal = python_string(text)
    assert ast.literal_eval(literal) == text
    assert isinstance(ast.parse(literal).body[0], ast.Expr)


@given(st.text() | st.sampled_from(HOSTILE))
def test_a_module_header_is_one_comment_line_whatever_the_source_name(text: str) -> None:
    line = header(text)
    assert line.startswith("# ") and "\n" not in line and line.isprintable()
    assert ast.parse(line + "\nx = 1\n").body[0].lineno == 2  # the next line is code, nothing else


@given(st.text() | st.sampled_from(HOSTILE))
def test_toml_string_holds_the_text_and_adds_no_key(text: str) -> None:
    parsed = tomllib.loads(f"description = {toml_string(text)}\n")
    assert list(parsed) == ["description"]
    expected = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    assert parsed["description"] == expected

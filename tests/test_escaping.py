"""The helpers that put spec text into generated Python: whatever the text, the literal holds it
exactly and nothing in it runs."""

from __future__ import annotations

import ast

from hypothesis import given
from hypothesis import strategies as st

from generator.targets.python import docstring, python_string

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

"""format_json writes the standard library's exact bytes (invisible characters escaped), through
orjson wherever those agree."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import examples
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.emit import formatters
from generator.emit.formatters import format_json
from generator.outputs.invisible import CODES, json_escaped

LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()  # unbounded: orjson refuses beyond 64 bits
    | st.floats()  # NaN, infinities, subnormals, exponents
    | st.floats(min_value=-1e20, max_value=1e20)
    | st.text()  # lone surrogates, control characters, line separators
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=24,
)


def reference(text: str) -> str:
    return json_escaped(json.dumps(json.loads(text), indent=2, ensure_ascii=False)) + "\n"


@settings(max_examples=examples(400))
@given(VALUES)
@example(1e16)
@example([1e-05, 0.0001, -0.0, 5e-324, 1.7976931348623157e308])
@example({"big": 2**64, "neg": -(2**63) - 1})
@example("\ud800 \u2028 \x7f \x00 \x1f")
def test_same_bytes_as_the_standard_library(value: Any) -> None:
    text = json.dumps(value)  # ASCII, so lone surrogates travel as escapes
    assert format_json(text) == reference(text)


def test_nesting_deeper_than_orjson_writes() -> None:
    deep: Any = 1
    for _ in range(400):
        deep = [deep]
    text = json.dumps(deep)
    assert format_json(text) == reference(text)


def test_documents_without_unusual_numbers_skip_the_pure_python_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> str:
        raise AssertionError("json.dumps ran")

    monkeypatch.setattr(formatters.json, "dumps", refuse)
    assert format_json('{"a": [1, 2.5, "x", null, true], "b": {}}') == (
        '{\n  "a": [\n    1,\n    2.5,\n    "x",\n    null,\n    true\n  ],\n  "b": {}\n}\n'
    )
    with pytest.raises(AssertionError):
        format_json("[1e-07]")  # Python spells it with an exponent, orjson does not


@settings(max_examples=examples(400))
@given(VALUES)
@example({"wire\u202ename": ["\u2066x\u2069", "\U000e0041", "\ud800", "\x7f\x85\u2028"]})
def test_invisible_characters_are_escaped_and_the_value_is_the_same(value: Any) -> None:
    written = format_json(json.dumps(value))
    assert not any(ord(ch) in CODES for ch in written.replace("\n", ""))
    assert json.dumps(json.loads(written)) == json.dumps(value)  # the same value (NaN compares by text)

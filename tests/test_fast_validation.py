"""jsonschema-rs decides that a spec file is valid; Python's jsonschema, only on a rejection, says
where and why. The two must never disagree in the direction that would let a bad file through."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
import yaml
from conftest import ROOT, examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_robustness import MUTATIONS, specs

from generator.spec.loader import fast_validator, rust_dialect, spec_validator

SPEC_FILES = sorted((ROOT / "spec").glob("*.yaml"))


def agree(doc: Any) -> None:
    slow_ok = not any(True for _ in spec_validator().iter_errors(doc))
    if fast_validator().is_valid(doc):
        assert slow_ok, "jsonschema-rs accepted what jsonschema rejects"


@pytest.mark.parametrize("path", SPEC_FILES, ids=lambda p: p.name)
def test_the_project_spec_takes_the_fast_path(path) -> None:
    assert fast_validator().is_valid(yaml.safe_load(path.read_text()))


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs(), st.sampled_from([None, *MUTATIONS]))
def test_fast_and_full_validation_agree_on_fuzzed_specs(spec: dict[str, Any], mutation: Any) -> None:
    spec = copy.deepcopy(spec)  # the strategies share their leaf dicts between examples
    if mutation is not None:
        mutation[1](spec)
    agree(spec)


LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8))


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SPEC_FILES), st.data())
def test_fast_and_full_validation_agree_on_edited_project_specs(path, data: st.DataObject) -> None:
    """One value of a real spec file replaced by a random one (a string, a number, null...)."""
    doc = copy.deepcopy(yaml.safe_load(path.read_text()))
    node: Any = doc
    for _ in range(data.draw(st.integers(1, 6))):
        keys = list(node) if isinstance(node, dict) else list(range(len(node))) if isinstance(node, list) else []
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        if not isinstance(node[key], dict | list) or data.draw(st.booleans()):
            node[key] = data.draw(LEAVES)
            break
        node = node[key]
    agree(doc)


def _patterns(schema: Any) -> set[str]:
    if isinstance(schema, dict):
        found = {schema["pattern"]} if isinstance(schema.get("pattern"), str) else set()
        return found.union(*(_patterns(v) for v in schema.values()))
    if isinstance(schema, list):
        return set().union(*(_patterns(v) for v in schema))
    return set()


def test_the_rust_patterns_accept_nothing_python_refuses() -> None:
    """Every pattern of the spec format, on strings made of every code point below U+3100 and each
    Unicode space: whatever Rust accepts, Python's re accepts too."""
    import jsonschema_rs

    for pattern in _patterns(spec_validator().schema):
        python = re.compile(pattern)
        rust = jsonschema_rs.Draft202012Validator({"type": "string", "pattern": rust_dialect(pattern)})
        spaces = "\u0085\u00a0\u1680\u180e\u2000\u2001\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
        for ch in [chr(c) for c in range(0x3100) if not 0xD800 <= c <= 0xDFFF] + list(spaces):
            for text in (ch, f"a{ch}", f"{ch}a", f"a{ch}b", f"A{ch}", f"a.{ch}"):
                if rust.is_valid(text):
                    assert python.search(text), (pattern, text)

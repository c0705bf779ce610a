"""Every accepted value writes back: what JSON cannot hold, or the writers cannot write, is refused
with a ValidationError at its path, in C and in Python, with orjson and without; the depth limit
is the same everywhere (MAX_DEPTH)."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
import voucherify_models as vm
from conftest import examples, write_spec
from hypothesis import given, settings
from hypothesis import strategies as st
from test_robustness import RECURSIVE, load_package
from test_speedups import ACCELERATOR, needs_accelerator, outcome, pure, same_parse
from voucherify_models import _runtime

from generator import pipeline
from generator.model.ir import MAX_DEPTH

CUSTOMER = vm.CustomerWithSummaryLoyaltyReferrals


def nested(levels: int) -> Any:
    """A free-form value of ``levels`` nested objects."""
    value: Any = "leaf"
    for _ in range(levels):
        value = {"x": value}
    return value


def errors(call: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """The problems a call reports (the ValidationError of any generated package)."""
    try:
        call()
    except ValueError as err:
        if type(err).__name__ != "ValidationError":
            raise
        return [(e.path, e.message) for e in err.errors]  # type: ignore[attr-defined]
    return []


def test_the_runtime_and_the_generator_share_one_depth_limit() -> None:
    assert _runtime.MAX_DEPTH == MAX_DEPTH == 256


def test_free_form_values_nest_up_to_the_limit_and_no_further() -> None:
    # The customer is level 1; the objects of its metadata are levels 2 and on.
    within = nested(MAX_DEPTH - 1)
    customer = CUSTOMER.from_dict({"metadata": within})
    assert customer.metadata is within  # kept as it came
    assert CUSTOMER.from_json(customer.to_json()).to_dict() == {"metadata": within}
    beyond = nested(MAX_DEPTH)
    path = ("metadata", *["x"] * (MAX_DEPTH - 1))
    assert same_parse(CUSTOMER, {"metadata": beyond})[0] == "ValidationError"
    assert errors(lambda: CUSTOMER.from_dict({"metadata": beyond})) == [(path, "nested deeper than 256 levels")]


def test_unknown_keys_are_held_to_the_same_rules() -> None:
    payload = {"extra": nested(MAX_DEPTH), "inf": math.inf, "set": {1, 2}}
    with pure():
        expected = errors(lambda: CUSTOMER.from_dict(payload))
    assert errors(lambda: CUSTOMER.from_dict(payload)) == expected
    assert sorted(expected) == [
        (("extra", *["x"] * (MAX_DEPTH - 1)), "nested deeper than 256 levels"),
        (("inf",), "expected a finite number, got inf"),
        (("set",), "expected a JSON value, got set"),
    ]


@pytest.mark.parametrize("orjson", [True, False], ids=["orjson", "standard library"])
@pytest.mark.parametrize("levels", [MAX_DEPTH - 2, MAX_DEPTH - 1, 1000, 1020, 1030, 100_000])
def test_json_text_nested_beyond_the_limit_is_invalid_json_with_or_without_orjson(
    levels: int, orjson: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not orjson:
        monkeypatch.setattr(_runtime, "_orjson", None)
    text = "[" * levels + "]" * levels
    body = '{"metadata": {"x": ' + text + "}}"
    # The customer is level 1 and metadata level 2: the arrays fit while levels <= MAX_DEPTH - 2.
    # Deeper text is refused before either parser reads it, so orjson's limit (1,024) and the
    # standard library's (the recursion limit) never decide.
    if levels <= MAX_DEPTH - 2:
        assert CUSTOMER.from_json(body).to_json() == body.replace(" ", "")
    else:
        assert errors(lambda: CUSTOMER.from_json(body)) == [((), "invalid JSON: nested deeper than 256 levels")]


@pytest.mark.parametrize("orjson", [True, False], ids=["orjson", "standard library"])
@pytest.mark.parametrize("number", ["1e400", "-1e400", "1255e255926290448384"])
def test_a_number_beyond_float_range_is_refused_at_its_path(
    number: str, orjson: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not orjson:
        monkeypatch.setattr(_runtime, "_orjson", None)
    for body, path in ((f'{{"metadata": {{"x": {number}}}}}', ("metadata", "x")), (f'{{"zz": {number}}}', ("zz",))):
        found = errors(lambda body=body: CUSTOMER.from_json(body))  # type: ignore[misc]
        assert found == [(path, f"expected a finite number, got {float(number)!r}")]
        with pure():
            assert errors(lambda body=body: CUSTOMER.from_json(body)) == found  # type: ignore[misc]


@pytest.mark.parametrize("text", ["9999-12-31T23:59:59.999-01:00", "0001-01-01T00:00:00.000+01:00"])
def test_a_date_time_without_a_utc_form_is_refused_when_parsed(text: str) -> None:
    message = f"date-time out of range in UTC: {text!r}"
    for call in (
        lambda: CUSTOMER.from_json(json.dumps({"created_at": text})),
        lambda: CUSTOMER.from_dict({"created_at": text}),
    ):
        assert errors(call) == [(("created_at",), message)]
        with pure():
            assert errors(call) == [(("created_at",), message)]
    assert CUSTOMER.from_dict({"created_at": "9999-12-31T23:59:59.999Z"}).to_json()  # the very last instant writes


def test_a_date_time_set_by_hand_that_has_no_utc_form_is_a_value_error_when_written() -> None:
    from datetime import datetime, timedelta, timezone

    customer = CUSTOMER(created_at=datetime(9999, 12, 31, 23, 59, tzinfo=timezone(-timedelta(hours=1))))
    with pytest.raises(ValueError, match="date-time out of range in UTC"):
        customer.to_dict()
    with pure(), pytest.raises(ValueError, match="date-time out of range in UTC"):
        customer.to_dict()


JSON_TEXT = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(alphabet='ab"\\[]{}é'),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(alphabet='ab"[{', max_size=3), inner, max_size=3)
    ),
    max_leaves=20,
).map(json.dumps)


@needs_accelerator
@settings(max_examples=examples(500), deadline=None)
@given(
    JSON_TEXT
    | st.text(alphabet='[]{}"\\ax', max_size=40)
    | st.binary(max_size=40)
    | st.integers(0, 300).map(lambda n: "[" * n + '"]]\\"' + "]" * n),
    st.integers(0, 6),
)
def test_the_depth_scan_in_c_agrees_with_python(text: str | bytes, limit: int) -> None:
    assert ACCELERATOR.deeper_than(text, limit) == _runtime.deeper_than(text, limit)  # type: ignore[union-attr]
    data = text.encode() if isinstance(text, str) else text
    assert ACCELERATOR.deeper_than(memoryview(data), limit) == _runtime.deeper_than(memoryview(data), limit)  # type: ignore[union-attr]


def test_the_depth_scan_counts_brackets_outside_strings_only() -> None:
    assert _runtime.deeper_than("[[[]]]", 2) and not _runtime.deeper_than("[[[]]]", 3)
    assert not _runtime.deeper_than('["[[[[", "\\"[[["]', 1)
    assert _runtime.deeper_than(b'{"a": [{"b": [1]}]}', 3)
    assert not _runtime.deeper_than('"unterminated [[[[[[', 1)
    assert not _runtime.deeper_than(12345, 0)  # type: ignore[arg-type]


# The tree of test_robustness, whose nodes also hold an object with an array.
TREE = RECURSIVE + "      meta: {type: object, fields: {tags: {type: array, items: {type: string}}}}\n"


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The models of a recursive spec (a tree of nodes), imported in this process."""
    folder = tmp_path_factory.mktemp("tree")
    write_spec(folder / "spec", {"tree.yaml": TREE})
    return load_package(pipeline.build(folder / "spec"), folder, "limit_tree_models")


def chain(nodes: int) -> dict[str, Any]:
    """``nodes`` nodes, each the only child of the one before: 2 * nodes - 1 levels."""
    node: dict[str, Any] = {"label": "leaf"}
    for _ in range(nodes - 1):
        node = {"label": "n", "children": [node]}
    return node


def chain_text(nodes: int) -> str:
    """The JSON text of ``chain(nodes)`` (json.dumps meets the recursion limit at 5,000 levels)."""
    return '{"label": "n", "children": [' * (nodes - 1) + '{"label": "leaf"}' + "]}" * (nodes - 1)


@pytest.mark.parametrize("nodes", [128, 129, 450, 5000])
def test_a_recursive_spec_takes_payloads_up_to_the_limit_and_refuses_deeper_ones(tree: Any, nodes: int) -> None:
    payload = chain(nodes)
    levels = 2 * nodes - 1
    result = errors(lambda: tree.Node.from_dict(payload))
    if levels <= MAX_DEPTH:
        assert result == [] and tree.Node.from_dict(payload).to_dict() == payload
        assert tree.Node.from_json(chain_text(nodes)).to_dict() == payload
    else:
        path = ("children", 0) * (MAX_DEPTH // 2)
        assert result == [(path, "nested deeper than 256 levels")]
        expected = [((), "invalid JSON: nested deeper than 256 levels")]
        assert errors(lambda: tree.Node.from_json(chain_text(nodes))) == expected


def test_a_recursive_class_checks_its_arrays_too(tree: Any) -> None:
    # 255 levels of nodes and arrays, then the leaf's meta object (256) and its tags array (257).
    leaf = chain(128)
    deepest = leaf
    while "children" in deepest:
        deepest = deepest["children"][0]
    deepest["meta"] = {"tags": ["a"]}
    assert errors(lambda: tree.Node.from_dict(leaf)) == [
        (("children", 0) * 127 + ("meta", "tags"), "nested deeper than 256 levels")
    ]


def test_a_spec_that_nests_deeper_than_the_limit_without_a_cycle_is_refused(
    run: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    chain = "".join(f"  Link {i}:\n    fields: {{next: {{ref: Link {i + 1}}}}}\n" for i in range(300))
    page = f"spec_version: 1\npage: {{id: links, title: Links, source: doc}}\nobjects:\n{chain}"
    write_spec(tmp_path / "spec", {"links.yaml": page + "  Link 300:\n    fields: {end: {type: string}}\n"})
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.code == 2
    assert result.err.splitlines()[0] == "spec/links.yaml:4:3: Link0 nests objects and arrays deeper than 256 levels"


def test_outcomes_agree_for_payloads_at_every_depth_around_the_limit() -> None:
    for levels in range(MAX_DEPTH - 4, MAX_DEPTH + 4):
        payload = {"metadata": nested(levels - 1)}  # levels in all, the customer included
        fast = outcome(lambda payload=payload: CUSTOMER.from_dict(payload))  # type: ignore[misc]
        with pure():
            assert outcome(lambda payload=payload: CUSTOMER.from_dict(payload)) == fast  # type: ignore[misc]
        assert (fast[0] == "value") == (levels <= MAX_DEPTH), levels

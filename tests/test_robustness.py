"""Interrupted and concurrent runs, huge and deep payloads, recursive specs, and fuzzed specs."""

from __future__ import annotations

import copy
import importlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
import voucherify_models as vm
import yaml
from conftest import ROOT, examples, tree, write_spec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import model_payloads

from generator import pipeline
from generator.diagnostics import GenerationError
from generator.emit import writer

# Builds, installs or long searches: the slow tier (pytest -m slow).
pytestmark = pytest.mark.slow


def test_two_runs_at_once_leave_a_whole_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "generator", "regenerate", "--out", str(out)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    assert [run.wait() for run in runs] == [0, 0, 0]
    assert tree(out) == tree(ROOT / "generated")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.new-")]


def test_an_unwritable_location_fails_cleanly(run, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    assert run("regenerate", "--out", out).code == 0
    (out / "jsonschema/CustomerId.schema.json").write_text("{}\n")
    before = tree(out)

    def refuse(*args: Any, **kwargs: Any) -> str:
        raise PermissionError(13, "Permission denied", str(tmp_path))

    monkeypatch.setattr(writer.tempfile, "mkdtemp", refuse)  # what a read-only parent folder gives
    result = run("regenerate", "--out", out)
    assert (result.code, result.err) == (2, f"{tmp_path}: Permission denied; nothing written\n")
    assert tree(out) == before


def test_a_million_element_array_is_handled_and_located() -> None:
    stacked = [f"r_{i}" for i in range(1_000_000)]
    assert len(vm.OrderRedemptions.from_dict({"stacked": stacked}).stacked) == 1_000_000
    stacked[-1] = 7
    with pytest.raises(vm.ValidationError) as caught:
        vm.OrderRedemptions.from_json(vm._runtime.dumps({"stacked": stacked}))
    assert [e.path for e in caught.value.errors] == [("stacked", 999_999)]


def test_metadata_nested_100000_deep_is_refused_at_once() -> None:
    deep: Any = 1
    for _ in range(100_000):
        deep = [deep]
    # Refused where it first goes beyond MAX_DEPTH, so that nothing is accepted that cannot be written.
    with pytest.raises(vm.ValidationError, match=r"^\$\.metadata\.deep(\[0\]){254}: nested deeper than 256 levels$"):
        vm.CustomerBase.from_dict({"metadata": {"deep": deep}})
    text = '{"metadata": {"deep": ' + "[" * 100_000 + "]" * 100_000 + "}}"
    with pytest.raises(vm.ValidationError, match="invalid JSON: nested deeper than 256 levels"):
        vm.CustomerBase.from_json(text)


RECURSIVE = """\
spec_version: 1
page: {id: tree, title: Tree, source: doc}
objects:
  Node:
    fields:
      label: {type: string}
      children: {type: array, items: {ref: Node}}
      parent: {ref: Node, nullable: true}
"""


def test_a_recursive_spec_generates_and_parses(tmp_path: Path) -> None:
    write_spec(tmp_path / "spec", {"tree.yaml": RECURSIVE})
    module = load_package(pipeline.build(tmp_path / "spec"), tmp_path, "tree_models")
    payload = {"label": "a", "children": [{"label": "b", "children": [], "parent": None}]}
    assert module.Node.from_dict(payload).to_dict() == payload
    assert module.testing.make_node().to_dict() == {"label": "label-1"}


def load_package(files: dict[str, bytes], folder: Path, name: str) -> Any:
    """Import the generated models under their own package name (they import each other relatively)."""
    package = folder / "site" / name
    for path, data in files.items():
        if path.startswith("python/example_models/"):
            target = package / path.removeprefix("python/example_models/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    sys.path.insert(0, str(folder / "site"))
    try:
        module = importlib.import_module(name)
        importlib.import_module(f"{name}.testing")
        return module
    finally:
        sys.path.remove(str(folder / "site"))


# -- fuzzed specs --------------------------------------------------------------------------------

NAMES = st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True) | st.sampled_from(
    ["class", "type", "2fa", "sign-up", "Name", "field", "date", "id", "from_dict", "x.y", "a b"]
)
SCALARS = st.sampled_from(
    [
        {"type": "string"},
        {"type": "string", "nullable": True},
        {"type": "string", "enum": ["A", "b-c"]},
        {"type": "string", "format": "date-time"},
        {"type": "string", "format": "date", "nullable": True},
        {"type": "integer"},
        {"type": "number", "nullable": True},
        {"type": "boolean"},
        {"type": "object"},
    ]
)


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    """A valid spec: 2-4 objects with scalar, nested, map, array, reference and union fields, and an all-of."""
    count = draw(st.integers(2, 4))
    titles = [f"Thing {chr(65 + i)}" for i in range(count)]

    def type_node(index: int, depth: int) -> Any:
        later = titles[index + 1 :]
        options = [SCALARS]
        if later:
            options.append(st.sampled_from(later).map(lambda t: {"ref": t}))
        if depth < 2:
            nested = st.deferred(lambda: fields(index, depth + 1))
            inner = st.deferred(lambda: item(index, depth))
            options.append(nested.map(lambda f: {"type": "object", "fields": f}))
            options.append(inner.map(lambda i: {"type": "array", "items": i}))
            options.append(inner.map(lambda i: {"type": "object", "map": {"values": i}}))
        return st.one_of(options)

    def item(index: int, depth: int) -> Any:
        return type_node(index, depth + 1)

    def fields(index: int, depth: int) -> Any:
        return st.dictionaries(NAMES, st.deferred(lambda: type_node(index, depth)), min_size=1, max_size=4)

    objects: dict[str, Any] = {}
    for index, title in enumerate(titles):
        objects[title] = {"fields": draw(fields(index, 0))}
    narrow = {"fields": {"id": {"type": "string"}}}
    wide = {"fields": {"id": {"type": "string"}, "extra": {"type": "integer"}}}
    objects["Short Ref"], objects["Long Ref"] = narrow, wide
    union = {
        "one_of": [{"ref": "Long Ref"}, {"ref": "Short Ref"}],
        "union": {"rule": "key-subset", "narrow": "Short Ref"},
    }
    objects["Holder"] = {"all_of": [titles[0], {"name": "HolderPart", "fields": {"who": union}}]}
    return {"spec_version": 1, "page": {"id": "fuzz", "title": "Fuzz", "source": "doc"}, "objects": objects}


def build(spec: dict[str, Any]) -> tuple[Path, dict[str, bytes]]:
    folder = Path(tempfile.mkdtemp())
    write_spec(folder / "spec", {"fuzz.yaml": yaml.safe_dump(spec, sort_keys=False)})
    try:
        return folder, pipeline.build(folder / "spec")
    except BaseException:
        shutil.rmtree(folder)
        raise


COUNTER = iter(range(10**6))


@settings(
    max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(specs(), st.data())
def test_a_valid_spec_generates_models_that_import_and_round_trip(spec: dict[str, Any], data: st.DataObject) -> None:
    try:
        folder, files = build(spec)
    except GenerationError as exc:
        # Two drawn names may meet after naming ("a b" and "a_b"): that must be the only reason.
        assert all("both become attribute" in d.message for d in exc.diagnostics), exc
        return
    try:
        for path, text in files.items():
            if path.endswith(".py"):
                compile(text, path, "exec")
        module = load_package(files, folder, f"fuzz_models_{next(COUNTER)}")
        model = pipeline.load_model(folder / "spec")
        for m in model.models:
            if m.kind == "object":
                payload = data.draw(model_payloads(model, m.name))
                assert getattr(module, m.name).from_dict(payload).to_dict() == payload
    finally:
        shutil.rmtree(folder)


MUTATIONS = [
    ("unknown key", lambda s: s["objects"]["Thing A"].__setitem__("colour", "red")),
    ("unknown reference", lambda s: s["objects"]["Holder"]["all_of"].append("Nowhere")),
    ("bad type", lambda s: next(iter(s["objects"]["Thing A"]["fields"].values())).__setitem__("type", "text")),
    ("missing page", lambda s: s.pop("page")),
    ("bad union", lambda s: s["objects"]["Holder"]["all_of"][1]["fields"]["who"]["union"].update(narrow="Holder")),
]


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs(), st.sampled_from(MUTATIONS))
def test_a_broken_spec_always_ends_in_located_errors(spec: dict[str, Any], mutation: Any) -> None:
    _, mutate = mutation
    spec = copy.deepcopy(spec)  # the strategies share their leaf dicts between examples
    mutate(spec)
    with pytest.raises(GenerationError) as caught:
        build(spec)
    assert caught.value.diagnostics
    assert all(d.location.file.endswith(".yaml") and d.location.line >= 1 for d in caught.value.diagnostics)


@settings(
    max_examples=examples(3), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(specs())
def test_fuzzed_specs_generate_code_that_passes_mypy_strict(spec: dict[str, Any]) -> None:
    try:
        folder, files = build(spec)
    except GenerationError:
        return  # two drawn names met after naming; the test above checks that this is the only reason
    try:
        load_package(files, folder, f"typed_models_{next(COUNTER)}")
        package = next((folder / "site").iterdir())
        # In a subprocess: mypy's API would raise this process's recursion limit for later tests.
        command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(folder / "cache"), str(package)]
        result = subprocess.run(command, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
    finally:
        shutil.rmtree(folder)


def test_fields_whose_names_differ_in_case_or_underscores_keep_their_own_parsers() -> None:
    """``f``, ``F`` and ``f__`` read alike in upper case: each keeps its own module constants."""
    fields = {
        "f": {"type": "object", "map": {"values": {"type": "object"}}},
        "F": {"type": "object", "map": {"values": {"type": "array", "items": {"type": "string"}}}},
        "f__": {"type": "object", "map": {"values": {"type": "integer"}}},
        "e": {"type": "string", "enum": ["A"]},
        "E": {"type": "string", "enum": ["B"]},
    }
    spec = {
        "spec_version": 1,
        "page": {"id": "fuzz", "title": "Fuzz", "source": "doc"},
        "objects": {"Thing A": {"fields": fields}},
    }
    folder, files = build(spec)
    try:
        module = load_package(files, folder, f"fuzz_models_{next(COUNTER)}")
        payload = {"f": {"k": {"z": 1}}, "F": {"k": ["x"]}, "f__": {"k": 1}, "e": "A", "E": "B"}
        assert module.ThingA.from_dict(payload).to_dict() == payload
        with pytest.raises(module.ValidationError):
            module.ThingA.from_dict({**payload, "E": "A"})
    finally:
        shutil.rmtree(folder)

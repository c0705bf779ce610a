"""Pages whose classes use each other's in a cycle give a package whose every module imports: the
classes of the cycle share the first page's module, which the others re-export
(generator/outputs/python/models.py, ``module_jobs``)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT, examples, write_spec
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import cli
from generator.outputs.python.models import _cycles

SOURCES = (ROOT / "tests/specs/freight/sources.yaml").read_text()
PROJECT = (ROOT / "tests/specs/freight/project.yaml").read_text()


def _page(page: str, objects: str) -> str:
    return f"spec_version: 1\npage: {{id: {page}, title: {page.upper()}, source: shipments-page}}\nobjects:\n{objects}"


PAGES = {
    # a and b use each other's classes; c uses b's, d is used by a: two cycles' worth of edges
    "a.yaml": _page(
        "a", "  A One: {fields: {b: {ref: B One}, d: {ref: D One}}}\n  A Two: {fields: {x: {type: string}}}\n"
    ),
    "b.yaml": _page("b", "  B One: {fields: {a: {ref: A Two}, c: {ref: C Two}}}\n"),
    "c.yaml": _page("c", "  C One: {fields: {b: {ref: B One}}}\n  C Two: {fields: {a: {ref: A Two}}}\n"),
    "d.yaml": _page("d", "  D One: {fields: {n: {type: integer}}}\n"),
    "e.yaml": _page("e", "  E One: {fields: {c: {ref: C One}, d: {ref: D One}}}\n"),
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("cycles")
    spec = tmp / "spec"
    spec.mkdir()
    (spec / "documents").symlink_to(ROOT / "tests/specs/freight/documents")
    (spec / "sources.yaml").write_text(SOURCES)
    (spec / "project.yaml").write_text(PROJECT)
    for name, text in PAGES.items():
        (spec / name).write_text(text)
    done = subprocess.run(
        [sys.executable, "-m", "generator", "regenerate", "--spec", str(spec), "--out", str(tmp / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return tmp / "out"


def _every_module_imports(site: Path, package: str, use: str = "") -> subprocess.CompletedProcess[str]:
    code = f"""
        import importlib, pkgutil, {package} as p
        names = sorted(m.name for m in pkgutil.iter_modules(p.__path__) if m.name != "_speedups")
        for name in names:
            importlib.import_module(f"{package}.{{name}}")
        {use}
        print(len(names))
        """
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env)


def test_pages_in_a_cycle_share_a_module_the_others_reexport(out: Path) -> None:
    package = out / "python/orbit_models"
    a, b, c = ((package / f"{n}.py").read_text() for n in "abc")
    assert "class BOne(Model)" in a and "class COne(Model)" in a  # the cycle a -> b -> c -> a
    assert "from .a import BOne\n" in b and '__all__ = ["BOne"]' in b
    assert "from .a import COne, CTwo\n" in c
    assert "class DOne(Model)" in (package / "d.py").read_text()  # outside the cycle: its own
    assert "from .c import COne\n" in (package / "e.py").read_text()


def test_every_module_of_a_package_with_cycles_imports_and_parses(out: Path) -> None:
    payload = {"b": {"a": {"x": "y"}, "c": {"a": {"x": "z"}}}, "d": {"n": 1}}
    use = f"assert p.AOne.from_dict({payload!r}).to_dict() == {payload!r}; import orbit_models.e as e; e.EOne"
    result = _every_module_imports(out / "python", "orbit_models", use)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 5


def test_every_module_of_the_project_s_package_imports() -> None:
    result = _every_module_imports(GENERATED / "python", "voucherify_models")
    assert result.returncode == 0, result.stderr


def test_the_groups_are_the_cycles_in_the_pages_order() -> None:
    imports = {"a": {"b", "d"}, "b": {"a", "c"}, "c": {"a"}, "d": set(), "e": {"c", "d"}, "f": {"f"}}
    assert _cycles(["a", "b", "c", "d", "e", "f"], imports) == [["a", "b", "c"], ["d"], ["e"], ["f"]]
    assert _cycles(["x"], {}) == [["x"]]
    chain = {str(i): {str(i + 1)} for i in range(3000)} | {"3000": {"0"}}  # deep: no recursion limit
    assert _cycles([str(i) for i in range(3001)], chain) == [[str(i) for i in range(3001)]]


PYTHON_ONLY = """\
spec_version: 1
project:
  name: Example
  summary: Made-up pages that use each other's objects
  version: 1.0.0
  outputs:
    python: {package: example_models, distribution: example-models, description: Example models.}
    fixtures: {}
"""
JUDGE = """
    import importlib, json, pathlib, pkgutil, sys
    import example_models as m
    for module in pkgutil.iter_modules(m.__path__):
        if module.name != "_speedups":
            importlib.import_module(f"example_models.{module.name}")
    fixtures = pathlib.Path(sys.argv[1])
    for entry in json.loads((fixtures / "manifest.json").read_text()):
        cls = getattr(m, entry["model"])
        payload = json.loads((fixtures / entry["file"]).read_text())
        try:
            ok = cls.from_dict(payload).to_dict() == payload
        except m.ValidationError:
            ok = False
        if ok != entry["valid"]:
            print("misjudged", entry["file"])
    print("done")
"""


@st.composite
def _pages(draw: st.DrawFn) -> dict[str, str]:
    """Two to four page files of one to three objects each, whose fields reference objects of any
    page (their own and themselves included), directly, in arrays and in maps."""
    counts = draw(st.lists(st.integers(1, 3), min_size=2, max_size=4))
    titles = [[f"P{p} O{o}" for o in range(n)] for p, n in enumerate(counts)]
    every = [t for page in titles for t in page]
    pages = {}
    for p, page in enumerate(titles):
        objects = ""
        for title in page:
            fields = {"id": "{type: string}"}
            for i in range(draw(st.integers(0, 3))):
                target = draw(st.sampled_from(every))
                shape = draw(st.sampled_from(["{ref: %s, nullable: true}", "{type: array, items: {ref: %s}}",
                                              "{type: object, map: {values: {ref: %s}}}"]))  # fmt: skip
                fields[f"f{i}"] = shape % target
            objects += f"  {title}:\n    fields:\n" + "".join(f"      {k}: {v}\n" for k, v in fields.items())
        pages[f"p{p}.yaml"] = f"spec_version: 1\npage: {{id: p{p}, title: Page {p}, source: doc}}\nobjects:\n{objects}"
    return pages


@pytest.mark.slow  # a build and an interpreter per example
@settings(max_examples=examples(12), deadline=None)
@given(_pages())
def test_any_references_across_pages_give_a_package_whose_every_module_imports(pages: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_spec(root / "spec", {"project.yaml": PYTHON_ONLY, **pages})
        assert cli.main(["regenerate", "--spec", str(root / "spec"), "--out", str(root / "out")]) == 0
        env = {**os.environ, "PYTHONPATH": str(root / "out/python"), "EXAMPLE_MODELS_PURE": "1"}
        command = [sys.executable, "-c", textwrap.dedent(JUDGE), str(root / "out/fixtures")]
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        assert (done.returncode, done.stdout) == (0, "done\n"), done.stderr + done.stdout

"""Pages whose classes use each other's in a cycle give a package whose every module imports: the
classes of the cycle share the first page's module, which the others re-export
(generator/outputs/python/models.py, ``module_jobs``)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT

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

"""The generated package is typed, lint-clean, stdlib-only, and works for specs with odd names."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import BYPRODUCTS, GENERATED, tree, write_spec

from generator import naming
from generator.formatting import format_python
from generator.targets.python import names as python_names

PACKAGE = GENERATED / "python"


def run(*args: str, cwd: Path = PACKAGE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True)


def test_generated_package_passes_mypy_strict(tmp_path: Path) -> None:
    result = run(sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), "voucherify_models")
    assert result.returncode == 0, result.stdout


def test_generated_package_passes_ruff_and_is_black_formatted(tmp_path: Path) -> None:
    result = run(sys.executable, "-m", "ruff", "check", "--cache-dir", str(tmp_path), "voucherify_models")
    assert result.returncode == 0, result.stdout
    # Black is the formatter of record (ruff's formatter splits a few long signatures differently).
    for path in sorted((PACKAGE / "voucherify_models").glob("*.py")):
        source = path.read_text()
        assert format_python(source) == source, path.name


def test_generated_package_imports_with_the_standard_library_only(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(PACKAGE)!r})
        import voucherify_models
        outside = sorted(
            name for name in sys.modules
            if name.split(".")[0] not in sys.stdlib_module_names
            and not name.startswith("voucherify_models") and name != "__main__"
        )
        print(outside)
        """
    )
    result = run(sys.executable, "-I", "-S", "-c", code, cwd=tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, "[]"), result.stderr
    assert (PACKAGE / "voucherify_models/py.typed").exists()


def test_pip_installs_the_package_with_no_dependencies(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(PACKAGE, source, ignore=shutil.ignore_patterns(*BYPRODUCTS))
    before = tree(source)
    target = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    installed = run(*pip, "--target", str(target), str(source), cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    # The package folder is checked-in output: the build leaves no build/ or *.egg-info in it.
    assert sorted(p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file()) == sorted(before)
    assert sorted(p.name for p in target.iterdir() if not p.name.endswith(".dist-info")) == ["voucherify_models"]
    metadata = next(target.glob("voucherify_models-*.dist-info")) / "METADATA"
    requires = [line for line in metadata.read_text().splitlines() if line.startswith("Requires-Dist")]
    assert requires == ['Requires-Dist: orjson>=3.9; extra == "fast"']  # optional only
    assert (target / "voucherify_models/py.typed").is_file()
    entry_points = next(target.glob("voucherify_models-*.dist-info")) / "entry_points.txt"
    assert "[pytest11]\nvoucherify_models = voucherify_models.pytest_plugin" in entry_points.read_text()
    code = (
        f"import sys; sys.path.insert(0, {str(target)!r}); import voucherify_models; print(voucherify_models.__file__)"
    )
    result = run(sys.executable, "-I", "-c", code, cwd=tmp_path)
    assert result.stdout.startswith(str(target)), result.stderr


ODD = """\
spec_version: 1
page: {id: odd-page, title: Odd, source: doc}
objects:
  Odd Thing:
    fields:
      class: {type: string}
      2fa: {type: boolean}
      sign-up.source x: {type: integer}
      Name: {type: string}
      name: {type: string}
      field: {type: string}
      date: {type: string, observed: {format: {value: date, source: obs}}}
      str: {type: string}
      type: {type: string, enum: [a, b]}
      to_dict: {type: object}
      frozenset: {type: string}
      classmethod: {type: integer}
      _dt: {type: string}
      Where: {type: string}
      Big: {type: string}
      items:
        type: array
        items: {type: array, items: {type: string, nullable: true}}
      tags:
        type: object
        map: {values: {type: string, enum: [x, y]}}
      picked:
        one_of: [{ref: Big}, {ref: Small}]
        union: {rule: key-subset, narrow: Small}
  Big:
    fields: {id: {type: string}, extra: {type: integer}}
  Small:
    fields: {id: {type: string}}
"""


@pytest.fixture(scope="module")
def odd_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python output of the odd-names spec."""
    folder = tmp_path_factory.mktemp("odd")
    write_spec(folder / "spec", {"odd.yaml": ODD})
    made = run(sys.executable, "-m", "generator", "regenerate", "--spec", "spec", "--out", "out", cwd=folder)
    assert made.returncode == 0, made.stderr
    return folder / "out/python"


def class_body_names(tree: ast.Module) -> set[str]:
    """Every name a class body reads at class level: values, annotations, method decorators and
    signatures (not the class's own decorators and bases, nor method bodies: those read the
    module's names)."""
    found: set[str] = set()

    def names(node: ast.AST | None) -> None:
        if node is not None:
            found.update(n.id for n in ast.walk(node) if isinstance(n, ast.Name))

    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        for statement in cls.body:
            if isinstance(statement, ast.AnnAssign):
                names(statement.annotation)
                names(statement.value)
            elif isinstance(statement, ast.FunctionDef):
                for node in [*statement.decorator_list, statement.returns]:
                    names(node)
                for argument in [*statement.args.args, *statement.args.kwonlyargs]:
                    names(argument.annotation)
    return found


def test_every_name_a_class_body_uses_is_one_no_field_may_take(odd_package: Path) -> None:
    used: set[str] = set()
    classes: set[str] = set()
    attributes: set[str] = set()
    pages = [m for m in sorted((odd_package / "example_models").glob("*.py")) if m.stem not in naming.PACKAGE_MODULES]
    assert [m.stem for m in pages] == ["__init__", "odd_page"]
    for module in pages:
        tree = ast.parse(module.read_text())
        used |= class_body_names(tree)
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            classes.add(cls.name)
            attributes |= {
                s.target.id for s in cls.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
            }
    assert used - python_names.RESERVED - classes == set()
    assert attributes & (used - {"additional_properties", "_WIRE_NAMES"}) == set()


def test_odd_names_and_nested_kinds_generate_typed_working_code(odd_package: Path, tmp_path: Path) -> None:
    package = odd_package
    typed = run(sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), "example_models",
                cwd=package)  # fmt: skip
    assert typed.returncode == 0, typed.stdout
    code = textwrap.dedent(
        """
        import example_models as vm
        payload = {
            "class": "c", "2fa": True, "sign-up.source x": 1, "Name": "N", "name": "n", "field": "f",
            "date": "2024-01-02", "str": "s", "type": "a", "to_dict": {"k": 1},
            "items": [["a", None], []], "tags": {"t": "x"}, "picked": {"id": "1", "extra": 2},
            "frozenset": "f", "classmethod": 3, "_dt": "d", "Where": "w", "Big": "b",
        }
        thing = vm.OddThing.from_dict(payload)
        assert thing.to_dict() == payload, thing.to_dict()
        # names the class body uses, and a class's name, are taken with a trailing _
        assert (thing.frozenset_, thing.classmethod_, thing._dt_, thing.Where_, thing.Big_) == ("f", 3, "d", "w", "b")
        assert (thing.class_, thing.field_2fa, thing.sign_up_source_x) == ("c", True, 1)
        assert (thing.Name, thing.name, thing.field_, thing.date.year) == ("N", "n", "f", 2024)
        assert (thing.str_, thing.type, thing.to_dict_) == ("s", "a", {"k": 1})
        assert type(thing.picked).__name__ == "Big"
        assert type(vm.OddThing.from_dict({"picked": {"id": "1"}}).picked).__name__ == "Small"
        try:
            vm.OddThing.from_dict({"items": [["a", 1]], "tags": {"t": "z"}, "type": "c"})
        except vm.ValidationError as exc:
            print(str(exc))
        """
    )
    result = run(sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(package)!r})\n{code}", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "$.type: expected one of 'a', 'b', got 'c'",
        "$.items[0][1]: expected string, got int",
        "$.tags.t: expected one of 'x', 'y', got 'z'",
    ]

"""The generated package is typed, lint-clean, stdlib-only, and works for specs with odd names."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import BYPRODUCTS, GENERATED, tree, write_spec

from generator.emit.formatters import format_python
from generator.model import naming

PACKAGE = GENERATED / "python"


def run(*args: str, cwd: Path = PACKAGE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True)


@pytest.mark.slow
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


@pytest.mark.slow  # a pip install
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
    assert used - naming.RESERVED - classes == set()
    assert attributes & (used - {"additional_properties", "_WIRE_NAMES"}) == set()


@pytest.mark.slow
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


# Wire names that meet the names generated code binds: every name of the Python target's lists,
# and a few more it binds at module level only.
BOUND = sorted(naming.RESERVED | naming.MODULE_NAMES | {"dataclass", "partial", "parse_str", "fail"})


def every_name_output(tmp_path: Path) -> Path:
    """The outputs of a spec with one class whose fields are named :data:`BOUND`, alternately
    strings and integers."""
    fields = "".join(f"      {name!r}: {{type: {'integer' if i % 2 else 'string'}}}\n" for i, name in enumerate(BOUND))
    head = "spec_version: 1\npage: {id: names, title: Names, source: doc}\nobjects:\n"
    write_spec(tmp_path / "spec", {"names.yaml": f"{head}  Every Name:\n    fields:\n{fields}"})
    made = run(sys.executable, "-m", "generator", "regenerate", "--spec", "spec", "--out", "out", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    return tmp_path / "out"


@pytest.mark.slow
def test_every_name_the_python_target_binds_is_safe_as_a_wire_name(tmp_path: Path) -> None:
    package = every_name_output(tmp_path) / "python"
    typed = run(sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), "example_models",
                cwd=package)  # fmt: skip
    assert typed.returncode == 0, typed.stdout
    payload = {name: (i if i % 2 else f"v{i}") for i, name in enumerate(BOUND)}
    code = f"""
        import sys
        sys.path[:0] = [{str(package)!r}, {str(tmp_path / "out/pydantic")!r}]
        import example_models as m, example_pydantic as p
        payload = {payload!r}
        thing = m.EveryName.from_dict(payload)
        assert thing.to_dict() == payload, thing.to_dict()
        assert m.EveryName.from_json(thing.to_json()).to_dict() == payload
        assert p.EveryName.model_validate(payload).model_dump(by_alias=True, exclude_unset=True) == payload
        """
    result = run(sys.executable, "-I", "-c", textwrap.dedent(code), cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def c_identifiers(source: str) -> set[str]:
    """The identifiers of C source, outside comments, string and character literals."""
    code = re.sub(r"/\*.*?\*/|//[^\n]*|\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'", " ", source, flags=re.DOTALL)
    return set(re.findall(r"\b[A-Za-z_]\w*\b", code))


def test_the_c_engine_binds_no_spec_name(tmp_path: Path) -> None:
    """Spec names reach the C file only as string literals: its identifiers are the same for a spec
    whose every field is named like something generated code binds as for the project's own."""
    odd = c_identifiers((every_name_output(tmp_path) / "python/example_models/_tables.h").read_text())
    ours = c_identifiers((PACKAGE / "voucherify_models/_tables.h").read_text())
    assert odd == ours
    assert {"K_EMAIL", "FIELDS", "ClassRow"} <= ours


def module_level_names(tree: ast.Module) -> set[str]:
    """Every name a module binds at its top level: imports, assignments, functions and classes."""
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            found.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return found


def test_every_module_level_name_a_class_could_take_is_one_no_class_may_take() -> None:
    """The modules where the spec's classes live (each page's, ``__init__``, ``testing``, the
    pytest plugin, the pydantic module) bind no name a class could be called but the classes and
    MODULE_NAMES."""
    modules = [p for p in sorted((PACKAGE / "voucherify_models").glob("*.py")) if p.stem != "_runtime"] + [
        GENERATED / "pydantic/voucherify_pydantic/__init__.py"
    ]
    classes = set()
    bound = set()
    for module in modules:
        tree = ast.parse(module.read_text())
        classes |= {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
        bound |= module_level_names(tree)
    could_be_a_class = {n for n in bound if re.fullmatch(r"[A-Z][A-Za-z0-9]*", n)}
    assert could_be_a_class - classes - naming.MODULE_NAMES == set()


NARROWING = """\
from voucherify_models import UNSET, CustomerWithSummaryLoyaltyReferrals


def shout(customer: CustomerWithSummaryLoyaltyReferrals) -> str:
    if customer.name:  # UNSET is falsy by type (Literal[False]), so this narrows to str
        return customer.name.upper()
    return "" if customer.name is UNSET else "no name"
"""


@pytest.mark.slow
@pytest.mark.parametrize("checked", [True, False])
def test_a_truthiness_check_narrows_a_field_for_the_user_s_mypy(tmp_path: Path, checked: bool) -> None:
    """With the check, ``mypy --strict`` accepts the user's code; without it, the same line is an
    error (``Unset`` has no ``upper``), so the first result is the narrowing's."""
    code = NARROWING if checked else NARROWING.replace("    if customer.name:  #", "    if True:  #")
    (tmp_path / "app.py").write_text(code)
    typed = run(sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), str(tmp_path / "app.py"))
    if checked:
        assert typed.returncode == 0, typed.stdout
    else:
        assert re.search(r'Item "Unset" of "[^"]*" has no attribute "upper"', typed.stdout), typed.stdout


def test_the_runtime_parsers_a_union_may_not_be_named_after_are_all_listed() -> None:
    runtime = (PACKAGE / "voucherify_models/_runtime.py").read_text()
    parsers = set(re.findall(r"^def (parse_\w+)\(", runtime, re.MULTILINE))
    assert parsers == naming.RUNTIME_PARSERS

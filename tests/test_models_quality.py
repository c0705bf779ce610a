"""The generated package is typed, lint-clean, stdlib-only, and works for specs with odd names."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import BYPRODUCTS, GENERATED, tree, write_spec

from generator.formatting import format_python

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


def test_odd_names_and_nested_kinds_generate_typed_working_code(tmp_path: Path) -> None:
    write_spec(tmp_path / "spec", {"odd.yaml": ODD})
    out = tmp_path / "out"
    made = run(sys.executable, "-m", "generator", "regenerate", "--spec", "spec", "--out", str(out), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    package = out / "python"
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
        }
        thing = vm.OddThing.from_dict(payload)
        assert thing.to_dict() == payload, thing.to_dict()
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

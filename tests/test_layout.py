"""The layout holds: one folder per stage, imports only from earlier stages, one list of output
names, the module table of docs/design.md equal to the modules on disk, every package in the
wheel, and the recipes of docs/design.md followed in a scratch copy do what they say."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path
from typing import get_args

import pytest
from conftest import ROOT

from generator.model.ir import OUTPUT_NAMES, OutputName
from generator.outputs.registry import all_outputs

# The stages in their order: a module may import from its own stage and earlier ones only.
STAGES = (
    "generator.diagnostics",
    "generator.model",
    "generator.spec",
    "generator.resolver",
    "generator.outputs",
    "generator.emit",
    "generator.pages",
    "generator.pipeline",
    "generator.cli",
    "generator.__main__",
)
CACHES = {"__pycache__", ".ruff_cache", ".mypy_cache"}
# Modules of outputs/ that every output may use; the others are outputs, each its own.
SHARED_OUTPUT_MODULES = {"job", "registry", "samples", "pytext", "pypackage", "regex", "invisible"}


def stage(module: str) -> int:
    if module in ("generator", "generator.__version__", "generator.TOOL"):
        return 0
    return next(i for i, s in enumerate(STAGES) if module == s or module.startswith(s + "."))


def module_of(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, root: Path) -> set[str]:
    """The generator modules a file imports (relative imports resolved)."""
    own = module_of(path, root)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("generator")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            if base.startswith("generator"):
                found |= {f"{base}.{a.name}" for a in node.names} | {base}
    return found


def generator_modules() -> list[Path]:
    runtime = ROOT / "generator/outputs/python/runtime"
    return [p for p in sorted((ROOT / "generator").rglob("*.py")) if runtime not in p.parents]


def test_no_module_imports_from_a_later_stage() -> None:
    wrong = []
    for path in generator_modules():
        own = module_of(path, ROOT)
        for imported in imports(path, ROOT):
            if imported.startswith("generator.templates"):
                continue
            if stage(imported) > stage(own):
                wrong.append(f"{own} -> {imported}")
    assert wrong == []


def test_no_output_imports_another_output_s_internals() -> None:
    """An output reads another output only where it is derived from it (``needs``)."""
    needs = {o.name: set(o.needs) for o in all_outputs()}
    wrong = []
    for path in sorted((ROOT / "generator/outputs").rglob("*.py")):
        own = module_of(path, ROOT).split(".")
        mine = own[2] if len(own) > 2 else ""
        for imported in imports(path, ROOT):
            parts = imported.split(".")
            other = parts[2] if len(parts) > 2 and parts[:2] == ["generator", "outputs"] else ""
            if not other or other == mine or other in SHARED_OUTPUT_MODULES or mine == "registry":
                continue
            if other not in needs.get(mine, set()):  # type: ignore[call-overload]
                wrong.append(f"{'.'.join(own)} -> {imported}")
    assert wrong == []


def test_the_top_of_the_generator_holds_only_the_entry_points_and_the_table_of_contents() -> None:
    top = {p.name for p in (ROOT / "generator").iterdir() if p.is_file()}
    folders = {p.name for p in (ROOT / "generator").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert top == {"__init__.py", "__main__.py", "cli.py", "diagnostics.py", "pipeline.py", "spec.schema.json"}
    assert folders == {"model", "spec", "resolver", "outputs", "emit", "pages"}


def design_modules() -> set[str]:
    text = (ROOT / "docs/design.md").read_text()
    table = text[text.index("## Modules") :]
    table = table[: table.index("\n\n", table.index("| module | job |"))]
    return set(re.findall(r"^\| `(generator/[^`]+)` \|", table, re.MULTILINE))


def test_the_module_table_of_the_design_lists_exactly_the_modules_on_disk() -> None:
    on_disk = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "generator").rglob("*")
        if p.is_file() and not CACHES & set(p.parts)
    }
    assert design_modules() == on_disk


def test_pyproject_ships_every_package_and_every_template() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    packages = {module_of(p.parent / "__init__.py", ROOT) for p in (ROOT / "generator").rglob("__init__.py")}
    templates = {f"generator.templates.{p.name}" for p in (ROOT / "templates").iterdir() if p.is_dir()}
    templates.discard("generator.templates.__pycache__")
    assert set(config["packages"]) == packages | {"generator.templates"} | templates
    assert config["package-dir"] == {"generator.templates": "templates"}
    data = config["package-data"]
    assert all(data[name] == ["*.j2"] for name in templates)
    assert set(data["generator.outputs.python.runtime"]) == {"*.c", "*.pyi"}


# -- one list of output names ------------------------------------------------------------------


def output_names(root: Path) -> dict[str, list[str]]:
    """Every place that names the outputs, read from the files under ``root``."""
    ir = ast.parse((root / "generator/model/ir.py").read_text())
    (literal,) = (
        node.value
        for node in ir.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "OutputName" for t in node.targets)
    )
    assert isinstance(literal, ast.Subscript) and isinstance(literal.slice, ast.Tuple)
    named = [ast.literal_eval(e) for e in literal.slice.elts]
    registry = ast.parse((root / "generator/outputs/registry.py").read_text())
    (function,) = (n for n in registry.body if isinstance(n, ast.FunctionDef) and n.name == "output")
    (match,) = (n for n in function.body if isinstance(n, ast.Match))
    cases = [c.pattern.value.value for c in match.cases if isinstance(c.pattern, ast.MatchValue)]  # type: ignore[attr-defined]
    schema = json.loads((root / "generator/spec.schema.json").read_text())
    keys = list(schema["$defs"]["project"]["properties"]["outputs"]["properties"])
    return {"OutputName": named, "registry": cases, "schema": keys}


def names_agree(found: dict[str, list[str]]) -> bool:
    return found["OutputName"] == found["registry"] and set(found["schema"]) == set(found["OutputName"])


def test_the_output_names_agree_in_every_place() -> None:
    found = output_names(ROOT)
    assert names_agree(found), found
    assert list(get_args(OutputName)) == list(OUTPUT_NAMES) == [o.name for o in all_outputs()]


def scratch_copy(tmp_path: Path) -> Path:
    """A copy of the generator as installed (templates inside), to follow a recipe in."""
    root = tmp_path / "scratch"
    shutil.copytree(ROOT / "generator", root / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "templates", root / "generator/templates", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1))


LITERAL = '"fixtures", "pydantic"]'
CASE = "        case _:\n            assert_never(name)"
SCHEMA_KEY = '"markdown": {'


def add_to_literal(root: Path) -> None:
    edit(root / "generator/model/ir.py", LITERAL, '"fixtures", "pydantic", "stub"]')


def add_to_registry(root: Path) -> None:
    case = '        case "stub":\n            return Output(name, "stub", stub.jobs)\n'
    edit(root / "generator/outputs/registry.py", CASE, case + CASE)
    edit(
        root / "generator/outputs/registry.py",
        "from generator.outputs import fixtures,",
        "from generator.outputs import stub\nfrom generator.outputs import fixtures,",
    )


def add_to_schema(root: Path) -> None:
    path = root / "generator/spec.schema.json"
    schema = json.loads(path.read_text())
    schema["$defs"]["project"]["properties"]["outputs"]["properties"]["stub"] = {
        "type": "object",
        "additionalProperties": False,
    }
    path.write_text(json.dumps(schema, indent=2))


@pytest.mark.parametrize("place", [add_to_literal, add_to_registry, add_to_schema])
def test_an_output_name_added_in_one_place_only_is_caught(place: object, tmp_path: Path) -> None:
    root = scratch_copy(tmp_path)
    assert callable(place)
    place(root)
    assert not names_agree(output_names(root))


STUB_OUTPUT = '''\
"""A stub output: one file that names the project."""

from __future__ import annotations

from generator.model.ir import SpecModel
from generator.outputs.job import Job


def jobs(spec: SpecModel) -> list[Job]:
    return [Job("stub/hello.txt", "stub/hello.txt.j2", {"name": spec.project.name}, "text")]
'''

STUB_SPEC = {
    "project.yaml": """\
        spec_version: 1
        project:
          name: Stubbed
          summary: A spec for a stub output
          version: 1.0.0
          outputs:
            stub: {}
        """,
    "sources.yaml": "spec_version: 1\nsources:\n  doc: {kind: document, title: A document}\n",
    "page.yaml": """\
        spec_version: 1
        page: {id: page, title: Page, source: doc}
        objects:
          Thing:
            fields:
              id: {type: string}
        """,
}


def test_adding_an_output_by_the_recipe_makes_its_files(tmp_path: Path) -> None:
    root = scratch_copy(tmp_path)
    (root / "generator/outputs/stub.py").write_text(STUB_OUTPUT)  # 1. the output
    (root / "generator/templates/stub").mkdir()  # 2. its templates
    (root / "generator/templates/stub/hello.txt.j2").write_text("Hello from {{ name }}.\n")
    add_to_literal(root)  # 3. its name, and its case in the registry
    add_to_registry(root)
    add_to_schema(root)  # 4. its settings
    assert names_agree(output_names(root))
    spec = tmp_path / "spec"
    spec.mkdir()
    for name, text in STUB_SPEC.items():
        (spec / name).write_text(textwrap.dedent(text))
    made = subprocess.run(
        [sys.executable, "-m", "generator", "regenerate", "--spec", str(spec), "--out", str(tmp_path / "out")],
        cwd=root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "GENERATOR_CACHE": "off"},
    )
    assert made.returncode == 0, made.stdout + made.stderr
    assert (tmp_path / "out/stub/hello.txt").read_text() == "Hello from Stubbed.\n"


STUB_READER = '''\
"""A stub page form: a page whose first line is ``STUB``, one attribute a line."""

from __future__ import annotations

from generator.pages.page import Page, PageAttribute


class StubReader:
    form = "stub"
    flattened = False

    def sniff(self, text: str) -> bool:
        return text.startswith("STUB\\n")

    def read(self, text: str, titles: frozenset[str] = frozenset()) -> Page:
        rows = [PageAttribute("Thing", name, "string", False, "") for name in text.split()[1:]]
        return Page(rows, "Stub page")
'''


PICK = """\
from generator.pages import readers
reader, page = readers.read("STUB\\nid name\\n")
print(reader.form, [row.path for row in page.rows])
"""


@pytest.mark.slow
def test_a_new_format_is_a_mypy_error_at_its_registry_and_a_new_page_reader_is_picked_for_its_form(
    tmp_path: Path,
) -> None:
    root = scratch_copy(tmp_path)
    shutil.rmtree(root / "generator/templates")
    formats = root / "generator/model/formats.py"
    edit(
        formats,
        'FormatName = Literal["date-time", "date", "email"]',
        'FormatName = Literal["date-time", "date", "email", "decimal"]',
    )
    (root / "generator/pages/stub.py").write_text(STUB_READER)
    readers = root / "generator/pages/readers.py"
    edit(readers, "READERS: tuple[PageReader, ...] = (", "READERS: tuple[PageReader, ...] = (StubReader(), ")
    edit(
        readers,
        "from generator.pages.text import TextReader\n",
        "from generator.pages.stub import StubReader\nfrom generator.pages.text import TextReader\n",
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "c"), "generator"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    errors = re.findall(r"^(generator/\S+?\.py):\d+: error: (.*)$", checked.stdout, re.MULTILINE)
    assert errors == [
        (
            "generator/model/formats.py",
            'Argument 1 to "assert_never" has incompatible type "Literal[\'decimal\']"; expected "Never"  [arg-type]',
        )
    ], checked.stdout
    picked = subprocess.run(
        [sys.executable, "-c", PICK],
        cwd=root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )
    assert picked.stdout == "stub ['id', 'name']\n", picked.stderr

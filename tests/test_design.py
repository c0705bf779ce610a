"""The design holds: per-kind code is exhaustive, so a new type kind is a type error wherever it
is not handled yet."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

DUMMY = '''

@dataclass(frozen=True)
class Dummy:
    """A kind no code handles yet."""

    nullable: bool = False
'''


# Dispatches that are not over every type node: formatters, outputs and formats by name, and the
# scalar kinds, which samples.value routes there (so a new kind fails in samples.value first).
NOT_OVER_TYPE_NODES = {
    ("generator/emit/formatters.py", "identity"),
    ("generator/emit/formatters.py", "format_text_as"),
    ("generator/emit/formatters.py", "_formatted"),  # over the two ways to format Python
    ("generator/outputs/samples.py", "payload_class"),  # over the kinds that hold an object
    ("generator/outputs/samples.py", "scalar"),
    ("generator/outputs/registry.py", "output"),
    ("generator/model/formats.py", "format_of"),
    ("generator/pages/importer.py", "_heading_type"),  # over the headings a page shows
}


def _assert_never_sites(folder: Path) -> dict[tuple[str, int], str]:
    """Every ``assert_never(...)`` call: (file below folder, line) -> the function it is in."""
    sites = {}
    for path in sorted(folder.rglob("*.py")):
        for function in ast.walk(ast.parse(path.read_text())):
            if isinstance(function, ast.FunctionDef):
                for call in ast.walk(function):
                    if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "assert_never":
                        sites[(path.relative_to(folder.parent).as_posix(), call.lineno)] = function.name
    return sites


@pytest.mark.slow
def test_a_new_type_kind_is_a_mypy_error_at_every_dispatch_and_nowhere_else(tmp_path: Path) -> None:
    copy = tmp_path / "generator"
    shutil.copytree(ROOT / "generator", copy, ignore=shutil.ignore_patterns("__pycache__", "templates"))
    ir = copy / "model" / "ir.py"
    text = ir.read_text()
    union = "TypeNode = (\n    Text\n"
    assert union in text
    text = text.replace(union, "TypeNode = (\n    Dummy\n    | Text\n").replace(
        "\n\nTypeNode = (", DUMMY + "\n\nTypeNode = ("
    )
    ir.write_text(text)
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "c"), "generator"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    errors = re.findall(r"^(generator/\S+?\.py):(\d+): error: (.*?)(?:  \[[a-z-]+\])?$", checked.stdout, re.MULTILINE)
    assert errors, checked.stdout
    # Every error is a dispatch that does not handle the new kind: its assert_never call.
    assert {m for _, _, m in errors} == {
        'Argument 1 to "assert_never" has incompatible type "Dummy"; expected "Never"'
    }, checked.stdout
    failing = {(f, int(n)) for f, n, _ in errors}
    sites = _assert_never_sites(copy)
    # ... and every dispatch over type nodes fails.
    over_type_nodes = {site for site, function in sites.items() if (site[0], function) not in NOT_OVER_TYPE_NODES}
    assert failing == over_type_nodes
    assert len(failing) >= 12


def test_no_match_in_the_generator_has_a_silent_default() -> None:
    """A ``case _:`` is always the exhaustiveness check, never a fallback."""
    for path in sorted((ROOT / "generator").rglob("*.py")):
        lines = path.read_text().splitlines()
        for number, line in enumerate(lines):
            if line.strip() == "case _:":
                assert "assert_never(" in lines[number + 1], f"{path}:{number + 1}"

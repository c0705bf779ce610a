"""Shared test helpers: project paths, the saved vendor documents, and running the CLI in process."""

from __future__ import annotations

import atexit
import fcntl
import functools
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

import pytest

from generator import cli
from generator.emit.memo import Memo
from generator.emit.render import render
from generator.model.ir import MAX_DEPTH, SpecModel
from generator.outputs.python import accelerator

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "spec" / "documents"  # the vendor pages the spec is transcribed from
SHIPPED = ROOT / "templates"
# The runtime and the C engine every generated package ships, as source files of the generator.
ENGINE_SOURCE = ROOT / "generator" / "outputs" / "python" / "runtime"
GENERATED = ROOT / "generated"
_CACHES = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build"}
# What building and testing the generated packages may leave in generated/ (git-ignored).
BYPRODUCTS = (*_CACHES, "*.egg-info", "*.so", "*.pyd")


def installed_models() -> Path:
    """generated/python as `pip install ./generated/python` makes it, C accelerator compiled where
    a compiler is found; built once per content of the folder, under build/ (git-ignored), by one
    test process at a time (pytest-xdist's workers wait for the first)."""
    files = sorted(
        p
        for p in (GENERATED / "python").rglob("*")
        if p.is_file() and not _CACHES & set(p.parts) and ".egg-info" not in str(p)
    )
    digest = hashlib.sha256(b"".join(str(p).encode() + p.read_bytes() for p in files)).hexdigest()[:16]
    site = ROOT / "build" / f"models-{sys.version_info.major}.{sys.version_info.minor}-{digest}"
    site.parent.mkdir(exist_ok=True)
    with (site.parent / "models.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (site / "voucherify_models").is_dir():
            _build_models(site)
    return site


def _build_models(site: Path) -> None:
    work = Path(f"{site}.tmp-{os.getpid()}")
    shutil.copytree(
        GENERATED / "python", work / "source", ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__")
    )
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run([*pip, "--target", str(work / "site"), str(work / "source")], check=True, capture_output=True)
    os.replace(work / "site", site)
    shutil.rmtree(work)
    for old in site.parent.glob("models-*"):  # builds of earlier generated/python
        if old != site:
            shutil.rmtree(old, ignore_errors=True)


@functools.cache
def project_model() -> SpecModel:
    """The project's spec, resolved once per test process (many modules read it; the model is
    immutable)."""
    from generator.pipeline import load_model

    return load_model(ROOT / "spec")


def models_site() -> Path:
    """Where the package under test is installed: ``MODELS_SITE`` where it is set (the
    sanitizer build of tests/test_sanitizers.py), else :func:`installed_models`."""
    given = os.environ.get("MODELS_SITE")
    return Path(given) if given else installed_models()


class _ModelsOnFirstImport(importlib.abc.MetaPathFinder):
    """The generated package is imported as a user would after `pip install ./generated/python`,
    and built the first time a test imports it: a run of tests that never do builds nothing."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if name != "voucherify_models":
            return None
        sys.meta_path.remove(self)
        sys.path.insert(0, str(models_site()))
        importlib.invalidate_caches()
        return importlib.util.find_spec(name)


if "voucherify_models" in sys.modules:  # loaded before this file: pytest's plugin entry point of an install
    pytest.exit(
        f"voucherify_models is installed ({sys.modules['voucherify_models'].__file__}) and would be tested in "
        "place of generated/python: `pip uninstall voucherify-models voucherify-pydantic`",
        returncode=4,
    )
sys.meta_path.insert(0, _ModelsOnFirstImport())
sys.path.insert(0, str(GENERATED / "pydantic"))


def examples(count: int) -> int:
    """How many examples a property test tries: ``count`` in CI (``HYPOTHESIS_PROFILE=ci``), a
    tenth of it (at least 10, at most ``count``) otherwise, so that a local run stays fast."""
    return count if os.environ.get("HYPOTHESIS_PROFILE") == "ci" else min(count, max(10, count // 10))


def document(name_prefix: str) -> Path:
    """The saved vendor document whose file name starts with ``name_prefix`` (``"004"``)."""
    (path,) = (p for p in DOCUMENTS.glob(f"{name_prefix}_*") if p.suffix in (".txt", ".mdx"))
    return path


def seed(name_prefix: str) -> str:
    """The text of the saved vendor document whose file name starts with ``name_prefix``."""
    return document(name_prefix).read_text("utf-8")


def seed_004_payload() -> dict[str, Any]:
    """The vendor's own customer.created example payload, as the page shows it (first copy)."""
    text = seed("004")
    value, _ = json.JSONDecoder().raw_decode(text, text.index("{"))
    assert isinstance(value, dict)
    return value


@pytest.fixture
def customer_created_payload() -> dict[str, Any]:
    return seed_004_payload()


@pytest.fixture(autouse=True)
def in_the_project(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts in the project's root, as a user runs the commands there: the defaults
    (``./spec``, ``./generated``) are the working folder's. A test may move elsewhere."""
    monkeypatch.chdir(ROOT)


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run the command line in process; returns exit code and captured output."""

    def _run(*argv: str | Path) -> Result:
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


# The spec files of the seed pages: the project's spec without the pages imported after them.
SEED_FILES = (
    "project.yaml",
    "sources.yaml",
    "customer.yaml",
    "order.yaml",
    "events.yaml",
    "webhook.yaml",
    "webhooks.yaml",
)


@functools.cache
def seed_spec() -> Path:
    """The seed pages' spec files in a folder of their own (the documents linked), made once per
    test process: what the tests of the build machinery (writer, memo, lock, renderer) build, so
    that their cost stays that of four pages however many the project's spec holds."""
    folder = Path(tempfile.mkdtemp(prefix="seed-spec-")) / "spec"
    atexit.register(shutil.rmtree, folder.parent, True)
    folder.mkdir()
    for name in SEED_FILES:
        shutil.copy2(ROOT / "spec" / name, folder / name)
    (folder / "documents").symlink_to(DOCUMENTS, target_is_directory=True)
    return folder


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder filled by ``regenerate`` from the seed pages' spec (:func:`seed_spec`) and
    the shipped templates, once per test process."""
    folder = tmp_path_factory.mktemp("built") / "out"
    assert cli.main(["regenerate", "--spec", str(seed_spec()), "--out", str(folder)]) == 0
    return folder


def on_seed_pages(run: Any) -> Any:
    """The ``run`` fixture with ``regenerate`` reading the seed pages' spec (:func:`seed_spec`): a
    test module of the build machinery overrides ``run`` with it."""

    def _run(*argv: str | Path) -> Result:
        return run(*argv, "--spec", seed_spec()) if argv and argv[0] == "regenerate" else run(*argv)

    return _run


@pytest.fixture
def out(built: Path, tmp_path: Path) -> Path:
    """An output folder as ``regenerate`` fills it from the seed pages' spec and the shipped
    templates (a copy of the session's build, to change at will)."""
    folder = tmp_path / "out"
    shutil.copytree(built, folder, symlinks=True)
    return folder


MINIMAL_SOURCES = """\
spec_version: 1
sources:
  doc: {kind: document, title: A document}
  obs: {kind: observation, title: An observation}
"""

MINIMAL_PROJECT = """\
spec_version: 1
project:
  name: Example
  summary: The objects of an example API
  version: 1.0.0
  outputs:
    jsonschema: {bundle: example.schema.json, title: Example objects}
    python: {package: example_models, distribution: example-models, description: Example models.}
    markdown: {}
    fixtures: {}
    pydantic: {package: example_pydantic, distribution: example-pydantic, description: Example pydantic models.}
"""


def write_spec(folder: Path, files: dict[str, str], with_sources: bool = True) -> Path:
    """Write spec files (dedented) into ``folder``; a minimal sources.yaml and project.yaml are
    added unless given (or ``with_sources`` is off)."""
    folder.mkdir(parents=True, exist_ok=True)
    if with_sources and "sources.yaml" not in files:
        (folder / "sources.yaml").write_text(MINIMAL_SOURCES)
    if with_sources and "project.yaml" not in files:
        (folder / "project.yaml").write_text(MINIMAL_PROJECT)
    for name, text in files.items():
        (folder / name).write_text(textwrap.dedent(text))
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` by relative path (tool caches, build metadata and a compiled
    accelerator, as `pip install -e ./generated/python` leaves it in place, left out)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and not _CACHES & set(p.parts)
        and not any(part.endswith(".egg-info") for part in p.parts)
        and not p.name.endswith(tuple(EXTENSION_SUFFIXES))
    }


def render_tables(spec: SpecModel, folder: Path) -> Path:
    """The C accelerator's tables of ``spec`` rendered alone into ``folder/_tables.h``: what the
    engine's source compiles against, with no build of the package."""
    tables = accelerator.build(spec)
    made = accelerator.jobs(tables, tables.fingerprint(), "package", "models", MAX_DEPTH)
    (text,) = render([job for job in made if job.path.endswith(".h")], None, Memo(disk_cache=False)).values()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_tables.h").write_text(text)
    return folder


def generated_count() -> int:
    """How many files the generator owns in generated/ (its manifest included)."""
    return len(tree(GENERATED))

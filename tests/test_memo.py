"""The manifest's records let a run skip black and datamodel-code-generator, never at the cost of
missing a change: an edited file, a changed template or a changed spec makes the step run again."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SHIPPED, on_seed_pages, seed_spec, tree

from generator import pipeline
from generator.emit import writer
from generator.emit.memo import Memo, input_key, parse_manifest

MODULE = "python/voucherify_models/customer.py"
PYDANTIC = "pydantic/voucherify_pydantic/__init__.py"


@pytest.fixture
def run(run: Any) -> Any:
    return on_seed_pages(run)


def records(out: Path) -> dict[str, tuple[str, str]]:
    _, found = parse_manifest((out / writer.MANIFEST).read_text())
    return {path: (r.key, r.output) for path, r in found.items()}


def test_every_formatted_python_file_is_recorded_with_the_hash_of_its_bytes(out: Path) -> None:
    """Every Python file black or datamodel-code-generator made; the runtime's source files are
    shipped as they are, with no slow step to record."""
    found = records(out)
    shipped = {"_runtime.py", "_signature.py"}
    python = {p for p in tree(out) if p.endswith(".py") and p.rsplit("/", 1)[-1] not in shipped}
    assert set(found) == python
    for path, (_, output) in found.items():
        assert output == "sha256:" + hashlib.sha256((out / path).read_bytes()).hexdigest()


def test_a_current_folder_reuses_every_slow_step(out: Path) -> None:
    memo = pipeline.memo_for(out, reuse=True)
    produced = pipeline.build(seed_spec(), None, memo)
    assert memo.computed == 0 and memo.reused == len(records(out))
    assert produced == tree(out)


def test_check_imports_neither_black_nor_datamodel_code_generator_when_current(out: Path) -> None:
    probe = (
        "import sys; from generator.cli import main; code = main(['regenerate', '--check', '--spec', sys.argv[2], "
        "'--out', sys.argv[1]]); "
        "print(code, 'black' in sys.modules, 'datamodel_code_generator' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(out), str(seed_spec())], capture_output=True, text=True, cwd=ROOT
    )
    assert result.stdout.splitlines()[-1] == "0 False False"


@pytest.mark.parametrize("path", [MODULE, PYDANTIC])
def test_a_hand_edit_of_a_recorded_file_is_drift(run, out: Path, path: str, built: Path) -> None:
    target = out / path
    target.write_text(target.read_text() + "# edited\n")
    result = run("regenerate", "--check", "--out", out)
    assert result.code == 1
    assert f"+++ {out}/{path}" in result.out and "-# edited" in result.out
    assert run("regenerate", "--out", out).code == 0
    assert tree(out) == tree(built)


def test_a_changed_template_formats_again_exactly_the_modules_it_changes(out: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    settings = templates / "python/_settings.py.j2"
    settings.parent.mkdir(parents=True)
    settings.write_text((SHIPPED / "python/_settings.py.j2").read_text() + "\n\nEXTRA = 1\n")
    memo = pipeline.memo_for(out, reuse=True)
    produced = pipeline.build(seed_spec(), templates, memo)
    assert memo.computed == 1
    assert produced["python/voucherify_models/_settings.py"].endswith(b"\n\nEXTRA = 1\n")


def test_a_changed_spec_derives_the_pydantic_models_again(out: Path, tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(seed_spec(), spec, symlinks=True)
    events = spec / "events.yaml"
    events.write_text(events.read_text().replace("Customer details with details", "Customer data with details", 1))
    memo = pipeline.memo_for(out, reuse=True)
    produced = pipeline.build(spec, None, memo)
    assert memo.computed == 2  # the events module and the pydantic module; the rest reused
    assert b"Customer data with details" in produced[PYDANTIC]


@pytest.mark.slow  # black over every module
def test_no_cache_recomputes_and_sees_a_forged_record(run, out: Path) -> None:
    # A record can only be wrong if someone rewrites a file and its hash in the manifest together;
    # --no-cache (run by CI) trusts no record.
    target = out / MODULE
    forged = target.read_bytes() + b"# forged\n"
    target.write_bytes(forged)
    manifest = out / writer.MANIFEST
    old = records(out)[MODULE][1]
    manifest.write_text(manifest.read_text().replace(old, "sha256:" + hashlib.sha256(forged).hexdigest()))
    assert run("regenerate", "--check", "--out", out).code == 0
    result = run("regenerate", "--check", "--no-cache", "--out", out)
    assert result.code == 1 and "-# forged" in result.out


@pytest.mark.slow  # black over every module
def test_no_cache_gives_the_same_bytes(run, tmp_path: Path, built: Path) -> None:
    assert run("regenerate", "--no-cache", "--out", tmp_path / "fresh").code == 0
    assert tree(tmp_path / "fresh") == tree(built)


def test_input_keys_do_not_run_parts_together() -> None:
    assert input_key("ab", "c") != input_key("a", "bc")
    assert input_key("a") != input_key("a", "")


def test_a_record_for_a_missing_or_unreadable_file_is_not_used(tmp_path: Path) -> None:
    memo = Memo(tmp_path, {"x.py": parse_manifest("x.py\tk\tsha256:00\n")[1]["x.py"]})
    assert memo.run("x.py", "k", lambda: "made") == "made"
    (tmp_path / "x.py").write_bytes(b"\xff")
    good = "sha256:" + hashlib.sha256(b"\xff").hexdigest()
    memo = Memo(tmp_path, parse_manifest(f"x.py\tk\t{good}\n")[1])
    assert memo.run("x.py", "k", lambda: "made") == "made"

"""regenerate writes only what changed, deletes what it no longer produces, and publishes atomically."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import on_seed_pages, seed_spec, tree

from generator.emit import writer

SCHEMA = "jsonschema/CustomerId.schema.json"


@pytest.fixture
def run(run: Any) -> Any:
    return on_seed_pages(run)


@pytest.fixture
def files(built: Path) -> int:
    """How many files a run over the seed pages owns (its manifest included)."""
    return len(tree(built))


def test_first_run_reports_every_file(run, tmp_path: Path, files: int) -> None:
    result = run("regenerate", "--out", tmp_path / "fresh")
    lines = result.out.splitlines()
    assert lines[-1] == f"{files} written, 0 deleted, 0 unchanged"
    assert f"wrote {tmp_path}/fresh/{SCHEMA}" in lines


def test_second_run_writes_nothing(run, out: Path, files: int) -> None:
    inodes = {p: p.stat().st_ino for p in out.rglob("*") if p.is_file()}
    result = run("regenerate", "--out", out)
    assert result.out.splitlines() == [f"0 written, 0 deleted, {files} unchanged"]
    assert {p: p.stat().st_ino for p in out.rglob("*") if p.is_file()} == inodes


def test_only_the_changed_file_is_rewritten(run, out: Path, files: int, built: Path) -> None:
    (out / SCHEMA).write_text("{}\n")
    other = out / "jsonschema/CustomerBase.schema.json"
    inode = other.stat().st_ino
    result = run("regenerate", "--out", out)
    unchanged = files - 1
    assert result.out.splitlines() == [f"wrote {out}/{SCHEMA}", f"1 written, 0 deleted, {unchanged} unchanged"]
    assert other.stat().st_ino == inode
    assert tree(out) == tree(built)


def test_check_reports_stale_missing_and_extra_with_unified_diffs(run, out: Path) -> None:
    (out / SCHEMA).write_text((out / SCHEMA).read_text().replace("A unique identifier", "An identifier"))
    (out / "jsonschema/CustomerBase.schema.json").unlink()
    (out / "jsonschema/Gone.schema.json").write_text("{}\n")
    with open(out / writer.MANIFEST, "a") as manifest:
        manifest.write("jsonschema/Gone.schema.json\n")
    before = tree(out)
    result = run("regenerate", "--check", "--out", out)
    assert result.code == 1
    assert f"--- {out}/{SCHEMA}\n+++ {out}/{SCHEMA}\n" in result.out
    assert '-          "description": "An identifier of an existing customer."' in result.out
    assert '+          "description": "A unique identifier of an existing customer."' in result.out
    assert f"--- /dev/null\n+++ {out}/jsonschema/CustomerBase.schema.json\n" in result.out
    assert f"--- {out}/jsonschema/Gone.schema.json\n+++ /dev/null\n" in result.out
    assert result.out.splitlines()[-1] == (
        f"{out} is out of date: 2 stale, 1 missing, 1 extra; "
        f"run `docmodels regenerate --spec {seed_spec()} --out {out}`"
    )
    assert tree(out) == before  # --check writes nothing


def test_files_no_longer_produced_are_deleted_but_foreign_files_are_kept(run, out: Path) -> None:
    (out / "jsonschema/Gone.schema.json").write_text("{}\n")
    (out / "notes.txt").write_text("mine\n")
    with open(out / writer.MANIFEST, "a") as manifest:
        manifest.write("jsonschema/Gone.schema.json\n")
    result = run("regenerate", "--out", out)
    assert f"deleted {out}/jsonschema/Gone.schema.json" in result.out.splitlines()
    assert f"not generated: {out}/notes.txt (left in place; remove it or move it out of {out})" in result.out
    assert not (out / "jsonschema/Gone.schema.json").exists()
    assert (out / "notes.txt").read_text() == "mine\n"


def test_a_failure_while_writing_leaves_the_output_exactly_as_it_was(run, out: Path, monkeypatch) -> None:
    (out / SCHEMA).write_text("{}\n")
    (out / "jsonschema/CustomerBase.schema.json").write_text("{}\n")
    before = tree(out)
    calls = []
    real_write = writer._write_new

    def failing_write(target: Path, data: bytes) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(target))
        real_write(target, data)

    monkeypatch.setattr(writer, "_write_new", failing_write)
    result = run("regenerate", "--out", out)
    assert result.code == 2
    assert "No space left on device; nothing written" in result.err
    assert len(calls) == 2
    assert tree(out) == before
    assert not any(p.name.startswith(".out.new-") for p in out.parent.iterdir())


def test_a_failed_swap_leaves_the_output_exactly_as_it_was(run, out: Path, monkeypatch) -> None:
    (out / SCHEMA).write_text("{}\n")
    before = tree(out)

    def no_swap(staging: Path, out_dir: Path) -> None:
        raise OSError(5, "Input/output error", str(out_dir))

    monkeypatch.setattr(writer, "_swap", no_swap)
    assert run("regenerate", "--out", out).code == 2
    assert tree(out) == before
    assert not any(p.name.startswith(".out.new-") for p in out.parent.iterdir())


def test_the_two_rename_fallback_publishes_the_same_tree(run, tmp_path: Path, monkeypatch, built: Path) -> None:
    monkeypatch.setattr(writer, "_exchange", lambda a, b: False)
    folder = tmp_path / "out"
    assert run("regenerate", "--out", folder).code == 0
    (folder / SCHEMA).write_text("{}\n")
    assert run("regenerate", "--out", folder).code == 0
    assert tree(folder) == tree(built)


def test_manifest_lists_every_generated_file(out: Path) -> None:
    lines = [line for line in (out / writer.MANIFEST).read_text().splitlines() if not line.startswith("#")]
    assert [line.split("\t")[0] for line in lines] == sorted(set(tree(out)) - {writer.MANIFEST})


def test_a_hand_added_file_is_drift_named_by_check_and_left_by_regenerate(run, out: Path) -> None:
    (out / "python/voucherify_models/extra.py").write_text("print('shipped by mistake')\n")
    result = run("regenerate", "--check", "--out", out)
    assert result.code == 1
    assert result.out.splitlines()[-2:] == [
        f"not generated: {out}/python/voucherify_models/extra.py (left in place; remove it or move it out of {out})",
        f"{out} is out of date: 0 stale, 0 missing, 1 extra; "
        f"run `docmodels regenerate --spec {seed_spec()} --out {out}`",
    ]
    result = run("regenerate", "--out", out)
    assert result.code == 0
    assert f"not generated: {out}/python/voucherify_models/extra.py" in result.out
    assert (out / "python/voucherify_models/extra.py").is_file()
    (out / "python/voucherify_models/extra.py").unlink()
    assert run("regenerate", "--check", "--out", out).code == 0


def test_what_building_and_testing_the_packages_leave_is_not_drift(run, out: Path, files: int) -> None:
    package = out / "python/voucherify_models"
    byproducts = [
        package / "__pycache__/customer.cpython-311.pyc",
        package / "_speedups.cpython-311-x86_64-linux-gnu.so",
        out / "python/build/lib.linux-x86_64-cpython-311/voucherify_models/_speedups.so",
        out / "python/voucherify_models.egg-info/PKG-INFO",
        out / "pydantic/dist/voucherify_pydantic-0.1.0.tar.gz",
        out / "python/.mypy_cache/3.11/cache.db",
    ]
    for path in byproducts:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\0")
    result = run("regenerate", "--check", "--out", out)
    assert (result.code, result.out) == (0, f"{out} is current ({files} files)\n")
    # The same names where the generator writes nothing like them are files of someone else's.
    (package / "_other.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\0")
    (out / "docs/build.md.orig").write_text("x\n")
    result = run("regenerate", "--check", "--out", out)
    assert result.code == 1
    assert [line.split()[2] for line in result.out.splitlines() if line.startswith("not generated:")] == [
        f"{out}/docs/build.md.orig",
        f"{out}/python/voucherify_models/_other.cpython-311-x86_64-linux-gnu.so",
    ]


@pytest.mark.parametrize("entry", ["../outside.txt", "/tmp/absolute.txt", "docs/../../outside.txt", "unknown/x.txt"])
def test_a_manifest_entry_outside_the_generated_folders_is_refused(run, out: Path, entry: str) -> None:
    outside = out.parent / "outside.txt"
    outside.write_text("not the generator's\n")
    manifest = out / writer.MANIFEST
    lines = manifest.read_text().splitlines()
    manifest.write_text("\n".join([*lines[:5], entry, *lines[5:]]) + "\n")
    before = tree(out)
    for command in (("regenerate",), ("regenerate", "--check")):
        result = run(*command, "--out", out)
        assert result.code == 2
        assert result.err.splitlines() == [
            f"{out}/.manifest:6:1: manifest entry {entry!r} is not a file the generator writes",
            "1 problem(s); nothing written",
        ]
    assert outside.read_text() == "not the generator's\n"
    assert tree(out) == before


def test_a_folder_linked_out_of_the_output_folder_is_refused(run, out: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    shutil.move(out / "docs", elsewhere)
    (out / "docs").symlink_to(elsewhere)
    before = sorted(p.name for p in elsewhere.iterdir())
    result = run("regenerate", "--out", out)
    assert result.code == 2
    assert result.err.splitlines()[0] == f"{out}/docs:1:1: the output folder holds a symbolic link to a folder"
    assert sorted(p.name for p in elsewhere.iterdir()) == before


def test_a_run_leaves_nothing_beside_the_output_folder_and_clears_what_killed_runs_left(run, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    assert run("regenerate", "--out", folder).code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    leftover = tmp_path / ".out.new-killed"
    (leftover / "docs").mkdir(parents=True)
    (leftover / "docs/README.md").write_text("half a tree\n")
    (folder / SCHEMA).write_text("{}\n")
    assert run("regenerate", "--out", folder).code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["out"]

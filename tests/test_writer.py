"""regenerate writes only what changed, deletes what it no longer produces, and publishes atomically."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, generated_count, tree

from generator import writer

SCHEMA = "jsonschema/CustomerId.schema.json"


def test_first_run_reports_every_file(run, tmp_path: Path) -> None:
    result = run("regenerate", "--out", tmp_path / "fresh")
    lines = result.out.splitlines()
    assert lines[-1] == f"{generated_count()} written, 0 deleted, 0 unchanged"
    assert f"wrote {tmp_path}/fresh/{SCHEMA}" in lines


def test_second_run_writes_nothing(run, out: Path) -> None:
    inodes = {p: p.stat().st_ino for p in out.rglob("*") if p.is_file()}
    result = run("regenerate", "--out", out)
    assert result.out.splitlines() == [f"0 written, 0 deleted, {generated_count()} unchanged"]
    assert {p: p.stat().st_ino for p in out.rglob("*") if p.is_file()} == inodes


def test_only_the_changed_file_is_rewritten(run, out: Path) -> None:
    (out / SCHEMA).write_text("{}\n")
    other = out / "jsonschema/CustomerBase.schema.json"
    inode = other.stat().st_ino
    result = run("regenerate", "--out", out)
    unchanged = generated_count() - 1
    assert result.out.splitlines() == [f"wrote {out}/{SCHEMA}", f"1 written, 0 deleted, {unchanged} unchanged"]
    assert other.stat().st_ino == inode
    assert tree(out) == tree(ROOT / "generated")


def test_check_reports_stale_missing_and_extra_with_unified_diffs(run, out: Path) -> None:
    (out / SCHEMA).write_text((out / SCHEMA).read_text().replace("A unique identifier", "An identifier"))
    (out / "jsonschema/CustomerBase.schema.json").unlink()
    (out / "jsonschema/Gone.schema.json").write_text("{}\n")
    with open(out / writer.MANIFEST, "a") as manifest:
        manifest.write("jsonschema/Gone.schema.json\n")
    before = tree(out)
    result = run("regenerate", "--check", "--out", out)
    assert result.code == 1
    assert f"--- a/{out}/{SCHEMA}\n+++ b/{out}/{SCHEMA}\n" in result.out
    assert '-          "description": "An identifier of an existing customer."' in result.out
    assert '+          "description": "A unique identifier of an existing customer."' in result.out
    assert f"--- /dev/null\n+++ b/{out}/jsonschema/CustomerBase.schema.json\n" in result.out
    assert f"--- a/{out}/jsonschema/Gone.schema.json\n+++ /dev/null\n" in result.out
    assert result.out.splitlines()[-1] == (
        f"{out} is out of date: 2 stale, 1 missing, 1 extra; run `python -m generator regenerate`"
    )
    assert tree(out) == before  # --check writes nothing


def test_files_no_longer_produced_are_deleted_but_foreign_files_are_kept(run, out: Path) -> None:
    (out / "jsonschema/Gone.schema.json").write_text("{}\n")
    (out / "notes.txt").write_text("mine\n")
    with open(out / writer.MANIFEST, "a") as manifest:
        manifest.write("jsonschema/Gone.schema.json\n")
    result = run("regenerate", "--out", out)
    assert f"deleted {out}/jsonschema/Gone.schema.json" in result.out.splitlines()
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


def test_the_two_rename_fallback_publishes_the_same_tree(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(writer, "_exchange", lambda a, b: False)
    folder = tmp_path / "out"
    assert run("regenerate", "--out", folder).code == 0
    (folder / SCHEMA).write_text("{}\n")
    assert run("regenerate", "--out", folder).code == 0
    assert tree(folder) == tree(ROOT / "generated")


def test_manifest_lists_every_generated_file(out: Path) -> None:
    lines = [line for line in (out / writer.MANIFEST).read_text().splitlines() if not line.startswith("#")]
    assert [line.split("\t")[0] for line in lines] == sorted(set(tree(out)) - {writer.MANIFEST})

"""generated/ is exactly what spec/ and templates/ produce, and producing it is deterministic."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, generated_count, seed_spec, tree

from generator import pipeline


def test_regenerating_into_a_temporary_folder_equals_generated(run, tmp_path: Path) -> None:
    result = run("regenerate", "--out", tmp_path / "out")
    assert result.code == 0, result.err
    assert tree(tmp_path / "out") == tree(ROOT / "generated")


def test_check_passes_on_the_checked_in_tree(run) -> None:
    result = run("regenerate", "--check")
    assert result.code == 0, result.out + result.err
    assert result.out.endswith(f"is current ({generated_count()} files)\n")


def test_two_builds_give_identical_bytes() -> None:
    first = pipeline.build(seed_spec())
    second = pipeline.build(seed_spec())
    assert first == second


def test_output_has_no_machine_paths_or_timestamps(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    files = pipeline.build(ROOT / "spec")
    for path, data in files.items():
        text = data.decode()
        assert str(ROOT) not in text and str(tmp_path) not in text, path
        assert "2026-" not in text, path


def test_build_does_not_depend_on_the_working_folder(tmp_path: Path, monkeypatch) -> None:
    here = pipeline.build(seed_spec())
    monkeypatch.chdir(tmp_path)
    assert pipeline.build(seed_spec()) == here

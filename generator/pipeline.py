"""The whole job, stage by stage: load, resolve, render, then write or compare."""

from __future__ import annotations

from pathlib import Path

from generator.ir import SpecModel
from generator.render import render
from generator.resolver import resolve
from generator.specfiles import load_spec
from generator.targets import all_derivations, all_targets
from generator.writer import Plan, locked, plan, publish, with_manifest

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def load_model(spec_dir: Path) -> SpecModel:
    """Load, validate and resolve the spec folder."""
    return resolve(load_spec(spec_dir))


def build(spec_dir: Path, templates_dir: Path) -> dict[str, bytes]:
    """Every output file's bytes by path relative to the output folder, manifest included."""
    model = load_model(spec_dir)
    jobs = [job for target in all_targets() for job in target(model)]
    files = render(jobs, templates_dir)
    for derive in all_derivations():
        files.update(derive(files))
    return with_manifest(files)


def regenerate(spec_dir: Path, templates_dir: Path, out_dir: Path, shown: str) -> Plan:
    """Bring ``out_dir`` up to date; nothing is written unless every stage succeeded."""
    produced = build(spec_dir, templates_dir)
    with locked(out_dir):
        change = plan(out_dir, produced, shown)
        if not change.clean:
            publish(out_dir, change)
    return change


def check(spec_dir: Path, templates_dir: Path, out_dir: Path, shown: str) -> Plan:
    """What ``regenerate`` would change, without writing anything."""
    return plan(out_dir, build(spec_dir, templates_dir), shown)

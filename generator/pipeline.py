"""The whole job, stage by stage: load, resolve, render, then write or compare."""

from __future__ import annotations

from pathlib import Path

from generator.ir import SpecModel
from generator.memo import Memo
from generator.render import render
from generator.resolver import resolve
from generator.specfiles import load_spec
from generator.targets import all_derivations, all_targets
from generator.writer import Plan, locked, plan, publish, read_manifest, with_manifest

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def load_model(spec_dir: Path) -> SpecModel:
    """Load, validate and resolve the spec folder."""
    return resolve(load_spec(spec_dir))


def build(spec_dir: Path, templates_dir: Path, memo: Memo | None = None) -> dict[str, bytes]:
    """Every output file's bytes by path relative to the output folder, manifest included."""
    memo = memo or Memo()
    model = load_model(spec_dir)
    jobs = [job for target in all_targets() for job in target(model)]
    files = render(jobs, templates_dir, memo)
    for derive in all_derivations():
        files.update(derive(files, memo))
    return with_manifest(files, memo.keys)


def memo_for(out_dir: Path, reuse: bool) -> Memo:
    """Slow steps reuse what ``out_dir``'s manifest records and the user's cache, unless ``reuse``
    is off (then every step runs)."""
    return Memo(out_dir, read_manifest(out_dir)[1]) if reuse else Memo(disk_cache=False)


def regenerate(spec_dir: Path, templates_dir: Path, out_dir: Path, shown: str, reuse: bool = True) -> Plan:
    """Bring ``out_dir`` up to date; nothing is written unless every stage succeeded."""
    with locked(out_dir):
        produced = build(spec_dir, templates_dir, memo_for(out_dir, reuse))
        change = plan(out_dir, produced, shown)
        if not change.clean:
            publish(out_dir, change)
    return change


def check(spec_dir: Path, templates_dir: Path, out_dir: Path, shown: str, reuse: bool = True) -> Plan:
    """What ``regenerate`` would change, without writing anything."""
    return plan(out_dir, build(spec_dir, templates_dir, memo_for(out_dir, reuse)), shown)

"""The whole job, stage by stage: load, resolve, render, then write or compare."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.emit.lock import WAIT_SECONDS, locked
from generator.emit.memo import Memo
from generator.emit.render import derive, render
from generator.emit.writer import Plan, plan, publish, read_manifest, remove_leftovers, with_manifest
from generator.model.ir import SpecModel
from generator.outputs.registry import chosen, folders
from generator.resolver import load


def load_model(spec_dir: Path) -> SpecModel:
    """Load, validate and resolve the spec folder."""
    return load(spec_dir)


def build(spec_dir: Path, templates: Path | None = None, memo: Memo | None = None) -> dict[str, bytes]:
    """Every output file's bytes by path relative to the output folder, manifest included.
    ``templates``: a folder whose files replace the shipped templates of the same path."""
    memo = memo or Memo()
    model = load_model(spec_dir)
    outputs, helpers = chosen(model.project.outputs)
    files = render([job for output in outputs for job in output.jobs(model)], templates, memo)
    for output in outputs:
        if output.derive is not None:
            files.update(derive(output.derive(model, files), memo))
    kept = {path: text for path, text in files.items() if path.split("/", 1)[0] not in helpers}
    return with_manifest(kept, memo.keys)


def memo_for(out_dir: Path, reuse: bool) -> Memo:
    """Slow steps reuse what ``out_dir``'s manifest records and the user's cache, unless ``reuse``
    is off (then every step runs)."""
    return Memo(out_dir, read_manifest(out_dir, folders())[1]) if reuse else Memo(disk_cache=False)


def regenerate(
    spec_dir: Path,
    templates: Path | None,
    out_dir: Path,
    shown: str,
    reuse: bool = True,
    wait: float = WAIT_SECONDS,
    say: Callable[[str], None] = print,
) -> Plan:
    """Bring ``out_dir`` up to date; nothing is written unless every stage succeeded. Waits up to
    ``wait`` seconds for another run on the same folder, telling ``say`` who holds it."""
    with locked(out_dir, shown, wait, say):
        remove_leftovers(out_dir)
        produced = build(spec_dir, templates, memo_for(out_dir, reuse))
        change = plan(out_dir, produced, shown, folders())
        if change.write or change.delete:
            publish(out_dir, change)
    return change


def check(spec_dir: Path, templates: Path | None, out_dir: Path, shown: str, reuse: bool = True) -> Plan:
    """What ``regenerate`` would change, without writing anything."""
    return plan(out_dir, build(spec_dir, templates, memo_for(out_dir, reuse)), shown, folders())

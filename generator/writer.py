"""Compare produced files with an output folder, and publish them atomically.

The generator owns the files it lists in ``.manifest`` at the root of the output folder; a file
that was owned and is no longer produced is deleted. Publication builds the new tree beside the old
one (unchanged files hard-linked, so their inodes and times stay) and swaps the two folders, so a
failure at any point leaves the output exactly as it was. A lock file serialises concurrent runs.
"""

from __future__ import annotations

import contextlib
import ctypes
import difflib
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.memo import Record, manifest_line, parse_manifest

MANIFEST = ".manifest"
_HEADER = (
    "# Files written by `python -m generator regenerate`; it deletes them when no longer produced.\n"
    "# A file made by a slow step (black, datamodel-code-generator) has the hashes of the step's input\n"
    "# and of the file, so that the next run can reuse the file (--no-cache recomputes it).\n"
)


@dataclass
class Plan:
    """What bringing the output folder up to date takes."""

    write: dict[str, bytes] = field(default_factory=dict)
    delete: list[str] = field(default_factory=list)
    unchanged: int = 0
    diffs: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.write and not self.delete


def with_manifest(files: dict[str, str], keys: dict[str, str]) -> dict[str, bytes]:
    """The produced files as bytes, plus the manifest that lists them (``keys``: the input hash of
    each file made by a slow step)."""
    out = {path: text.encode("utf-8") for path, text in files.items()}
    lines = (manifest_line(p, keys.get(p), out[p]) for p in sorted(out))
    out[MANIFEST] = (_HEADER + "".join(lines)).encode("utf-8")
    return dict(sorted(out.items()))


def read_manifest(out_dir: Path) -> tuple[set[str], dict[str, Record]]:
    """The files the last run wrote, and the records of those made by a slow step."""
    manifest = out_dir / MANIFEST
    if not manifest.is_file():
        return set(), {}
    try:
        paths, records = parse_manifest(manifest.read_text("utf-8"))
    except UnicodeDecodeError:
        return set(), {}
    return paths | {MANIFEST}, records


def owned(out_dir: Path) -> set[str]:
    """The files the last run wrote, from its manifest."""
    return read_manifest(out_dir)[0]


def plan(out_dir: Path, produced: dict[str, bytes], shown: str) -> Plan:
    """Compare ``produced`` with ``out_dir``: stale, missing and extra files, each with a unified diff."""
    result = Plan()
    for path, new in produced.items():
        target = out_dir / path
        old = target.read_bytes() if target.is_file() else None
        if old == new:
            result.unchanged += 1
            continue
        result.write[path] = new
        result.diffs.append(_diff(f"{shown}/{path}", old, new))
    for path in sorted(owned(out_dir) - set(produced)):
        if (out_dir / path).is_file():
            result.delete.append(path)
            result.diffs.append(_diff(f"{shown}/{path}", (out_dir / path).read_bytes(), None))
    return result


def _diff(name: str, old: bytes | None, new: bytes | None) -> str:
    def lines(data: bytes | None) -> list[str]:
        return data.decode("utf-8", "replace").splitlines(keepends=True) if data is not None else []

    before = "/dev/null" if old is None else f"a/{name}"
    after = "/dev/null" if new is None else f"b/{name}"
    text = "".join(difflib.unified_diff(lines(old), lines(new), before, after))
    return text if text.endswith("\n") else text + "\n"


@contextlib.contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock beside the output folder for the duration of a run."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out_dir.parent / f".{out_dir.name}.lock"
    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def publish(out_dir: Path, change: Plan) -> None:
    """Apply ``change`` to ``out_dir`` all at once, or not at all."""
    parent = out_dir.parent
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=parent))
    try:
        _match_mode(staging, out_dir)
        if out_dir.exists():
            shutil.copytree(out_dir, staging, symlinks=True, copy_function=_link_or_copy, dirs_exist_ok=True)
        for path in change.delete:
            (staging / path).unlink()
            _prune_empty(staging / path, staging)
        for path, data in change.write.items():
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_new(target, data)
        _swap(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _match_mode(staging: Path, out_dir: Path) -> None:
    """mkdtemp makes a private folder; the published one keeps the old mode, or the umask's."""
    if out_dir.exists():
        shutil.copymode(out_dir, staging)
        return
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(staging, 0o777 & ~umask)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _write_new(target: Path, data: bytes) -> None:
    """Write a fresh inode (never through a hard link shared with the live tree)."""
    if target.exists():
        target.unlink()
    with open(target, "xb") as handle:
        handle.write(data)


def _prune_empty(path: Path, root: Path) -> None:
    parent = path.parent
    while parent != root and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent


def _swap(staging: Path, out_dir: Path) -> None:
    """Put ``staging`` in place of ``out_dir``; afterwards ``staging`` holds the old tree."""
    if not out_dir.exists():
        os.rename(staging, out_dir)
        staging.mkdir()
        return
    if _exchange(staging, out_dir):
        return
    # No atomic exchange on this system: two renames, the old tree kept until the new one is in place.
    backup = staging.with_name(staging.name + ".old")
    os.rename(out_dir, backup)
    try:
        os.rename(staging, out_dir)
    except OSError:
        os.rename(backup, out_dir)
        raise
    os.rename(backup, staging)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step with Linux renameat2(RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(result == 0)

"""Compare produced files with an output folder, and publish them atomically.

The generator owns the files it lists in ``.manifest`` at the root of the output folder; a file
that was owned and is no longer produced is deleted. Publication builds the new tree beside the old
one (unchanged files hard-linked, so their inodes and times stay) and swaps the two folders, so a
failure at any point leaves the output exactly as it was. Runs are serialised by ``lock``.
"""

from __future__ import annotations

import contextlib
import ctypes
import difflib
import glob
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.diagnostics import Diagnostic, GenerationError, Location, shown_path
from generator.emit.memo import Record, manifest_entries, manifest_line, parse_manifest

MANIFEST = ".manifest"
_HEADER = (
    "# Files written by `docmodels regenerate`; it deletes them when no longer produced.\n"
    "# A file made by a slow step (black, datamodel-code-generator) has the hashes of the step's input\n"
    "# and of the file, so that the next run can reuse the file (--no-cache recomputes it).\n"
)


@dataclass
class Plan:
    """What bringing the output folder up to date takes."""

    write: dict[str, bytes] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # the paths of ``write`` that are not there yet
    delete: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)  # there, but never produced: named, never touched
    unchanged: int = 0
    diffs: list[str] = field(default_factory=list)

    @property
    def stale(self) -> list[str]:
        """The paths of ``write`` whose files hold other bytes."""
        missing = set(self.missing)
        return [p for p in self.write if p not in missing]

    @property
    def clean(self) -> bool:
        return not self.write and not self.delete and not self.foreign


def with_manifest(files: dict[str, str], keys: dict[str, str]) -> dict[str, bytes]:
    """The produced files as bytes, plus the manifest that lists them (``keys``: the input hash of
    each file made by a slow step)."""
    out = {path: text.encode("utf-8") for path, text in files.items()}
    lines = (manifest_line(p, keys.get(p), out[p]) for p in sorted(out))
    out[MANIFEST] = (_HEADER + "".join(lines)).encode("utf-8")
    return dict(sorted(out.items()))


def read_manifest(out_dir: Path, roots: frozenset[str]) -> tuple[set[str], dict[str, Record]]:
    """The files the last run wrote, and the records of those made by a slow step.

    SECURITY: the manifest is a file in the output folder, so anyone who can write there can edit
    it; every entry must be a plain relative path below one of ``roots`` (the top folders the
    generator writes), or the run stops with the entry's line before acting on any."""
    manifest = out_dir / MANIFEST
    if not manifest.is_file():
        return set(), {}
    try:
        text = manifest.read_text("utf-8")
    except UnicodeDecodeError:
        return set(), {}
    shown = shown_path(manifest)
    bad = [
        Diagnostic(Location(shown, number, 1), f"manifest entry {path!r} is not a file the generator writes")
        for number, path, _ in manifest_entries(text)
        if not is_output_path(path, roots)
    ]
    if bad:
        raise GenerationError(bad)
    paths, records = parse_manifest(text)
    return paths | {MANIFEST}, records


def is_output_path(path: str, roots: frozenset[str]) -> bool:
    """Whether ``path`` has the shape of a generated file: relative, below one of ``roots``, with
    only plain components (no ``..``, ``.``, empty parts, backslashes or control characters)."""
    parts = path.split("/")
    return (
        len(parts) >= 2
        and parts[0] in roots
        and all(p not in ("", ".", "..") and p.isprintable() and "\\" not in p for p in parts)
    )


# Left beside the generated packages by building, installing, testing or importing them: never
# drift, never deleted. A folder of these names counts only where the generator writes no folder.
_BYPRODUCT_FOLDERS = {"__pycache__", "build", "dist", ".mypy_cache", ".pytest_cache", ".ruff_cache"}


def _byproduct(path: str, produced: dict[str, bytes], folders: set[str]) -> bool:
    parts = path.split("/")
    for depth in range(1, len(parts)):
        name = parts[depth - 1]
        if (name in _BYPRODUCT_FOLDERS or name.endswith(".egg-info")) and "/".join(parts[:depth]) not in folders:
            return True
    # A compiled extension beside the C source it was built from (an editable install builds in place).
    name = parts[-1]
    source = "/".join([*parts[:-1], name.partition(".")[0] + ".c"])
    return name.endswith((".so", ".pyd")) and source in produced


def plan(out_dir: Path, produced: dict[str, bytes], shown: str, roots: frozenset[str]) -> Plan:
    """Compare ``produced`` with ``out_dir``: stale, missing, extra and foreign files, each stale,
    missing or extra one with a unified diff. ``roots``: the top folders the generator may write."""
    owned = read_manifest(out_dir, roots)[0]
    _confined(out_dir, [*produced, *owned])
    result = Plan()
    # The manifest's diff (hashes) last: a reviewer reads the files' diffs first.
    for path, new in sorted(produced.items(), key=lambda item: item[0] == MANIFEST):
        target = out_dir / path
        old = target.read_bytes() if target.is_file() else None
        if old == new:
            result.unchanged += 1
            continue
        result.write[path] = new
        if old is None:
            result.missing.append(path)
        result.diffs.append(_diff(f"{shown}/{path}", old, new))
    for path in sorted(owned - set(produced)):
        if (out_dir / path).is_file():
            result.delete.append(path)
            result.diffs.append(_diff(f"{shown}/{path}", (out_dir / path).read_bytes(), None))
    folders = {"/".join(p.split("/")[:i]) for p in produced for i in range(1, p.count("/") + 1)}
    known = owned | set(produced)
    for found in _files(out_dir):
        if found not in known and not _byproduct(found, produced, folders):
            result.foreign.append(found)
    return result


def _files(folder: Path) -> list[str]:
    """Every file below ``folder`` (symbolic links as files, never followed), sorted."""
    if not folder.is_dir():
        return []
    found: list[str] = []
    for top, dirs, files in os.walk(folder):
        base = Path(top).relative_to(folder)
        found += [(base / name).as_posix() for name in files]
        found += [(base / name).as_posix() for name in dirs if (Path(top) / name).is_symlink()]
    return sorted(found)


def _confined(out_dir: Path, paths: list[str]) -> None:
    """SECURITY: refuse to read, write or delete through a symbolic link in the output folder, which
    could lead outside it."""
    seen: set[Path] = set()
    for path in paths:
        parent = (out_dir / path).parent
        while parent != out_dir and parent not in seen:
            if parent.is_symlink():
                where = Location(shown_path(parent), 1, 1)
                raise GenerationError([Diagnostic(where, "the output folder holds a symbolic link to a folder")])
            seen.add(parent)
            parent = parent.parent


def _diff(name: str, old: bytes | None, new: bytes | None) -> str:
    def lines(data: bytes | None) -> list[str]:
        return data.decode("utf-8", "replace").splitlines(keepends=True) if data is not None else []

    # git's a/ and b/ before a relative path; an absolute one stands as it is (no "a//tmp").
    a, b = ("", "") if name.startswith("/") else ("a/", "b/")
    before = "/dev/null" if old is None else f"{a}{name}"
    after = "/dev/null" if new is None else f"{b}{name}"
    text = "".join(difflib.unified_diff(lines(old), lines(new), before, after))
    return text if text.endswith("\n") else text + "\n"


def remove_leftovers(out_dir: Path) -> None:
    """What runs that were killed left beside the output folder: staging trees, and the old tree
    of a two-rename swap cut in the middle, which is put back where the output folder is missing.
    Only under the lock: then no other run is using them."""
    pattern = f".{glob.escape(out_dir.name)}.new-*"
    backups = sorted(out_dir.parent.glob(pattern + ".old"))
    if backups and not out_dir.exists() and not backups[-1].is_symlink():
        os.rename(backups[-1], out_dir)
    for leftover in out_dir.parent.glob(pattern):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)


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
        with contextlib.suppress(OSError):  # never an error once the new tree may be in place
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
    """Put ``staging`` in place of ``out_dir``. Once the new tree is in place nothing may fail:
    the old one is removed best-effort, so an error never claims that nothing was written."""
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    if _exchange(staging, out_dir):
        return  # staging now holds the old tree, which publish() removes
    # No atomic exchange on this system: two renames, the old tree kept until the new one is in
    # place (a run killed between them leaves it as `<staging>.old`, which the next run restores).
    backup = staging.with_name(staging.name + ".old")
    os.rename(out_dir, backup)
    try:
        os.rename(staging, out_dir)
    except OSError:
        os.rename(backup, out_dir)
        raise
    with contextlib.suppress(OSError):
        shutil.rmtree(backup, ignore_errors=True)


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

"""Reuse of the slow, pure steps (black, datamodel-code-generator) across runs.

A file made by a slow step is listed in the output folder's ``.manifest`` with two hashes: of the
step's input (its text, the tool's version and options) and of the bytes the step produced. When
the next run meets the same input and the file on disk still has those bytes, the file *is* the
step's output, so the step is skipped and its tool never imported. A file edited by hand no longer
matches its recorded bytes and is made again, so ``--check`` still sees the edit. ``--no-cache``
ignores the records and recomputes everything, to check the records themselves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

_TAB = "\t"


def digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def input_key(*parts: str) -> str:
    """The hash of a step's input: every part that can change its output, unambiguously joined."""
    h = hashlib.sha256()
    for part in parts:
        encoded = part.encode("utf-8", "surrogatepass")
        h.update(len(encoded).to_bytes(8, "big"))
        h.update(encoded)
    return "sha256:" + h.hexdigest()


@dataclass(frozen=True)
class Record:
    """What the manifest says about one file made by a slow step."""

    key: str
    output: str


def manifest_line(path: str, key: str | None, data: bytes) -> str:
    return f"{path}{_TAB}{key}{_TAB}{digest(data)}\n" if key else f"{path}\n"


def manifest_entries(text: str) -> Iterator[tuple[int, str, list[str]]]:
    """Each entry's line number, path and hashes; comments and blank lines skipped."""
    for number, line in enumerate(text.split("\n"), 1):
        if line and not line.startswith("#"):
            path, *hashes = line.split(_TAB)
            yield number, path, hashes


def parse_manifest(text: str) -> tuple[set[str], dict[str, Record]]:
    """The files a manifest lists, and the records of those made by a slow step."""
    paths: set[str] = set()
    records: dict[str, Record] = {}
    for _, path, hashes in manifest_entries(text):
        paths.add(path)
        if len(hashes) == 2:
            records[path] = Record(*hashes)
    return paths, records


@dataclass
class Memo:
    """Slow steps of one run: reuses recorded outputs from ``folder``, and notes each step's key
    so that the new manifest records it."""

    folder: Path | None = None
    records: dict[str, Record] = field(default_factory=dict)
    disk_cache: bool = True  # the per-user cache of black's output (formatting.cache_dir)
    keys: dict[str, str] = field(default_factory=dict)
    reused: int = 0
    computed: int = 0
    _checked: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False)

    def run(self, path: str, key: str, step: Callable[[], str]) -> str:
        """The output of ``step`` for the file ``path``, whose input hashes to ``key``."""
        self.keys[path] = key
        recorded = self._recorded(path, key)
        if recorded is not None:
            self.reused += 1
            return recorded
        self.computed += 1
        return step()

    def has(self, path: str, key: str) -> bool:
        """Whether :meth:`run` will reuse the recorded file instead of running its step."""
        return self._recorded(path, key) is not None

    def _recorded(self, path: str, key: str) -> str | None:
        if (path, key) not in self._checked:  # each file is read and hashed once per run
            self._checked[path, key] = self._read_recorded(path, key)
        return self._checked[path, key]

    def _read_recorded(self, path: str, key: str) -> str | None:
        record = self.records.get(path)
        if self.folder is None or record is None or record.key != key:
            return None
        try:
            data = (self.folder / path).read_bytes()
        except OSError:
            return None
        if digest(data) != record.output:
            return None  # edited since it was written: make it again, and let the diff show
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return None

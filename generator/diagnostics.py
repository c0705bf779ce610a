"""Problems found in a spec or a template, each tied to a place in a file."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Location:
    """A 1-based line and column in a file, as editors count them."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem, printed as ``file:line:col: message``."""

    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class GenerationError(Exception):
    """Raised when a stage found problems; carries every one of them, sorted."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(set(diagnostics))
        super().__init__("\n".join(str(d) for d in self.diagnostics))


def shown_path(path: Path) -> str:
    """A path as messages show it: relative to the working folder when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` for the choice nearest a mistyped ``word``, or ``""``."""
    options = list(choices)
    near = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    lowered = {c.lower(): c for c in options}
    if not near and word.lower() in lowered:
        near = [lowered[word.lower()]]
    return f"; did you mean {near[0]!r}?" if near else ""

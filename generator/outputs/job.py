"""What an output hands the emit stage: files to render from a template, source files to ship as
they are, and files derived from other rendered files."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from typing import Any, Literal

# How a file's text is formatted once made (generator.emit.formatters): "python" for the
# templates' Python (black's layout, long statements laid out by black), "black" for Python made
# by another tool (black over the whole text).
PythonFormatter = Literal["python", "black"]
Formatter = Literal["json", "python", "black", "text"]


@dataclass(frozen=True)
class Job:
    """One file to render: where it goes, which template renders it, with what, how it is formatted."""

    path: str
    template: str
    context: Mapping[str, Any]
    formatter: Formatter


@dataclass(frozen=True)
class Copy:
    """One file that is a source file of the generator, shipped as it is below a ``header`` line
    (the runtime of the Python models): the same for every spec, so no template renders it."""

    path: str
    source: Traversable
    header: str
    formatter: Formatter


@dataclass(frozen=True)
class Derived:
    """One file made from other outputs' rendered files by a slow, pure step (a tool run on them).
    ``key`` is everything its text depends on besides the formatter (the tool, its version and
    options, its input): the emit stage runs ``make`` only when no earlier run recorded a file for
    that key, and formats what it returns."""

    path: str
    key: tuple[str, ...]
    make: Callable[[], str]
    formatter: Formatter

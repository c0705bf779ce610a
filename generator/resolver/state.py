"""What the passes of the resolver share: the documents, what is built so far, the problems."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from generator.diagnostics import Diagnostic, Location
from generator.model.ir import Field, Model, Source, TaggedUnion, TagValueUnion, TypeNode
from generator.spec.yamlreader import JsonPath, LocatedDocument

UNKNOWN = "<unknown>"  # stands for an unknown reference, already reported, so later checks skip it


@dataclass
class Entry:
    """A top-level object of a spec file, before resolution."""

    title: str
    raw: dict[str, Any]
    doc: LocatedDocument
    path: JsonPath
    page: str
    source: str
    name: str = ""


@dataclass(frozen=True)
class Scope:
    """Where a type node stands: its file, path, and the class and field it belongs to."""

    doc: LocatedDocument
    path: JsonPath
    owner: str
    page: str
    source: str


@dataclass
class State:
    """The documents, what the passes have built so far, and every problem found."""

    docs: list[LocatedDocument]
    problems: list[Diagnostic] = field(default_factory=list)
    sources: dict[str, tuple[Source, Location]] = field(default_factory=dict)
    entries: dict[str, Entry] = field(default_factory=dict)
    classes: dict[str, Location] = field(default_factory=dict)  # each claimed class name, where
    models: dict[str, Model] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # class names in the documents' order
    closed_variants: list[tuple[str, Location]] = field(default_factory=list)
    tag_unions: list[tuple[TagValueUnion, Location]] = field(default_factory=list)  # checked after every class
    formulas: list[tuple[Field, Location]] = field(default_factory=list)
    tagged: list[Any] = field(default_factory=list)  # tagged.Pending, resolved after every class
    # The names of the tagged unions and their variants, which a `ref` may name (known before any
    # class is built), and the references that name one, checked once the unions exist.
    union_names: set[str] = field(default_factory=set)
    named_refs: list[tuple[str, Location]] = field(default_factory=list)
    unions: list[TaggedUnion] = field(default_factory=list)
    cited: list[tuple[str, Location, str]] = field(default_factory=list)
    # Examples and defaults, checked once every class exists: (type, path, value, document).
    deferred_values: list[tuple[TypeNode, JsonPath, Any, LocatedDocument]] = field(default_factory=list)

    def error(self, where: Location, message: str) -> None:
        self.problems.append(Diagnostic(where, message))

    def place(self, stable: str) -> Location:
        """A location recorded in the model under a stable file name, as messages show it."""
        name, line, column = stable.rsplit(":", 2)
        shown = next((d.file for d in self.docs if d.name == name), name)
        return Location(shown, int(line), int(column))

    def cite(self, source: str, where: Location, kind: str | None = None) -> None:
        """Record a citation, checked once every source is known."""
        self.cited.append((source, where, kind or ""))


def at(scope: Scope, *keys: str | int) -> Scope:
    """The scope one or more keys further down."""
    return replace(scope, path=(*scope.path, *keys))

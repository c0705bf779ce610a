"""The resolved intermediate model: every name, type and order decided, ready for templates.

Templates read these attributes and decide nothing; ``effective`` values (documented and observed
together) are what outputs validate against, the documented and observed parts are kept apart for
outputs that show both.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

TypeKind = str  # string integer number boolean object model map array union any

# How deep a payload may nest objects and arrays (the root object is level 1). The models refuse
# deeper payloads, so that everything they accept can be written back as JSON by any writer.
MAX_DEPTH = 256


@dataclass(frozen=True)
class Lost:
    """Part of a document that its capture lost: an object, or a field and what nests in it."""

    object: str
    path: str
    note: str

    def covers(self, title: str, path: str) -> bool:
        """Whether the attribute ``path`` of object ``title`` is in the lost part."""
        return title == self.object and (not self.path or path == self.path or path.startswith(self.path + "."))


@dataclass(frozen=True)
class Source:
    """A document or an observation that the spec cites."""

    id: str
    kind: str
    title: str
    file: str | None
    note: str | None
    lost: tuple[Lost, ...] = ()
    url: str | None = None


@dataclass(frozen=True)
class Fact:
    """Something the vendor's machine-readable spec or real payloads add to a documented field."""

    attribute: str
    value: Any
    source: str
    note: str | None


@dataclass(frozen=True)
class Note:
    """Free text about an object or field, with its source."""

    source: str
    text: str


@dataclass(frozen=True)
class Example:
    """A whole example payload of an object."""

    source: str
    note: str | None
    value: Any


@dataclass(frozen=True)
class TypeRef:
    """A resolved type. ``model`` names a class; ``target`` is that class with aliases followed."""

    kind: TypeKind
    nullable: bool = False
    format: str | None = None
    enum: tuple[str | int, ...] | None = None
    model: str | None = None
    target: str | None = None
    item: TypeRef | None = None
    map_key: str | None = None
    branches: tuple[TypeRef, ...] = ()
    union_rule: str | None = None
    narrow: str | None = None
    wide: str | None = None

    def walk(self) -> Iterator[TypeRef]:
        """This type and every type nested in it (array items, map values, union branches)."""
        yield self
        for inner in (self.item, *self.branches):
            if inner is not None:
                yield from inner.walk()


@dataclass(frozen=True)
class Documented:
    """What the documents themselves say of a field's type, before observed facts."""

    type: str | None
    nullable: bool
    format: str | None
    enum: tuple[str | int, ...] | None

    @property
    def enum_text(self) -> tuple[str, ...] | None:
        """The documented values as the pages print them."""
        return tuple(str(v) for v in self.enum) if self.enum is not None else None


@dataclass(frozen=True)
class Undocumented:
    """Marks a field that the documents do not show, with where it is known from."""

    source: str
    note: str


@dataclass(frozen=True)
class Field:
    """One attribute of a class, with its wire name and its Python name."""

    wire_name: str
    py_name: str
    type: TypeRef
    documented: Documented
    description: str | None
    has_example: bool
    example: Any
    has_default: bool
    default: Any
    deprecated: bool
    formula: str | None
    observed: tuple[Fact, ...]
    undocumented: Undocumented | None
    notes: tuple[Note, ...]
    origin: str
    location: str


@dataclass(frozen=True)
class Model:
    """A class: a documented object, an inline part of an "all of", or a nested object."""

    name: str
    title: str | None
    kind: str  # object | alias
    page: str
    source: str
    anchor: str | None
    description: str | None
    fields: tuple[Field, ...]
    all_of: tuple[str, ...]
    alias_of: str | None
    owner: str | None
    examples: tuple[Example, ...]
    notes: tuple[Note, ...]
    spec_file: str
    location: str
    # Whether its payloads can nest without bound: it leads to a class that leads back to itself.
    # Outputs check the depth of such payloads (MAX_DEPTH); the others' depth is the spec's.
    recursive: bool = False

    def field(self, wire_name: str) -> Field:
        """The field with this wire name."""
        return next(f for f in self.fields if f.wire_name == wire_name)


@dataclass(frozen=True)
class Change:
    """A difference between an older capture of a page and the spec."""

    object: str
    path: str
    kind: str
    has_before: bool
    before: Any
    documents: tuple[str, ...]
    note: str | None


@dataclass(frozen=True)
class Page:
    """A documented page and the classes it defines, in the page's order."""

    id: str
    title: str
    source: str
    spec_file: str
    models: tuple[str, ...]
    history: tuple[Change, ...]


OutputName = Literal["jsonschema", "python", "markdown", "fixtures", "pydantic"]


@dataclass(frozen=True)
class PackageNames:
    """What a generated Python package is called: its import name, the name pip installs it by,
    and one line of description for its metadata."""

    package: str
    distribution: str
    description: str


@dataclass(frozen=True)
class Project:
    """The project settings (``project.yaml``): every name the outputs print, and which are built."""

    name: str
    title: str
    summary: str
    version: str
    outputs: tuple[OutputName, ...]
    python: PackageNames | None
    pydantic: PackageNames | None
    bundle: str  # the JSON Schema file with every class
    schema_title: str

    def package(self, output: Literal["python", "pydantic"]) -> PackageNames:
        """The names of an output's package; only asked for when that output is built."""
        names = self.python if output == "python" else self.pydantic
        if names is None:
            raise LookupError(f"the {output} output is not configured")
        return names


@dataclass(frozen=True)
class SpecModel:
    """The whole resolved spec."""

    project: Project
    sources: tuple[Source, ...]
    pages: tuple[Page, ...]
    models: tuple[Model, ...]
    files: tuple[str, ...]  # every spec file, by its stable name (``spec/customer.yaml``)
    _by_name: dict[str, Model] = dataclasses.field(init=False, repr=False, compare=False)
    _sources: dict[str, Source] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Targets look classes up by name for every reference: a scan would make a build quadratic.
        object.__setattr__(self, "_by_name", {m.name: m for m in self.models})
        object.__setattr__(self, "_sources", {s.id: s for s in self.sources})

    def model(self, name: str) -> Model:
        """The class with this name."""
        return self._by_name[name]

    def source(self, source_id: str) -> Source:
        """The source with this id (the resolver has checked every citation)."""
        return self._sources[source_id]

    def to_json(self) -> str:
        """The model as stable, indented JSON (for ``--dump-model``)."""
        data = dataclasses.asdict(self)
        del data["_by_name"], data["_sources"]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

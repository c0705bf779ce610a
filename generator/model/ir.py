"""The resolved intermediate model: every name, type and order decided, ready for templates.

Templates read these attributes and decide nothing; ``effective`` values (documented and observed
together) are what outputs validate against, the documented and observed parts are kept apart for
outputs that show both.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, assert_never, get_args

from generator.model.formats import FormatName

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


# -- types: one class per kind, each with only what its kind has -------------------------------
# Every place that acts per kind matches on these classes and ends in ``assert_never``, so that
# ``mypy`` names each place a new kind must reach (docs/design.md, "Adding a type kind").


@dataclass(frozen=True)
class Text:
    """A JSON string; with a format, one of :data:`generator.model.formats.FORMATS`."""

    format: FormatName | None = None
    nullable: bool = False


@dataclass(frozen=True)
class Choice:
    """A string from a closed list: the documented values, observed ones after them."""

    values: tuple[str, ...]
    nullable: bool = False


@dataclass(frozen=True)
class OpenChoice:
    """A string from a list the vendor extends: the documented ``values`` are known, any other
    string is kept and marked as not known (the models hold it as ``Unrecognized``). The
    ``excluded`` values are not allowed: the variants of a tagged union own them."""

    values: tuple[str, ...]
    excluded: tuple[str, ...] = ()
    nullable: bool = False


@dataclass(frozen=True)
class _Plain:
    """A kind with nothing but its nullability."""

    nullable: bool = False


@dataclass(frozen=True)
class Integer(_Plain):
    """A JSON integer (no boolean, no number with a fraction)."""


@dataclass(frozen=True)
class Number(_Plain):
    """A finite JSON number."""


@dataclass(frozen=True)
class Boolean(_Plain):
    """``true`` or ``false``."""


@dataclass(frozen=True)
class FreeObject(_Plain):
    """A JSON object whose keys and values the spec leaves open (``type: object`` with no fields)."""


@dataclass(frozen=True)
class AnyValue(_Plain):
    """Any JSON value, null included (an array's items when the documents name none)."""


@dataclass(frozen=True)
class ModelRef:
    """An object of a class. ``model`` is the class as the spec names it (an alias stays one);
    ``target`` is the class it stands for, aliases followed."""

    model: str
    target: str
    nullable: bool = False


@dataclass(frozen=True)
class ArrayOf:
    """A JSON array of one item type."""

    item: TypeNode
    nullable: bool = False


@dataclass(frozen=True)
class MapOf:
    """A JSON object used as a map: any keys, one value type. ``key`` says what the keys are."""

    item: TypeNode
    key: str | None = None
    nullable: bool = False


@dataclass(frozen=True)
class KeySubsetUnion:
    """One of two classes, decided by the key-subset rule: the ``narrow`` class when every key of
    the payload is one of its own, else the other. ``options`` are in the documents' order."""

    options: tuple[ModelRef, ModelRef]
    narrow: str
    nullable: bool = False

    @property
    def wide(self) -> str:
        """The class of every payload with a key beyond the narrow class's own."""
        return next(o.target for o in self.options if o.target != self.narrow)

    @property
    def narrow_option(self) -> ModelRef:
        return next(o for o in self.options if o.target == self.narrow)

    @property
    def wide_option(self) -> ModelRef:
        return next(o for o in self.options if o.target != self.narrow)


@dataclass(frozen=True)
class TagValueUnion:
    """One of several classes, chosen by the value of the field ``tag`` that each of them fixes
    to one value of its own (a string enum of one value; :func:`tag_values`). ``options`` in the
    documents' order. A payload whose tag no option fixes is the ``other`` class (a tagged
    union's other variant, used where its object is), or refused where there is none."""

    options: tuple[ModelRef, ...]
    tag: str  # the wire name of the field
    nullable: bool = False
    other: ModelRef | None = None

    @property
    def classes(self) -> tuple[ModelRef, ...]:
        """Every class a value may be: the options, then the other class."""
        return (*self.options, self.other) if self.other is not None else self.options


TypeNode = (
    Text
    | Choice
    | OpenChoice
    | Integer
    | Number
    | Boolean
    | FreeObject
    | AnyValue
    | ModelRef
    | ArrayOf
    | MapOf
    | KeySubsetUnion
    | TagValueUnion
)


def walk(t: TypeNode) -> Iterator[TypeNode]:
    """``t`` and every type nested in it (array items, map values, union options)."""
    yield t
    match t:
        case ArrayOf(item=item) | MapOf(item=item):
            yield from walk(item)
        case KeySubsetUnion(options=options):
            yield from options
        case TagValueUnion():
            yield from t.classes
        case (
            Text() | Choice() | OpenChoice() | Integer() | Number() | Boolean() | FreeObject() | AnyValue() | ModelRef()
        ):
            pass
        case _:
            assert_never(t)


def classes_in(t: TypeNode) -> set[str]:
    """The classes (aliases followed) that values of ``t`` hold, at any depth."""
    return {n.target for n in walk(t) if isinstance(n, ModelRef)}


def kind_name(t: TypeNode) -> str:
    """The kind's name in the dumped model (``--dump-model``) and in messages about the spec."""
    match t:
        case Text():
            return "string"
        case Choice():
            return "enum"
        case OpenChoice():
            return "open enum"
        case Integer():
            return "integer"
        case Number():
            return "number"
        case Boolean():
            return "boolean"
        case FreeObject():
            return "object"
        case AnyValue():
            return "any"
        case ModelRef():
            return "model"
        case ArrayOf():
            return "array"
        case MapOf():
            return "map"
        case KeySubsetUnion():
            return "union"
        case TagValueUnion():
            return "tagged union"
        case _:
            assert_never(t)


@dataclass(frozen=True)
class Documented:
    """What the documents themselves say of a field's type, before observed facts."""

    type: str | None
    nullable: bool
    format: str | None
    enum: tuple[str | int, ...] | None
    required: bool = False

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
    type: TypeNode
    documented: Documented
    description: str | None
    has_example: bool
    example: Any
    has_default: bool
    default: Any
    deprecated: bool
    # Whether a payload must have the key: documented or observed required, and not observed absent.
    required: bool
    formula: str | None
    # Why the documented formula cannot hold for this object (it is shown, never applied); None
    # for a formula that holds.
    formula_note: str | None
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
    # A variant of a tagged union: the class it narrows (its fields, with the tag and the carried
    # field decided). Outputs describe it by the differences.
    variant_of: str | None = None
    # For a class that a tagged union carries: (union, tag wire name, carrier wire name). A
    # payload holding both keys is a whole envelope given in place of its part, and is refused.
    carried_by: tuple[str, str, str] | None = None

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
    area: str | None = None  # the part of the vendor's reference it belongs to, for the index


@dataclass(frozen=True)
class UnionCase:
    """One modelled value of a tagged union's tag: the variant that holds it and the class its
    carried field has."""

    value: str
    variant: str
    carried: str
    source: str


@dataclass(frozen=True)
class TaggedUnion:
    """A class whose ``carrier`` field's type is chosen by the value of its ``tag`` field. Each
    case is a variant class; every other value (documented or not) is the ``other`` variant,
    whose carried field stays as it came."""

    name: str
    base: str
    tag: str
    carrier: str
    cases: tuple[UnionCase, ...]
    other: str | None  # None: a closed tag, each of whose values has a case (the union is exhaustive)
    page: str
    description: str | None
    location: str

    @property
    def variants(self) -> tuple[str, ...]:
        return (*(c.variant for c in self.cases), *([self.other] if self.other is not None else []))


# The outputs a project may choose, in the order they are built: the one list of their names
# (generator.outputs.registry gives each its output).
OutputName = Literal["jsonschema", "python", "markdown", "fixtures", "pydantic"]
OUTPUT_NAMES: tuple[OutputName, ...] = get_args(OutputName)


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
class SignatureVector:
    """A test vector of the documents: this body, signed with this secret, has this signature."""

    secret: str
    body: str
    signature: str
    note: str | None


@dataclass(frozen=True)
class Signature:
    """How the vendor signs its webhook requests (the spec's ``signature`` block)."""

    source: str
    header: str
    algorithm: Literal["hmac-sha256-hex"]
    signed: Literal["compact-json"]
    description: str | None
    vectors: tuple[SignatureVector, ...]


@dataclass(frozen=True)
class Delivery:
    """How the vendor delivers webhook requests (the spec's ``delivery`` block)."""

    source: str
    success: str  # an HTTP status or class: "2XX"
    timeout_seconds: float
    retries: int
    description: str | None
    identity: str | None = None  # the envelope field every attempt of one request shares


@dataclass(frozen=True)
class SpecModel:
    """The whole resolved spec."""

    project: Project
    sources: tuple[Source, ...]
    pages: tuple[Page, ...]
    models: tuple[Model, ...]
    files: tuple[str, ...]  # every spec file, by its stable name (``spec/customer.yaml``)
    signature: Signature | None = None
    unions: tuple[TaggedUnion, ...] = ()
    delivery: Delivery | None = None
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
        return json.dumps(_plain(self), indent=2, ensure_ascii=False) + "\n"


def tag_values(t: TagValueUnion, model: Callable[[str], Model]) -> tuple[str, ...]:
    """The value of the tag each option of ``t`` fixes, in the options' order (the resolver has
    checked that each fixes one, and none another's)."""
    values = [fixed_value(model(option.target), t.tag) for option in t.options]
    assert all(v is not None for v in values), f"a tagged union's options fix no value of {t.tag!r}"
    return tuple(v for v in values if v is not None)


def fixed_value(model: Model, tag: str) -> str | None:
    """The one value ``model`` fixes its field ``tag`` to (a string enum of one value), or None."""
    found = next((f for f in model.fields if f.wire_name == tag), None)
    if found is None or not isinstance(found.type, Choice) or found.type.nullable or len(found.type.values) != 1:
        return None
    return found.type.values[0]


def _plain(value: Any) -> Any:
    """JSON-ready data of the model; each type node says its kind, as its class does."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = (f.name for f in dataclasses.fields(value) if not f.name.startswith("_"))
        data = {name: _plain(getattr(value, name)) for name in fields}
        if isinstance(value, TypeNode):
            data = {"kind": kind_name(value), **data}
        if isinstance(value, KeySubsetUnion):
            data["wide"] = value.wide
        return data
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value

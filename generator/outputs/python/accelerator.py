"""The C accelerator of the Python models: ``_speedups.c`` and its ``_tables.h`` in the package.

The models are complete in pure Python; this optional extension (built by ``pip install`` where a
C compiler is found) takes the valid payload's path through ``from_dict`` and ``to_dict`` in C.
It decides nothing: the spec's classes become tables (a type node per distinct type, a field
row per field), rendered into ``_tables.h``, that one fixed engine (``runtime/_speedups.c``, the
same for every spec) walks. Whatever the engine is not sure of (an invalid value, a mapping that
is not a dict, a date-time in a rare spelling) it hands back, and the Python code does the whole
call again, so results and errors are the Python ones.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, assert_never

from generator.model.formats import FORMATS
from generator.model.ir import (
    AnyValue,
    ArrayOf,
    Boolean,
    Choice,
    FreeObject,
    Integer,
    KeySubsetUnion,
    MapOf,
    Model,
    ModelRef,
    Number,
    OpenChoice,
    SpecModel,
    TagValueUnion,
    Text,
    TypeNode,
    tag_values,
)
from generator.outputs.job import Copy, Job
from generator.outputs.python.runtime import RUNTIME

# The engine's node kinds, each with whether to_dict() writes its values back as they are.
# `enum Kind` and the as-is table of _tables.h are rendered from this one list.
KINDS: tuple[tuple[str, bool], ...] = (
    ("K_ANY", True),
    ("K_STR", True),
    ("K_INT", True),
    ("K_NUMBER", True),
    ("K_BOOL", True),
    ("K_OBJECT", True),
    ("K_ENUM", True),
    *sorted({(f.c_kind, f.dump is None) for f in FORMATS.values()}, key=lambda k: (not k[1], k[0])),
    ("K_OPEN", False),  # a known value is a str, any other (not excluded) an Unrecognized
    ("K_MODEL", False),
    ("K_UNION", False),
    ("K_TAGGED", False),  # a tag-value union: its branch chosen by its tag's value
    ("K_LIST", False),
    ("K_MAP", False),
)
_PLAIN: dict[type[TypeNode], str] = {
    Integer: "K_INT",
    Number: "K_NUMBER",
    Boolean: "K_BOOL",
    FreeObject: "K_OBJECT",
    AnyValue: "K_ANY",
}


@dataclass(frozen=True)
class Node:
    """A type: its kind, whether null is allowed, and a reference (item node, class, enum, union)."""

    kind: str
    nullable: bool
    ref: int


@dataclass(frozen=True)
class FieldRow:
    wire: str  # a C string literal
    wire_len: int  # UTF-8 bytes, as wire names may hold any character
    attr: str  # a Python identifier: the slot
    node: int
    required: bool  # an absent key is handed back (Python reports it)


@dataclass(frozen=True)
class ClassRow:
    name: str
    first: int
    count: int
    # A carried class's tag and carrier keys (C literal, length each): a dict with both is a
    # whole envelope, handed back for Python to refuse. Empty literals for other classes.
    guard: tuple[tuple[str, int], tuple[str, int]] = (('""', 0), ('""', 0))


@dataclass
class Tables:
    """What the engine walks, collected class by class."""

    classes: list[ClassRow]
    fields: list[FieldRow]
    nodes: list[Node]
    enums: list[tuple[int, int]]  # (first, count) into enum_values
    enum_values: list[tuple[str, int]]  # (C literal, UTF-8 length)
    unions: list[tuple[int, int]]  # (narrow class, wide class)
    opens: list[tuple[int, int]]  # (known values, excluded values), each an enum
    # (the tag's C literal and length, its values' enum, first case, the other class or -1)
    tagged: list[tuple[tuple[str, int], int, int, int]]
    cases: list[int]  # each tagged union's classes, in the order of its values
    # Each distinct node, enum and union once; dicts, as a large spec has thousands.
    _seen: dict[object, int] = field(default_factory=dict)

    def once(self, key: object, rows: list[Any], row: Any) -> int:
        """The index of ``row`` in ``rows``, appended the first time ``key`` is seen."""
        if key not in self._seen:
            self._seen[key] = len(rows)
            rows.append(row)
        return self._seen[key]

    def node(self, node: Node) -> int:
        return self.once(node, self.nodes, node)

    def fingerprint(self) -> str:
        """Names the tables: the package hands its own to the extension, which refuses another's
        (a compiled file left beside models regenerated since)."""
        tables = (self.classes, self.fields, self.nodes, self.enums, self.enum_values, self.unions, self.opens)
        text = repr((*tables, self.tagged, self.cases))
        return hashlib.sha256(text.encode()).hexdigest()[:32]


def c_string(text: str) -> tuple[str, int]:
    """A C string literal of ``text`` in UTF-8 and its length in bytes. SECURITY: spec text reaches
    the C source only through this function: every byte outside letters, digits, space and a few
    safe marks is an octal escape, so no text can end the literal, start a comment or a trigraph."""
    data = text.encode("utf-8", "surrogatepass")
    safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.:,"
    body = "".join(chr(b) if b in safe else f"\\{b:03o}" for b in data)
    return f'"{body}"', len(data)


@dataclass(frozen=True)
class CTable:
    """One table of ``_tables.h``: its row type, name, rows as C initialisers, and a spare row."""

    type: str
    name: str
    rows: list[str]
    spare: str


def c_tables(tables: Tables) -> list[CTable]:
    """The tables as C initialisers. Every text in them is a C literal from :func:`c_string` or
    a Python identifier (class and attribute names)."""
    return [
        CTable(
            "ClassRow",
            "CLASSES",
            [
                f'{{"{c.name}", {c.first}, {c.count}, {{{{{c.guard[0][0]}, {c.guard[0][1]}}}, '
                f"{{{c.guard[1][0]}, {c.guard[1][1]}}}}}}}"
                for c in tables.classes
            ],
            '{"", 0, 0, {{"", 0}, {"", 0}}}',
        ),
        CTable(
            "FieldRow",
            "FIELDS",
            [f'{{{{{f.wire}, {f.wire_len}}}, "{f.attr}", {f.node}, {int(f.required)}}}' for f in tables.fields],
            '{{"", 0}, "", 0, 0}',
        ),
        CTable("Node", "NODES", [f"{{{n.kind}, {int(n.nullable)}, {n.ref}}}" for n in tables.nodes], "{K_ANY, 0, 0}"),
        CTable("EnumRow", "ENUMS", [f"{{{first}, {count}}}" for first, count in tables.enums], "{0, 0}"),
        CTable("Text", "ENUM_VALUES", [f"{{{text}, {length}}}" for text, length in tables.enum_values], '{"", 0}'),
        CTable("UnionRow", "UNIONS", [f"{{{narrow}, {wide}}}" for narrow, wide in tables.unions], "{0, 0}"),
        CTable("OpenRow", "OPENS", [f"{{{known}, {excluded}}}" for known, excluded in tables.opens], "{0, 0}"),
        CTable(
            "TaggedRow",
            "TAGGED",
            [
                f"{{{{{tag}, {length}}}, {values}, {first}, {other}}}"
                for (tag, length), values, first, other in tables.tagged
            ],
            '{{"", 0}, 0, 0, -1}',
        ),
        CTable("int", "CASES", [str(c) for c in tables.cases], "0"),
    ]


def jobs(tables: Tables, fingerprint: str, root: str, package: str, max_depth: int) -> list[Job | Copy]:
    """The engine and its tables in the package folder ``root``; ``regenerate`` writes them, ``pip
    install`` compiles them where it can."""
    context = {
        "header": HEADER,
        "package": package,
        "package_name": c_string(package)[0],
        "kinds": [name for name, _ in KINDS],
        "as_is": [int(as_is) for _, as_is in KINDS],
        "fingerprint": fingerprint,
        "max_depth": max_depth,
        "n_classes": len(tables.classes),
        "n_enums": len(tables.enums),
        "n_tagged": len(tables.tagged),
        "tables": c_tables(tables),
    }
    return [
        Copy(f"{root}/_speedups.c", RUNTIME / "_speedups.c", ENGINE_HEADER, "text"),
        Job(f"{root}/_tables.h", "python/_tables.h.j2", context, "text"),
    ]


HEADER = "/* Generated from the spec by `docmodels regenerate`. Do not edit. */"
ENGINE_HEADER = "/* Generated by `docmodels regenerate` (the engine, the same for every spec). Do not edit. */"


def build(spec: SpecModel) -> Tables:
    """The tables of every object class, in the spec's order."""
    objects = [m for m in spec.models if m.kind == "object"]
    index = {m.name: i for i, m in enumerate(objects)}
    for m in spec.models:
        if m.kind == "alias":
            index[m.name] = index[_real(spec, m).name]
    tables = Tables([], [], [], [], [], [], [], [], [])
    for model in objects:
        first = len(tables.fields)
        for f in model.fields:
            wire, length = c_string(f.wire_name)
            node = _node(tables, index, f.type, spec)
            tables.fields.append(FieldRow(wire, length, f.py_name, node, f.required))
        guard = (c_string(model.carried_by[1]), c_string(model.carried_by[2])) if model.carried_by else None
        tables.classes.append(ClassRow(model.name, first, len(model.fields), *([guard] if guard else [])))
    return tables


def _real(spec: SpecModel, model: Model) -> Model:
    while model.kind == "alias":
        model = spec.model(model.alias_of or "")
    return model


def _enum(tables: Tables, values: tuple[str, ...]) -> int:
    """The index of the set of ``values`` in the enum tables, added the first time."""
    texts = tuple(c_string(v) for v in values)
    known = len(tables.enums)
    ref = tables.once(("enum", texts), tables.enums, (len(tables.enum_values), len(texts)))
    if ref == known:
        tables.enum_values.extend(texts)
    return ref


def _node(tables: Tables, index: dict[str, int], t: TypeNode, spec: SpecModel) -> int:
    match t:
        case Choice(values=values):
            return tables.node(Node("K_ENUM", t.nullable, _enum(tables, values)))
        case OpenChoice(values=values, excluded=excluded):
            pair = (_enum(tables, values), _enum(tables, excluded))
            return tables.node(Node("K_OPEN", t.nullable, tables.once(("open", pair), tables.opens, pair)))
        case Text(format=fmt):
            return tables.node(Node("K_STR" if fmt is None else FORMATS[fmt].c_kind, t.nullable, 0))
        case Integer() | Number() | Boolean() | FreeObject() | AnyValue():
            return tables.node(Node(_PLAIN[type(t)], t.nullable, 0))
        case ModelRef(target=target):
            return tables.node(Node("K_MODEL", t.nullable, index[target]))
        case KeySubsetUnion(narrow=narrow):
            pair = (index[narrow], index[t.wide])
            ref = tables.once(("union", pair), tables.unions, pair)
            return tables.node(Node("K_UNION", t.nullable, ref))
        case TagValueUnion(options=options, tag=tag):
            enum = _enum(tables, tag_values(t, spec.model))
            classes = tuple(index[o.target] for o in options)
            other = index[t.other.target] if t.other is not None else -1
            key = ("tagged", tag, enum, classes, other)
            ref = tables.once(key, tables.tagged, (c_string(tag), enum, len(tables.cases), other))
            if len(tables.cases) == tables.tagged[ref][2]:  # its cases, the first time it is seen
                tables.cases.extend(classes)
            return tables.node(Node("K_TAGGED", t.nullable, ref))
        case ArrayOf(item=item) | MapOf(item=item):
            kind = "K_LIST" if isinstance(t, ArrayOf) else "K_MAP"
            return tables.node(Node(kind, t.nullable, _node(tables, index, item, spec)))
        case _:
            assert_never(t)

"""Read spec YAML safely, keeping the line and column of every key and value.

Only the YAML composer runs on the input, so no tag can construct a Python object: the node tree
is turned into plain JSON-like data here, and every tag beyond the core schema is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, Location

# The C composer is ~7x faster; both produce the same nodes and marks.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

JsonPath = tuple[str | int, ...]

MAX_NODES = 200_000  # bounds alias expansion ("billion laughs")
MAX_TEXT = 8_000_000  # and the text it expands to: one long string aliased many times
MAX_DEPTH = 100

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{t}" for t in ("str", "int", "float", "bool", "null")}
_TIMESTAMP = f"{_CORE}timestamp"


@dataclass
class LocatedDocument:
    """One spec file: its data, and where each value and mapping key stands in the file.

    ``file`` is the path as messages show it; ``name`` is the stable name outputs may print
    (the spec folder's name and the file name), the same from any working folder.
    """

    file: str
    data: Any
    values: dict[JsonPath, Location] = field(default_factory=dict)
    keys: dict[JsonPath, Location] = field(default_factory=dict)
    name: str = ""

    def stable(self, location: Location) -> str:
        """A location of this file under its stable name."""
        return f"{self.name or self.file}:{location.line}:{location.column}"

    def at(self, path: JsonPath) -> Location:
        """The location of the value at ``path``, or of its nearest located ancestor."""
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, Location(self.file, 1, 1))

    def key_at(self, path: JsonPath) -> Location:
        """The location of the mapping key that ends ``path`` (falls back to the value)."""
        return self.keys.get(path) or self.at(path)


class _Builder:
    def __init__(self, file: str) -> None:
        self.doc = LocatedDocument(file, None)
        self.problems: list[Diagnostic] = []
        self.count = 0
        self.text = 0  # characters of scalar text, aliases expanded
        self.scalars = yaml.constructor.SafeConstructor()

    def loc(self, node: yaml.Node) -> Location:
        mark = node.start_mark
        return Location(self.doc.file, mark.line + 1, mark.column + 1)

    def fail(self, node: yaml.Node, message: str) -> None:
        self.problems.append(Diagnostic(self.loc(node), message))

    def build(self, node: yaml.Node, path: JsonPath, active: frozenset[int]) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooLarge(self.loc(node), f"YAML expands to more than {MAX_NODES} nodes (alias bomb?)")
        if isinstance(node, yaml.ScalarNode):
            self.text += len(node.value)
            if self.text > MAX_TEXT:
                raise _TooLarge(
                    self.loc(node), f"YAML expands to more than {MAX_TEXT:,} characters of text (alias bomb?)"
                )
        if id(node) in active:
            self.fail(node, "recursive YAML alias is not allowed")
            return None
        if len(path) > MAX_DEPTH:
            self.fail(node, f"nesting deeper than {MAX_DEPTH} levels is not allowed")
            return None
        self.doc.values[path] = self.loc(node)
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path, active | {id(node)})
        if isinstance(node, yaml.SequenceNode):
            if node.tag != f"{_CORE}seq":
                self.fail(node, f"YAML tag {node.tag!r} is not allowed")
            inner = active | {id(node)}
            return [self.build(item, (*path, i), inner) for i, item in enumerate(node.value)]
        return self.scalar(node)

    def mapping(self, node: yaml.MappingNode, path: JsonPath, active: frozenset[int]) -> Any:
        if node.tag != f"{_CORE}map":
            self.fail(node, f"YAML tag {node.tag!r} is not allowed")
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == f"{_CORE}merge":
                self.fail(key_node, "mapping keys must be plain names")
                continue
            # The key's own text, so that `on:` or `1:` name a field instead of becoming a bool or int.
            key = str(key_node.value)
            self.text += len(key)
            if key in result:
                first = self.doc.keys[(*path, key)]
                self.fail(key_node, f"duplicate key {key!r} (first defined at {first})")
                continue
            self.doc.keys[(*path, key)] = self.loc(key_node)
            result[key] = self.build(value_node, (*path, key), active)
        return result

    def scalar(self, node: yaml.Node) -> Any:
        if node.tag == _TIMESTAMP:
            return node.value  # JSON has no dates: keep the text as written
        if node.tag not in _SCALAR_TAGS:
            self.fail(node, f"YAML tag {node.tag!r} is not allowed")
            return None
        return self.scalars.construct_object(node)


class _TooLarge(Exception):
    def __init__(self, location: Location, message: str) -> None:
        self.location = location
        self.message = message


def load_text(text: str, file: str) -> tuple[LocatedDocument, list[Diagnostic]]:
    """Parse one YAML document; return it with every problem found (empty list when clean)."""
    doc, problems, _ = load_tree(text, file)
    return doc, problems


def _syntax(exc: yaml.MarkedYAMLError, text: str) -> str:
    mark = exc.problem_mark
    if mark is not None and text[mark.index : mark.index + 1] == "\t":
        return "YAML syntax: a tab; YAML indents with spaces only"
    return f"YAML syntax: {exc.problem}"


def load_tree(text: str, file: str) -> tuple[LocatedDocument, list[Diagnostic], yaml.Node | None]:
    """:func:`load_text`, and the node tree it read: for tools that edit a file in place."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file, 1, 1)
        return LocatedDocument(file, None), [Diagnostic(where, _syntax(exc, text))], None
    except yaml.YAMLError as exc:
        return LocatedDocument(file, None), [Diagnostic(Location(file, 1, 1), f"YAML: {exc}")], None
    builder = _Builder(file)
    if node is None:
        return builder.doc, [Diagnostic(Location(file, 1, 1), "the file is empty")], None
    try:
        builder.doc.data = builder.build(node, (), frozenset())
    except _TooLarge as exc:
        return builder.doc, [Diagnostic(exc.location, exc.message)], node
    return builder.doc, builder.problems, node


def node_data(node: yaml.Node) -> Any:
    """One node of such a tree as plain data, read as :func:`load_text` reads it."""
    return _Builder("").build(node, (), frozenset())


def load_file(path: Path, shown_as: str, name: str = "") -> tuple[LocatedDocument, list[Diagnostic]]:
    """Read ``path`` strictly as UTF-8 and parse it; ``shown_as`` is the name used in messages."""
    doc, problems = _load_file(path, shown_as)
    doc.name = name
    return doc, problems


def _load_file(path: Path, shown_as: str) -> tuple[LocatedDocument, list[Diagnostic]]:
    text, problems = read_text(path, shown_as)
    return load_text(text, shown_as) if text is not None else (LocatedDocument(shown_as, None), problems)


def read_text(path: Path, shown_as: str) -> tuple[str | None, list[Diagnostic]]:
    """``path`` strictly as UTF-8 (a byte-order mark dropped), or where it is not."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        message = f"not UTF-8: byte 0x{raw[exc.start]:02x} cannot be decoded"
        return None, [Diagnostic(Location(shown_as, line, column), message)]
    return text.removeprefix("\ufeff"), []

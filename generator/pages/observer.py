"""``observe``: what an OpenAPI document shows beyond the pages, recorded as observed facts in the
spec folder's page files.

For every object of the folder with the title of one of the document's objects, each field the
document says more of gets the fact under ``observed``, with the document's source and a note
naming the schema or example that shows it: ``nullable`` (a schema's, or a ``null`` an example
sends), ``required``, ``format`` (of the formats the spec implements, on a string, that the
field's own example fits), ``enum`` (the values the page lacks, on a field the page gives values)
and ``absent`` (a key the spec requires that an example leaves out). What the page documents is never
changed, and a fact already documented or observed is not written again, so a second run changes
nothing. The files are edited as lines, as ``--update`` edits them: comments and the order of keys
stay."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.emit.atomic import write_text
from generator.model.formats import FORMATS, FormatName, known
from generator.model.naming import MAP_KEY
from generator.pages.openapi_facts import Fact, facts
from generator.pages.updater import Lines, entries, span
from generator.spec import yamlreader, yamlwriter

Entry = tuple[yaml.Node, yaml.Node]


@dataclass(frozen=True)
class Recorded:
    """One fact put in (or, with ``--check``, missing from) a spec file."""

    file: str
    line: int
    object: str
    path: str
    kind: str
    value: Any
    evidence: str
    written: bool = True  # False: the field is inside a flow mapping, which is not edited as lines

    def shown(self) -> str:
        value = "" if self.value is True else f" {self.value!r}"
        said = f"{self.file}:{self.line}: {self.object}.{self.path}: observed {self.kind}{value} ({self.evidence})"
        return said if self.written else f"{said}: in flow style, not written; add it by hand"


@dataclass
class _File:
    """A page file being edited: its lines, and its objects' nodes by title."""

    path: Path
    lines: Lines
    objects: dict[str, yaml.Node]


def observe(folder: Path, document: str, source: str, write: bool = True) -> list[Recorded]:
    """The facts of the OpenAPI ``document`` that the page files of ``folder`` lack, written into
    them under ``source`` unless ``write`` is false. A fact of a composite's field that one of its
    "All of" parts defines is that part's, wherever the folder defines it."""
    files = _files(folder)
    where: dict[str, _File] = {}
    for each in files:
        for title in each.objects:
            where.setdefault(title, each)  # the first definition, as `regenerate` reports a second
    wanted: dict[tuple[Path, int, int], tuple[_File, str, Entry, list[Fact]]] = {}  # per field: its new facts
    recorded: list[Recorded] = []
    for fact in facts(document):
        found = _locate(where, fact.object, fact.path, 0)
        if found is None:
            continue
        file, title, (entry, block) = found
        if not _adds(yamlreader.node_data(entry[1]), fact):
            continue
        key = entry[0].start_mark
        if block:
            wanted.setdefault((file.path, key.line, key.column), (file, title, entry, []))[3].append(fact)
        else:
            value = _shown(fact)
            recorded.append(
                Recorded(str(file.path), key.line + 1, title, fact.path, fact.kind, value, fact.evidence, False)
            )
    for file, title, entry, new in wanted.values():
        values = _record(file.lines, entry, new, source)
        line = entry[0].start_mark.line + 1
        recorded += [Recorded(str(file.path), line, title, f.path, f.kind, values[f.kind], f.evidence) for f in new]
    if write:
        for file in {file.path: file for file, *_ in wanted.values()}.values():
            write_text(file.path, file.lines.text())
    return sorted(recorded, key=lambda r: (r.file, r.line))


def _files(folder: Path) -> list[_File]:
    """The page files of the folder; a file that does not load is `regenerate`'s to report."""
    found: list[_File] = []
    for path in sorted(folder.glob("*.yaml")):
        text = path.read_text("utf-8")
        _, problems, root = yamlreader.load_tree(text, str(path))
        objects = entries(root).get("objects") if not problems and isinstance(root, yaml.MappingNode) else None
        if objects is not None and isinstance(objects[1], yaml.MappingNode):
            titles = {title: node for title, (_, node) in entries(objects[1]).items()}
            found.append(_File(path, Lines(text.split("\n")), titles))
    return found


def _locate(where: dict[str, _File], title: str, path: str, depth: int) -> tuple[_File, str, tuple[Entry, bool]] | None:
    """The file, the object's title and the entry of the field at ``path`` of ``title``: in the
    object itself, or in the first of its "All of" parts that has it."""
    file = where.get(title)
    if file is None or depth > 20:  # parts of parts, but never round a cycle for ever
        return None
    node = file.objects[title]
    entry = _field(node, path)
    if entry is not None:
        return file, title, entry
    parts = _child(node, "all_of")
    for part in parts[1].value if parts and isinstance(parts[1], yaml.SequenceNode) else ():
        if isinstance(part, yaml.ScalarNode) and (found := _locate(where, str(part.value), path, depth + 1)):
            return found
    return None


def _field(node: yaml.Node, path: str) -> tuple[Entry, bool] | None:
    """The entry of the field at ``path`` (the readers' dotted path) in an object's mapping, and
    whether it stands in block style all the way down (lines can be edited around it; inside a
    flow mapping they cannot)."""
    entry: Entry | None = None
    container = node
    block = True
    for part in path.split("."):
        if not isinstance(container, yaml.MappingNode):
            return None
        block = block and not container.flow_style
        if part == MAP_KEY:
            map_entry = _child(container, "map")
            values = _child(map_entry, "values")
            if map_entry is None or values is None:
                return None
            block = block and not getattr(map_entry[1], "flow_style", False)
            entry, container = values, values[1]
            continue
        fields, in_block = _fields_of(container)
        if part not in fields:
            return None
        block = block and in_block
        entry = fields[part]
        container = entry[1]
    return (entry, block) if entry is not None else None


def _fields_of(node: yaml.MappingNode) -> tuple[dict[str, Entry], bool]:
    """The fields of a mapping: its own, its array items', or its inline "All of" parts'; and
    whether every mapping that holds them is in block style."""
    for holder in (node, _child(node, "items")):
        holder_node = holder[1] if isinstance(holder, tuple) else holder
        found = _child(holder_node, "fields")
        if found is not None and isinstance(found[1], yaml.MappingNode):
            block = not found[1].flow_style and not getattr(holder_node, "flow_style", False)
            return entries(found[1]), block
    parts = entries(node).get("all_of")
    fields: dict[str, Entry] = {}
    block = parts is None or not getattr(parts[1], "flow_style", False)
    for part in parts[1].value if parts and isinstance(parts[1], yaml.SequenceNode) else ():
        if isinstance(part, yaml.MappingNode):
            found_fields, in_block = _fields_of(part)
            fields |= found_fields
            block = block and in_block and not part.flow_style
    return fields, block


def _child(node: yaml.Node | Entry | None, key: str) -> Entry | None:
    holder = node[1] if isinstance(node, tuple) else node
    return entries(holder).get(key) if isinstance(holder, yaml.MappingNode) else None


def _adds(field: Any, fact: Fact) -> bool:
    """Whether the fact says more than the field documents or has observed already."""
    if not isinstance(field, dict) or "undocumented" in field:
        return False
    given = field.get("observed")
    observed: dict[str, Any] = given if isinstance(given, dict) else {}
    entry = observed.get(fact.kind)
    seen = entry.get("value") if isinstance(entry, dict) else None
    match fact.kind:
        case "nullable" | "required":
            return not field.get(fact.kind) and not seen and "absent" not in observed
        case "format":
            name = known(fact.value)  # of the formats the spec implements
            unset = field.get("type") == "string" and not field.get("format") and not seen
            return name is not None and unset and _fits(name, field.get("example"))
        case "enum":
            return isinstance(field.get("enum"), list) and "open" not in observed and bool(_extra(field, fact))
        case "absent":  # only where the spec requires the key
            required = field.get("required") or (observed.get("required") or {}).get("value")
            return bool(required) and not seen
    return False


def _fits(name: FormatName, example: Any) -> bool:
    """Whether the field's documented example is a value of the format: a format its own page's
    example breaks is the maintainer's to decide, not a fact to record."""
    return example is None or (isinstance(example, str) and FORMATS[name].valid(example))


def _extra(field: dict[str, Any], fact: Fact) -> list[str]:
    known = set(field.get("enum") or ()) | set(_observed_enum(field))
    return [v for v in fact.value if v not in known]


def _observed_enum(field: dict[str, Any]) -> list[str]:
    observed = field.get("observed")
    enum = observed.get("enum") if isinstance(observed, dict) else None
    values = enum.get("value") if isinstance(enum, dict) else None
    return list(values) if isinstance(values, list) else []


def _shown(fact: Fact) -> Any:
    return list(fact.value) if isinstance(fact.value, tuple) else fact.value


def _record(lines: Lines, entry: Entry, new: list[Fact], source: str) -> dict[str, Any]:
    """The facts put under the field's ``observed``: new keys of it, or a new ``observed``, or
    the whole entry written again where it is in flow style. Returns each fact's value."""
    key, node = entry
    data = yamlreader.node_data(node)
    facts_of = {f.kind: _fact_value(data, f, source) for f in new}
    values = {kind: fact["value"] for kind, fact in facts_of.items()}
    observed = _child(node, "observed")
    if isinstance(node, yaml.MappingNode) and not node.flow_style:
        if observed is not None and isinstance(observed[1], yaml.MappingNode) and not observed[1].flow_style:
            kept = {k: v for k, v in facts_of.items() if k not in entries(observed[1])}
            replaced = {k: v for k, v in facts_of.items() if k in entries(observed[1])}  # an observed enum grows
            for kind, value in replaced.items():
                there = entries(observed[1])[kind]
                start, end = _span_of(lines, there)
                lines.replace(start, end, yamlwriter.entry(kind, value, there[0].start_mark.column))
            _append(lines, observed[1], kept)
            return values
        if observed is None:
            _append(lines, node, {"observed": facts_of})
            return values
    merged = dict(data) | {"observed": {**(data.get("observed") or {}), **facts_of}}
    start, end = _span_of(lines, entry)
    lines.replace(start, end, yamlwriter.entry(str(key.value), merged, key.start_mark.column))
    return values


def _fact_value(field: dict[str, Any], fact: Fact, source: str) -> dict[str, Any]:
    value = [*_observed_enum(field), *_extra(field, fact)] if fact.kind == "enum" else _shown(fact)
    return {"value": value, "source": source, "note": fact.evidence}


def _append(lines: Lines, mapping: yaml.MappingNode, values: dict[str, Any]) -> None:
    """New keys at the end of a block mapping, in one insertion (so they keep their order)."""
    if not values:
        return
    last = mapping.value[-1]
    at = _span_of(lines, last)[1]
    indent = mapping.value[0][0].start_mark.column
    lines.replace(at, at, [text for key, value in values.items() for text in yamlwriter.entry(key, value, indent)])


def _span_of(lines: Lines, entry: Entry) -> tuple[int, int]:
    return span(lines.lines, *entry)

"""``import-page --update``: a newer capture of a page, applied to its spec file in place.

Only what the page says is rewritten: each field's type or ``ref``, nullability, description,
formula, available values, example and deprecation, the fields themselves, an object's
description and "All of" parts, and the page's title and source. Everything added by hand
(``observed``, ``undocumented``, ``history``, ``notes``, ``name``, comments, the order of keys)
stays as written. Each change to a field is recorded as a ``history`` entry naming the file's
previous source, unless the history already records it; an unchanged page changes no byte.

The file is edited as lines: a changed value's lines are replaced by the value written as
:mod:`generator.spec.yamlwriter` writes it, which is how the hand-written files are formatted, so an
update reads like a hand edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, GenerationError, Location
from generator.pages.folder import BY_HAND
from generator.pages.page import OpenPoint
from generator.spec import yamlreader, yamlwriter

# A field's keys in the hand-written files' order; new keys are put after the ones before them.
_ORDER = [
    "type",
    "ref",
    "name",
    "nullable",
    "format",
    "description",
    "formula",
    "enum",
    "example",
    "default",
    "deprecated",
    "required",
    "chosen_by",
    "one_of",
    "union",
    "observed",
    "undocumented",
    "notes",
    "map",
    "items",
    "fields",
]
_RANK = {k: i for i, k in enumerate(_ORDER)}
# What the page says of a field, with the history kind a change of it is recorded as (None: a
# value derived from another, e.g. the formula from the description).
_SAID = {
    "type": "type",
    "ref": "type",
    "nullable": "nullable",
    "description": "description",
    "formula": None,
    "enum": "enum",
    "example": "example",
    "deprecated": None,
}
_SHAPED_BY_HAND = frozenset({"one_of", "union", "chosen_by"})


@dataclass(frozen=True)
class Edit:
    """What an update changed, for the run's report."""

    object: str
    path: str
    what: str

    def line(self, file: str) -> str:
        where = f"{self.object}.{self.path}" if self.path else self.object
        return f"{file}: {where}: {self.what}"


@dataclass(frozen=True)
class Updated:
    text: str
    edits: tuple[Edit, ...]
    open_points: tuple[OpenPoint, ...]


@dataclass
class Lines:
    """The file's lines and the replacements to make in them, by line range."""

    lines: list[str]
    changes: list[tuple[int, int, list[str]]] = field(default_factory=list)

    def replace(self, start: int, end: int, new: list[str]) -> None:
        self.changes.append((start, end, new))

    def text(self) -> str:
        lines = list(self.lines)
        # Bottom up, and a range before an insertion at its start, so no change moves another.
        for start, end, new in sorted(self.changes, key=lambda c: (c[0], c[1]), reverse=True):
            lines[start:end] = new
        return "\n".join(lines)


@dataclass
class _Run:
    file: str
    lines: Lines
    before: str  # the file's page source: the capture the old values come from
    undecided: dict[tuple[str, str], OpenPoint]
    edits: list[Edit] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    points: list[OpenPoint] = field(default_factory=list)

    def record(self, title: str, path: str, kind: str | None, before: Any = None, *, what: str) -> None:
        self.edits.append(Edit(title, path, what))
        if kind is None:
            return
        change: dict[str, Any] = {"object": title, "path": path, "kind": kind}
        if kind not in ("added", "removed"):
            change["before"] = before
        self.history.append(change | {"in": [self.before]})


def update(text: str, file: str, page: dict[str, Any], points: list[OpenPoint], source: str) -> Updated:
    """The file's text with the imported page's documented values in place. Raises
    :class:`GenerationError` (``file:line:col: message``) when the file is no spec page file, or
    when the page changed and ``source`` is the file's own source (the history could name no
    older capture)."""
    doc, problems, root = yamlreader.load_tree(text, file)
    if problems:
        raise GenerationError(problems)
    data = doc.data
    top = entries(root) if isinstance(root, yaml.MappingNode) else {}
    page_node, objects_node = top.get("page"), top.get("objects")
    if not (page_node and objects_node and isinstance(page_node[1], yaml.MappingNode)):
        raise GenerationError([Diagnostic(Location(file, 1, 1), "not a spec page file: it needs `page` and `objects`")])
    run = _Run(file, Lines(text.split("\n")), str(data["page"].get("source")), {(p.object, p.path): p for p in points})
    _page(run, page_node[1], page["page"], source)
    _objects(run, objects_node, page["objects"])
    if run.edits and source == run.before:
        where = doc.at(("page", "source"))
        message = (
            f"the page differs from the file, and {source!r} is the file's own source: give the newer "
            "capture its own id in sources.yaml, so the history can name the older one"
        )
        raise GenerationError([Diagnostic(where, message)])
    _history(run, top.get("history"), data.get("history") or [], len(run.lines.lines))
    _cases(run, top, data.get("cases") or [], page.get("cases") or [])
    return Updated(run.lines.text(), tuple(run.edits), tuple(run.points))


def entries(node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    return {str(k.value): (k, v) for k, v in node.value}


def _where(run: _Run, node: yaml.Node) -> Location:
    return Location(run.file, node.start_mark.line + 1, node.start_mark.column + 1)


def _value(node: yaml.Node | None) -> Any:
    return None if node is None else yamlreader.node_data(node)


def last_line(lines: list[str], node: yaml.Node) -> int:
    """The last line (0-based) that holds the node's own text: a block's end mark is where the
    next key starts, past blank lines and comments."""
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        line = node.end_mark.line - (node.end_mark.column == 0)
        while line > node.start_mark.line and not lines[line].strip():
            line -= 1
        return line
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        return last_line(lines, node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return last_line(lines, node.value[-1])
    return node.end_mark.line


def span(lines: list[str], key: yaml.Node, value: yaml.Node) -> tuple[int, int]:
    """The lines of one ``key: value`` entry, as a range."""
    return key.start_mark.line, last_line(lines, value) + 1


def _set(run: _Run, entry: tuple[yaml.Node, yaml.Node], value: Any) -> None:
    key, node = entry
    start, end = span(run.lines.lines, key, node)
    run.lines.replace(start, end, yamlwriter.entry(str(key.value), value, key.start_mark.column))


def _delete(run: _Run, entry: tuple[yaml.Node, yaml.Node]) -> None:
    run.lines.replace(*span(run.lines.lines, *entry), [])


def _insert(run: _Run, mapping: yaml.MappingNode, key: str, value: Any) -> None:
    """A new key in a block mapping, after the keys the hand-written order puts before it."""
    items = mapping.value
    indent = items[0][0].start_mark.column
    rank = _RANK.get(key, len(_ORDER))
    before = [e for e in items if _RANK.get(str(e[0].value), len(_ORDER)) <= rank]
    at = span(run.lines.lines, *before[-1])[1] if before else items[0][0].start_mark.line
    run.lines.replace(at, at, yamlwriter.entry(key, value, indent))


def _page(run: _Run, node: yaml.MappingNode, page: dict[str, Any], source: str) -> None:
    keys = entries(node)
    for key, value in (("title", page["title"]), ("source", source)):
        if key not in keys:
            _insert(run, node, key, value)
        elif _value(keys[key][1]) != value:
            _set(run, keys[key], value)


def _objects(run: _Run, entry: tuple[yaml.Node, yaml.Node], objects: dict[str, Any]) -> None:
    node = entry[1]
    if not isinstance(node, yaml.MappingNode):
        raise GenerationError([Diagnostic(_where(run, node), "`objects` is no mapping")])
    ours = entries(node)
    after = entry[0].start_mark.line + 1
    for title, new in objects.items():
        if title in ours:
            _object(run, title, ours[title], new)
            after = span(run.lines.lines, *ours[title])[1]
            continue
        indent = node.value[0][0].start_mark.column if node.value else 2
        lines = _open_comments(run, title, "", yamlwriter.entry(title, new, indent))
        run.lines.replace(after, after, ["", *lines] if ours else lines)  # a blank line between objects
        run.edits.append(Edit(title, "", "added: a new object on the page"))
    for title, (key, value) in ours.items():
        if title in objects:
            continue
        shown = _value(value)
        if not (isinstance(shown, dict) and _by_hand(shown)):
            what = "the page no longer shows this object: remove it, or keep it with a note"
            run.points.append(OpenPoint(title, "", what, key.start_mark.line + 1, run.file))


def _object(run: _Run, title: str, entry: tuple[yaml.Node, yaml.Node], new: dict[str, Any]) -> None:
    node = entry[1]
    if not isinstance(node, yaml.MappingNode) or node.flow_style:
        return  # an object written in flow style is the maintainer's; it is left as it is
    ours = entries(node)
    for key in ("description", "all_of"):
        if key in ours and "alias_of" not in ours and _value(ours[key][1]) != new.get(key):
            if key in new:
                _set(run, ours[key], new[key])
            else:
                _delete(run, ours[key])
            run.edits.append(Edit(title, "", f"{key} changed"))
        elif key not in ours and key in new:
            _insert(run, node, key, new[key])
            run.edits.append(Edit(title, "", f"{key} added"))
    if "fields" in new or "fields" in ours:
        _fields(run, title, "", node, ours.get("fields"), new.get("fields", {}))


def _fields(
    run: _Run,
    title: str,
    prefix: str,
    owner: yaml.MappingNode,
    entry: tuple[yaml.Node, yaml.Node] | None,
    new: dict[str, Any],
) -> None:
    """The fields of one mapping (an object, a nested object, an array's items, a map's values)."""
    if entry is None:
        if not new:
            return
        _insert(run, owner, "fields", new)
        for name in new:
            run.record(title, f"{prefix}{name}", "added", what="added")
        return
    node = entry[1]
    if not isinstance(node, yaml.MappingNode):
        return
    ours = entries(node)
    indent = node.value[0][0].start_mark.column if node.value else entry[0].start_mark.column + 2
    after = entry[0].start_mark.line + 1
    for name, value in new.items():
        path = f"{prefix}{name}"
        if name in ours:
            _field(run, title, path, ours[name], value)
            after = span(run.lines.lines, *ours[name])[1]
            continue
        run.lines.replace(after, after, _open_comments(run, title, path, yamlwriter.entry(name, value, indent)))
        run.record(title, path, "added", what="added")
    removed = []
    for name, (key, value) in ours.items():
        shown = _value(value)
        if name in new or (isinstance(shown, dict) and "undocumented" in shown):
            continue  # on the page, or never on it
        if isinstance(shown, dict) and _by_hand(shown):
            what = "the page no longer shows this field: remove it (and record it), or mark it `undocumented`"
            run.points.append(OpenPoint(title, f"{prefix}{name}", what, key.start_mark.line + 1, run.file))
            continue
        removed.append(name)
        run.record(title, f"{prefix}{name}", "removed", what="removed")
    if len(removed) == len(ours):
        _delete(run, entry)  # `fields` itself goes with the last of them: no empty mapping is left
    else:
        for name in removed:
            _delete(run, ours[name])


def _field(run: _Run, title: str, path: str, entry: tuple[yaml.Node, yaml.Node], new: dict[str, Any]) -> None:
    node = entry[1]
    if not isinstance(node, yaml.MappingNode) or node.flow_style:
        _flow_field(run, title, path, entry, new)
        return
    ours = entries(node)
    undecided = (title, path) in run.undecided  # the file's `ref` or `type` is the maintainer's decision
    reshaped = [k for k in ("items", "map") if (k in ours) != (k in new)]
    if reshaped and not undecided:
        what = f"the page changed what the field holds ({reshaped[0]}): update its type by hand"
        run.points.append(OpenPoint(title, path, what, entry[0].start_mark.line + 1, run.file))
    shaped = undecided or bool(reshaped) or bool(_SHAPED_BY_HAND & set(ours))
    kinds: set[str] = set()
    for key, kind in _SAID.items():
        if shaped and key in ("type", "ref"):
            continue
        old = _value(ours[key][1]) if key in ours else None
        if old == new.get(key):
            continue
        if key not in new:
            _delete(run, ours[key])
        elif key in ours:
            _set(run, ours[key], new[key])
        else:
            _insert(run, node, key, new[key])
        if kind is None or kind in kinds:
            run.edits.append(Edit(title, path, f"{key} changed"))
            continue
        kinds.add(kind)
        run.record(title, path, kind, _before(ours, kind), what=f"{key} changed")
    if not shaped:
        _shape(run, title, path, entry, ours, new)


def _before(ours: dict[str, tuple[yaml.Node, yaml.Node]], kind: str) -> Any:
    """The old value a history entry records: for a type, the type or the class it named."""
    keys = ("type", "ref") if kind == "type" else (kind,)
    found = [_value(ours[k][1]) for k in keys if k in ours]
    if kind == "nullable":
        return bool(found and found[0])
    return found[0] if found else None


def _shape(
    run: _Run,
    title: str,
    path: str,
    entry: tuple[yaml.Node, yaml.Node],
    ours: dict[str, tuple[yaml.Node, yaml.Node]],
    new: dict[str, Any],
) -> None:
    """What nests in a field: its own fields, an array's items, a map's values (the same kind on
    both sides: :func:`_field` leaves a change of kind to the maintainer)."""
    node = entry[1]
    assert isinstance(node, yaml.MappingNode)
    for key in ("items", "map"):
        if key in ours and key in new:
            inner = ours[key][1]
            if key == "map" and isinstance(inner, yaml.MappingNode):
                values = entries(inner).get("values")
                if values is not None:
                    _field(run, title, f"{path}.[propertyName]", values, new["map"]["values"])
            elif key == "items":
                _field(run, title, path, ours["items"], new["items"])
    if "fields" in ours or "fields" in new:
        if "fields" not in ours and not new.get("fields"):
            return
        _fields(run, title, f"{path}.", node, ours.get("fields"), new.get("fields", {}))


def _flow_field(run: _Run, title: str, path: str, entry: tuple[yaml.Node, yaml.Node], new: dict[str, Any]) -> None:
    """A field written on one line (``id: {type: string}``): written out again, in block style,
    when what the page says of it changed."""
    old = _value(entry[1])
    if not isinstance(old, dict):
        return
    said = {k: v for k, v in old.items() if k in _SAID or k in ("fields", "items", "map")}
    wanted = {k: v for k, v in new.items() if k in _SAID or k in ("fields", "items", "map")}
    if said == wanted:
        return
    merged = {k: v for k, v in old.items() if k not in said} | wanted
    _set(run, entry, dict(sorted(merged.items(), key=lambda kv: _RANK.get(kv[0], len(_ORDER)))))
    run.edits.append(Edit(title, path, "rewritten from the page"))


def _by_hand(value: dict[str, Any]) -> bool:
    """Whether a field or object holds anything the maintainer added, at any depth."""
    if BY_HAND & set(value):
        return True
    return any(isinstance(v, dict) and _by_hand(v) for v in value.values())


def _open_comments(run: _Run, title: str, path: str, lines: list[str]) -> list[str]:
    """Lines added from the page, with the open points inside them as comments above."""
    inside = [p for (t, at), p in run.undecided.items() if t == title and _within(at, path)]
    run.points += inside
    pad = " " * (len(lines[0]) - len(lines[0].lstrip()))
    # SECURITY: page text in a comment is one line, so it can never end the comment.
    return [*(f"{pad}# open: {' '.join(p.what.split())}" for p in inside), *lines]


def _within(at: str, path: str) -> bool:
    return not path or at == path or at.startswith(f"{path}.")


def _history(run: _Run, entry: tuple[yaml.Node, yaml.Node] | None, known: list[Any], end: int) -> None:
    """New changes appended to ``history``; one the history records already gains the older
    capture in its ``in`` list when it lacks it."""
    new: list[dict[str, Any]] = []
    for change in run.history:
        match = next((i for i, k in enumerate(known) if _same(k, change)), None)
        if match is None:
            new.append(change)
        elif run.before not in known[match]["in"]:
            known[match]["in"].append(run.before)
            item = entry[1].value[match] if entry is not None else None
            assert isinstance(item, yaml.MappingNode)
            _set(run, entries(item)["in"], known[match]["in"])
    if not new:
        return
    if entry is None or not isinstance(entry[1], yaml.SequenceNode) or not entry[1].value:
        at = end - 1 if run.lines.lines[-1] == "" else end
        if entry is not None:
            at = entry[0].start_mark.line
            run.lines.replace(*span(run.lines.lines, *entry), [])
        run.lines.replace(at, at, ["", "history:", *yamlwriter.sequence(new, 2)])
        return
    first = run.lines.lines[entry[1].value[0].start_mark.line]
    at = last_line(run.lines.lines, entry[1]) + 1
    run.lines.replace(at, at, yamlwriter.sequence(new, len(first) - len(first.lstrip())))


def _cases(run: _Run, top: dict[str, tuple[yaml.Node, yaml.Node]], known: list[Any], cases: list[Any]) -> None:
    """The page's new cases of the folder's union of events (a webhook the newer capture adds)
    appended to ``cases``; a case the file has, by union and value, stays as it is written."""
    have = {(k.get("union"), k.get("value")) for k in known if isinstance(k, dict)}
    new = [c for c in cases if (c["union"], c["value"]) not in have]
    if not new:
        return
    for case in new:
        run.edits.append(Edit(case["class"], "", f"case {case['value']!r} of {case['union']} added"))
    entry = top.get("cases")
    if entry is not None and isinstance(entry[1], yaml.SequenceNode) and entry[1].value and not entry[1].flow_style:
        first = run.lines.lines[entry[1].value[0].start_mark.line]
        at = last_line(run.lines.lines, entry[1]) + 1
        run.lines.replace(at, at, yamlwriter.sequence(new, len(first) - len(first.lstrip())))
        return
    if entry is not None:  # an empty or flow-style list: written again with the new cases
        run.lines.replace(*span(run.lines.lines, *entry), ["cases:", *yamlwriter.sequence([*known, *new], 2)])
        return
    history = top.get("history")
    end = len(run.lines.lines)
    at = history[0].start_mark.line if history is not None else end - 1 if run.lines.lines[-1] == "" else end
    lines = ["cases:", *yamlwriter.sequence(new, 2)]
    run.lines.replace(at, at, ["", *lines] if history is None else [*lines, ""])


def _same(known: Any, change: dict[str, Any]) -> bool:
    keys = ("object", "path", "kind") + (("before",) if "before" in change else ())
    return isinstance(known, dict) and all(known.get(k) == change[k] for k in keys)

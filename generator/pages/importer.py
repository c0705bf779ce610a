"""``import-page``: a saved vendor reference page to a spec page file, with what it cannot decide.

The page is read by the readers ``compare-docs`` uses (:mod:`generator.pages.readers`), so what one
reads the other compares. The file holds what the page says and nothing else: objects in the
page's order, fields with their documented type, nesting, maps (``[propertyName]``), available
values, examples and descriptions verbatim. What the page leaves open (a row that only links to
another object, values on a field that is no string, two titles that make one class name) is an
:class:`OpenPoint`: a YAML comment beside the field and a line of the run's report; the file stays
a valid spec file, so ``regenerate`` runs on it at once.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, assert_never

from generator.model import formulas, naming
from generator.model.naming import MAP_KEY
from generator.pages import events, readers
from generator.pages.folder import Folder
from generator.pages.page import (
    JSON_TYPES,
    AnyOf,
    Composite,
    Heading,
    NamedValues,
    OneOf,
    OpenPoint,
    Page,
    PageAttribute,
    Untyped,
    ValueList,
)
from generator.pages.readers import PageReader
from generator.spec import yamlwriter


@dataclass
class _Node:
    """A field being built: its row, and the rows nested in it by path."""

    row: PageAttribute | None = None
    children: dict[str, _Node] = field(default_factory=dict)


@dataclass(frozen=True)
class Imported:
    text: str  # the spec file
    open_points: tuple[OpenPoint, ...]
    form: str  # the page's form, as its reader names it


_MODELINE = re.compile(r"^# yaml-language-server: .*$")


def modeline(folder: Path) -> str | None:
    """The editor's schema line the spec files in ``folder`` begin with, so an imported file
    points where they do (the schema's place is the repository's to say)."""
    for path in sorted(folder.glob("*.yaml")):
        try:
            first = path.read_text("utf-8").partition("\n")[0]
        except (OSError, UnicodeDecodeError):
            continue
        if _MODELINE.match(first):
            return first
    return None


def import_page(text: str, source: str, page_id: str | None = None, title: str | None = None) -> Imported:
    """The spec file of a page's text; :class:`PageError` when it is no reference page."""
    reader, page = readers.read(text)
    spec, points = read_page(reader, page, source, page_id, title)
    form = readers.form_name(reader, page)
    return Imported(render(spec, points, form), tuple(points), form)


def read_page(
    reader: PageReader,
    page: Page,
    source: str,
    page_id: str | None = None,
    title: str | None = None,
    folder: Folder | None = None,
) -> tuple[dict[str, Any], list[OpenPoint]]:
    """The spec file's data of a page its reader read, and what the page leaves open. In a spec
    ``folder``, an object its other files define with the same content is not written again, and
    one they define with other content gets a stand-in title."""
    rows = page.rows
    title = title or page.title or "Page"
    points: list[OpenPoint] = []
    objects = _tree(rows, reader.flattened, points)
    found, bare = page.composites, page.bare_headings
    defined = frozenset(objects)
    headings = {h.title: h for h in page.headings if h.title not in defined}
    elsewhere = frozenset(folder.objects) if folder is not None else frozenset()  # a ref reaches these too
    known = _Known(defined | elsewhere | {c.title for c in found} | {b.title for b in bare if b.shown_as}, headings)
    for row in rows:
        if "." not in row.path and row.object in defined:
            known.rows.setdefault(row.object, []).append(row)
    described, shown = page.descriptions, page.examples
    built = {  # each object's description is put first below, with the composites' and aliases'
        name: {"fields": _fields(name, "", nodes, points, known)}
        | ({"examples": [{"source": source, "value": v} for v in shown[name]]} if name in shown else {})
        for name, nodes in objects.items()
    }
    aliases = {b.title: {"alias_of": b.shown_as} for b in bare if b.shown_as}
    for b in bare:
        if b.shown_as is None:
            what = "the page shows this heading with no table (the capture lost it): add it from another capture"
            points.append(OpenPoint(b.title, "", what, b.line))
    line = {row.object: row.line or 0 for row in reversed(rows)} | {c.title: c.line for c in found}
    line |= {b.title: b.line for b in bare}
    inline = {} if reader.flattened else {c.title: built.pop(c.title) for c in found if c.title in built}
    everything = {
        **_composites(found, defined | elsewhere | {c.title for c in found}, points, inline),
        **built,
        **aliases,
    }
    everything = {t: ({"description": described[t]} if t in described else {}) | v for t, v in everything.items()}
    _check_formulas(everything, {(r.object, r.path): r.line for r in rows}, points)
    ordered = dict(sorted(everything.items(), key=lambda item: line.get(item[0], 0)))  # the page's order
    names = _ClassNames(points, line)
    renamed: dict[str, str] = {}
    if folder is not None:
        ordered = _placed(ordered, folder, title, line, points, renamed, reader.form == "openapi")
        names.reserve(folder)
    ordered = names.objects(ordered)
    claim = lambda owner, cls, what: names.claim(owner, "", cls, what)  # noqa: E731
    cases = events.cases(page.events, renamed, folder, source, claim, points)
    if reader.flattened:  # a page that keeps its tables defines the objects no field names too
        unions = {part for h in page.headings if isinstance(h, OneOf) for part in h.parts}
        points += _unreferenced(ordered, line, unions)
    points.sort(key=lambda p: p.at or 0)  # as the page reads
    spec = {
        "spec_version": 1,
        "page": {"id": page_id or _slug(title), "title": title, "source": source},
        "objects": ordered,
    } | ({"cases": cases} if cases else {})
    return spec, points


def _placed(
    objects: dict[str, dict[str, Any]],
    folder: Folder,
    page: str,
    line: dict[str, int],
    points: list[OpenPoint],
    renamed: dict[str, str],
    by_title: bool = False,
) -> dict[str, dict[str, Any]]:
    """The page's objects as the folder takes them: one it defines alike is left out (a `ref` by
    title reaches it there); one it defines otherwise is kept under a stand-in title, which
    ``renamed`` records. ``by_title``: the page is a machine-readable document, whose titles name
    the pages' objects (the vendor titles a schema as its page titles the object), so an object
    the folder defines under its title is that object, whatever else the document says of it:
    that is evidence for `observe` and `compare-docs`, not a second object."""
    kept: dict[str, dict[str, Any]] = {}
    for title, value in objects.items():
        there = folder.objects.get(title)
        if there is None:
            kept[title] = value
            continue
        if by_title or folder.same(title, value):
            continue
        taken = set(folder.objects) | set(objects)
        stand_in = next(
            t for n in itertools.count(1) if (t := f"{title} ({page}{f' {n}' if n > 1 else ''})") not in taken
        )
        renamed[title], line[stand_in] = stand_in, line.get(title, 0)
        what = f"{title!r} is also defined at {there.where}, with other content: named {stand_in!r} here"
        points.append(OpenPoint(stand_in, "", f"{what}; make them one object, or keep both", line[stand_in]))
        kept[stand_in] = value
    return {title: _retitled(value, renamed) for title, value in kept.items()} if renamed else kept


def _retitled(value: Any, renamed: dict[str, str]) -> Any:
    """``value`` with its references to a renamed object (``ref``, ``all_of``, ``alias_of``)
    following the rename."""
    if isinstance(value, dict):
        out = {k: _retitled(v, renamed) for k, v in value.items()}
        for key in ("ref", "alias_of"):
            if isinstance(out.get(key), str):
                out[key] = renamed.get(out[key], out[key])
        if isinstance(out.get("all_of"), list):
            out["all_of"] = [renamed.get(p, p) if isinstance(p, str) else p for p in out["all_of"]]
        return out
    if isinstance(value, list):
        return [_retitled(v, renamed) for v in value]
    return value


@dataclass
class _ClassNames:
    """Each class the file makes, named as the resolver names it (an object by its title, a nested
    object by its owner's class and its field), claimed once. A name that is taken or none gets a
    stand-in `name`, so the file stays valid, and is left to decide."""

    points: list[OpenPoint]
    lines: dict[str, int]
    claimed: dict[str, str] = field(default_factory=lambda: dict.fromkeys(naming.MODULE_NAMES, "the runtime"))
    keep: bool = False  # names the objects have already (another file's), rather than given ones
    at: str = ""  # where the objects are, when not in the file being made

    def reserve(self, folder: Folder) -> None:
        """Claim the class names of the folder's other files, as they name them."""
        for title, there in folder.objects.items():
            _ClassNames([], {}, self.claimed, keep=True, at=f" at {there.where}").objects({title: there.raw})
        for union in folder.unions.values():
            for name in union.names:
                self.claimed.setdefault(name, f"a class of the union {union.name} at {union.where}")

    def objects(self, objects: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        out = {}
        for title, value in objects.items():
            own = value.get("name") if self.keep else None
            named = self.claim(title, "", own or naming.class_name(title), f"object {title!r}{self.at}")
            cls = named or own or naming.class_name(title) or ""
            fields = self.fields(title, "", cls, value.get("fields", {}))
            out[title] = ({"name": named} if named else {}) | value | ({"fields": fields} if "fields" in value else {})
        return out

    def fields(self, title: str, prefix: str, owner: str, fields: dict[str, Any]) -> dict[str, Any]:
        return {
            name: self.field(title, f"{prefix}{name}", owner, naming.pascal(name), spec)
            for name, spec in fields.items()
        }

    def field(self, title: str, path: str, owner: str, stem: str, spec: dict[str, Any]) -> dict[str, Any]:
        out = dict(spec)
        if "fields" in spec:
            cls = (spec.get("name") if self.keep else None) or f"{owner}{stem}"
            named = self.claim(title, path, cls, f"the nested object at {title}.{path}{self.at}")
            out = _with_name(out, named) if named else out
            out["fields"] = self.fields(title, f"{path}.", named or cls, spec["fields"])
        if "map" in spec:
            out["map"] = {
                "values": self.field(title, f"{path}.{MAP_KEY}", owner, f"{stem}Entry", spec["map"]["values"])
            }
        if isinstance(spec.get("items"), dict) and "fields" in spec["items"]:
            out["items"] = self.field(title, path, owner, f"{stem}Item", spec["items"])
        return out

    def claim(self, title: str, path: str, cls: str | None, what: str) -> str | None:
        """None when ``cls`` is free (and now claimed), else the stand-in name it gets."""
        if cls is not None and cls not in self.claimed:
            self.claimed[cls] = what
            return None
        base = cls or "Unnamed"
        stand_in = next(f"{base}{n}" for n in range(2, len(self.claimed) + 3) if f"{base}{n}" not in self.claimed)
        self.claimed[stand_in] = what
        said = f"makes the class name {cls}, as {self.claimed[cls]} does" if cls else "makes no class name"
        where = self.lines.get(title)
        self.points.append(OpenPoint(title, path, f"{said}: named {stand_in} for now; set `name`", where))
        return stand_in


def _with_name(spec: dict[str, Any], name: str) -> dict[str, Any]:
    """``name`` after the type, where the hand-written files put it."""
    head = {k: v for k, v in spec.items() if k in ("type", "ref")}
    return head | {"name": name} | {k: v for k, v in spec.items() if k not in head}


def _check_formulas(
    objects: dict[str, dict[str, Any]], lines: dict[tuple[str, str], int | None], points: list[OpenPoint]
) -> None:
    """A formula the page prints that reads what its object lacks is kept as text with
    ``applies: false`` and left to decide, so the file stays valid. An "All of" part's formula
    may read the other parts' fields."""
    shared: dict[str, dict[str, Any]] = {}
    for whole in objects.values():
        parts = [p for p in whole.get("all_of", ()) if isinstance(p, str) and p in objects]
        together = {k: v for p in parts for k, v in objects[p].get("fields", {}).items()}
        for part in parts:
            shared[part] = shared.get(part, {}) | together
    for title, value in objects.items():
        _formulas_in(title, "", value.get("fields", {}), shared.get(title, {}), lines, points)


def _formulas_in(
    title: str,
    prefix: str,
    fields: dict[str, Any],
    more: dict[str, Any],
    lines: dict[tuple[str, str], int | None],
    points: list[OpenPoint],
) -> None:
    siblings = more | fields
    for name, spec in fields.items():
        text = spec.get("formula")
        if isinstance(text, str):
            lacking = sorted(n for n in formulas.parse(text, name).names() if not _number_or_array(siblings.get(n)))
            if lacking:
                said = ", ".join(f"`{n}`" for n in lacking)
                note = f"The page prints it, but this object has no number field {said}."
                spec["formula"] = {"text": text, "applies": False, "note": note}
                what = f"the formula reads {said}, no number field here: kept with `applies: false`; check it"
                points.append(OpenPoint(title, f"{prefix}{name}", what, lines.get((title, f"{prefix}{name}"))))
        if isinstance(spec.get("fields"), dict):
            _formulas_in(title, f"{prefix}{name}.", spec["fields"], {}, lines, points)


def _number_or_array(spec: Any) -> bool:
    return isinstance(spec, dict) and spec.get("type") in ("integer", "number", "array")


def _unreferenced(objects: dict[str, dict[str, Any]], line: dict[str, int], parts: set[str]) -> list[OpenPoint]:
    """Objects after the page's first that no field, no "All of" and no "One of" names: a capture
    that lost a table (seed 002 lost the one of `customer` and `referrer`) leaves the objects it
    named."""
    named = parts | {ref for value in objects.values() for ref in _refs(value)}
    what = "no field of the page names this object: if the capture lost the table that did, add that field"
    return [OpenPoint(title, "", what, line.get(title)) for title in list(objects)[1:] if title not in named]


def _refs(value: Any) -> list[str]:
    if isinstance(value, dict):
        own = [value["ref"]] if isinstance(value.get("ref"), str) else []
        parts = [p for p in value.get("all_of", ()) if isinstance(p, str)]
        return own + parts + [r for k, v in value.items() if k != "examples" for r in _refs(v)]
    if isinstance(value, list):
        return [r for v in value for r in _refs(v)]
    return []


def _composites(
    found: list[Composite], defined: frozenset[str], points: list[OpenPoint], inline: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Each "All of" object, before the parts (the pages show it first). A part with the whole's
    own title is the table the page shows inside the list (``inline``: the whole's own rows, on a
    page that keeps its tables), else it needs a class name; a part the page does not show is left
    to decide."""
    out: dict[str, dict[str, Any]] = {}
    for composite in found:
        parts: list[str | dict[str, Any]] = []
        for i, part in enumerate(composite.parts, 1):
            if part == composite.title and part in inline:
                parts.append({"fields": inline[part]["fields"]})
            elif part == composite.title:
                what = f"part {i} has the whole's title: add it as an inline part with a `name`"
                points.append(OpenPoint(composite.title, "", what, composite.line))
            elif part not in defined:
                what = f"part {i} {part!r} is not on the page: add it, or name the object it is"
                points.append(OpenPoint(composite.title, "", what, composite.line))
            else:
                parts.append(part)
        if not parts:
            what = 'the page shows no part of this "All of" that the capture kept: add them'
            points.append(OpenPoint(composite.title, "", what, composite.line))
            continue
        out[composite.title] = {"all_of": parts}
    return out


def _tree(rows: list[PageAttribute], flattened: bool, points: list[OpenPoint]) -> dict[str, dict[str, _Node]]:
    """The rows of each object by path: rows carry theirs, unless the page's form ``flattened``
    them (then :class:`_Flattened` nests them again)."""
    objects: dict[str, dict[str, _Node]] = {}
    nested: dict[str, _Flattened] = {}
    for row in rows:
        root = objects.setdefault(row.object, {})
        if not flattened:
            _place(root, row.path.split(".")).row = row
            continue
        nested.setdefault(row.object, _Flattened(row.object, root, points)).add(row)
    for each in nested.values():
        each.done()
    return objects


@dataclass
class _Flattened:
    """A text capture's rows of one object, nested again. A row over a nested table (its
    "Attributes" line) opens it; a table under a nested one's own row starts beside that one (a
    map's ``[propertyName]`` row opens its values); a name the open table already has closes it.
    Where a table ends the capture does not show, so the object is left to check; a name the
    object itself already has is left out (a lost table's row)."""

    title: str
    root: dict[str, _Node]
    points: list[OpenPoint]
    open: list[tuple[str, dict[str, _Node]]] = field(default_factory=list)  # (path, children)
    nested: list[str] = field(default_factory=list)
    first: int | None = None  # the line of the first row over a nested table
    repeated: PageAttribute | None = None

    def add(self, row: PageAttribute) -> None:
        while self.open and row.path in self.open[-1][1]:
            self.open.pop()
        if row.nests and self.open and row.path != MAP_KEY:
            self.open.pop()
        prefix, children = self.open[-1] if self.open else ("", self.root)
        node = children.setdefault(row.path, _Node())
        if node.row is not None:
            self.repeated = self.repeated or row
            return
        node.row = row
        if row.nests:
            self.first = self.first or row.line
            self.nested.append(f"{prefix}{row.path}")
            self.open.append((f"{prefix}{row.path}.", node.children))

    def done(self) -> None:
        if self.nested:
            tables = ", ".join(f"`{n}`" for n in self.nested)
            what = f"the capture flattened the nested tables of {tables}: check where each ends"
            self.points.append(OpenPoint(self.title, "", what, self.first))
        if self.repeated is not None:
            what = f"`{self.repeated.path}` is shown twice: the capture lost a nested table; add its rows by hand"
            self.points.append(OpenPoint(self.title, "", what, self.repeated.line))


def _place(root: dict[str, _Node], parts: list[str]) -> _Node:
    node = root.setdefault(parts[0], _Node())
    for part in parts[1:]:
        node = node.children.setdefault(part, _Node())
    return node


@dataclass(frozen=True)
class _Known:
    """What a row's link may name: the page's objects, and its headings that are types."""

    objects: frozenset[str]
    headings: dict[str, Heading]
    undecided: set[str] = field(default_factory=set)  # headings already left to decide: once each
    rows: dict[str, list[PageAttribute]] = field(default_factory=dict)  # each object's own rows

    def union(self, parts: tuple[str, ...]) -> dict[str, Any] | None:
        """The tag-value union of objects of the page, where each fixes one field (the first such,
        in the first part's order) to a value of its own; None where they do not."""
        if len(parts) < 2 or not all(p in self.rows for p in parts):
            return None
        for row in self.rows[parts[0]]:
            fixed = [next((r for r in self.rows[p] if r.path == row.path), None) for p in parts]
            values = [r.enum[0] for r in fixed if r is not None and r.enum and len(r.enum) == 1]
            if len(values) == len(parts) == len(set(values)) and all(r and r.type in (None, "string") for r in fixed):
                return {"one_of": [{"ref": p} for p in parts], "union": {"rule": "tag-value", "field": row.path}}
        return None


def _fields(title: str, prefix: str, nodes: dict[str, _Node], points: list[OpenPoint], known: _Known) -> dict[str, Any]:
    return {
        name: _field(title, f"{prefix}{name}", node, points, known) for name, node in nodes.items() if name != MAP_KEY
    }


def _field(title: str, path: str, node: _Node, points: list[OpenPoint], known: _Known) -> dict[str, Any]:
    """A field in the hand-written files' order: its type and what the page says of it, then what
    nests in it."""
    row = node.row
    if row is None:  # a path the rows nest in, with no row of its own
        return _nested(title, path, node, points, known, "object") or _open(title, path, None, "shows no type", points)
    if row.type in (None, "object") and row.link in known.objects and not node.children:
        return {"ref": row.link} | _said(title, path, row, "object", points, False)
    out = _typed(title, path, row, points, known, bool(node.children))
    out |= _said(title, path, row, out.get("type", ""), points, "enum" not in out)
    return out | _nested(title, path, node, points, known, out.get("type", ""))


def _typed(
    title: str, path: str, row: PageAttribute, points: list[OpenPoint], known: _Known, nests: bool
) -> dict[str, Any]:
    """The field's type from its row: the type it shows, and what its link names."""
    link = row.link
    heading = known.headings.get(link) if link else None
    kind = row.type
    if kind == "array":
        if link in known.objects:
            return {"type": "array", "items": {"ref": link}}
        if heading is not None:
            return {"type": "array", "items": _heading_type(title, path, heading, points, known)}
        if link is not None:
            return {
                "type": "array",
                "items": _open(title, path, row, f"links {link!r}, which it does not define", points),
            }
        return {"type": "array"} | ({"items": {"type": row.items}} if row.items else {})
    if kind is not None:
        values = heading.values if isinstance(heading, NamedValues) and kind == "string" and not row.enum else None
        return {"type": kind} | ({"enum": list(values)} if values else {})
    if heading is not None:
        return _heading_type(title, path, heading, points, known)
    if row.one_of:
        return _one_of_row(title, path, row, points, known)
    if row.enum:
        return {"type": "string", "enum": list(row.enum)}
    if nests and not link:
        return {"type": "object"}  # the rows nested in it show what it is
    said = f"links {link!r}, which it does not define" if link else "shows no type"
    return _open(title, path, row, said, points)


def _one_of_row(title: str, path: str, row: PageAttribute, points: list[OpenPoint], known: _Known) -> dict[str, Any]:
    """A row that is one of several headings: of value lists, a string of any of their values;
    else left to decide."""
    lists = [known.headings.get(part) for part in row.one_of]
    values = [v for h in lists if isinstance(h, NamedValues) for v in h.values]
    if all(isinstance(h, NamedValues) for h in lists):
        return {"type": "string", "enum": list(dict.fromkeys(values))}
    same = next((h for h in known.headings.values() if isinstance(h, OneOf) and h.parts == row.one_of), None)
    if same is not None:  # the union a heading of the page shows: one decision
        return _heading_type(title, path, same, points, known)
    if (union := known.union(row.one_of)) is not None:
        return union
    what = f"the page shows this field as one of {', '.join(row.one_of)}: choose how a payload picks its part"
    points.append(OpenPoint(title, path, f"{what}; `type: any` until then", row.line))
    return {"type": "any"}


def _heading_type(title: str, path: str, heading: Heading, points: list[OpenPoint], known: _Known) -> dict[str, Any]:
    """The type a row has that links a heading the page shows as no object."""
    match heading:
        case NamedValues(values=values):
            return {"type": "string", "enum": list(values)}
        case ValueList(item=item):
            return {"type": "array", "items": {"type": item}}
        case AnyOf(types=types):
            kinds = set(types)
            one = next(iter(kinds)) if len(kinds) == 1 and kinds <= set(JSON_TYPES) else "any"
            return {"type": "array", "items": {"type": one}}
        case OneOf(parts=parts) if (union := known.union(parts)) is not None:
            return union
        case OneOf(parts=parts):
            said = ", ".join(parts)
            what = f"the page shows {heading.title!r} as one of {said}: choose how a payload picks its part"
            return _undecided(title, path, heading, what, points, known)
        case Untyped():
            what = f"the page shows nothing under {heading.title!r}: set the type"
            return _undecided(title, path, heading, what, points, known)
        case _:
            assert_never(heading)


def _undecided(
    title: str, path: str, heading: Heading, what: str, points: list[OpenPoint], known: _Known
) -> dict[str, Any]:
    """``any`` for a field that links a heading the page leaves open, which is left to decide at
    the first field that links it."""
    if heading.title not in known.undecided:
        known.undecided.add(heading.title)
        said = f"{what}; `type: any` here and where it is linked until then"
        points.append(OpenPoint(title, path, said, heading.line))
    return {"type": "any"}


def _open(title: str, path: str, row: PageAttribute | None, said: str, points: list[OpenPoint]) -> dict[str, Any]:
    """A field whose type the page leaves open: ``any``, which refuses nothing, until it is set."""
    what = f"the page {said}: set `ref` or `type`; `type: any` until then"
    points.append(OpenPoint(title, path, what, row.line if row else None))
    return {"type": "any"}


def _nested(title: str, path: str, node: _Node, points: list[OpenPoint], known: _Known, kind: str) -> dict[str, Any]:
    """What nests in a field: a map's values, an array's item fields, an object's fields."""
    entry = node.children.get(MAP_KEY)
    if entry is not None and kind in ("object", "any"):
        return {"type": "object", "map": {"values": _field(title, f"{path}.{MAP_KEY}", entry, points, known)}}
    if node.children and kind == "array":
        return {"items": {"type": "object", "fields": _fields(title, f"{path}.", node.children, points, known)}}
    if node.children and kind in ("object", "any"):
        return {"type": "object", "fields": _fields(title, f"{path}.", node.children, points, known)}
    return {}


def _said(
    title: str, path: str, row: PageAttribute, kind: str, points: list[OpenPoint], values: bool = True
) -> dict[str, Any]:
    """What the page's row says of a field: nullability, description, values (unless its type
    took them), example, deprecation."""
    out: dict[str, Any] = {}
    if row.nullable:
        out["nullable"] = True
    if row.required:
        out["required"] = True
    description, formula = _formula(row.description, path.rsplit(".", 1)[-1])
    if description:
        out["description"] = description
    if formula:
        out["formula"] = formula
    if row.enum and values:
        if kind == "string":
            out["enum"] = list(row.enum)
        else:
            what = f"available values on a {kind}: the spec's enums are strings"
            points.append(OpenPoint(title, path, what, row.line))
    if row.example is not None:
        out["example"] = _example(row.example, kind)
    if row.description.startswith("`Deprecated`"):
        out["deprecated"] = True
    return out


_FORMULA = re.compile(r"`\w+`(?:\s*[\u00f7\u00d7*/+=-]\s*`\w+`)+")  # ÷, the multiplication sign


_OPERATORS = frozenset("=\u00f7\u00d7*/+-")
_LOOSE_DOT = re.compile(r"\.(?!\w)")  # a full stop, not the dot of `order.amount`


def _trailing(description: str) -> tuple[str, str] | None:
    """The description's last sentence and what comes before it, when that sentence is a formula
    of bare operands (an operator, or ``sum(``, before any dot): found by position, since a pattern
    that lets the dots of ``order.amount`` repeat backtracks without end on text made to."""
    at = description.rfind(". ")
    if at < 0 or "\n" in description[:at]:
        return None
    sentence = description[at + 2 :]
    first = sentence.partition(".")[0]
    if _LOOSE_DOT.search(sentence) or not (_OPERATORS.intersection(first) or "sum(" in first):
        return None
    return description[: at + 1], sentence


def _formula(description: str, wire: str) -> tuple[str, str | None]:
    """The description and the formula it prints, when the generator's formula parser reads it
    as one for this field: code joined by operators inside the text (`a` ÷ `b`, kept in the
    description as the page has it), or a last sentence of bare operands (a text capture's
    ``a = b + c``, taken off the description)."""
    found = _FORMULA.search(description)
    if found is not None and _reads(found.group(0).replace("`", ""), wire):
        return description, found.group(0).replace("`", "")
    trailing = _trailing(description)
    if trailing is not None and _reads(trailing[1], wire):
        return trailing
    return description, None


def _reads(text: str, wire: str) -> bool:
    try:
        formula = formulas.parse(text, wire)
    except formulas.FormulaError:
        return False
    return formula.target == wire


def _example(text: str, kind: str) -> Any:
    """A page's example as a value of the field's type (the pages print strings bare)."""
    quoted = len(text) >= 2 and text[0] == text[-1] == '"'
    if kind not in ("integer", "number", "boolean", "object", "array") and not quoted:
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def _slug(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    slug = "-".join(words) or "page"
    return slug if slug[0].isalpha() else f"page-{slug}"


def render(spec: dict[str, Any], points: list[OpenPoint], form: str, modeline: str | None = None) -> str:
    """The spec file's text: the header (after the editor's ``modeline`` the other spec files
    have, if any), the data, and each open point as a comment at its field."""
    header = [
        *([modeline, "#"] if modeline else []),
        f"# Imported from a saved page ({form}) by `docmodels import-page`: what the page says,",
        "# nothing else. Observed facts, history and notes are added by hand.",
    ]
    lines = [*yamlwriter.entry("spec_version", spec["spec_version"], 0), *yamlwriter.entry("page", spec["page"], 0)]
    lines.append("objects:" if spec["objects"] else "objects: {}  # each is defined in another file of the folder")
    for i, (name, value) in enumerate(spec["objects"].items()):
        lines += [""] * (i > 0) + yamlwriter.entry(name, value, 2)  # a blank line between objects
    if spec.get("cases"):  # the webhooks' cases of the folder's union of events
        lines += ["", *yamlwriter.entry("cases", spec["cases"], 0)]
    return "\n".join([*header, *_annotated(lines, points)]) + "\n"


def _annotated(lines: list[str], points: list[OpenPoint]) -> list[str]:
    """Each open point as a comment above its field (or object), found by its path's keys in
    order: each key the first line after the last one found with that key, deeper than it. The
    keys are read off the lines once, so this is linear in the file and the points."""
    keyed: dict[str, list[tuple[int, int]]] = {}  # a key's text: (line, indent) of each line it starts
    for i, line in enumerate(lines):
        if (key := _key_of(line)) is not None:
            keyed.setdefault(key, []).append((i, len(line) - len(line.lstrip(" "))))
    comments: dict[int, list[str]] = {}
    for point in points:
        parts = [p if p != MAP_KEY else "values" for p in point.path.split(".") if p]
        at, depth = 0, -1
        for key in [point.object, *parts]:
            found = keyed.get(yamlwriter.key_text(key), [])
            start = bisect.bisect_left(found, (at, -1))
            hit = next(((i, indent) for i, indent in itertools.islice(found, start, None) if indent > depth), None)
            if hit is None:
                break
            at, depth = hit
        else:
            # SECURITY: page text in a comment is one line, so it can never end the comment.
            comments.setdefault(at, []).append(f"{' ' * depth}# open: {' '.join(point.what.split())}")
    return [out for i, line in enumerate(lines) for out in [*comments.get(i, ()), line]]


def _key_of(line: str) -> str | None:
    """The key text a line of a block mapping starts with, as :func:`yamlwriter.key_text` wrote it."""
    text = line.lstrip(" ")
    if text.startswith('"'):
        end = _QUOTED_END.match(text)
        return end.group(0)[:-1] if end else None
    colon = text.find(": ")
    if colon < 0 and text.endswith(":"):
        colon = len(text) - 1
    return text[:colon] if colon > 0 else None


_QUOTED_END = re.compile(r'"(?:[^"\\]|\\.)*":')

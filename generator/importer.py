"""``import-page``: a saved vendor reference page to a spec page file, with what it cannot decide.

The page is read by the readers ``compare-docs`` uses (:mod:`generator.docpages`), so what one
reads the other compares. The file holds what the page says and nothing else: objects in the
page's order, fields with their documented type, nesting, maps (``[propertyName]``), available
values, examples and descriptions verbatim. What the page leaves open (a row that only links to
another object, values on a field that is no string, two titles that make one class name) is an
:class:`OpenPoint`: a YAML comment beside the field and a line of the run's report; the file stays
a valid spec file, so ``regenerate`` runs on it at once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator import docpages, formulas, naming, specyaml
from generator.docpages import MAP_KEY, PageAttribute


@dataclass(frozen=True)
class OpenPoint:
    """Something the page does not decide, for the reviewer: where, and what to decide."""

    object: str
    path: str
    what: str
    at: int | None = None  # the page's line
    file: str | None = None  # where ``at`` is, when it is not the page (the file an update edits)

    def line(self, page: str) -> str:
        where = f"{self.object}.{self.path}" if self.path else self.object
        return f"{self.file or page}:{self.at or 1}: {where}: {self.what}"


@dataclass
class _Node:
    """A field being built: its row, and the rows nested in it by path."""

    row: PageAttribute | None = None
    children: dict[str, _Node] = field(default_factory=dict)


@dataclass(frozen=True)
class Imported:
    text: str  # the spec file
    open_points: tuple[OpenPoint, ...]
    form: str  # html, text or mdx


_HTML_TITLE = re.compile(r"<h1[^>]*>(.*?)</h1>|^# +(\S.*?)\s*$", re.IGNORECASE | re.DOTALL | re.MULTILINE)
_MDX_TITLE = re.compile(r"\A---\s*\n(?:.*\n)*?title:\s*\"?(.*?)\"?\s*\n", re.MULTILINE)


def page_title(text: str, form: str) -> str | None:
    """The page's own title: an HTML ``h1``, an MDX front matter ``title``, a capture's first line."""
    if form == "html":
        found = _HTML_TITLE.search(text)
        return re.sub(r"<[^>]+>|\s+", " ", found.group(1) or found.group(2)).strip() if found else None
    if form == "mdx":
        found = _MDX_TITLE.search(text)
        return found.group(1).strip() if found else None
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


def import_page(text: str, source: str, page_id: str | None = None, title: str | None = None) -> Imported:
    """The spec file of a page's text; :class:`docpages.PageError` when it is no reference page."""
    spec, points, form = read_page(text, source, page_id, title)
    return Imported(render(spec, points, form), tuple(points), form)


def read_page(
    text: str, source: str, page_id: str | None = None, title: str | None = None
) -> tuple[dict[str, Any], list[OpenPoint], str]:
    """The spec file's data, what the page leaves open, and the page's form."""
    form, rows = docpages.read(text)
    title = title or page_title(text, form) or "Page"
    points: list[OpenPoint] = []
    objects: dict[str, dict[str, _Node]] = {}
    for row in rows:
        root = objects.setdefault(row.object, {})
        node = _place(root, row.path.split("."))
        node.row = row
    defined = frozenset(objects)
    claimed: dict[str, str] = {}
    for name in objects:
        cls = naming.class_name(name)
        if cls is None:
            points.append(OpenPoint(name, "", "the title makes no class name: set `name`"))
        elif cls in claimed:
            points.append(OpenPoint(name, "", f"makes the class name {cls}, as {claimed[cls]!r} does: set `name`"))
        else:
            claimed[cls] = name
    described = docpages.object_descriptions(text, form)
    shown = docpages.object_examples(text, form)
    built = {
        name: {**({"description": described[name]} if name in described else {})}
        | {"fields": _fields(name, "", nodes, points, defined)}
        | ({"examples": [{"source": source, "value": v} for v in shown[name]]} if name in shown else {})
        for name, nodes in objects.items()
    }
    spec = {
        "spec_version": 1,
        "page": {"id": page_id or _slug(title), "title": title, "source": source},
        "objects": {**_composites(docpages.composites(text, form), defined, points), **built},
    }
    return spec, points, form


def _composites(
    found: list[docpages.Composite], defined: frozenset[str], points: list[OpenPoint]
) -> dict[str, dict[str, Any]]:
    """Each "All of" object, before the parts (the pages show it first). A part the page does not
    show, or one with the whole's own title (it needs a class name), is left to decide."""
    out: dict[str, dict[str, Any]] = {}
    for composite in found:
        parts = []
        for i, part in enumerate(composite.parts, 1):
            if part == composite.title:
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


def _place(root: dict[str, _Node], parts: list[str]) -> _Node:
    node = root.setdefault(parts[0], _Node())
    for part in parts[1:]:
        node = node.children.setdefault(part, _Node())
    return node


def _fields(
    title: str, prefix: str, nodes: dict[str, _Node], points: list[OpenPoint], defined: frozenset[str]
) -> dict[str, Any]:
    return {
        name: _field(title, f"{prefix}{name}", node, points, defined) for name, node in nodes.items() if name != MAP_KEY
    }


def _field(title: str, path: str, node: _Node, points: list[OpenPoint], defined: frozenset[str]) -> dict[str, Any]:
    """A field in the hand-written files' order: its type and what the page says of it, then what
    nests in it."""
    row = node.row
    kind = row.type if row else None
    if kind is None and row is not None and row.link in defined:
        return {"ref": row.link}
    if kind is None:
        linked = f"links {row.link!r}, which" if row and row.link else "shows no type, and"
        what = f"the page {linked} it does not define: set `ref` or `type`"
        points.append(OpenPoint(title, path, what, row.line if row else None))
        kind = "object"
    out: dict[str, Any] = {"type": kind}
    if row is not None:
        out |= _said(title, path, row, kind, points)
    entry = node.children.get(MAP_KEY)
    if entry is not None and kind == "object":
        out["map"] = {"values": _field(title, f"{path}.{MAP_KEY}", entry, points, defined)}
    elif kind == "array" and row is not None and row.link in defined:
        out["items"] = {"ref": row.link}
    elif node.children and kind == "array":
        out["items"] = {"type": "object", "fields": _fields(title, f"{path}.", node.children, points, defined)}
    elif node.children and kind == "object":
        out["fields"] = _fields(title, f"{path}.", node.children, points, defined)
    return out


def _said(title: str, path: str, row: PageAttribute, kind: str, points: list[OpenPoint]) -> dict[str, Any]:
    """What the page's row says of a field: nullability, description, values, example, deprecation."""
    out: dict[str, Any] = {}
    if row.nullable:
        out["nullable"] = True
    if row.description:
        out["description"] = row.description
    formula = _formula(row.description, path.rsplit(".", 1)[-1])
    if formula:
        out["formula"] = formula
    if row.enum:
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


def _formula(description: str, wire: str) -> str | None:
    """A formula the description prints as code joined by operators (`a` ÷ `b`), when the
    generator's formula parser reads it as one for this field."""
    found = _FORMULA.search(description)
    if found is None:
        return None
    text = found.group(0).replace("`", "")
    try:
        formulas.parse(text, wire)
    except formulas.FormulaError:
        return None
    return text


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


def render(spec: dict[str, Any], points: list[OpenPoint], form: str) -> str:
    """The spec file's text: the header, the data, and each open point as a comment at its field."""
    header = [
        "# yaml-language-server: $schema=../generator/spec.schema.json",
        "#",
        f"# Imported from a saved page ({form}) by `python -m generator import-page`: what the page says,",
        "# nothing else. Observed facts, history and notes are added by hand.",
    ]
    lines = [*specyaml.entry("spec_version", spec["spec_version"], 0), *specyaml.entry("page", spec["page"], 0)]
    lines.append("objects:")
    for i, (name, value) in enumerate(spec["objects"].items()):
        lines += [""] * (i > 0) + specyaml.entry(name, value, 2)  # a blank line between objects
    for point in points:
        lines = _annotate(lines, point)
    return "\n".join([*header, *lines]) + "\n"


def _annotate(lines: list[str], point: OpenPoint) -> list[str]:
    """The open point as a comment above its field (or object), found by its path's keys in order."""
    parts = [p if p != MAP_KEY else "values" for p in point.path.split(".") if p]
    keys = [point.object, *parts]
    at, depth = 0, None
    for key in keys:
        wanted = re.compile(rf"^( *){re.escape(specyaml.key_text(key))}:")
        for i in range(at, len(lines)):
            match = wanted.match(lines[i])
            if match and (depth is None or len(match.group(1)) > depth):
                at, depth = i, len(match.group(1))
                break
        else:
            return lines
    # SECURITY: page text in a comment is one line, so it can never end the comment.
    comment = f"{' ' * (depth or 0)}# open: {' '.join(point.what.split())}"
    return [*lines[:at], comment, *lines[at:]]

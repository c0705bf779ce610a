"""Plain attribute tables, as many vendors' references show their objects: a heading per object
and under it a table, HTML (``<table>``) or Markdown (``| ... |``), whose header row names its
columns: the attribute (``Attribute``, ``Field``, ``Name``, ``Property``, ``Parameter``, ``Key``),
its ``Type``, and optionally its ``Description`` and whether it is ``Required``, in any order.

A dotted name (``address.city``) nests in the row before it; a type links another object of the
page by its heading (an anchor link, or the title itself); ``array of X``, ``X[]``, ``list<X>``
give the items; ``null``/``nullable`` in the type makes the field nullable; values listed in the
description (``One of: `a`, `b```, ``Possible values: ...``) become its enum."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from generator.pages.html import Element, TreeBuilder
from generator.pages.page import JSON_TYPES, Page, PageAttribute, front_matter_end, front_matter_title

# Header words of each column, lowercased, spaces collapsed.
_NAME = frozenset({"attribute", "attributes", "field", "fields", "name", "property", "properties", "parameter", "key"})
_TYPE = frozenset({"type", "data type", "value type", "format"})
_DESCRIPTION = frozenset({"description", "details", "meaning", "notes", "comment"})
_REQUIRED = frozenset({"required", "required?", "mandatory", "presence", "optional"})

# The spellings of each JSON type in other vendors' tables.
_SYNONYMS = {
    **{t: t for t in JSON_TYPES},
    **dict.fromkeys(("str", "text", "uuid", "date", "datetime", "date-time", "timestamp", "url", "email"), "string"),
    **dict.fromkeys(("int", "int32", "int64", "long", "integer (int64)"), "integer"),
    **dict.fromkeys(("float", "double", "decimal", "numeric"), "number"),
    **dict.fromkeys(("bool",), "boolean"),
    **dict.fromkeys(("dict", "map", "hash", "json object"), "object"),
    **dict.fromkeys(("list",), "array"),
}
_ONE_OF = re.compile(r"(?:one|any) ?of:? ")
_ARRAY_OF = re.compile(r"(?:array|list)\s*(?:of\s+|<\s*|\[\s*)(.+?)\s*[>\]]?$|(.+?)\s*\[\]$")
_VALUES_SAID = re.compile(r"(?:one of|possible values|available values|allowed values|values|enum)\s*:\s*", re.I)
_CODE = re.compile(r"`([^`]*)`")
_MD_HEADING = re.compile(r"^(#{1,4}) +(\S.*)$")  # closing hashes are taken off by position
_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\(([^)\s]*)\)")  # no "[" inside: one scan of "[[[["
_HTML_TABLE = re.compile(r"<table[\s>]", re.IGNORECASE)


@dataclass(frozen=True)
class _Columns:
    """Which cell of a row holds what (-1: the table has no such column)."""

    name: int
    type: int
    description: int
    required: int


@dataclass(frozen=True)
class _Cell:
    """A cell's text, and the anchor or title of the object it links, if any."""

    text: str
    link: str | None = None


class TableReader:
    """A page whose objects are plain attribute tables with a type column."""

    form = "table"
    flattened = False

    def sniff(self, text: str) -> bool:
        if _HTML_TABLE.search(text):
            builder = TreeBuilder()
            builder.feed(text)
            headers = [[_cell(c).text.lower() for c in _header(t)] for t in builder.root.find_all("table")]
            plain = sum(_columns(h) is not None for h in headers)
            # The vendor's layout (an "Attributes" and a "Description" column) may hold small tables
            # with a type column inside descriptions: a page of mostly such tables is the vendor's.
            vendors = sum(h == ["attributes", "description"] for h in headers)
            return plain > vendors
        lines = text.splitlines()
        return any(_columns(_md_cells(lines[i])) and _MD_SEPARATOR.match(lines[i + 1].strip()) for i in _md_rows(lines))

    def read(self, text: str, titles: frozenset[str] = frozenset()) -> Page:
        lines = text.splitlines()
        found = _html(text) if _HTML_TABLE.search(text) else _markdown(lines)
        headings = {anchor: title for title, anchor in found.headings}
        rows = [_row(row, headings) for row in found.rows]
        title = front_matter_title(lines) or found.title
        return Page(rows, title, descriptions=found.descriptions)


@dataclass
class _Found:
    """What a page's tables show before links are resolved: each row as its cells, the headings
    (title, anchor) of the page, its title and each object's description paragraph."""

    rows: list[tuple[str, int, _Columns, list[_Cell], str]]  # owner, line, columns, cells, path prefix
    headings: list[tuple[str, str]]
    title: str | None
    descriptions: dict[str, str]


def _columns(header: list[str]) -> _Columns | None:
    """The table's columns by its header's words; None for a table without name and type."""
    words = [" ".join(h.lower().strip(" *:`").split()) for h in header]

    def at(names: frozenset[str]) -> int:
        return next((i for i, w in enumerate(words) if w in names), -1)

    name, kind = at(_NAME), at(_TYPE)
    if name < 0 or kind < 0 or name == kind:
        return None
    return _Columns(name, kind, at(_DESCRIPTION), at(_REQUIRED))


def _slug(text: str) -> str:
    """A heading's anchor as documentation sites make it: lowercase words joined by hyphens."""
    return re.sub(r"[^a-z0-9_]+", "-", text.lower()).strip("-")


# -- HTML -------------------------------------------------------------------------------------------


def _header(table: Element) -> list[Element]:
    """The header cells of a table: its ``th`` row, or its first row."""
    rows = table.find_all("tr")
    if not rows:
        return []
    first = next((r for r in rows if r.elements("th")), rows[0])
    return first.elements("th") or first.elements("td")


def _cell(element: Element) -> _Cell:
    link = next((a for a in element.find_all("a") if a.attrs.get("href", "").startswith("#")), None)
    anchor = link.attrs["href"][1:] if link is not None else None
    return _Cell(_marked(element), anchor or (link.text() if link is not None else None))


def _marked(element: Element) -> str:
    """An element's text with its code spans in backticks, as a Markdown cell shows them."""
    parts = [
        " ".join(c.split()) if isinstance(c, str) else f"`{c.text()}`" if c.tag == "code" else _marked(c)
        for c in element.children
        if isinstance(c, str) or c.tag != "table"  # a nested object's table is rows of its own
    ]
    return re.sub(r"\s+([.,;:])", r"\1", " ".join(p for p in parts if p)).strip()


def _html(text: str) -> _Found:
    builder = TreeBuilder()
    builder.feed(text)
    found = _Found([], [], None, {})
    heading: tuple[str, str] | None = None
    paragraphs: list[str] = []
    for element in _document_order(builder.root):
        if element.tag in ("h1", "h2", "h3", "h4"):
            title = element.text()
            if element.tag == "h1" and found.title is None:
                found.title = title
            heading, paragraphs = (title, element.attrs.get("id") or _slug(title)), []
            found.headings.append(heading)
        elif element.tag == "title" and found.title is None:
            found.title = element.text() or None
        elif element.tag == "p" and heading is not None:
            paragraphs.append(element.text())
        elif element.tag == "table":
            columns = _columns([_cell(c).text for c in _header(element)])
            if columns is None:
                continue
            owner = heading[0] if heading else found.title or "Page"
            if paragraphs and owner not in found.descriptions:
                found.descriptions[owner] = " ".join(" ".join(paragraphs).split())
            _table_rows(element, columns, owner, "", found)
    return found


def _table_rows(table: Element, columns: _Columns, owner: str, prefix: str, found: _Found) -> None:
    """The rows of one attribute table, and those of the attribute tables in its cells (a nested
    object's), under the name of the row that holds them."""
    header = _header(table)
    for tr in _own_rows(table):
        cells = tr.elements("td") or tr.elements("th")
        if not cells or cells[0] in header:
            continue
        found.rows.append((owner, tr.line, columns, [_cell(c) for c in cells], prefix))
        name = _name(_cell(cells[columns.name]).text) if columns.name < len(cells) else ""
        for cell in cells:
            for nested in _own_tables(cell):
                inner = _columns([_cell(c).text for c in _header(nested)])
                if inner is not None and name:
                    _table_rows(nested, inner, owner, f"{prefix}{name}.", found)


def _own_rows(table: Element) -> Iterator[Element]:
    """A table's rows, in its head, body and foot, not those of the tables inside it."""
    for child in table.elements():
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from child.elements("tr")


def _own_tables(element: Element) -> Iterator[Element]:
    """The tables inside ``element`` that no other table inside it holds."""
    for child in element.elements():
        if child.tag == "table":
            yield child
        else:
            yield from _own_tables(child)


def _document_order(root: Element) -> Iterator[Element]:
    """Headings, paragraphs and tables in the page's order (not what is inside a table)."""
    stack = [root]
    while stack:
        element = stack.pop()
        if element.tag in ("h1", "h2", "h3", "h4", "p", "table", "title"):
            yield element
            continue
        stack += reversed(element.elements())


# -- Markdown ---------------------------------------------------------------------------------------


def _md_rows(lines: list[str]) -> Iterator[int]:
    """The indexes of lines that may be a table's header (a line before a separator line)."""
    return (i for i in range(len(lines) - 1) if lines[i].lstrip().startswith("|"))


def _md_cells(line: str) -> list[str]:
    """A Markdown table row's cells: split at bars outside code spans and not escaped."""
    cells, current, code, escaped = [], [], False, False
    for char in line.strip().removeprefix("|").removesuffix("|"):
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "`":
            code = not code
            current.append(char)
        elif char == "|" and not code:
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    cells.append("".join(current).strip())
    return cells


def _md_cell(text: str) -> _Cell:
    link = _MD_LINK.search(text)
    target = None
    if link is not None:
        href = link.group(2)
        target = href[1:] if href.startswith("#") and len(href) > 1 else link.group(1)
    return _Cell(_MD_LINK.sub(r"\1", text).replace("**", "").strip(), target)


def _markdown(lines: list[str]) -> _Found:
    found = _Found([], [], None, {})
    start = front_matter_end(lines)
    heading: tuple[str, str] | None = None
    paragraphs: list[str] = []
    columns: _Columns | None = None
    number = start
    while number < len(lines):
        line = lines[number].strip()
        if columns is not None and line.startswith("|"):
            owner = heading[0] if heading else found.title or "Page"
            found.rows.append((owner, number + 1, columns, [_md_cell(c) for c in _md_cells(line)], ""))
        elif (
            line.startswith("|")
            and number + 1 < len(lines)
            and _MD_SEPARATOR.match(lines[number + 1].strip())
            and (columns := _columns([_md_cell(c).text for c in _md_cells(line)])) is not None
        ):
            owner = heading[0] if heading else found.title or "Page"
            if paragraphs and owner not in found.descriptions:
                found.descriptions[owner] = " ".join(" ".join(paragraphs).split())
            number += 1  # the separator
        else:
            columns = None
            if match := _MD_HEADING.match(line):
                title = _heading_text(match.group(2))
                if len(match.group(1)) == 1 and found.title is None:
                    found.title = title
                heading, paragraphs = (title, _slug(title)), []
                found.headings.append(heading)
            elif line and heading is not None:
                paragraphs.append(line)
            elif not line and paragraphs:
                paragraphs.append("")
        number += 1
    return found


def _heading_text(text: str) -> str:
    """A Markdown heading's text without its closing hashes (``## Depot ##``), kept in ``C#``."""
    bare = text.rstrip("#")
    return bare.rstrip() if bare != text and (not bare or bare[-1].isspace()) else text.rstrip()


# -- Rows -------------------------------------------------------------------------------------------


def _row(found: tuple[str, int, _Columns, list[_Cell], str], headings: dict[str, str]) -> PageAttribute:
    owner, line, columns, cells, prefix = found

    def at(index: int) -> _Cell:
        return cells[index] if 0 <= index < len(cells) else _Cell("")

    name = _name(at(columns.name).text)
    type_cell = at(columns.type)
    typed = _type(type_cell.text, type_cell.link, headings)
    description = at(columns.description).text
    required = _required(at(columns.required).text)
    values = _values(description)
    return PageAttribute(
        owner,
        f"{prefix}{name}",
        typed.kind,
        typed.nullable,
        " ".join(description.split()),
        enum=values,
        link=typed.link,
        line=line,
        items=typed.items,
        one_of=typed.one_of,
        required=required,
    )


class _Typed(NamedTuple):
    """What a type cell says."""

    kind: str | None  # the JSON type, None where it names an object
    nullable: bool
    items: str | None  # an array's items' JSON type
    link: str | None  # the object it (or its items) names
    one_of: tuple[str, ...] = ()  # the objects it is one of


def _type(text: str, link: str | None, headings: dict[str, str]) -> _Typed:
    """What a type cell says of its attribute's type."""
    said = " ".join(_CODE.sub(r"\1", text).split())
    words = said.lower()
    union = _ONE_OF.match(words)
    spelled = [
        p.strip() for p in re.split(r"\s*(?:\||\bor\b|,|/)\s*", said[union.end() if union else 0 :]) if p.strip()
    ]
    nullable = any(p.lower() in ("null", "nullable", "none") for p in spelled) or "(nullable)" in words
    spelled = [
        p.replace("(nullable)", "").strip()
        for p in spelled
        if p.lower() not in ("null", "nullable", "none", "optional", "required")
    ]
    parts = [p.lower() for p in spelled]
    target = headings.get(link, link) if link else None
    titles = {title.lower(): title for title in headings.values()}
    if not parts:
        return _Typed(None, nullable, None, target)
    if len(parts) > 1 and not any(p in _SYNONYMS for p in parts):  # one of several objects
        return _Typed(None, nullable, None, None, tuple(titles.get(p, s) for p, s in zip(parts, spelled, strict=True)))
    if len({_SYNONYMS.get(p) for p in parts}) > 1:  # one of several JSON types: any value
        return _Typed("any", nullable, None, None)
    first = parts[0]
    if (array := _ARRAY_OF.fullmatch(first)) and (inner := (array.group(1) or array.group(2) or "").strip()):
        inner_type = _SYNONYMS.get(inner)
        return _Typed("array", nullable, inner_type, None if inner_type else target or titles.get(inner, inner))
    kind = _SYNONYMS.get(first)
    if kind is None:  # a type that names another object: linked, or by its title
        return _Typed(None, nullable, None, target or titles.get(first) or spelled[0])
    return _Typed(kind, nullable, None, target if kind in ("object", "array") else None)


def _name(text: str) -> str:
    """The attribute a name cell names: its first word, without code marks or a required star."""
    words = _CODE.sub(r"\1", text).replace("*", " ").split()
    return words[0] if words else ""


def _required(text: str) -> bool | None:
    """Whether the required cell says yes (True), no (False) or nothing (None)."""
    word = text.strip().lower().strip("*` .")
    if word in ("yes", "true", "required", "y", "\u2713", "\u2714", "x"):
        return True
    if word in ("no", "false", "optional", "n", "-", ""):
        return False if word else None
    return None


def _values(description: str) -> tuple[str, ...] | None:
    """The values a description lists after "One of:", "Possible values:" and the like."""
    said = _VALUES_SAID.search(description)
    if said is None:
        return None
    values = _CODE.findall(description, said.end())
    return tuple(values) if values else None

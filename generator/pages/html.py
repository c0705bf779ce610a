"""The HTML of the vendor's reference pages: an ``h2`` per object, followed by its attributes
table (name and type in one cell, description in the other; a nested object's table inside its
row, under an ``h3``) or by an "All of:" list of parts. Parsed once into an element tree with the
standard library's HTML parser."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from generator.pages.page import (
    JSON_TYPES,
    MAX_NESTING,
    AnyOf,
    BareHeading,
    Composite,
    Heading,
    NamedValues,
    OneOf,
    Page,
    PageAttribute,
    PageError,
    Untyped,
    ValueList,
    front_matter_end,
    front_matter_title,
)


@dataclass(eq=False)
class Element:
    """An element of a page's HTML, with its line; text children as they are."""

    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)
    line: int = 0
    parent: Element | None = field(default=None, repr=False)

    def elements(self, tag: str | None = None) -> list[Element]:
        return [c for c in self.children if isinstance(c, Element) and (tag is None or c.tag == tag)]

    def find_all(self, tag: str) -> list[Element]:
        found: list[Element] = []
        for child in self.elements():
            if child.tag == tag:
                found.append(child)
            found += child.find_all(tag)
        return found

    def text(self) -> str:
        return " ".join(" ".join(c.split()) if isinstance(c, str) else c.text() for c in self.children).strip()


_VOID = {"br", "hr", "img", "input", "meta", "link", "col", "wbr"}


class TreeBuilder(HTMLParser):
    """A page's HTML as a tree of :class:`Element` (``root``), in one pass of the standard
    library's parser; more than :data:`MAX_NESTING` elements open at once is a :class:`PageError`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, line=self.getpos()[0], parent=self.stack[-1])
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            if len(self.stack) > MAX_NESTING:  # the tree is walked recursively
                raise PageError(f"more than {MAX_NESTING} elements are open at once", element.line)
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def _unescape(text: str) -> str:
    """The pages escape Markdown characters (``source\\_id``); drop the backslashes."""
    return re.sub(r"\\([\\_\[\]$*`])", r"\1", text)


def _sections(root: Element) -> list[tuple[Element, list[Element]]]:
    """Each object heading (h2) of the page, in the page's order, with the elements that follow
    it beside it up to the next h2: one walk of the tree."""
    found: list[tuple[Element, list[Element]]] = []

    def walk(element: Element) -> None:
        following: list[Element] | None = None
        for child in element.elements():
            if child.tag == "h2":
                following = []
                found.append((child, following))
            elif following is not None:
                following.append(child)
            walk(child)

    walk(root)
    return found


class HtmlReader:
    """An HTML page with attribute tables."""

    form = "html"
    flattened = False

    def sniff(self, text: str) -> bool:
        return _TABLE.search(text) is not None

    def read(self, text: str, titles: frozenset[str] = frozenset()) -> Page:
        builder = TreeBuilder()
        builder.feed(text)
        sections = _sections(builder.root)
        bodies = [(_unescape(heading.text()), heading.line, *_lead(following)) for heading, following in sections]
        form = "mdx (html)" if front_matter_end(text.splitlines()) else None
        return Page(
            _rows(sections),
            _title(builder.root, text),
            _composites(bodies),
            [BareHeading(title, line, _lone_link(rest[0])) for title, line, _, rest in bodies if _alias(rest)],
            {title: said for title, _, lead, _ in bodies if (said := "\n\n".join(_paragraph(p) for p in lead))},
            headings=[h for title, line, lead, rest in bodies if (h := _heading(title, line, lead, rest)) is not None],
            form=form,
        )


_TABLE = re.compile(r"<table[\s>]", re.IGNORECASE)
_MARKDOWN_TITLE = re.compile(r"^# +(\S.*)$", re.MULTILINE)


def _title(root: Element, text: str) -> str | None:
    """The page's title: its front matter's (an MDX page of HTML), its ``<title>``, its ``h1``, or
    a Markdown title line where a saved page kept one instead."""
    if title := front_matter_title(text.splitlines()):
        return title
    for tag in ("title", "h1"):
        heading = next(iter(root.find_all(tag)), None)
        if heading is not None and heading.text():
            return _unescape(heading.text())
    found = _MARKDOWN_TITLE.search(text)
    return found.group(1).rstrip() if found else None


def _rows(sections: list[tuple[Element, list[Element]]]) -> list[PageAttribute]:
    """Every attribute of the page, by object title (h2, or h3 for inline objects)."""
    rows: list[PageAttribute] = []
    for heading, following in sections:
        for element in following:
            for table, title in _titled_tables(element, _unescape(heading.text())):
                if not _attribute_table(table):
                    continue
                rows += _table_rows(table, title, "")
    return rows


def _titled_tables(element: Element, title: str) -> list[tuple[Element, str]]:
    """Tables that follow a heading: its own table, or those of an "All of" list (each under its h3)."""
    if element.tag == "table":
        return [(element, title)]
    found: list[tuple[Element, str]] = []
    for item in element.find_all("li"):
        heading = next(iter(item.elements("h3")), None)
        for table in item.elements("table"):
            found.append((table, _unescape(heading.text()) if heading else title))
    return found


def _table_rows(table: Element, title: str, prefix: str) -> list[PageAttribute]:
    rows: list[PageAttribute] = []
    body = next(iter(table.elements("tbody")), table)
    for tr in body.elements("tr"):
        cells = tr.elements("td")
        if len(cells) != 2:
            continue
        name_cell, description_cell = cells
        codes = [c.text() for c in name_cell.find_all("code")]
        name = _unescape(_first_text(name_cell))
        types = [c for c in codes if c in (*JSON_TYPES, "null")]
        json_type = next((t for t in types if t != "null"), None)
        path = f"{prefix}{name}"
        nested_title = next(iter(description_cell.find_all("h3")), None)
        description, example, enum = _description(description_cell)
        link = _structural_link(description_cell, json_type)
        if json_type == "array" and nested_title is not None:  # its items: the object of the nested table
            link = _unescape(nested_title.text())
        items = _code_list_type(description_cell) if json_type == "array" else None
        one_of = _one_of(description_cell)
        row = PageAttribute(
            title,
            path,
            json_type,
            "null" in types,
            description,
            example,
            enum,
            None,
            None if one_of else link,
            tr.line,
            items=items,
            one_of=one_of,
        )
        rows.append(row)
        for nested in filter(_attribute_table, description_cell.elements("table")):
            if nested_title is not None:
                rows += _table_rows(nested, _unescape(nested_title.text()), "")
            else:
                rows += _table_rows(nested, title, f"{path}.")
    return rows


def _attribute_table(table: Element) -> bool:
    """Whether a table lists attributes: a table of anything else (periods and their meaning, a
    list of values) heads its first column otherwise."""
    head = next(iter(table.find_all("th")), None)
    return head is None or head.text().strip().lower() in ("attributes", "attribute")


def _code_list_type(cell: Element) -> str | None:
    """The items' type of an array whose cell lists its codes (``0`` Sunday, ...)."""
    for listed in (e for e in cell.elements() if e.tag in ("ul", "ol")):
        codes = [next(iter(li.elements("code")), None) for li in listed.elements("li")]
        if codes and all(c is not None for c in codes):
            return "integer" if all(_integer(c.text()) for c in codes if c is not None) else "string"
    return None


def _one_of(cell: Element) -> tuple[str, ...]:
    """The titles of a cell's "One of:" list."""
    said = " ".join(c for c in cell.children if isinstance(c, str)).split()
    listed = next((e for e in cell.elements() if e.tag == "ol"), None)
    if said[-2:] != ["One", "of:"] or listed is None:
        return ()
    anchors = [next(iter(li.elements("a")), None) for li in listed.elements("li")]
    return tuple(_unescape(a.text()) for a in anchors if a is not None)


def _structural_link(cell: Element, json_type: str | None) -> str | None:
    """The object a row's type is: "See: <a>" or "Array of <a>" beside the description's
    paragraphs; for a row that shows no type, any link of its cell."""
    anchors = cell.elements("a") if json_type is not None else cell.find_all("a")
    anchor = next((a for a in anchors if a.attrs.get("href", "").startswith("#")), None)
    return _unescape(anchor.text()) if anchor is not None else None


def _first_text(cell: Element) -> str:
    """The attribute name: the first text of the name cell, before the `<br>` and type."""
    for child in cell.children:
        if isinstance(child, str) and child.strip():
            return child.strip()
        if isinstance(child, Element) and child.tag not in ("br", "code"):
            text = _first_text(child)
            if text:
                return text
    return ""


def _description(cell: Element) -> tuple[str, str | None, tuple[str, ...] | None]:
    """The description cell's paragraphs as Markdown (inline code in backticks), without nested
    tables; its "Example:" and "Available values:" paragraphs come back apart."""
    parts: list[str] = []
    example: str | None = None
    enum: tuple[str, ...] | None = None
    for paragraph in cell.elements("p"):
        text = _unescape(_markdown(paragraph))
        if text.startswith("**Example:**"):
            example = text.removeprefix("**Example:**").strip()
        elif text.startswith("Available values:"):
            enum = tuple(_unescape(c.text()) for c in paragraph.find_all("code"))
        elif text:
            parts.append(text)
    return "\n\n".join(parts), example, enum


def _markdown(element: Element) -> str:
    out: list[str] = []
    for child in element.children:
        if isinstance(child, str):
            out.append(" ".join(child.split()))
        elif child.tag == "code":
            out.append(f"`{child.text()}`")
        elif child.tag == "s":
            out.append(f"~~{_markdown(child)}~~")
        elif child.tag == "strong":
            out.append(f"**{_markdown(child)}**")
        else:
            out.append(_markdown(child))
    text = " ".join(p for p in out if p)
    return re.sub(r" ([.,;:)])", r"\1", text)


def _paragraph(element: Element) -> str:
    return _unescape(_markdown(element))


def _lone_link(element: Element) -> str | None:
    """The title a paragraph links, when the link is all it says."""
    anchors = element.elements("a")
    if element.tag != "p" or len(anchors) != 1 or element.text() != anchors[0].text():
        return None
    return _unescape(anchors[0].text()) if anchors[0].attrs.get("href", "").startswith("#") else None


_MARKERS = ("All of:", "One of:", "Array any of:")


def _marker(element: Element) -> bool:
    """Whether a paragraph says what the section is rather than describing it."""
    text = element.text()
    return text in _MARKERS or text.startswith("Available values:") or _lone_link(element) is not None


# A section: its heading's title and line, its description paragraphs, and what follows them.
_Body = tuple[str, int, list[Element], list[Element]]


def _lead(following: list[Element]) -> tuple[list[Element], list[Element]]:
    """A section's description paragraphs, and what it shows after them."""
    count = next((i for i, e in enumerate(following) if e.tag != "p" or _marker(e)), len(following))
    return following[:count], following[count:]


def _alias(rest: list[Element]) -> bool:
    return len(rest) == 1 and _lone_link(rest[0]) is not None


def _heading(title: str, line: int, lead: list[Element], rest: list[Element]) -> Heading | None:
    """What a section that is no object shows: values, a list of codes, "One of" or "Array any
    of" its items, or nothing at all. None for an object, a composite or an alias."""
    first = rest[0] if rest else None
    items = rest[1].elements("li") if len(rest) > 1 and rest[1].tag in ("ol", "ul") else []
    if first is None:
        return Untyped(title, line) if not lead else None
    said = first.text()
    if first.tag == "p" and said.startswith("Available values:"):
        return NamedValues(title, line, tuple(_unescape(c.text()) for c in first.find_all("code")))
    if said == "One of:":
        parts = [next(iter(li.elements("a")), None) for li in items]
        return OneOf(title, line, tuple(_unescape(a.text()) for a in parts if a is not None))
    if said == "Array any of:":
        return AnyOf(title, line, tuple(li.text() for li in items))
    codes = [next(iter(li.elements("code")), None) for li in first.elements("li")] if first.tag in ("ol", "ul") else []
    if codes and all(c is not None for c in codes):
        values = tuple(c.text() for c in codes if c is not None)
        return ValueList(title, line, "integer" if all(_integer(v) for v in values) else "string", values)
    return None


def _integer(text: str) -> bool:
    return text.removeprefix("-").isdigit()


def _part_title(item: Element, whole: str) -> str | None:
    named = next(iter([*item.elements("h3"), *item.elements("a")]), None)
    if named is not None:
        return _unescape(named.text())
    return whole if item.elements("table") else None


def _composites(bodies: list[_Body]) -> list[Composite]:
    found: list[Composite] = []
    for whole, line, _, rest in bodies:
        if len(rest) < 2 or rest[0].text() != "All of:":
            continue
        # A part is inline (its h3 and table, or a table alone: the whole's own rows) or a link to
        # an object of the page.
        titles = tuple(filter(None, (_part_title(li, whole) for li in rest[1].elements("li"))))
        found.append(Composite(whole, titles, line))
    return found

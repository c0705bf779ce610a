"""Read the vendor's saved reference pages into attributes, in the same terms as the spec.

Three forms exist: the HTML of the current pages (seed 001), parsed into an element tree with the
standard library's HTML parser; text captures (seeds 000, 002), whose tables were flattened to
lines; and MDX pages that list attributes as nested bullets (seed 006). Each gives
:class:`PageAttribute` rows keyed by object title and dotted field path, so a page can be
compared with the spec (`spec_attributes`).
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from generator.ir import Field, MapOf, ModelRef, SpecModel

MAP_KEY = "[propertyName]"
JSON_TYPES = ("string", "integer", "number", "boolean", "object", "array")


@dataclass(frozen=True)
class PageAttribute:
    """One row of an attributes table. ``type`` is None where the page shows only a link."""

    object: str
    path: str
    type: str | None
    nullable: bool
    description: str
    example: str | None = None
    enum: tuple[str, ...] | None = None
    formula: str | None = None
    # Where the row is and what it links: not what it says, so rows compare without them.
    link: str | None = field(default=None, compare=False)  # the object a row without a type links to
    line: int | None = field(default=None, compare=False)  # where the row starts in the page
    # A text capture's row over a nested table ("Attributes" after its text): where it ends, the
    # capture does not show.
    nests: bool = field(default=False, compare=False)


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    children: list[_Element | str] = field(default_factory=list)
    line: int = 0

    def elements(self, tag: str | None = None) -> list[_Element]:
        return [c for c in self.children if isinstance(c, _Element) and (tag is None or c.tag == tag)]

    def find_all(self, tag: str) -> list[_Element]:
        found: list[_Element] = []
        for child in self.elements():
            if child.tag == tag:
                found.append(child)
            found += child.find_all(tag)
        return found

    def text(self) -> str:
        return " ".join(" ".join(c.split()) if isinstance(c, str) else c.text() for c in self.children).strip()


_VOID = {"br", "hr", "img", "input", "meta", "link", "col", "wbr"}


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, {k: v or "" for k, v in attrs}, line=self.getpos()[0])
        self.stack[-1].children.append(element)
        if tag not in _VOID:
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


def _sections(html: str) -> list[tuple[_Element, list[_Element]]]:
    """Each object heading (h2) of an HTML page with the elements that follow it."""
    builder = _TreeBuilder()
    builder.feed(html)
    found = []
    for heading in builder.root.find_all("h2"):
        parent = _parent_of(builder.root, heading)
        siblings = parent.elements() if parent else []
        found.append((heading, siblings[siblings.index(heading) + 1 :] if heading in siblings else []))
    return found


def parse_html(html: str) -> list[PageAttribute]:
    """Every attribute of an HTML reference page, by object title (h2, or h3 for inline objects)."""
    rows: list[PageAttribute] = []
    for heading, following in _sections(html):
        for element in following:
            if element.tag == "h2":
                break
            for table, title in _titled_tables(element, _unescape(heading.text())):
                rows += _table_rows(table, title, "")
    return rows


def _parent_of(root: _Element, target: _Element) -> _Element | None:
    for child in root.elements():
        if child is target:
            return root
        found = _parent_of(child, target)
        if found:
            return found
    return None


def _titled_tables(element: _Element, title: str) -> list[tuple[_Element, str]]:
    """Tables that follow a heading: its own table, or those of an "All of" list (each under its h3)."""
    if element.tag == "table":
        return [(element, title)]
    found: list[tuple[_Element, str]] = []
    for item in element.find_all("li"):
        heading = next(iter(item.elements("h3")), None)
        for table in item.elements("table"):
            found.append((table, _unescape(heading.text()) if heading else title))
    return found


def _table_rows(table: _Element, title: str, prefix: str) -> list[PageAttribute]:
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
        anchor = next((a for a in description_cell.find_all("a") if a.attrs.get("href", "").startswith("#")), None)
        link = _unescape(anchor.text()) if anchor is not None and json_type is None else None
        if json_type == "array" and nested_title is not None:  # its items: the object of the nested table
            link = _unescape(nested_title.text())
        row = PageAttribute(title, path, json_type, "null" in types, description, example, enum, None, link, tr.line)
        rows.append(row)
        for nested in description_cell.elements("table"):
            if nested_title is not None:
                rows += _table_rows(nested, _unescape(nested_title.text()), "")
            else:
                rows += _table_rows(nested, title, f"{path}.")
    return rows


def _first_text(cell: _Element) -> str:
    """The attribute name: the first text of the name cell, before the `<br>` and type."""
    for child in cell.children:
        if isinstance(child, str) and child.strip():
            return child.strip()
        if isinstance(child, _Element) and child.tag not in ("br", "code"):
            text = _first_text(child)
            if text:
                return text
    return ""


def _description(cell: _Element) -> tuple[str, str | None, tuple[str, ...] | None]:
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


def _markdown(element: _Element) -> str:
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


_TITLE = re.compile(r"^(?:\d+\. |- )?([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+)$")
_TYPES = "|".join(JSON_TYPES)
_TYPE = re.compile(rf"^({_TYPES})(\s*,\s*null)?$")
_NAME = re.compile(r"^(\[propertyName\]|[a-z][a-z0-9_]*)$")
# seed 000 layouts: "[Attributes Description ]name type" and "nametype | description |"
_INLINE_ROW = re.compile(rf"^(?:Attributes Description )?(\[propertyName\]|[a-z][a-z0-9_]*) ({_TYPES})(\s*,\s*null)?$")
_TABLE_ROW = re.compile(rf"^(\[propertyName\]|[a-z][a-z0-9_]*?)({_TYPES})(\s*,\s*null)? \|\s*(.*?)[\s|]*$")
_LINK_ROW = re.compile(
    r"^(\[propertyName\]|[a-z][a-z0-9_]*)\s*(?:\|\s*)?(?:See: ?)?([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+)[\s|]*$"
)
_RUN_TOGETHER = re.compile(rf"([a-z][a-z0-9_]*) (?:({_TYPES})\b|((?:[A-Z][a-z]+ ?)+))")
_SKIP = re.compile(
    r"^(AttributesDescription|Attributes \|.*|Attributes Description|[-|\s]+|All of:|Array of:|Array of [A-Z].*)$"
)


@dataclass
class _Row:
    object: str
    path: str
    type: str | None
    nullable: bool
    parts: list[str] = field(default_factory=list)
    example: str | None = None
    enum: tuple[str, ...] | None = None
    link: str | None = None
    line: int | None = None
    nests: bool = False

    def done(self) -> PageAttribute:
        text = " ".join(" ".join(self.parts).split())
        return PageAttribute(
            self.object,
            self.path,
            self.type,
            self.nullable,
            text,
            self.example,
            self.enum,
            None,
            self.link,
            self.line,
            self.nests,
        )


def parse_text(text: str, titles: frozenset[str] = frozenset()) -> list[PageAttribute]:
    """Attributes of a flattened text capture (seeds 000 and 002), under their object's title.

    Nesting is lost in these captures, so the path is the attribute name alone. ``titles`` (the
    spec's object titles) helps to tell a heading from a line of text where the capture lost the
    table after a heading.
    """
    numbered = _numbered(text)
    content = [line for _, line in numbered]
    # A heading with no table (an alias, or a table the capture lost) is a heading all the same
    # when a defined title follows it, so its lines are no description of the row before.
    defined = _defined_titles(content) | titles
    rows: list[_Row] = []
    title = ""
    i, dated, at = 0, 0, 0  # rows[:dated] know their line; at: the line being read
    while i < len(content):
        line, after = content[i], content[i + 1] if i + 1 < len(content) else ""
        for row in rows[dated:]:  # the rows the last line began start there
            row.line = at
        dated, at = len(rows), numbered[i][0]
        i += 1
        if rows and rows[-1].type == "array" and rows[-1].link is None and (item := _item_title(line, after)):
            rows[-1].link = item  # "Array of Title", or "Array of:" over the items' heading
            continue
        heading = _TITLE.match(line)
        table_follows = _starts_table(after)
        if heading and (table_follows or heading.group(1) in defined or after in defined):
            title = heading.group(1)
            continue
        if not title:
            continue
        if _NAME.match(line) and _TYPE.match(after):
            kind = _TYPE.match(after)
            rows.append(_Row(title, line, kind.group(1) if kind else None, bool(kind and kind.group(2))))
            i += 1
            continue
        if line.startswith("Attributes") and rows and rows[-1].object == title:
            rows[-1].nests = True  # the row's nested table starts here (seed 000 puts a row on the line)
        if match := _INLINE_ROW.match(line):
            rows.append(_Row(title, match.group(1), match.group(2), bool(match.group(3))))
            continue
        if match := _TABLE_ROW.match(line):
            rows.append(_Row(title, match.group(1), match.group(2), bool(match.group(3))))
            _text(rows[-1], match.group(4))
            continue
        if (match := _LINK_ROW.match(line)) and match.group(2) in titles | {match.group(2)}:
            rows.append(_Row(title, match.group(1), None, False, link=match.group(2)))
            continue
        if len(found := _RUN_TOGETHER.findall(line)) > 1 and line.split()[0] == found[0][0]:
            rows += [
                _Row(title, name, kind or None, False, link=linked.strip() or None) for name, kind, linked in found
            ]
            continue
        if rows and rows[-1].object == title and not _SKIP.match(line):
            if line == "Example:" and after:
                rows[-1].example = after
                i += 1
            else:
                _text(rows[-1], line)
    for row in rows[dated:]:
        row.line = at
    return [row.done() for row in rows]


_ARRAY_OF = re.compile(r"^Array of ([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+)$")


def _item_title(line: str, after: str) -> str | None:
    """The class of an array's items, as a capture prints it after the array's row."""
    if match := _ARRAY_OF.match(line):
        return match.group(1)
    heading = _TITLE.fullmatch(after)
    return after if line == "Array of:" and heading and heading.group(1) == after else None


def _text(row: _Row, line: str) -> None:
    """Add a description line to a row, taking "Example:" and "Available values:" apart."""
    line = line.strip(" |")
    if match := re.search(r"\s*Example:\s*(\S.*)$", line):
        row.example = match.group(1).strip(" |")
        line = line[: match.start()]
    if line.startswith("Available values:"):
        row.enum = tuple(v.strip() for v in line.removeprefix("Available values:").split(",") if v.strip())
        return
    if line:
        row.parts.append(line)


_MDX_HEADING = re.compile(r"^#{2,4} +(\S.*?)\s*$")
_MDX_ATTRIBUTE = re.compile(rf"^( *)[-*] `([^`]+)` \(`({_TYPES})`\):? ?(.*)$")
_MDX_EXAMPLE = re.compile(r"\s*\*\*Example:\*\*\s*`([^`]*)`\s*$")
_MDX_VALUES = re.compile(r"\s*Available values: ((?:`[^`]*`(?:, )?)+)\s*")


def parse_mdx(text: str) -> list[PageAttribute]:
    """Attributes of an MDX page that lists them as bullets (seed 006): ``- `name` (`type`):
    description``, nested by indentation, under the heading of their object. A bullet that names
    no type (a link, a plain list) is not an attribute; code blocks are skipped."""
    rows: list[PageAttribute] = []
    title = ""
    stack: list[tuple[int, str]] = []  # (indent, name) of the attributes the next one may nest in
    fenced = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        if heading := _MDX_HEADING.match(line):
            title, stack = heading.group(1), []
            continue
        match = _MDX_ATTRIBUTE.match(line)
        if not match or not title:
            continue
        indent, name, kind, rest = len(match.group(1)), match.group(2), match.group(3), match.group(4)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        path = ".".join([*(n for _, n in stack), name])
        stack.append((indent, name))
        rows.append(replace(_mdx_row(title, path, kind, rest), line=number))
    return rows


def _mdx_row(title: str, path: str, kind: str, text: str) -> PageAttribute:
    example = None
    if match := _MDX_EXAMPLE.search(text):
        example, text = match.group(1), text[: match.start()]
    values = None
    if match := _MDX_VALUES.search(text):
        values = tuple(v.strip("`") for v in match.group(1).split(", "))
        text = text[: match.start()] + (" " if match.end() < len(text) else "") + text[match.end() :]
    text = re.sub(r"\s*Properties:\s*$", "", text.strip())
    return PageAttribute(title, path, kind, False, " ".join(text.split()), example, values)


@dataclass(frozen=True)
class Composite:
    """An object the page shows as "All of" its parts, with the line of its heading."""

    title: str
    parts: tuple[str, ...]
    line: int


def composites(text: str, form: str) -> list[Composite]:
    """The "All of" objects of a page (HTML and text captures; the MDX pages have none)."""
    if form == "html":
        return _html_composites(text)
    if form == "text":
        return _text_composites(text)
    return []


def _html_composites(html: str) -> list[Composite]:
    found: list[Composite] = []
    for heading, following in _sections(html):
        if len(following) < 2 or following[0].text() != "All of:":
            continue
        # A part is inline (its h3 and table) or a link to an object of the page.
        parts = [next(iter([*li.elements("h3"), *li.elements("a")]), None) for li in following[1].elements("li")]
        titles = tuple(_unescape(h.text()) for h in parts if h is not None)
        found.append(Composite(_unescape(heading.text()), titles, heading.line))
    return found


_PART = re.compile(r"^(?:(\d+)\. |- )?([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+)$")


def _text_composites(text: str) -> list[Composite]:
    """A title line, "All of:", then the parts: numbered 1, 2, ... (seed 002) or as dashes (seed
    000: "-" alone before the first, "- Title" for the others), each may be followed by its table."""
    lines = _numbered(text)
    found: list[Composite] = []
    for i, (_, line) in enumerate(lines):
        if line != "All of:" or i == 0:
            continue
        parts: list[str] = []
        for j, (_, later) in enumerate(lines[i + 1 :], i + 1):
            if later == "All of:":
                break
            match = _PART.match(later)
            if match is None:
                continue
            numbered = match.group(1) is not None and int(match.group(1)) == len(parts) + 1
            dashed = match.group(1) is None and (later.startswith("- ") or lines[j - 1][1] == "-")
            if numbered or dashed:
                parts.append(match.group(2))
        found.append(Composite(lines[i - 1][1], tuple(parts), lines[i - 1][0]))
    return found


@dataclass(frozen=True)
class BareHeading:
    """A heading with no table of its own, directly followed by the title of an object the page
    defines. Where that title is only mentioned (no table follows it), the capture shows one
    object under a second name, ``shown_as`` (seed 002's "Referrer Id"); where it is the other
    object's own heading, this one's table was lost (seed 000's "Customer Referrals")."""

    title: str
    line: int
    shown_as: str | None


def bare_headings(text: str, form: str) -> list[BareHeading]:
    """The bare headings of a text capture (the HTML and MDX pages show none)."""
    if form != "text":
        return []
    numbered = _numbered(text)
    lines = [line for _, line in numbered]
    defined = _defined_titles(lines)
    found: list[BareHeading] = []
    # The first line is the page's own title.
    for i, (n, line) in enumerate(numbered[1:-1], 1):
        after = lines[i + 1]
        heading = _TITLE.fullmatch(line)
        if line in defined or after not in defined or heading is None or heading.group(1) != line:
            continue  # a list item's "1. Title" or "- Title" is a part, no heading
        mentioned = not _starts_table(lines[i + 2] if i + 2 < len(lines) else "")
        found.append(BareHeading(line, n, after if mentioned else None))
    return found


def _starts_table(line: str) -> bool:
    return line.startswith(("Attributes", "All of:"))


def _numbered(text: str) -> list[tuple[int, str]]:
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def _defined_titles(content: list[str]) -> frozenset[str]:
    """The headings a table or an "All of" follows: the objects a capture defines."""
    return frozenset(
        m.group(1)
        for line, after in itertools.pairwise(content)
        if (m := _TITLE.match(line)) and line == m.group(1) and _starts_table(after)
    )


def object_descriptions(text: str, form: str) -> dict[str, str]:
    """The paragraph between an object's heading and its first attribute (MDX pages have one)."""
    if form != "mdx":
        return {}
    found: dict[str, str] = {}
    title, lines = "", list[str]()
    for line in text.splitlines():
        if heading := _MDX_HEADING.match(line):
            title, lines = heading.group(1), []
        elif title and _MDX_ATTRIBUTE.match(line):
            if lines and title not in found:
                found[title] = " ".join(" ".join(lines).split())
            title = ""
        elif title and line.strip():
            lines.append(line.strip())
    return found


_MDX_HEADINGS = re.compile(_MDX_HEADING.pattern, re.MULTILINE)
_FENCE = re.compile(r"^```(?:json|JSON)\b[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def object_examples(text: str, form: str) -> dict[str, list[object]]:
    """The JSON code blocks of an MDX page, under the object heading they follow: its examples.
    A block that is no JSON is not an example."""
    if form != "mdx":
        return {}
    headings = [(m.start(), m.group(1)) for m in _MDX_HEADINGS.finditer(text)]
    found: dict[str, list[object]] = {}
    for block in _FENCE.finditer(text):
        above = [title for start, title in headings if start < block.start()]
        try:
            value = json.loads(block.group(1))
        except ValueError:
            continue
        if above:
            found.setdefault(above[-1], []).append(value)
    return found


class PageError(ValueError):
    """A file that is no reference page of a form the readers know."""


def read(text: str, titles: frozenset[str] = frozenset()) -> tuple[str, list[PageAttribute]]:
    """The page's form (html, mdx or text, told by its content) and its attributes. ``titles``:
    object titles known beforehand, which help the text reader find headings."""
    if re.search(r"<table[\s>]", text, re.IGNORECASE):
        form, rows = "html", parse_html(text)
    elif re.search(r"^ *[-*] `[^`]+` \(`[a-z]+`\)", text, re.MULTILINE):
        form, rows = "mdx", parse_mdx(text)
    else:
        form, rows = "text", parse_text(text, titles)
    if not rows:
        raise PageError("no attributes found (not an HTML, text or MDX reference page)")
    return form, rows


def spec_attributes(spec: SpecModel) -> dict[tuple[str, str], PageAttribute]:
    """The spec's documented attributes in page terms: (object title, dotted path) -> row.

    Undocumented fields are left out. A composite ("all of") lists the fields of its parts too,
    as text captures flatten them under the composite's title.
    """
    found: dict[tuple[str, str], PageAttribute] = {}
    for model in spec.models:
        if model.owner is None and model.title:
            _walk(spec, model.title, "", model.fields, found)
    return found


def _walk(
    spec: SpecModel, title: str, prefix: str, fields: tuple[Field, ...], found: dict[tuple[str, str], PageAttribute]
) -> None:
    for f in fields:
        if f.undocumented:
            continue
        path = f"{prefix}{f.wire_name}"
        doc = f.documented
        example = str(f.example) if f.has_example else None
        description = f.description or ""
        row = PageAttribute(title, path, doc.type, doc.nullable, description, example, doc.enum_text, f.formula)
        found[(title, path)] = row
        t = f.type
        if isinstance(t, ModelRef) and spec.model(t.target).owner is not None:
            _walk(spec, title, f"{path}.", spec.model(t.target).fields, found)
        if isinstance(t, MapOf):
            item = t.item
            key = f"{path}.{MAP_KEY}"
            if isinstance(item, ModelRef) and spec.model(item.target).owner is not None:
                entry = spec.model(item.target)
                found[(title, key)] = PageAttribute(title, key, "object", False, entry.description or "")
                _walk(spec, title, f"{key}.", entry.fields, found)
            else:
                found[(title, key)] = PageAttribute(title, key, None, False, "")

"""Text captures of reference pages, whose tables were flattened to lines: a title line over
"Attributes" and one row per attribute, in a few layouts (a name line over a type line; ``name
type`` on one line; ``nametype | description |``; a row that only names another object; several
rows run together on one line). Nesting is lost, so a row's path is its name alone; the importer
nests the rows again. The lines are numbered and stripped once, and every part is read from them."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from generator.pages.page import JSON_TYPES, BareHeading, Composite, Page, PageAttribute

Lines = list[tuple[int, str]]  # (line number, stripped text) of each line that is not blank


class TextReader:
    """A text capture: any page the other readers do not claim."""

    form = "text"
    flattened = True

    def sniff(self, text: str) -> bool:
        return True

    def read(self, text: str, titles: frozenset[str] = frozenset()) -> Page:
        numbered = _numbered(text)
        defined = _defined_titles([line for _, line in numbered])
        return Page(
            _rows(numbered, defined | titles, titles),
            numbered[0][1] if numbered else None,
            _composites(numbered),
            _bare_headings(numbered, defined),
        )


_TITLE = re.compile(r"^(?:\d+\. |- )?([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+)$")
_TYPES = "|".join(JSON_TYPES)
_TYPE = re.compile(rf"^({_TYPES})(\s*,\s*null)?$")
_NAME = re.compile(r"^(\[propertyName\]|[a-z][a-z0-9_]*)$")
# Rows flattened onto one line: "[Attributes Description ]name type" and "nametype | description |"
_INLINE_ROW = re.compile(rf"^(?:Attributes Description )?(\[propertyName\]|[a-z][a-z0-9_]*) ({_TYPES})(\s*,\s*null)?$")
_TABLE_ROW = re.compile(rf"^(\[propertyName\]|[a-z][a-z0-9_]*?)({_TYPES})(\s*,\s*null)? \|(.*)$")
_LINK_ROW = re.compile(
    r"^(\[propertyName\]|[a-z][a-z0-9_]*)\s*(?:\|\s*)?(?:See: ?)?([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+)[\s|]*$"
)
_RUN_TOGETHER = re.compile(rf"\b([a-z][a-z0-9_]*) (?:({_TYPES})\b|((?:[A-Z][a-z]+ ?)+))")
_SPACE_OR_BAR = " \t\n\r\f\v|"
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


def _rows(numbered: Lines, defined: frozenset[str], titles: frozenset[str]) -> list[PageAttribute]:
    """Attributes under their object's title. ``defined``: the titles a table follows, and the
    spec's object titles (``titles``), which tell a heading from a line of text where the capture
    lost the table after a heading. A heading with no table (an alias, or a table the capture
    lost) is a heading all the same when a defined title follows it, so its lines are no
    description of the row before."""
    content = [line for _, line in numbered]
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
            rows[-1].nests = True  # its nested table starts here (some captures put a row on this line)
        if match := _INLINE_ROW.match(line):
            rows.append(_Row(title, match.group(1), match.group(2), bool(match.group(3))))
            continue
        if match := _TABLE_ROW.match(line):
            rows.append(_Row(title, match.group(1), match.group(2), bool(match.group(3))))
            _text(rows[-1], match.group(4).strip().rstrip(_SPACE_OR_BAR))
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
    at = line.find("Example:")
    if at >= 0 and line[at + len("Example:") :].strip():
        row.example = line[at + len("Example:") :].strip().strip(" |")
        line = line[:at].rstrip()
    if line.startswith("Available values:"):
        row.enum = tuple(v.strip() for v in line.removeprefix("Available values:").split(",") if v.strip())
        return
    if line:
        row.parts.append(line)


_PART = re.compile(r"^(?:(\d+)\. |- )?([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+)$")


def _composites(lines: Lines) -> list[Composite]:
    """A title line, "All of:", then the parts: numbered 1, 2, ... or as dashes ("-" alone before
    the first, "- Title" for the others), each may be followed by its table."""
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


def _bare_headings(numbered: Lines, defined: frozenset[str]) -> list[BareHeading]:
    """Headings with no table of their own, directly followed by an object the page defines."""
    lines = [line for _, line in numbered]
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


def _numbered(text: str) -> Lines:
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def _defined_titles(content: list[str]) -> frozenset[str]:
    """The headings a table or an "All of" follows: the objects a capture defines."""
    return frozenset(
        m.group(1)
        for line, after in itertools.pairwise(content)
        if (m := _TITLE.match(line)) and line == m.group(1) and _starts_table(after)
    )

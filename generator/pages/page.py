"""What a page reader takes from a saved reference page, in the spec's terms: the attribute rows
of its tables by object title and dotted path, and what else the page shows of its objects."""

from __future__ import annotations

from dataclasses import dataclass, field

JSON_TYPES = ("string", "integer", "number", "boolean", "object", "array")


# What a reader takes: a vendor's largest page is about 0.5 MB with lines under 600 characters.
# Beyond these a page is refused with a located error, before any reader looks at it.
MAX_PAGE_CHARS = 16 * 1024 * 1024
MAX_LINE_CHARS = 64 * 1024
MAX_NESTING = 256  # elements open at once in an HTML page


class PageError(ValueError):
    """A file that is no reference page of a form the readers know; ``line`` where the page shows
    why."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message, self.line = message, line

    def __str__(self) -> str:
        return f"{self.line}:1: {self.message}" if self.line is not None else self.message


def check_size(text: str) -> None:
    """:class:`PageError` at the first line past :data:`MAX_LINE_CHARS`, or for a page past
    :data:`MAX_PAGE_CHARS`: every reader is linear, and these keep its work bounded too."""
    if len(text) > MAX_PAGE_CHARS:
        raise PageError(f"the page has {len(text)} characters; a page reader reads at most {MAX_PAGE_CHARS}")
    lines = text.splitlines()
    if lines and max(map(len, lines)) > MAX_LINE_CHARS:
        number, line = next((n, line) for n, line in enumerate(lines, 1) if len(line) > MAX_LINE_CHARS)
        what = f"the line has {len(line)} characters; a page reader reads lines of at most {MAX_LINE_CHARS}"
        raise PageError(what, number)


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
    # A flattened capture's row over a nested table ("Attributes" after its text): where it ends,
    # the capture does not show.
    nests: bool = field(default=False, compare=False)
    items: str | None = field(default=None, compare=False)  # the JSON type of an array's items
    one_of: tuple[str, ...] = field(default=(), compare=False)  # the titles a "One of:" row links
    required: bool | None = field(default=None, compare=False)  # what a "Required" column says


@dataclass(frozen=True)
class Composite:
    """An object the page shows as "All of" its parts, with the line of its heading."""

    title: str
    parts: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class BareHeading:
    """A heading with no table of its own, directly followed by the title of an object the page
    defines. Where that title is only mentioned (no table follows it), the capture shows one
    object under a second name, ``shown_as``; where it is the other object's own heading, this
    one's table was lost."""

    title: str
    line: int
    shown_as: str | None


@dataclass(frozen=True)
class NamedValues:
    """A heading whose body is "Available values: ..." alone: the values of a string a row links."""

    title: str
    line: int
    values: tuple[str, ...]


@dataclass(frozen=True)
class ValueList:
    """A heading over a list of codes, each with its meaning (*Validity Day Of Week*: ``0``
    Sunday, ...): an array of those codes, whose type (``integer`` or ``string``) they show."""

    title: str
    line: int
    item: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class OneOf:
    """A heading whose body is "One of:" and links to other objects of the page."""

    title: str
    line: int
    parts: tuple[str, ...]


@dataclass(frozen=True)
class AnyOf:
    """A heading whose body is "Array any of:" and JSON types: an array of such values."""

    title: str
    line: int
    types: tuple[str, ...]


@dataclass(frozen=True)
class Untyped:
    """A heading with nothing under it: the page does not say what the value is."""

    title: str
    line: int


# A heading that shows no attribute table: what a row that links it is.
Heading = NamedValues | ValueList | OneOf | AnyOf | Untyped


@dataclass(frozen=True)
class Event:
    """A webhook a document describes: its name, the title of the object its request carries,
    and the type values its examples are filed under (an OpenAPI example's key: the value the
    envelope's ``type`` has, which the document states nowhere else)."""

    webhook: str
    title: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    """Everything one reader took from a page, in one reading: its attribute rows, its own title,
    the "All of" objects, the bare headings, each object's description paragraph and JSON
    examples (by title), and the headings that are types but no objects."""

    rows: list[PageAttribute]
    title: str | None
    composites: list[Composite] = field(default_factory=list)
    bare_headings: list[BareHeading] = field(default_factory=list)
    descriptions: dict[str, str] = field(default_factory=dict)
    examples: dict[str, list[object]] = field(default_factory=dict)
    headings: list[Heading] = field(default_factory=list)
    # The page's form where its reader's name does not tell it all: HTML inside an MDX page.
    form: str | None = None
    events: list[Event] = field(default_factory=list)  # the webhooks an OpenAPI document describes


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


def front_matter_end(lines: list[str]) -> int:
    """How many lines the front matter (``---`` to ``---``) takes; 0 when there is none."""
    if not lines or lines[0].strip() != "---":
        return 0
    return next((i + 1 for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)


def front_matter_title(lines: list[str]) -> str | None:
    """The front matter's ``title``, as MDX pages (and the HTML inside them) carry it."""
    for line in lines[1 : front_matter_end(lines)]:
        key, _, value = line.partition(":")
        if key.strip() == "title" and value.strip():
            return value.strip().strip('"').strip() or None
    return None

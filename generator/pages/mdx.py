"""MDX pages that list attributes as nested bullets: ``- `name` (`type`): description`` under the
heading of their object, nested by indentation. The front matter gives the page's title, the
paragraph under a heading its object's description, and a JSON code block under it an example.
Read in one pass over the lines."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass, field

from generator.pages.page import JSON_TYPES, Page, PageAttribute, front_matter_end, front_matter_title

_TYPES = "|".join(JSON_TYPES)
_HEADING = re.compile(r"^#{2,4} +(\S.*)$")
_ATTRIBUTE = re.compile(rf"^( *)[-*] `([^`]+)` \(`({_TYPES})`\):? ?(.*)$")
_SNIFF = re.compile(r"^ *[-*] `[^`]+` \(`[a-z]+`\)", re.MULTILINE)
_JSON_FENCE = re.compile(r"^```(?:json|JSON)\b")
_EXAMPLE = re.compile(r"\s*`([^`]*)`")
_VALUES = re.compile(r"(?:`[^`]*`(?:, )?)+")


class MdxReader:
    """An MDX page whose attributes are nested bullets."""

    form = "mdx"
    flattened = False

    def sniff(self, text: str) -> bool:
        return _SNIFF.search(text) is not None

    def read(self, text: str, titles: frozenset[str] = frozenset()) -> Page:
        lines = text.splitlines()
        scan = _Scan()
        for number, line in enumerate(lines[front_matter_end(lines) :], front_matter_end(lines) + 1):
            scan.line(number, line)
        return Page(scan.rows, front_matter_title(lines), descriptions=scan.descriptions, examples=scan.examples)


@dataclass
class _Scan:
    """The page read line by line: the object heading above, the attributes the next one may nest
    in, the paragraph before an object's first attribute, and the code block being read."""

    rows: list[PageAttribute] = field(default_factory=list)
    descriptions: dict[str, str] = field(default_factory=dict)
    examples: dict[str, list[object]] = field(default_factory=dict)
    title: str = ""
    stack: list[tuple[int, str]] = field(default_factory=list)  # (indent, name) of open attributes
    paragraph: list[str] | None = None  # text under the heading, until its first attribute
    fence: list[str] | None = None  # the lines of the code block being read
    json_fence: bool = False

    def line(self, number: int, line: str) -> None:
        if line.lstrip().startswith("```"):
            self._fence(line)
        elif self.fence is not None:
            self.fence.append(line)
        elif heading := _HEADING.match(line):
            self.title, self.stack, self.paragraph = heading.group(1).rstrip(), [], []
        elif match := _ATTRIBUTE.match(line):
            self._attribute(number, match)
        elif self.paragraph is not None and line.strip():
            self.paragraph.append(line.strip())

    def _fence(self, line: str) -> None:
        if self.fence is None:
            self.fence, self.json_fence = [], _JSON_FENCE.match(line) is not None
            return
        if self.json_fence and self.title:
            with contextlib.suppress(ValueError):  # a block that is no JSON is no example
                self.examples.setdefault(self.title, []).append(json.loads("\n".join(self.fence)))
        self.fence = None

    def _attribute(self, number: int, match: re.Match[str]) -> None:
        if not self.title:
            return
        if self.paragraph and self.title not in self.descriptions:
            self.descriptions[self.title] = " ".join(" ".join(self.paragraph).split())
        self.paragraph = None
        indent, name, kind, rest = len(match.group(1)), match.group(2), match.group(3), match.group(4)
        while self.stack and self.stack[-1][0] >= indent:
            self.stack.pop()
        path = ".".join([*(n for _, n in self.stack), name])
        self.stack.append((indent, name))
        self.rows.append(_row(self.title, path, kind, rest, number))


def _row(title: str, path: str, kind: str, text: str, line: int) -> PageAttribute:
    # Each part is found by position and read with an anchored pattern: a search for a pattern
    # that starts with a run of spaces is quadratic in such a run.
    example = None
    text = text.rstrip()
    at = text.rfind("**Example:**")
    if at >= 0 and (match := _EXAMPLE.fullmatch(text, at + len("**Example:**"))):
        example, text = match.group(1), text[:at].rstrip()
    values = None
    at = text.find("Available values: ")
    if at >= 0 and (match := _VALUES.match(text, at + len("Available values: "))):
        values = tuple(v.strip("`") for v in match.group(0).split(", "))
        before, after = text[:at].rstrip(), text[match.end() :].lstrip()
        text = f"{before} {after}" if before and after else before or after
    text = text.strip().removesuffix("Properties:").rstrip()
    return PageAttribute(title, path, kind, False, " ".join(text.split()), example, values, line=line)

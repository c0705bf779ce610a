"""The spec folder a page is imported into: the objects its other page files define, so that an
import writes each object once in the folder, and never a second object under a taken title."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.spec import yamlreader
from generator.spec.blocks import chosen_by_blocks

# The keys of an object or a field that a maintainer adds by hand: not what a page says.
BY_HAND = frozenset({"observed", "undocumented", "notes", "name", "chosen_by", "examples"})
# Where a page links an object is not what the object is: pages repeat each other's objects under
# their own heading ids.
_NOT_CONTENT = BY_HAND | {"anchor"}


@dataclass(frozen=True)
class Defined:
    """An object of another file of the folder: what its page said, and where it is."""

    title: str
    said: Any
    where: str  # file:line, as messages show it
    raw: dict[str, Any] = field(compare=False)  # as the file has it, names included


@dataclass(frozen=True)
class Union:
    """A tagged union of the folder (a ``chosen_by`` block): the tag values that have a case, each
    with where it is, and the variant class names the cases take."""

    name: str
    where: str
    cases: dict[str, str] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Folder:
    """The objects the folder's other page files define, by title, in file order, and its
    tagged unions by name."""

    objects: dict[str, Defined] = field(default_factory=dict)
    unions: dict[str, Union] = field(default_factory=dict)

    def same(self, title: str, value: dict[str, Any]) -> bool:
        """Whether ``title`` is defined in the folder with just what ``value`` says."""
        there = self.objects.get(title)
        return there is not None and there.said == said(value)


def read(folder: Path, skip: Path | None = None) -> Folder:
    """The objects of every page file in ``folder`` but ``skip`` (the file being written). A file
    that does not load is passed over: ``regenerate`` reports it where it is."""
    objects: dict[str, Defined] = {}
    unions: dict[str, Union] = {}
    cases: list[tuple[dict[str, Any], str]] = []  # the files' own cases of a union declared anywhere
    for path in sorted(folder.glob("*.yaml")):
        if skip is not None and path.resolve() == skip.resolve():
            continue
        doc, problems = yamlreader.load_file(path, str(path))
        data = doc.data if not problems and isinstance(doc.data, dict) else {}
        listed = data.get("cases")
        for i, case in enumerate(listed if isinstance(listed, list) else ()):
            if isinstance(case, dict):
                cases.append((case, _where(doc, ("cases", i))))
        found = data.get("objects")
        if not isinstance(found, dict):
            continue
        for title, value in found.items():
            if isinstance(title, str) and isinstance(value, dict) and title not in objects:
                objects[title] = Defined(title, said(value), _where(doc, ("objects", title)), value)
        for block, at in chosen_by_blocks(found, ("objects",)):
            union = unions.setdefault(block["union"], Union(block["union"], _where(doc, at)))
            if isinstance(block.get("other"), str):  # a closed union has none
                union.names.add(block["other"])
            for i, case in enumerate(block.get("cases") or ()):
                if isinstance(case, dict):
                    cases.append((case | {"union": block["union"]}, _where(doc, (*at, "cases", i))))
    for case, where in cases:
        if (owner := unions.get(str(case.get("union")))) is not None:
            owner.cases.setdefault(str(case.get("value")), where)
            owner.names.add(str(case.get("name")))
    return Folder(objects, unions)


def _where(doc: yamlreader.LocatedDocument, path: tuple[str | int, ...]) -> str:
    at = doc.key_at(path)
    return f"{at.file}:{at.line}"


def said(value: Any) -> Any:
    """What a page said of an object or a field: its value without what is added by hand or where
    the page links it. The keys of ``fields`` are wire names, so a field called ``name`` stays."""
    if isinstance(value, dict):
        return {
            k: {wire: said(f) for wire, f in v.items()} if k == "fields" and isinstance(v, dict) else said(v)
            for k, v in value.items()
            if k not in _NOT_CONTENT
        }
    if isinstance(value, list):
        return [said(v) for v in value]
    return value

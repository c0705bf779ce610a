"""Resolve validated spec files into the frozen intermediate model, checking what a schema cannot.

Semantic checks: unknown references and sources, duplicate objects, class names and attribute
names that collide, cycles and conflicts in "all of", unions the rule cannot decide, examples and
defaults that do not fit their type, and history entries that name no field. Every problem is
collected with its location; nothing is resolved halfway.
"""

from __future__ import annotations

import keyword
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, assert_never

from generator import formats, formulas, naming, values
from generator.diagnostics import Diagnostic, GenerationError, Location
from generator.formats import FormatName
from generator.ir import (
    MAX_DEPTH,
    AnyValue,
    ArrayOf,
    Boolean,
    Change,
    Choice,
    Documented,
    Example,
    Fact,
    Field,
    FreeObject,
    Integer,
    KeySubsetUnion,
    Lost,
    MapOf,
    Model,
    ModelRef,
    Note,
    Number,
    OutputName,
    PackageNames,
    Page,
    Project,
    Source,
    SpecModel,
    Text,
    TypeNode,
    Undocumented,
    classes_in,
    kind_name,
)
from generator.targets.python import names as python_names
from generator.yamlsource import JsonPath, LocatedDocument

_UNKNOWN = "<unknown>"  # stands for an unknown reference, already reported, so later checks skip it
OUTPUT_ORDER: tuple[OutputName, ...] = ("jsonschema", "python", "markdown", "fixtures", "pydantic")
_SCALARS: dict[str, type[Integer | Number | Boolean | FreeObject]] = {
    "integer": Integer,
    "number": Number,
    "boolean": Boolean,
    "object": FreeObject,
}
# Stands for a missing project block, already reported.
_NO_PROJECT = Project("", "", "", "", (), None, None, "", "")


def _normal(name: str) -> str:
    """A package name as pip compares them (PEP 503): case and runs of ``-_.`` do not count."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass
class _Entry:
    """A top-level object of a spec file, before resolution."""

    title: str
    raw: dict[str, Any]
    doc: LocatedDocument
    path: JsonPath
    page: str
    source: str
    name: str = ""


@dataclass(frozen=True)
class _Scope:
    """Where a type node stands: its file, path, and the class and field it belongs to."""

    doc: LocatedDocument
    path: JsonPath
    owner: str
    page: str
    source: str


class Resolver:
    """Turns located spec documents into a :class:`SpecModel`, or raises with every problem."""

    def __init__(self, docs: list[LocatedDocument]) -> None:
        self.docs = docs
        self.problems: list[Diagnostic] = []
        self.sources: dict[str, tuple[Source, Location]] = {}
        self.entries: dict[str, _Entry] = {}
        self.classes: dict[str, Location] = {}
        self.models: dict[str, Model] = {}
        self.order: list[str] = []
        self.closed_variants: list[tuple[str, Location]] = []
        self.formulas: list[tuple[Field, Location]] = []
        self.cited: list[tuple[str, Location, str]] = []
        self.deferred_values: list[tuple[TypeNode, JsonPath, Any, LocatedDocument]] = []

    def error(self, where: Location, message: str) -> None:
        self.problems.append(Diagnostic(where, message))

    def place(self, stable: str) -> Location:
        """A location recorded in the model under a stable file name, as messages show it."""
        name, line, column = stable.rsplit(":", 2)
        shown = next((d.file for d in self.docs if d.name == name), name)
        return Location(shown, int(line), int(column))

    # -- the stages, in order -------------------------------------------------------------------

    def resolve(self) -> SpecModel:
        project = self.project()
        self.collect_sources()
        pages = self.collect_entries()
        for entry in self.entries.values():
            self.name_entry(entry)
        for entry in self.entries.values():
            self.build_entry(entry)
        self.claim_closed_variants()
        self.check_sources()
        models = {name: self.models[name] for name in self.order if name in self.models}
        self.check_fields(models)
        self.check_formulas(models)
        self.mark_recursive(models)
        resolved_pages = tuple(self.page(doc, models) for doc in pages)
        self.check_bundle(project, models)
        if self.problems:
            raise GenerationError(self.problems)
        source_list = tuple(s for s, _ in sorted(self.sources.values(), key=lambda s: s[0].id))
        files = tuple(sorted(doc.name for doc in self.docs))
        return SpecModel(project, source_list, resolved_pages, tuple(models.values()), files)

    def project(self) -> Project:
        """The one ``project`` block of the spec folder."""
        found = [doc for doc in self.docs if "project" in doc.data]
        for doc in found[1:]:
            self.error(doc.key_at(("project",)), f"the project is already defined at {found[0].key_at(('project',))}")
        if not found:
            folder = Path(self.docs[0].file).parent if self.docs else Path(".")
            where = Location(str(folder / "project.yaml"), 1, 1)
            self.error(where, "no project settings: add a file with a `project` block (names, outputs)")
            return _NO_PROJECT
        doc = found[0]
        raw = doc.data["project"]
        outputs = raw["outputs"]
        names = {
            key: PackageNames(o["package"], o["distribution"], o["description"])
            for key, o in outputs.items()
            if key in ("python", "pydantic")
        }
        self.check_package_names(doc, names)
        schema = outputs.get("jsonschema", {})
        return Project(
            name=raw["name"],
            title=raw.get("title", f"{raw['name']} object reference"),
            summary=raw["summary"],
            version=raw["version"],
            outputs=tuple(o for o in OUTPUT_ORDER if o in outputs),
            python=names.get("python"),
            pydantic=names.get("pydantic"),
            bundle=schema.get("bundle", "all.schema.json"),
            schema_title=schema.get("title", f"{raw['name']} objects"),
        )

    def check_bundle(self, project: Project, models: dict[str, Model]) -> None:
        """The JSON Schema bundle must not take the file name of an object's own schema."""
        own = {f"{m.name}.schema.json": m for m in models.values() if m.owner is None}
        clash = own.get(project.bundle) if "jsonschema" in project.outputs else None
        if clash is not None:
            doc = next(d for d in self.docs if "project" in d.data)
            where = doc.at(("project", "outputs", "jsonschema", "bundle"))
            self.error(where, f"{project.bundle!r} is the schema file of {clash.name}; name the bundle otherwise")

    def check_package_names(self, doc: LocatedDocument, names: dict[str, PackageNames]) -> None:
        """Import names must be importable and not hide another module; two packages never share a name."""
        for key, package in names.items():
            where = doc.at(("project", "outputs", key, "package"))
            if keyword.iskeyword(package.package) or package.package in sys.stdlib_module_names:
                self.error(where, f"{package.package!r} would hide the Python module of that name; choose another")
        if len(names) == 2:
            first, second = names["python"], names["pydantic"]
            for attribute in ("package", "distribution"):
                if _normal(getattr(first, attribute)) == _normal(getattr(second, attribute)):
                    where = doc.at(("project", "outputs", "pydantic", attribute))
                    self.error(where, f"the pydantic {attribute} name is the python one; the two must differ")

    def collect_sources(self) -> None:
        for doc in self.docs:
            for sid, raw in (doc.data.get("sources") or {}).items():
                where = doc.key_at(("sources", sid))
                if sid in self.sources:
                    self.error(where, f"source {sid!r} is already defined at {self.sources[sid][1]}")
                    continue
                lost = tuple(Lost(x["object"], x["path"], x["note"]) for x in raw.get("lost", ()))
                source = Source(sid, raw["kind"], raw["title"], raw.get("file"), raw.get("note"), lost, raw.get("url"))
                self.sources[sid] = (source, where)
                if source.file and not (Path(doc.file).parent / source.file).is_file():
                    self.error(doc.at(("sources", sid, "file")), f"no file {source.file!r} in the spec folder")

    def collect_entries(self) -> list[LocatedDocument]:
        pages: dict[str, LocatedDocument] = {}
        for doc in self.docs:
            page = doc.data.get("page")
            if page is None:
                continue
            if page["id"] in pages:
                first = pages[page["id"]].at(("page", "id"))
                self.error(doc.at(("page", "id")), f"page {page['id']!r} is already defined at {first}")
                continue
            pages[page["id"]] = doc
            problem = naming.module_problem(page["id"])
            if problem:
                self.error(doc.at(("page", "id")), problem)
            self.cite(page["source"], doc.at(("page", "source")), "document")
            for title, raw in (doc.data.get("objects") or {}).items():
                self.add_entry(doc, title, raw, page)
        # Pages follow their source documents, which are numbered in the order they were captured.
        return sorted(pages.values(), key=lambda d: (d.data["page"]["source"], d.data["page"]["id"]))

    def add_entry(self, doc: LocatedDocument, title: str, raw: dict[str, Any], page: Any) -> None:
        path: JsonPath = ("objects", title)
        if title in self.entries:
            first = self.entries[title]
            where = first.doc.key_at(first.path)
            self.error(doc.key_at(path), f"object {title!r} is already defined at {where}")
            return
        source = raw.get("source", page["source"])
        if "source" in raw:
            self.cite(source, doc.at((*path, "source")), "document")
        self.entries[title] = _Entry(title, raw, doc, path, page["id"], source)

    def name_entry(self, entry: _Entry) -> None:
        where = entry.doc.key_at(entry.path)
        name = entry.raw.get("name") or naming.class_name(entry.title)
        if name is None:
            self.error(where, f"title {entry.title!r} gives no class name; set `name`")
            name = f"Invalid{len(self.classes)}"
        entry.name = name
        self.claim(name, where, f"object {entry.title!r}")

    def claim(self, name: str, where: Location, what: str) -> None:
        """Reserve a class name; a second claim is an error naming both places."""
        if name in python_names.MODULE_NAMES:
            self.error(where, f"class name {name!r} of {what} is a name the generated modules use; set `name`")
            return
        if name in self.classes:
            self.error(where, f"class name {name!r} of {what} collides with the class defined at {self.classes[name]}")
            return
        self.classes[name] = where

    def build_entry(self, entry: _Entry) -> None:
        raw, doc = entry.raw, entry.doc
        scope = _Scope(doc, entry.path, entry.name, entry.page, entry.source)
        self.order.append(entry.name)
        if "alias_of" in raw:
            target = self.lookup(raw["alias_of"], doc.at((*entry.path, "alias_of")))
            self.add_model(entry, scope, (), (), target)
            return
        if "fields" in raw:
            fields = self.build_fields(raw["fields"], _at(scope, "fields"))
            self.add_model(entry, scope, fields, (), None)
            return
        parts = tuple(self.build_part(entry, i, part) for i, part in enumerate(raw["all_of"]))
        self.add_model(entry, scope, (), tuple(p for p in parts if p), None)

    def add_model(
        self,
        entry: _Entry,
        scope: _Scope,
        fields: tuple[Field, ...],
        parts: tuple[str, ...],
        alias_of: str | None,
    ) -> None:
        raw, doc = entry.raw, entry.doc
        examples = tuple(Example(e["source"], e.get("note"), e["value"]) for e in raw.get("examples", ()))
        for i, e in enumerate(raw.get("examples", ())):
            self.cite(e["source"], doc.at((*entry.path, "examples", i, "source")))
        self.models[entry.name] = Model(
            name=entry.name,
            title=entry.title,
            kind="alias" if alias_of else "object",
            page=entry.page,
            source=entry.source,
            anchor=raw.get("anchor"),
            description=raw.get("description"),
            fields=fields,
            all_of=parts,
            alias_of=alias_of,
            owner=None,
            examples=examples,
            notes=self.notes(raw, scope),
            spec_file=doc.name,
            location=doc.stable(doc.key_at(entry.path)),
        )

    def build_part(self, entry: _Entry, index: int, part: Any) -> str | None:
        path = (*entry.path, "all_of", index)
        if isinstance(part, str):
            return self.lookup(part, entry.doc.at(path))
        where = entry.doc.at(path)
        title = part.get("title")
        name = part.get("name") or (naming.class_name(title) if title else f"{entry.name}Part{index + 1}")
        if name is None:
            self.error(where, f"title {title!r} gives no class name; set `name`")
            return None
        self.claim(name, where, f"part {index + 1} of {entry.title!r}")
        scope = _Scope(entry.doc, path, name, entry.page, entry.source)
        self.owned_model(name, part, scope, entry.name, where)
        return name

    # -- fields and types -----------------------------------------------------------------------

    def build_fields(self, raw_fields: dict[str, Any], scope: _Scope) -> tuple[Field, ...]:
        """The fields of the class ``scope.owner``."""
        return tuple(self.build_field(wire, raw, _at(scope, wire)) for wire, raw in raw_fields.items())

    def build_field(self, wire: str, raw: dict[str, Any], scope: _Scope) -> Field:
        doc, path = scope.doc, scope.path
        observed = raw.get("observed", {})
        facts = tuple(Fact(attr, fact["value"], fact["source"], fact.get("note")) for attr, fact in observed.items())
        for attr, fact in observed.items():
            self.cite(fact["source"], doc.at((*path, "observed", attr, "source")))
        field_type = self.field_type(raw, observed, scope, naming.pascal(wire))
        undocumented = raw.get("undocumented")
        if undocumented:
            self.cite(undocumented["source"], doc.at((*path, "undocumented", "source")))
        default_fact = observed.get("default")
        field = Field(
            wire_name=wire,
            py_name=python_names.attribute_name(wire),
            type=field_type,
            documented=Documented(
                raw.get("type"),
                bool(raw.get("nullable", False)),
                raw.get("format"),
                tuple(raw["enum"]) if "enum" in raw else None,
            ),
            description=raw.get("description"),
            has_example="example" in raw,
            example=raw.get("example"),
            has_default="default" in raw or default_fact is not None,
            default=raw["default"] if "default" in raw else (default_fact or {}).get("value"),
            deprecated=bool(raw.get("deprecated", False)),
            formula=_formula_text(raw.get("formula")),
            formula_note=raw["formula"]["note"] if isinstance(raw.get("formula"), dict) else None,
            observed=facts,
            undocumented=Undocumented(undocumented["source"], undocumented["note"]) if undocumented else None,
            notes=self.notes(raw, scope),
            origin=scope.owner,
            location=doc.stable(doc.key_at(path)),
        )
        self.check_values(field, raw, scope)
        if "formula" in raw:
            text_path = (*path, "formula", "text") if isinstance(raw["formula"], dict) else (*path, "formula")
            self.formulas.append((field, doc.at(text_path)))
        return field

    def field_type(self, raw: dict[str, Any], observed: dict[str, Any], scope: _Scope, stem: str) -> TypeNode:
        """The effective type of a field: its documented type with the observed facts applied."""
        doc, path = scope.doc, scope.path
        documented = raw
        if "items" in observed:
            if "items" in raw or raw.get("type") != "array":
                self.error(
                    doc.at((*path, "observed", "items")), "observed `items` needs an array with no documented items"
                )
            else:
                documented = {**raw, "items": observed["items"]["value"]}
        t = self.type_node(documented, scope, stem)
        if "nullable" in observed:
            t = replace(t, nullable=True)
        if "format" in observed:
            where = doc.at((*path, "observed", "format"))
            if not isinstance(t, Text):
                self.error(where, f"a format needs a string without an enum, not {kind_name(t)}")
            else:
                value_at = doc.at((*path, "observed", "format", "value"))
                t = replace(t, format=self.format(observed["format"]["value"], value_at))
        if "enum" in observed:
            if not isinstance(t, Choice):
                self.error(
                    doc.at((*path, "observed", "enum")),
                    "observed enum values extend a documented enum; this field has none",
                )
            else:
                extra = tuple(v for v in observed["enum"]["value"] if v not in t.values)
                t = replace(t, values=t.values + extra)
        if "map_key" in observed:
            if not isinstance(t, MapOf):
                self.error(doc.at((*path, "observed", "map_key")), "observed `map_key` needs a map")
            else:
                t = replace(t, key=t.key or observed["map_key"]["value"])
        return t

    def format(self, name: str, where: Location) -> FormatName | None:
        """A format the generator implements; any other is an error."""
        found = formats.known(name)
        if found is None:
            self.error(where, f"format {name!r} is not implemented; the formats are {', '.join(formats.NAMES)}")
        return found

    def type_node(self, raw: dict[str, Any], scope: _Scope, stem: str) -> TypeNode:
        doc, path = scope.doc, scope.path
        nullable = bool(raw.get("nullable", False))
        if "ref" in raw:
            target = self.lookup(raw["ref"], doc.at((*path, "ref")))
            return ModelRef(target, self.follow(target), nullable)
        if "one_of" in raw:
            options = tuple(
                self.type_node(b, _at(scope, "one_of", i), f"{stem}Option{i + 1}") for i, b in enumerate(raw["one_of"])
            )
            narrow = self.follow(self.lookup(raw["union"]["narrow"], doc.at((*path, "union", "narrow"))))
            return self.union(options, narrow, nullable, scope)
        kind = raw["type"]
        if kind == "object" and "fields" in raw:
            name = raw.get("name") or f"{scope.owner}{stem}"
            self.nested_model(name, raw, scope)
            return ModelRef(name, name, nullable)
        if kind == "object" and "map" in raw:
            item = self.type_node(raw["map"]["values"], _at(scope, "map", "values"), f"{stem}Entry")
            return MapOf(item, raw["map"].get("key"), nullable)
        if kind == "array":
            if "items" not in raw:
                return ArrayOf(AnyValue(), nullable)
            return ArrayOf(self.type_node(raw["items"], _at(scope, "items"), f"{stem}Item"), nullable)
        if "enum" in raw and kind != "string":
            self.error(doc.at((*path, "enum")), f"an enum needs a string type, not {kind}")
        if "format" in raw and kind != "string":
            self.error(doc.at((*path, "format")), f"a format needs a string, not {kind}")
        if "enum" in raw and "format" in raw:
            self.error(doc.at((*path, "format")), "an enum lists its values; it takes no format")
        if kind == "string" and "enum" in raw:
            return Choice(tuple(raw["enum"]), nullable)
        if kind == "string":
            fmt = self.format(raw["format"], doc.at((*path, "format"))) if "format" in raw else None
            return Text(fmt, nullable)
        return _SCALARS[kind](nullable)

    def union(self, options: tuple[TypeNode, ...], narrow: str, nullable: bool, scope: _Scope) -> TypeNode:
        """A key-subset union of two classes; a union the rule cannot decide is an error."""
        where = scope.doc.at((*scope.path, "union", "narrow"))
        refs = [o for o in options if isinstance(o, ModelRef)]
        targets = [r.target for r in refs]
        if _UNKNOWN in targets or narrow == _UNKNOWN:
            return AnyValue(nullable)  # already reported where the unknown object is named
        if len(refs) != 2 or len(options) != 2:
            self.error(scope.doc.at((*scope.path, "one_of")), "the key-subset rule needs exactly two object branches")
        elif narrow not in targets:
            self.error(where, f"{narrow!r} is not a branch of this union")
        elif targets[0] == targets[1]:
            self.error(where, "the two branches of the union are the same class")
        else:
            self.closed_variants.append((narrow, where))
            return KeySubsetUnion((refs[0], refs[1]), narrow, nullable)
        return AnyValue(nullable)

    def nested_model(self, name: str, raw: dict[str, Any], scope: _Scope) -> None:
        where = scope.doc.key_at(scope.path)
        self.claim(name, where, f"the nested object at {'.'.join(str(p) for p in scope.path[1:])}")
        self.owned_model(name, raw, replace(scope, owner=name), scope.owner, where)

    def owned_model(self, name: str, raw: dict[str, Any], scope: _Scope, owner: str, where: Location) -> None:
        """A class defined inside another (an inline part of an "all of", or a nested object).
        ``scope.owner`` is the class itself, so objects nested in it are named after it."""
        self.order.append(name)
        self.models[name] = Model(
            name=name,
            title=raw.get("title"),
            kind="object",
            page=scope.page,
            source=scope.source,
            anchor=None,
            description=raw.get("description"),
            fields=self.build_fields(raw["fields"], _at(scope, "fields")),
            all_of=(),
            alias_of=None,
            owner=owner,
            examples=(),
            notes=(),
            spec_file=scope.doc.name,
            location=scope.doc.stable(where),
        )

    def lookup(self, title: str, where: Location) -> str:
        """The class name of a documented title; an unknown title is an error."""
        entry = self.entries.get(title)
        if entry is None:
            self.error(where, f"unknown object {title!r}")
            return _UNKNOWN
        return entry.name

    def follow(self, name: str) -> str:
        """The class an alias finally stands for (aliases of aliases are followed, cycles reported)."""
        by_name = {e.name: e for e in self.entries.values()}
        seen: list[str] = []
        while (entry := by_name.get(name)) is not None and "alias_of" in entry.raw:
            if name in seen:
                self.error(entry.doc.key_at(entry.path), f"alias cycle: {' -> '.join([*seen, name])}")
                return name
            seen.append(name)
            target = self.entries.get(entry.raw["alias_of"])
            if target is None:
                return name
            name = target.name
        return name

    def notes(self, raw: dict[str, Any], scope: _Scope) -> tuple[Note, ...]:
        for i, note in enumerate(raw.get("notes", ())):
            self.cite(note["source"], scope.doc.at((*scope.path, "notes", i, "source")))
        return tuple(Note(n["source"], n["text"]) for n in raw.get("notes", ()))

    def cite(self, source: str, where: Location, kind: str | None = None) -> None:
        self.cited.append((source, where, kind or ""))

    # -- checks that need everything built ------------------------------------------------------

    def check_values(self, field: Field, raw: dict[str, Any], scope: _Scope) -> None:
        """Examples and defaults must fit the field's type; checked once all classes exist."""
        observed = raw.get("observed", {})
        candidates: list[tuple[JsonPath, Any]] = []
        if "example" in raw:
            candidates.append(((*scope.path, "example"), raw["example"]))
        if "default" in raw:
            candidates.append(((*scope.path, "default"), raw["default"]))
        if "default" in observed:
            candidates.append(((*scope.path, "observed", "default", "value"), observed["default"]["value"]))
        for i, value in enumerate(observed.get("examples", {}).get("value", ())):
            candidates.append(((*scope.path, "observed", "examples", "value", i), value))
        self.deferred_values.extend((field.type, path, value, scope.doc) for path, value in candidates)

    def check_fields(self, models: dict[str, Model]) -> None:
        for name, model in list(models.items()):
            # An attribute named like a class would hide it in the annotations of the class body.
            fields = tuple(
                replace(f, py_name=f"{f.py_name}_") if f.py_name in self.classes else f for f in model.fields
            )
            models[name] = replace(model, fields=fields)
        for name, model in list(models.items()):
            if model.all_of:
                models[name] = replace(model, fields=self.flatten(model, models, ()))
        for model in models.values():
            self.check_attribute_names(model)
            for i, example in enumerate(model.examples):
                self.check_example(model, i, example, models)
        for t, path, value, doc in self.deferred_values:
            for sub, message in values.check(value, t, models):
                self.error(doc.at((*path, *sub)), message)

    def check_example(self, model: Model, index: int, example: Example, models: dict[str, Model]) -> None:
        entry = self.entries[model.title or ""]
        t = ModelRef(model.name, model.name)
        for sub, message in values.check(example.value, t, models):
            self.error(entry.doc.at((*entry.path, "examples", index, "value", *sub)), message)

    def flatten(self, model: Model, models: dict[str, Model], stack: tuple[str, ...]) -> tuple[Field, ...]:
        """The fields of an "all of", part by part; cycles and conflicting fields are errors."""
        if model.name in stack:
            cycle = [*stack[stack.index(model.name) :], model.name]
            if cycle[0] == min(cycle):  # each member finds the cycle; report it once
                self.error(self.place(model.location), f"cycle in all_of: {' -> '.join(cycle)}")
            return ()
        fields: dict[str, Field] = {}
        for part_name in model.all_of:
            part = models.get(self.follow(part_name))
            if part is None:
                continue  # an unknown part, reported where it is named
            part_fields = self.flatten(part, models, (*stack, model.name)) if part.all_of else part.fields
            for field in part_fields:
                first = fields.get(field.wire_name)
                if first is None:
                    fields[field.wire_name] = field
                elif _comparable(first) != _comparable(field):
                    self.error(
                        self.place(field.location),
                        f"field {field.wire_name!r} of {part.name} conflicts with the field of the same name "
                        f"at {self.place(first.location)} (all_of of {model.name})",
                    )
        return tuple(fields.values())

    def check_formulas(self, models: dict[str, Model]) -> None:
        """A formula must parse, set its own field and read numbers of its object: of the class
        that defines the field, or of every "all of" that holds it."""
        for field, where in self.formulas:
            try:
                formula = formulas.parse(field.formula or "", field.wire_name)
            except formulas.FormulaError as exc:
                self.error(where, f"formula: {exc}")
                continue
            if formula.target != field.wire_name:
                self.error(where, f"the formula sets {formula.target!r}; a field's formula sets the field itself")
                continue
            holders = [models[field.origin]] if field.origin in models else []
            composites = [m for m in models.values() if m.all_of and field in m.fields]
            problems = _formula_problems(formula, holders[0], models) if holders else []
            if problems and composites and not any(_formula_problems(formula, m, models) for m in composites):
                problems = []  # it reads fields of the other parts, which every composite has
            if field.formula_note is None:
                for problem in problems:
                    self.error(where, problem)
            elif not problems:
                self.error(where, "the formula holds for this object; remove `applies: false`")

    def mark_recursive(self, models: dict[str, Model]) -> None:
        """Mark the classes whose payloads can nest without bound; for every other class, the
        spec's own nesting must stay within MAX_DEPTH."""
        leads = {name: _classes_of(model) for name, model in models.items()}
        recursive = {name for name in models if name in _reach(leads, leads[name])}
        recursive = _reach(leads, recursive) | recursive
        heights = _heights(models, leads, recursive)
        for name, model in models.items():
            if name in recursive:
                models[name] = replace(model, recursive=True)
            elif heights[name] > MAX_DEPTH:
                self.error(
                    self.place(model.location), f"{name} nests objects and arrays deeper than {MAX_DEPTH} levels"
                )

    def check_attribute_names(self, model: Model) -> None:
        seen: dict[str, Field] = {}
        for field in model.fields:
            other = seen.setdefault(field.py_name, field)
            if other is not field:
                self.error(
                    self.place(field.location),
                    f"fields {other.wire_name!r} ({self.place(other.location)}) and {field.wire_name!r} "
                    f"of {model.name} both become attribute {field.py_name!r}",
                )

    def claim_closed_variants(self) -> None:
        """Outputs state the key-subset rule with a closed copy of each narrow class, under a name
        of its own (once per class, however many unions name it)."""
        closed: set[str] = set()
        for narrow, where in self.closed_variants:
            if narrow not in closed:
                closed.add(narrow)
                self.claim(naming.closed_variant(narrow), where, f"the closed variant of {narrow}")

    def check_sources(self) -> None:
        for sid, where, kind in self.cited:
            known = self.sources.get(sid)
            if known is None:
                self.error(where, f"unknown source {sid!r}")
            elif kind and known[0].kind != kind:
                self.error(where, f"source {sid!r} is a {known[0].kind}, not a {kind}")

    def page(self, doc: LocatedDocument, models: dict[str, Model]) -> Page:
        page = doc.data["page"]
        history = tuple(self.change(doc, i, raw, models) for i, raw in enumerate(doc.data.get("history", ())))
        names = tuple(name for name in self.order if models[name].page == page["id"])
        return Page(page["id"], page["title"], page["source"], doc.name, names, history)

    def change(self, doc: LocatedDocument, index: int, raw: dict[str, Any], models: dict[str, Model]) -> Change:
        path: JsonPath = ("history", index)
        for j, sid in enumerate(raw["in"]):
            known = self.sources.get(sid)
            if known is None or known[0].kind != "document":
                self.error(doc.at((*path, "in", j)), f"{sid!r} is not a known document")
        entry = self.entries.get(raw["object"])
        if entry is None:
            self.error(doc.at((*path, "object")), f"unknown object {raw['object']!r}")
        else:
            field = _field_at(models, entry.name, raw["path"].split("."))
            if raw["kind"] == "removed" and field is not None:
                self.error(
                    doc.at((*path, "path")), f"{raw['path']!r} is recorded as removed but is still in {entry.title!r}"
                )
            elif raw["kind"] != "removed" and field is None:
                self.error(doc.at((*path, "path")), f"{entry.title!r} has no field {raw['path']!r}")
        if raw["kind"] not in ("added", "removed") and "before" not in raw:
            self.error(doc.at(path), f"a {raw['kind']} change needs `before`")
        return Change(
            raw["object"],
            raw["path"],
            raw["kind"],
            "before" in raw,
            raw.get("before"),
            tuple(raw["in"]),
            raw.get("note"),
        )


def _at(scope: _Scope, *keys: str | int) -> _Scope:
    return replace(scope, path=(*scope.path, *keys))


def _comparable(field: Field) -> Field:
    return replace(field, origin="", location="")


def _field_at(models: dict[str, Model], name: str, parts: list[str]) -> Field | None:
    """The field at a dotted path through nested classes, or None."""
    model = models.get(name)
    field = None
    for part in parts:
        if model is None:
            return None
        field = next((f for f in model.fields if f.wire_name == part), None)
        if field is None:
            return None
        model = models.get(field.type.target) if isinstance(field.type, ModelRef) else None
    return field


def _formula_text(raw: str | dict[str, Any] | None) -> str | None:
    return raw["text"] if isinstance(raw, dict) else raw


def _a(kind: str) -> str:
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def _number(t: TypeNode) -> bool:
    return isinstance(t, Integer | Number)


def _formula_problems(formula: formulas.Formula, model: Model, models: dict[str, Model]) -> list[str]:
    """Why ``formula`` cannot be evaluated over payloads of ``model``: each name it reads must be a
    number field (for a sum, an array of objects with that number field)."""
    fields = {f.wire_name: f.type for f in model.fields}
    sums = formula.summed()
    problems = []
    for name in sorted(formula.names()):
        t = fields.get(name)
        if t is None:
            problems.append(f"the formula reads {name!r}, which is no field of {model.name}")
        elif name in sums:
            item = t.item if isinstance(t, ArrayOf) else None
            if not isinstance(item, ModelRef):
                problems.append(f"the formula sums over {name!r}, {_a(kind_name(t))}; it needs an array of objects")
                continue
            part = {f.wire_name: f.type for f in models[item.target].fields}.get(sums[name])
            if part is None or not _number(part):
                shown = "no field" if part is None else _a(kind_name(part))
                problems.append(f"the formula sums {sums[name]!r} of {item.target}, {shown}; it needs a number")
        elif not _number(t):
            problems.append(f"the formula reads {name!r}, {_a(kind_name(t))}; it needs a number")
    return problems


def _classes_of(model: Model) -> set[str]:
    """The classes the fields of ``model`` hold, directly or in arrays, maps and unions."""
    return {name for f in model.fields for name in classes_in(f.type)}


def _reach(leads: dict[str, set[str]], start: set[str]) -> set[str]:
    """Every class reachable from ``start`` through one or more fields."""
    found: set[str] = set()
    pending = list(start)
    while pending:
        name = pending.pop()
        if name not in found and name in leads:
            found.add(name)
            pending += leads[name]
    return found


def _heights(models: dict[str, Model], leads: dict[str, set[str]], recursive: set[str]) -> dict[str, int]:
    """How many levels of objects and arrays a payload of each class that is not recursive can
    nest: the object itself, and the deepest of its fields. A recursive class counts one level:
    outputs check the depth of what it holds as they read it. Classes are taken in dependency
    order with a stack of their own, as a long chain of classes must not meet the recursion limit."""
    done: dict[str, int] = {name: 1 for name in recursive}
    for start in models:
        pending = [(start, False)]
        while pending:
            name, ready = pending.pop()
            if name in done or name not in models:  # an unknown class is reported where it is named
                continue
            if not ready:
                pending.append((name, True))
                pending += [(d, False) for d in leads[name] if d not in done]
                continue
            done[name] = 1 + max((_type_height(f.type, done) for f in models[name].fields), default=0)
    return done


def _type_height(t: TypeNode, done: dict[str, int]) -> int:
    match t:
        case ArrayOf(item=item) | MapOf(item=item):
            return 1 + _type_height(item, done)
        case KeySubsetUnion(options=options):
            return max(_type_height(o, done) for o in options)
        case ModelRef(target=target):
            return done.get(target, 1)
        case Text() | Choice() | Integer() | Number() | Boolean() | FreeObject() | AnyValue():
            return 0
        case _:
            assert_never(t)


def resolve(docs: list[LocatedDocument]) -> SpecModel:
    """Resolve the documents; raises :class:`GenerationError` with every problem found."""
    return Resolver(docs).resolve()

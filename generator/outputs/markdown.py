"""Markdown reference: ``generated/docs/README.md`` and one page per documented page.

Every cell, heading and link text is built here from the resolved model, escaped by the helpers
below; the templates only lay the pieces out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, assert_never

from generator.model.formats import FORMATS, FormatName
from generator.model.ir import (
    AnyValue,
    ArrayOf,
    Boolean,
    Change,
    Choice,
    Fact,
    Field,
    FreeObject,
    Integer,
    KeySubsetUnion,
    MapOf,
    Model,
    ModelRef,
    Number,
    OpenChoice,
    Page,
    Source,
    SpecModel,
    TaggedUnion,
    TagValueUnion,
    Text,
    TypeNode,
    kind_name,
    tag_values,
    walk,
)
from generator.model.naming import union_functions
from generator.outputs.invisible import shown
from generator.outputs.job import Job
from generator.outputs.pytext import python_string

_INLINE_MARKUP = re.compile(r"([\\`*_\[\]|~])")
_BLOCK_START = re.compile(r"^(\s*(?:\d+)?)([#+=.)-])")
_CODE_SPAN = re.compile(r"(`+)([^`]|[^`].*?[^`])\1(?!`)", re.DOTALL)
# Struck text, as the vendor's pages strike deprecated wording: one line, no tilde inside.
_STRUCK = re.compile(r"(?<!~)~~(?=[^\s~])([^~\n]*?[^\s~\\])~~(?!~)")


# Characters that break a line, in Markdown as in Python's str.splitlines(): <br> in a cell.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def md_text(text: str) -> str:
    """Spec text as inert Markdown for a table cell or a paragraph. SECURITY: every character that
    could start markup (emphasis, links, images, headings, HTML, pipes that end a cell) is escaped;
    only the document's own inline code spans and struck text (``~~...~~``, its inside escaped) are
    kept, and the code spans' pipes are escaped too. Line breaks
    become ``<br>`` so a description can never end a table row; other invisible characters (bidi
    controls, zero-width ones) are shown as ``\\u202e``, so the page shows what the text holds."""
    text = shown(text, keep=_LINE_BREAKS)
    out: list[str] = []
    position = 0
    for match in _CODE_SPAN.finditer(text):
        out.append(_plain(text[position : match.start()], at_start=position == 0))
        out.append(md_code(match.group(2).strip(" ")))
        position = match.end()
    out.append(_plain(text[position:], at_start=position == 0))
    return "".join(out)


def _plain(text: str, at_start: bool) -> str:
    out: list[str] = []
    position = 0
    for match in _STRUCK.finditer(text):
        out.append(_inert(text[position : match.start()], at_start=at_start and position == 0))
        out.append(f"~~{_inert(match.group(1), at_start=False)}~~")
        position = match.end()
    out.append(_inert(text[position:], at_start=at_start and position == 0))
    return "".join(out)


def _inert(text: str, at_start: bool) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE_MARKUP.sub(r"\\\1", text)
    if at_start:  # all text ends up on one line, so only its very start could open a heading or a list
        text = _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text, count=1)
    return re.sub(r"\r\n?|[\n\u2028\u2029\x0b\x0c\x1c-\x1e\x85]", "<br>", text)


def md_code(value: str) -> str:
    """``value`` as an inline code span that holds it exactly. SECURITY: the fence is longer than
    any run of backticks inside; pipes are escaped (GitHub tables split on them even in code);
    line breaks become spaces; invisible characters are shown as ``\\u202e``."""
    value = shown(value, keep=_LINE_BREAKS)
    value = re.sub(r"[\r\n\u2028\u2029\x0b\x0c\x1c-\x1e\x85]", " ", value).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith("`") or value.endswith("`") or not value.strip() else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def md_json(value: Any) -> str:
    """A JSON value as inline code."""
    return md_code(json.dumps(value, ensure_ascii=False))


def md_fence(text: str, info: str) -> str:
    """A fenced code block that ``text`` cannot close: the fence is longer than any backtick run."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def unique_anchors(headings: list[str]) -> list[str]:
    """The anchors of a page's headings in order: a repeated anchor gets ``-1``, ``-2``, ... as on
    GitHub, so two headings of the same text still have a link each."""
    used: set[str] = set()
    out: list[str] = []
    for text in headings:
        anchor = base = github_anchor(text)
        count = 0
        while anchor in used:
            count += 1
            anchor = f"{base}-{count}"
        used.add(anchor)
        out.append(anchor)
    return out


@dataclass(frozen=True)
class Row:
    """One attributes-table row, every cell already escaped."""

    attribute: str
    type: str
    description: str
    observed: str


@dataclass(frozen=True)
class ObjectView:
    """One object's section."""

    heading: str
    class_name: str
    lines: tuple[str, ...]
    rows: tuple[Row, ...]
    examples: tuple[str, ...]


@dataclass(frozen=True)
class UnionSection:
    """A tagged union's section: which class each value of the tag chooses."""

    heading: str
    lines: tuple[str, ...]
    columns: tuple[str, str, str]
    rows: tuple[tuple[str, str, str], ...]  # (tag value, variant, class of the carried field)


@dataclass(frozen=True)
class ReceivingView:
    """How to receive a signed webhook: the vendor's delivery rules and two handlers that keep to
    them, with the generated names filled in (Python identifiers and literals only)."""

    rules: tuple[str, ...]
    package: str
    union: str
    parse: str
    case_value: str  # a Python literal
    case_class: str
    case_field: str  # the carried field's attribute
    identity: str | None  # an attribute
    success: int  # the status the handlers answer with
    timeout: str
    pydantic: str | None = None  # the pydantic models' package, where that output is built


@dataclass(frozen=True)
class PageView:
    """One page of the reference."""

    file: str
    title: str
    intro: tuple[str, ...]
    diagram: str
    objects: tuple[ObjectView, ...]
    history: tuple[tuple[str, ...], ...]
    unions: tuple[UnionSection, ...] = ()
    receiving: ReceivingView | None = None


def page_file(page: Page) -> str:
    """The Markdown file of a page."""
    return _page_file(page.id)


def _page_file(page_id: str) -> str:
    return f"{page_id}.md"


def heading(model: Model) -> str:
    """An object's heading: its documented title, or its class name for nested classes."""
    return model.title if model.title and model.owner is None else model.name


@dataclass(frozen=True)
class SourceView:
    """One source in the index: its heading, its anchor there, and what it is."""

    heading: str
    anchor: str
    line: str


def areas(spec: SpecModel) -> list[tuple[str | None, list[Page]]]:
    """The pages grouped under their area's heading, in the order each area first appears; pages
    without one come last, under "Other pages", or under no heading (None) when no page has one."""
    groups: dict[str | None, list[Page]] = {}
    for page in sorted(spec.pages, key=lambda p: p.area is None):
        groups.setdefault(page.area, []).append(page)
    named = any(area is not None for area in groups)
    return [(area or "Other pages" if named else None, pages) for area, pages in groups.items()]


def _events_heading(spec: SpecModel) -> list[str]:
    return ["Webhook events"] if any(u.cases for u in spec.unions) else []


def index_anchors(spec: SpecModel) -> dict[str, str]:
    """Each source's anchor in the index, which also has headings for the areas and pages before
    them (the index lays out the areas' and pages' headings, the events', then the sources')."""
    pages = [text for area, members in areas(spec) for text in [*([area] if area else []), *(p.title for p in members)]]
    before = ["Pages and objects", *pages, *_events_heading(spec), "Sources"]
    anchors = unique_anchors([*before, *(s.title for s in spec.sources)])[len(before) :]
    return {s.id: a for s, a in zip(spec.sources, anchors, strict=True)}


class _Links:
    """Links to objects and sources, relative to the page being written."""

    def __init__(self, spec: SpecModel, page: Page, sources: dict[str, str], files: dict[str, str]) -> None:
        self.spec = spec
        self.page = page
        self.files = files  # each class's page file, made once for every page
        self.sources = sources

    def to(self, name: str) -> str:
        model = self.spec.model(name)
        target = f"#{github_anchor(heading(model))}"
        if self.files[name] != page_file(self.page):
            target = f"{self.files[name]}{target}"
        return f"[{md_text(heading(model))}]({target})"

    def union_file(self, union: TaggedUnion) -> str:
        """Where a union's section is, from this page: "" on its own page."""
        return "" if union.page == self.page.id else _page_file(union.page)

    def published(self, source_id: str) -> str:
        """A source by its title, linked to where the vendor publishes it (to the index without a URL)."""
        source = self.spec.source(source_id)
        return f"[{md_text(source.title)}]({source.url})" if source.url else self.source(source_id)

    def source(self, source_id: str) -> str:
        """A source by its title, linked to its entry in the index."""
        return f"[{md_text(self.spec.source(source_id).title)}](README.md#{self.sources[source_id]})"


@dataclass(frozen=True)
class SignatureView:
    """The webhook signature as the index shows it; every cell escaped."""

    header: str
    description: str | None
    source: str
    package: str | None  # the models' import name, for the example; None when they are not built
    vectors: tuple[tuple[str, str, str], ...]  # (body, secret, signature) as code


def _signature_view(spec: SpecModel, anchors: dict[str, str]) -> SignatureView | None:
    sig = spec.signature
    if sig is None:
        return None
    source = f"[{md_text(spec.source(sig.source).title)}](#{anchors[sig.source]})"
    package = spec.project.python.package if spec.project.python else None
    vectors = tuple((md_code(repr(v.body)), md_code(v.secret), md_code(v.signature)) for v in sig.vectors)
    return SignatureView(
        md_code(sig.header), md_text(sig.description) if sig.description else None, source, package, vectors
    )


def formats_used(spec: SpecModel) -> list[FormatName]:
    """The string formats the spec's fields use, in the registry's order."""
    used = {t.format for m in spec.models for f in m.fields for t in walk(f.type) if isinstance(t, Text)}
    return [name for name in FORMATS if name in used]


def jobs(spec: SpecModel) -> list[Job]:
    """The index and one page per documented page."""
    anchors = index_anchors(spec)
    files = {name: page_file(p) for p in spec.pages for name in p.models}
    pages = [_page_view(spec, page, anchors, files) for page in spec.pages]
    index = {
        "title": md_text(spec.project.title),
        "summary": md_text(spec.project.summary),
        "areas": _area_views(spec, {p.file: p for p in pages}),
        "events": [row for u in spec.unions for row in _event_rows(spec, u, files)],
        "spec_files": ", ".join(md_code(f) for f in spec.files),
        "sources": [SourceView(md_text(s.title), anchors[s.id], _source_line(s)) for s in spec.sources],
        "formats": [(md_code(name), FORMATS[name].rule) for name in formats_used(spec)],
        "signature": _signature_view(spec, anchors),
    }
    out = [Job("docs/README.md", "markdown/index.md.j2", index, "text")]
    out += [Job(f"docs/{p.file}", "markdown/page.md.j2", {"page": p}, "text") for p in pages]
    return out


def _area_views(spec: SpecModel, views: dict[str, PageView]) -> list[tuple[str | None, list[Any]]]:
    """Each area's heading (None: the index has no areas) and its pages: file, title, objects."""
    out: list[tuple[str | None, list[Any]]] = []
    for area, members in areas(spec):
        rows = []
        for page in members:
            view = views[page_file(page)]
            objects = [(o.heading, github_anchor(o.heading), o.class_name) for o in view.objects]
            rows.append((view.file, view.title, objects))
        out.append((md_text(area) if area else None, rows))
    return out


def _event_rows(spec: SpecModel, union: TaggedUnion, files: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """The index's event table: each value of the union's tag, its class, the class of the data
    it carries and the page that documents that data; then any other value."""
    rows = []
    for case in union.cases:
        carried = spec.model(case.carried)
        data = f"[{md_text(heading(carried))}]({files[case.carried]}#{github_anchor(heading(carried))})"
        page = next(p for p in spec.pages if p.id == carried.page)
        documented = f"[{md_text(page.title)}]({files[case.carried]})"
        rows.append((md_code(case.value), md_code(case.variant), data, documented))
    if union.other is not None:
        rows.append(("any other", md_code(union.other), f"`{union.carrier}` as it came", ""))
    return rows


def _source_line(source: Source) -> str:
    """What a source is, where it is kept in the spec folder, and where the vendor publishes it."""
    parts = ["A document" if source.kind == "document" else "An observation"]
    if source.file:
        parts.append(f"kept as {md_code(source.file)} in the spec folder")
    if source.url:
        parts.append(f"from <{source.url}>")
    line = ", ".join(parts) + "."
    return f"{line} {md_text(source.note)}" if source.note else line


def _page_view(spec: SpecModel, page: Page, anchors: dict[str, str], files: dict[str, str]) -> PageView:
    links = _Links(spec, page, anchors, files)
    intro = (
        f"Transcribed from {links.published(page.source)}, spec file {md_code(page.spec_file)}.",
        "Values marked *observed* come from the vendor's machine-readable spec and real payloads, "
        "not from the page; each names its source.",
    )
    models = [spec.model(n) for n in page.models]
    objects = tuple(_object_view(spec, links, m) for m in models)
    history = tuple(_change_row(links, c) for c in page.history)
    here = [u for u in spec.unions if u.page == page.id]
    unions = tuple(_union_section(spec, links, u) for u in here)
    receiving = _receiving(spec, links, here[0]) if here else None
    return PageView(
        page_file(page), md_text(page.title), intro, diagram(spec, models), objects, history, unions, receiving
    )


def _receiving(spec: SpecModel, links: _Links, union: TaggedUnion) -> ReceivingView | None:
    """Handlers for a union whose requests are signed, in the Python models' names."""
    calls = union_functions(union.name, spec.signature is not None)
    if spec.project.python is None or calls.parse is None or not union.cases:
        return None
    delivery = spec.delivery
    rules = []
    if delivery is not None:
        rules.append(f"As {links.source(delivery.source)} says: {md_text(delivery.description or '')}")
        rules.append(
            f"So a handler answers {md_code(delivery.success)} within {delivery.timeout_seconds:g} seconds and does"
            " the work afterwards, and takes a request it has seen before (a re-try, up to"
            f" {delivery.retries} of them) as done."
        )
    base = spec.model(union.base)
    identity = next((f.py_name for f in base.fields if delivery and f.wire_name == delivery.identity), None)
    case = union.cases[0]
    success = int(delivery.success.replace("XX", "00")) if delivery else 200
    timeout = f"{delivery.timeout_seconds:g} seconds" if delivery else "a few seconds"
    field = next(f.py_name for f in base.fields if f.wire_name == union.carrier)
    return ReceivingView(
        tuple(rules),
        spec.project.python.package,
        union.name,
        calls.parse,
        python_string(case.value),
        case.carried,
        field,
        identity,
        success,
        timeout,
        spec.project.pydantic.package if "pydantic" in spec.project.outputs and spec.project.pydantic else None,
    )


def _union_section(spec: SpecModel, links: _Links, union: TaggedUnion) -> UnionSection:
    tag, carrier = md_code(union.tag), md_code(union.carrier)
    lines = [f"A {links.to(union.base)} whose {carrier} is the class its {tag} chooses: one class per row."]
    if union.description:
        lines.append(md_text(union.description))
    if spec.project.python:
        calls = union_functions(union.name, spec.signature is not None)
        python = f"In Python: {md_code(union.name)}, the union of the classes; {md_code(calls.from_dict + '()')}"
        python += f" and {md_code(calls.from_json + '()')} parse into the one the tag chooses"
        if calls.parse:
            python += f", and {md_code(calls.parse + '(body, signature=..., secret=...)')} checks a request first"
        lines.append(python + ".")
    rows = [(md_code(c.value), links.to(c.variant), links.to(c.carried)) for c in union.cases]
    if union.other is not None:
        rows.append(("any other value", links.to(union.other), "object (free-form), as it came"))
    columns = (f"{tag} value", "Class", f"Its {carrier}")
    return UnionSection(md_text(union.name), tuple(lines), columns, tuple(rows))


def _object_view(spec: SpecModel, links: _Links, model: Model) -> ObjectView:
    if model.variant_of is not None:
        return _variant_view(spec, links, model, spec.model(model.variant_of))
    lines = [f"Class {md_code(model.name)}" + (f", nested in {links.to(model.owner)}." if model.owner else ".")]
    if model.description:
        lines.append(md_text(model.description))
    if model.all_of:
        lines.append("All of: " + ", ".join(links.to(p) for p in model.all_of) + ". Its fields are theirs, in order.")
    if model.alias_of:
        lines.append(f"The same object as {links.to(model.alias_of)}.")
    for note in model.notes:
        lines.append(f"*Observed* ({links.source(note.source)}): {md_text(note.text)}")
    chosen = {u.carrier: u for u in spec.unions if u.base == model.name}
    rows = tuple(_row(links, f, chosen.get(f.wire_name)) for f in model.fields)
    examples = tuple(md_fence(json.dumps(e.value, indent=2, ensure_ascii=False), "json") for e in model.examples)
    return ObjectView(md_text(heading(model)), model.name, tuple(lines), rows, examples)


def narrowed(spec: SpecModel, variant: Model) -> list[Field]:
    """The fields a variant of a tagged union decides (the tag and the carried field)."""
    base = spec.model(variant.variant_of or variant.name)
    return [f for f, b in zip(variant.fields, base.fields, strict=True) if f.type != b.type]


def _variant_view(spec: SpecModel, links: _Links, model: Model, base: Model) -> ObjectView:
    """A variant by what it decides; its other fields are the base's, not repeated."""
    lines = [f"Class {md_code(model.name)}: a {links.to(base.name)} with these fields decided; the others are its own."]
    rows = tuple(Row(md_code(f.wire_name), _decided(links, f.type), "", "") for f in narrowed(spec, model))
    own = [e for e in model.examples if e not in base.examples]  # built ones; the base shows its own
    lines += [f"Example: {md_text(e.note)}" for e in own if e.note]
    examples = tuple(md_fence(json.dumps(e.value, indent=2, ensure_ascii=False), "json") for e in own)
    return ObjectView(md_text(heading(model)), model.name, tuple(lines), rows, examples)


def _decided(links: _Links, t: TypeNode) -> str:
    """A decided field's type: the tag's values, or the carried class."""
    if isinstance(t, Choice):
        return " or ".join(md_code(v) for v in t.values)
    if isinstance(t, OpenChoice):
        return "any string but " + ", ".join(md_code(v) for v in t.excluded)
    return type_text(links, t)


def _row(links: _Links, f: Field, chosen_by: TaggedUnion | None = None) -> Row:
    attribute = [md_code(f.wire_name)]
    if f.py_name != f.wire_name:
        attribute.append(f"Python: {md_code(f.py_name)}")
    if f.required:
        attribute.append("**required**" if f.documented.required else "required (*observed*)")
    if f.deprecated:
        attribute.append("**deprecated**")
    if f.undocumented:
        attribute.append("*not in the documents*")
    kind = _type_cell(links, f)
    if chosen_by is not None:
        union = f"[{md_text(chosen_by.name)}]({links.union_file(chosen_by)}#{github_anchor(chosen_by.name)})"
        kind += f"<br>its class chosen by {md_code(chosen_by.tag)}: {union}"
    return Row("<br>".join(attribute), kind, _description_cell(f), _observed_cell(links, f))


def type_text(links: _Links, t: TypeNode) -> str:
    """A type as prose with links: "array of [Order Item Calculated](#...)", "map of ... keyed by ..."."""
    match t:
        case ModelRef(model=model):
            return links.to(model)
        case KeySubsetUnion(options=options):
            return "one of " + " or ".join(type_text(links, o) for o in options)
        case TagValueUnion(tag=tag):
            return "one of " + " or ".join(type_text(links, o) for o in t.classes) + f" by its {md_code(tag)}"
        case ArrayOf(item=item):
            return f"array of {type_text(links, item)}"
        case MapOf(item=item, key=key):
            keyed = f" keyed by {md_text(key)}" if key else ""
            return f"map of {type_text(links, item)}{keyed}"
        case FreeObject():
            return "object (free-form)"
        case Text(format=fmt):
            return "string" if fmt is None else f"string ({md_text(fmt)})"
        case Choice() | OpenChoice():
            return "string"
        case Integer() | Number() | Boolean() | AnyValue():
            return kind_name(t)
        case _:
            assert_never(t)


def _type_cell(links: _Links, f: Field) -> str:
    parts = [type_text(links, f.type)]
    if isinstance(f.type, KeySubsetUnion):
        narrow = links.to(f.type.narrow)
        parts.append(f"{narrow} when every key is one of its own, else {links.to(f.type.wide)}")
    if isinstance(f.type, TagValueUnion):
        cases = zip(tag_values(f.type, links.spec.model), f.type.options, strict=True)
        other = [f"any other: {links.to(f.type.other.model)}"] if f.type.other is not None else []
        parts.append(", ".join([*(f"{md_code(value)}: {links.to(o.model)}" for value, o in cases), *other]))
    if f.documented.nullable:
        parts.append("nullable")
    elif f.type.nullable:
        parts.append("nullable (*observed*)")
    return "<br>".join(parts)


def _description_cell(f: Field) -> str:
    parts = [md_text(f.description)] if f.description else []
    if f.formula:
        parts.append(f"Formula: {md_code(f.formula)}")
    if f.formula_note:
        parts.append(f"The formula cannot hold for this object, so it is never applied. {md_text(f.formula_note)}")
    if f.documented.enum is not None:
        parts.append("Available values: " + ", ".join(md_code(str(v)) for v in f.documented.enum))
    if f.has_example:
        parts.append(f"Example: {md_json(f.example)}")
    if f.has_default and not any(fact.attribute == "default" for fact in f.observed):
        parts.append(f"Default: {md_json(f.default)}")
    return "<br><br>".join(parts)


# Observed facts whose value is only ``true``, as the observed cell words them.
_FLAG_FACTS = {
    "nullable": "can be null",
    "absent": "may be absent",
    "required": "always present",
    "open": "other values too",
}


def _fact_text(fact: Fact) -> str:
    value = fact.value
    if fact.attribute in _FLAG_FACTS:
        text = _FLAG_FACTS[fact.attribute]
    elif fact.attribute == "enum":
        text = "also " + ", ".join(md_code(str(v)) for v in value)
    elif fact.attribute == "items":
        text = f"items are {md_text(str(value.get('type', 'values')))}"
    elif fact.attribute == "examples":
        text = "seen: " + ", ".join(md_json(v) for v in value)
    elif fact.attribute == "map_key":
        text = f"keyed by {md_text(str(value))}"
    elif fact.attribute == "format":
        text = f"format {md_code(str(value))}"
    else:
        text = f"{md_text(fact.attribute)} {md_json(value)}"
    return text


def _observed_cell(links: _Links, f: Field) -> str:
    parts = [f"{_fact_text(fact)} ({links.source(fact.source)})" for fact in f.observed]
    if f.undocumented:
        parts.append(f"{md_text(f.undocumented.note)} ({links.source(f.undocumented.source)})")
    parts += [f"{md_text(note.text)} ({links.source(note.source)})" for note in f.notes]
    return "<br>".join(parts)


def _change_row(links: _Links, change: Change) -> tuple[str, ...]:
    before = md_text(str(change.before)) if change.has_before else ""
    documents = ", ".join(links.source(d) for d in change.documents)
    return (
        md_text(change.object),
        md_code(change.path),
        md_text(change.kind),
        before,
        documents,
        md_text(change.note or ""),
    )


def diagram(spec: SpecModel, models: list[Model]) -> str:
    """A Mermaid class diagram of ``models`` and what they lead to: composition, arrays, maps,
    unions, "all of" parts and aliases."""
    lines = ["classDiagram", "    direction LR"]
    names = [m.name for m in models]
    targets: list[str] = []
    relations: list[str] = []
    for model in models:
        for part in model.all_of:
            relations.append(f"    {part} <|-- {model.name} : all of")
        if model.alias_of:
            relations.append(f"    {model.name} ..> {model.alias_of} : same as")
            targets.append(model.alias_of)
        if model.all_of:
            continue  # a composite's fields are drawn on its parts
        if model.variant_of:
            relations.append(f"    {model.variant_of} <|-- {model.name} : variant")
        for f in narrowed(spec, model) if model.variant_of else model.fields:
            name = _MERMAID_UNSAFE.sub("_", f.wire_name)
            for arrow, target, label in _edges(f.type):
                relations.append(f"    {model.name} {arrow} {target} : {name}{label}")
                targets.append(target)
    others = sorted(set(targets) - set(names))
    lines += [f"    class {name}" for name in names + others]
    return "\n".join(lines + relations)


_MERMAID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def _edges(t: TypeNode, many: bool = False, label: str = "") -> list[tuple[str, str, str]]:
    match t:
        case ModelRef(model=model):
            return [('*-- "*"' if many else "*--", model, label)]
        case KeySubsetUnion(options=options):
            return [("-->", o.model, " (one of)") for o in options]
        case TagValueUnion():
            return [("-->", o.model, " (one of)") for o in t.classes]
        case ArrayOf(item=item):
            return _edges(item, True, " []")
        case MapOf(item=item):
            return _edges(item, True, " {}")
        case Text() | Choice() | OpenChoice() | Integer() | Number() | Boolean() | FreeObject() | AnyValue():
            return []
        case _:
            assert_never(t)

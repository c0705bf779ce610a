"""The dataclass modules: one per page, each class with its fields' annotations, checks,
conversions and how each is written back, decided here and placed by ``module.py.j2``."""

from __future__ import annotations

import dataclasses
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import assert_never

from generator.model.formats import FORMATS
from generator.model.ir import (
    AnyValue,
    ArrayOf,
    Boolean,
    Choice,
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
    SpecModel,
    TaggedUnion,
    TagValueUnion,
    Text,
    TypeNode,
    tag_values,
)
from generator.model.naming import UnionFunctions, module_name, union_functions
from generator.outputs.job import Job
from generator.outputs.pytext import docstring, header, in_docstring, isort_key, python_string, string_literal, wrap
from generator.outputs.python.runtime import SIGNATURE_NAMES

# The kinds that need no conversion, each with its annotation, the runtime parser that checks it,
# and (where one exists) an inline check: (condition that the value is bad, what ``fail`` expects).
_Plain = Integer | Number | Boolean | FreeObject | AnyValue
_PLAIN: dict[type[_Plain] | type[Text], tuple[str, str, tuple[str, str] | None]] = {
    Text: ("str", "parse_str", ("type(v) is not str", "string")),
    Integer: ("int", "parse_int", ("not is_integer(v)", "integer")),
    Number: ("int | float", "parse_number", ("not is_number(v)", "number")),
    Boolean: ("bool", "parse_bool", ("type(v) is not bool", "boolean")),
    FreeObject: ("dict[str, Any]", "parse_object", None),
    AnyValue: ("Any", "parse_any", None),
}
# Array items checked by exact type in a loop: (the Python type, what was expected, for messages).
_ITEM_TYPES: dict[type[TypeNode], tuple[str, str]] = {
    Text: ("str", "string"),
    Integer: ("int", "integer"),
    Boolean: ("bool", "boolean"),
}


@dataclass(frozen=True)
class FieldView:
    """A field as the class template places it."""

    py_name: str
    wire: str
    annotation: str
    doc: str
    nullable: bool
    check: str | None
    expected: str | None
    enum_const: str | None
    convert: str | None
    local: str  # the variable to_dict() reads the field into, one per field so mypy narrows each
    dump: str
    required: bool  # an absent key is reported ("missing")


@dataclass(frozen=True)
class ClassView:
    """A class as the module template places it."""

    name: str
    doc: str
    fields: tuple[FieldView, ...]
    wire_names: str
    recursive: bool  # its objects' depth is checked as they are read (MAX_DEPTH)
    guard: Guard | None  # a carried class refuses the whole envelope


@dataclass(frozen=True)
class Guard:
    """The keys that mark a whole envelope given to the class it carries, and what to say."""

    tag: str
    carrier: str
    message: str


@dataclass(frozen=True)
class UnionView:
    """A tagged union as the module template places it: its type alias, the class of each
    modelled tag value, and its functions."""

    name: str
    comment: tuple[str, ...]  # lines
    variants: tuple[str, ...]
    cases: tuple[tuple[str, str], ...]  # (Python literal of a value, its variant)
    other: str | None  # None: a closed union, whose every tag value has a case
    values: str  # the cases' values as a Python tuple, for the error of any other value
    tag_literal: str  # the tag's wire name, in code
    tag_doc: str  # and in the parse function's docstring
    functions: UnionFunctions

    @property
    def classes(self) -> str:
        """The type of a variant class."""
        return " | ".join(f"type[{v}]" for v in self.variants)


@dataclass
class _Module:
    """Names a module needs, collected while its classes are built."""

    name: str
    model: Callable[[str], Model]  # the spec's class of a name (a tagged union's options)
    helpers: set[str]
    typing: set[str]
    imports: set[str]  # what the formats of its annotations import (``import datetime as _dt``)
    classes: set[str]
    constants: list[tuple[str, str]]
    parsers: list[tuple[str, str]]
    partial: bool = False  # whether functools.partial composes a parser
    bound: dict[str, str] = dataclasses.field(default_factory=dict)  # bound_parser's names, in order
    # The classes of other modules that only a union's cases carry: their modules are imported the
    # first time a payload of theirs is parsed (late_parser), so a union of many cases loads only
    # the cases its payloads use.
    late: frozenset[str] = frozenset()
    eager: set[str] = dataclasses.field(default_factory=set)  # classes needed as the module loads

    def use_class(self, name: str) -> str:
        self.classes.add(name)
        return name

    def bound_parser(self, name: str) -> str:
        """A module-level name for ``name._parse``, bound once: looking a classmethod up on its
        class binds a new method object at every call, which doubled the cost of a nested object."""
        alias = f"_parse_{self.use_class(name)}"
        if alias not in self.bound and name in self.late:
            self.helpers.add("late_parser")
            home = string_literal(module_name(self.model(name).page))
            self.bound[alias] = f"late_parser(__package__, {home}, {string_literal(name)})"
        elif alias not in self.bound:
            self.eager.add(name)
            self.bound[alias] = f"{name}._parse"
        return alias


def _free(module: _Module, base: str, suffixes: tuple[str, ...]) -> str:
    """A module constant's name that no other constant has: fields whose names differ only in
    case or underscores (``f``, ``F``, ``f__``) read alike in upper case."""
    taken = {name for name, _ in (*module.constants, *module.parsers)}
    name, n = base, 1
    while any(f"{name}{s}" in taken for s in suffixes):
        n += 1
        name = f"{base}_{n}"
    return name


def _imports(spec: SpecModel, module: _Module, local: set[str]) -> list[str]:
    lines = ["from __future__ import annotations", ""]
    lines.append("from dataclasses import dataclass, field")
    if module.partial:
        lines.append("from functools import partial")
    for line in sorted(module.imports, reverse=True):  # ``import x`` lines go before ``from x``
        lines.insert(2, line)
    late = (module.classes - local - module.eager) & module.late
    checking = {"TYPE_CHECKING"} if late else set()
    typing = sorted({"Any", "ClassVar", "Self"} | module.typing | checking, key=isort_key)
    lines.append(f"from typing import {', '.join(typing)}")
    lines.append("")
    base = {"UNSET", "ErrorItem", "Model", "Unset", "Where", "extra_keys", "fail", "is_mapping", "new_instance", "take"}
    helpers = sorted(module.helpers - set(SIGNATURE_NAMES) | base, key=isort_key)
    lines.append(f"from ._runtime import {', '.join(helpers)}")
    if module.helpers & set(SIGNATURE_NAMES):
        lines.append(f"from ._signature import {', '.join(sorted(module.helpers & set(SIGNATURE_NAMES)))}")
    lines += _from_imports(spec, module.classes - local - late, "")
    if late:
        lines += ["", "if TYPE_CHECKING:", *_from_imports(spec, late, "    ")]
    return lines


def _from_imports(spec: SpecModel, names: set[str], indent: str) -> list[str]:
    by_module: dict[str, list[str]] = {}
    for name in sorted(names):
        by_module.setdefault(module_name(spec.model(name).page), []).append(name)
    return [f"{indent}from .{other} import {', '.join(names)}" for other, names in sorted(by_module.items())]


def _class_view(spec: SpecModel, module: _Module, model: Model) -> ClassView:
    fields = tuple(_field_view(spec, module, model, f, f"v{i}") for i, f in enumerate(model.fields))
    wire_names = ", ".join(string_literal(f.wire_name) for f in model.fields)
    doc = docstring(wrap(_class_doc(spec, model)))
    if model.recursive:
        module.helpers |= {"MAX_DEPTH", "depth_of", "too_deep"}
    guard = _guard(spec, module, model)
    return ClassView(model.name, doc, fields, f"frozenset({{{wire_names}}})", model.recursive, guard)


def _guard(spec: SpecModel, module: _Module, model: Model) -> Guard | None:
    if model.carried_by is None:
        return None
    union, tag, carrier = model.carried_by
    module.helpers.add("report")
    calls = union_functions(union, spec.signature is not None)
    using = f"{calls.parse}() or {calls.from_dict}()" if calls.parse else f"{calls.from_dict}()"
    text = f"a whole {union} (it has {tag!r} and {carrier!r}), not the {carrier!r} it carries: parse it with {using}"
    return Guard(string_literal(tag), string_literal(carrier), _long_string(text))


def _long_string(text: str) -> str:
    """A string literal in parts of at most 60 characters, which black leaves alone and lays out
    within the line length (it does not split strings). The parts keep their spaces: joined,
    they are ``text``."""
    parts = textwrap.wrap(text, 60, drop_whitespace=False, break_long_words=False, break_on_hyphens=False)
    return "(" + " ".join(string_literal(p) for p in parts) + ")"


def _union_view(spec: SpecModel, module: _Module, union: TaggedUnion) -> UnionView:
    for name in union.variants:
        module.use_class(name)
    module.helpers |= {"tag_of", "loads"}
    calls = union_functions(union.name, spec.signature is not None)
    if calls.parse:
        module.helpers.add("check_signature")
    shown = ", ".join(f"{python_string(c.value)} -> {c.carried}" for c in union.cases)
    rest = f"any other value -> {union.other}" if union.other is not None else "no other value"
    comment = f"{union.base} by its {union.tag!r}: {shown}; {rest}."
    cases = tuple((string_literal(c.value), c.variant) for c in union.cases)
    lines = tuple(wrap(comment, 96).splitlines())
    tag_literal, tag_doc = string_literal(union.tag), in_docstring(python_string(union.tag))
    if union.other is None:
        module.helpers.add("refuse_tag")
    values = _tuple(tuple(c.value for c in union.cases))
    return UnionView(union.name, lines, union.variants, cases, union.other, values, tag_literal, tag_doc, calls)


def _variant_doc(spec: SpecModel, model: Model) -> str:
    union = next(u for u in spec.unions if model.name in u.variants)
    case = next((c for c in union.cases if c.variant == model.name), None)
    if case is None:
        modelled = ", ".join(repr(c.value) for c in union.cases)
        return (
            f"A {union.base} of any {union.tag} but {modelled}, its {union.carrier} as it came (one of {union.name})."
        )
    decided = f"A {union.base} whose {union.tag} is {case.value!r}"
    return f"{decided}: its {union.carrier} is a {case.carried} (one of {union.name})."


def _class_doc(spec: SpecModel, model: Model) -> str:
    lines = [_variant_doc(spec, model) if model.variant_of else model.description or model.title or model.name]
    if model.all_of:
        lines.append(f"All of: {', '.join(model.all_of)}.")
    if model.owner:
        lines.append(f"Nested in {model.owner}.")
    source = spec.source(model.source)
    lines.append(f"Source: {source.title}" + (f" ({source.url})." if source.url else "."))
    return "\n\n".join(lines)


def _field_doc(spec: SpecModel, f: Field) -> str:
    parts = []
    if f.deprecated:
        parts.append("Deprecated.")
    parts.append(f.description or "")
    if f.formula:
        parts.append(f"Formula: {f.formula}")
    if f.formula_note:
        parts.append(f"The formula cannot hold for this object, so it is never applied. {f.formula_note}")
    if f.undocumented:
        parts.append(f"Not in the documents ({spec.source(f.undocumented.source).title}): {f.undocumented.note}")
    for fact in f.observed:
        parts.append(f"Observed ({spec.source(fact.source).title}): {fact.attribute} {fact.value!r}.")
    return "\n\n".join(p for p in parts if p) or f.wire_name


def _field_view(spec: SpecModel, module: _Module, model: Model, f: Field, local: str) -> FieldView:
    t = f.type
    check: str | None = None
    expected: str | None = None
    enum_const: str | None = None
    convert: str | None = None
    inline = _inline_check(t)
    if f.required:
        module.helpers.add("report")
    if isinstance(t, Choice):
        enum_const = _free(module, f"_{model.name.upper()}_{f.py_name.upper().strip('_')}", ("_VALUES", "_SHOWN"))
        values = ", ".join(string_literal(v) for v in t.values)
        module.constants.append((f"{enum_const}_VALUES", f"frozenset({{{values}}})"))
        module.constants.append((f"{enum_const}_SHOWN", _shown_tuple(t.values)))
        module.helpers.add("fail_enum")
        check = f"type(v) is not str or v not in {enum_const}_VALUES"
    elif inline is not None:
        check, expected = inline
        if isinstance(t, Number | Integer):
            module.helpers.add("is_number" if isinstance(t, Number) else "is_integer")
    else:
        convert = _parser(module, t, top=True, limited=model.recursive)
        if "(" in convert:  # composed once, at the end of the module, once every class exists
            name = _free(module, f"_PARSE_{model.name.upper()}_{f.py_name.upper().strip('_')}", ("",))
            module.parsers.append((name, convert))
            convert = name
    return FieldView(
        py_name=f.py_name,
        wire=string_literal(f.wire_name),
        # A required key is always there in a parsed object, and the constructor asks for it.
        annotation=annotation(module, t) if f.required else f"{annotation(module, t)} | Unset",
        doc=docstring(wrap(_field_doc(spec, f))),
        nullable=t.nullable,
        check=check,
        expected=expected,
        enum_const=enum_const,
        convert=convert,
        local=local,
        dump=dump_expression(module, t, local, 0),
        required=f.required,
    )


def _inline_check(t: TypeNode) -> tuple[str, str] | None:
    """The check the class template writes inline for the common scalar fields, if ``t`` has one."""
    if isinstance(t, Text) and t.format is not None:
        return None
    if isinstance(t, Text | Integer | Number | Boolean | FreeObject | AnyValue):
        return _PLAIN[type(t)][2]
    return None


def annotation(module: _Module, t: TypeNode) -> str:
    """The Python type of a value of ``t``."""
    match t:
        case Choice(values=values):
            module.typing.add("Literal")
            inner = f"Literal[{', '.join(string_literal(v) for v in values)}]"
        case OpenChoice(values=values):
            module.helpers.add("Unrecognized")
            known = [f"Literal[{', '.join(string_literal(v) for v in values)}]"] if values else []
            if known:
                module.typing.add("Literal")
            inner = " | ".join([*known, "Unrecognized"])
        case Text(format=fmt) if fmt is not None and FORMATS[fmt].python_type is not None:
            # Qualified (``_dt.date``), so that fields named `date` or `datetime` keep their names.
            inner = FORMATS[fmt].python_type or ""
            module.imports |= {FORMATS[fmt].python_import or ""} - {""}
        case ModelRef(target=target):
            inner = module.use_class(target)
        case KeySubsetUnion(options=options):
            inner = " | ".join(module.use_class(o.target) for o in options)
        case TagValueUnion():
            inner = " | ".join(module.use_class(o.target) for o in t.classes)
        case ArrayOf(item=item):
            inner = f"list[{annotation(module, item)}]"
        case MapOf(item=item):
            inner = f"dict[str, {annotation(module, item)}]"
        case Text() | Integer() | Number() | Boolean() | FreeObject() | AnyValue():
            inner = _PLAIN[type(t)][0]
        case _:
            assert_never(t)
    return f"{inner} | None" if t.nullable else inner


def _parser(module: _Module, t: TypeNode, top: bool = False, limited: bool = False) -> str:
    """An expression for a parse callable ``(value, path, errors) -> value`` of ``t``.
    At the top (a field), nullability is handled by the template instead. ``limited``: in a
    recursive class, whose arrays and maps have their depth checked (MAX_DEPTH)."""
    match t:
        case ModelRef(target=target):
            inner = module.bound_parser(target)
        case KeySubsetUnion(narrow=narrow):
            module.helpers.add("union_parser")
            parse_narrow, parse_wide = module.bound_parser(narrow), module.bound_parser(t.wide)
            module.eager.add(narrow)
            inner = f"union_parser({narrow}._WIRE_NAMES, {parse_narrow}, {parse_wide})"
        case TagValueUnion(options=options, tag=tag):
            module.helpers.add("tag_parser")
            parsers = [module.bound_parser(o.target) for o in options]
            branches = f"({parsers[0]},)" if len(parsers) == 1 else f"({', '.join(parsers)})"
            other = f", {module.bound_parser(t.other.target)}" if t.other is not None else ""
            values = _tuple(tag_values(t, module.model))
            inner = f"tag_parser({string_literal(tag)}, {values}, {branches}{other})"
        case ArrayOf(item=item) if type(item) in _ITEM_TYPES and not _refined(item):
            module.helpers.add("parse_list_of_type")
            module.partial = True
            py_type, expected = _ITEM_TYPES[type(item)]
            inner = _limited(module, f'partial(parse_list_of_type, {py_type}, "{expected}")', limited)
        case ArrayOf(item=item) | MapOf(item=item):
            helper = "parse_list" if isinstance(t, ArrayOf) else "parse_map"
            module.helpers.add(helper)
            module.partial = True
            inner = _limited(module, f"partial({helper}, {_parser(module, item, limited=limited)})", limited)
        case Choice(values=values):
            module.helpers.add("enum_of")
            inner = f"enum_of(({', '.join(string_literal(v) for v in values)},))"
        case OpenChoice(values=values, excluded=excluded):
            module.helpers.add("open_enum_of")
            inner = f"open_enum_of({_tuple(values)}, {_tuple(excluded)})"
        case Text(format=fmt) if fmt is not None:
            inner = FORMATS[fmt].parse
            module.helpers.add(inner)
        case Text() | Integer() | Number() | Boolean() | FreeObject() | AnyValue():
            inner = _PLAIN[type(t)][1]
            module.helpers.add(inner)
        case _:
            assert_never(t)
    if t.nullable and not top:
        module.helpers.add("nullable")
        return f"nullable({inner})"
    return inner


def _shown_tuple(texts: tuple[str, ...]) -> str:
    """A module constant's tuple with a trailing comma, laid out as black lays it out (a trailing
    comma keeps it one item a line, but for a single item)."""
    items = [string_literal(t) for t in texts]
    if len(items) == 1:
        return f"({items[0]},)"
    return "(\n" + "".join(f"    {item},\n" for item in items) + ")"


def _tuple(texts: tuple[str, ...]) -> str:
    items = [string_literal(t) for t in texts]
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def _limited(module: _Module, parser: str, limited: bool) -> str:
    if not limited:
        return parser
    module.helpers.add("limited")
    return f"limited({parser})"


def _refined(t: TypeNode) -> bool:
    """Whether values of ``t`` need more than their exact type checked (or may be null)."""
    return t.nullable or isinstance(t, Choice | OpenChoice) or (isinstance(t, Text) and t.format is not None)


def dump_expression(module: _Module, t: TypeNode, value: str, depth: int) -> str:
    """An expression writing ``value`` (of type ``t``, not UNSET) back as JSON-ready data."""
    inner = _dump_inner(module, t, value, depth)
    if inner == value or not t.nullable:
        return inner
    return f"None if {value} is None else {inner}"


def _dump_inner(module: _Module, t: TypeNode, value: str, depth: int) -> str:
    item = f"x{depth}"
    match t:
        case ModelRef() | KeySubsetUnion() | TagValueUnion():
            return f"{value}.to_dict()"
        case Text(format=fmt) if fmt is not None and FORMATS[fmt].dump is not None:
            helper = FORMATS[fmt].dump or ""
            module.helpers.add(helper)
            return f"{helper}({value})"
        case ArrayOf(item=inner):
            each = dump_expression(module, inner, item, depth + 1)
            return f"list({value})" if each == item else f"[{each} for {item} in {value}]"
        case MapOf(item=inner):
            each = dump_expression(module, inner, item, depth + 1)
            return f"dict({value})" if each == item else f"{{k{depth}: {each} for k{depth}, {item} in {value}.items()}}"
        case OpenChoice():
            module.helpers.add("dump_open")
            return f"dump_open({value})"
        case Text() | Choice() | Integer() | Number() | Boolean() | FreeObject() | AnyValue():
            return value
        case _:
            assert_never(t)


def module_jobs(spec: SpecModel, root: str) -> list[Job]:
    """A module per page: its classes and aliases, in the page's order. Pages whose classes use
    each other's in a cycle share one module (the first page's, in the spec's order), which the
    others' modules re-export: every module then imports only modules that do not import it."""
    alone = {page.id: _built(spec, (page,)) for page in spec.pages}
    imports = {page: {spec.model(c).page for c in built.module.classes} - {page} for page, built in alone.items()}
    jobs: list[Job] = []
    for group in _cycles([page.id for page in spec.pages], imports):
        pages = tuple(p for p in spec.pages if p.id in group)
        home = alone[pages[0].id] if len(pages) == 1 else _built(spec, pages)
        jobs.append(_module_job(spec, pages, home, root))
        jobs += [_reexport_job(spec, page, home, root) for page in pages[1:]]
    return jobs


@dataclass(frozen=True)
class _Built:
    """A module's classes as views, with the names they use."""

    module: _Module
    members: tuple[Model, ...]
    classes: list[ClassView]
    unions: list[UnionView]
    aliases: list[tuple[str, str]]


def _built(spec: SpecModel, pages: tuple[Page, ...]) -> _Built:
    """The views of the classes of ``pages``, in one module named after the first."""
    module = _Module(module_name(pages[0].id), spec.model, set(), set(), set(), set(), [], [])
    members = tuple(spec.model(n) for page in pages for n in page.models)
    ids = {page.id for page in pages}
    carried = {case.carried for u in spec.unions if u.page in ids for case in u.cases}
    module.late = frozenset(carried - {m.name for m in members})
    classes = [_class_view(spec, module, m) for m in members if m.kind == "object"]
    unions = [_union_view(spec, module, u) for u in spec.unions if u.page in ids]
    aliases = [(m.name, m.alias_of or "") for m in members if m.kind == "alias"]
    for _, target in aliases:
        module.eager.add(module.use_class(target))
    module.classes -= {m.name for m in members}  # what it imports: the classes of other modules
    return _Built(module, members, classes, unions, aliases)


def _module_job(spec: SpecModel, pages: tuple[Page, ...], built: _Built, root: str) -> Job:
    module = built.module
    # Imports last: building the classes collects the names they use.
    imports = _imports(spec, module, {m.name for m in built.members})
    titles = " and ".join(page.title for page in pages)
    what = "page, in its order" if len(pages) == 1 else "pages, which use each other's classes, in their order"
    context = {
        "header": header(", ".join(page.spec_file for page in pages)),
        "doc": docstring(f"{titles}: the classes of the vendor's {what}.", indent=""),
        "imports": imports,
        "constants": module.constants,
        "parsers": [*module.bound.items(), *module.parsers],
        "classes": built.classes,
        "aliases": built.aliases,
        "unions": built.unions,
    }
    return Job(f"{root}/{module.name}.py", "python/module.py.j2", context, "python")


def _reexport_job(spec: SpecModel, page: Page, home: _Built, root: str) -> Job:
    """The module of a page whose classes live in another page's module (a cycle): its names."""
    unions = [u for u in spec.unions if u.page == page.id]
    functions = [name for u in unions for name in union_functions(u.name, spec.signature is not None).names]
    names = sorted([*page.models, *(u.name for u in unions), *functions], key=isort_key)
    context = {
        "header": header(page.spec_file),
        "doc": docstring(
            f"{page.title}: the classes of the vendor's page, defined in {home.module.name} with the "
            "classes of the pages they use in a cycle.",
            indent="",
        ),
        "home": home.module.name,
        "names": names,
    }
    return Job(f"{root}/{module_name(page.id)}.py", "python/reexport.py.j2", context, "python")


def _cycles(order: list[str], imports: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of ``imports`` (Tarjan's algorithm, iteratively), each in
    ``order``, the groups in the order of their first member."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for start in order:
        if start in index:
            continue
        work = [(start, iter(sorted(imports.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            nxt = next(edges, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(imports.get(nxt, ())))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                groups.append(group)
    position = {page: i for i, page in enumerate(order)}
    ordered = [sorted(g, key=position.__getitem__) for g in groups]
    return sorted(ordered, key=lambda g: position[g[0]])

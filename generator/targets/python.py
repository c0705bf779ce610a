"""Python dataclass models: an installable package in ``python/``, named by the project settings.

Every decision about the generated code is made here and handed to the templates as ready
attributes: each field's annotation, how its value is checked or converted, and how it is
written back. Templates only place them.
"""

from __future__ import annotations

import dataclasses
import re
import textwrap
from dataclasses import dataclass
from typing import Any, assert_never

from generator import formats
from generator.formats import FORMATS
from generator.ir import (
    MAX_DEPTH,
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
    PackageNames,
    Project,
    SpecModel,
    Text,
    TypeNode,
    walk,
)
from generator.naming import module_name
from generator.payloads import PayloadBuilder
from generator.targets import Job, speedups

# The kinds that need no conversion, each with its annotation, the runtime parser that checks it,
# and (where one exists) an inline check: (condition that the value is bad, what ``fail`` expects).
_Plain = Integer | Number | Boolean | FreeObject | AnyValue
_PLAIN: dict[type[_Plain] | type[Text], tuple[str, str, tuple[str, str] | None]] = {
    Text: ("str", "parse_str", ("type(v) is not str", "string")),
    Integer: ("int", "parse_int", ("type(v) is not int", "integer")),
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


def python_string(text: str) -> str:
    """A Python string literal for any text. SECURITY: spec text reaches generated code only
    through this function (and :func:`docstring`), so no spec text can end a literal or run."""
    return repr(text)


def docstring(text: str, indent: str = "    ") -> str:
    """A triple-quoted docstring literal for any text. SECURITY: escapes backslashes, quotes and
    every non-printable character (line and paragraph separators included), so no description can
    close the literal, add code, or change how the file is tokenised."""
    quoted = text.strip().replace("\\", "\\\\").replace('"', '\\"')
    if not quoted.replace("\n", "").isprintable():  # the common case needs no look at each character
        quoted = "".join(ch if ch == "\n" or ch.isprintable() else _escape(ch) for ch in quoted)
    body = quoted.replace("\n", "\n" + indent).replace(indent + "\n", "\n")
    return '"""' + body.removesuffix(indent) + '"""'


def _escape(ch: str) -> str:
    if ord(ch) <= 0xFF:
        return f"\\x{ord(ch):02x}"
    if ord(ch) <= 0xFFFF:
        return f"\\u{ord(ch):04x}"
    return f"\\U{ord(ch):08x}"


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


@dataclass(frozen=True)
class ClassView:
    """A class as the module template places it."""

    name: str
    doc: str
    fields: tuple[FieldView, ...]
    wire_names: str
    recursive: bool  # its objects' depth is checked as they are read (MAX_DEPTH)


@dataclass
class _Module:
    """Names a module needs, collected while its classes are built."""

    name: str
    helpers: set[str]
    typing: set[str]
    dates: set[str]
    classes: set[str]
    constants: list[tuple[str, str]]
    parsers: list[tuple[str, str]]
    partial: bool = False  # whether functools.partial composes a parser
    bound: dict[str, str] = dataclasses.field(default_factory=dict)  # bound_parser's names, in order

    def use_class(self, name: str) -> str:
        self.classes.add(name)
        return name

    def bound_parser(self, name: str) -> str:
        """A module-level name for ``name._parse``, bound once: looking a classmethod up on its
        class binds a new method object at every call, which doubled the cost of a nested object."""
        alias = f"_parse_{self.use_class(name)}"
        if alias not in self.bound:
            self.bound[alias] = f"{name}._parse"
        return alias


def toml_string(text: str) -> str:
    """A TOML basic string for any text. SECURITY: spec text reaches the generated pyproject files
    only through this function: quotes, backslashes and every character that is not printable are
    escaped, so no text can end the string and add a key, a table or a build requirement."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(ch)
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            out.append("\\uFFFD")  # TOML has no escape for half of a surrogate pair
        else:
            out.append(f"\\u{ord(ch):04X}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08X}")
    return '"' + "".join(out) + '"'


def package_files(project: Project, names: PackageNames, folder: str) -> list[Job]:
    """What makes ``folder`` an installable package besides its modules: pyproject, the setup
    script that keeps builds out of the folder, and ``py.typed``."""
    context = {
        "package": names.package,
        "distribution": names.distribution,
        "description": toml_string(names.description),
        "version": project.version,
    }
    return [
        Job(f"{folder}/pyproject.toml", f"{folder}/pyproject.toml.j2", context, "text"),
        Job(f"{folder}/setup.py", "python/setup.py.j2", context, "python"),
        Job(f"{folder}/{names.package}/py.typed", "python/py.typed.j2", {}, "text"),
    ]


def jobs(spec: SpecModel) -> list[Job]:
    """The package: a module per page, the runtime, ``__init__``, the accelerator, the factories
    and their pytest plugin, and the package files."""
    project, names = spec.project, spec.project.package("python")
    root = f"python/{names.package}"
    header = _header("the spec")
    package = {"header": header, "package": names.package, "pure": pure_switch(names), "max_depth": MAX_DEPTH}
    runtime = {**package, "email_pattern": python_string(formats.EMAIL_PATTERN), "email_max": formats.EMAIL_MAX_LENGTH}
    out = [Job(f"{root}/_runtime.py", "python/_runtime.py.j2", runtime, "python")]
    out += package_files(project, names, "python")
    exports: list[tuple[str, str]] = []
    for page in spec.pages:
        module = _Module(module_name(page.id), set(), set(), set(), set(), [], [])
        models = [spec.model(n) for n in page.models]
        classes = [_class_view(spec, module, m) for m in models if m.kind == "object"]
        aliases = [(m.name, m.alias_of or "") for m in models if m.kind == "alias"]
        for _, target in aliases:
            module.use_class(target)
        exports += [(module.name, m.name) for m in models]
        local = {m.name for m in models}
        imports = _imports(spec, module, local)
        context = {
            "header": _header(page.spec_file),
            "doc": docstring(f"{page.title}: the classes of the vendor's page, in its order."),
            "imports": imports,
            "constants": module.constants,
            "parsers": [*module.bound.items(), *module.parsers],
            "classes": classes,
            "aliases": aliases,
        }
        out.append(Job(f"{root}/{module.name}.py", "python/module.py.j2", context, "python"))
    grouped: dict[str, list[str]] = {}
    for mod, name in exports:
        grouped.setdefault(mod, []).append(name)
    names_all = sorted([n for _, n in exports] + _RUNTIME_EXPORTS)
    modules = [(mod, sorted(members, key=_isort_key)) for mod, members in sorted(grouped.items())]
    accelerator = speedups.job(speedups.build(spec), root, package)
    out.append(accelerator)
    # __init__ hands the C file's own fingerprint to it (hashed once: the tables are large at scale).
    init = {
        **package,
        "doc": docstring(_package_doc(project, exports)),
        "modules": modules,
        "names": names_all,
        "fingerprint": accelerator.context["fingerprint"],
    }
    out.append(Job(f"{root}/__init__.py", "python/__init__.py.j2", init, "python"))
    factories = _factories(spec)
    built = {f.class_name for f in factories if f.data}
    testing_modules = [(mod, [n for n in members if n in built]) for mod, members in modules]
    testing = {
        **package,
        "doc": docstring(_testing_doc(names, factories)),
        "modules": testing_modules,
        "factories": factories,
    }
    plugin = {**package, "modules": modules, "factories": factories}
    out.append(Job(f"{root}/testing.py", "python/testing.py.j2", testing, "python"))
    out.append(Job(f"{root}/pytest_plugin.py", "python/pytest_plugin.py.j2", plugin, "python"))
    return out


def pure_switch(names: PackageNames) -> str:
    """The environment variable that keeps the package in pure Python (the accelerator off)."""
    return f"{names.package.upper()}_PURE"


def _testing_doc(names: PackageNames, factories: list[FactoryView]) -> str:
    first = next((f for f in factories if f.data), None)
    example = (
        f"``{first.function}()`` returns a full ``{first.class_name}`` (every field set, documented examples used, "
        "documented formulas holding); keyword arguments replace fields by their Python names."
        if first
        else "Keyword arguments replace fields by their Python names."
    )
    return _wrap(
        "Factories for tests: a valid instance of every class, built from the spec's examples.\n\n"
        f"{example} Every call returns a new instance. Standard library only; under pytest the same factories"
        f" are fixtures (``{names.package}.pytest_plugin``)."
    )


def _package_doc(project: Project, exports: list[tuple[str, str]]) -> str:
    example = exports[0][1] if exports else "Model"
    return _wrap(
        f"{project.name} object models: dataclasses that parse payloads and emit them again.\n\n"
        f"{project.summary}.\n\n"
        f"``{example}.from_dict(data)`` / ``{example}.from_json(text)`` parse (raising ``ValidationError``"
        " with every bad value and its path), ``obj.to_dict()`` / ``obj.to_json()`` emit. Absent keys"
        " are ``UNSET``."
    )


@dataclass(frozen=True)
class FactoryView:
    """A factory of the package's ``testing`` module: its function, class and data constant."""

    function: str
    class_name: str
    constant: str
    data: str | None  # a Python literal; None for an alias, which reuses its class's factory
    alias_of: str | None


def snake(class_name: str) -> str:
    """``CustomerWithSummaryLoyaltyReferrals`` -> ``customer_with_summary_loyalty_referrals``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", class_name).lower()


def _factories(spec: SpecModel) -> list[FactoryView]:
    """A factory per class, with the full payload of the class (documented examples, formulas held).
    A payload names the constants of the classes nested in it instead of repeating them, so the
    constants come in dependency order (the factories deep-copy, so instances stay apart)."""
    builder = PayloadBuilder(spec)
    constants = {m.name: f"_{snake(m.name).upper()}" for m in spec.models}
    data: dict[str, str] = {}
    pending: set[str] = set()

    def define(name: str) -> None:
        if name in data or name in pending:
            return  # defined, or being defined: a class leading back to itself is written out
        pending.add(name)
        model = builder.model(name)
        for f in model.fields:
            for t in walk(f.type):
                if isinstance(t, ModelRef | KeySubsetUnion):
                    define(_payload_class(t))
        payload = builder.full(name)
        named = set(data)  # only constants defined before this one may be named in it
        items = [
            f"{python_string(f.wire_name)}: {_literal(builder, constants, named, payload[f.wire_name], f.type)}"
            for f in model.fields
            if f.wire_name in payload
        ]
        pending.discard(name)
        data[name] = "{" + ", ".join(items) + "}"

    for model in spec.models:
        if model.kind == "object":
            define(model.name)
    out = [FactoryView(f"make_{snake(n)}", n, constants[n], literal, None) for n, literal in data.items()]
    for model in spec.models:
        if model.kind == "alias":
            target = f"make_{snake(model.alias_of or '')}"
            out.append(FactoryView(f"make_{snake(model.name)}", model.name, constants[model.name], None, target))
    return out


def _payload_class(t: ModelRef | KeySubsetUnion) -> str:
    """The class whose full payload stands for a value of ``t`` (a union's: the wide class's)."""
    return t.wide if isinstance(t, KeySubsetUnion) else t.target


def _literal(builder: PayloadBuilder, constants: dict[str, str], named: set[str], value: Any, t: TypeNode) -> str:
    """A Python literal of ``value``: the full payload of a class already defined by its constant's
    name, the rest by repr(), which holds JSON data exactly (spec text cannot escape it)."""
    if isinstance(t, ModelRef | KeySubsetUnion):
        target = _payload_class(t)
        if target in named and value == builder.full(target):
            return constants[target]
    if isinstance(t, ArrayOf) and isinstance(value, list):
        item = t.item
        return "[" + ", ".join(_literal(builder, constants, named, v, item) for v in value) + "]"
    if isinstance(t, MapOf) and isinstance(value, dict):
        item = t.item
        pairs = (f"{python_string(k)}: {_literal(builder, constants, named, v, item)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    return repr(value)


_RUNTIME_EXPORTS = ["UNSET", "ErrorItem", "Model", "Unset", "ValidationError"]


def _header(source: str) -> str:
    """The first line of a module. SECURITY: a source name reaches a comment only if it is
    printable (the loader refuses spec file names with control characters; this is the second
    guard), so no line break can start a line of code or a coding declaration."""
    shown = source if source.isprintable() else repr(source)
    return f"# Generated from {shown} by `python -m generator regenerate`. Do not edit."


def _imports(spec: SpecModel, module: _Module, local: set[str]) -> list[str]:
    lines = ["from __future__ import annotations", ""]
    lines.append("from dataclasses import dataclass, field")
    if module.partial:
        lines.append("from functools import partial")
    if module.dates:
        lines.insert(2, "import datetime as _dt")
    lines.append(f"from typing import {', '.join(sorted({'Any', 'ClassVar', 'Self'} | module.typing))}")
    lines.append("")
    base = {"UNSET", "ErrorItem", "Model", "Unset", "Where", "extra_keys", "fail", "is_mapping", "new_instance"}
    helpers = sorted(module.helpers | base, key=_isort_key)
    lines.append(f"from .{'_runtime'} import {', '.join(helpers)}")
    by_module: dict[str, list[str]] = {}
    for name in sorted(module.classes - local):
        by_module.setdefault(module_name(spec.model(name).page), []).append(name)
    for other, names in sorted(by_module.items()):
        lines.append(f"from .{other} import {', '.join(names)}")
    return lines


def _isort_key(name: str) -> tuple[int, str]:
    """isort's order by type: CONSTANTS, Classes, functions."""
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


def _wrap(text: str, width: int = 88) -> str:
    """Paragraphs of ``text`` wrapped for a docstring; blank lines between paragraphs kept."""
    paragraphs = text.split("\n\n")
    return "\n\n".join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in paragraphs)


def _class_view(spec: SpecModel, module: _Module, model: Model) -> ClassView:
    fields = tuple(_field_view(spec, module, model, f, f"v{i}") for i, f in enumerate(model.fields))
    wire_names = ", ".join(python_string(f.wire_name) for f in model.fields)
    doc = docstring(_wrap(_class_doc(spec, model)))
    if model.recursive:
        module.helpers |= {"MAX_DEPTH", "depth_of", "too_deep"}
    return ClassView(model.name, doc, fields, f"frozenset({{{wire_names}}})", model.recursive)


def _class_doc(spec: SpecModel, model: Model) -> str:
    lines = [model.description or model.title or model.name]
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
    if isinstance(t, Choice):
        enum_const = f"_{model.name.upper()}_{f.py_name.upper().strip('_')}"
        values = ", ".join(python_string(v) for v in t.values)
        module.constants.append((f"{enum_const}_VALUES", f"frozenset({{{values}}})"))
        module.constants.append((f"{enum_const}_SHOWN", f"({values},)"))
        module.helpers.add("fail_enum")
        check = f"type(v) is not str or v not in {enum_const}_VALUES"
    elif inline is not None:
        check, expected = inline
        if isinstance(t, Number):
            module.helpers.add("is_number")
    else:
        convert = _parser(module, t, top=True, limited=model.recursive)
        if "(" in convert:  # composed once, at the end of the module, once every class exists
            name = f"_PARSE_{model.name.upper()}_{f.py_name.upper().strip('_')}"
            module.parsers.append((name, convert))
            convert = name
    return FieldView(
        py_name=f.py_name,
        wire=python_string(f.wire_name),
        annotation=f"{annotation(module, t)} | Unset",
        doc=docstring(_wrap(_field_doc(spec, f))),
        nullable=t.nullable,
        check=check,
        expected=expected,
        enum_const=enum_const,
        convert=convert,
        local=local,
        dump=dump_expression(module, t, local, 0),
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
            inner = f"Literal[{', '.join(python_string(v) for v in values)}]"
        case Text(format=fmt) if fmt is not None and FORMATS[fmt].python_type is not None:
            # Qualified (``_dt.date``), so that fields named `date` or `datetime` keep their names.
            inner = FORMATS[fmt].python_type or ""
            module.dates.add(inner)
        case ModelRef(target=target):
            inner = module.use_class(target)
        case KeySubsetUnion(options=options):
            inner = " | ".join(module.use_class(o.target) for o in options)
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
            inner = f"union_parser({narrow}._WIRE_NAMES, {parse_narrow}, {parse_wide})"
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
            inner = f"enum_of(({', '.join(python_string(v) for v in values)},))"
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


def _limited(module: _Module, parser: str, limited: bool) -> str:
    if not limited:
        return parser
    module.helpers.add("limited")
    return f"limited({parser})"


def _refined(t: TypeNode) -> bool:
    """Whether values of ``t`` need more than their exact type checked (or may be null)."""
    return t.nullable or isinstance(t, Choice) or (isinstance(t, Text) and t.format is not None)


def dump_expression(module: _Module, t: TypeNode, value: str, depth: int) -> str:
    """An expression writing ``value`` (of type ``t``, not UNSET) back as JSON-ready data."""
    inner = _dump_inner(module, t, value, depth)
    if inner == value or not t.nullable:
        return inner
    return f"None if {value} is None else {inner}"


def _dump_inner(module: _Module, t: TypeNode, value: str, depth: int) -> str:
    item = f"x{depth}"
    match t:
        case ModelRef() | KeySubsetUnion():
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
        case Text() | Choice() | Integer() | Number() | Boolean() | FreeObject() | AnyValue():
            return value
        case _:
            assert_never(t)

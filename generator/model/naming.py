"""How spec names become class, module and attribute names: one rule each, applied once, in the
resolver.

A field's attribute and a class's name are Python names, so the rules here are Python's: the
resolver applies them, because two fields that become one attribute are a spec error reported
with its location before anything is rendered. The outputs use these names as they are: the C
engine receives them only as string literals (``accelerator.c_string``), the reference docs show
them. tests/test_models_quality.py derives the reserved lists from rendered modules and fails on a
name the generated code binds that is missing here."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass

# The spec's name for "any key" of a map in field paths (``campaigns.[propertyName].points``), as
# the vendor's pages print it.
MAP_KEY = "[propertyName]"

_WORD = re.compile(r"[A-Za-z0-9]+")


def class_name(title: str) -> str | None:
    """PascalCase of a documented title ("Customer Id" -> "CustomerId"); None if that is no class name."""
    words = _WORD.findall(title)
    name = "".join(w[0].upper() + w[1:] for w in words)
    return name if name and name[0].isalpha() and name.isascii() else None


def pascal(wire_name: str) -> str:
    """PascalCase of a field's wire name, for naming its nested class ("loyalty_card" -> "LoyaltyCard")."""
    return "".join(w[0].upper() + w[1:] for w in _WORD.findall(wire_name)) or "Field"


def snake(class_name: str) -> str:
    """``CustomerWithSummaryLoyaltyReferrals`` -> ``customer_with_summary_loyalty_referrals``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", class_name).lower()


def closed_variant(class_name: str) -> str:
    """The class that outputs state a key-subset union's narrow branch with: only its own keys."""
    return f"{class_name}KeysOnly"


# Modules every generated package has besides one per page.
PACKAGE_MODULES = frozenset({"testing", "pytest_plugin", "_runtime", "_settings", "_signature", "_speedups"})


def module_name(page_id: str) -> str:
    """The module of a page: ``customer-created-event`` -> ``customer_created_event``."""
    return re.sub(r"\W", "_", page_id.replace("-", "_"))


def module_problem(page_id: str) -> str | None:
    """Why a page id cannot name its module (and its docs page), or None when it can."""
    name = module_name(page_id)
    if not name.isidentifier():
        return f"page id {page_id!r} does not make a Python module name (it starts with a digit)"
    if keyword.iskeyword(name):
        return f"page id {page_id!r} would be the module {name}, a Python keyword"
    if name in PACKAGE_MODULES:
        return f"page id {page_id!r} would be the module {name}.py, which every generated package has"
    if name == "readme":
        return f"page id {page_id!r} would be the docs page of the index (README.md)"
    return None


_NOT_IDENT = re.compile(r"\W", re.ASCII)

# Names a field may not take as an attribute: keywords, the names a generated class body uses
# (types in annotations and method signatures, `field(...)` and `frozenset(...)` in values,
# `classmethod`) and the generated classes' own API. Such a field gets a trailing underscore; so does
# a field named like a class of the spec. Names used only inside methods (`type`, `id`, ...) are
# safe: a class attribute does not shadow them there. tests/test_models_quality.py checks this list
# against the names generated class bodies use.
RESERVED = frozenset(keyword.kwlist) | {
    "bool",
    "int",
    "float",
    "str",
    "dict",
    "list",
    "Any",
    "ClassVar",
    "Literal",
    "Self",
    "Path",
    "Where",
    "ErrorItem",
    "Model",
    "UNSET",
    "Unset",
    "field",
    "frozenset",
    "classmethod",
    "_dt",
    "from_dict",
    "to_dict",
    "from_json",
    "to_json",
    "additional_properties",
    "_parse",
    "_to_dict",
    "_WIRE_NAMES",
}

# Names the generated modules bind at module level that a class name could take (the runtime's,
# typing's, the package's own exports, and pydantic's in the pydantic module): a class may not be
# named so.
MODULE_NAMES = frozenset(
    {"Model", "Unset", "UNSET", "ErrorItem", "ValidationError", "Where", "SPEEDUPS", "SignatureError", "Unrecognized"}
    | {"Any", "Annotated", "Callable", "ClassVar", "Final", "Literal", "Self", "TypeVar"}
    | {"AwareDatetime", "BaseModel", "ConfigDict", "Field", "RootModel", "StrictBool", "StrictInt", "StrictStr"}
)


# The runtime's parsers, which a page module imports by name: a tagged union's ``parse_<name>``
# may not be one (tests/test_models_quality.py reads them from the rendered runtime).
RUNTIME_PARSERS = frozenset(
    {"parse_str", "parse_int", "parse_number", "parse_bool", "parse_object", "parse_any", "parse_datetime"}
    | {"parse_datetime_by_pattern", "parse_date", "parse_date_by_pattern", "parse_email", "parse_list"}
    | {"parse_list_of_type", "parse_map"}
)


@dataclass(frozen=True)
class UnionFunctions:
    """The module-level functions of a tagged union: parse a dict, parse JSON text, and (with a
    webhook signature in the spec) authenticate and parse a request's raw body."""

    from_dict: str
    from_json: str
    parse: str | None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.from_dict, self.from_json, *([self.parse] if self.parse else []))


def union_functions(union: str, signed: bool) -> UnionFunctions:
    stem = snake(union)
    return UnionFunctions(f"{stem}_from_dict", f"{stem}_from_json", f"parse_{stem}" if signed else None)


def attribute_name(wire_name: str) -> str:
    """A safe Python attribute for a wire name; case is kept so that names differing in case stay apart.

    Characters outside [A-Za-z0-9_] become "_", a leading digit gets "field_", and reserved names
    get a trailing "_". The wire name itself is kept beside it in the model.
    """
    name = _NOT_IDENT.sub("_", wire_name)
    if not name or name[0].isdigit():
        name = f"field_{name}"
    if name in RESERVED or name.startswith("__"):
        name = f"{name}_"
    return name

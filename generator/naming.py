"""How spec names become Python names: one rule each, applied once, in the resolver."""

from __future__ import annotations

import keyword
import re

# Names a field may not take as an attribute: keywords, the names a generated class body uses
# (types in annotations, `field(...)` for defaults) and the generated classes' own API. Such a field
# gets a trailing underscore. Names used only inside methods (`type`, `id`, ...) are safe: a class
# attribute does not shadow them there.
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
    "ErrorItem",
    "Model",
    "UNSET",
    "Unset",
    "field",
    "from_dict",
    "to_dict",
    "from_json",
    "to_json",
    "additional_properties",
    "_parse",
    "_to_dict",
    "_WIRE_NAMES",
}

_WORD = re.compile(r"[A-Za-z0-9]+")
_NOT_IDENT = re.compile(r"\W", re.ASCII)


def class_name(title: str) -> str | None:
    """PascalCase of a documented title ("Customer Id" -> "CustomerId"); None if that is no class name."""
    words = _WORD.findall(title)
    name = "".join(w[0].upper() + w[1:] for w in words)
    return name if name and name[0].isalpha() and name.isascii() else None


def pascal(wire_name: str) -> str:
    """PascalCase of a field's wire name, for naming its nested class ("loyalty_card" -> "LoyaltyCard")."""
    return "".join(w[0].upper() + w[1:] for w in _WORD.findall(wire_name)) or "Field"


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

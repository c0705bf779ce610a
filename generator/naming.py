"""How spec names become class names and module names: one rule each, applied once, in the resolver.

The names generated Python code binds, which fields and classes may not take, are the Python
target's own (:mod:`generator.targets.python.names`)."""

from __future__ import annotations

import keyword
import re

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
PACKAGE_MODULES = frozenset({"testing", "pytest_plugin", "_runtime", "_speedups"})


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

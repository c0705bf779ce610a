"""Load every spec file of a folder and validate each against the spec format's JSON Schema."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema_rs

if TYPE_CHECKING:  # imported when a file is invalid: its messages are the only use of it
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

from generator.diagnostics import Diagnostic, GenerationError, Location, did_you_mean, shown_path
from generator.spec.yamlreader import LocatedDocument, load_file

SCHEMA_NAME = "spec.schema.json"


@cache
def spec_schema() -> dict[str, Any]:
    """The spec format, as JSON Schema."""
    schema: dict[str, Any] = json.loads(resources.files("generator").joinpath(SCHEMA_NAME).read_text("utf-8"))
    return schema


@cache
def spec_validator() -> Draft202012Validator:
    """The validator that locates what is wrong in a file, built once, when one is."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(spec_schema())


# What Python's re counts as space (every such character is below U+3100). Rust's and ECMA's \s
# leave out some of them (U+001C..U+001F, U+0085), so patterns say exactly this set instead.
_SPACE = re.compile(r"\s")


@cache
def _python_space() -> str:
    return "".join(ch for ch in map(chr, range(0x3100)) if _SPACE.match(ch))


def rust_dialect(pattern: str) -> str:
    """A spec-format pattern for jsonschema-rs, with Python's meaning of ``\\S``."""
    return pattern.replace("\\S", f"[^{_python_space()}]")


def _with_patterns(schema: Any, convert: Callable[[str], str]) -> Any:
    if isinstance(schema, dict):
        return {
            k: convert(v) if k == "pattern" and isinstance(v, str) else _with_patterns(v, convert)
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_with_patterns(v, convert) for v in schema]
    return schema


@cache
def fast_validator() -> jsonschema_rs.Draft202012Validator:
    """The same schema in jsonschema-rs, ~30x faster. It only decides that a valid file is valid;
    a file it rejects goes through :func:`spec_validator` for the located messages. Where the two
    regex dialects still differ (Python's ``$`` also matches before a final newline) Rust is the
    stricter, which only costs the slow path (tests/test_fast_validation.py)."""
    schema = _with_patterns(spec_schema(), rust_dialect)
    return jsonschema_rs.Draft202012Validator(schema, validate_formats=False)


# Spec file and folder names are printed in generated headers and docs (``spec/customer.yaml``).
# SECURITY: no control character (a line break would start a new line of generated code, e.g. a
# coding declaration), no bidi control, no quote.
_SAFE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_. -]*")


def load_spec(spec_dir: Path) -> list[LocatedDocument]:
    """Every ``*.yaml`` file of ``spec_dir``, parsed and valid; raises with every problem found."""
    if not spec_dir.is_dir():
        where = Location(shown_path(spec_dir), 1, 1)
        said = (
            f"spec folder not found (looked for {spec_dir.resolve()}): run in the folder that holds it, or pass --spec"
        )
        raise GenerationError([Diagnostic(where, said)])
    docs: list[LocatedDocument] = []
    problems: list[Diagnostic] = []
    files = sorted(spec_dir.glob("*.yaml"))
    if not files:
        problems.append(Diagnostic(Location(shown_path(spec_dir), 1, 1), "no *.yaml spec files"))
    folder = spec_dir.resolve().name
    for name, what in ((folder, "the spec folder's name"), *((p.name, "a spec file name") for p in files)):
        if not _SAFE_NAME.fullmatch(name):
            message = f"{what} {name!r} may hold only letters, digits, space and _ . -"
            problems.append(Diagnostic(Location(shown_path(spec_dir), 1, 1), message))
    for path in files:
        doc, found = load_file(path, shown_path(path), f"{folder}/{path.name}")
        if not found:
            found = schema_problems(doc)
        problems += found
        docs.append(doc)
    if problems:
        raise GenerationError(problems)
    return docs


def schema_problems(doc: LocatedDocument) -> list[Diagnostic]:
    """Where ``doc`` breaks the spec format, one message per problem, at the offending key or value."""
    if fast_validator().is_valid(doc.data):
        return []
    problems: list[Diagnostic] = []
    for error in spec_validator().iter_errors(doc.data):
        problems += _diagnose(doc, error)
    return problems


def _diagnose(doc: LocatedDocument, error: ValidationError) -> list[Diagnostic]:
    path = tuple(error.absolute_path)
    if error.validator in ("additionalProperties", "unevaluatedProperties") and isinstance(error.instance, dict):
        allowed = _allowed_keys(error.schema)
        extra = [k for k in error.instance if k not in allowed]
        return [Diagnostic(doc.key_at((*path, key)), _unknown_key(key, allowed)) for key in extra]
    if error.validator == "oneOf" and not isinstance(error.instance, dict) and _reading(path, error):
        return []  # a field that is no mapping: its type error says so
    if error.validator in ("oneOf", "anyOf") and error.context:
        # Report the branch that got furthest, which is nearly always what the author meant.
        best = max(error.context, key=lambda e: (len(e.absolute_path), -len(e.context or [])))
        if len(best.absolute_path) > len(path):
            return _diagnose(doc, best)
    return [Diagnostic(doc.at(path), _message(error) + _reading(path, error))]


def _unknown_key(key: str, allowed: set[str]) -> str:
    near = did_you_mean(key, allowed)
    if near or not allowed:
        return f"unknown key {key!r}{near}"
    return f"unknown key {key!r} (expected one of: {', '.join(sorted(allowed))})"


def _reading(path: tuple[str | int, ...], error: ValidationError) -> str:
    """What a value at ``path`` was read as, where the message alone would not say: a value in
    place of a field's mapping is usually a key of the field above, indented one level too little."""
    if len(path) < 4 or path[-2] != "fields" or error.validator not in ("type", "oneOf"):
        return ""
    if error.validator == "type" and isinstance(error.instance, dict):
        return ""
    inner = path[2:-2]
    owner = ".".join([str(path[1]), *(str(inner[i + 1]) for i in range(len(inner) - 1) if inner[i] == "fields")])
    if error.validator == "type":
        return f" (read as field {path[-1]!r} of {owner}: a key indented one level too little?)"
    return f" (field {path[-1]!r} of {owner})"


def _allowed_keys(schema: Any) -> set[str]:
    whole: Any = spec_schema()
    defs: dict[str, Any] = whole["$defs"]
    keys = set(schema.get("properties", {}))
    for sub in schema.get("allOf", ()):
        if "$ref" in sub:
            ref = sub["$ref"].rsplit("/", 1)[-1]
            keys |= set(defs[ref].get("properties", {}))
    return keys


def _message(error: ValidationError) -> str:
    schema: Any = error.schema
    if error.validator == "required":
        return error.message.replace("is a required property", "is required")
    if error.validator == "oneOf" and "all_of" in schema.get("properties", {}):
        return "an object needs exactly one of `fields`, `all_of` or `alias_of`"
    if error.validator == "oneOf":
        return "a type needs exactly one of `type`, `ref` or `one_of`"
    if error.validator == "pattern" and "x-expected" in schema:
        return f"{error.instance!r} is not {schema['x-expected']}"
    if error.validator == "enum" and isinstance(error.instance, str):
        return error.message + did_you_mean(error.instance, [str(v) for v in schema["enum"]])
    return error.message

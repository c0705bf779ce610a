"""Runtime helpers shared by the generated models: UNSET, ValidationError, and the value checks.

Standard library only; ``orjson`` is used for JSON when it is importable, and the C
accelerator ``_speedups`` (compiled by ``pip install`` where a C compiler is found) for valid
payloads, both with the same results.
"""

from __future__ import annotations

import enum
import importlib
import json
import math
import os
import re
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Final,
    Literal,
    NoReturn,
    Protocol,
    Self,
    TypeVar,
    final,
)

from ._settings import EMAIL_MAX_LENGTH, EMAIL_PATTERN, MAX_DEPTH, PURE_SWITCH

_orjson: Any
try:
    _orjson = importlib.import_module("orjson")
except ImportError:
    _orjson = None

Path = tuple[str | int, ...]
# Where a value is while parsing: ``()`` at the root, else ``(parent, key)``. One small tuple per
# level is all a valid payload pays; the full Path is only spelled out for an error.
Where = tuple[Any, ...]
Parse = Callable[[Any, Where, "list[ErrorItem]"], Any]


_T = TypeVar("_T")

if TYPE_CHECKING:

    def new_instance(cls: type[_T]) -> _T:
        """An instance of ``cls`` with nothing set: what each ``_parse`` fills in."""

else:
    # Called directly: ``cls.__new__(cls)`` looks the method up on every object parsed.
    new_instance = object.__new__


class Unset(enum.Enum):
    """The type of :data:`UNSET`: the key was absent from the payload.

    It stays absent in ``to_dict()``.
    """

    UNSET = "UNSET"

    # Literal[False], so that type checkers narrow ``x: T | Unset`` to ``T`` after ``if x:``.
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET


@final
@dataclass(frozen=True, slots=True)
class Unrecognized:
    """A value of a list the vendor extends that the spec does not know (a new event type, say):
    kept as it came, written back as it came, and never equal to a known value, so that a type
    checker narrows a union on a comparison with one."""

    value: str

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """One bad value: where it is (keys and list indices from the root) and what is wrong."""

    path: Path
    message: str

    def __str__(self) -> str:
        return f"{format_path(self.path)}: {self.message}"


class ValidationError(ValueError):
    """Every problem found in a payload, in one pass; ``str()`` shows one line per problem."""

    def __init__(self, errors: list[ErrorItem]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def format_path(path: Path) -> str:
    """A JSON path like ``$.items[1].quantity`` or ``$.loyalty.campaigns["Coffee Club"]``."""
    out = "$"
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENTIFIER.match(part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out


def path_of(where: Where) -> Path:
    """The keys and indices from the root to ``where``."""
    keys: list[str | int] = []
    while where:
        where, key = where
        keys.append(key)
    keys.reverse()
    return tuple(keys)


def report(errors: list[ErrorItem], where: Where, message: str) -> Any:
    """Record one problem; returns UNSET, which takes the bad value's place."""
    errors.append(ErrorItem(path_of(where), message))
    return UNSET


def bad_key(errors: list[ErrorItem], where: Where, key: Any) -> None:
    """Record a key that is not a string (JSON has none; a dict built in Python may)."""
    report(errors, (where, str(key)), f"expected string keys, got {type_name(key)}")


def type_name(value: Any) -> str:
    """The name of a value's type for messages (``null`` for None)."""
    if type(value) is int and not -INT_LIMIT < value < INT_LIMIT:
        return f"an integer of more than {INT_DIGITS} digits"
    return "null" if value is None else type(value).__name__


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def fail(errors: list[ErrorItem], where: Where, expected: str, value: Any) -> Any:
    """Record that ``value`` at ``where`` is not ``expected``; returns UNSET in its place."""
    return report(errors, where, f"expected {expected}, got {type_name(value)}")


def fail_enum(errors: list[ErrorItem], where: Where, values: tuple[str, ...], value: Any) -> Any:
    """Record a value outside an enum."""
    if type(value) is not str:
        return fail(errors, where, "string", value)
    allowed = ", ".join(repr(v) for v in values)
    return report(errors, where, f"expected one of {allowed}, got {_shown(value)}")


def parse_str(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    return value if type(value) is str else fail(errors, where, "string", value)


# Integers with more digits than this are refused: Python writes no longer ones as text (its
# int_max_str_digits), so to_json() could not write them back, and json.loads refuses them.
INT_DIGITS: Final = 4300
INT_LIMIT: Final = 10**INT_DIGITS


def is_integer(value: Any) -> bool:
    """An int of at most INT_DIGITS digits; never a bool (type(), not isinstance())."""
    return type(value) is int and -INT_LIMIT < value < INT_LIMIT


def parse_int(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    return value if is_integer(value) else fail(errors, where, "integer", value)


def is_number(value: Any) -> bool:
    """An int of at most INT_DIGITS digits, or a finite float; never a bool."""
    kind = type(value)
    return (kind is int and -INT_LIMIT < value < INT_LIMIT) or (
        kind is float and math.isfinite(value)
    )


def parse_number(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    return value if is_number(value) else fail(errors, where, "number", value)


def parse_bool(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    return value if type(value) is bool else fail(errors, where, "boolean", value)


# How deep a payload may nest objects and arrays (the root object is level 1) is MAX_DEPTH, from
# the package's settings: everything the models accept can then be written back as JSON, and
# parsing never meets the recursion limit.


def depth_of(where: Where) -> int:
    """How many keys and indices lead from the root to ``where``: a container there is at level
    ``depth_of(where) + 1``."""
    depth = 0
    while where:
        where = where[0]
        depth += 1
    return depth


def too_deep(errors: list[ErrorItem], where: Where) -> Any:
    return report(errors, where, f"nested deeper than {MAX_DEPTH} levels")


def limited(parse: Parse) -> Parse:
    """``parse`` for an array or map of a recursive class, whose depth the spec does not bound."""

    def parse_limited(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
        if (type(value) is list or type(value) is dict) and depth_of(where) >= MAX_DEPTH:
            return too_deep(errors, where)
        return parse(value, where, errors)

    return parse_limited


# Values of these types are plain JSON as they are (a float needs a look: it may be inf or NaN;
# an int too: it may have more digits than JSON text can be written with).
_FLAT: Final = frozenset({str, bool, type(None)})


def json_value(value: Any, where: Where, errors: list[ErrorItem]) -> bool:
    """Whether a free-form value is plain JSON that can be written back as it came: objects with
    string keys, arrays, strings, integers, finite numbers, booleans and null, at most MAX_DEPTH
    levels deep from the root. Each problem is reported at its path."""
    kind = type(value)
    return kind in _FLAT or _json_value(value, kind, depth_of(where), where, errors)


def _json_value(value: Any, kind: type, depth: int, where: Where, errors: list[ErrorItem]) -> bool:
    """:func:`json_value` of a value of type ``kind`` at ``depth`` keys from the root. Recursion
    is bounded by MAX_DEPTH, and it is twice as fast as a stack of its own."""
    if kind is int and -INT_LIMIT < value < INT_LIMIT:
        return True
    if kind is float and math.isfinite(value):
        return True
    if kind is float:
        report(errors, where, f"expected a finite number, got {value!r}")
        return False
    if kind is int:
        report(errors, where, f"expected a JSON value, got {type_name(value)}")
        return False
    if kind is not list and kind is not dict:
        fail(errors, where, "a JSON value", value)
        return False
    if depth >= MAX_DEPTH:
        too_deep(errors, where)
        return False
    ok = True
    if kind is list:
        for i, x in enumerate(value):
            inner = type(x)
            if inner not in _FLAT and not _json_value(x, inner, depth + 1, (where, i), errors):
                ok = False
        return ok
    for key, x in value.items():
        if type(key) is not str:
            bad_key(errors, where, key)
            ok = False
            continue
        inner = type(x)
        if inner not in _FLAT and not _json_value(x, inner, depth + 1, (where, key), errors):
            ok = False
    return ok


def parse_object(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    """A free-form object: kept as it is, once it is known to be plain JSON."""
    if type(value) is not dict:
        return fail(errors, where, "object", value)
    return value if json_value(value, where, errors) else UNSET


def parse_any(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    """Any JSON value, kept as it is."""
    return value if json_value(value, where, errors) else UNSET


# re.ASCII: the digits are ASCII digits, as fromisoformat requires.
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})\Z", re.ASCII
)
_NAIVE_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?\Z", re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)


def parse_datetime(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    """An RFC 3339 date-time with a time zone, as an aware datetime."""
    # The vendor's own spelling, 2024-02-01T10:42:59.594Z, is recognised by its separators alone:
    # fromisoformat checks the digits and ranges, and no other form it accepts has these
    # separators at these places. Same result as the pattern below, at a third of the cost.
    if type(value) is str and len(value) == 24 and value[4:20:3] == "--T::." and value[23] == "Z":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    return parse_datetime_by_pattern(value, where, errors)


def parse_datetime_by_pattern(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    """:func:`parse_datetime` for every spelling RFC 3339 allows."""
    if type(value) is not str:
        return fail(errors, where, "date-time string", value)
    if _DATE_TIME.match(value):
        # Six fraction digits where three would do are written back as six (SixDigitDateTime).
        kind = (
            SixDigitDateTime
            if len(value) > 26 and value[19] == "." and value[26] in "Zz+-"
            else datetime
        )
        try:
            moment = kind.fromisoformat(value.upper())
        except ValueError:
            pass
        else:
            try:
                moment.astimezone(UTC)  # written back in UTC: the instant must have a UTC form
            except OverflowError:
                return report(errors, where, f"date-time out of range in UTC: {_shown(value)}")
            return moment
    elif _NAIVE_DATE_TIME.match(value):
        return report(errors, where, f"date-time has no time zone: {_shown(value)}")
    return report(
        errors, where, f"expected a date-time like 2024-02-01T10:42:59.594Z, got {_shown(value)}"
    )


class SixDigitDateTime(datetime):
    """A date-time a payload wrote with six fraction digits (``2023-12-08T14:01:18.213000Z``)
    where the vendor's three would do: written back with six, so the payload round-trips as it
    came. It equals the same instant as a plain datetime; arithmetic gives plain datetimes."""

    __slots__ = ()


# Two- and three-digit fields, spelled once: formatting seven padded integers per date-time was
# two thirds of writing one.
_D2: Final = tuple(f"{i:02d}" for i in range(100))
_D3: Final = tuple(f"{i:03d}" for i in range(1000))


def dump_datetime(value: datetime) -> str:
    """The vendor's format: UTC, milliseconds, ``Z`` (six fraction digits where the value has
    sub-millisecond precision, so no digit is lost, or was read with six). A naive datetime is
    taken to be UTC."""
    six = type(value) is SixDigitDateTime
    if value.tzinfo is not UTC and value.utcoffset():
        try:
            value = value.astimezone(UTC)
        except OverflowError:  # only a value set by hand: parsing refuses these
            raise ValueError(f"date-time out of range in UTC: {value!r}") from None
    year, micro = value.year, value.microsecond
    fraction = _D3[micro // 1000] if micro % 1000 == 0 and not six else f"{micro:06d}"
    return (
        f"{year if year >= 1000 else f'{year:04d}'}-{_D2[value.month]}-{_D2[value.day]}"
        f"T{_D2[value.hour]}:{_D2[value.minute]}:{_D2[value.second]}.{fraction}Z"
    )


def parse_date(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    """A calendar date ``YYYY-MM-DD``."""
    # As for date-times: with these separators, fromisoformat accepts exactly the pattern's dates.
    if type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    return parse_date_by_pattern(value, where, errors)


def parse_date_by_pattern(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    """:func:`parse_date` by the full pattern."""
    if type(value) is not str:
        return fail(errors, where, "date string", value)
    if _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    return report(errors, where, f"expected a date like 1974-01-02, got {_shown(value)}")


def dump_date(value: date) -> str:
    return value.isoformat()


# An email address: an ASCII local part, "@", and two or more domain labels; the same pattern as
# the JSON Schema's (the package's settings), matched whole.
_EMAIL = re.compile(EMAIL_PATTERN)


def parse_email(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    """An email address (``local@domain``, ASCII, at most 254 characters), kept as the string."""
    if type(value) is not str:
        return fail(errors, where, "email string", value)
    if len(value) <= EMAIL_MAX_LENGTH and _EMAIL.fullmatch(value):
        return value
    return report(
        errors, where, f"expected an email address like jane.doe@example.com, got {_shown(value)}"
    )


# The item parser comes first so that functools.partial (in C) fixes it: a map or array field then
# costs no Python frame beyond its items'.
def parse_list(item: Parse, value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    """An array, each item parsed by ``item``."""
    if type(value) is not list:
        return fail(errors, where, "array", value)
    return [item(x, (where, i), errors) for i, x in enumerate(value)]


def parse_list_of_type(
    kind: type, expected: str, value: Any, where: Where, errors: list[ErrorItem]
) -> Any:
    """An array of plain strings, integers or booleans: each item's exact type checked in the loop
    itself, not by a call per item."""
    if type(value) is not list:
        return fail(errors, where, "array", value)
    items: list[Any] = value
    for i, x in enumerate(items):
        if type(x) is not kind or (kind is int and not is_integer(x)):
            fail(errors, (where, i), expected, x)
    return value.copy()


def parse_map(item: Parse, value: Any, where: Where, errors: list[ErrorItem]) -> Any:
    """A map with string keys, each value parsed by ``item``."""
    if type(value) is not dict:
        return fail(errors, where, "object", value)
    out = {}
    for key, x in value.items():
        if type(key) is not str:
            bad_key(errors, where, key)
            continue
        out[key] = item(x, (where, key), errors)
    return out


def nullable(item: Parse) -> Parse:
    """``item``, letting null through (for nullable array items and map values)."""

    def parse(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
        return None if value is None else item(value, where, errors)

    return parse


def enum_of(values: tuple[str, ...]) -> Parse:
    """A parser accepting only ``values`` (for enum array items and map values)."""
    allowed = frozenset(values)

    def parse(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
        if type(value) is str and value in allowed:
            return value
        return fail_enum(errors, where, values, value)

    return parse


def open_enum_of(values: tuple[str, ...], excluded: tuple[str, ...]) -> Parse:
    """A parser of a list the vendor extends: a known value as it is, any other string as
    :class:`Unrecognized`; the ``excluded`` values (another variant's) are refused."""
    known, refused = frozenset(values), frozenset(excluded)
    shown = " or ".join(repr(v) for v in excluded)

    def parse(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
        if type(value) is not str:
            return fail(errors, where, "string", value)
        if value in known:
            return value
        if value in refused:
            return report(errors, where, f"expected a string other than {shown}, got {value!r}")
        return Unrecognized(value)

    return parse


def dump_open(value: str | Unrecognized) -> str:
    """A value of a list the vendor extends, as it goes out."""
    return value.value if type(value) is Unrecognized else value


def union_parser(narrow_keys: frozenset[str], narrow: Parse, wide: Parse) -> Parse:
    """The key-subset rule: a payload whose keys all belong to the narrow branch is that branch;
    anything else (other keys, or not an object) is parsed, and reported, as the wide branch."""

    def parse(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
        branch = narrow if type(value) is dict and value.keys() <= narrow_keys else wide
        return branch(value, where, errors)

    return parse


def tag_parser(
    tag: str, values: tuple[str, ...], branches: tuple[Parse, ...], other: Parse | None = None
) -> Parse:
    """The tag-value rule: a payload is the branch whose value of ``tag`` it holds (each branch
    fixes its own); a payload with none of them is the ``other`` branch where there is one (a
    tagged union's other variant), else refused at its tag; anything but an object is no object."""
    chosen = dict(zip(values, branches, strict=True))

    def parse(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
        if type(value) is not dict and not is_mapping(value):
            return fail(errors, where, "object", value)
        try:
            found = tag in value
            got = value[tag] if found else None
        except Exception:  # noqa: BLE001 - a Mapping's own code raised: reported as the payload
            return fail(errors, where, "object", value)
        branch = chosen.get(got) if type(got) is str else None
        if branch is not None:
            return branch(value, where, errors)
        if other is not None:
            return other(value, where, errors)
        if not found:
            return report(errors, (where, tag), "missing")
        return fail_enum(errors, (where, tag), values, got)

    return parse


def is_mapping(value: Any) -> bool:
    return type(value) is dict or isinstance(value, Mapping)


def tag_of(data: Any, key: str) -> Any:
    """The value of a tagged union's tag in a payload; None where the payload is no mapping, or
    where looking the key up ran the payload's own code and that raised (the variant it then
    goes to reports the payload)."""
    if type(data) is not dict and not is_mapping(data):
        return None
    try:
        return data.get(key)
    except Exception:  # noqa: BLE001 - reported by the other variant's from_dict
        return None


def refuse_tag(data: Any, tag: str, values: tuple[str, ...]) -> NoReturn:
    """Raise the error of a closed union's payload whose tag no case has: no object, the tag
    missing, or a value none of the cases has."""
    errors: list[ErrorItem] = []
    if type(data) is not dict and not is_mapping(data):
        fail(errors, (), "object", data)
    elif tag_of(data, tag) is None and not _holds(data, tag):
        report(errors, ((), tag), "missing")
    else:
        fail_enum(errors, ((), tag), values, tag_of(data, tag))
    raise ValidationError(errors)


def _holds(data: Any, key: str) -> bool:
    try:
        return key in data
    except Exception:  # noqa: BLE001 - the payload's own code: reported as a missing tag
        return False


def extra_keys(
    data: Mapping[Any, Any], known: frozenset[str], where: Where, errors: list[ErrorItem]
) -> dict[str, Any]:
    """The keys of ``data`` that the class does not name, with their values as they came (plain
    JSON, which ``to_dict()`` writes back)."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if type(key) is not str:
            bad_key(errors, where, key)
        elif key not in known and json_value(value, (where, key), errors):
            out[key] = value
    return out


# Digits -> "1", any other byte -> "0": a run of 19 digits is then a plain substring search.
_DIGIT_MAP: Final = bytes(49 if 48 <= i <= 57 else 48 for i in range(256))
_LONG_RUN: Final = b"1" * 19


def long_digits(text: str | bytes) -> bool:
    """Whether ``text`` holds a run of 19 or more digits, which may be an integer beyond 64 bits:
    orjson reads those as floats (the C accelerator has a faster copy of this function). True for
    what is no text, which the standard library then refuses."""
    if isinstance(text, str):
        data = text.encode("utf-8", "surrogatepass")
    elif isinstance(text, bytes | bytearray | memoryview):
        data = bytes(text)
    else:
        return True
    return _LONG_RUN in data.translate(_DIGIT_MAP)


_long_digits: Callable[[str | bytes], bool] = long_digits


# A JSON string (escapes skipped), or a bracket: what the depth of JSON text is counted from.
# (An unterminated string runs to the end, as in the C copy of deeper_than.)
_JSON_TOKEN: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)|[\[\]{}]', re.DOTALL)
_JSON_BYTE_TOKEN: Final = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)|[\[\]{}]', re.DOTALL)


def deeper_than(text: str | bytes, limit: int) -> bool:
    """Whether JSON text nests objects and arrays deeper than ``limit`` (brackets in strings do
    not count). Cheap where the text has fewer brackets than that in all (the C accelerator has a
    faster copy of this function)."""
    tokens: Iterator[re.Match[str]] | Iterator[re.Match[bytes]]
    if isinstance(text, str):
        opens, tokens = text.count("[") + text.count("{"), _JSON_TOKEN.finditer(text)
    elif isinstance(text, bytes | bytearray | memoryview):
        data = bytes(text)
        opens, tokens = data.count(b"[") + data.count(b"{"), _JSON_BYTE_TOKEN.finditer(data)
    else:
        return False
    if opens <= limit:
        return False
    depth = 0
    for token in tokens:
        first = token.group()[:1]
        if first in ("[", "{", b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        elif first in ("]", "}", b"]", b"}"):
            depth -= 1
    return False


_deeper_than: Callable[[str | bytes, int], bool] = deeper_than


def loads(text: str | bytes) -> Any:
    """Parse JSON text; any failure is a :class:`ValidationError`.

    orjson is only a fast path: what it refuses or may read differently (integers beyond 64
    bits), the standard library decides, so the result is the same with or without it. Text
    nested deeper than MAX_DEPTH is refused before either parser reads it, so the two parsers'
    own depth limits never decide. Bytes must be UTF-8 (the standard library would guess UTF-16/32).
    """
    if isinstance(text, bytearray | memoryview):
        text = bytes(text)  # one kind of bytes for both parsers (a memoryview may be strided)
    if _deeper_than(text, MAX_DEPTH):
        raise ValidationError(
            [ErrorItem((), f"invalid JSON: nested deeper than {MAX_DEPTH} levels")]
        )
    try:
        if _orjson is not None and not _long_digits(text):
            try:
                return _orjson.loads(text)
            except _orjson.JSONDecodeError:
                pass
        if isinstance(text, bytes | bytearray | memoryview):
            text = bytes(text).decode("utf-8")
        return json.loads(text, parse_constant=_no_constants)
    except (ValueError, TypeError, RecursionError) as exc:
        raise ValidationError([ErrorItem((), f"invalid JSON: {exc}")]) from None


def foreign_code(data: Any, exc: Exception) -> list[ErrorItem]:
    """What to report when reading ``data`` ran code of the payload's own that raised ``exc``: a
    key that is no exact str (its __eq__ or __hash__ ran in a lookup) at its path, found without
    comparing any key; else the exception, at the root."""
    found: list[ErrorItem] = []
    todo: list[tuple[Any, Where, int]] = [(data, (), 0)]
    while todo and len(found) < 100:
        value, where, depth = todo.pop()
        if type(value) is list and depth < MAX_DEPTH:
            todo += [(x, (where, i), depth + 1) for i, x in enumerate(value)]
        elif type(value) is dict and depth < MAX_DEPTH:
            for key, x in value.items():
                if type(key) is str:
                    todo.append((x, (where, key), depth + 1))
                else:
                    found.append(
                        ErrorItem(path_of(where), f"expected string keys, got {type(key).__name__}")
                    )
    message = f"reading the payload ran its own code, which raised {type(exc).__name__}: {exc}"
    return found or [ErrorItem((), message)]


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def dumps(data: Any) -> str:
    """Compact JSON text. orjson and the standard library spell some floats differently
    (``0.00001`` and ``1e-05``); the values are the same."""
    if _orjson is not None:
        try:
            return str(_orjson.dumps(data), "utf-8")
        except TypeError:
            pass
    try:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except RecursionError:
        raise ValueError("the data is nested too deeply to write as JSON") from None
    if text.isascii() or not _SURROGATE.search(text):
        return text
    # A lone surrogate (from a "\ud800" escape) can stand only in a string: written as the same
    # escape, the text is UTF-8 and reads back as the same value.
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_SURROGATE: Final = re.compile("[\ud800-\udfff]")


class _Speedups(Protocol):
    """The C accelerator's calls: None means "not sure: let Python do it", never a failure."""

    def parse(self, cls: type[_T], data: Any) -> _T | None: ...

    def dump(self, obj: Any) -> dict[str, Any] | None: ...

    def signed_form(self, body: bytes) -> bytes: ...

    def bind(self, namespace: dict[str, Any]) -> None: ...


_speedups: _Speedups | None = None


def accelerate(fingerprint: str) -> bool:
    """Start the C accelerator, where it was built from the same spec; each page module then hands
    it its classes as it is imported (:func:`take`).

    Off while the environment variable named by ``PURE_SWITCH`` (``<PACKAGE>_PURE``) is set. The
    accelerator parses and writes valid payloads of the classes it holds only; for anything else it
    returns None and the Python code does the whole call, so results and errors are the same with
    or without it.
    """
    global _speedups, _long_digits, _deeper_than
    if os.environ.get(PURE_SWITCH):
        return False
    try:
        module: Any = importlib.import_module(f"{__package__}._speedups")
    except ImportError:
        return False
    helpers = {
        "UNSET": UNSET,
        "parse_datetime": parse_datetime,
        "parse_date": parse_date,
        "dump_datetime": dump_datetime,
        "dump_date": dump_date,
        "Unrecognized": Unrecognized,
    }
    try:
        started = module.start(fingerprint, helpers)
    except Exception as exc:  # noqa: BLE001
        _disable(exc)
        return False
    if not started:
        return False  # compiled from another spec: a build left beside regenerated models
    _speedups, _long_digits, _deeper_than = module, module.long_digits, module.deeper_than
    return True


def late_parser(
    package: str | None, module: str, name: str
) -> Callable[[Any, Where, list[ErrorItem]], Any]:
    """The parser of the class ``name`` of the package's ``module``, imported the first time a
    payload of it is parsed: a union's module then loads only the cases its payloads use."""
    found: list[Callable[[Any, Where, list[ErrorItem]], Any]] = []

    def parse_late(value: Any, where: Where, errors: list[ErrorItem]) -> Any:
        if not found:
            found.append(getattr(importlib.import_module(f".{module}", package), name)._parse)
        return found[0](value, where, errors)

    return parse_late


def take(namespace: dict[str, Any]) -> None:
    """Hand the classes a page module defines to the C accelerator, if it runs (the module's last
    statement)."""
    if _speedups is None:
        return
    try:
        _speedups.bind(namespace)
    except Exception as exc:  # noqa: BLE001
        _disable(exc)


def _disable(exc: Exception) -> None:
    """Any failure of the accelerator's is a bug of the generator's, not of the payloads: say so,
    and run in Python from now on."""
    global _speedups, _long_digits, _deeper_than
    warnings.warn(
        f"the C accelerator could not take the classes ({exc}): pure Python", stacklevel=3
    )
    _speedups, _long_digits, _deeper_than = None, long_digits, deeper_than


class Model:
    """Base of every generated class: parsing from and emitting to dicts and JSON."""

    __slots__ = ()
    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def _parse(cls, data: Any, where: Where, errors: list[ErrorItem]) -> Self:
        raise NotImplementedError

    def _to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        """The payload as a JSON-ready dict: absent keys stay absent, unknown keys come back."""
        if _speedups is not None and (done := _speedups.dump(self)) is not None:
            return done
        return self._to_dict()

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Parse a payload; raises :class:`ValidationError` listing every bad value."""
        if _speedups is not None and (obj := _speedups.parse(cls, data)) is not None:
            return obj
        errors: list[ErrorItem] = []
        try:
            obj = cls._parse(data, (), errors)
        except RecursionError:  # a caller's deep stack: payloads within MAX_DEPTH parse otherwise
            raise ValidationError(
                [ErrorItem((), "nested too deeply for the recursion limit")]
            ) from None
        except RuntimeError as exc:  # a dict or list was changed while it was read (another thread)
            raise ValidationError(
                [ErrorItem((), f"the payload changed while it was parsed: {exc}")]
            ) from None
        except Exception as exc:  # noqa: BLE001 - the payload's own code raised (a key's __eq__)
            raise ValidationError(foreign_code(data, exc)) from None
        if errors:
            raise ValidationError(errors)
        return obj

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """Parse JSON text; raises :class:`ValidationError` for bad JSON or bad values."""
        return cls.from_dict(loads(text))

    def to_json(self) -> str:
        """The payload as compact JSON text."""
        return dumps(self.to_dict())

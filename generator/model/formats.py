"""The string formats the generator implements: one entry per format, holding everything each
output needs of it.

A format is implemented in every output or in none: a spec naming a format without an entry is a
located error (the resolver checks), never a string that some outputs check and others do not.
Adding a format is its name in :data:`FormatName` (``mypy`` then names :func:`format_of` until it
has the entry), one runtime helper (``parse``, and ``dump`` when the parsed value is no ``str``)
in ``generator/outputs/python/runtime/_runtime.py`` and one node kind in the C engine
(``runtime/_speedups.c``, named by ``c_kind``); docs/design.md, "Adding a format".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, assert_never, get_args

FormatName = Literal["date-time", "date", "email"]

# An email address: ``local@domain``, ASCII only. The local part is 1 to 64 of letters, digits
# and ``!#$%&'*+-/=?^_`{|}~.``; the domain is two or more labels joined by dots, each 1 to 63
# letters, digits and hyphens, with no hyphen first or last; the whole is at most 254 characters.
# The pattern needs no look-around, so every output's regular expression engine states it alike
# (Python's ``re``, ECMA-262 in JSON Schema validators, the Rust engine of pydantic-core).
_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
EMAIL_PATTERN = f"^[A-Za-z0-9!#$%&'*+/=?^_`{{|}}~.-]{{1,64}}@{_LABEL}(?:\\.{_LABEL})+$"
EMAIL_MAX_LENGTH = 254
_EMAIL = re.compile(EMAIL_PATTERN.removeprefix("^").removesuffix("$"))

_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class BadSample:
    """A value the format refuses, as a fixture case: ``invalid/<Class>.<case>.json``."""

    case: str
    value: str
    note: str


@dataclass(frozen=True)
class Format:
    """What every output does with one string format."""

    name: FormatName
    rule: str  # the rule in words, for the reference docs
    valid: Callable[[str], bool]  # the generator's check of the spec's own examples and defaults
    sample: str  # a valid value, for payloads, fixtures and factories
    bad: tuple[BadSample, ...]  # the fixtures' invalid cases, each refused by every output
    python_type: str | None  # the parsed value's annotation; None: the string itself
    parse: str  # the runtime helper that checks (and converts) a value
    dump: str | None  # the runtime helper writing a parsed value back; None: as it is
    c_kind: str  # the C engine's node kind
    json_schema: Mapping[str, object]  # JSON Schema keywords beside ``"type": "string"``
    # A datamodel-code-generator type mapping, where its default type for the format needs a
    # package the pydantic output does not declare (dcg makes ``format: email`` an ``EmailStr``).
    pydantic_mapping: str | None
    # What a module whose annotations use ``python_type`` imports for it.
    python_import: str | None = None
    # Constants the runtime helpers read from the package's settings (``_settings.py``), by name.
    runtime_constants: Mapping[str, str | int] = dataclasses.field(default_factory=dict)


def _is_date_time(text: str) -> bool:
    try:
        return bool(_DATE_TIME.fullmatch(text)) and bool(datetime.fromisoformat(text))
    except ValueError:
        return False


def _is_date(text: str) -> bool:
    try:
        return bool(_DATE.fullmatch(text)) and bool(date.fromisoformat(text))
    except ValueError:
        return False


def is_email(text: str) -> bool:
    """Whether ``text`` is an email address by the rule of :data:`EMAIL_PATTERN`."""
    return len(text) <= EMAIL_MAX_LENGTH and bool(_EMAIL.fullmatch(text))


def format_of(name: FormatName) -> Format:
    """The entry of one format."""
    match name:
        case "date-time":
            return Format(
                name="date-time",
                rule="an RFC 3339 date-time with a zone (`Z` or an offset)",
                valid=_is_date_time,
                sample="2024-02-01T10:42:59.594Z",
                bad=(
                    BadSample("bad-date-time", "yesterday", "not a date-time"),
                    BadSample("naive-date-time", "2024-02-01T10:42:59.594", "a date-time without a zone"),
                ),
                python_type="_dt.datetime",
                parse="parse_datetime",
                dump="dump_datetime",
                c_kind="K_DATETIME",
                json_schema={"format": "date-time"},
                pydantic_mapping=None,
                python_import="import datetime as _dt",
            )
        case "date":
            return Format(
                name="date",
                rule="a calendar date `YYYY-MM-DD`",
                valid=_is_date,
                sample="1974-01-02",
                bad=(BadSample("bad-date", "1974-13-02", "month 13"),),
                python_type="_dt.date",
                parse="parse_date",
                dump="dump_date",
                c_kind="K_DATE",
                json_schema={"format": "date"},
                pydantic_mapping=None,
                python_import="import datetime as _dt",
            )
        case "email":
            return Format(
                name="email",
                rule=(
                    "an ASCII email address `local@domain`: a local part of 1 to 64 letters, digits and"
                    " ``!#$%&'*+-/=?^_`{|}~.``, a domain of two or more dot-separated labels of letters,"
                    " digits and inner hyphens (1 to 63 each), 254 characters at most"
                ),
                valid=is_email,
                sample="jane.doe@example.com",
                bad=(BadSample("bad-email", "jane.doe(at)example.com", "not an email address"),),
                python_type=None,
                parse="parse_email",
                dump=None,
                c_kind="K_EMAIL",
                json_schema={"format": "email", "pattern": EMAIL_PATTERN, "maxLength": EMAIL_MAX_LENGTH},
                pydantic_mapping="string+email=string",
                runtime_constants={"EMAIL_PATTERN": EMAIL_PATTERN, "EMAIL_MAX_LENGTH": EMAIL_MAX_LENGTH},
            )
        case _:
            assert_never(name)


NAMES: tuple[FormatName, ...] = get_args(FormatName)
FORMATS: dict[FormatName, Format] = {name: format_of(name) for name in NAMES}


def known(name: str) -> FormatName | None:
    """The format of this name, or None when the generator does not implement it."""
    return next((n for n in NAMES if n == name), None)

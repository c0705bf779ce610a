"""Spec YAML written the way the hand-written spec files are: what ``import-page`` writes, and
what ``import-page --update`` puts in place of a value, so an updated file reads as one.

Block mappings indented by two; lists of one-word scalars on one line (``enum: [a, b]``) when
they fit, others one item a line; a string plain where YAML reads it back as the same string,
double-quoted where it would not; a string that would pass :data:`WIDTH` columns folded (``>-``)
at spaces, one with line breaks literal (``|-``). Every string is read back before it is used in a form, and one
that would not come back the same is double-quoted: page text can never become YAML structure.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable
from typing import Any

import yaml

WIDTH = 100  # columns, as the hand-written files wrap their text
MIN_FOLD = 40  # the columns of folded text at the least, however deep its key
_IMPLICIT_KEY = 1024  # characters, the longest key YAML reads without ``?``

_STR = "tag:yaml.org,2002:str"
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# PyYAML's own judges of a scalar: whether it may stand plain, and what a plain one reads as.
_EMITTER = yaml.emitter.Emitter(io.StringIO(), allow_unicode=True)
_resolve: Callable[..., str] = yaml.resolver.Resolver().resolve


def document(data: dict[str, Any]) -> list[str]:
    """The lines of a whole mapping at the top level."""
    return mapping(data, 0)


def mapping(data: dict[str, Any], indent: int) -> list[str]:
    return [line for key, value in data.items() for line in entry(key, value, indent)]


def entry(key: str, value: Any, indent: int) -> list[str]:
    """``key: value`` at ``indent``, over as many lines as the value needs."""
    shown = key_text(key)
    if len(shown) > _IMPLICIT_KEY:  # YAML reads a longer key only as an explicit ``? key``
        first, *rest = entry("k", value, indent)
        return [f"{' ' * indent}? {shown}", f"{' ' * indent}:{first[indent + 2 :]}", *rest]
    head = f"{' ' * indent}{shown}:"
    if isinstance(value, dict):
        return [head, *mapping(value, indent + 2)] if value else [f"{head} {{}}"]
    if isinstance(value, list):
        if not value:
            return [f"{head} []"]
        flow = _flow(value)
        if flow is not None and len(head) + 1 + len(flow) <= WIDTH:
            return [f"{head} {flow}"]
        return [head, *sequence(value, indent + 2)]
    return _scalar(head, value, indent)


def sequence(items: list[Any], indent: int) -> list[str]:
    out: list[str] = []
    dash = f"{' ' * indent}- "
    for item in items:
        if isinstance(item, dict) and item:
            first, *rest = mapping(item, indent + 2)
            out += [dash + first.lstrip(), *rest]
        elif isinstance(item, list) and item:
            out += [dash.rstrip(), *sequence(item, indent + 2)]
        else:
            out += _scalar(dash.rstrip(), item, indent)
    return out


def scalar(value: Any) -> str:
    """A scalar on one line, as it would stand in a flow list or after a key."""
    if isinstance(value, str):
        return value if _plain(value, flow=False) else _quoted(value)
    if isinstance(value, (dict, list)) and not value:
        return "{}" if isinstance(value, dict) else "[]"
    text: str = yaml.safe_dump(value, default_flow_style=True, width=10**9)
    return text.removesuffix("\n").removesuffix("\n...")


def _scalar(head: str, value: Any, indent: int) -> list[str]:
    if not isinstance(value, str):
        return [f"{head} {scalar(value)}"]
    if "\n" in value:
        return _literal(head, value, indent) or [f"{head} {_quoted(value)}"]
    one = f"{head} {scalar(value)}"
    if len(one) <= WIDTH:
        return [one]
    return _folded(head, value, indent) or [one]


def _literal(head: str, value: str, indent: int) -> list[str] | None:
    chomp = "-" if not value.endswith("\n") else ("" if not value.endswith("\n\n") else "+")
    body = value[:-1] if value.endswith("\n") else value
    pad = " " * (indent + 2)
    return _block(head, f"|{chomp}", [f"{pad}{line}" if line else "" for line in body.split("\n")], value)


def _folded(head: str, value: str, indent: int) -> list[str] | None:
    pad = " " * (indent + 2)
    if value != value.strip() or "  " in value or "\t" in value:
        return None  # folding would change the spaces
    # Nested past the width (a deep page), the text still folds, in lines of MIN_FOLD columns.
    parts = textwrap.wrap(value, max(WIDTH - len(pad), MIN_FOLD), break_long_words=False, break_on_hyphens=False)
    return _block(head, ">-", [pad + part for part in parts], value)


def _block(head: str, indicator: str, content: list[str], value: str) -> list[str] | None:
    """The block scalar's lines, when they load back as exactly ``value``."""
    try:
        loaded = yaml.load("\n".join([f"k: {indicator}", *content]), Loader=_Loader)
    except yaml.YAMLError:
        return None
    return [f"{head} {indicator}", *content] if loaded == {"k": value} else None


def _plain(value: str, *, flow: bool) -> bool:
    if not value or value != value.strip():
        return False
    found = _EMITTER.analyze_scalar(value)
    allowed = found.allow_flow_plain if flow else found.allow_block_plain
    resolved = _resolve(yaml.ScalarNode, value, (True, False))
    return bool(allowed) and not found.multiline and resolved == _STR


def _quoted(value: str) -> str:
    text: str = yaml.dump(value, default_style='"', width=10**9, allow_unicode=True)
    return text.rstrip("\n")


def key_text(key: str) -> str:
    return key if _plain(key, flow=True) and ":" not in key else _quoted(key)


def _flow(items: list[Any]) -> str | None:
    """``[a, b]`` when every item is a scalar of one word (values, source ids); titles and text
    go one a line."""
    if any(isinstance(i, (dict, list)) or (isinstance(i, str) and not _plain(i, flow=True)) for i in items):
        return None
    if any(isinstance(i, str) and " " in i for i in items):
        return None
    return f"[{', '.join(scalar(i) for i in items)}]"

"""Blocks found wherever they nest in a spec file's data: every ``chosen_by`` (a tagged union),
for the steps that need all of a folder's unions before anything is resolved (the resolver's
union names, a page import's view of its folder). The walk needs no valid file and no recursion."""

from __future__ import annotations

from typing import Any

from generator.spec.yamlreader import JsonPath


def chosen_by_blocks(value: Any, path: JsonPath = ()) -> list[tuple[dict[str, Any], JsonPath]]:
    """Every ``chosen_by`` block under ``value`` that names its union, with its path, in the
    file's order (a field that is itself called ``chosen_by`` is no block)."""
    found: list[tuple[dict[str, Any], JsonPath]] = []
    stack: list[tuple[Any, JsonPath]] = [(value, path)]
    while stack:
        each, at = stack.pop()
        if isinstance(each, dict):
            block = each.get("chosen_by")
            if isinstance(block, dict) and isinstance(block.get("union"), str):
                found.append((block, (*at, "chosen_by")))
            children = [(v, (*at, k)) for k, v in each.items() if isinstance(v, dict | list) and v is not block]
        elif isinstance(each, list):
            children = [(v, (*at, i)) for i, v in enumerate(each) if isinstance(v, dict | list)]
        else:
            continue
        stack += reversed(children)
    return found

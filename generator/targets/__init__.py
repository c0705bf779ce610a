"""The outputs: each target turns the resolved model into render jobs for its template folder."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from generator.ir import SpecModel
from generator.memo import Memo


@dataclass(frozen=True)
class Job:
    """One file to produce: where it goes, which template renders it, with what, how it is formatted."""

    path: str
    template: str
    context: Mapping[str, Any]
    format: str  # json | python | text


Target = Callable[[SpecModel], list[Job]]
# An output made from other outputs (path -> text), after rendering and formatting.
Derivation = Callable[[dict[str, str], Memo], dict[str, str]]


def all_targets() -> tuple[Target, ...]:
    """Every output, in a fixed order."""
    from generator.targets import fixtures, jsonschema, markdown, pydantic, python

    return (jsonschema.jobs, python.jobs, markdown.jobs, fixtures.jobs, pydantic.jobs)


def all_derivations() -> tuple[Derivation, ...]:
    """Outputs made from rendered outputs, in a fixed order."""
    from generator.targets import pydantic

    return (pydantic.derive,)

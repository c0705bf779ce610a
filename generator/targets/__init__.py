"""The outputs: each turns the resolved model into render jobs for its template folder."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from generator.formatting import FileFormat
from generator.ir import OutputName, SpecModel
from generator.memo import Memo


@dataclass(frozen=True)
class Job:
    """One file to produce: where it goes, which template renders it, with what, how it is formatted."""

    path: str
    template: str
    context: Mapping[str, Any]
    format: FileFormat


Target = Callable[[SpecModel], list[Job]]
# An output made from other outputs (path -> text), after rendering and formatting.
Derivation = Callable[[SpecModel, dict[str, str], Memo], dict[str, str]]


@dataclass(frozen=True)
class Output:
    """One output as ``project.yaml`` names it: the top folder of the output folder it writes, its
    render jobs, what it derives from rendered files, and the outputs it reads (built along with
    it, and left out of the result where they are not chosen themselves)."""

    name: OutputName
    folder: str
    jobs: Target
    derive: Derivation | None = None
    needs: tuple[OutputName, ...] = ()


def all_outputs() -> tuple[Output, ...]:
    """Every output, in the order they are built."""
    from generator.targets import fixtures, jsonschema, markdown, pydantic, python

    return (
        Output("jsonschema", "jsonschema", jsonschema.jobs),
        Output("python", "python", python.jobs),
        Output("markdown", "docs", markdown.jobs),
        Output("fixtures", "fixtures", fixtures.jobs),
        Output("pydantic", "pydantic", pydantic.jobs, pydantic.derive, needs=("jsonschema",)),
    )


def chosen(names: tuple[OutputName, ...]) -> tuple[list[Output], set[str]]:
    """The outputs to build for the chosen ``names`` (with those they need), and the top folders of
    the ones that are built only because another needs them."""
    wanted = set(names)
    needed = {need for o in all_outputs() if o.name in wanted for need in o.needs}
    build = [o for o in all_outputs() if o.name in wanted | needed]
    return build, {o.folder for o in build if o.name not in wanted}


def folders() -> frozenset[str]:
    """The top folders any output writes: everything the generator may own in an output folder."""
    return frozenset(o.folder for o in all_outputs())

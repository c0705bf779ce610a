"""The outputs, by the names ``project.yaml`` chooses them with.

:data:`generator.model.ir.OutputName` is the one list of names, and its order is the order outputs
are built in. :func:`output` gives each name its output, a ``match`` that ``mypy`` holds to that
list both ways (a name without a case, a case without a name); ``tests/test_layout.py`` holds the
spec format's ``outputs`` keys to it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import assert_never

from generator.model.ir import OUTPUT_NAMES, OutputName, SpecModel
from generator.outputs import fixtures, jsonschema, markdown, pydantic, python
from generator.outputs.job import Copy, Derived, Job

# An output made from other outputs' rendered files (path -> text), after those are formatted.
Derivation = Callable[[SpecModel, Mapping[str, str]], list[Derived]]


@dataclass(frozen=True)
class Output:
    """One output: the top folder of the output folder it writes, its render jobs, what it derives
    from rendered files, and the outputs it reads (built along with it, and left out of the
    result where they are not chosen themselves)."""

    name: OutputName
    folder: str
    jobs: Callable[[SpecModel], Sequence[Job | Copy]]
    derive: Derivation | None = None
    needs: tuple[OutputName, ...] = ()


def output(name: OutputName) -> Output:
    """The output of this name."""
    match name:
        case "jsonschema":
            return Output(name, "jsonschema", jsonschema.jobs)
        case "python":
            return Output(name, "python", python.jobs)
        case "markdown":
            return Output(name, "docs", markdown.jobs)
        case "fixtures":
            return Output(name, "fixtures", fixtures.jobs)
        case "pydantic":
            return Output(name, "pydantic", pydantic.jobs, pydantic.derive, needs=("jsonschema",))
        case _:
            assert_never(name)


def all_outputs() -> tuple[Output, ...]:
    """Every output, in the order they are built."""
    return tuple(output(name) for name in OUTPUT_NAMES)


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

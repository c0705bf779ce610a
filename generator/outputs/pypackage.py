"""The files that make a folder an installable Python package besides its modules, for the
Python models and the pydantic models alike."""

from __future__ import annotations

from generator.model.ir import PackageNames, Project
from generator.outputs.job import Job
from generator.outputs.pytext import toml_string


def package_files(project: Project, names: PackageNames, folder: str) -> list[Job]:
    """What makes ``folder`` an installable package besides its modules: pyproject, the setup
    script that keeps builds out of the folder, and ``py.typed``."""
    context = {
        "package": names.package,
        "distribution": names.distribution,
        "description": toml_string(names.description),
        "version": project.version,
    }
    return [
        Job(f"{folder}/pyproject.toml", f"{folder}/pyproject.toml.j2", context, "text"),
        Job(f"{folder}/setup.py", "python/setup.py.j2", context, "python"),
        Job(f"{folder}/{names.package}/py.typed", "python/py.typed.j2", {}, "text"),
    ]

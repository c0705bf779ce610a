"""The ``project`` block: the names and outputs every target prints, and their checks."""

from __future__ import annotations

import keyword
import re
import sys
from pathlib import Path

from generator.diagnostics import Location
from generator.model.ir import (
    OUTPUT_NAMES,
    Model,
    PackageNames,
    Project,
)
from generator.resolver.state import State
from generator.spec.yamlreader import LocatedDocument

# Stands for a missing project block, already reported.
_NO_PROJECT = Project("", "", "", "", (), None, None, "", "")


def project(st: State) -> Project:
    """The one ``project`` block of the spec folder."""
    found = [doc for doc in st.docs if "project" in doc.data]
    for doc in found[1:]:
        st.error(doc.key_at(("project",)), f"the project is already defined at {found[0].key_at(('project',))}")
    if not found:
        folder = Path(st.docs[0].file).parent if st.docs else Path(".")
        where = Location(str(folder / "project.yaml"), 1, 1)
        st.error(where, "no project settings: add a file with a `project` block (names, outputs)")
        return _NO_PROJECT
    doc = found[0]
    raw = doc.data["project"]
    outputs = raw["outputs"]
    names = {
        key: PackageNames(o["package"], o["distribution"], o["description"])
        for key, o in outputs.items()
        if key in ("python", "pydantic")
    }
    check_package_names(st, doc, names)
    schema = outputs.get("jsonschema", {})
    return Project(
        name=raw["name"],
        title=raw.get("title", f"{raw['name']} object reference"),
        summary=raw["summary"],
        version=raw["version"],
        outputs=tuple(o for o in OUTPUT_NAMES if o in outputs),
        python=names.get("python"),
        pydantic=names.get("pydantic"),
        bundle=schema.get("bundle", "all.schema.json"),
        schema_title=schema.get("title", f"{raw['name']} objects"),
    )


def check_bundle(st: State, project: Project, models: dict[str, Model]) -> None:
    """The JSON Schema bundle must not take the file name of an object's own schema."""
    own = {f"{m.name}.schema.json": m for m in models.values() if m.owner is None}
    clash = own.get(project.bundle) if "jsonschema" in project.outputs else None
    if clash is not None:
        doc = next(d for d in st.docs if "project" in d.data)
        where = doc.at(("project", "outputs", "jsonschema", "bundle"))
        st.error(where, f"{project.bundle!r} is the schema file of {clash.name}; name the bundle otherwise")


def check_package_names(st: State, doc: LocatedDocument, names: dict[str, PackageNames]) -> None:
    """Import names must be importable and not hide another module; two packages never share a name."""
    for key, package in names.items():
        where = doc.at(("project", "outputs", key, "package"))
        if keyword.iskeyword(package.package) or package.package in sys.stdlib_module_names:
            st.error(where, f"{package.package!r} would hide the Python module of that name; choose another")
    if len(names) == 2:
        first, second = names["python"], names["pydantic"]
        for attribute in ("package", "distribution"):
            if _normal(getattr(first, attribute)) == _normal(getattr(second, attribute)):
                where = doc.at(("project", "outputs", "pydantic", attribute))
                st.error(where, f"the pydantic {attribute} name is the python one; the two must differ")


def _normal(name: str) -> str:
    """A package name as pip compares them (PEP 503): case and runs of ``-_.`` do not count."""
    return re.sub(r"[-_.]+", "-", name).lower()

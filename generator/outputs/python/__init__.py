"""Python dataclass models: an installable package in ``python/``, named by the project settings.

Every decision about the generated code is made in this package and handed to the templates as
ready attributes: each field's annotation, how its value is checked or converted, and how it is
written back. Templates only place them. One module per kind of file:

- :mod:`.models`: a module per page, with its classes;
- :mod:`.package`: ``__init__.py``, ``_runtime.py`` and the package files;
- :mod:`.accelerator`: the optional C extension's tables;
- :mod:`.testing`: the factories and their pytest plugin;
- :mod:`.names`: the names generated code binds, which fields and classes may not take;
- :mod:`.text`: escaping spec text into Python and TOML.
"""

from __future__ import annotations

from generator.model.ir import MAX_DEPTH, SpecModel
from generator.outputs.job import Job
from generator.outputs.pypackage import package_files
from generator.outputs.pytext import header
from generator.outputs.python import accelerator, models, package, testing


def jobs(spec: SpecModel) -> list[Job]:
    """The package: the runtime, the package files, a module per page, the accelerator,
    ``__init__``, the factories and their pytest plugin."""
    names = spec.project.package("python")
    root = f"python/{names.package}"
    shared = {
        "header": header("the spec"),
        "package": names.package,
        "pure": package.pure_switch(names),
        "max_depth": MAX_DEPTH,
    }
    tables = accelerator.build(spec)
    fingerprint = tables.fingerprint()  # hashed once: the tables are large at scale
    return [
        package.runtime_job(spec, root, shared),
        *package_files(spec.project, names, "python"),
        *(models.module_job(spec, page, root) for page in spec.pages),
        accelerator.job(tables, fingerprint, root, shared),
        package.init_job(spec, root, shared, fingerprint),
        *testing.jobs(spec, root, shared, package.exported(spec)),
    ]

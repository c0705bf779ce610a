"""Python dataclass models: an installable package in ``python/``, named by the project settings.

Every decision about the generated code is made in this package and handed to the templates as
ready attributes: each field's annotation, how its value is checked or converted, and how it is
written back. Templates only place them. One module per kind of file:

- :mod:`.models`: a module per page, with its classes;
- :mod:`.package`: ``__init__.py``, the runtime (copied from :mod:`.runtime`) and its settings;
- :mod:`.accelerator`: the optional C extension: its engine and the spec's tables;
- :mod:`.testing`: the factories and their pytest plugin;
- :mod:`.runtime`: the source files of the runtime and the C engine, shipped as they are.

The names generated code binds are :mod:`generator.model.naming`'s; escaping is
:mod:`generator.outputs.pytext`'s.
"""

from __future__ import annotations

from generator.model.ir import MAX_DEPTH, SpecModel
from generator.outputs.job import Copy, Job
from generator.outputs.pypackage import package_files
from generator.outputs.pytext import header
from generator.outputs.python import accelerator, models, package, testing


def jobs(spec: SpecModel) -> list[Job | Copy]:
    """The package: the runtime, the package files, a module per page, the accelerator,
    ``__init__``, the factories and their pytest plugin."""
    names = spec.project.package("python")
    root = f"python/{names.package}"
    shared = {
        "header": header("the spec"),
        "package": names.package,
    }
    tables = accelerator.build(spec)
    fingerprint = tables.fingerprint()  # hashed once: the tables are large at scale
    return [
        *package.runtime_jobs(spec, root, names),
        *package_files(spec.project, names, "python"),
        *models.module_jobs(spec, root),
        *accelerator.jobs(tables, fingerprint, root, names.package, MAX_DEPTH),
        package.init_job(spec, root, shared, fingerprint),
        *testing.jobs(spec, root, shared, package.exported(spec)),
    ]

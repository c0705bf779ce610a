"""What makes the models a package besides the page modules: ``__init__.py``, ``_runtime.py``, and
the files of an installable package (:mod:`generator.outputs.pypackage`)."""

from __future__ import annotations

from collections.abc import Mapping

from generator.model import formats
from generator.model.ir import PackageNames, Page, Project, SpecModel
from generator.model.naming import module_name, union_functions
from generator.outputs.job import Job
from generator.outputs.pytext import docstring, isort_key, python_string, wrap


def pure_switch(names: PackageNames) -> str:
    """The environment variable that keeps the package in pure Python (the accelerator off)."""
    return f"{names.package.upper()}_PURE"


def _package_doc(project: Project, exports: list[tuple[str, str]]) -> str:
    example = exports[0][1] if exports else "Model"
    return wrap(
        f"{project.name} object models: dataclasses that parse payloads and emit them again.\n\n"
        f"{project.summary}.\n\n"
        f"``{example}.from_dict(data)`` / ``{example}.from_json(text)`` parse (raising ``ValidationError``"
        " with every bad value and its path), ``obj.to_dict()`` / ``obj.to_json()`` emit. Absent keys"
        " are ``UNSET``; a required key is never absent from a parsed object, so its type has no ``Unset``."
    )


_RUNTIME_EXPORTS = ["UNSET", "ErrorItem", "Model", "Unrecognized", "Unset", "ValidationError"]
# What a spec with a webhook signature adds to them.
_SIGNATURE_EXPORTS = ["SIGNATURE_HEADER", "SignatureError", "check_signature", "signature_of", "verify_signature"]


def runtime_exports(spec: SpecModel) -> list[str]:
    """The runtime's public names, which ``__init__`` exports."""
    return _RUNTIME_EXPORTS + (_SIGNATURE_EXPORTS if spec.signature else [])


def runtime_job(spec: SpecModel, root: str, package: Mapping[str, object]) -> Job:
    """``_runtime.py``: the base class and helpers every module uses; the same for every spec but
    for the package's names and limits, and the webhook signature where the spec has one."""
    signature = {"header": python_string(spec.signature.header)} if spec.signature else None
    context = {
        **package,
        "email_pattern": python_string(formats.EMAIL_PATTERN),
        "email_max": formats.EMAIL_MAX_LENGTH,
        "signature": signature,
    }
    return Job(f"{root}/_runtime.py", "python/_runtime.py.j2", context, "python")


def page_exports(spec: SpecModel, page: Page) -> list[str]:
    """What a page's module exports: its classes, and its tagged unions with their functions."""
    signed = spec.signature is not None
    unions = [u for u in spec.unions if u.page == page.id]
    return [*page.models, *(n for u in unions for n in (u.name, *union_functions(u.name, signed).names))]


def exported(spec: SpecModel) -> list[tuple[str, list[str]]]:
    """Each page's module with the names it exports, sorted as isort would."""
    return [
        (module_name(page.id), sorted(page_exports(spec, page), key=isort_key))
        for page in sorted(spec.pages, key=lambda p: module_name(p.id))
    ]


def init_job(spec: SpecModel, root: str, package: Mapping[str, object], fingerprint: str) -> Job:
    """``__init__.py``: every class and the runtime's public names; it hands the accelerator's
    fingerprint to the C file, which refuses another package's tables."""
    exports = [(module_name(page.id), name) for page in spec.pages for name in page_exports(spec, page)]
    runtime = runtime_exports(spec)
    context = {
        **package,
        "runtime_names": sorted([*runtime, "accelerate"], key=isort_key),
        "doc": docstring(_package_doc(spec.project, exports)),
        "modules": exported(spec),
        "names": sorted([n for _, n in exports] + runtime),
        "fingerprint": fingerprint,
    }
    return Job(f"{root}/__init__.py", "python/__init__.py.j2", context, "python")

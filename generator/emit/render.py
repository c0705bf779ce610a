"""Render jobs with one strict Jinja environment and format the results, in memory."""

from __future__ import annotations

import functools
import traceback
from pathlib import Path

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from generator.diagnostics import Diagnostic, GenerationError, Location, shown_path
from generator.emit.formatters import (
    FormatError,
    format_file,
    format_python_many,
    format_text_as,
    identity,
    python_key,
)
from generator.emit.memo import Memo, input_key
from generator.outputs.job import Copy, Derived, Formatter, Job, PythonFormatter


def loader(overrides: Path | None) -> jinja2.BaseLoader:
    """The templates shipped inside the generator, each replaced by the file of the same relative
    path in ``overrides`` where that folder has one."""
    shipped = jinja2.PackageLoader("generator.templates", ".")
    if overrides is None:
        return shipped
    return jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(overrides)), shipped])


def environment(overrides: Path | None) -> jinja2.Environment:
    """Undefined names fail loudly; block tags leave no stray whitespace; nothing is auto-escaped
    because each output escapes for its own language (``tojson`` for JSON, helpers elsewhere).

    SECURITY: with a folder of overrides, every template renders in Jinja's immutable sandbox: a
    template reaches the values it is given and nothing beyond them (no ``__globals__``, no
    modules, no changing what it is given), so a template folder that is not one's own cannot run
    code through the generator. The shipped templates render alike in it (tests/test_render.py)."""
    kind = ImmutableSandboxedEnvironment if overrides is not None else jinja2.Environment
    env = kind(
        loader=loader(overrides),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        # One build reads each template once: no need to stat its file before every use.
        auto_reload=False,
    )
    # Keys keep the spec's order (the documents' order); Jinja would sort them.
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "ensure_ascii": False}
    return env


@functools.cache
def _shipped() -> jinja2.Environment:
    """The environment of the shipped templates, one per process: they are files of the installed
    generator, and compiling them is a fifth of a build that finds its output current (a process
    that builds again, such as a test run or a watcher, compiles them once)."""
    return environment(None)


def render(jobs: list[Job | Copy], overrides: Path | None, memo: Memo) -> dict[str, str]:
    """Every job's formatted text by output path; raises with every template problem found.
    ``overrides``: a folder whose templates replace the shipped ones of the same path."""
    env = environment(overrides) if overrides is not None else _shipped()
    rendered: list[tuple[Job | Copy, str]] = []
    problems: list[Diagnostic] = []
    for job in jobs:
        if isinstance(job, Copy):
            rendered.append((job, f"{job.header}\n{job.source.read_text('utf-8')}"))
            continue
        try:
            rendered.append((job, env.get_template(job.template).render(**job.context)))
        except jinja2.TemplateSyntaxError as exc:
            problems.append(Diagnostic(_at(env, job, exc.lineno), f"template syntax: {exc.message}"))
        except jinja2.TemplateNotFound:
            problems.append(Diagnostic(_at(env, job, 1), "template not found"))
        except Exception as exc:  # noqa: BLE001 - any failure inside a template is reported at its line
            problems.append(
                Diagnostic(_at(env, job, _template_line(exc, _file(env, job))), f"while rendering {job.path}: {exc}")
            )
    # A template of the overrides may lay out its Python any way: black formats the whole of it.
    kinds: dict[str, Formatter] = {
        job.path: "black" if job.formatter == "python" and _overridden(overrides, job) else job.formatter
        for job in jobs
    }
    # Black, the slow step, runs for all new Python at once, spread over the cores.
    unformatted: dict[str, PythonFormatter] = {}
    for job, text in rendered:
        kind = kinds[job.path]
        if (kind == "python" or kind == "black") and not memo.has(job.path, python_key(text, kind)):
            unformatted[text] = kind
    ready = format_python_many(unformatted, memo.disk_cache) if not problems else {}
    files: dict[str, str] = {}
    for job, text in rendered:
        try:
            files[job.path] = format_file(memo, job.path, kinds[job.path], text, ready)
        except FormatError as exc:
            where = _at(env, job, 1) if isinstance(job, Job) else Location(shown_path(Path(str(job.source))), 1, 1)
            problems.append(Diagnostic(where, f"{job.path}:{exc.line}:{exc.column}: {exc}"))
    if problems:
        raise GenerationError(problems)
    return files


def derive(derived: list[Derived], memo: Memo) -> dict[str, str]:
    """Each derived file's formatted text by path, made only where no earlier run recorded it."""
    return {
        d.path: memo.run(
            d.path,
            input_key(*d.key, *identity(d.formatter)),
            lambda d=d: format_text_as(d.formatter, d.make(), memo.disk_cache),  # type: ignore[misc]
        )
        for d in derived
    }


def _overridden(overrides: Path | None, job: Job | Copy) -> bool:
    """Whether ``job`` renders a template of the overrides folder."""
    return overrides is not None and isinstance(job, Job) and (overrides / job.template).is_file()


def _at(env: jinja2.Environment, job: Job, line: int) -> Location:
    """Where a problem with ``job``'s template is reported. Worked out only for a problem: resolving
    the path for every one of a large build's files cost a tenth of the build."""
    return Location(shown_path(_file(env, job)), line, 1)


def _file(env: jinja2.Environment, job: Job) -> Path:
    """The file ``job``'s template comes from: an override, or the shipped one."""
    try:
        return Path((env.loader and env.loader.get_source(env, job.template)[1]) or job.template)
    except jinja2.TemplateNotFound:
        return Path(job.template)


def _template_line(exc: BaseException, template: Path) -> int:
    """The line of the template where rendering failed (Jinja maps its frames to template lines)."""
    target = str(template.resolve())
    lines = [
        frame.lineno or 1
        for frame in traceback.extract_tb(exc.__traceback__)
        if frame.filename and str(Path(frame.filename).resolve()) == target
    ]
    return lines[-1] if lines else 1

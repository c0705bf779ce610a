"""Render jobs with one strict Jinja environment and format the results, in memory."""

from __future__ import annotations

import traceback
from pathlib import Path

import jinja2

from generator.diagnostics import Diagnostic, GenerationError, Location
from generator.formatting import FormatError, format_file
from generator.memo import Memo
from generator.specfiles import shown_path
from generator.targets import Job


def environment(templates_dir: Path) -> jinja2.Environment:
    """Undefined names fail loudly; block tags leave no stray whitespace; nothing is auto-escaped
    because each output escapes for its own language (``tojson`` for JSON, helpers elsewhere)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    # Keys keep the spec's order (the documents' order); Jinja would sort them.
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "ensure_ascii": False}
    return env


def render(jobs: list[Job], templates_dir: Path, memo: Memo) -> dict[str, str]:
    """Every job's formatted text by output path; raises with every template problem found."""
    env = environment(templates_dir)
    files: dict[str, str] = {}
    problems: list[Diagnostic] = []
    for job in jobs:
        template_file = shown_path(templates_dir / job.template)
        try:
            text = env.get_template(job.template).render(**job.context)
        except jinja2.TemplateSyntaxError as exc:
            problems.append(Diagnostic(Location(template_file, exc.lineno, 1), f"template syntax: {exc.message}"))
            continue
        except jinja2.TemplateNotFound:
            problems.append(Diagnostic(Location(template_file, 1, 1), "template not found"))
            continue
        except Exception as exc:  # noqa: BLE001 - any failure inside a template is reported at its line
            line = _template_line(exc, templates_dir / job.template)
            problems.append(Diagnostic(Location(template_file, line, 1), f"while rendering {job.path}: {exc}"))
            continue
        try:
            files[job.path] = format_file(memo, job.path, job.format, text)
        except FormatError as exc:
            where = Location(template_file, 1, 1)
            problems.append(Diagnostic(where, f"{job.path}:{exc.line}:{exc.column}: {exc}"))
    if problems:
        raise GenerationError(problems)
    return files


def _template_line(exc: BaseException, template: Path) -> int:
    """The line of the template where rendering failed (Jinja maps its frames to template lines)."""
    target = str(template.resolve())
    lines = [
        frame.lineno or 1
        for frame in traceback.extract_tb(exc.__traceback__)
        if frame.filename and str(Path(frame.filename).resolve()) == target
    ]
    return lines[-1] if lines else 1

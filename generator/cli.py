"""The command line: ``regenerate`` (render, check or dump the model), ``compare-docs``,
``import-page`` and ``spec-schema``. It parses arguments, prints and chooses exit codes; the work is the pipeline's
(:mod:`generator.pipeline`) and the page commands' (:mod:`generator.pages.run`), each imported by
the command that uses it, so that a page command never loads the renderer.

Paths default to the working folder (``./spec``, ``./generated``), so a run acts on the repository
it is started in. Exit codes: 0 done (or current), 1 drift, 2 a bad spec, template or page, or a
failed write (nothing written).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator import TOOL, __version__
from generator.diagnostics import GenerationError, shown_path
from generator.emit.lock import WAIT_SECONDS

if TYPE_CHECKING:
    from generator.emit.writer import Plan

EXIT_OK, EXIT_DRIFT, EXIT_ERROR = 0, 1, 2
DESCRIPTION = "Render models, docs, fixtures and schemas from a spec folder of documented objects."
SPEC, OUT = Path("spec"), Path("generated")


def prog() -> str:
    """The command as it was run: the console script, or `python -m generator` in the repository."""
    return "python -m generator" if Path(sys.argv[0]).name == "__main__.py" else TOOL


def version() -> str:
    """The generator's version, with the formatters whose output is part of what it writes."""
    from importlib.metadata import PackageNotFoundError, version

    pinned = []
    for tool in ("black", "datamodel-code-generator"):
        try:
            pinned.append(f"{tool} {version(tool)}")
        except PackageNotFoundError:
            pinned.append(f"{tool} not installed")
    return f"{prog()} {__version__} ({', '.join(pinned)})"


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog=prog(), description=DESCRIPTION)
    top.add_argument("--version", action="version", version=version())
    commands = top.add_subparsers(dest="command", required=True)
    regen = commands.add_parser(
        "regenerate",
        help="render the output folder from the spec folder",
        description="Render the output folder from the spec folder; write only what changed, all at once.",
        epilog="exit codes: 0 done or current, 1 --check found drift, 2 a bad spec, template or write",
    )
    regen.add_argument("--check", action="store_true", help="write nothing; exit 1 with diffs if the output is stale")
    regen.add_argument(
        "--no-cache",
        action="store_true",
        help="run black and datamodel-code-generator on everything instead of reusing files the manifest records",
    )
    regen.add_argument("--dump-model", action="store_true", help="print the resolved model as JSON and stop")
    regen.add_argument("--spec", type=Path, default=SPEC, help="spec folder (default: ./%(default)s)")
    regen.add_argument(
        "--templates",
        type=Path,
        default=None,
        help="folder of templates that replace the shipped ones of the same relative path (default: none)",
    )
    regen.add_argument("--out", type=Path, default=OUT, help="output folder (default: ./%(default)s)")
    regen.add_argument(
        "--wait",
        type=float,
        default=WAIT_SECONDS,
        metavar="SECONDS",
        help="how long to wait for another run on the same output folder (default: %(default)g)",
    )
    compare = commands.add_parser(
        "compare-docs",
        help="report how saved vendor pages differ from the spec",
        description="Report how saved vendor reference pages differ from the spec.",
        epilog="exit codes: 0 the pages agree, 1 a page differs, 2 a page or the spec cannot be read",
    )
    compare.add_argument("pages", type=Path, nargs="+", help="saved pages: HTML, MDX or text captures")
    compare.add_argument(
        "--fail-on-unrecorded",
        action="store_true",
        help="exit 1 only for differences the spec's history does not record (for CI over kept captures)",
    )
    compare.add_argument(
        "--format", choices=("text", "json"), default="text", help="text for people, json for machines"
    )
    compare.add_argument("--spec", type=Path, default=SPEC, help="spec folder (default: ./%(default)s)")
    page = commands.add_parser(
        "import-page",
        help="write a spec page file from a saved vendor reference page",
        description="Write a spec page file from a saved vendor reference page, or update one.",
        epilog="exit codes: 0 the page decides everything, 1 points to decide (listed), 2 an unreadable page",
    )
    page.add_argument("page", type=Path, help="the saved page: HTML, an MDX page, or a text capture")
    page.add_argument("--source", required=True, help="the id of the page in sources.yaml")
    written = page.add_mutually_exclusive_group()
    written.add_argument("--out", type=Path, default=None, help="the spec file to write (default: standard output)")
    written.add_argument(
        "--update",
        type=Path,
        default=None,
        metavar="FILE",
        help="rewrite the page's documented values in this spec file, keeping what was added by hand",
    )
    page.add_argument("--page-id", default=None, help="the page's id (default: from its title)")
    page.add_argument("--title", default=None, help="the page's title (default: the page's own)")
    page.add_argument(
        "--select",
        default=None,
        metavar="NAME",
        help="of an OpenAPI document, import only this webhook or component schema (and what it reaches)",
    )
    observe = commands.add_parser(
        "observe",
        help="record what an OpenAPI document adds to the pages as observed facts",
        description="Record what a saved OpenAPI document shows beyond the pages (nullable, required, format, "
        "enum values; nulls its examples send) under `observed` of the spec folder's objects of the same title.",
        epilog="exit codes: 0 recorded or nothing to add, 1 --check found facts the spec lacks, 2 an unreadable "
        "document",
    )
    observe.add_argument("document", type=Path, help="the saved OpenAPI document (JSON or YAML)")
    observe.add_argument("--source", required=True, help="the id of the document in sources.yaml")
    observe.add_argument("--spec", type=Path, default=SPEC, help="spec folder (default: ./%(default)s)")
    observe.add_argument("--check", action="store_true", help="write nothing; exit 1 listing the facts the spec lacks")
    commands.add_parser(
        "spec-schema",
        help="print the spec format as JSON Schema",
        description="Print the spec format as JSON Schema: save it in the repository and name it on the first "
        "line of each spec file (`# yaml-language-server: $schema=spec.schema.json`) for completion and checks "
        "in editors.",
    )
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "import-page":
            return _import_page(args)
        if args.command == "spec-schema":
            return _spec_schema()
        if args.command == "observe":
            return _observe(args)
        return _compare_docs(args) if args.command == "compare-docs" else _regenerate(args)
    except GenerationError as exc:
        for problem in exc.diagnostics:
            print(problem, file=sys.stderr)
        print(f"{len(exc.diagnostics)} problem(s); nothing written", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"{exc.filename or args.out}: {exc.strerror or exc}; nothing written", file=sys.stderr)
        return EXIT_ERROR


def _observe(args: argparse.Namespace) -> int:
    """Exit 0 when the facts are recorded (or none is missing), 1 when ``--check`` finds some
    missing, 2 when the document cannot be read."""
    from generator.pages import observer
    from generator.pages.page import PageError

    try:
        document = args.document.read_text("utf-8")
        recorded = observer.observe(args.spec, document, args.source, write=not args.check)
    except (PageError, UnicodeDecodeError) as exc:
        print(f"{args.document}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    for fact in recorded:
        print(fact.shown())
    files = len({fact.file for fact in recorded})
    by_hand = [fact for fact in recorded if not fact.written]
    if not recorded:
        print(f"{args.spec} records every fact {args.document} adds")
    elif by_hand and not args.check:
        print(f"{len(recorded) - len(by_hand)} fact(s) recorded; {len(by_hand)} in flow style to add by hand")
        return EXIT_DRIFT
    elif args.check:
        print(
            f"{len(recorded)} fact(s) of {args.document} missing in {files} file(s); "
            f"run `{prog()} observe` without --check"
        )
    else:
        print(f"{len(recorded)} fact(s) recorded in {files} file(s)")
    return EXIT_DRIFT if recorded and args.check else EXIT_OK


def _spec_schema() -> int:
    from importlib import resources

    from generator.spec.loader import SCHEMA_NAME

    sys.stdout.write(resources.files("generator").joinpath(SCHEMA_NAME).read_text("utf-8"))
    return EXIT_OK


def _compare_docs(args: argparse.Namespace) -> int:
    """Exit 0 when every page agrees with the spec, 1 on drift, 2 when a page cannot be read."""
    from generator import resolver
    from generator.pages import compare, run

    reports: list[dict[str, object]] = []
    code = EXIT_OK
    for each in run.compare_docs(args.pages, resolver.load(args.spec)):
        if each.report is None:
            print(f"{each.page}: {each.error}", file=sys.stderr)
            reports.append({"page": str(each.page), "error": each.error})
            code = EXIT_ERROR
            continue
        reports.append(each.report.to_json())
        if args.format == "text":
            print(compare.render_text(each.report))
        unrecorded = [f for f in each.report.findings if f.history is None]
        if unrecorded if args.fail_on_unrecorded else each.report.drift:
            code = max(code, EXIT_DRIFT)
    if args.format == "json":
        print(json.dumps(reports, indent=2, ensure_ascii=False))
    return code


def _import_page(args: argparse.Namespace) -> int:
    """Exit 0 when the page decides everything, 1 with open points (listed on stderr), 2 when the
    page or the file to update cannot be read."""
    from generator.pages import run
    from generator.pages.page import PageError

    try:
        done = run.import_page(args.page, args.source, args.out, args.update, args.page_id, args.title, args.select)
    except PageError as exc:
        print(f"{args.page}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if done.text is not None:
        sys.stdout.write(done.text)
    for edit in done.edits:
        print(edit.line(str(args.update)))
    if done.summary:
        print(done.summary)
    for reminder in done.reminders:
        print(reminder, file=sys.stderr)
    for point in done.open_points:
        print(point.line(str(args.page)), file=sys.stderr)
    if done.open_points:
        print(
            f"{len(done.open_points)} point(s) to decide; each is a comment in the file or a line above",
            file=sys.stderr,
        )
    return EXIT_DRIFT if done.open_points else EXIT_OK


def _regenerate(args: argparse.Namespace) -> int:
    from generator import pipeline

    if args.dump_model:
        sys.stdout.write(pipeline.load_model(args.spec).to_json())
        return EXIT_OK
    shown = shown_path(args.out)
    if args.check:
        change = pipeline.check(args.spec, args.templates, args.out, shown, reuse=not args.no_cache)
        sys.stdout.write("".join(change.diffs))
        if change.clean:
            print(f"{shown} is current ({change.unchanged} files)")
            return EXIT_OK
        _print_foreign(change, shown)
        print(
            f"{shown} is out of date: {len(change.stale)} stale, {len(change.missing)} missing, "
            f"{len(change.delete) + len(change.foreign)} extra; run `{rerun(args)}`"
        )
        return EXIT_DRIFT
    change = pipeline.regenerate(
        args.spec, args.templates, args.out, shown, reuse=not args.no_cache, wait=args.wait, say=_say
    )
    for path in change.write:
        print(f"wrote {shown}/{path}")
    for path in change.delete:
        print(f"deleted {shown}/{path}")
    _print_foreign(change, shown)
    print(f"{len(change.write)} written, {len(change.delete)} deleted, {change.unchanged} unchanged")
    return EXIT_OK


def rerun(args: argparse.Namespace) -> str:
    """The command that brings the output up to date: this one's folders, without --check."""
    given = [("--spec", args.spec, SPEC), ("--out", args.out, OUT), ("--templates", args.templates, None)]
    extra = "".join(f" {flag} {shlex.quote(str(value))}" for flag, value, default in given if value != default)
    return f"{prog()} regenerate{extra}"


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _print_foreign(change: Plan, shown: str) -> None:
    """Files in the output folder that the generator does not produce: never deleted, always named."""
    for path in change.foreign:
        print(f"not generated: {shown}/{path} (left in place; remove it or move it out of {shown})")
